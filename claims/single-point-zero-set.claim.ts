import type { Decimal } from 'decimal.js';
import { checkProperty, defineClaim, precisionLadder, rat, rationalIn, weightsAndInputs, type Rational, and, andIntro, byCertificate } from '../src/index.js';
import { factOf } from '../src/claim/facts.js';
import { add, div, mul, sub, ZERO } from '../src/algebra/rational.js';
import { gradientAt, minNormZero, normSquaredOf, sigmoidOfDot, zeroSetCertificates } from '../src/neuron/single-point.js';
import { decimalContext } from '../src/numeric/context.js';

/** y minus its component along x: y − (y·x/‖x‖²)x, exactly (x ≠ 0). */
function orthogonalPart(y: readonly Rational[], x: readonly Rational[]): Rational[] {
  const k = div(y.reduce((acc, yi, i) => add(acc, mul(yi, x[i])), ZERO), normSquaredOf(x));
  return y.map((yi, i) => sub(yi, mul(k, x[i])));
}

/** A point of the hyperplane w·x = logit(t) at `precision` digits: logit(t)x/‖x‖² plus the part of y orthogonal to x. */
function onHyperplane(x: readonly Rational[], t: Rational, y: readonly Rational[], precision: number): Decimal[] {
  const D = decimalContext(precision);
  const base = minNormZero(x, t, precision);
  return orthogonalPart(y, x).map((yi, i) => D.add(base[i], D.div(yi.num.toString(), yi.den.toString())));
}

const X = [rat(3n), rat(1n, 5n), rat(-1n)];
const T = rat(1n, 3n);
const Y = [rat(1n), rat(2n), rat(3n)];

/** The certificates' facts: the formal statement, and the proof's leaves. */
const CERTIFICATES = zeroSetCertificates();
const STATEMENT = and(...CERTIFICATES.map((c) => factOf(c, 'auto')));

export default defineClaim({
  id: 'single-point-zero-set',
  title: 'One data point: the gradient factor −(t − s)s(1 − s) vanishes only where s(h) = t, since s(1 − s) > 0, and vanishes at e^h = t/(1 − t) (the zero set w·x = logit(t) for 0 < t < 1 is in words)',
  statement: STATEMENT,
  gloss:
    's(h)(1 − s(h)) > 0 for every real h; s(h) = e^h/(1 + e^h); with z = e^h, z/(1 + z) − t = ((1 − t)z − t)/(1 + z) (so s(h) = t iff z = t/(1 − t) when t ≠ 1); at z = t/(1 − t), z/(1 + z) = t and the gradient factor is 0. Not checked: that the gradient is that factor times x (gradient-formula), that s(h) = t has no solution unless 0 < t < 1 (sigmoid-factors-no-finite-root), and that exp is a bijection onto (0, ∞), which together give the zero set {w : w·x = logit(t)} (in words below).',
  source: 'Let\'s consider the traditional sigmoid MLP, with just one layer and just one datapoint $<\\mathbf{x},t>$. … Now, how to solve (finding the zero) of the gradient expression? $$-(t - s(\\mathbf{w}\\cdot\\mathbf{x}))s(\\mathbf{w}\\cdot\\mathbf{x})(1-s(\\mathbf{w}\\cdot\\mathbf{x}))\\mathbf{x} = 0$$ … does the gradient expression even have a zero, even if it cannot be found in a closed-form?',
  hypotheses: ['One data point $`(\\mathbf x, t)`$ with $`\\mathbf x \\in \\mathbb R^d`$, $`\\mathbf x \\neq 0`$, any $`d \\ge 1`$, and a real target $`t`$.', '$`\\mathbf w \\in \\mathbb R^d`$ finite.'],
  expected: 'proved',
  dependsOn: ['gradient-formula', 'sigmoid-factors-no-finite-root'],
  answers: ['zero-exists', 'one-vs-many'],
  argument: [
    'Let $`h = \\mathbf w\\cdot\\mathbf x`$. By gradient-formula the gradient is $`-(t - s(h))\\, s(h)(1 - s(h))\\, \\mathbf x`$; the kernel checks $`s(h)(1 - s(h)) > 0`$, and $`\\mathbf x \\neq 0`$, so the gradient vanishes iff $`s(h) = t`$.',
    'If $`t \\le 0`$ or $`t \\ge 1`$ this is impossible, since $`0 < s(h) < 1`$ (sigmoid-factors-no-finite-root): no zero.',
    'If $`0 < t < 1`$: with $`z = e^{h} > 0`$ the kernel checks $`s(h) = z/(1 + z)`$ and $`z/(1 + z) - t = ((1 - t)z - t)/(1 + z)`$. As $`1 + z > 0`$ and $`1 - t \\neq 0`$, $`s(h) = t`$ iff $`z = t/(1 - t)`$, which is positive; the kernel checks that this $`z`$ gives $`s = t`$ and a gradient factor identically 0. As $`\\exp`$ is a bijection from $`\\mathbb R`$ onto $`(0, \\infty)`$, $`s(h) = t`$ iff $`h = \\ln(t/(1 - t)) = \\mathrm{logit}(t)`$.',
    'So the zeros are exactly the $`\\mathbf w`$ with $`\\mathbf w\\cdot\\mathbf x = \\mathrm{logit}(t)`$, a hyperplane since $`\\mathbf x \\neq 0`$ (non-empty: it contains $`\\mathrm{logit}(t)\\,\\mathbf x/\\lVert\\mathbf x\\rVert^2`$).',
  ].join('\n\n'),
  evidence: (ctx) => [
    precisionLadder('s(\\mathbf{w}\\cdot\\mathbf{x})', 'x = (3, 1/5, −1), t = 1/3, w = logit(t)x/‖x‖² + the part of (1, 2, 3) orthogonal to x', ctx.precisions, [
      { name: 's(w·x) at the computed w', compute: (p) => sigmoidOfDot(onHyperplane(X, T, Y, p), X, p).toString() },
      { name: 't', compute: (p) => decimalContext(p).div(1, 3).toString() },
    ]),
  ],
  properties: (ctx) => [
    checkProperty(
      ctx,
      'on the hyperplane (w = logit(t)x/‖x‖² + y⊥, 50 digits) the gradient is below 10^−45·max|x_i|; x ≠ 0 and y in Q^d (d ≤ 4, entries in [−2, 2]), t ∈ Q ∩ (0, 1)',
      [weightsAndInputs(4, 20n, 10n).filter(({ x }) => x.some((xi) => xi.num !== 0n)), rationalIn(0n, 1n, 50n).filter((t) => t.num > 0n && t.num < t.den)],
      ({ w: y, x }, t) => {
        const g = gradientAt(onHyperplane(x, t, y, 50), x, t, 50);
        const scale = x.reduce((m, xi) => Math.max(m, Math.abs(Number(xi.num) / Number(xi.den))), 0);
        return g.every((gi) => gi.abs().lt(decimalContext(50).mul('1e-45', scale)));
      },
      100,
    ),
  ],
  proof: () => andIntro(...CERTIFICATES.map(byCertificate)),
});
