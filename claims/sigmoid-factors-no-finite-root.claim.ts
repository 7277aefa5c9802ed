import type { Decimal } from 'decimal.js';
import { checkProperty, defineClaim, precisionLadder, rationalIn, type Rational } from '../src/index.js';
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

export default defineClaim({
  id: 'sigmoid-factors-no-finite-root',
  title: 'Neither sigmoid factor vanishes at a finite weight',
  statement: String.raw`0 < s(h) < 1 \ \text{for every } h \in \mathbb{R}; \quad\text{hence}\quad s(\mathbf{w}\cdot\mathbf{x}) \neq 0 \ \text{and}\ 1 - s(\mathbf{w}\cdot\mathbf{x}) \neq 0 \ \text{for all } \mathbf{w}, \mathbf{x} \in \mathbb{R}^d`,
  source: 'What I could do is to analyze the various factors and see where they individually zero. The sigmoid zeroes at least one position of the $\\mathbf{w}$ vector set to $-\\infty$, as well as the $1-s(\\mathbf{w}\\cdot\\mathbf{x})$ zeroes with one position of $\\mathbf{w}$ set to $+\\infty$. This is not useful.',
  hypotheses: [
    '$`s(h) = 1/(1 + e^{-h})`$ with $`h`$ real.',
    '$`\\mathbf w, \\mathbf x \\in \\mathbb R^d`$ for any $`d \\ge 1`$: every entry finite, so $`h = \\mathbf w\\cdot\\mathbf x`$ is a real number.',
  ],
  expected: 'proved',
  answers: ['zero-exists', 'derivation'],
  argument:
    'The kernel proves $`s(h) > 0`$ and $`1 - s(h) > 0`$ for every real $`h`$, i.e. $`0 < s(h) < 1`$. For finite $`\\mathbf w`$ and $`\\mathbf x`$, $`h = \\mathbf w\\cdot\\mathbf x`$ is real, so both factors are positive, hence non-zero (the kernel also checks this composition directly for $`d = 1, \\dots, 5`$). So the only zeros of the gradient at finite $`\\mathbf w`$ are those of $`t - s(\\mathbf w\\cdot\\mathbf x)`$ (or of $`\\mathbf x`$).',
  evidence: (ctx) => [factorLadder('1 - s', 40, ctx.precisions), factorLadder('s', -800, ctx.precisions)],
  properties: (ctx) => [
    checkProperty(ctx, 'outward-rounded 30-digit enclosures give s(h) > 0 and 1 − s(h) = s(−h) > 0, h ∈ Q ∩ [−5000, 5000] (the textbook float64 formula gives 1 − s = 0 from h ≈ 36.7 and s = 0 below h ≈ −709.8)', [rationalIn(-5000n, 5000n)], (h) => {
      const x = decimalOf(decimalContext(40), h);
      return sigmoidBounds(x, 30).lo.gt(0) && sigmoidBounds(x.neg(), 30).lo.gt(0);
    }),
  ],
  certificate: () => factorBoundsCertificates(5),
});
