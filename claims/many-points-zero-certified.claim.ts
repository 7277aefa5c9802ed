import type { Decimal } from 'decimal.js';
import { byCertificate, checkProperty, defineClaim, fact, precisionLadder, rat, type Certificate, type ClaimContext, type Figure, type LadderEvidence, type PropertyRun } from '../src/index.js';
import { cmp, parseRational, type Rational } from '../src/algebra/rational.js';
import { rationalIn } from '../src/evidence/arbitraries.js';
import { float64LossGrid } from '../src/evidence/iterations.js';
import { stationaryPointsCertificate } from '../src/neuron/analysis.js';
import { parseDataString } from '../src/neuron/data.js';
import { adGradient, adHessian, pointModel } from '../src/neuron/evaluate.js';
import { intervalGradientSystem, type Problem } from '../src/neuron/model.js';
import { symmetricBox, type RationalBox } from '../src/numeric/box.js';
import { intervalBox, tightEnclosure } from '../src/numeric/branch-and-prune.js';
import { decimalContext } from '../src/numeric/context.js';
import { IntervalContext } from '../src/numeric/interval.js';
import { newton } from '../src/numeric/iteration.js';
import { contourPlot } from '../src/report/svg/index.js';

/** The 2-D example of the numerics issue: four points, sigmoid activation, squared loss. */
const DATA = '1,0:1/3;0,1:3/4;1,1:1/2;1,-1:2/5';
const PROBLEM: Problem = { activation: 'sigmoid', loss: 'mse', data: parseDataString(DATA) };
const HALF_WIDTH = 10;
const HALF_WIDTH_N = 10n;
const BOX: RationalBox = symmetricBox(rat(HALF_WIDTH), 2);
/** Working digits of the certified search and of the kernel's re-check (enclosures about 10^-11 wide). */
const CERTIFICATE_DIGITS = 20;

let cached: Certificate | null = null;

/** The branch-and-prune certificate, searched once per run (evidence and properties start from its isolation box). */
function certificate(): Certificate {
  cached ??= stationaryPointsCertificate(PROBLEM, BOX, CERTIFICATE_DIGITS);
  return cached;
}

interface ZeroRecord {
  isolation: [string, string][];
  enclosure: [string, string][];
  kind: string;
}

function zeros(): ZeroRecord[] {
  return certificate().zeros as ZeroRecord[];
}

function rationalBox(pairs: [string, string][]): RationalBox {
  return pairs.map(([lo, hi]) => [parseRational(lo), parseRational(hi)] as [Rational, Rational]);
}

/** Midpoint of a verified enclosure of the zero at p digits: a Newton point inside the isolation box, widened until Krawczyk proves it holds the zero. */
function enclosureMidpoint(p: number): string[] {
  const ic = new IntervalContext(p);
  const Z = intervalBox(ic, rationalBox(zeros()[0].isolation));
  const Y = tightEnclosure(ic, intervalGradientSystem(PROBLEM, ic), Z, decimalContext(5).pow(10, -(p - 10)));
  return Y.map((y) => ic.mid(y).toFixed());
}

/** Newton's method on grad L = 0 (point arithmetic, analytic Hessian) at p digits from the origin. */
function newtonLimit(p: number): string[] {
  const steps = Math.ceil(Math.log2(p)) + 6;
  return newton(PROBLEM, [rat(0), rat(0)], p, steps).iterates.at(-1) as string[];
}

function ladder(precisions: readonly number[]): LadderEvidence {
  return precisionLadder('w^*', `the zero of \u2207L in [−10, 10]², data ${DATA}`, precisions, [
    { name: 'midpoint of a Krawczyk-verified enclosure (outward rounding) built inside the certified isolation box', compute: enclosureMidpoint },
    { name: "Newton's method on the analytic gradient and Hessian (point arithmetic), from w = (0, 0)", compute: newtonLimit },
  ]);
}

function inside(w: string[], box: RationalBox): boolean {
  return w.every((x, j) => cmp(parseRational(x), box[j][0]) >= 0 && cmp(parseRational(x), box[j][1]) <= 0);
}

/** Relative agreement max_k |a_k − b_k| <= 10^-digits · max_k |a_k| of two vectors of decimals. */
function agree(a: Decimal[], b: Decimal[], digits: number): boolean {
  const D = decimalContext(40);
  const diff = D.max(...a.map((x, k) => D.sub(x, b[k]).abs()));
  const scale = D.max(...a.map((x) => x.abs()));
  return diff.lte(D.mul(scale, D.pow(10, -digits)));
}

/**
 * The kernel evaluates the model's analytic gradient and Hessian: compare them with automatic differentiation of the
 * loss itself; and Newton from random starts: whatever limit it reaches inside [−10, 10]² is the certified zero.
 */
function properties(ctx: ClaimContext): PropertyRun[] {
  const isolation = rationalBox(zeros()[0].isolation);
  const D = decimalContext(30);
  const model = pointModel(PROBLEM, 30);
  const anywhere = rationalIn(-HALF_WIDTH_N, HALF_WIDTH_N, 100n);
  const near = rationalIn(-1n, 1n, 16n);
  return [
    checkProperty(
      ctx,
      'at a random rational w in [−10, 10]², the analytic gradient and Hessian (what the kernel encloses) agree with dual / hyper-dual AD of the loss to ≥ 25 of 30 digits',
      [anywhere, anywhere],
      (a, b) => {
        const w = [a, b].map((r) => D.div(r.num.toString(), r.den.toString()));
        return agree(model.gradient(w), adGradient(PROBLEM, w, 30).gradient, 25) && agree(model.hessian(w).flat(), adHessian(PROBLEM, w, 30).flat(), 25);
      },
      100,
    ),
    checkProperty(
      ctx,
      "Newton's method (30 digits, 20 steps) from a random start in [−1, 1]² either leaves [−10, 10]² (it often runs off to a plateau) or ends in the certified zero's isolation box with gradient below 10^-20",
      [near, near],
      (a, b) => {
        const w = newton(PROBLEM, [a, b], 30, 20).iterates.at(-1) as string[];
        if (!inside(w, BOX)) return true;
        return inside(w, isolation) && model.gradient(w.map((x) => new D(x))).every((g) => g.abs().lt('1e-20'));
      },
      30,
    ),
  ];
}

const GRID = 121;

function contourFigure(): Figure {
  const span = { min: -HALF_WIDTH, max: HALF_WIDTH };
  const grid = float64LossGrid(PROBLEM, span, span, GRID);
  const z = zeros()[0];
  const mid = z.enclosure.map(([lo, hi]) => (Number(lo) + Number(hi)) / 2);
  const levels = [0.02, 0.03, 0.05, 0.08, 0.12, 0.17, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75];
  const svg = contourPlot({
    title: 'L(w) for the four points of the 2-D example on [−10, 10]²',
    x: { label: 'w₁', min: -HALF_WIDTH, max: HALF_WIDTH },
    y: { label: 'w₂', min: -HALF_WIDTH, max: HALF_WIDTH },
    grid,
    levels,
    labelledLevels: [0.12, 0.25, 0.35, 0.45, 0.55, 0.65],
    linesLabel: 'level sets of L (float64 grid)',
    markers: [{ x: mid[0], y: mid[1], label: 'w*' }],
  });
  return {
    file: 'two-d-contours.svg',
    caption:
      `Level sets of L(w) = ½ Σ (t_i − s(w·x_i))² for the data ${DATA} on [−10, 10]² at the levels ${levels.join(', ')}, drawn from a ${GRID} × ${GRID} grid of loss values computed in float64 (the picture only; nothing is inferred from it). ` +
      `The diamond w* ≈ (${mid[0].toFixed(4)}, ${mid[1].toFixed(4)}) is the only zero of the gradient in the box, enclosed, proved unique and proved a strict local minimum by the kernel; the certificate proves that the gradient vanishes nowhere else in the box. ` +
      'Far from w* the surface flattens into plateaus where the sigmoids saturate: the gradient there is tiny but, as the certificate shows, not zero.',
    svg,
  };
}

export default defineClaim({
  id: 'many-points-zero-certified',
  title: 'The 2-D four-point example: every zero of the gradient in [−10, 10]² enclosed, proved unique, none elsewhere',
  statement: fact(certificate()),
  gloss:
    'L(w) = ½ Σ (t_i − s(w·x_i))² for the four points ((1,0), 1/3), ((0,1), 3/4), ((1,1), 1/2), ((1,−1), 2/5): ∇L has exactly one zero w* in [−10, 10]², a strict local minimum of L, inside the printed enclosure, ' +
    'w* = (−0.3995895944…, 0.5059393399…) (the digits common to both ends of the enclosure). The statement is what the stationary-points checker states on accepting this certificate (a fact: the zero set of a gradient on a box has no proposition form of its own yet).',
  source:
    'does the gradient expression even have a zero, even if it cannot be found in a closed-form? … what would the canonical procedure to solve for the zeroes in this function?',
  hypotheses: [
    'Weights $`\\mathbf w \\in [-10, 10]^2`$; the four data points $`((1,0), \\tfrac13)`$, $`((0,1), \\tfrac34)`$, $`((1,1), \\tfrac12)`$, $`((1,-1), \\tfrac25)`$ (exact rationals, the `--data` string of the numerics example).',
    'Activation $`s(h) = 1/(1 + e^{-h})`$, squared loss $`L(\\mathbf w) = \\tfrac12 \\sum_i (t_i - s(\\mathbf w\\cdot\\mathbf x_i))^2`$; its gradient and Hessian are the analytic chain-rule formulas of the model (the gradient is the one proved in `gradient-formula`).',
  ],
  expected: 'proved',
  dependsOn: ['gradient-formula'],
  answers: ['zero-exists', 'procedure'],
  argument:
    "The statement is the conclusion of the `stationary-points` certificate (a `fact`): the kernel re-derives every box of the branch-and-prune tree, proves each leaf zero-free or inside the isolation box of the single listed zero, and proves that zero unique there and inside its enclosure (Krawczyk / interval Newton). " +
    'Its kind `minimum` is the kernel\'s inertia test: the interval Hessian over the enclosure is positive definite, so by the second-derivative test $`\\mathbf w^*`$ is a strict local minimum. ' +
    'The decimal digits shown are common to both ends of the certified enclosure in each coordinate (the enclosure is in the statement); the longer digits in the ladder are evidence.',
  evidence: (ctx) => [ladder(ctx.precisions)],
  properties: (ctx) => properties(ctx),
  certificate: () => [certificate()],
  proof: () => byCertificate(certificate()),
  figures: () => [contourFigure()],
});
