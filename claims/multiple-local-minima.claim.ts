import { and, andIntro, byCertificate, conv, defineClaim, rat, rootCount, stationarySigns, stationaryViaExp, type Figure, type TableEvidence } from '../src/index.js';
import { parseRational } from '../src/algebra/rational.js';
import { closedFormAnalysis } from '../src/neuron/closed-form.js';
import { pointModel } from '../src/neuron/evaluate.js';
import { certifiedStationarity, toModelProblem } from '../src/neuron/stationarity-certificate.js';
import { stationarityProofs } from '../src/neuron/stationarity-proof.js';
import type { ScalarProblem } from '../src/neuron/stationarity.js';
import { decimalContext } from '../src/numeric/context.js';
import { correctDigits, newton } from '../src/numeric/iteration.js';
import { PALETTE, stackedLinePlot } from '../src/report/svg/index.js';

/** (1, 9/10), (3, 2/3): found by an exact search (Sturm counts, no doubles) over two points with inputs 1..5 and targets p/q, q ≤ 10. */
const PROBLEM: ScalarProblem = { activation: 'sigmoid', loss: 'mse', data: [{ x: 1n, t: rat(9, 10) }, { x: 3n, t: rat(2, 3) }] };
const MODEL = toModelProblem(PROBLEM);
const DIGITS = 40;
/** The statement's wording: the loss and N(z) = z^7 − 12z^6 + 43z^5 − 61z^4 + 69z^3 − 77z^2 + 28z − 9. */
const LOSS = '1/2*(9/10 - sigmoid(w))^2 + 1/2*(2/3 - sigmoid(3*w))^2';
const N = ['1', '-12', '43', '-61', '69', '-77', '28', '-9'];
const STATEMENT = and(stationarySigns(LOSS, 'w', '-+-+'), stationaryViaExp(LOSS, 'w', N), rootCount(N, '0', '+inf', 3));

/** The certificates of the exact analysis, checked against the kinds the statement names. */
function certificates() {
  const { exact, certificates } = certifiedStationarity(PROBLEM);
  const kinds = exact.points.map((p) => p.kind).join(', ');
  if (kinds !== 'minimum, maximum, minimum') throw new Error(`the statement names a minimum, a maximum and a minimum; the exact analysis now gives ${kinds}`);
  return certificates;
}

/** Signs and transfer from the certificates, converted to the statement's wording, and Sturm's count. */
function proof() {
  const certs = certificates();
  const proofs = stationarityProofs(PROBLEM, certs);
  const count = certs.find((c) => c.kind === 'real-root-count' && c.count === 3)!;
  return andIntro(conv(proofs.signs, stationarySigns(LOSS, 'w', '-+-+')), conv(proofs.transfer, stationaryViaExp(LOSS, 'w', N)), byCertificate(count));
}

interface Found {
  kind: string;
  exact: string;
}

let found: Found[] | undefined;

function points(): Found[] {
  found ??= closedFormAnalysis(PROBLEM, DIGITS).stationaryPoints.map((p) => ({ kind: p.kind, exact: p.w[0] }));
  return found;
}

/** Each certified point beside Newton's method started 1/10 away (analytic model, no polynomial) and the sign of L'' there. */
function newtonTable(): TableEvidence {
  const D = decimalContext(DIGITS + 10);
  const model = pointModel(MODEL, DIGITS + 10);
  const rows = points().map((p) => {
    const start = parseRational(Number(p.exact).toFixed(1));
    const history = newton(MODEL, [start], DIGITS + 10, 12);
    const last = history.iterates[history.iterates.length - 1][0];
    const digits = correctDigits([new D(last)], [new D(p.exact)], DIGITS);
    const w = [new D(p.exact)];
    const curvature = model.hessian(w)[0][0];
    const loss = model.loss(w);
    const signOk = p.kind === 'minimum' ? curvature.gt(0) : p.kind === 'maximum' ? curvature.lt(0) : true;
    return { ok: digits >= DIGITS - 2 && signOk, cells: [p.kind, p.exact, last.slice(0, DIGITS + 2), String(digits), curvature.toSignificantDigits(8).toString(), loss.toSignificantDigits(20).toString()] };
  });
  return {
    kind: 'table',
    title: "The three certified stationary points of L(w) = ½(9/10 − s(w))² + ½(2/3 − s(3w))², beside Newton's method on the analytic L' (started at w* rounded to 1 decimal) and L''(w*)",
    criterion: `Newton agrees with the exact w* to at least ${DIGITS - 2} digits and L''(w*) (analytic model, ${DIGITS + 10} digits) is positive at each minimum and negative at the maximum: an independent check of the certified kinds`,
    columns: ['kind', `w* (exact, ${DIGITS} places)`, "Newton on L'", 'digits of agreement', "L''(w*)", 'L(w*)'],
    rows: rows.map((r) => r.cells),
    passed: rows.every((r) => r.ok),
  };
}

function lossFigure(): Figure {
  const model = pointModel(MODEL, 30);
  const D = decimalContext(30);
  const curve = (lo: number, hi: number, n: number) =>
    Array.from({ length: n }, (_, k) => {
      const w = lo + ((hi - lo) * k) / (n - 1);
      return [w, model.loss([new D(w)]).toNumber()] as const;
    });
  const marks = points().map((p, i) => ({ x: Number(p.exact), y: model.loss([new D(p.exact)]).toNumber(), name: `w${i + 1} (${p.kind === 'minimum' ? 'min' : 'max'})` }));
  const losses = marks.map((m) => m.y.toFixed(4));
  return {
    file: 'multiple-local-minima.svg',
    caption:
      'L(w) = ½(9/10 − s(w))² + ½(2/3 − s(3w))² (30-digit evaluation): top, w ∈ [−2, 5]; bottom, a zoom on the three certified stationary points, two strict local minima w1, w3 separated by a local maximum w2. ' +
      `The minima are not equally deep (L ≈ ${losses[0]} at w1, ${losses[2]} at w3, ${losses[1]} at w2): gradient descent started right of w2 ends in the worse one. ` +
      'Each minimum sits near the weight that fits one point alone (w = (ln 2)/3 ≈ 0.23 for (3, 2/3), w = ln 9 ≈ 2.20 for (1, 9/10)); the steeper sigmoid of the input 3 saturates between them and makes the barrier.',
    svg: stackedLinePlot({
      title: 'Two local minima: L(w) for the data (1, 9/10), (3, 2/3)',
      panels: [
        {
          x: { label: 'w', min: -2, max: 5 },
          y: { label: 'L(w)', min: 0, max: 0.25 },
          series: [{ label: 'L(w)', points: curve(-2, 5, 281), style: 'line', color: PALETTE[0] }],
          height: 240,
        },
        {
          x: { label: 'w (zoom)', min: 0, max: 2.6 },
          y: { label: 'L(w)', min: 0.049, max: 0.0565 },
          series: [{ label: 'L(w)', points: curve(0, 2.6, 261), style: 'line', color: PALETTE[0] }],
          markers: marks.map((m) => ({ x: m.x, y: m.y, label: m.name })),
          height: 300,
        },
      ],
    }),
  };
}

export default defineClaim({
  id: 'multiple-local-minima',
  title: "A single sigmoid neuron's squared loss can have more than one local minimum: (1, 9/10), (3, 2/3)",
  statement: STATEMENT,
  gloss:
    "L(w) = ½(9/10 − s(w))² + ½(2/3 − s(3w))² has exactly three stationary points w_1 < w_2 < w_3 on R, and L' is negative, positive, negative, positive on the four intervals they cut R into: " +
    'strict local minima at w_1 ≈ 0.48480 and w_3 ≈ 1.92091, a strict local maximum at w_2 ≈ 1.22657 (decimals: evidence, not part of the statement). L\'(w) = 0 exactly when N(e^w) = 0, and N has exactly three positive roots e^{w_1}, e^{w_2}, e^{w_3}.',
  source: 'does the gradient expression even have a zero, even if it cannot be found in a closed-form? … what would the canonical procedure to solve for the zeroes in this function?',
  hypotheses: [
    'Scalar weight $`w \\in \\mathbb R`$, sigmoid activation $`s(h) = 1/(1 + e^{-h})`$, squared loss, the two points $`(1, \\tfrac{9}{10})`$ and $`(3, \\tfrac23)`$.',
    'The decimals of $`w_1, w_2, w_3`$ are evidence (exact isolation refined, outward-rounded ln), not part of what the certificates prove; the certificates prove the count, the order and the kinds. Cf. Auer, Herbster and Warmuth, "Exponentially many local minima for single neurons" (NIPS 1995), who build such losses with many minima.',
  ],
  expected: 'proved',
  answers: ['zero-exists', 'procedure'],
  argument:
    "The kernel differentiates the loss and proves $`L'(w) \\equiv c\\, e^{mw} N(e^w)/D(e^w)`$; Sturm's theorem gives $`D`$ no root and $`N`$ exactly three roots $`z_1 < z_2 < z_3`$ in $`(0, \\infty)`$. " +
    'signs-via-exp evaluates $`N`$ at the four ends of the isolating intervals itself, finds the signs $`-, +, -, +`$, and by the intermediate value theorem (one root between each pair) and the increasing bijection $`w \\mapsto e^w`$ concludes the signs of $`L\'`$ on the four intervals: $`w_1 = \\ln z_1`$ and $`w_3 = \\ln z_3`$ are strict local minima and $`w_2`$ a strict local maximum (first-derivative test), so more than one local minimum.',
  evidence: () => [newtonTable()],
  certificate: () => certificates(),
  proof: () => proof(),
  figures: () => [lossFigure()],
});
