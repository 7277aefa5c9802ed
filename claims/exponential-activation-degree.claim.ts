import {
  and,
  andIntro,
  byCertificate,
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
import { ATLAS_MODELS, atlasEntry, atlasProblem, cubicRadical } from '../src/neuron/atlas.js';
import { closedFormAnalysis } from '../src/neuron/closed-form.js';
import { stationarityProofs } from '../src/neuron/stationarity-proof.js';
import { stationarityPolynomial } from '../src/neuron/stationarity.js';

const EXP = ATLAS_MODELS.find((m) => m.activation === 'exp')!;
const TWO = atlasProblem(EXP, [1, 2]);
const THREE = atlasProblem(EXP, [1, 2, 3]);

/** The statement's wording: the two losses, their derivatives, the cubic and the quintic. */
const L2 = '1/2*(exp(w) - 1/3)^2 + 1/2*(exp(2*w) - 3/4)^2';
const L3 = `${L2} + 1/2*(exp(3*w) - 2/5)^2`;
const DL2 = '1/6*exp(w)*(12*exp(3*w) - 3*exp(w) - 2)';
const DL3 = '1/30*exp(w)*(90*exp(5*w) + 60*exp(3*w) - 36*exp(2*w) - 15*exp(w) - 10)';
const CUBIC = ['12', '0', '-3', '-2'];
const QUINTIC = ['90', '0', '60', '-36', '-15', '-10'];

const PARTS = {
  d2: forall(['w'], deriv(L2, 'w', DL2)),
  signs2: stationarySigns(L2, 'w', '-+'),
  transfer2: stationaryViaExp(L2, 'w', CUBIC),
  d3: forall(['w'], deriv(L3, 'w', DL3)),
  signs3: stationarySigns(L3, 'w', '-+'),
  notRadical3: stationaryNotRadical(L3, 'w'),
};
const STATEMENT = and(PARTS.d2, PARTS.signs2, PARTS.transfer2, radicalRoots(CUBIC), PARTS.d3, PARTS.signs3, PARTS.notRadical3);

let cached: { two: Certificate[]; three: Certificate[] } | undefined;

/** The atlas certificates of the two input sets, checked against the shapes the statement names. */
function entries(): { two: Certificate[]; three: Certificate[] } {
  if (cached) return cached;
  const two = atlasEntry(EXP, [1, 2]);
  const three = atlasEntry(EXP, [1, 2, 3]);
  const shape = (e: typeof two, degree: number, group: string) =>
    e.points.length === 1 && e.points[0].kind === 'minimum' && e.points[0].degree === degree && e.points[0].group === group;
  if (!shape(two, 3, 'solvable') || !shape(three, 5, 'symmetric')) throw new Error('the exact analysis no longer finds the cubic and the S_5 quintic');
  cached = { two: two.certificates, three: three.certificates };
  return cached;
}

function certificates(): Certificate[] {
  const { two, three } = entries();
  return [...two, ...three];
}

/** Each part from the certificates of its input set, converted to the statement's wording. */
function proof() {
  const { two, three } = entries();
  const p2 = stationarityProofs(TWO, two);
  const p3 = stationarityProofs(THREE, three);
  if (!p2.radical || !p3.notRadical) throw new Error('the certificates no longer give radicals for {1, 2} and Galois for {1, 2, 3}');
  const identity = (certs: Certificate[]) => byCertificate(certs.find((c) => c.kind === 'derivative-identity')!);
  return andIntro(
    conv(identity(two), PARTS.d2),
    conv(p2.signs, PARTS.signs2),
    conv(p2.transfer, PARTS.transfer2),
    p2.radical,
    conv(identity(three), PARTS.d3),
    conv(p3.signs, PARTS.signs3),
    conv(p3.notRadical, PARTS.notRadical3),
  );
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
  statement: STATEMENT,
  gloss:
    "Exponential activation, squared loss, z = e^w. Inputs (1, 2) with targets (1/3, 3/4): L'(w) = (1/6) z (12z³ − 3z − 2); one stationary point, the global minimum (L' < 0 before it, > 0 after); " +
    'L\'(w) = 0 exactly when 12z³ − 3z − 2 = 0, and every root of that cubic is a radical expression (Cardano: z* = ∛(1/12 + √(11/1728)) + ∛(1/12 − √(11/1728)), checked digit by digit in the ladder, not part of the statement). ' +
    "Inputs (1, 2, 3) with targets (1/3, 3/4, 2/5): L'(w) = (1/30) z (90z⁵ + 60z³ − 36z² − 15z − 10); one stationary point, the global minimum, and z* = e^{w*} is not expressible by radicals (the quintic is irreducible with group S_5).",
  source: 'what about other non-linear activation functions? Might some lead to closed-form zeroes?',
  hypotheses: [
    'Scalar weight $`w \\in \\mathbb R`$, activation $`f(h) = e^h`$, squared loss; inputs and targets as stated.',
    '"Closed form": $`z^* = e^{w^*}`$ expressible by radicals over $`\\mathbb Q`$, so that $`w^* = \\ln`$ of a radical expression.',
  ],
  expected: 'proved',
  answers: ['other-activations'],
  argument:
    "For each input set the kernel differentiates the loss and proves $`L'(w) \\equiv c\\, e^{w} N(e^w)`$ ($`D = 1`$, which has no root in $`(0, \\infty)`$); with Sturm's count of one positive root of $`N`$ and the signs of $`N`$ at the ends of its isolating interval, signs-via-exp gives one zero of $`L'`$ with $`L' < 0`$ before and $`> 0`$ after it: the global minimum. " +
    'For $`\\{1, 2\\}`$ exp-transfer gives $`L\'(w) = 0 \\iff N(e^w) = 0`$ and the solvable-degree certificate (degree 3) that every root of $`N`$ is a radical expression. For $`\\{1, 2, 3\\}`$ the irreducible and galois-symmetric ($`S_5`$) certificates give, by galois-no-radical and stationary-not-radical, that no $`e^{w^*}`$ is one. ' +
    'The explicit Cardano expression is evidence (the ladder).',
  evidence: (ctx) => [cardanoLadder(ctx.precisions)],
  certificate: () => certificates(),
  proof: () => proof(),
});
