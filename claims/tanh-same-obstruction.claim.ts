import { defineClaim, precisionLadder, rat, type Certificate, type LadderEvidence } from '../src/index.js';
import { ATLAS_MODELS, atlasEntry, atlasProblem } from '../src/neuron/atlas.js';
import { closedFormAnalysis } from '../src/neuron/closed-form.js';
import { CERTIFIED_STATIONARITY_ARGUMENT, lossExpr, toModelProblem, WEIGHT } from '../src/neuron/stationarity-certificate.js';
import { decimalContext } from '../src/numeric/context.js';
import { newton } from '../src/numeric/iteration.js';
import { add, div, exp, mul, num, sub, substitute, sym } from '../src/symbolic/expr.js';
import { identityCertificate } from '../src/symbolic/certificates.js';
import { sigmoid } from '../src/symbolic/sigmoid.js';

const TANH = ATLAS_MODELS.find((m) => m.activation === 'tanh')!;
const SIGMOID = ATLAS_MODELS.find((m) => m.activation === 'sigmoid' && m.loss === 'mse')!;
/** (1, −1/3), (2, 1/2): the sigmoid targets 1/3, 3/4 mapped by t ↦ 2t − 1. */
const TANH_PROBLEM = atlasProblem(TANH, [1, 2]);
/** (1, 1/3), (2, 3/4): the septic example. */
const SIGMOID_PROBLEM = atlasProblem(SIGMOID, [1, 2]);

function certificates(): Certificate[] {
  const h = sym('h');
  const e2h = exp(mul(num(2), h));
  const tanhIsSigmoid = identityCertificate(div(sub(e2h, num(1)), add(e2h, num(1))), sub(mul(num(2), sigmoid(mul(num(2), h))), num(1)), 'tanh(h) = 2 s(2h) − 1');
  const lossesAgree = identityCertificate(
    lossExpr(TANH_PROBLEM),
    mul(num(4), substitute(lossExpr(SIGMOID_PROBLEM), WEIGHT, mul(num(2), sym(WEIGHT)))),
    'the tanh loss of (1, −1/3), (2, 1/2) is 4 times the sigmoid loss of (1, 1/3), (2, 3/4) at 2w',
  );
  const entry = atlasEntry(TANH, [1, 2]);
  const [point] = entry.points;
  if (entry.points.length !== 1 || point.kind !== 'minimum' || point.group !== 'symmetric' || point.power !== 2 || point.groupDegree !== 7) {
    throw new Error('the exact analysis no longer finds one minimum with an S_7 septic in u = z^2');
  }
  return [tanhIsSigmoid, lossesAgree, ...entry.certificates];
}

function ladder(precisions: readonly number[]): LadderEvidence {
  return precisionLadder('w^*_{\\tanh}', 'tanh activation, data (1, −1/3), (2, 1/2), squared loss', precisions, [
    { name: 'exact: root of the degree-14 N(z) = N_7(z^2) isolated by Sturm, ln rounded outward', compute: (p) => closedFormAnalysis(TANH_PROBLEM, p).stationaryPoints[0].w[0] },
    {
      name: 'half the sigmoid septic example’s exact w*',
      compute: (p) => {
        const D = decimalContext(p + 5);
        return D.div(closedFormAnalysis(SIGMOID_PROBLEM, p + 2).stationaryPoints[0].w[0], 2).toSignificantDigits(p).toFixed();
      },
    },
    {
      name: "Newton's method on the analytic tanh model's L'(w), from w = 1/8",
      compute: (p) => {
        const history = newton(toModelProblem(TANH_PROBLEM), [rat(1, 8)], p, Math.ceil(Math.log2(p)) + 4);
        return history.iterates[history.iterates.length - 1][0];
      },
    },
  ]);
}

export default defineClaim({
  id: 'tanh-same-obstruction',
  title: 'tanh is a rescaled sigmoid and meets the same obstruction: e^{2w*} is a root of the S_7 septic',
  statement: String.raw`\begin{aligned}
&\tanh h = \frac{e^{2h} - 1}{e^{2h} + 1} = 2\,s(2h) - 1;\quad \text{for the data } (1, -\tfrac13),\ (2, \tfrac12):\quad L_{\tanh}(w) = \tfrac12 \textstyle\sum_i \bigl(t_i - \tanh(x_i w)\bigr)^2 = 4\, L_s(2w),\\
&L_s \text{ the squared loss of } (1, \tfrac13),\ (2, \tfrac34);\ L_{\tanh} \text{ has exactly one stationary point } w^*_{\tanh}, \text{ its global minimum, and}\\
&u^* = e^{2 w^*_{\tanh}} \text{ is a root of } 4u^7 + u^6 + 21u^5 - 6u^4 - 12u^3 - 33u^2 - 5u - 2,\ \mathrm{Gal} \cong S_7:\ \text{neither } u^* \text{ nor } e^{w^*_{\tanh}} = \sqrt{u^*} \text{ is expressible by radicals.}
\end{aligned}`,
  source: 'what about other non-linear activation functions? Might some lead to closed-form zeroes?',
  hypotheses: [
    'Scalar weight $`w \\in \\mathbb R`$, activation $`\\tanh`$, squared loss, inputs $`1, 2`$ with targets $`-\\tfrac13, \\tfrac12`$: the sigmoid targets $`\\tfrac13, \\tfrac34`$ under $`t \\mapsto 2t - 1`$, so that $`(t + 1)/2 \\in (0, 1)`$.',
    '"Closed form": expressible by radicals over $`\\mathbb Q`$ (then $`w^* = \\tfrac12 \\ln u^*`$ would be $`\\ln`$ of a radical expression).',
  ],
  expected: 'proved',
  answers: ['other-activations'],
  argument:
    'The kernel proves $`\\tanh h = 2s(2h) - 1`$ and, for these data, $`L_{\\tanh}(w) \\equiv 4 L_s(2w)`$: the tanh problem is the sigmoid septic example with the weight doubled. ' +
    CERTIFIED_STATIONARITY_ARGUMENT +
    ' Here $`N`$ (degree 14) has one positive root, with sign change $`-+`$: one stationary point, the global minimum. Its minimal polynomial is $`g(z) = f(z^2)`$ with $`f`$ the septic, so $`u^* = (z^*)^2 = e^{2w^*_{\\tanh}}`$ is a root of $`f`$; the `galois-symmetric` certificate (in $`u = z^2`$) gives $`\\mathrm{Gal}(f) \\cong S_7`$, so $`u^*`$ is not expressible by radicals, and neither is $`z^*`$ (if it were, so would be its square $`u^*`$).',
  evidence: (ctx) => [ladder(ctx.precisions)],
  certificate: () => certificates(),
});
