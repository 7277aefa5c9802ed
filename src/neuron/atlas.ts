/**
 * The atlas of closed forms: for scalar models (activation + loss) and small integer input sets with fixed rational
 * targets, every stationary point exactly, the degree of the minimal polynomial of z* = e^(w*) (over a substitution
 * u = z^k when g(z) = f(z^k)), its Galois group when certified, and whether z* is expressible by radicals. Every
 * entry carries the kernel certificates it rests on; an `undetermined` group claims nothing.
 */
import type { TableEvidence } from '../claim/types.js';
import type { Certificate } from '../kernel/types.js';
import { galoisCertificate } from '../algebra/galois.js';
import { zDeflate, zDegree, type ZPoly } from '../algebra/poly-z.js';
import { add, div, mul, neg, pow, rat, ratToString, sign, sub, type Rational } from '../algebra/rational.js';
import { decimalContext } from '../numeric/context.js';
import { closedFormAnalysis } from './closed-form.js';
import { genericSigmoidStationarity, specializedNumerator } from './generic-stationarity.js';
import { pointModel } from './evaluate.js';
import { certifiedStationarity, toModelProblem } from './stationarity-certificate.js';
import type { Activation, Loss, ScalarProblem, StationaryKind } from './stationarity.js';

/** A row group of the atlas: a scalar model and the targets given to its inputs, in order. */
export interface AtlasModel {
  label: string;
  activation: Activation;
  loss: Loss;
  targets: readonly Rational[];
}

/** The targets 1/3, 3/4, 2/5 given to the inputs in order. */
export const ATLAS_TARGETS: readonly Rational[] = [rat(1, 3), rat(3, 4), rat(2, 5)];

/** tanh targets 2t − 1 for the sigmoid targets t (so that (t' + 1)/2 = t ∈ (0, 1): tanh = 2s(2h) − 1 maps one onto the other). */
export const TANH_TARGETS: readonly Rational[] = ATLAS_TARGETS.map((t) => sub(mul(rat(2), t), rat(1)));

/** The models of the atlas, in row order. */
export const ATLAS_MODELS: readonly AtlasModel[] = [
  { label: 'sigmoid, squared loss', activation: 'sigmoid', loss: 'mse', targets: ATLAS_TARGETS },
  { label: 'sigmoid, cross-entropy', activation: 'sigmoid', loss: 'xent', targets: ATLAS_TARGETS },
  { label: 'tanh, squared loss', activation: 'tanh', loss: 'mse', targets: TANH_TARGETS },
  { label: 'exp, squared loss', activation: 'exp', loss: 'mse', targets: ATLAS_TARGETS },
];

/** The input sets of the atlas, in row order. */
export const ATLAS_INPUTS: readonly (readonly number[])[] = [[1], [1, 2], [1, 3], [1, 2, 3], [1, 2, 4]];

/** One stationary point of an atlas entry. */
export interface AtlasPoint {
  kind: StationaryKind;
  /** w* to 6 places (evidence, not certified digits). */
  w: string;
  /** Degree of the minimal polynomial g of z*, and whether its irreducibility is certified. */
  degree: number;
  irreducible: boolean;
  /** k of the substitution u = z^k with g(z) = f(u) (1 when none), and the degree of f. */
  power: number;
  groupDegree: number;
  group: 'symmetric' | 'solvable' | 'undetermined';
  closedForm: 'radicals' | 'none-in-radicals' | 'unknown';
}

/** One (model, inputs) entry of the atlas with its kernel certificates. */
export interface AtlasEntry {
  model: AtlasModel;
  inputs: readonly number[];
  problem: ScalarProblem;
  numeratorDegree: number;
  points: AtlasPoint[];
  /** Stationarity identity, D > 0, root count, and per point: isolation, irreducibility (when found), Galois or solvable degree. */
  certificates: Certificate[];
  /** Gal(N(z; t)/Q(t)) with the targets symbolic, for sigmoid with squared loss only (null for the other models). */
  genericGroup: GenericGroup | null;
}

/** The generic group of an input set: S_n from a certified specialization, solvable for n ≤ 4, or undetermined. */
export interface GenericGroup {
  degree: number;
  group: 'symmetric' | 'solvable' | 'undetermined';
}

/**
 * Gal(N(z; t)/Q(t)) for sigmoid with squared loss on the inputs: by the specialization theorem (rule
 * galois-specialization), S_n when N(z; t0) at the row's targets keeps degree n and is certified irreducible with group
 * S_n; solvable when n ≤ 4; otherwise undetermined.
 */
export function genericGroup(inputs: readonly number[], targets: readonly Rational[]): GenericGroup {
  const g = genericSigmoidStationarity(inputs.map(BigInt));
  const degree = g.numerator.length - 1;
  if (degree <= 4) return { degree, group: 'solvable' };
  const special = specializedNumerator(g, targets.slice(0, inputs.length));
  const symmetric = zDegree(special) === degree && galoisCertificate(special).status === 'symmetric';
  return { degree, group: symmetric ? 'symmetric' : 'undetermined' };
}

/** The scalar problem of a model on inputs x_1, ..., x_n with its first n targets; throws RangeError when targets run out. */
export function atlasProblem(model: AtlasModel, inputs: readonly number[]): ScalarProblem {
  if (inputs.length > model.targets.length) throw new RangeError(`${inputs.length} inputs but only ${model.targets.length} targets`);
  return { activation: model.activation, loss: model.loss, data: inputs.map((x, i) => ({ x: BigInt(x), t: model.targets[i] })) };
}

/** The atlas entry of a model on inputs: exact stationary points, their algebraic status and the certificates behind it. */
export function atlasEntry(model: AtlasModel, inputs: readonly number[]): AtlasEntry {
  const problem = atlasProblem(model, inputs);
  const { exact, certificates } = certifiedStationarity(problem);
  const analysis = closedFormAnalysis(problem, 6);
  const points = exact.points.map((point, i): AtlasPoint => {
    const g = point.minimalPolynomial;
    const { power, poly: f } = zDeflate(g);
    const galois = galoisCertificate(f, power > 1 ? { power, minimalPolynomial: g } : undefined);
    if (point.irreducibility !== null) certificates.push(point.irreducibility);
    if (galois.status !== 'undetermined') certificates.push(galois.certificate);
    return {
      kind: point.kind,
      w: analysis.stationaryPoints[i].w[0],
      degree: zDegree(g),
      irreducible: point.irreducibility !== null,
      power,
      groupDegree: zDegree(f),
      group: galois.status,
      closedForm: galois.status === 'solvable' ? 'radicals' : galois.status === 'symmetric' ? 'none-in-radicals' : 'unknown',
    };
  });
  const generic = model.activation === 'sigmoid' && model.loss === 'mse' ? genericGroup(inputs, model.targets) : null;
  return { model, inputs, problem, numeratorDegree: zDegree(exact.polynomial.numerator), points, certificates, genericGroup: generic };
}

/** Every entry of the atlas: each model on each input set, in row order. */
export function atlasEntries(): AtlasEntry[] {
  return ATLAS_MODELS.flatMap((model) => ATLAS_INPUTS.map((inputs) => atlasEntry(model, inputs)));
}

const GRID_MIN = -10;
const GRID_STEPS = 160;
const GRID_STEP = 1 / 8;

/**
 * The number of sign changes of L'(w) on the grid −10, −10 + 1/8, ..., 10 by the analytic model at 30 digits (no
 * polynomial): an independent count of the stationary points where L' changes sign, if they lie in (−10, 10).
 */
export function gridSignChanges(problem: ScalarProblem): number {
  const model = pointModel(toModelProblem(problem), 30);
  const D = decimalContext(30);
  let changes = 0;
  let previous = 0;
  for (let k = 0; k <= GRID_STEPS; k++) {
    const s = model.gradient([new D(GRID_MIN + k * GRID_STEP)])[0].cmp(0);
    if (s !== 0 && previous !== 0 && s !== previous) changes++;
    if (s !== 0) previous = s;
  }
  return changes;
}

const KIND_TEXT: Record<StationaryKind, string> = { minimum: 'min', maximum: 'max', saddle: 'saddle' };

function listText(xs: readonly string[]): string {
  return [...new Set(xs)].join('; ');
}

function degreeText(p: AtlasPoint): string {
  const n = p.irreducible ? String(p.degree) : `${p.degree} (irreducibility not certified)`;
  return p.power > 1 ? `${n} (${p.groupDegree} in u = z^${p.power})` : n;
}

function groupText(p: AtlasPoint): string {
  const v = p.power > 1 ? ` in u = z^${p.power}` : '';
  if (p.group === 'symmetric') return `S_${p.groupDegree}${v} (certified)`;
  if (p.group === 'solvable') return `solvable${v} (degree ${p.groupDegree} ≤ 4)`;
  return 'undetermined';
}

function genericText(g: GenericGroup | null): string {
  if (g === null) return 'not computed';
  if (g.group === 'symmetric') return `S_${g.degree}`;
  if (g.group === 'solvable') return `solvable (degree ${g.degree} ≤ 4)`;
  return 'undetermined';
}

const CLOSED_TEXT: Record<AtlasPoint['closedForm'], string> = { radicals: 'radicals', 'none-in-radicals': 'none in radicals', unknown: 'unknown' };

/**
 * The atlas as a table titled exactly "Atlas of closed forms". Its criterion is an independent cross-check: for every
 * entry, the sign changes of L' on a grid of [−10, 10] (analytic model, 30 digits) are as many as the certified minima
 * and maxima, and every certified w* lies in (−10, 10).
 */
export function atlasTable(entries: readonly AtlasEntry[]): TableEvidence {
  const rows = entries.map((e) => {
    const changes = gridSignChanges(e.problem);
    const certifiedChanges = e.points.filter((p) => p.kind !== 'saddle').length;
    const inside = e.points.every((p) => Math.abs(Number(p.w)) < -GRID_MIN);
    const none = e.points.length === 0;
    return {
      ok: changes === certifiedChanges && inside,
      cells: [
        e.model.label,
        `{${e.inputs.join(', ')}}`,
        e.problem.data.map((d) => ratToString(d.t)).join(', '),
        String(e.numeratorDegree),
        `${e.points.length}${none ? '' : ` (${e.points.map((p) => `${KIND_TEXT[p.kind]} at w* ≈ ${p.w}`).join(', ')})`}`,
        none ? '—' : listText(e.points.map(degreeText)),
        none ? '—' : listText(e.points.map(groupText)),
        none ? 'no stationary point' : listText(e.points.map((p) => CLOSED_TEXT[p.closedForm])),
        genericText(e.genericGroup),
      ],
    };
  });
  return {
    kind: 'table',
    title: 'Atlas of closed forms',
    criterion:
      "independent cross-check of the certified counts: for every entry, the sign changes of L'(w) on the grid −10, −10 + 1/8, …, 10 (analytic model at 30 digits, no polynomial) are as many as the certified minima and maxima, and every certified w* lies in (−10, 10). " +
      'Targets: 1/3, 3/4, 2/5 given to the inputs in order; for tanh 2t − 1 = −1/3, 1/2, −1/5, so that (t + 1)/2 are the sigmoid targets. ' +
      'Closed form means z* = e^(w*) expressible by radicals over Q (then w* = ln of a radical expression); an undetermined group claims nothing. ' +
      'Generic group: Gal(N(z; t)/Q(t)) with the targets symbolic, for sigmoid with squared loss (not computed for the other models), S_n by specialization from the certified group at the row\'s targets (proved as a claim for {1, 2}, {1, 3}, {1, 2, 3}: generic-galois-*); by Hilbert irreducibility the group stays S_n for all rational targets outside a thin set.',
    columns: ['model', 'inputs', 'targets', 'degree of N', 'stationary points', 'degree of the minimal polynomial of z*', 'Galois group', 'closed form of z*', 'generic group over Q(t)'],
    rows: rows.map((r) => r.cells),
    passed: rows.every((r) => r.ok),
  };
}

/** Cardano's formula for the one real root of a cubic: its text and its value at a given precision. */
export interface CubicRadical {
  /** z = ∛(A + √Δ) + ∛(A − √Δ) − shift, with rationals A, Δ > 0 and shift. */
  text: string;
  /** The formula evaluated with decimal.js at `precision` significant digits (square and cube roots of the rationals). */
  evaluate(precision: number): string;
}

/**
 * Cardano's formula for a cubic a z³ + b z² + c z + d (integer coefficients) with one real root: with z = y − b/(3a),
 * y³ + p y + q = 0 and Δ = (q/2)² + (p/3)³ > 0, the real root is ∛(−q/2 + √Δ) + ∛(−q/2 − √Δ) − b/(3a).
 * Throws RangeError when f is not a cubic or has three real roots (Δ ≤ 0, where the formula needs complex numbers).
 */
export function cubicRadical(f: ZPoly): CubicRadical {
  if (zDegree(f) !== 3) throw new RangeError(`a cubic is needed, got degree ${zDegree(f)}`);
  const [d, c, b, a] = f.map((x) => rat(x));
  const B = div(b, a);
  const C = div(c, a);
  const Dd = div(d, a);
  const p = sub(C, div(mul(B, B), rat(3)));
  const q = add(sub(div(mul(rat(2), pow(B, 3)), rat(27)), div(mul(B, C), rat(3))), Dd);
  const A = neg(div(q, rat(2)));
  const delta = add(mul(A, A), pow(div(p, rat(3)), 3));
  if (sign(delta) <= 0) throw new RangeError('the cubic has three real roots (Δ ≤ 0): Cardano needs complex cube roots');
  const shift = div(B, rat(3));
  const tail = sign(shift) === 0 ? '' : sign(shift) > 0 ? ` − ${ratToString(shift)}` : ` + ${ratToString(neg(shift))}`;
  return {
    text: `∛(${ratToString(A)} + √(${ratToString(delta)})) + ∛(${ratToString(A)} − √(${ratToString(delta)}))${tail}`,
    evaluate: (precision) => {
      const D = decimalContext(precision + 10);
      const value = (r: Rational) => D.div(r.num.toString(), r.den.toString());
      const root = D.sqrt(value(delta));
      const y = D.add(D.cbrt(D.add(value(A), root)), D.cbrt(D.sub(value(A), root)));
      return D.sub(y, value(shift)).toSignificantDigits(precision).toFixed();
    },
  };
}
