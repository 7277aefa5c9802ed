import { defineClaim } from '../src/index.js';
import { parseDataString } from '../src/neuron/data.js';
import type { Problem } from '../src/neuron/model.js';
import { quadraticD3NoRadicalStatement } from '../src/neuron/quadratic-d3.js';

/** Four points in R³, inputs e_1, e_2, e_3, (1, 1, 1) (n = 4 > d = 3, spanning R³), f(h) = h². */
const PROBLEM: Problem = { activation: 'square', loss: 'mse', data: parseDataString('1,0,0:1;0,1,0:2;0,0,1:3;1,1,1:5') };
/** The stationary point of least loss found by Newton's method from 300 random starts (mpmath, 60 digits): a hint; the kernel certifies it. */
const MINIMUM = ['0.953950973106143024865696739506761558119795134', '-1.4352025315787766496863646720023528215187728', '-1.74618306767067299081537850799293681846451862'];
const PROVED = quadraticD3NoRadicalStatement(PROBLEM, MINIMUM);

export default defineClaim({
  id: 'quadratic-activation-d3-no-closed-form',
  title: 'f(h) = h², four points in R³ with inputs e_1, e_2, e_3, (1, 1, 1): at no stationary point with w*_1 ≠ 0 is w*_1 expressible by radicals (w*_1² is a root of an irreducible degree-13 polynomial with Galois group S_13), and such a stationary point, a local minimum, exists (one data set)',
  statement: PROVED.statement,
  gloss:
    'For L(w) = ½Σ(t_i − (w·x_i)²)², each ∂L/∂w_j is a rational multiple of an integer polynomial P_j(w), so ∇L = 0 exactly when P_1 = P_2 = P_3 = 0. Two resultants (w_3, then w_2) with their cofactors give a combination A_1P_1 + A_2P_2 + A_3P_3 = R(w_1), checked by the kernel in Z[w_1, w_2, w_3], with R = u·w_1·S(w_1²) of degree 27. S has degree 13, is irreducible with Galois group S_13 (Dedekind/Jordan certificate), so no root of S(w_1²) is a radical expression: every stationary point has w*_1 = 0 or a non-radical w*_1. A Krawczyk certificate on a box of half-width 10⁻⁸ around (0.95395…, −1.43520…, −1.74618…) proves a stationary point there (a minimum by the interval Hessian), with w*_1 > 0.',
  source: 'what about other non-linear activation functions? Might some lead to closed-form zeroes?',
  hypotheses: [
    'Data: $`\\mathbf{x}_1 = (1,0,0),\\ t_1 = 1`$; $`\\mathbf{x}_2 = (0,1,0),\\ t_2 = 2`$; $`\\mathbf{x}_3 = (0,0,1),\\ t_3 = 3`$; $`\\mathbf{x}_4 = (1,1,1),\\ t_4 = 5`$; activation $`f(h) = h^2`$, $`L(\\mathbf{w}) = \\tfrac12\\sum_i (t_i - (\\mathbf{w}\\cdot\\mathbf{x}_i)^2)^2`$ on $`\\mathbb{R}^3`$.',
    'An instance, not a theorem for all 3-D data. "Not expressible by radicals" is over $`\\mathbb{Q}`$ (Abel–Ruffini and Galois; special functions are not excluded). The statement excludes $`w^*_1 = 0`$ ($`\\mathbf{w} = 0`$ is always stationary for $`h^2`$, and $`L`$ is even, so $`\\pm\\mathbf{w}^*`$ come in pairs).',
    'The certified stationary point is the one of least loss among the 15 found numerically from 300 starts, so very likely the global minimiser; that it is global is not proved here. That it is a local minimum, unique in its box, with $`w^*_1 \\in 0.95395097\\ldots \\pm 10^{-8}`$, is the kernel-checked `stationary-points` certificate.',
  ],
  expected: 'proved',
  answers: ['other-activations'],
  argument:
    'Rule polynomial-gradient-system: $`\\partial L/\\partial w_j = c_j P_j(\\mathbf{w})`$, $`c_j \\ne 0`$ (derivative identities), so $`\\nabla L = 0 \\iff P_1 = P_2 = P_3 = 0`$. ' +
    'Rule eliminate-weight: the kernel multiplies out $`\\sum_j A_j P_j`$ in $`\\mathbb{Z}[w_1, w_2, w_3]`$ and finds exactly $`R(w_1)`$; every stationary point has $`R(w^*_1) = 0`$. ' +
    'Rules galois-no-radical and no-radical-power: $`S`$ is irreducible with group $`S_{13}`$, not solvable, so no root of $`S`$, hence no root of $`S(w^2)`$, is a radical. Rule nonzero-weight-not-radical: $`R = u\\,w_1\\,S(w_1^2)`$, so a non-zero $`w^*_1`$ is a root of $`S(w_1^2)`$ and not a radical. ' +
    'With the Krawczyk certificate ($`w^*_1 > 0`$ there) some stationary point, a local minimum, has a coordinate that no radical expression gives: for $`h^2`$ the scalar and two-dimensional closed forms stop at $`d = 3`$.',
  proof: () => PROVED.proof,
});
