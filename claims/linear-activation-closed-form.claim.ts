import { checkProperty, defineClaim, parseRational, and, andIntro, byCertificate } from '../src/index.js';
import { factOf } from '../src/claim/facts.js';
import { isZero, sign, sub } from '../src/algebra/rational.js';
import { checkCertificate } from '../src/kernel/checkers.js';
import { leadingPrincipalMinors, matMul, matVec, transpose } from '../src/algebra/matrix-q.js';
import { fullRankData, leastSquaresCertificates, normalEquationsSolution, symbolicLeastSquaresCertificates } from '../src/neuron/least-squares.js';

/** Five points in R^3 (a constant input and two features) with targets: XᵀX has leading principal minors 8, 104, 488. */
const X = [
  ['1', '0', '1'],
  ['1', '1', '-1'],
  ['1', '2', '0'],
  ['1', '3', '2'],
  ['2', '-1', '1'],
].map((row) => row.map(parseRational));
const T = ['1', '3', '2', '5', '1/2'].map(parseRational);

/** The sizes (n, d) at which the gradient and the exact Taylor expansion are checked with every datum a symbol. */
const SYMBOLIC_SIZES = [
  [1, 1],
  [2, 1],
  [2, 2],
  [3, 2],
  [3, 3],
] as const;

/** The certificates; those of the kinds in STATED state the formal statement and are the proof's leaves. */
const CERTIFICATES = [...SYMBOLIC_SIZES.flatMap(([n, d]) => symbolicLeastSquaresCertificates(n, d)), ...leastSquaresCertificates(X, T)];
const STATED = new Set(['identity', 'derivative-identity', 'positivity']);
/** The sizes whose facts are stated (a statement with every size is too long for MathJax); the others are checked beside. */
const STATED_SIZES = [[1, 1], [2, 1], [2, 2]];
const STATED_CERTIFICATES = [...STATED_SIZES.flatMap(([n, d]) => symbolicLeastSquaresCertificates(n, d)), ...leastSquaresCertificates(X, T)].filter((c) => STATED.has(c.kind));
const STATEMENT = and(...STATED_CERTIFICATES.map((c) => factOf(c, 'auto')));
/** Everything else (larger sizes; exact evaluations and sums of squares, which have no formal conclusion yet), checked beside the proof. */
const BESIDE = CERTIFICATES.filter((c) => !STATED_CERTIFICATES.some((s) => JSON.stringify(s) === JSON.stringify(c)));

export default defineClaim({
  id: 'linear-activation-closed-form',
  title: 'f(h) = h, stated for (n, d) ∈ {(1,1), (2,1), (2,2)} ((3,2), (3,3) checked beside): ∇L = −Xᵀ(t − Xw) and L(w + u) = L(w) + u·∇L(w) + ½‖Xu‖² exactly, so the normal equations give the minimiser (the step to every size and rank d is in words; the rational instance is checked beside the proof)',
  statement: STATEMENT,
  gloss:
    'for the stated sizes (n points in dimension d, all symbols): ∂/∂w_j ½Σ(t_i − x_i·w)² = −Σ_i (t_i − x_i·w) x_ij, and L(w + u) = L(w) + Σ_j u_j ∂L/∂w_j(w) + ½Σ_i (x_i·u)². Checked beside the proof, as certificates with no formal conclusion yet: for the rational instance, ∂L/∂w_j(w*) = 0 exactly and L(w) = L(w*) + a sum of squares with positive weights. Not checked: every size, and that for rank X = d, w* = (XᵀX)⁻¹Xᵀt is the unique minimiser (in words below).',
  source: 'I have experience for linear and polynomial cases … what about other non-linear activation functions? Might some lead to closed-form zeroes?',
  hypotheses: [
    'A single neuron with the identity activation $`f(h) = h`$, i.e. linear least squares, on $`n`$ points $`(\\mathbf x_i, t_i)`$, $`\\mathbf x_i \\in \\mathbb R^d`$; $`X`$ is the $`n \\times d`$ matrix with rows $`\\mathbf x_i`$.',
    '$`X`$ has full column rank $`d`$ (so $`n \\ge d`$ and $`X^{\\mathsf T} X`$ is invertible). For rational data, $`\\mathbf w^*`$ is rational and computed exactly.',
  ],
  expected: 'proved',
  answers: ['other-activations'],
  properties: (ctx) => [
    checkProperty(
      ctx,
      'exact: the fraction-free solution w* of XᵀXw = Xᵀt has Xᵀ(Xw* − t) = 0 and XᵀX has positive leading principal minors; random rational data, d = 1..3, n = d..6, entries p/q with |p| ≤ 20, q ≤ 6, XᵀX invertible',
      [fullRankData(3, 6)],
      ({ X: M, t }) => {
        const w = normalEquationsSolution(M, t);
        if (!w) return false;
        const residual = matVec(M, w).map((v, i) => sub(v, t[i]));
        return matVec(transpose(M), residual).every(isZero) && leadingPrincipalMinors(matMul(transpose(M), M)).every((m) => sign(m) > 0);
      },
    ),
    checkProperty(
      ctx,
      'end to end: the kernel accepts the exact-evaluation and sum-of-squares certificates built for random full-rank data (same data)',
      [fullRankData(3, 6)],
      ({ X: M, t }) => leastSquaresCertificates(M, t).every((c) => checkCertificate(c).ok),
      60,
    ),
  ],
  certificate: () => BESIDE,
  proof: () => andIntro(...STATED_CERTIFICATES.map(byCertificate)),
  argument: [
    '1. Expanding the squares, $`\\partial L/\\partial w_j = -\\sum_i (t_i - \\mathbf x_i \\cdot \\mathbf w) x_{ij}`$, i.e. $`\\nabla L = -X^{\\mathsf T}(\\mathbf t - X\\mathbf w)`$, and $`L(\\mathbf w + \\mathbf u) = L(\\mathbf w) + \\mathbf u \\cdot \\nabla L(\\mathbf w) + \\tfrac12 \\lVert X\\mathbf u\\rVert^2`$ exactly, in every size; the kernel checks both with every datum a symbol for $`(n, d) \\in \\{(1,1), (2,1), (2,2), (3,2), (3,3)\\}`$.',
    '2. So $`\\nabla L(\\mathbf w) = 0`$ iff $`X^{\\mathsf T} X \\mathbf w = X^{\\mathsf T}\\mathbf t`$, which for full column rank ($`\\mathbf u^{\\mathsf T} X^{\\mathsf T} X \\mathbf u = \\lVert X\\mathbf u\\rVert^2 > 0`$ for $`\\mathbf u \\ne 0`$) has the one solution $`\\mathbf w^* = (X^{\\mathsf T}X)^{-1}X^{\\mathsf T}\\mathbf t`$, a rational function of the data (Cramer); and $`L(\\mathbf w^* + \\mathbf u) - L(\\mathbf w^*) = \\tfrac12\\lVert X\\mathbf u\\rVert^2 > 0`$ for $`\\mathbf u \\ne 0`$: the unique global minimiser.',
    '3. For the rational instance the kernel evaluates $`\\partial L/\\partial w_j`$ exactly at the fraction-free solution (all 0), and checks $`L(\\mathbf w) \\equiv L(\\mathbf w^*) + \\sum_k \\tfrac{D_k}{2} \\bigl(\\sum_j L_{jk}(w_j - w^*_j)\\bigr)^2`$ with $`X^{\\mathsf T}X = L\\,\\mathrm{diag}(D)\\,L^{\\mathsf T}`$ and every $`D_k > 0`$; the forms are unit triangular in $`\\mathbf w - \\mathbf w^*`$, so they vanish together only at $`\\mathbf w^*`$.',
  ].join('\n\n'),
});
