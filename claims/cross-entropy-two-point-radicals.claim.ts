import {
  and,
  andElim,
  andIntro,
  byCertificate,
  byLemma,
  conv,
  defineClaim,
  deriv,
  forall,
  precisionLadder,
  radicalRoots,
  stationaryNotRadical,
  stationarySigns,
  stationaryViaExp,
  type Certificate,
  type LadderEvidence,
} from '../src/index.js';
import { ATLAS_MODELS, atlasEntry, atlasProblem, cubicRadical, type AtlasEntry } from '../src/neuron/atlas.js';
import { closedFormAnalysis } from '../src/neuron/closed-form.js';
import { stationarityProofs } from '../src/neuron/stationarity-proof.js';
import { stationarityPolynomial } from '../src/neuron/stationarity.js';

const XENT = ATLAS_MODELS.find((m) => m.activation === 'sigmoid' && m.loss === 'xent')!;
const TWO = atlasProblem(XENT, [1, 2]);
const THREE = atlasProblem(XENT, [1, 2, 3]);

/** The statement's wording: the two cross-entropy losses, the derivative for {1, 2}, the cubic; the squared loss of the septic lemma. */
const TERM = (x: string, t: string, u: string) => `(${t}*ln(sigmoid(${x})) + ${u}*ln(1 - sigmoid(${x})))`;
const L2 = `-${TERM('w', '1/3', '2/3')} - ${TERM('2*w', '3/4', '1/4')}`;
const L3 = `${L2} - ${TERM('3*w', '2/5', '3/5')}`;
const DL2 = '(7*exp(3*w) + exp(2*w) - 5*exp(w) - 11)/(6*(1 + exp(w))*(1 + exp(2*w)))';
const CUBIC = ['7', '1', '-5', '-11'];
const SQUARED = '1/2*(1/3 - sigmoid(w))^2 + 1/2*(3/4 - sigmoid(2*w))^2';
const SEPTIC_LEMMA = 'two-point-no-closed-form';

const PARTS = {
  d2: forall(['w'], deriv(L2, 'w', DL2)),
  signs2: stationarySigns(L2, 'w', '-+'),
  transfer2: stationaryViaExp(L2, 'w', CUBIC),
  squared: stationaryNotRadical(SQUARED, 'w'),
  signs3: stationarySigns(L3, 'w', '-+'),
  notRadical3: stationaryNotRadical(L3, 'w'),
};
const STATEMENT = and(PARTS.d2, PARTS.signs2, PARTS.transfer2, radicalRoots(CUBIC), PARTS.squared, PARTS.signs3, PARTS.notRadical3);

function oneMinimum(e: AtlasEntry, degree: number, group: string): boolean {
  return e.points.length === 1 && e.points[0].kind === 'minimum' && e.points[0].degree === degree && e.points[0].group === group;
}

let cached: { two: Certificate[]; three: Certificate[] } | undefined;

/** The atlas certificates of the two input sets, checked against the shapes the statement names. */
function entries(): { two: Certificate[]; three: Certificate[] } {
  if (cached) return cached;
  const two = atlasEntry(XENT, [1, 2]);
  const three = atlasEntry(XENT, [1, 2, 3]);
  if (!oneMinimum(two, 3, 'solvable') || !oneMinimum(three, 5, 'symmetric')) throw new Error('the exact analysis no longer finds the cubic and the S_5 quintic');
  cached = { two: two.certificates, three: three.certificates };
  return cached;
}

function certificates(): Certificate[] {
  const { two, three } = entries();
  return [...two, ...three];
}

/** Each part from the certificates of its input set, converted to the statement's wording; the squared-loss contrast from the septic lemma. */
function proof() {
  const { two, three } = entries();
  const p2 = stationarityProofs(TWO, two);
  const p3 = stationarityProofs(THREE, three);
  if (!p2.radical || !p3.notRadical) throw new Error('the certificates no longer give radicals for {1, 2} and Galois for {1, 2, 3}');
  return andIntro(
    conv(byCertificate(two.find((c) => c.kind === 'derivative-identity')!), PARTS.d2),
    conv(p2.signs, PARTS.signs2),
    conv(p2.transfer, PARTS.transfer2),
    p2.radical,
    andElim(byLemma(SEPTIC_LEMMA), 4),
    conv(p3.signs, PARTS.signs3),
    conv(p3.notRadical, PARTS.notRadical3),
  );
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
  statement: STATEMENT,
  gloss:
    "Sigmoid with cross-entropy, z = e^w. Inputs (1, 2), targets (1/3, 3/4): L'(w) = (7z³ + z² − 5z − 11)/(6(1 + z)(1 + z²)); one stationary point, the global minimum; L'(w) = 0 exactly when the cubic vanishes, and every root of the cubic is a radical expression " +
    '(Cardano: z* = ∛(7118/9261 + √(37396/64827)) + ∛(7118/9261 − √(37396/64827)) − 1/21, checked in the ladder, not part of the statement). ' +
    'Squared loss on the same data has no such formula (the S_7 septic, from two-point-no-closed-form). Inputs (1, 2, 3), targets (1/3, 3/4, 2/5): one stationary point, the global minimum, and e^{w*} is not expressible by radicals (an S_5 quintic).',
  source: 'what about other non-linear activation functions? Might some lead to closed-form zeroes? … might be the case that there is a closed form for an individual datapoint but not for an expression that consider multiple datapoints?',
  hypotheses: [
    'Scalar weight $`w \\in \\mathbb R`$, sigmoid activation $`s(h) = 1/(1 + e^{-h})`$, cross-entropy loss, inputs and targets as stated.',
    '"Closed form": $`z^* = e^{w^*}`$ expressible by radicals over $`\\mathbb Q`$, so that $`w^* = \\ln`$ of a radical expression.',
  ],
  expected: 'proved',
  dependsOn: ['two-point-no-closed-form'],
  answers: ['other-activations', 'one-vs-many'],
  argument:
    "For each input set the kernel differentiates the loss and proves $`L'(w) \\equiv c\\, e^{mw} N(e^w)/D(e^w)`$; with Sturm's counts ($`D`$ no positive root, $`N`$ one) and the signs of $`N`$ at the ends of its isolating interval, signs-via-exp gives one zero of $`L'`$ with $`L' < 0`$ before and $`> 0`$ after it. " +
    'For $`\\{1, 2\\}`$ exp-transfer and the solvable-degree certificate (degree 3) give the radicals; for $`\\{1, 2, 3\\}`$ irreducibility and $`S_5`$ give, by galois-no-radical and stationary-not-radical, that no $`e^{w^*}`$ is a radical expression. The squared-loss contrast is the statement of `two-point-no-closed-form`. ' +
    "Why the degree drops (explanation, not proof): by `cross-entropy-gradient` each point contributes $`(s(x_i w) - t_i)\\, x_i`$ to $`L'`$, without the factor $`s(1 - s)`$ that squares the denominators under squared loss.",
  evidence: (ctx) => [cardanoLadder(ctx.precisions)],
  certificate: () => certificates(),
  proof: () => proof(),
});
