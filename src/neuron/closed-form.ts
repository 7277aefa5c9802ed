/**
 * The closed-form analysis of a scalar neuron with integer inputs (d = 1): every stationary point on the real
 * line, exactly, with w* to the digits asked, the minimal polynomial of z* = e^(w*), its Galois certificate and
 * whether z* is expressible by radicals. Produces the JSON fields that `analyze` adds for d = 1.
 */
import { Decimal } from 'decimal.js';
import type { Certificate } from '../kernel/types.js';
import { DEFAULT_PRIME_LIMIT, galoisCertificate } from '../algebra/galois.js';
import { zDeflate, zDegree, zSignAt, zToStrings, zToText, type ZPoly } from '../algebra/poly-z.js';
import { add, cmp, div, mul, rat, sign, sub, ONE, ZERO, type Rational } from '../algebra/rational.js';
import { narrowRoot, refineRoot, type IsolatingInterval } from '../algebra/real-roots.js';
import { exactStationaryPoints, type ScalarProblem, type StationaryKind } from './stationarity.js';

/** The most digits after the decimal point the analysis gives (decimal.js's ln stops near 1012 digits). */
export const MAX_DIGITS = 1000;
const MAX_LN_PRECISION = 1012;

/** One stationary point, as JSON. */
export interface ClosedFormPoint {
  /** w* = ln z*, correctly rounded to `digits` places (one coordinate: the shape of the numerics JSON). */
  w: string[];
  /** z* = e^(w*), correctly rounded to `digits` places. */
  z: string;
  minimalPolynomial: string[];
  degree: number;
  galois: 'symmetric' | 'solvable' | 'undetermined';
  closedForm: 'radicals' | 'none-in-radicals' | 'unknown';
  /** The kernel certificate behind `galois` (`galois-symmetric` or `solvable-degree`); null when undetermined. */
  certificate: Certificate | null;
  /** Why the group is undetermined (only then). */
  galoisReason?: string;
  kind: StationaryKind;
}

/** The fields the exact analysis adds to the `analyze` JSON for d = 1. */
export interface ClosedFormAnalysis {
  numerator: string[];
  allFound: true;
  stationaryPoints: ClosedFormPoint[];
  /** A sentence saying why there is no stationary point (only when there is none). */
  explanation?: string;
}

function magnitudeDigits(x: Rational): number {
  const bits = Math.abs(x.num.toString(2).length - x.den.toString(2).length) + 1;
  return String(bits).length;
}

/** x rounded to `digits` places, ties away from zero, without a sign on zero. */
function fixed(x: Decimal, digits: number): string {
  const s = x.toFixed(digits, Decimal.ROUND_HALF_UP);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

/** ln z* correctly rounded to `digits` places: outward-rounded ln of an ever narrower enclosure of z* > 0. */
function logOfRoot(g: ZPoly, interval: IsolatingInterval, digits: number): string {
  let iv = narrowRoot(g, interval, rat(1n, 10n ** BigInt(digits + 2)));
  while (sign(iv.lo) <= 0) iv = narrowRoot(g, iv, div(sub(iv.hi, iv.lo), rat(2)));
  if (cmp(iv.lo, ONE) === 0 && cmp(iv.hi, ONE) === 0) return new Decimal(0).toFixed(digits);
  for (let extra = 4; ; extra += 4) {
    const precision = Math.min(digits + magnitudeDigits(iv.hi) + magnitudeDigits(iv.lo) + extra, MAX_LN_PRECISION);
    const down = Decimal.clone({ precision, rounding: Decimal.ROUND_FLOOR });
    const up = Decimal.clone({ precision, rounding: Decimal.ROUND_CEIL });
    const lo = down.ln(new down(iv.lo.num.toString()).div(iv.lo.den.toString()));
    const hi = up.ln(new up(iv.hi.num.toString()).div(iv.hi.den.toString()));
    const a = fixed(lo, digits);
    if (a === fixed(hi, digits)) return a;
    if (precision === MAX_LN_PRECISION) throw new RangeError(`cannot round w to ${digits} digits within decimal.js's ln precision`);
    if (cmp(iv.lo, iv.hi) !== 0) iv = narrowRoot(g, iv, div(sub(iv.hi, iv.lo), rat(1n << 16n)));
  }
}

/** The limit of the loss as w → +∞ (direction 1) or −∞ (−1): a rational, '+inf', '-inf', or null if undefined. */
function lossLimit(problem: ScalarProblem, direction: 1 | -1): Rational | '+inf' | '-inf' | null {
  let total = ZERO;
  let up = false;
  let down = false;
  for (const { x, t } of problem.data) {
    if (x === 0n) continue;
    const toward = (x > 0n ? 1 : -1) * direction; // sign of w·x in the limit
    if (problem.loss === 'xent') {
      // s → 1: −(1 − t)·ln(0+) ; s → 0: −t·ln(0+)
      const weight = toward > 0 ? sub(ONE, t) : t;
      if (sign(weight) > 0) up = true;
      if (sign(weight) < 0) down = true;
      continue;
    }
    if (problem.activation === 'exp' && toward > 0) {
      up = true;
      continue;
    }
    const f = problem.activation === 'sigmoid' ? (toward > 0 ? ONE : ZERO) : problem.activation === 'tanh' ? rat(toward) : ZERO;
    const r = sub(f, t);
    total = add(total, div(mul(r, r), rat(2)));
  }
  if (up && down) return null;
  return up ? '+inf' : down ? '-inf' : total;
}

function limitText(value: Rational | '+inf' | '-inf' | null, direction: string): string {
  if (value === '-inf') return `it tends to −∞ as w → ${direction}`;
  if (value === null || value === '+inf') return `it is monotone all the way as w → ${direction}`;
  const text = value.den === 1n ? `${value.num}` : `${value.num}/${value.den}`;
  return `it approaches its infimum ${text} only as w → ${direction}`;
}

/** Why there is no stationary point: L' keeps one sign, so the loss is strictly monotone on the real line. */
function monotoneExplanation(problem: ScalarProblem, numerator: ZPoly): string {
  const s = zSignAt(numerator, ONE);
  const direction = s < 0 ? '+∞' : '−∞';
  const limit = lossLimit(problem, s < 0 ? 1 : -1);
  return (
    `L'(w) ${s < 0 ? '<' : '>'} 0 for every real w: the numerator N(z) = ${zToText(numerator)} of L' in z = e^w has no ` +
    `root z > 0 (Sturm) and N(1) ${s < 0 ? '<' : '>'} 0, so the loss ${s < 0 ? 'decreases' : 'increases'} strictly on the whole ` +
    `real line and has no stationary point; ${limitText(limit, direction)}.`
  );
}

/**
 * The closed-form analysis of a d = 1 problem with integer inputs: the numerator, every stationary point with
 * w and z to `digits` places, minimal polynomial, Galois status and certificate, kind; or an explanation when
 * there is none. Throws RangeError for digits outside 0..MAX_DIGITS and for problems past the degree guard.
 */
export function closedFormAnalysis(problem: ScalarProblem, digits: number): ClosedFormAnalysis {
  if (!Number.isInteger(digits) || digits < 0 || digits > MAX_DIGITS) {
    throw new RangeError(`digits must be an integer from 0 to ${MAX_DIGITS}, got ${digits}`);
  }
  const exact = exactStationaryPoints(problem);
  const numerator = exact.polynomial.numerator;
  const stationaryPoints = exact.points.map((point): ClosedFormPoint => {
    const g = point.minimalPolynomial;
    const { power, poly: h } = zDeflate(g);
    // g is an irreducible factor of N (from its factorisation), so h with h(z^power) = g is irreducible too
    const result = galoisCertificate(h, power > 1 ? { power, minimalPolynomial: g } : undefined, DEFAULT_PRIME_LIMIT, true);
    const base = {
      w: [logOfRoot(g, point.interval, digits)],
      z: refineRoot(g, point.interval, digits).decimal,
      minimalPolynomial: zToStrings(g),
      degree: zDegree(g),
    };
    if (result.status === 'undetermined') {
      return { ...base, galois: 'undetermined', closedForm: 'unknown', certificate: null, galoisReason: result.reason, kind: point.kind };
    }
    const closedForm = result.status === 'solvable' ? 'radicals' : 'none-in-radicals';
    return { ...base, galois: result.status, closedForm, certificate: result.certificate, kind: point.kind };
  });
  const out: ClosedFormAnalysis = { numerator: zToStrings(numerator), allFound: true, stationaryPoints };
  if (stationaryPoints.length === 0) out.explanation = monotoneExplanation(problem, numerator);
  return out;
}
