import { defineClaim, precisionLadder, type Certificate, type LadderEvidence } from '../src/index.js';
import { ATLAS_MODELS, atlasEntry, atlasProblem, cubicRadical, type AtlasEntry } from '../src/neuron/atlas.js';
import { closedFormAnalysis } from '../src/neuron/closed-form.js';
import { CERTIFIED_STATIONARITY_ARGUMENT } from '../src/neuron/stationarity-certificate.js';
import { stationarityPolynomial } from '../src/neuron/stationarity.js';

const XENT = ATLAS_MODELS.find((m) => m.activation === 'sigmoid' && m.loss === 'xent')!;
const TWO = atlasProblem(XENT, [1, 2]);

function oneMinimum(e: AtlasEntry, degree: number, group: string): boolean {
  return e.points.length === 1 && e.points[0].kind === 'minimum' && e.points[0].degree === degree && e.points[0].group === group;
}

function certificates(): Certificate[] {
  const two = atlasEntry(XENT, [1, 2]);
  const three = atlasEntry(XENT, [1, 2, 3]);
  if (!oneMinimum(two, 3, 'solvable') || !oneMinimum(three, 5, 'symmetric')) throw new Error('the exact analysis no longer finds the cubic and the S_5 quintic');
  return [...two.certificates, ...three.certificates];
}

function cardanoLadder(precisions: readonly number[]): LadderEvidence {
  const formula = cubicRadical(stationarityPolynomial(TWO).numerator);
  return precisionLadder('z^* = e^{w^*}', `sigmoid, cross-entropy, inputs {1, 2}, targets 1/3, 3/4; Cardano: z* = ${formula.text}`, precisions, [
    { name: 'exact: root of 7z^3 + z^2 − 5z − 11 isolated by Sturm and refined', compute: (p) => closedFormAnalysis(TWO, p).stationaryPoints[0].z },
    { name: "Cardano's formula (square and cube roots of rationals)", compute: (p) => formula.evaluate(p) },
  ]);
}

export default defineClaim({
  id: 'cross-entropy-two-point-radicals',
  title: 'Cross-entropy with inputs {1, 2}: the stationary point solves a cubic (radicals) where squared loss needs S_7; inputs {1, 2, 3} bring an S_5 quintic back',
  statement: String.raw`\begin{aligned}
&L(w) = -\textstyle\sum_i \bigl[t_i \ln s(x_i w) + (1 - t_i) \ln\bigl(1 - s(x_i w)\bigr)\bigr],\ z = e^w:\\
&x = (1, 2),\ t = (\tfrac13, \tfrac34):\ L'(w) = \frac{7z^3 + z^2 - 5z - 11}{6\,(1 + z)(1 + z^2)};\ \text{one stationary point, the global minimum,}\\
&\qquad z^* = \sqrt[3]{\tfrac{7118}{9261} + \sqrt{\tfrac{37396}{64827}}} + \sqrt[3]{\tfrac{7118}{9261} - \sqrt{\tfrac{37396}{64827}}} - \tfrac{1}{21} \text{ (radicals; squared loss on the same data: an } S_7 \text{ septic)};\\
&x = (1, 2, 3),\ t = (\tfrac13, \tfrac34, \tfrac25):\ \text{one stationary point, the global minimum, } z^* \text{ a root of}\\
&\qquad 89z^5 - 30z^4 + 59z^3 - 61z^2 + 30z - 91,\ \text{irreducible with } \mathrm{Gal} \cong S_5 \text{: not expressible by radicals over } \mathbb{Q}.
\end{aligned}`,
  source: 'what about other non-linear activation functions? Might some lead to closed-form zeroes? … might be the case that there is a closed form for an individual datapoint but not for an expression that consider multiple datapoints?',
  hypotheses: [
    'Scalar weight $`w \\in \\mathbb R`$, sigmoid activation $`s(h) = 1/(1 + e^{-h})`$, cross-entropy loss, inputs and targets as stated.',
    '"Closed form": $`z^* = e^{w^*}`$ expressible by radicals over $`\\mathbb Q`$, so that $`w^* = \\ln`$ of a radical expression.',
  ],
  expected: 'proved',
  dependsOn: ['cross-entropy-gradient', 'two-point-no-closed-form'],
  answers: ['other-activations', 'one-vs-many'],
  argument:
    CERTIFIED_STATIONARITY_ARGUMENT +
    " In both cases $`N`$ has exactly one positive root, with sign change $`-+`$: one stationary point, the global minimum. Why the degree drops: by `cross-entropy-gradient` each point contributes $`(s(x_i w) - t_i)\\, x_i`$ to $`L'`$, without the factor $`s(1 - s)`$ that squares the denominators under squared loss; for inputs $`\\{1, 2\\}`$ the common denominator is $`(1 + z)(1 + z^2)`$ and $`N`$ has degree 3 (squared loss: degree 7, `two-point-no-closed-form`). " +
    'The explicit Cardano expression is evidence (the ladder); radical solvability itself is the `solvable-degree` certificate.',
  evidence: (ctx) => [cardanoLadder(ctx.precisions)],
  certificate: () => certificates(),
});
