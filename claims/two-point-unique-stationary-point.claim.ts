import { and, andElim, andIntro, byCertificate, conv, defineClaim, precisionLadder, rat, rootCount, stationarySigns, stationaryViaExp, type Figure, type LadderEvidence } from '../src/index.js';
import { closedFormAnalysis } from '../src/neuron/closed-form.js';
import { pointModel } from '../src/neuron/evaluate.js';
import { certifiedStationarity, toModelProblem } from '../src/neuron/stationarity-certificate.js';
import { stationarityProofs } from '../src/neuron/stationarity-proof.js';
import type { ScalarProblem } from '../src/neuron/stationarity.js';
import { decimalContext } from '../src/numeric/context.js';
import { newton } from '../src/numeric/iteration.js';
import { parseRational } from '../src/algebra/rational.js';
import { PALETTE, stackedLinePlot } from '../src/report/svg/index.js';

/** The two points (1, 1/3) and (2, 3/4), sigmoid activation, squared loss. */
const PROBLEM: ScalarProblem = { activation: 'sigmoid', loss: 'mse', data: [{ x: 1n, t: rat(1, 3) }, { x: 2n, t: rat(3, 4) }] };
const MODEL = toModelProblem(PROBLEM);
/** The loss as the statement writes it. */
const LOSS = '1/2*(1/3 - sigmoid(w))^2 + 1/2*(3/4 - sigmoid(2*w))^2';
/** N(z) = 4z^7 + z^6 + 21z^5 − 6z^4 − 12z^3 − 33z^2 − 5z − 2, highest power first. */
const SEPTIC = ['4', '1', '21', '-6', '-12', '-33', '-5', '-2'];

const STATEMENT = and(stationarySigns(LOSS, 'w', '-+'), stationaryViaExp(LOSS, 'w', SEPTIC), rootCount(SEPTIC, '0', '+inf', 1), rootCount(SEPTIC, '1', '2', 1));

/** The certificates of the exact analysis, checked against what the statement names (one minimum isolated in (1, 2]). */
function certificates() {
  const { exact, certificates } = certifiedStationarity(PROBLEM);
  const interval = exact.points.map((p) => p.isolation.interval);
  if (exact.points.length !== 1 || exact.points[0].kind !== 'minimum' || JSON.stringify(interval) !== '[["1","2"]]') {
    throw new Error(`the statement names one minimum isolated in (1, 2]; the exact analysis now gives ${JSON.stringify(interval)}`);
  }
  return certificates;
}

/** w* = ln z* to `digits` places, from the Sturm-isolated root z* of N refined exactly and an outward-rounded ln. */
function exactW(digits: number): string {
  return closedFormAnalysis(PROBLEM, digits).stationaryPoints[0].w[0];
}

/** Newton's method on the analytic L'(w) (the model, no polynomial) at `precision` digits from w = 1/4. */
function newtonW(precision: number): string {
  const steps = Math.ceil(Math.log2(precision)) + 4;
  const history = newton(MODEL, [rat(1, 4)], precision, steps);
  return history.iterates[history.iterates.length - 1][0];
}

function ladder(precisions: readonly number[]): LadderEvidence {
  return precisionLadder('w^*', 'data (1, 1/3), (2, 3/4), sigmoid, squared loss', precisions, [
    { name: 'exact: root of N isolated by Sturm, refined by bisection, ln rounded outward', compute: (p) => exactW(p) },
    { name: "Newton's method on the analytic L'(w) (no polynomial), from w = 1/4", compute: (p) => newtonW(p) },
  ]);
}

const W_MIN = -6;
const W_MAX = 6;
const SAMPLES = 241;

function lossFigure(): Figure {
  const model = pointModel(MODEL, 30);
  const D = decimalContext(30);
  const grid = Array.from({ length: SAMPLES }, (_, k) => W_MIN + ((W_MAX - W_MIN) * k) / (SAMPLES - 1));
  const values = grid.map((w) => {
    const { loss, gradient } = model.lossAndGradient([new D(w)]);
    return { w, L: loss.toNumber(), dL: gradient[0].toNumber() };
  });
  const wStar = parseRational(exactW(20));
  const star = Number(wStar.num) / Number(wStar.den);
  const atStar = model.lossAndGradient([D.div(wStar.num.toString(), wStar.den.toString())]);
  const label = `w* = ${star.toFixed(4)} (certified global minimum)`;
  const svg = stackedLinePlot({
    title: 'L(w) = ½(1/3 − s(w))² + ½(3/4 − s(2w))² and its derivative',
    panels: [
      {
        x: { label: 'w', min: W_MIN, max: W_MAX },
        y: { label: 'L(w)', min: 0, max: 0.4 },
        series: [{ label: 'L(w)', points: values.map((v) => [v.w, v.L] as const), style: 'line', color: PALETTE[0] }],
        markers: [{ x: star, y: atStar.loss.toNumber(), label }],
        height: 280,
      },
      {
        x: { label: 'w', min: W_MIN, max: W_MAX },
        y: { label: "L'(w)", min: -0.2, max: 0.12 },
        series: [
          { label: "L'(w)", points: values.map((v) => [v.w, v.dL] as const), style: 'line', color: PALETTE[1] },
          { label: '0', points: [[W_MIN, 0], [W_MAX, 0]], style: 'line', dash: true, color: '#777777' },
        ],
        markers: [{ x: star, y: 0, label }],
        height: 280,
      },
    ],
  });
  return {
    file: 'two-point-loss.svg',
    caption:
      "The loss of the two points (1, 1/3), (2, 3/4) (top) and its derivative (bottom) on w ∈ [−6, 6], evaluated at 30 digits. L' is negative left of w* and positive right of it, " +
      'and the kernel-checked certificates prove this for the whole real line, not just the plotted window: w* is the only stationary point and the global minimum. ' +
      'Far from w* the loss flattens towards its limits ½(1/9 + 9/16) as w → −∞ and ½(4/9 + 1/16) as w → +∞ without reaching them.',
    svg,
  };
}

export default defineClaim({
  id: 'two-point-unique-stationary-point',
  title: 'Two points (1, 1/3), (2, 3/4): exactly one stationary point on the whole real line, the global minimum',
  statement: STATEMENT,
  gloss:
    "L(w) = ½(1/3 − s(w))² + ½(3/4 − s(2w))² has exactly one stationary point w* on the whole real line; L' < 0 left of it and L' > 0 right of it, so L decreases strictly, then increases strictly: " +
    'w* is the unique global minimiser. L\'(w) = 0 exactly when N(e^w) = 0 for the septic N, which has exactly one positive root z*, in (1, 2]; so w* = ln z*. ' +
    'Its digits, w* = 0.261977015217003283918731227013527025…, are evidence (the precision ladder), not part of the statement.',
  source:
    'does the gradient expression even have a zero, even if it cannot be found in a closed-form? … what would the canonical procedure to solve for the zeroes in this function?',
  hypotheses: [
    'A scalar weight $`w \\in \\mathbb R`$ and the two data points $`(x, t) = (1, \\tfrac13)`$ and $`(2, \\tfrac34)`$; activation $`s(h) = 1/(1 + e^{-h})`$, squared loss $`L(w) = \\tfrac12 \\sum_i (t_i - s(w x_i))^2`$.',
    'The substitution $`z = e^{w}`$: an increasing bijection from $`\\mathbb R`$ onto $`(0, \\infty)`$.',
  ],
  expected: 'proved',
  answers: ['zero-exists', 'procedure'],
  argument:
    "The kernel differentiates the loss written with the data and proves $`L'(w) \\equiv \\tfrac16\\, e^{w} N(e^{w}) / D(e^{w})`$ with $`D(z) = (1 + z)^3 (1 + z^2)^3`$ (derivative identity); Sturm's theorem gives $`D`$ no root and $`N`$ exactly one root in $`(0, \\infty)`$, and one in $`(1, 2]`$. " +
    "The rule signs-via-exp evaluates $`N(1) < 0 < N(2)`$ itself: by the intermediate value theorem $`N < 0`$ on $`(0, z^*)`$ and $`N > 0`$ on $`(z^*, \\infty)`$, and since $`w \\mapsto e^w`$ is an increasing bijection onto $`(0, \\infty)`$, $`L' < 0`$ on $`(-\\infty, w^*)`$ and $`L' > 0`$ on $`(w^*, \\infty)`$. " +
    'exp-transfer gives $`L\'(w) = 0 \\iff N(e^w) = 0`$. A final conversion rewrites the loss the kernel differentiated to the wording of the statement.',
  evidence: (ctx) => [ladder(ctx.precisions)],
  certificate: () => certificates(),
  proof: () => {
    const certs = certificates();
    const proofs = stationarityProofs(PROBLEM, certs);
    const isolation = certs.find((c) => c.kind === 'isolated-root')!;
    const count = certs.find((c) => c.kind === 'real-root-count' && c.count === 1)!;
    return andIntro(
      conv(proofs.signs, stationarySigns(LOSS, 'w', '-+')),
      conv(proofs.transfer, stationaryViaExp(LOSS, 'w', SEPTIC)),
      byCertificate(count),
      andElim(byCertificate(isolation), 0),
    );
  },
  figures: () => [lossFigure()],
});
