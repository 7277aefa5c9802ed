/**
 * The result object of `npm run analyze`: every stationary point of the loss in [-B, B]^d, certified, and
 * optionally the loss and gradient at one point. A pure function of the request; the CLI only prints it.
 * Fields are never renamed; later issues add fields (e.g. closed-form information for d = 1).
 */
import { lossExpression, weightNames } from './loss-expression.js';
import { lossGradientSystem } from '../kernel/interval-expr.js';
import type { IntervalSystem } from '../numeric/zeros.js';
import { Decimal } from 'decimal.js';
import { cmp, mul, parseRational, rat, ratToString, sub, ZERO, type Rational } from '../algebra/rational.js';
import type { Certificate } from '../kernel/types.js';
import { symmetricBox, type RationalBox } from '../numeric/box.js';
import { findCriticalPoints, tightEnclosure, type CriticalPoint, type SearchOptions, type SearchProgress, type SearchResult } from '../numeric/branch-and-prune.js';
import { decimalContext } from '../numeric/context.js';
import { hessianKind, type CriticalKind } from '../numeric/inertia.js';
import { IntervalContext, type Interval } from '../numeric/interval.js';
import { ballModelField, gradientAt, intervalGradientSystem, prepare, type Problem } from './model.js';
import { f64GradientSystem } from './f64-system.js';
import { BallContext, bitsForDigits } from '../numeric/ball/context.js';
import { exactDecimal } from '../numeric/ieee754.js';
import { intersect, midpoint, roundDown, roundUp, type F64Interval } from '../numeric/f64/interval.js';
import { imageMap, preimageBox, principalBasis, transformedProblem } from './principal-axes.js';
import { certifyAround, certifyIn, descend, findGradientZeros, type F64Undecided, type F64Zero } from '../numeric/f64/prune.js';
import { zeroTest } from '../numeric/zeros.js';
import { closedFormAnalysis, type ClosedFormAnalysis, type ClosedFormPoint } from './closed-form.js';
import { exactD2Fields, type ExactD2Analysis } from './exact-d2-analysis.js';
import { pointModel } from './evaluate.js';
import { divergenceDirection, type Divergence } from './divergence.js';
import { toScalarProblem, type Activation as ScalarActivation } from './stationarity.js';

/**
 * One certified stationary point: exactly one in `enclosure` (proved); `inBox`: the enclosure lies in the search box;
 * `onBoundary` (only when not `inBox`): the enclosure meets the closed box without lying in it, so the point may lie in
 * the box (on or next to its boundary: w* = 3 exactly for --box 3) or just outside it; undecided by the enclosure.
 */
export interface StationaryPointReport {
  w: string[];
  enclosure: [string, string][];
  status: 'unique';
  kind: CriticalKind;
  loss: string;
  inBox: boolean;
  onBoundary?: true;
}

/** A box the search left undecided (it may hold stationary points): its ends, a centre, and a rigorous lower bound of L on it. */
export interface UndecidedBoxReport {
  enclosure: [string, string][];
  w: string[];
  lossLowerBound: string;
}

/** The loss and gradient at one point: values to the requested digits and rigorous enclosures of the gradient. */
export interface AtReport {
  w: string[];
  loss: string;
  gradient: string[];
  gradientEnclosure: [string, string][];
}

/** How the search went: boxes examined out of the budget, working precision, undecided boxes. */
export interface SearchReport {
  boxes: number;
  maxBoxes: number;
  precision: number;
  unknownBoxes: number;
}

/**
 * A stationary point found by the exact algebra (d = 1, integer inputs): the numeric fields, with `w` correctly
 * rounded from the exact root, plus z* = e^(w*), its minimal polynomial, Galois status, closed form and certificate.
 */
export type ExactStationaryPointReport = StationaryPointReport & Omit<ClosedFormPoint, 'w' | 'kind'>;

/**
 * The analyze result; every number is a decimal string. `complete` is true only when every part of the box was decided.
 * `stationaryPoints` holds certified points only; `undecidedBoxes` the boxes left undecided, by increasing loss lower bound.
 * For d = 1 with integer inputs (sigmoid, tanh or exp), the exact algebra adds `numerator`, `allFound: true` (every
 * stationary point on the whole real line is listed, inside the box or not) and, when there is none, `explanation`;
 * when it refuses (e.g. the polynomial's degree is too large), `exactRefused` says why and the box search stands alone.
 */
export interface AnalyzeResult {
  activation: Problem['activation'];
  loss: Problem['loss'];
  data: { x: string[]; t: string }[];
  box: [string, string][];
  stationaryPoints: (StationaryPointReport | ExactStationaryPointReport)[];
  undecidedBoxes: UndecidedBoxReport[];
  /** Stationary points certified (existence and uniqueness in `enclosure`) inside undecided boxes by Newton + Krawczyk; others may exist there. */
  localPoints: StationaryPointReport[];
  complete: boolean;
  search?: SearchReport;
  at?: AtReport;
  numerator?: string[];
  allFound?: true;
  explanation?: string;
  exactRefused?: string;
  /** d = 2, sigmoid, squared loss, integer inputs: every stationary point on all of R² by elimination (src/neuron/exact-d2-analysis.ts). */
  exactD2?: ExactD2Analysis;
  /** Why the exact d = 2 analysis refused the problem (the box search stands alone). */
  exactD2Refused?: string;
  /** What the search's negative answers (no stationary point in a part of the box) rest on beyond the kernel's arithmetic. */
  trust?: string[];
  /** `complete-search` (branch-and-prune over the box, d <= COMPLETE_MAX_DIMENSION) or `local` (certified local answers only). */
  mode?: 'complete-search' | 'local';
  /** When the search is incomplete and the data are separable with saturating targets: a certified direction of unbounded decrease. */
  divergence?: Divergence;
}

/** What to analyze: the problem, the half-width B of the box [-B, B]^d, digits, the search budget, optionally a point and a progress callback. */
export interface AnalyzeOptions {
  problem: Problem;
  box: Rational;
  digits: number;
  maxBoxes: number;
  at?: Rational[];
  onProgress?: (progress: SearchProgress) => void;
}

/** The default search budget for n data points: about 10^7 point-box evaluations of the float64 search (breast cancer, 2 features, 569 points, completes in 16 105 boxes), at least 10 and at most 50000 boxes. */
export function defaultMaxBoxes(n: number): number {
  return Math.min(50_000, Math.max(10, Math.floor(1e7 / n)));
}

/** Guard digits of the working precision over the requested digits. */
const GUARD = 10;

/** The exact decimal expansion of r when it terminates, else r rounded to `digits` significant digits. */
export function rationalText(r: Rational, digits: number): string {
  let places = 0;
  let scale = 1n;
  while (scale % r.den !== 0n && places <= 4 * r.den.toString().length) {
    places++;
    scale *= 10n;
  }
  if (scale % r.den !== 0n) return plain(decimalContext(digits).div(r.num.toString(), r.den.toString()));
  const n = r.num * (scale / r.den);
  const abs = (n < 0n ? -n : n).toString().padStart(places + 1, '0');
  const text = places === 0 ? abs : `${abs.slice(0, -places)}.${abs.slice(-places)}`.replace(/\.?0+$/, '');
  return n < 0n ? `-${text}` : text;
}

/** x as a decimal string: plain digits for 10^−60 <= |x| < 10^101, exponent notation outside (10^−9e15 prints in 20 characters). */
function plain(x: Decimal): string {
  if (x.isZero()) return '0';
  return x.e < -60 || x.e > 100 ? x.toExponential() : x.toFixed();
}

/** A point coordinate to `digits` digits relative to max(1, |x|): below 1 in size it is accurate absolutely, not relatively. */
function coordinate(x: Decimal, digits: number): string {
  const places = digits - 1 - Math.max(-1, x.isZero() ? -1 : x.e);
  return plain(places >= 0 ? x.toDecimalPlaces(places) : x.toSD(digits));
}

/** The interval's ends rounded outward to `digits` significant digits (the printed interval still encloses). */
function outward(x: Interval, digits: number): [string, string] {
  return [plain(x.lo.toSD(digits, Decimal.ROUND_FLOOR)), plain(x.hi.toSD(digits, Decimal.ROUND_CEIL))];
}

/** The search limits: the budget, no split below 2^-40 of the box's widest side, enclosures narrower than 10^-digits. */
function searchOptions(box: RationalBox, digits: number, maxBoxes: number, onProgress?: (p: SearchProgress) => void): SearchOptions {
  const widest = box.reduce((w, [lo, hi]) => (cmp(sub(hi, lo), w) > 0 ? sub(hi, lo) : w), ZERO);
  return { maxBoxes, minWidth: mul(widest, rat(1n, 2n ** 40n)), enclosureWidth: decimalContext(5).pow(10, -digits), onProgress };
}

/**
 * The gradient system the search uses: the kernel's own interval evaluation of the derivatives of the formal loss
 * (so that every box the search certifies, the kernel's `stationary-points` checker re-certifies the same way), or
 * the model's interval code for relu, which has no formal expression.
 */
function searchSystem(problem: Problem, ic: IntervalContext): IntervalSystem {
  if (problem.activation === 'relu') return intervalGradientSystem(problem, ic);
  return lossGradientSystem(ic, lossExpression(problem), weightNames(problem.data[0].x.length));
}

/** The certified search for the stationary points of the loss in `box` at `precision` digits (enclosures to 10^-(precision-GUARD)). */
export function searchStationaryPoints(
  problem: Problem,
  box: RationalBox,
  precision: number,
  maxBoxes: number,
  onProgress?: (progress: SearchProgress) => void,
): SearchResult<CriticalPoint> {
  const ic = new IntervalContext(precision);
  return findCriticalPoints(ic, searchSystem(problem, ic), box, searchOptions(box, precision - GUARD, maxBoxes, onProgress));
}

function boxStrings(X: Interval[]): [string, string][] {
  return X.map((x) => [plain(x.lo), plain(x.hi)]);
}

/**
 * A `stationary-points` certificate for the problem on `box` at `precision` digits (search within `maxBoxes`), for
 * the kernel checker to re-verify. Its tree has `?` leaves, which the checker rejects, when the search was incomplete.
 */
export function stationaryPointsCertificate(
  problem: Problem,
  box: RationalBox,
  precision: number,
  maxBoxes = defaultMaxBoxes(problem.data.length),
): Certificate {
  return certificateOf(problem, box, precision, searchStationaryPoints(problem, box, precision, maxBoxes));
}

function certificateOf(problem: Problem, box: RationalBox, precision: number, result: SearchResult<CriticalPoint>): Certificate {
  return {
    kind: 'stationary-points',
    loss: lossExpression(problem),
    variables: weightNames(problem.data[0].x.length),
    box: box.map(([lo, hi]) => [ratToString(lo), ratToString(hi)]),
    precision,
    tree: result.tree,
    zeros: result.zeros.map((z) => ({ isolation: boxStrings(z.isolation), enclosure: boxStrings(z.enclosure), kind: z.kind })),
  };
}

function lexicographic(a: Decimal[], b: Decimal[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = a[i].cmp(b[i]);
    if (c !== 0) return c;
  }
  return 0;
}

/** The trusted assumption behind every "no stationary point here" of the fast search (also in numeric/f64/elementary.ts). */
export const TRUST_F64 =
  'exclusions and completeness use float64 intervals (IEEE 754 round-to-nearest plus one ulp outward) and assume Math.exp, Math.log and Math.tanh err by at most 2^-30 relative + 2^-1021 absolute (far weaker than V8\'s documented < 1 ulp); every reported enclosure is re-proved with decimal intervals at the working precision';

/** The exact decimal interval of a float64 interval (ends are doubles, printed exactly; ±Infinity kept). */
function decimalInterval(x: F64Interval): Interval {
  const end = (v: number) => (Number.isFinite(v) ? new Decimal(exactDecimal(v)) : new Decimal(v));
  return { lo: end(x.lo), hi: end(x.hi) };
}

/** True iff the decimal box lies inside the rational box. */
function insideBox(X: Interval[], box: RationalBox): boolean {
  return X.every((x, j) => cmp(parseRational(x.lo.toFixed()), box[j][0]) >= 0 && cmp(parseRational(x.hi.toFixed()), box[j][1]) <= 0);
}

/** True iff the decimal box meets the closed rational box. */
function meetsBox(X: Interval[], box: RationalBox): boolean {
  return X.every((x, j) => cmp(parseRational(x.hi.toFixed()), box[j][0]) >= 0 && cmp(parseRational(x.lo.toFixed()), box[j][1]) <= 0);
}

/** The outcome of the fast search, every zero re-proved at decimal precision. */
interface FastSearch {
  zeros: CriticalPoint[];
  local: CriticalPoint[];
  undecided: F64Undecided[];
  boxes: number;
  complete: boolean;
}

/**
 * A zero the float64 search proved unique in `isolation`, re-proved with decimal intervals: Newton at the working
 * precision from the float64 enclosure and a Krawczyk / interval Newton test on a narrow box around its limit; the
 * kind from the decimal interval Hessian there. Null when the decimal test does not pass.
 */
function recheck(ic: IntervalContext, sys: IntervalSystem, z: F64Zero, digits: number): CriticalPoint | null {
  const toDecimal = (X: F64Interval[]) => X.map((x) => { const d = decimalInterval(x); return { lo: ic.point(d.lo).lo, hi: ic.point(d.hi).hi }; });
  const E = toDecimal(z.enclosure);
  const Y = tightEnclosure(ic, sys, E, decimalContext(5).pow(10, -digits));
  if (Y === E && zeroTest(ic, sys, E).status !== 'unique') return null;
  return { isolation: toDecimal(z.isolation), enclosure: Y, kind: hessianKind(ic, sys.jacobian(Y)) };
}

/** How many undecided boxes (lowest loss bound first) the local certification tries. */
const LOCAL_TRIES = 5;

/** The largest dimension the complete box search is tried in by default; above it analyze certifies local answers. */
export const COMPLETE_MAX_DIMENSION = 5;

/** The starts of the local search: the centre of the box and the corners' midpoints towards ±box/2 along each axis pair. */
function localStarts(X0: F64Interval[]): number[][] {
  const c = X0.map(midpoint);
  const half = X0.map((x) => (x.hi - x.lo) / 4);
  return [c, c.map((ci, i) => ci + half[i]), c.map((ci, i) => ci - half[i])];
}

/**
 * The local answer when the box is too big to search completely: damped Newton descent in float64 from a few starts,
 * each limit certified (Krawczyk on a small box, then the decimal re-check); the whole box stays undecided.
 */
function localSearch(problem: Problem, box: RationalBox, ic: IntervalContext): FastSearch {
  const f64 = f64GradientSystem(problem);
  const X0 = box.map(([lo, hi]) => ({ lo: roundDown(lo), hi: roundUp(hi) }));
  const sys = intervalGradientSystem(problem, ic);
  const local: CriticalPoint[] = [];
  for (const start of localStarts(X0)) {
    const x = descend(f64, start, 40);
    if (x === null || !x.every((xi, i) => xi >= X0[i].lo && xi <= X0[i].hi)) continue;
    const z = certifyAround(f64, x, 1e-3 * Math.max(1, ...x.map(Math.abs)));
    const checked = z === null ? null : recheck(ic, sys, z, ic.precision - GUARD);
    const meets = (Z: Interval[]) => checked !== null && Z.every((e, i) => e.lo.lte(checked.enclosure[i].hi) && checked.enclosure[i].lo.lte(e.hi));
    if (checked && !local.some((p) => meets(p.enclosure))) local.push(checked);
  }
  return { zeros: [], local, undecided: [{ box: X0, lossLowerBound: f64.jets(X0).loss.lo }], boxes: 0, complete: false };
}

/** The search coordinates: w = A u with A the data's principal axes (identity when there is no useful basis). */
interface SearchCoordinates {
  /** The problem in u (the same problem when A = I). */
  problem: Problem;
  /** A box of u covering {A⁻¹ w : w ∈ box}. */
  box: F64Interval[];
  /** An enclosure of {A u : u ∈ U} (the identity when A = I). */
  image: (U: F64Interval[]) => F64Interval[];
  /** False only when {A u : u ∈ U} certainly misses the w-box. */
  meetsBox: (U: F64Interval[]) => boolean;
  /** The w-box itself, rounded outward to doubles. */
  wBox: F64Interval[];
}

function searchCoordinates(problem: Problem, box: RationalBox): SearchCoordinates {
  const W = box.map(([lo, hi]) => ({ lo: roundDown(lo), hi: roundUp(hi) }));
  const basis = principalBasis(problem.data.map((p) => p.x));
  if (basis === null) return { problem, box: W, image: (U) => U, meetsBox: () => true, wBox: W };
  const image = imageMap(basis);
  const meetsBox = (U: F64Interval[]) => image(U).every((x, i) => x.lo <= W[i].hi && W[i].lo <= x.hi);
  const U0 = preimageBox(basis, box).map(([lo, hi]) => ({ lo: roundDown(lo), hi: roundUp(hi) }));
  return { problem: transformedProblem(problem, basis), box: U0, image, meetsBox, wBox: W };
}

/**
 * The fast complete search (numeric/f64/prune.ts) over the box, in the data's principal coordinates
 * (principal-axes.ts: boxes thin in every h_i = w·x_i), then the decimal re-check, in the original coordinates, of
 * every zero mapped back; a zero that fails it is reported as an undecided box. Then Newton + Krawczyk in the lowest
 * undecided boxes. Undecided boxes are reported in w: the bounding box of their image, cut to the w-box, with a
 * lower bound of L recomputed over that w-box.
 */
function fastSearch(problem: Problem, box: RationalBox, ic: IntervalContext, maxBoxes: number, onProgress?: (p: SearchProgress) => void): FastSearch {
  const coordinates = searchCoordinates(problem, box);
  const f64 = f64GradientSystem(coordinates.problem);
  const found = findGradientZeros(f64, coordinates.box, { maxBoxes, onProgress, meetsRegion: coordinates.meetsBox });
  const sys = intervalGradientSystem(problem, ic);
  const digits = ic.precision - GUARD;
  const inW = (z: F64Zero): F64Zero => ({ isolation: coordinates.image(z.isolation), enclosure: coordinates.image(z.enclosure) });
  const zeros: CriticalPoint[] = [];
  const undecidedU: F64Interval[][] = found.undecided.map((u) => u.box);
  for (const z of found.zeros) {
    const checked = recheck(ic, sys, inW(z), digits);
    if (checked) zeros.push(checked);
    else if (coordinates.meetsBox(z.isolation)) undecidedU.push(z.isolation);
  }
  const local: CriticalPoint[] = [];
  for (const U of undecidedU.slice(0, LOCAL_TRIES)) {
    const z = certifyIn(f64, U);
    if (z === null || !z.enclosure.every((e, i) => e.lo >= U[i].lo && e.hi <= U[i].hi)) continue;
    const checked = recheck(ic, sys, inW(z), digits);
    const meets = (Z: Interval[]) => checked !== null && Z.every((x, i) => x.lo.lte(checked.enclosure[i].hi) && checked.enclosure[i].lo.lte(x.hi));
    if (checked && ![...zeros, ...local].some((p) => meets(p.enclosure))) local.push(checked);
  }
  const original = coordinates.problem === problem ? f64 : f64GradientSystem(problem);
  const undecided = undecidedU.map((U) => {
    const X = coordinates.image(U).map((x, i) => intersect(x, coordinates.wBox[i]) ?? x);
    return { box: X, lossLowerBound: original.jets(X).loss.lo };
  });
  undecided.sort((a, b) => a.lossLowerBound - b.lossLowerBound);
  return { zeros, local, undecided, boxes: found.boxes, complete: undecided.length === 0 };
}

/**
 * The analyze result: with `at`, the loss and gradient there (values to `digits` digits and outward-rounded
 * gradient enclosures; no search, so `complete` is false); otherwise every stationary point in [-box, box]^d,
 * each `unique` with its enclosure, kind and loss, plus `unknown` boxes when the budget ran out.
 */
export function analyze(options: AnalyzeOptions): AnalyzeResult {
  const { problem, digits } = options;
  const d = problem.data[0].x.length;
  const precision = digits + GUARD;
  const box = symmetricBox(options.box, d);
  const result: AnalyzeResult = {
    activation: problem.activation,
    loss: problem.loss,
    data: problem.data.map((p) => ({ x: p.x.map((x) => rationalText(x, digits)), t: rationalText(p.t, digits) })),
    box: box.map(([lo, hi]) => [rationalText(lo, digits), rationalText(hi, digits)]),
    stationaryPoints: [],
    undecidedBoxes: [],
    localPoints: [],
    complete: false,
  };
  const model = pointModel(problem, precision);
  const D = decimalContext(precision);
  const value = (x: Decimal) => plain(x.toSD(digits));
  if (options.at) {
    const w = options.at.map((r) => D.div(r.num.toString(), r.den.toString()));
    // The rigorous gradient by balls (src/numeric/ball/): binary radii, about 10^4 times narrower than decimal intervals.
    const bc = new BallContext(bitsForDigits(precision));
    const balls = gradientAt(prepare(ballModelField(bc), problem), options.at.map((r) => bc.fromRational(r)));
    const enclosure = balls.map((g) => ({ lo: bc.lower(g), hi: bc.upper(g) }));
    const { loss, gradient } = model.lossAndGradient(w);
    result.at = {
      w: options.at.map((r) => rationalText(r, digits)),
      loss: value(loss),
      gradient: gradient.map(value),
      gradientEnclosure: enclosure.map((g) => outward(g, digits)),
    };
    return result;
  }
  const ic = new IntervalContext(precision);
  const search = d <= COMPLETE_MAX_DIMENSION ? fastSearch(problem, box, ic, options.maxBoxes, options.onProgress) : localSearch(problem, box, ic);
  const points = search.zeros.map((z) => ({ w: z.enclosure.map((x) => ic.mid(x)), z }));
  points.sort((a, b) => lexicographic(a.w, b.w));
  const report = (z: CriticalPoint): StationaryPointReport => {
    const w = z.enclosure.map((x) => ic.mid(x));
    const inBox = insideBox(z.enclosure, box);
    const out: StationaryPointReport = { w: w.map((x) => coordinate(x, digits)), enclosure: z.enclosure.map((x) => outward(x, digits)), status: 'unique', kind: z.kind, loss: value(model.loss(w)), inBox };
    // A point whose enclosure straddles the box's boundary may lie in the box: never drop it silently as outside.
    if (!inBox && meetsBox(z.enclosure, box)) out.onBoundary = true;
    return out;
  };
  result.stationaryPoints = points.map(({ z }) => report(z));
  result.undecidedBoxes = search.undecided.map(({ box: X, lossLowerBound }) => ({
    enclosure: X.map((x) => outward(decimalInterval(x), digits)),
    w: X.map((x) => coordinate(new Decimal(exactDecimal(midpoint(x))), digits)),
    // Both losses are sums of non-negative terms: 0 is a bound too.
    lossLowerBound: plain(new Decimal(exactDecimal(Math.max(0, lossLowerBound))).toSD(digits, Decimal.ROUND_FLOOR)),
  }));
  result.localPoints = search.local.map(report);
  result.complete = search.complete;
  result.search = { boxes: search.boxes, maxBoxes: options.maxBoxes, precision, unknownBoxes: search.undecided.length };
  result.trust = [TRUST_F64];
  result.mode = d <= COMPLETE_MAX_DIMENSION ? 'complete-search' : 'local';
  if (!search.complete) {
    const divergence = divergenceDirection(problem);
    if (divergence) result.divergence = divergence;
  }
  Object.assign(result, exactD2Fields(problem, digits));
  const exact = exactAnalysis(problem, digits);
  if (typeof exact === 'string') return { ...result, exactRefused: exact };
  return exact ? withExactPoints(result, exact, (w) => value(model.loss([new D(w)])), digits, box) : result;
}

/**
 * The exact analysis when it applies (d = 1, integer inputs, sigmoid/tanh/exp), else undefined; when its guards refuse
 * the problem (a RangeError, e.g. a polynomial degree over its limit), the one-line reason instead.
 */
function exactAnalysis(problem: Problem, digits: number): ClosedFormAnalysis | string | undefined {
  const activation = problem.activation;
  if (problem.data[0].x.length !== 1 || !isExactActivation(activation)) return undefined;
  if (problem.data.some((p) => p.x[0].den !== 1n)) return undefined;
  try {
    return closedFormAnalysis(toScalarProblem(activation, problem.loss, problem.data), digits);
  } catch (e) {
    if (e instanceof RangeError) return e.message.split('\n')[0];
    throw e;
  }
}

function isExactActivation(a: Problem['activation']): a is ScalarActivation {
  return a === 'sigmoid' || a === 'tanh' || a === 'exp';
}

/**
 * The result with every stationary point of the exact analysis: a point the box search certified keeps its enclosure;
 * one outside the box gets [w − 10^−digits, w + 10^−digits], which holds w* because w is w* correctly rounded to
 * `digits` places. Throws if the two analyses disagree (a point found by one only inside the box, or kinds that differ).
 */
function withExactPoints(
  result: AnalyzeResult,
  exact: ClosedFormAnalysis,
  lossOf: (w: string) => string,
  digits: number,
  box: RationalBox,
): AnalyzeResult {
  const D = decimalContext(digits + GUARD);
  const ulp = new D(10).pow(-digits);
  const numeric = result.stationaryPoints;
  const used = new Set<StationaryPointReport>();
  const points = exact.stationaryPoints.map(({ w, kind, ...fields }): ExactStationaryPointReport => {
    const x = new D(w[0]);
    const match = numeric.find((p) => x.gte(new D(p.enclosure[0][0]).minus(ulp)) && x.lte(new D(p.enclosure[0][1]).plus(ulp)));
    if (match) {
      used.add(match);
      if (match.kind !== 'unknown' && match.kind !== kind) {
        throw new Error(`inconsistent analyses at w = ${w[0]}: the interval Hessian says ${match.kind}, the exact sign change says ${kind}`);
      }
      return { ...match, w, kind, ...fields };
    }
    const enclosure: [string, string][] = [[plain(x.minus(ulp)), plain(x.plus(ulp))]];
    const inBox = cmp(parseRational(enclosure[0][0]), box[0][0]) >= 0 && cmp(parseRational(enclosure[0][1]), box[0][1]) <= 0;
    return { w, enclosure, status: 'unique', kind, loss: lossOf(w[0]), inBox, ...fields };
  });
  const missed = numeric.find((p) => !used.has(p));
  if (missed) throw new Error(`inconsistent analyses: the box search certified a stationary point at w = ${missed.w[0]} that the exact analysis does not have`);
  const out: AnalyzeResult = { ...result, stationaryPoints: points, numerator: exact.numerator, allFound: true };
  if (exact.explanation) out.explanation = exact.explanation;
  return out;
}
