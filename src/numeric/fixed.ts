/**
 * A BigInt fixed-point exponential and logarithm with proved error bounds: the fast kernel behind `exp`, `ln`,
 * `sigmoid`, `tanh` and their rigorous bounds in `elementary.ts`.
 *
 * A fixed-point number with W fraction bits is a BigInt X standing for X·2^−W; "ulp" below means 2^−W.
 * An exponential is a *scaled ball* (m, err, exp10, W): the exact value x satisfies
 *   |x − m·2^−W·10^exp10| <= err·2^−W·10^exp10,
 * with m·2^−W in [0.05, 1] for every scaled ball this module returns, so err·2^−W/0.05 bounds the relative error.
 * A logarithm is a *fixed ball* (m, err, W) with |x − m·2^−W| <= err·2^−W, W chosen so the error is relative.
 *
 * The exponential (`expBall`) reduces x = q·ln10 − y with an integer q and y in [0, ln10), then y = k·ln2 + t with
 * k <= 3 and t in [0, ln2), splits t into S bytes b_1..b_S and a remainder τ < 2^−8S, and multiplies
 * e^−y = 2^−k · Π e^−(b_s·2^−8s) · e^−τ, the factors read from cached tables and e^−τ from a short Taylor sum.
 * Every step's error is bounded in the doc comment of the function that performs it.
 */
import type { Decimal } from 'decimal.js';
import { MAX_EXPONENT, MIN_EXPONENT, type DecimalCtor } from './context.js';

/** log2(10) as a double (used only to size bit counts, never in a value). */
const LOG2_10 = 3.321928094887362;

/** A positive real known to lie within err·2^−W·10^exp10 of m·2^−W·10^exp10. */
export interface ScaledBall {
  readonly m: bigint;
  readonly err: bigint;
  readonly exp10: number;
  readonly W: number;
}

/**
 * The exponential as a ball, or the verdict that it lies beyond every decimal.js exponent:
 * 'underflow' means 0 < e^x < 10^(−4·10^16), 'overflow' means e^x > 10^(4·10^16).
 */
export type ExpBall = ScaledBall | 'underflow' | 'overflow';

/**
 * Fraction bits for results good to `digits` significant decimal digits: 2^−W <= 2^−24·10^−digits, so that the
 * relative error of every ball here (at most 2^11·2^−W) stays below 2^−13·10^−digits.
 */
export function workingBits(digits: number): number {
  return Math.ceil(digits * LOG2_10) + 24;
}

const pow10Cache: bigint[] = [1n];

/** 10^n as a BigInt (cached). */
export function pow10(n: number): bigint {
  for (let i = pow10Cache.length; i <= Math.min(n, 4096); i++) pow10Cache.push(pow10Cache[i - 1] * 10n);
  return n < pow10Cache.length ? pow10Cache[n] : 10n ** BigInt(n);
}

/**
 * S and slack with S <= 2^B·atanh(1/q) < S + slack, for an integer q >= 3, from the series Σ 1/((2k+1)q^(2k+1)).
 * Proof: P_k = floor(2^B/q^(2k+1)) exactly (floor(floor(a/b)/c) = floor(a/(bc))); each summand floor(P_k/(2k+1))
 * lies in (t_k − 2, t_k], t_k the exact term; once P_K = 0 the tail is < Σ_{k>=K} 2^B/q^(2k+1) < 1/(1 − q^−2) < 2.
 * So slack = 2K + 2 for K summands.
 */
function atanhOfInverse(q: bigint, B: number): { s: bigint; slack: bigint } {
  const q2 = q * q;
  let power = (1n << BigInt(B)) / q;
  let s = 0n;
  let k = 0n;
  while (power > 0n) {
    s += power / (2n * k + 1n);
    power /= q2;
    k += 1n;
  }
  return { s, slack: 2n * k + 2n };
}

const GUARD = 64;
const ln2Cache = new Map<number, bigint>();
const ln10Cache = new Map<number, bigint>();

/**
 * L with |L − ln2·2^W| < 1. ln2 = 2·atanh(1/3) is summed at W+64 bits with slack a (a < 2^62 for any feasible W);
 * rounding the midpoint of the enclosing range to W bits errs by at most 1/2 + a/2^64 < 1.
 */
export function lnTwoFixed(W: number): bigint {
  let L = ln2Cache.get(W);
  if (L === undefined) {
    const t = atanhOfInverse(3n, W + GUARD);
    const mid = 2n * t.s + t.slack;
    L = (mid + (1n << BigInt(GUARD - 1))) >> BigInt(GUARD);
    ln2Cache.set(W, L);
  }
  return L;
}

/**
 * L with |L − ln10·2^W| < 1. ln10 = 3·ln2 + ln(5/4) = 6·atanh(1/3) + 2·atanh(1/9), summed at W+64 bits; the exact
 * value lies within 3a₃ + a₉ of the midpoint used, so rounding to W bits errs by at most 1/2 + (3a₃ + a₉)/2^64 < 1.
 */
export function lnTenFixed(W: number): bigint {
  let L = ln10Cache.get(W);
  if (L === undefined) {
    const t3 = atanhOfInverse(3n, W + GUARD);
    const t9 = atanhOfInverse(9n, W + GUARD);
    const mid = 6n * t3.s + 2n * t9.s + 3n * t3.slack + t9.slack;
    L = (mid + (1n << BigInt(GUARD - 1))) >> BigInt(GUARD);
    ln10Cache.set(W, L);
  }
  return L;
}

/**
 * Horner evaluation of the degree-n Taylor polynomial of e^−x at Wt bits, x = X·2^−V in [0, 1]:
 * P_{n+1} = 1, P_i = 1 − floor(P_{i+1}·x/i). The exact inner values p_i lie in [0, 1]; an error δ_{i+1} becomes
 * at most 1 + δ_{i+1}·x/i, so the result errs from Σ_{i<=n} (−x)^i/i! by at most 1 + Σ_{i>=1} x^i/i! <= 1 + (e^x − 1)
 * ulps (< 3 for x <= 1, < 1 + 2x for x <= 1/2); the alternating tail adds at most x^(n+1)/(n+1)!.
 */
function taylorExpNeg(X: bigint, V: number, Wt: number, n: number): bigint {
  const one = 1n << BigInt(Wt);
  const bigV = BigInt(V);
  let P = one;
  for (let i = n; i >= 1; i--) P = one - ((P * X) >> bigV) / BigInt(i);
  return P;
}

/** An n with x^(n+1)/(n+1)! <= 2^−bits for 0 <= x <= 2^−log2Inverse (one bit of margin over the double estimate). */
function taylorDegree(log2Inverse: number, bits: number): number {
  let n = 0;
  let log2Term = -log2Inverse; // log2 of x^(n+1)/(n+1)! for n = 0
  while (log2Term > -bits - 1) {
    n += 1;
    log2Term += -log2Inverse - Math.log2(n + 1);
  }
  return n;
}

const STAGE_BITS = 8;

interface ExpTables {
  readonly W: number;
  readonly stages: number;
  readonly taylorDegree: number;
  readonly entries: (bigint | undefined)[][];
}

const tablesCache = new Map<number, ExpTables>();

function expTables(W: number): ExpTables {
  let t = tablesCache.get(W);
  if (t === undefined) {
    const stages = Math.max(1, Math.min(12, Math.round(Math.sqrt(W / 6)), Math.floor(W / STAGE_BITS) - 1));
    t = {
      W,
      stages,
      taylorDegree: taylorDegree(STAGE_BITS * stages, W),
      entries: Array.from({ length: stages }, () => new Array<bigint | undefined>(256)),
    };
    tablesCache.set(W, t);
  }
  return t;
}

/**
 * E with |E − e^−(b·2^−8s)·2^W| < 1: the Taylor polynomial at W+8 bits with enough terms that the tail is
 * <= 2^−(W+8) (x <= 1), error < 3 + 1 ulps there, rounded to nearest at W bits: < 1/2 + 4/2^8 < 1 ulp.
 */
function tableEntry(t: ExpTables, s: number, b: number): bigint {
  const row = t.entries[s - 1];
  let e = row[b];
  if (e === undefined) {
    const Wt = t.W + 8;
    const V = STAGE_BITS * s;
    const log2Inverse = V - Math.log2(b); // x = b·2^−V
    const P = taylorExpNeg(BigInt(b), V, Wt, taylorDegree(Math.max(0, log2Inverse), Wt));
    e = (P + 128n) >> 8n;
    row[b] = e;
  }
  return e;
}

/** The decimal digits of a nonzero finite Decimal and the power of ten of its last digit: |x| = digits·10^e10. */
export function decimalDigits(x: Decimal): { digits: string; e10: number } {
  const d = x.d;
  let digits = '' + d[0];
  for (let i = 1; i < d.length; i++) {
    const w = '' + d[i];
    digits += '0000000'.slice(w.length) + w;
  }
  return { digits, e10: x.e - digits.length + 1 };
}

/**
 * floor(n·10^e10·2^W) exactly, for an integer n of any sign. When |n·10^e10·2^W| < 1 (|n| < 10^digits and
 * (digits + e10)·log2(10) + W < 0), the answer is 0 or −1 at once: dividing by 10^(9·10^15) would never finish.
 */
export function floorScaled(n: bigint, e10: number, W: number): bigint {
  if (n === 0n) return 0n;
  if (e10 < 0 && ((n < 0n ? -n : n).toString().length + e10) * LOG2_10 + W < -1) return n < 0n ? -1n : 0n;
  if (e10 >= 0) return (n * pow10(e10)) << BigInt(W);
  const num = n << BigInt(W);
  const den = pow10(-e10);
  const q = num / den;
  return num < 0n && q * den !== num ? q - 1n : q;
}

/** floor(factor·x·2^W) exactly, for a finite Decimal x and an integer factor. */
export function toFixedFloor(x: Decimal, W: number, factor = 1n): bigint {
  if (x.isZero()) return 0n;
  const { digits, e10 } = decimalDigits(x);
  return floorScaled(BigInt(digits) * factor * BigInt(x.s), e10, W);
}

/**
 * e^(factor·x) (factor an integer, default 1) as a scaled ball with err = 2S + 9 ulps (S <= 12 table stages) and m·2^−W in (0.0999, 1.0001), exp10 = q.
 *
 * Proof of the bound. Let W' = W + g with 2^(g−4) >= |q| + 1 (g = 8 + 3.33·(digits of the integer part of factor·x)). X = floor(x·2^W') errs by < 1 and L10 by < 1, so
 * Y' = q·L10 − X (q = ceil(X/L10), Y' in [0, L10)) is within (|q|+1)·2^−W' <= 2^−(W+4) of y = q·ln10 − x, and
 * Y = floor(Y'/2^g) within 1.0625·2^−W. With k = floor(Y/L2) <= 3 and T = Y − k·L2, t = T·2^−W differs from
 * y − k·ln2 by |ε| < (1.0625 + 3)·2^−W. The product of the Taylor value (error < 1 + 2^−7 + 1) and at most S table
 * entries (each < 1, plus < 1 per truncated product, all factors <= 1) errs by < 2S + 3 from e^−t; the shift by k
 * adds < 1; the factor e^ε adds < 4.07 ulps (e^−y <= 1.0001). Total < 2S + 9 ulps of e^−y = 10^−q·e^x.
 */
export function expBall(x: Decimal, W: number, factor = 1n): ExpBall {
  if (!x.isFinite()) throw new RangeError(`exp of non-finite ${x}`);
  if (x.isZero() || factor === 0n) return { m: 1n << BigInt(W), err: 0n, exp10: 0, W };
  const factorDigits = factor < 0n ? (-factor).toString().length : factor.toString().length;
  if (x.e + factorDigits - 1 >= 17) return x.s * (factor < 0n ? -1 : 1) > 0 ? 'overflow' : 'underflow';
  const g = Math.ceil(Math.max(0, x.e + factorDigits) * LOG2_10) + 8;
  return expOfFixed(toFixedFloor(x, W + g, factor), W, g);
}

/**
 * e^x for x known as X with |X − x·2^(W+g)| < 1 and 2^(g−4) >= |q| + 1 (q = ceil(x/ln10)): the reduction and product
 * of `expBall`, as a scaled ball with err = 2S + 9 ulps (same proof). Exported for the binary balls of src/numeric/ball/.
 */
export function expOfFixed(X: bigint, W: number, g: number): ScaledBall {
  const L10 = lnTenFixed(W + g);
  let q = X / L10;
  if (X > 0n && q * L10 !== X) q += 1n;
  const Y = (q * L10 - X) >> BigInt(g);
  const L2 = lnTwoFixed(W);
  const k = Y / L2;
  const r = expNegReduced(Y - k * L2, W);
  return { m: r.m >> k, err: r.err + 6n, exp10: Number(q), W };
}

/**
 * e^−t for t = T·2^−W exactly, 0 <= t < 1 (T < 2^W): M with |M − e^−t·2^W| < err = 2S + 3 (S <= 12 table stages), the
 * product step of `expOfFixed`: t's S leading bytes b_s select table entries e^−(b_s·2^−8s) (each within 1 ulp, plus
 * < 1 per truncated product, all factors <= 1), and the remainder τ < 2^−8S is a short Taylor sum (error < 1 + 2τ
 * + 2^−(W+1) <= 2 + 2^−7 ulps). Exported for the binary balls of src/numeric/ball/.
 */
export function expNegReduced(T: bigint, W: number): { m: bigint; err: bigint } {
  const tables = expTables(W);
  const S = tables.stages;
  const restBits = W - STAGE_BITS * S;
  const tau = T & ((1n << BigInt(restBits)) - 1n);
  let m = taylorExpNeg(tau, W, W, tables.taylorDegree);
  const bigW = BigInt(W);
  for (let s = 1; s <= S; s++) {
    const b = Number((T >> BigInt(W - STAGE_BITS * s)) & 255n);
    if (b !== 0) m = (m * tableEntry(tables, s, b)) >> bigW;
  }
  return { m, err: BigInt(2 * S + 3) };
}

/** A real known to lie within err·2^−W of m·2^−W (m of any sign). */
export interface FixedBall {
  readonly m: bigint;
  readonly err: bigint;
  readonly W: number;
}

/** A fixed-point approximation of the double y at W bits (53 significant bits; used only as a starting guess). */
function doubleToFixed(y: number, W: number): bigint {
  if (y === 0) return 0n;
  const k = 60 - Math.ceil(Math.log2(Math.abs(y)));
  const half = k >> 1; // two factors, so that no power of two overflows a double
  const scaled = BigInt(Math.round(y * 2 ** half * 2 ** (k - half)));
  return W >= k ? scaled << BigInt(W - k) : scaled >> BigInt(k - W);
}

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/** A bound, in ulps, of t³/2 for t = T·2^−W: the tail of ln(1 + t) after t − t²/2 when |t| <= 1/2. */
function cubeTailUlps(T: bigint, W: number): bigint {
  const a = abs(T) + 1n;
  return ((a * a * a) >> BigInt(2 * W + 1)) + 1n;
}

/**
 * ln x for x = N·10^E10 > 0 as a fixed-point ball whose error is at most about 2^−W·|ln x| (so relative, also for x
 * near 1: the ball's W grows by the bits of 1/|x − 1| there).
 *
 * Method and proof. Write x = mant·10^e with mant in [10^−1/2, 10^1/2), so ln x = e·ln10 + ln mant with
 * |ln mant| <= 1.16 (no cancellation beyond a factor 2 when e ≠ 0). For x within 1/16 of 1 (e = 0), t = x − 1 is
 * exact and the ball's W is raised by the bits of 1/|t|; tiny t is answered by ln(1+t) = t − t²/2 + θ·t³/2,
 * |θ| <= 1 (|t| <= 1/2). Otherwise Newton's iteration for ln mant starts from the double logarithm: given Y,
 * z = mant·e^−Y is computed from the kernel's proved ball of e^−Y, and ln mant = Y + ln z with
 * |ln z − (z − 1)| <= (z − 1)² for |z − 1| <= 1/2. The iteration stops when that square is below a few ulps; the
 * returned error adds the error of z (from the exp ball and the truncations), the square bound and, for e ≠ 0,
 * 2 ulps for e·ln10. The answer is therefore proved whatever the starting guess was; only the speed depends on it.
 */
export function lnOfScaled(N: bigint, E10: number, W: number): FixedBall {
  if (N <= 0n) throw new RangeError('ln of a non-positive number');
  const text = N.toString();
  let e = E10 + text.length - 1;
  let md = Number(text.slice(0, 17)) / 10 ** (Math.min(17, text.length) - 1);
  if (md >= Math.sqrt(10)) {
    e += 1;
    md /= 10;
  }
  const mantE = E10 - e; // mant = N·10^mantE
  if (e === 0) {
    const one = pow10(-mantE);
    const tN = N - one; // t = x − 1 = tN·10^mantE, exactly
    if (tN === 0n) return { m: 0n, err: 0n, W };
    if (16n * abs(tN) < one) {
      const tDigits = abs(tN).toString().length;
      // 2^−extra <= |t|/4: the ball is then relative to |ln(1+t)| >= |t|/2.
      const extra = Math.ceil(-(mantE + tDigits - 1) * LOG2_10) + 2;
      const Weff = W + extra;
      const T = floorScaled(tN, mantE, Weff);
      const tail = cubeTailUlps(T, Weff);
      if (tail <= 4n) {
        const half = (T * T) >> BigInt(Weff + 1);
        return { m: T - half, err: tail + 3n, W: Weff };
      }
      const td = Number(`${tN}e${mantE}`);
      return newtonLn(floorScaled(N, mantE, Weff), doubleToFixed(Math.log1p(td), Weff), Weff, extra);
    }
  }
  const ball = newtonLn(floorScaled(N, mantE, W), doubleToFixed(Math.log(md), W), W, 0);
  if (e === 0) return ball;
  const b = BigInt(e < 0 ? -e : e).toString(2).length + 1;
  const eL = (BigInt(e) * lnTenFixed(W + b)) >> BigInt(b); // |e|·2^−b + 1 <= 2 ulps
  return { m: ball.m + eL, err: ball.err + 2n, W };
}

/**
 * ln mant for mant = M·2^−W (M floored, error < 1) in [0.31, 3.17] by Newton steps Y ← Y + (mant·e^−Y − 1) from
 * the guess Y, good to about 50 bits relative to 2^−leadBits (leadBits: the zero bits of ln mant after the point).
 * Early steps run at the bits they can use (each step doubles the good bits); only the steps at W bits certify the
 * result, and the iteration goes on until one does: see `lnOfScaled` for the proof of the returned error. The error
 * bound holds whatever Y is; exported for the binary balls of src/numeric/ball/.
 */
export function newtonLn(M: bigint, Y: bigint, W: number, leadBits: number): FixedBall {
  let goodBits = 50;
  for (let step = 0; step < 64; step++) {
    const Wk = Math.min(W, leadBits + 2 * goodBits + 16);
    const drop = BigInt(W - Wk);
    const one = 1n << BigInt(Wk);
    const bigW = BigInt(Wk);
    const Mk = M >> drop;
    const e = expOfFixed(-(Y >> drop) << 8n, Wk, 8); // e^−Y in [0.31, 3.2]: exp10 is 0 or 1
    const E = e.exp10 === 1 ? e.m * 10n : e.m;
    const Z = (Mk * E) >> bigW;
    const tau = Z - one;
    if (Wk === W) {
      // |Z − z·2^W| <= (M+1)·errE/2^W + E/2^W + 1 (errors of E, of M, and the floor), z = mant·e^−Y.
      const errE = e.exp10 === 1 ? e.err * 10n : e.err;
      const errZ = (((M + 1n) * errE + E) >> bigW) + 2n;
      const a = (tau < 0n ? -tau : tau) + errZ; // |z − 1| <= a ulps
      const square = ((a * a) >> bigW) + 1n; // (z − 1)² in ulps, rounded up
      if (square <= 4n && 2n * a <= one) return { m: Y + tau, err: errZ + square, W };
    }
    Y += tau << drop;
    goodBits *= 2;
  }
  throw new Error('ln: Newton iteration did not converge');
}

/** Digits kept before the final rounding: m·2^−W >= 0.05 makes floor(m·2^−W·10^(p+2)) at least p+1 digits long. */
const EXTRA_DIGITS = 2;

/** How many trailing digits of I >= 0 to drop to keep p: max(0, digits(I) − p). */
function excessDigits(I: bigint, p: number): number {
  let cut = 0;
  while (I >= pow10(p + cut)) cut++;
  return cut;
}

function decimalFromDigits(D: DecimalCtor, lead: bigint, lastExponent: number, onUnderflow: string, onOverflow: string): Decimal {
  const digits = lead.toString();
  const e = lastExponent + digits.length - 1;
  if (e < MIN_EXPONENT) return new D(onUnderflow);
  if (e > MAX_EXPONENT) return new D(onOverflow);
  return new D(`${digits}e${lastExponent}`);
}

/**
 * The ball's centre rounded half-up to D.precision significant digits (decimal.js semantics at the range's edge:
 * 0 below it, Infinity above). The digits decided are those of the exact centre: I = floor(centre·10^(p+2−exp10))
 * has at least p+1 digits, so the half-up decision on I equals the decision on the centre.
 */
export function ballNearest(b: ScaledBall, D: DecimalCtor): Decimal {
  const p = D.precision;
  const P = p + EXTRA_DIGITS;
  const I = (b.m * pow10(P)) >> BigInt(b.W);
  const cut = excessDigits(I, p);
  const lead = cut > 0 ? (I + 5n * pow10(cut - 1)) / pow10(cut) : I;
  return decimalFromDigits(D, lead, b.exp10 - P + cut, '0', 'Infinity');
}

/** A lower bound, with at most D.precision digits, of every value in the ball (0 below the decimal range, 10^maxE above it). */
export function ballLower(b: ScaledBall, D: DecimalCtor): Decimal {
  const p = D.precision;
  const P = p + EXTRA_DIGITS;
  const I = ((b.m - b.err) * pow10(P)) >> BigInt(b.W);
  const cut = excessDigits(I, p);
  return decimalFromDigits(D, I / pow10(cut), b.exp10 - P + cut, '0', `1e${MAX_EXPONENT}`);
}

/** An upper bound, with at most D.precision digits, of every value in the ball (10^minE below the decimal range, Infinity above it). */
export function ballUpper(b: ScaledBall, D: DecimalCtor): Decimal {
  const p = D.precision;
  const P = p + EXTRA_DIGITS;
  const one = 1n << BigInt(b.W);
  const I = ((b.m + b.err) * pow10(P) + one - 1n) >> BigInt(b.W);
  const cut = excessDigits(I, p);
  const unit = pow10(cut);
  return decimalFromDigits(D, (I + unit - 1n) / unit, b.exp10 - P + cut, `1e${MIN_EXPONENT}`, 'Infinity');
}

/** floor or ceil of n/d for integers n, d > 0. */
function divRound(n: bigint, d: bigint, up: boolean): bigint {
  const q = n / d;
  const exact = q * d === n;
  if (exact) return q;
  if (n < 0n) return up ? q : q - 1n;
  return up ? q + 1n : q;
}

/**
 * n·2^−W (n of any sign, any magnitude) rounded to D.precision significant digits: 'floor', 'ceil', or 'nearest'
 * (half away from zero on the exact value: the integer I kept has at least p+1 digits, so deciding on floor(I) is
 * deciding on the value).
 */
export function fixedToDecimal(n: bigint, W: number, D: DecimalCtor, mode: 'floor' | 'ceil' | 'nearest'): Decimal {
  if (n === 0n) return new D(0);
  const p = D.precision;
  const negative = n < 0n;
  const a = negative ? -n : n;
  // a·2^−W >= 2^(bits − 1 − W), so P digits after the point leave I >= 10^(p+1).
  const bits = a.toString(2).length;
  const P = p + 2 - Math.floor((bits - 1 - W) * 0.30102999566398);
  const num = P >= 0 ? a * pow10(P) : a;
  const den = P >= 0 ? 1n << BigInt(W) : (1n << BigInt(W)) * pow10(-P);
  const towardZero = mode === 'nearest' || (mode === 'floor') !== negative;
  const I = divRound(num, den, !towardZero);
  const cut = excessDigits(I, p);
  const unit = pow10(cut);
  let lead: bigint;
  if (mode === 'nearest') lead = cut > 0 ? (I + 5n * pow10(cut - 1)) / unit : I;
  else lead = divRound(I, unit, !towardZero);
  return new D(`${negative ? '-' : ''}${lead}e${cut - P}`);
}

/** The ball's centre rounded to nearest at D.precision digits. */
export function fixedNearest(b: FixedBall, D: DecimalCtor): Decimal {
  return fixedToDecimal(b.m, b.W, D, 'nearest');
}

/** A lower bound with at most D.precision digits of every value in the ball. */
export function fixedLower(b: FixedBall, D: DecimalCtor): Decimal {
  return fixedToDecimal(b.m - b.err, b.W, D, 'floor');
}

/** An upper bound with at most D.precision digits of every value in the ball. */
export function fixedUpper(b: FixedBall, D: DecimalCtor): Decimal {
  return fixedToDecimal(b.m + b.err, b.W, D, 'ceil');
}
