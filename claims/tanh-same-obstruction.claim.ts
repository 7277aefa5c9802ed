import {
  and,
  andIntro,
  byCertificate,
  conv,
  defineClaim,
  eq,
  forall,
  galoisNoRadical,
  galoisSymmetric,
  irreducibleUnpower,
  noRadicalRoot,
  precisionLadder,
  rat,
  stationaryNotRadical,
  stationarySigns,
  stationaryViaExp,
  type Certificate,
  type LadderEvidence,
} from '../src/index.js';
import { ATLAS_MODELS, atlasEntry, atlasProblem } from '../src/neuron/atlas.js';
import { closedFormAnalysis } from '../src/neuron/closed-form.js';
import { lossExpr, toModelProblem, WEIGHT } from '../src/neuron/stationarity-certificate.js';
import { stationarityProofs } from '../src/neuron/stationarity-proof.js';
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

/** The statement's wording: the tanh loss, the sigmoid loss at 2w, the septic f and N(z) = f(z^2). */
const L_TANH = '1/2*(-1/3 - tanh(w))^2 + 1/2*(1/2 - tanh(2*w))^2';
const L_SIGMOID_AT_2W = '1/2*(1/3 - sigmoid(2*w))^2 + 1/2*(3/4 - sigmoid(4*w))^2';
const SEPTIC = ['4', '1', '21', '-6', '-12', '-33', '-5', '-2'];
const N = SEPTIC.flatMap((c, i) => (i === SEPTIC.length - 1 ? [c] : [c, '0']));

const TANH_IS_SIGMOID = forall(['h'], eq('tanh(h)', '2*sigmoid(2*h) - 1'));
const LOSSES_AGREE = forall(['w'], eq(L_TANH, `4*(${L_SIGMOID_AT_2W})`));
const STATEMENT = and(
  TANH_IS_SIGMOID,
  LOSSES_AGREE,
  stationarySigns(L_TANH, 'w', '-+'),
  stationaryViaExp(L_TANH, 'w', N),
  galoisSymmetric(SEPTIC),
  noRadicalRoot(SEPTIC),
  stationaryNotRadical(L_TANH, 'w'),
);

/** The two identities, then the atlas entry's certificates (identity, root counts, isolation, irreducible in z, S_7 in u = z^2). */
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

/** Conversions of the two identities to the statement's wording; signs, transfer and Galois from the certificates. */
function proof() {
  const certs = certificates();
  const [tanhIsSigmoid, lossesAgree, ...entry] = certs;
  const proofs = stationarityProofs(TANH_PROBLEM, entry);
  const irr = byCertificate(entry.find((c) => c.kind === 'irreducible')!);
  const group = byCertificate(entry.find((c) => c.kind === 'galois-symmetric')!);
  if (!proofs.notRadical) throw new Error('no Galois proof for the tanh problem');
  return andIntro(
    conv(byCertificate(tanhIsSigmoid), TANH_IS_SIGMOID),
    conv(byCertificate(lossesAgree), LOSSES_AGREE),
    conv(proofs.signs, stationarySigns(L_TANH, 'w', '-+')),
    conv(proofs.transfer, stationaryViaExp(L_TANH, 'w', N)),
    group,
    galoisNoRadical(irreducibleUnpower(irr, 2), group),
    conv(proofs.notRadical, stationaryNotRadical(L_TANH, 'w')),
  );
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
  statement: STATEMENT,
  gloss:
    'tanh h = 2 s(2h) − 1, and for the data (1, −1/3), (2, 1/2) the tanh loss is 4 times the sigmoid loss of (1, 1/3), (2, 3/4) at 2w. ' +
    'It has exactly one stationary point w*, its global minimum (L\' < 0 left of it, > 0 right of it). L\'(w) = 0 exactly when N(e^w) = f(e^{2w}) = 0 for the S_7 septic f, ' +
    'so u* = e^{2w*} is a root of f, not expressible by radicals; nor is e^{w*} = √u*.',
  source: 'what about other non-linear activation functions? Might some lead to closed-form zeroes?',
  hypotheses: [
    'Scalar weight $`w \\in \\mathbb R`$, activation $`\\tanh`$, squared loss, inputs $`1, 2`$ with targets $`-\\tfrac13, \\tfrac12`$: the sigmoid targets $`\\tfrac13, \\tfrac34`$ under $`t \\mapsto 2t - 1`$, so that $`(t + 1)/2 \\in (0, 1)`$.',
    '"Closed form": expressible by radicals over $`\\mathbb Q`$ (then $`w^* = \\tfrac12 \\ln u^*`$ would be $`\\ln`$ of a radical expression).',
  ],
  expected: 'proved',
  answers: ['other-activations'],
  argument:
    'The kernel proves $`\\tanh h = 2s(2h) - 1`$ and, for these data, $`L_{\\tanh}(w) \\equiv 4 L_s(2w)`$: the tanh problem is the sigmoid septic example with the weight doubled. ' +
    "It differentiates the tanh loss and proves $`L'(w) \\equiv c\\, e^{mw} N(e^w)/D(e^w)`$ with $`N(z) = f(z^2)`$ of degree 14; with Sturm's root counts and the signs of $`N`$ at the ends of the isolating interval, signs-via-exp gives one zero with $`L' < 0`$ before and $`> 0`$ after it. " +
    '$`N`$ is irreducible, so $`f`$ is (irreducible-unpower: a factorisation of $`f`$ would factor $`N`$); with $`\\mathrm{Gal}(f) \\cong S_7`$ no root of $`f`$ is a radical expression (galois-no-radical), hence none of $`N`$ (no-radical-power: $`z^2`$ would be one), hence no $`e^{w^*}`$ (stationary-not-radical).',
  evidence: (ctx) => [ladder(ctx.precisions)],
  certificate: () => certificates(),
  proof: () => proof(),
});
