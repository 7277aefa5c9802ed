import {
  and,
  andIntro,
  byCertificate,
  checkProperty,
  defineClaim,
  eq as equation,
  expr,
  forall,
  identityCertificate,
  precisionLadder,
  rat,
  rationalIn,
  weightsAndInputs,
  type Prop,
  type Rational,
} from '../src/index.js';
import { add, cmp, div, eq, mul, sub, ZERO } from '../src/algebra/rational.js';
import { minNormZero, normSquaredOf, sigmoidOfDot } from '../src/neuron/single-point.js';
import { decimalContext } from '../src/numeric/context.js';

const dot = (a: readonly Rational[], b: readonly Rational[]): Rational => a.reduce((acc, ai, i) => add(acc, mul(ai, b[i])), ZERO);

const X = [rat(2n), rat(-1n)];
const T = rat(9n, 10n);

/** Stated for d ≤ 3; d = 4, 5 are checked beside the proof (a statement with them is too long for MathJax to typeset). */
const DIMENSIONS = [1, 2, 3];
const BESIDE_DIMENSIONS = [4, 5];

/** The two identities in dimension d, as [lhs, rhs] texts: w*·x = c, and ‖w‖² − ‖w*‖² − ‖w − w*‖² = 2c(w·x − c)/‖x‖². */
function identities(d: number): [string, string][] {
  const i = Array.from({ length: d }, (_, k) => k + 1);
  const sum = (f: (k: number) => string) => i.map(f).join(' + ');
  const q = `(${sum((k) => `x_${k}^2`)})`;
  const star = (k: number) => `(c/${q}*x_${k})`;
  return [
    [sum((k) => `${star(k)}*x_${k}`), 'c'],
    [`${sum((k) => `w_${k}^2`)} - (${sum((k) => `${star(k)}^2`)}) - (${sum((k) => `(w_${k} - ${star(k)})^2`)})`, `2*c*(${sum((k) => `w_${k}*x_${k}`)} - c)/${q}`],
  ];
}

/** Each identity for all real c, w, x (wherever defined, i.e. x ≠ 0), in every dimension d ≤ 5. */
const PARTS: { lhs: string; rhs: string; prop: Prop }[] = DIMENSIONS.flatMap(identities).map(([lhs, rhs]) => ({
  lhs,
  rhs,
  prop: forall([...new Set((lhs + rhs).match(/[wx]_\d|c/g))], equation(lhs, rhs, true)),
}));

export default defineClaim({
  id: 'single-point-min-norm-closed-form',
  title: 'One data point, d ≤ 3 (d = 4, 5 checked beside): w* = c·x/‖x‖² lies on the hyperplane w·x = c and is its minimum-norm point (c = logit(t): the minimum-norm zero, a closed form)',
  statement: and(...PARTS.map((p) => p.prop)),
  gloss:
    'for d = 1, 2, 3 (and d = 4, 5 by certificates beside the proof), all real c and w, and x ≠ 0 (where ‖x‖² ≠ 0): w* = c·x/‖x‖² has w*·x = c, and ‖w‖² − ‖w*‖² − ‖w − w*‖² = 2c(w·x − c)/‖x‖², which is 0 on the hyperplane w·x = c; so there ‖w‖² = ‖w*‖² + ‖w − w*‖² > ‖w*‖² for w ≠ w*. With c = logit(t) the hyperplane is the zero set of one point\'s gradient (single-point-zero-set, not used by this proof). The step to every d (bilinearity) is in words below, not checked.',
  source: 'might be the case that there is a closed form for an individual datapoint but not for an expression that consider multiple datapoints?',
  hypotheses: [
    'One data point $`(\\mathbf x, t)`$, $`\\mathbf x \\in \\mathbb R^d \\setminus \\{0\\}`$ (any $`d \\ge 1`$), $`0 < t < 1`$; $`\\mathrm{logit}(t) = \\ln(t/(1 - t))`$.',
    'In the certificates $`c`$ stands for $`\\mathrm{logit}(t)`$: the identities hold for every real $`c`$.',
  ],
  expected: 'proved',
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
  certificate: () => BESIDE_DIMENSIONS.flatMap(identities).map(([lhs, rhs]) => identityCertificate(expr(lhs), expr(rhs))),
  proof: () => andIntro(...PARTS.map(({ lhs, rhs }) => byCertificate(identityCertificate(expr(lhs), expr(rhs))))),
});
