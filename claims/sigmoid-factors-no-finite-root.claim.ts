import type { Decimal } from 'decimal.js';
import {
  and,
  andIntro,
  atLinearForm,
  byCertificate,
  checkProperty,
  defineClaim,
  forall,
  gt,
  gtNe,
  linearFormIntro,
  ne,
  parseExpr,
  positivityCertificate,
  precisionLadder,
  rationalIn,
  type ProofTerm,
  type Rational,
} from '../src/index.js';
import { decimalContext, type DecimalCtor } from '../src/numeric/context.js';
import { sigmoid, sigmoidBounds } from '../src/numeric/elementary.js';

const S = 'sigmoid(h)';
const ONE_MINUS_S = '1 - sigmoid(h)';
const POSITIVE = forall(['h'], gt(S, '0'));
const BELOW_ONE = forall(['h'], gt(ONE_MINUS_S, '0'));

function decimalOf(D: DecimalCtor, r: Rational): Decimal {
  return D.div(r.num.toString(), r.den.toString());
}

/** A factor of the gradient where float64 already rounds it to 0, by the proved sigmoid kernel and by decimal.js's own exp. */
function factorLadder(which: 's' | '1 - s', h: number, precisions: readonly number[]) {
  const quantity = which === 's' ? 's(h)' : '1 - s(h)';
  return precisionLadder(quantity, `h = ${h}`, precisions, [
    { name: which === 's' ? 'proved kernel s(h)' : 'proved kernel s(−h)', compute: (p) => sigmoid(decimalContext(p), new (decimalContext(p))(which === 's' ? h : -h)).toString() },
    {
      name: 'decimal.js e^{−|h|}/(1 + e^{−|h|})',
      compute: (p) => {
        const D = decimalContext(p);
        const e = D.exp(-Math.abs(h));
        return D.div(e, D.add(1, e)).toString();
      },
    },
  ]);
}

export default defineClaim({
  id: 'sigmoid-factors-no-finite-root',
  title: 'Neither sigmoid factor vanishes at a finite weight',
  // 0 < s(h) and 0 < 1 − s(h) for every real h; hence, for every dimension d and all w, x ∈ R^d, neither factor is 0.
  statement: and(POSITIVE, BELOW_ONE, atLinearForm('h', 'w', 'x', ne(S, '0')), atLinearForm('h', 'w', 'x', ne(ONE_MINUS_S, '0'))),
  gloss: 'the factors s and 1 − s of the gradient are positive at every real h, so neither vanishes at a finite weight vector in any dimension',
  source: 'What I could do is to analyze the various factors and see where they individually zero. The sigmoid zeroes at least one position of the $\\mathbf{w}$ vector set to $-\\infty$, as well as the $1-s(\\mathbf{w}\\cdot\\mathbf{x})$ zeroes with one position of $\\mathbf{w}$ set to $+\\infty$. This is not useful.',
  hypotheses: [
    '$`s(h) = 1/(1 + e^{-h})`$ with $`h`$ real.',
    '$`\\mathbf w, \\mathbf x \\in \\mathbb R^d`$ for any $`d \\ge 1`$: every entry finite, so $`h = \\mathbf w\\cdot\\mathbf x`$ is a real number.',
  ],
  expected: 'proved',
  answers: ['zero-exists', 'derivation'],
  argument:
    'The kernel proves $`s(h) > 0`$ and $`1 - s(h) > 0`$ by its sign rule (every term of the normal form is positive); a positive number is not 0; and a statement true for every real $`h`$ holds at $`h = \\mathbf w\\cdot\\mathbf x`$ in every dimension. So the only zeros of the gradient at finite $`\\mathbf w`$ are those of $`t - s(\\mathbf w\\cdot\\mathbf x)`$ (or of $`\\mathbf x`$).',
  evidence: (ctx) => [factorLadder('1 - s', 40, ctx.precisions), factorLadder('s', -800, ctx.precisions)],
  properties: (ctx) => [
    checkProperty(ctx, 'outward-rounded 30-digit enclosures give s(h) > 0 and 1 − s(h) = s(−h) > 0, h ∈ Q ∩ [−5000, 5000] (the textbook float64 formula gives 1 − s = 0 from h ≈ 36.7 and s = 0 below h ≈ −709.8)', [rationalIn(-5000n, 5000n)], (h) => {
      const x = decimalOf(decimalContext(40), h);
      return sigmoidBounds(x, 30).lo.gt(0) && sigmoidBounds(x.neg(), 30).lo.gt(0);
    }),
  ],
  proof: () => {
    const positive = byCertificate(positivityCertificate(parseExpr(S)));
    const belowOne = byCertificate(positivityCertificate(parseExpr(ONE_MINUS_S)));
    const atDot = (p: ProofTerm) => linearFormIntro(gtNe(p), { h: 'h', w: 'w', x: 'x' });
    return andIntro(positive, belowOne, atDot(positive), atDot(belowOne));
  },
});
