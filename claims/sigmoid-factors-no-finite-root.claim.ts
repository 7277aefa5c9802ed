import type { Decimal } from 'decimal.js';
import {
  and,
  andIntro,
  atLinearForm,
  byCertificate,
  checkProperty,
  conv,
  defineClaim,
  forall,
  gt,
  gtNe,
  linearFormIntro,
  ne,
  precisionLadder,
  rationalIn,
  sigmoidBoundsCertificates,
  type Rational,
} from '../src/index.js';
import { factorBoundsCertificates } from '../src/neuron/single-point.js';
import { decimalContext, type DecimalCtor } from '../src/numeric/context.js';
import { sigmoid, sigmoidBounds } from '../src/numeric/elementary.js';

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

/** 0 < s(h) < 1 on R, and so neither factor s(w·x), 1 − s(w·x) is 0 at any w, x ∈ R^d, for every d ≥ 1. */
const STATEMENT = and(
  forall(['h'], gt('sigmoid(h)', '0')),
  forall(['h'], gt('1', 'sigmoid(h)')),
  atLinearForm('h', 'w', 'x', ne('sigmoid(h)', '0')),
  atLinearForm('h', 'w', 'x', ne('1 - sigmoid(h)', '0')),
);

export default defineClaim({
  id: 'sigmoid-factors-no-finite-root',
  title: 'Neither sigmoid factor vanishes at a finite weight',
  statement: STATEMENT,
  gloss: '0 < s(h) < 1 for every real h; hence s(w·x) ≠ 0 and 1 − s(w·x) ≠ 0 for every d ≥ 1 and all w, x ∈ R^d',
  source: 'What I could do is to analyze the various factors and see where they individually zero. The sigmoid zeroes at least one position of the $\\mathbf{w}$ vector set to $-\\infty$, as well as the $1-s(\\mathbf{w}\\cdot\\mathbf{x})$ zeroes with one position of $\\mathbf{w}$ set to $+\\infty$. This is not useful.',
  hypotheses: [
    '$`s(h) = 1/(1 + e^{-h})`$ with $`h`$ real.',
    '$`\\mathbf w, \\mathbf x \\in \\mathbb R^d`$ for any $`d \\ge 1`$: every entry finite, so $`h = \\mathbf w\\cdot\\mathbf x`$ is a real number.',
  ],
  expected: 'proved',
  answers: ['zero-exists', 'derivation'],
  argument:
    'The kernel proves $`s(h) > 0`$ and $`1 - s(h) > 0`$ for every real $`h`$ (the second rewritten as $`1 > s(h)`$), turns each into $`\\neq 0`$, and instantiates $`h`$ at the linear form $`\\mathbf w\\cdot\\mathbf x`$, which is real for finite $`\\mathbf w, \\mathbf x`$ in every dimension. The attached certificates check the composition directly for $`d = 1, \\dots, 5`$. So the only zeros of the gradient at finite $`\\mathbf w`$ are those of $`t - s(\\mathbf w\\cdot\\mathbf x)`$ (or of $`\\mathbf x`$).',
  evidence: (ctx) => [factorLadder('1 - s', 40, ctx.precisions), factorLadder('s', -800, ctx.precisions)],
  properties: (ctx) => [
    checkProperty(ctx, 'outward-rounded 30-digit enclosures give s(h) > 0 and 1 − s(h) = s(−h) > 0, h ∈ Q ∩ [−5000, 5000] (the textbook float64 formula gives 1 − s = 0 from h ≈ 36.7 and s = 0 below h ≈ −709.8)', [rationalIn(-5000n, 5000n)], (h) => {
      const x = decimalOf(decimalContext(40), h);
      return sigmoidBounds(x, 30).lo.gt(0) && sigmoidBounds(x.neg(), 30).lo.gt(0);
    }),
  ],
  // s(w·x) > 0 and 1 − s(w·x) > 0 for d = 1..5, expanded in coordinates: a cross-check of the linear-form step.
  certificate: () => factorBoundsCertificates(5).slice(2),
  proof: () => {
    const [positive, belowOne] = sigmoidBoundsCertificates().map(byCertificate);
    const vectors = { h: 'h', w: 'w', x: 'x' };
    return andIntro(
      positive,
      conv(belowOne, forall(['h'], gt('1', 'sigmoid(h)'))),
      linearFormIntro(gtNe(positive), vectors),
      linearFormIntro(gtNe(belowOne), vectors),
    );
  },
});
