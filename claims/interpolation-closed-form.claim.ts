import { checkProperty, defineClaim, parseRational, rationalVector, and, andIntro, byCertificate } from '../src/index.js';
import { factOf } from '../src/claim/facts.js';
import { matMul, identityMatrix, pseudoInverseRows, matVec } from '../src/algebra/matrix-q.js';
import { independentRowsInstance, interpolationGradientVanishes, interpolationLadder, pseudoInverseInstanceCertificates, sigmoidAtLogitCertificates, symbolicPseudoInverseCertificates } from '../src/neuron/interpolation.js';

/** A concrete instance: three independent inputs in R^4 (det XXᵀ = 719/2) and targets in (0, 1). */
const X = [
  ['1', '2', '0', '-1'],
  ['0', '1', '3', '1/2'],
  ['2', '-1', '1', '1'],
].map((row) => row.map(parseRational));
const T = ['1/3', '3/4', '1/10'].map(parseRational);

/** The sizes (n, d) at which X·X⁺c ≡ c is checked with every entry of X a symbol. */
const SYMBOLIC_SIZES = [
  [1, 1],
  [1, 2],
  [1, 3],
  [2, 2],
  [2, 3],
] as const;

/** The certificates; those of the kinds in STATED state the formal statement and are the proof's leaves. */
const CERTIFICATES = [
  ...SYMBOLIC_SIZES.flatMap(([n, d]) => symbolicPseudoInverseCertificates(n, d)),
  ...pseudoInverseInstanceCertificates(X),
  ...sigmoidAtLogitCertificates(),
];
const STATED = new Set(['identity', 'derivative-identity', 'positivity']);
/** The sizes whose facts are stated (a statement with every size is too long for MathJax); the others are checked beside. */
const STATED_SIZES = [[1, 1], [1, 2]];
const STATED_CERTIFICATES = [...STATED_SIZES.flatMap(([n, d]) => symbolicPseudoInverseCertificates(n, d)), ...pseudoInverseInstanceCertificates(X), ...sigmoidAtLogitCertificates()].filter((c) => STATED.has(c.kind));
const STATEMENT = and(...STATED_CERTIFICATES.map((c) => factOf(c, 'auto')));
/** Everything else (larger sizes; exact evaluations and sums of squares, which have no formal conclusion yet), checked beside the proof. */
const BESIDE = CERTIFICATES.filter((c) => !STATED_CERTIFICATES.some((s) => JSON.stringify(s) === JSON.stringify(c)));

export default defineClaim({
  id: 'interpolation-closed-form',
  title: 'n ≤ d independent inputs, stated for (n, d) ∈ {(1,1), (1,2)} and a 3 × 4 instance ((1,3), (2,2), (2,3) checked beside): X·X⁺c = c, and s = t at e^h = t/(1 − t), so w = X⁺ logit(t) zeroes every residual (the step to every size is in words)',
  statement: STATEMENT,
  gloss:
    'with X a matrix of symbols x_ij (n rows, d columns) and X⁺ = Xᵀ adj(XXᵀ)/det(XXᵀ): x_i·(X⁺c) = c_i for every row, wherever det(XXᵀ) ≠ 0 (independent rows), for the sizes listed and exactly for a rational 3 × 4 X; s(h) = e^h/(1 + e^h); at z = t/(1 − t), z/(1 + z) = t and the gradient factor is 0. Not checked: every size n ≤ d, and that c_i = logit(t_i) then zeroes every residual and the gradient (in words below).',
  source:
    'might be the case that there is a closed form for an individual datapoint but not for an expression that consider multiple datapoints? … can it be demonstrated that there is no closed form?',
  hypotheses: [
    '$`n \\le d`$ data points $`(\\mathbf x_i, t_i)`$ whose inputs $`\\mathbf x_1, \\dots, \\mathbf x_n \\in \\mathbb R^d`$ are linearly independent; $`X`$ is the $`n \\times d`$ matrix with rows $`\\mathbf x_i`$.',
    'Every target lies strictly between 0 and 1: $`0 < t_i < 1`$.',
    'The loss is $`L(\\mathbf w) = \\sum_i \\tfrac12 (t_i - s(\\mathbf w \\cdot \\mathbf x_i))^2`$ with $`s(h) = 1/(1 + e^{-h})`$.',
  ],
  expected: 'proved',
  dependsOn: ['gradient-formula'],
  answers: ['one-vs-many', 'no-closed-form', 'dimension-one'],
  evidence: (ctx) => [interpolationLadder(X, T, ctx.precisions), interpolationLadder([[parseRational('3'), parseRational('-1/2')]], [parseRational('9/10')], ctx.precisions)],
  properties: (ctx) => [
    checkProperty(
      ctx,
      'exact: X·(X⁺c) = c and X·X⁺ = I for random rational X with independent rows (n ≤ d ≤ 4, entries p/q, |p| ≤ 20, q ≤ 6) and c ∈ Q^n',
      [independentRowsInstance(4), rationalVector(4, 50n, 7n)],
      ({ X: M }, c) => {
        const P = pseudoInverseRows(M);
        if (!P) return false;
        const cn = c.slice(0, M.length);
        const I = identityMatrix(M.length);
        const same = (a: { num: bigint; den: bigint }, b: { num: bigint; den: bigint }) => a.num === b.num && a.den === b.den;
        return matMul(M, P).every((row, i) => row.every((v, j) => same(v, I[i][j]))) && matVec(M, matVec(P, cn)).every((v, i) => same(v, cn[i]));
      },
      150,
    ),
    checkProperty(
      ctx,
      'at w* = X⁺ logit(t) the forward-mode AD gradient of the squared loss is below 10^−32·max|x_ij| at 40 digits (same instances, t_i = p/q ∈ (0, 1), q ≤ 30)',
      [independentRowsInstance(4)],
      ({ X: M, t }) => interpolationGradientVanishes(M, t, 40, 32),
      100,
    ),
  ],
  certificate: () => BESIDE,
  proof: () => andIntro(...STATED_CERTIFICATES.map(byCertificate)),
  argument: [
    '1. For linearly independent rows, $`G = XX^{\\mathsf T}`$ is invertible ($`\\mathbf u^{\\mathsf T} G \\mathbf u = \\lVert X^{\\mathsf T}\\mathbf u\\rVert^2 > 0`$ for $`\\mathbf u \\ne 0`$, as $`X^{\\mathsf T}\\mathbf u = \\sum_i u_i \\mathbf x_i \\ne 0`$), and $`X X^{+} = G G^{-1} = I_n`$ in every size. The kernel checks $`X \\cdot X^{+}\\mathbf c \\equiv \\mathbf c`$ with $`G^{-1} = \\mathrm{adj} G / \\det G`$ and every entry of $`X`$ a symbol for $`(n, d) \\in \\{(1,1), (1,2), (1,3), (2,2), (2,3)\\}`$ (valid wherever $`\\det G \\ne 0`$), and exactly over $`\\mathbb Q(\\mathbf c)`$ for a rational $`3 \\times 4`$ instance. With $`c_i = \\mathrm{logit}(t_i)`$: $`\\mathbf x_i \\cdot \\mathbf w^* = \\mathrm{logit}(t_i)`$.',
    '2. For $`0 < t < 1`$, $`e^{\\mathrm{logit} t} = t/(1 - t)`$; the certificates give $`s(h) = z/(1 + z)`$ with $`z = e^{h}`$ and $`z/(1 + z) = t`$ at $`z = t/(1 - t)`$, so $`s(\\mathbf x_i \\cdot \\mathbf w^*) = t_i`$.',
    '3. Every residual $`t_i - s(\\mathbf x_i \\cdot \\mathbf w^*)`$ is 0, so $`L(\\mathbf w^*) = 0 \\le L(\\mathbf w)`$ for every $`\\mathbf w`$, and the gradient, the sum over the points of the per-point gradients of `gradient-formula`, vanishes term by term (the last identity: the factor $`-(t - s)s(1 - s)`$ is 0 at $`s = t`$). The closed form needs only the elementary functions $`\\ln`$ and a rational matrix; with $`n < d`$ every $`\\mathbf w^* + \\mathbf v`$, $`X\\mathbf v = 0`$, is a zero as well.',
  ].join('\n\n'),
});
