import { defineClaim, rat, type Certificate, type TableEvidence } from '../src/index.js';
import { closedFormAnalysis } from '../src/neuron/closed-form.js';
import { pointModel } from '../src/neuron/evaluate.js';
import { lossExpr, stationarityExpr, WEIGHT } from '../src/neuron/stationarity-certificate.js';
import { stationarityPolynomial, type ScalarProblem } from '../src/neuron/stationarity.js';
import { decimalContext } from '../src/numeric/context.js';
import { add, mul, num, substitute, sym, type Expr } from '../src/symbolic/expr.js';
import { derivativeIdentityCertificate, identityCertificate } from '../src/symbolic/certificates.js';
import { halfSquaredError, sigmoid } from '../src/symbolic/sigmoid.js';
import type { Problem } from '../src/neuron/model.js';

/** The two scalar points (1, 1/3), (2, 3/4) of the septic; embedded as x_i = k_i e_1 in R^d. */
const POINTS = [
  { k: 1n, t: rat(1, 3) },
  { k: 2n, t: rat(3, 4) },
];
const SCALAR: ScalarProblem = { activation: 'sigmoid', loss: 'mse', data: POINTS.map(({ k, t }) => ({ x: k, t })) };
const DIMENSIONS = [2, 3, 4, 5];

/** w·x_i written with every coordinate of x_i = (k_i, 0, ..., 0): k_i w_1 + 0 w_2 + ... + 0 w_d. */
function dot(d: number, k: bigint): Expr {
  return add(...Array.from({ length: d }, (_, j) => mul(num(j === 0 ? k : 0n), sym(`w_${j + 1}`))));
}

/** L_d(w) = ½ Σ_i (t_i − s(w·x_i))² in R^d. */
function lossInDimension(d: number): Expr {
  return add(...POINTS.map(({ k, t }) => halfSquaredError(num(t), sigmoid(dot(d, k)))));
}

function certificates(): Certificate[] {
  const scalarDerivative = stationarityExpr(stationarityPolynomial(SCALAR));
  const inW1 = substitute(scalarDerivative, WEIGHT, sym('w_1'));
  const scalarLoss = substitute(lossExpr(SCALAR), WEIGHT, sym('w_1'));
  return DIMENSIONS.flatMap((d) => {
    const L = lossInDimension(d);
    return [
      identityCertificate(L, scalarLoss, `the loss in R^${d} is the scalar loss of w_1`),
      derivativeIdentityCertificate(L, 'w_1', inW1),
      ...Array.from({ length: d - 1 }, (_, j) => derivativeIdentityCertificate(L, `w_${j + 2}`, num(0))),
    ];
  });
}

/** The d-dimensional problem with x_i = k_i e_1. */
function problemIn(d: number): Problem {
  return {
    activation: 'sigmoid',
    loss: 'mse',
    data: POINTS.map(({ k, t }) => ({ x: Array.from({ length: d }, (_, j) => rat(j === 0 ? k : 0n)), t })),
  };
}

/** max_j |∂L_d/∂w_j| at (w*, 1, 2, ..., d − 1) by the d-dimensional analytic model at `precision` digits (w* to precision + 5 places). */
function gradientNormAt(d: number, precision: number): string {
  const D = decimalContext(precision + 10);
  const w1 = closedFormAnalysis(SCALAR, precision + 5).stationaryPoints[0].w[0];
  const g = pointModel(problemIn(d), precision + 10).gradient([new D(w1), ...Array.from({ length: d - 1 }, (_, j) => new D(j + 1))]);
  return g.reduce((m, gi) => D.max(m, gi.abs()), new D(0)).toExponential(3);
}

function hyperplaneTable(): TableEvidence {
  const rows = DIMENSIONS.map((d) => ({ d, norm: gradientNormAt(d, 40) }));
  return {
    kind: 'table',
    title: 'The d-dimensional gradient (analytic model, 50 digits) at (w*, 1, 2, …, d − 1): it vanishes on the hyperplane w_1 = w*, away from w* e_1 too',
    criterion: 'max_j |∂L_d/∂w_j| at the sampled point of the hyperplane is below 1e-35 for d = 2..5 (w* to 45 places)',
    columns: ['d', 'point', 'max_j |∂L_d/∂w_j|'],
    rows: rows.map(({ d, norm }) => [String(d), `(w*, ${Array.from({ length: d - 1 }, (_, j) => j + 1).join(', ')})`, norm]),
    passed: rows.every(({ norm }) => Number(norm) < 1e-35),
  };
}

export default defineClaim({
  id: 'scalar-case-no-easier',
  title: 'Dimension one does not help: the septic obstruction is already scalar, and embeds in every dimension d',
  statement: String.raw`\begin{aligned}
&\text{For } d \ge 1 \text{ and } \mathbf{x}_1 = 1\cdot\mathbf{e}_1,\ \mathbf{x}_2 = 2\cdot\mathbf{e}_1 \in \mathbb{R}^d \text{ with targets } \tfrac13, \tfrac34:\quad L_d(\mathbf{w}) = L(w_1),\\
&\frac{\partial L_d}{\partial w_j} \equiv 0 \ (j \ge 2),\qquad \frac{\partial L_d}{\partial w_1} = L'(w_1),\qquad
\{\mathbf{w} : \nabla L_d(\mathbf{w}) = 0\} = \{w_1 = w^*\} \times \mathbb{R}^{d-1},\\
&\text{with } e^{w^*} \text{ the root in } (1, 2) \text{ of the } S_7 \text{ septic } N \text{ in every dimension } d \text{: the obstruction is already scalar and does not go away in } \mathbb{R}^d.
\end{aligned}`,
  source: 'does a dimensionality of $\\mathbf{x}$ and $\\mathbf{w}$ set to 1 (scalars) make a difference to find a closed form?',
  hypotheses: [
    '$`L(w) = \\tfrac12(\\tfrac13 - s(w))^2 + \\tfrac12(\\tfrac34 - s(2w))^2`$ is the scalar loss of `two-point-unique-stationary-point`, with its unique stationary point $`w^*`$; $`e^{w^*}`$ is the root of the $`S_7`$ septic of `two-point-no-closed-form`.',
    '$`L_d(\\mathbf w) = \\tfrac12\\sum_i (t_i - s(\\mathbf w\\cdot\\mathbf x_i))^2`$ for $`\\mathbf w \\in \\mathbb R^d`$, any $`d \\ge 1`$, with the inputs placed on the first axis.',
  ],
  expected: 'proved',
  dependsOn: ['two-point-no-closed-form'],
  answers: ['dimension-one'],
  argument:
    'For every $`d`$, $`\\mathbf w\\cdot\\mathbf x_i = k_i w_1 + 0 \\cdot w_2 + \\dots + 0 \\cdot w_d = k_i w_1`$, so $`L_d(\\mathbf w) = L(w_1)`$ identically; the kernel checks this, $`\\partial L_d/\\partial w_j \\equiv 0`$ for $`j \\ge 2`$ and $`\\partial L_d/\\partial w_1 \\equiv \\tfrac16 e^{w_1} N(e^{w_1})/D(e^{w_1}) = L\'(w_1)`$ for $`d = 2, \\dots, 5`$, and the same one-line computation holds for every $`d`$. ' +
    "So $`\\nabla L_d(\\mathbf w) = (L'(w_1), 0, \\dots, 0)`$ vanishes iff $`L'(w_1) = 0`$ iff $`w_1 = w^*`$ (`two-point-unique-stationary-point`): the stationary set is the hyperplane $`\\{w_1 = w^*\\}`$, every point of it a global minimum with the same loss $`L(w^*)`$. " +
    'Describing that set (or its minimum-norm point $`w^* \\mathbf e_1`$) in closed form is describing $`w^*`$, and $`e^{w^*}`$ is not expressible by radicals (`two-point-no-closed-form`). So the obstruction does not come from the dimension: it is present for $`d = 1`$ and in every $`d`$; nor does $`d = 1`$ remove it.',
  evidence: () => [hyperplaneTable()],
  certificate: () => certificates(),
});
