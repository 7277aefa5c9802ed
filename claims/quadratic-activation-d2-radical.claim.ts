import { defineClaim } from '../src/index.js';
import { parseDataString } from '../src/neuron/data.js';
import type { Problem } from '../src/neuron/model.js';
import { quadraticD2RadicalStatement } from '../src/neuron/quadratic-exact.js';

/** Three points in R² with non-collinear inputs (1, 0), (0, 1), (1, 1), f(h) = h²: n = 3 > d = 2. */
const PROBLEM: Problem = { activation: 'square', loss: 'mse', data: parseDataString('1,0:1/3;0,1:3/4;1,1:2') };
const PROVED = quadraticD2RadicalStatement(PROBLEM);

export default defineClaim({
  id: 'quadratic-activation-d2-radical',
  title: 'f(h) = h², three points in R² with inputs (1, 0), (0, 1), (1, 1): every stationary point has both coordinates expressible by radicals (each is 0 or a root of a biquadratic quartic, i.e. ±√ of a root of a quadratic — a closed form; one data set)',
  statement: PROVED.statement,
  gloss:
    'For L(w_1, w_2) = ½Σ(t_i − (w·x_i)²)², each ∂L/∂w_j is a rational multiple of an integer polynomial P_j(w) (a derivative identity the kernel checks), so ∇L = 0 exactly when P_1 = P_2 = 0. Eliminating the other weight by a cofactor identity A·P_1 + B·P_2 = R(w_j) checked in Z[w_1, w_2] gives R_1(w_1) = 5w_1(1404w_1⁴ − 1274w_1² + 261) and R_2(w_2) = −5w_2(351w_2⁴ − 416w_2² + 116): every factor has degree ≤ 4, so every root of R_j is a radical expression, and every stationary point has R_j(w*_j) = 0.',
  source: 'what about other non-linear activation functions? Might some lead to closed-form zeroes?',
  hypotheses: [
    'Data: $`\\mathbf{x}_1 = (1, 0),\\ t_1 = \\tfrac13`$; $`\\mathbf{x}_2 = (0, 1),\\ t_2 = \\tfrac34`$; $`\\mathbf{x}_3 = (1, 1),\\ t_3 = 2`$ — three points in $`\\mathbb{R}^2`$, not on one line through the origin; activation $`f(h) = h^2`$, $`L(\\mathbf{w}) = \\tfrac12\\sum_i (t_i - (\\mathbf{w}\\cdot\\mathbf{x}_i)^2)^2`$.',
    'An instance, not a theorem for all 2-D data: the kernel checks the eliminants of this data set. (In general the direction equation for d = 2 is a quartic, which is why one expects radicals for every 2-D data set; that is not proved here.) "Expressible by radicals" is over $`\\mathbb{Q}`$; the statement covers every stationary point in $`\\mathbb{R}^2`$, including $`\\mathbf{w} = 0`$.',
  ],
  expected: 'proved',
  answers: ['other-activations'],
  argument:
    'Rule polynomial-gradient-system: $`\\partial L/\\partial w_j = c_j P_j(\\mathbf{w})`$ with $`c_j \\ne 0`$ rational (derivative identities the kernel differentiates itself), so $`\\nabla L = 0 \\iff P_1 = P_2 = 0`$. ' +
    'Rule eliminate-weight: the kernel multiplies out $`A P_1 + B P_2`$ in $`\\mathbb{Z}[w_1, w_2]`$ and finds exactly $`R_j(w_j)`$ (a resultant), so every stationary point has $`R_j(w^*_j) = 0`$. ' +
    'Each irreducible factor of $`R_j`$ has degree ≤ 4 (solvable-degree: quadratic formula, Cardano, Ferrari), and rule radical-roots-product joins them: every root of $`R_j`$, hence every $`w^*_j`$, is a radical expression in the data.',
  proof: () => PROVED.proof,
});
