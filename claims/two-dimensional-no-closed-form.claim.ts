import { defineClaim } from '../src/index.js';
import { parseDataString } from '../src/neuron/data.js';
import { d2ClosedFormStatement } from '../src/neuron/exact-d2-claim.js';
import type { Problem } from '../src/neuron/model.js';

/** Three points in R² with non-collinear inputs (1, 0), (0, 1), (1, 1): n = 3 > d = 2. */
const PROBLEM: Problem = { activation: 'sigmoid', loss: 'mse', data: parseDataString('1,0:1/3;0,1:3/4;1,1:1/2') };
const PROVED = d2ClosedFormStatement(PROBLEM, 'no-radical');

export default defineClaim({
  id: 'two-dimensional-no-closed-form',
  title: 'Three points in R² with inputs (1, 0), (0, 1), (1, 1): a stationary point exists, and at no stationary point is e^{w*_1} or e^{w*_2} expressible by radicals (degree-15 eliminants with Galois group S_15)',
  statement: PROVED.statement,
  gloss:
    'With z_j = e^{w_j}, ∇L = 0 exactly when two integer polynomials P_1, P_2 vanish at (z_1, z_2). Eliminating z_2 (a cofactor identity A·P_1 + B·P_2 = R(z_1) checked in Z[z_1, z_2]) and cancelling the factors of R without positive roots leaves an irreducible g_1 of degree 15 with Galois group S_15; the same for z_1 leaves g_2. So at every stationary point neither e^{w*_1} nor e^{w*_2} is a radical expression in the data, and a Krawczyk certificate shows that a stationary point (a minimum) exists.',
  source: 'Does the dimension make a difference?',
  hypotheses: [
    'Data: $`\\mathbf{x}_1 = (1, 0),\\ t_1 = \\tfrac13`$; $`\\mathbf{x}_2 = (0, 1),\\ t_2 = \\tfrac34`$; $`\\mathbf{x}_3 = (1, 1),\\ t_3 = \\tfrac12`$ — three points in $`\\mathbb{R}^2`$, not on one line through the origin, no intercept; $`L(w_1, w_2) = \\tfrac12\\sum_i (t_i - s(\\mathbf{w}\\cdot\\mathbf{x}_i))^2`$ with the sigmoid $`s`$.',
    'The statement is about this one data set (an instance, not a theorem for all 2-D data): "not expressible by radicals" is over $`\\mathbb{Q}`$, followed by one logarithm $`w^*_j = \\ln z^*_j`$ (the classical sense of Abel–Ruffini and Galois; special functions are not excluded).',
    'The existence part is the conclusion of a `stationary-points` certificate on a box of half-width $`10^{-8}`$ (Krawczyk: exactly one zero of $`\\nabla L`$ there, a minimum by the interval Hessian); the exact part covers every stationary point in $`\\mathbb{R}^2`$.',
  ],
  expected: 'proved',
  answers: ['dimension-one', 'no-closed-form'],
  argument:
    'Rule exp-transfer-system: $`\\partial L/\\partial w_j = c_j e^{\\mathbf{m}_j\\cdot\\mathbf{w}} P_j(e^{\\mathbf{w}})/D_j(e^{\\mathbf{w}})`$ (derivative identities the kernel differentiates itself) with $`D_j`$ a product of $`(1 + z^{\\mathbf{x}_i})^3`$, whose coefficients are positive, so $`D_j > 0`$ on $`(0,\\infty)^2`$. ' +
    'Rule eliminate: the kernel multiplies out $`A P_1 + B P_2`$ in $`\\mathbb{Z}[z_1, z_2]`$ and finds exactly $`R(z_1)`$, so every common zero has $`R(z_1) = 0`$. Rule discard-factor: $`R = g_1 h`$ with $`h`$ (powers of $`z_1`$ and factors without positive roots, by Sturm) never 0 on $`(0, \\infty)`$. ' +
    'Then $`g_1`$ is irreducible with Galois group $`S_{15}`$ (Dedekind/Jordan certificate), not solvable, so (rule coordinate-not-radical) no $`e^{w_1^*}`$ is a radical expression; the same for $`w_2`$. In dimension 1 the question\'s two-point example gives an $`S_7`$ septic; here a genuinely two-dimensional data set with more points than weights gives $`S_{15}`$: dimension does not help.',
  proof: () => PROVED.proof,
});
