import { defineClaim } from '../src/index.js';
import { parseDataString } from '../src/neuron/data.js';
import { d2ClosedFormStatement } from '../src/neuron/exact-d2-claim.js';
import type { Problem } from '../src/neuron/model.js';

/** Two points in R² with independent inputs (1, 1), (1, 2): n = d = 2. */
const PROBLEM: Problem = { activation: 'sigmoid', loss: 'mse', data: parseDataString('1,1:1/3;1,2:3/4') };
const PROVED = d2ClosedFormStatement(PROBLEM, 'radical');

export default defineClaim({
  id: 'two-dimensional-interpolation-closed-form',
  title: 'Two points in R² with independent inputs (1, 1), (1, 2): the only stationary point is (ln 1/12, ln 6) = X⁻¹ logit(t), a closed form',
  statement: PROVED.statement,
  gloss:
    'The same exact chain as for three points: ∇L = 0 ⟺ P_1 = P_2 = 0 at z = e^w; elimination and cancelling factors without positive roots (and the spurious root z_2 = 1, at which the specialised system has no positive solution) leaves 12z_1 − 1 and z_2 − 6. So every stationary point has e^{w_1} = 1/12 and e^{w_2} = 6, and one exists (Krawczyk): exactly one, w* = (ln(1/12), ln 6) = X⁻¹ logit(t), where the fit is exact (s(x_i·w*) = t_i).',
  source: 'Does the dimension make a difference?',
  hypotheses: [
    'Data: $`\\mathbf{x}_1 = (1, 1),\\ t_1 = \\tfrac13`$; $`\\mathbf{x}_2 = (1, 2),\\ t_2 = \\tfrac34`$, so $`X`$ is invertible and $`n = d = 2`$; $`L(w_1, w_2) = \\tfrac12\\sum_i (t_i - s(\\mathbf{w}\\cdot\\mathbf{x}_i))^2`$, no intercept.',
    'This one data set, exactly; the general statement for $`n \\le d`$ independent inputs ($`\\mathbf{w} = X^{+}\\mathrm{logit}(\\mathbf{t})`$ is a stationary point with zero loss) is claim `interpolation-closed-form`. Here $`e^{w^*_1} = \\tfrac{1}{12} = (t_1/(1-t_1))^2 (t_2/(1-t_2))^{-1}`$ and $`e^{w^*_2} = 6`$ are rational, as $`X^{-1}`$ has integer entries.',
  ],
  expected: 'proved',
  answers: ['dimension-one', 'one-vs-many'],
  argument:
    'Rules exp-transfer-system, eliminate, discard-factor and discard-rational-root (at $`z_2 = 1`$ the kernel specialises $`P_1, P_2`$ and checks a Bézout identity $`U_1 \\tilde P_1 + U_2 \\tilde P_2 = G(z_1)`$ with $`G = 30(z_1 + 1)^3`$, which has no positive root), then solvable-degree: every root of a linear polynomial is rational. ' +
    'With more weights than constraints the dimension creates a closed form: the contrast with `two-dimensional-no-closed-form` (n = 3 > d = 2, group $`S_{15}`$) is exact.',
  proof: () => PROVED.proof,
});
