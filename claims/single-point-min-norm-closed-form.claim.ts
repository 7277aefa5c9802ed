import { checkProperty, defineClaim, precisionLadder, rat, rationalIn, weightsAndInputs, type Rational } from '../src/index.js';
import { add, cmp, div, eq, mul, sub, ZERO } from '../src/algebra/rational.js';
import { minNormCertificates, minNormZero, normSquaredOf, sigmoidOfDot } from '../src/neuron/single-point.js';
import { decimalContext } from '../src/numeric/context.js';

const dot = (a: readonly Rational[], b: readonly Rational[]): Rational => a.reduce((acc, ai, i) => add(acc, mul(ai, b[i])), ZERO);

const X = [rat(2n), rat(-1n)];
const T = rat(9n, 10n);

export default defineClaim({
  id: 'single-point-min-norm-closed-form',
  title: 'One data point: the minimum-norm zero is logit(t)·x/‖x‖², a closed form',
  statement: String.raw`\mathbf{x} \neq 0,\ 0 < t < 1: \quad \mathbf{w}^{*} = \mathrm{logit}(t)\, \frac{\mathbf{x}}{\lVert \mathbf{x} \rVert^{2}} \text{ is a zero of the gradient, and every other zero } \mathbf{w} \text{ has } \lVert \mathbf{w} \rVert^2 = \lVert \mathbf{w}^{*} \rVert^2 + \lVert \mathbf{w} - \mathbf{w}^{*} \rVert^2 > \lVert \mathbf{w}^{*} \rVert^2`,
  source: 'might be the case that there is a closed form for an individual datapoint but not for an expression that consider multiple datapoints?',
  hypotheses: [
    'One data point $`(\\mathbf x, t)`$, $`\\mathbf x \\in \\mathbb R^d \\setminus \\{0\\}`$ (any $`d \\ge 1`$), $`0 < t < 1`$; $`\\mathrm{logit}(t) = \\ln(t/(1 - t))`$.',
    'In the certificates $`c`$ stands for $`\\mathrm{logit}(t)`$: the identities hold for every real $`c`$.',
  ],
  // Supported, not proved: the statement is still prose (it quantifies over every number of points n, which no
  // proposition form of the kernel expresses yet); the certificates below check its instances, the argument the rest.
  expected: 'supported',
  dependsOn: ['single-point-zero-set'],
  answers: ['one-vs-many', 'no-closed-form'],
  argument: [
    'By single-point-zero-set the zeros are exactly the $`\\mathbf w`$ with $`\\mathbf w\\cdot\\mathbf x = c`$, $`c = \\mathrm{logit}(t)`$. The kernel checks $`\\mathbf w^{*}\\cdot\\mathbf x = c`$, so $`\\mathbf w^{*}`$ is a zero, and $`\\lVert\\mathbf w\\rVert^2 - \\lVert\\mathbf w^{*}\\rVert^2 - \\lVert\\mathbf w - \\mathbf w^{*}\\rVert^2 = 2c(\\mathbf w\\cdot\\mathbf x - c)/\\lVert\\mathbf x\\rVert^2`$ for every $`\\mathbf w`$, both for $`d = 1, \\dots, 5`$.',
    'For any $`d`$ the same two facts follow by bilinearity: $`\\mathbf w^{*}\\cdot\\mathbf x = (c/\\lVert\\mathbf x\\rVert^2)\\,\\mathbf x\\cdot\\mathbf x = c`$ and $`\\lVert\\mathbf w\\rVert^2 - \\lVert\\mathbf w^{*}\\rVert^2 - \\lVert\\mathbf w - \\mathbf w^{*}\\rVert^2 = 2\\,\\mathbf w\\cdot\\mathbf w^{*} - 2\\lVert\\mathbf w^{*}\\rVert^2 = 2c\\,\\mathbf w\\cdot\\mathbf x/\\lVert\\mathbf x\\rVert^2 - 2c^2/\\lVert\\mathbf x\\rVert^2`$.',
    'For a zero $`\\mathbf w`$ the right side is 0, so $`\\lVert\\mathbf w\\rVert^2 = \\lVert\\mathbf w^{*}\\rVert^2 + \\lVert\\mathbf w - \\mathbf w^{*}\\rVert^2`$, which exceeds $`\\lVert\\mathbf w^{*}\\rVert^2`$ unless $`\\mathbf w = \\mathbf w^{*}`$.',
  ].join('\n\n'),
  evidence: (ctx) => [
    precisionLadder('s(\\mathbf{w}^{*}\\cdot\\mathbf{x})', 'x = (2, −1), t = 9/10, w* = logit(t)x/‖x‖²', ctx.precisions, [
      { name: 's(w*·x) at the computed w*', compute: (p) => sigmoidOfDot(minNormZero(X, T, p), X, p).toString() },
      { name: 't', compute: (p) => decimalContext(p).div(9, 10).toString() },
    ]),
  ],
  properties: (ctx) => [
    checkProperty(
      ctx,
      'exact rationals: w* = c·x/‖x‖² has w*·x = c, and every w = w* + y⊥ on the hyperplane has ‖w‖² = ‖w*‖² + ‖w − w*‖² ≥ ‖w*‖²; x ≠ 0 and y in Q^d (d ≤ 5), c ∈ Q ∩ [−10, 10]',
      [weightsAndInputs(5, 30n, 10n).filter(({ x }) => x.some((xi) => xi.num !== 0n)), rationalIn(-10n, 10n, 20n)],
      ({ w: y, x }, c) => {
        const q = normSquaredOf(x);
        const wStar = x.map((xi) => mul(div(c, q), xi));
        const k = div(dot(y, x), q);
        const w = wStar.map((wi, i) => add(wi, sub(y[i], mul(k, x[i]))));
        const n2 = (v: Rational[]) => dot(v, v);
        const diff = w.map((wi, i) => sub(wi, wStar[i]));
        return eq(dot(wStar, x), c) && eq(dot(w, x), c) && eq(n2(w), add(n2(wStar), n2(diff))) && cmp(n2(w), n2(wStar)) >= 0;
      },
    ),
  ],
  certificate: () => minNormCertificates(5),
});
