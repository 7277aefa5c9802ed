import { defineClaim, precisionLadder, type Certificate, type LadderEvidence } from '../src/index.js';
import { ATLAS_MODELS, atlasEntry, atlasProblem, cubicRadical } from '../src/neuron/atlas.js';
import { closedFormAnalysis } from '../src/neuron/closed-form.js';
import { CERTIFIED_STATIONARITY_ARGUMENT } from '../src/neuron/stationarity-certificate.js';
import { stationarityPolynomial } from '../src/neuron/stationarity.js';

const EXP = ATLAS_MODELS.find((m) => m.activation === 'exp')!;
const TWO = atlasProblem(EXP, [1, 2]);

function certificates(): Certificate[] {
  const two = atlasEntry(EXP, [1, 2]);
  const three = atlasEntry(EXP, [1, 2, 3]);
  const shape = (e: typeof two, degree: number, group: string) =>
    e.points.length === 1 && e.points[0].kind === 'minimum' && e.points[0].degree === degree && e.points[0].group === group;
  if (!shape(two, 3, 'solvable') || !shape(three, 5, 'symmetric')) throw new Error('the exact analysis no longer finds the cubic and the S_5 quintic');
  return [...two.certificates, ...three.certificates];
}

/** z* = e^(w*) for inputs {1, 2}: Cardano's radical formula against the exact root (Sturm isolation refined). */
function cardanoLadder(precisions: readonly number[]): LadderEvidence {
  const formula = cubicRadical(stationarityPolynomial(TWO).numerator);
  return precisionLadder('z^* = e^{w^*}', `exp activation, inputs {1, 2}, targets 1/3, 3/4; Cardano: z* = ${formula.text}`, precisions, [
    { name: 'exact: root of 12z^3 − 3z − 2 isolated by Sturm and refined', compute: (p) => closedFormAnalysis(TWO, p).stationaryPoints[0].z },
    { name: "Cardano's formula (square and cube roots of rationals)", compute: (p) => formula.evaluate(p) },
  ]);
}

export default defineClaim({
  id: 'exponential-activation-degree',
  title: 'Exponential activation: inputs {1, 2} give a cubic (solvable by radicals), inputs {1, 2, 3} a quintic with group S_5 (not)',
  statement: String.raw`\begin{aligned}
&f(h) = e^h,\ L(w) = \tfrac12 \textstyle\sum_i \bigl(e^{x_i w} - t_i\bigr)^2,\ z = e^w:\\
&x = (1, 2),\ t = (\tfrac13, \tfrac34):\ L'(w) = \tfrac16\, z\,(12z^3 - 3z - 2);\ \text{one stationary point, the global minimum, }\\
&\qquad z^* = \sqrt[3]{\tfrac{1}{12} + \sqrt{\tfrac{11}{1728}}} + \sqrt[3]{\tfrac{1}{12} - \sqrt{\tfrac{11}{1728}}} \text{ (radicals)};\\
&x = (1, 2, 3),\ t = (\tfrac13, \tfrac34, \tfrac25):\ L'(w) = \tfrac1{30}\, z\,(90z^5 + 60z^3 - 36z^2 - 15z - 10);\ \text{one stationary point, the global minimum,}\\
&\qquad z^* \text{ a root of an irreducible quintic with } \mathrm{Gal} \cong S_5 \text{: not expressible by radicals over } \mathbb{Q}.
\end{aligned}`,
  source: 'what about other non-linear activation functions? Might some lead to closed-form zeroes?',
  hypotheses: [
    'Scalar weight $`w \\in \\mathbb R`$, activation $`f(h) = e^h`$, squared loss; inputs and targets as stated.',
    '"Closed form": $`z^* = e^{w^*}`$ expressible by radicals over $`\\mathbb Q`$, so that $`w^* = \\ln`$ of a radical expression.',
  ],
  expected: 'proved',
  answers: ['other-activations'],
  argument:
    CERTIFIED_STATIONARITY_ARGUMENT +
    ' Here $`D = 1`$ and $`N`$ has exactly one positive root in each case, with sign change $`-+`$: one stationary point, at which $`L`$ turns from decreasing to increasing, so it is the global minimum. The explicit Cardano expression is evidence (the ladder), the radical solvability itself is the `solvable-degree` certificate.',
  evidence: (ctx) => [cardanoLadder(ctx.precisions)],
  certificate: () => certificates(),
});
