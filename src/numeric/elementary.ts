/**
 * Elementary functions of the neuron at any precision, accurate at extreme arguments, with rigorous bounds.
 *
 * Point functions take a Decimal constructor D (precision p) and return a Decimal of D. `exp`, `ln`, `sigmoid`,
 * `oneMinusSigmoid`, `sigmoidPair` and `tanh` run on the BigInt kernel of `fixed.ts` and satisfy
 *   |result − f(h)| <= 0.51·10^(1−p)·|f(h)|                                                         (★)
 * (faithful, and correctly rounded except within about 2^−12 ulp of a rounding boundary). `softplus` and
 * `logSigmoid` combine kernel values rounded at p + 5 digits, and `logit` uses decimal.js at guard precisions
 * chosen so that no digits are lost to cancellation: accurate to about p digits, without a proved bound.
 *
 * The `...Bounds(x, p)` functions return [lo, hi] with p-digit ends and lo <= f(x) <= hi, rigorously: from the
 * kernel's proved balls, or from decimal.js steps each rounded in the direction that keeps the bound valid.
 * 1 − s(h) is always computed as s(−h), never by cancellation, so h = ±10^6 keeps all its digits.
 */
import { Decimal } from 'decimal.js';
import { decimalContext, MAX_EXPONENT, MIN_EXPONENT, outwardContexts, type DecimalCtor } from './context.js';
import {
  ballLower,
  ballNearest,
  ballUpper,
  decimalDigits,
  expBall,
  fixedLower,
  fixedNearest,
  fixedUpper,
  lnOfScaled,
  pow10,
  workingBits,
  type ExpBall,
  type FixedBall,
  type ScaledBall,
} from './fixed.js';

/** A rigorous enclosure lo <= f(x) <= hi of one value. */
export interface Bounds {
  readonly lo: Decimal;
  readonly hi: Decimal;
}

/** Bounds whose ends are computed when first read (an interval end needs only one of them). */
function lazyBounds(lo: () => Decimal, hi: () => Decimal): Bounds {
  let l: Decimal | undefined;
  let h: Decimal | undefined;
  return {
    get lo() {
      return (l ??= lo());
    },
    get hi() {
      return (h ??= hi());
    },
  };
}

type BallOrUnderflow = ScaledBall | 'underflow';

/** Fixed-point u = e^−a (a >= 0) on W bits with its error: |U − u·2^W| <= errU. */
function fixedOf(u: BallOrUnderflow, W: number): { U: bigint; errU: bigint } {
  // 'underflow' and exponents below −(0.302·W + 1) mean u < 2^−W: U = 0 errs by less than 1.
  if (u === 'underflow' || -u.exp10 > W * 0.302 + 1) return { U: 0n, errU: 1n };
  if (u.exp10 === 0) return { U: u.m, errU: u.err };
  // U = floor(V/10^j) errs by at most err/10^j + 1.
  return { U: u.m / pow10(-u.exp10), errU: u.err + 1n };
}

/** 1/(1+u) in [1/2, 1] for u >= 0 given as U ± errU: the map has slope in [−1, 0], so err <= errU + 1 (truncation). */
function largeLogistic(U: bigint, errU: bigint, W: number): ScaledBall {
  const one = 1n << BigInt(W);
  return { m: (one << BigInt(W)) / (one + U), err: errU + 1n, exp10: 0, W };
}

/**
 * u/(1+u) for u = v·10^j, v ± err from the ball and u ± errU in fixed point: ∂/∂v = 1/(1+u) <= 1 and
 * |∂/∂u| = v/(1+u)² <= v <= 1 + 2^−W, so err <= err_v + errU + 2 (including truncation).
 */
function smallLogistic(u: BallOrUnderflow, U: bigint, errU: bigint, W: number): BallOrUnderflow {
  if (u === 'underflow') return 'underflow';
  const one = 1n << BigInt(W);
  return { m: (u.m << BigInt(W)) / (one + U), err: u.err + errU + 2n, exp10: u.exp10, W };
}

/** e^−|h| as a ball (never 'overflow'). */
function expNegAbs(h: Decimal, W: number): BallOrUnderflow {
  return expBall(h, W, h.s < 0 ? 1n : -1n) as BallOrUnderflow;
}

/** s(h) = 1/(1+e^−h) as a ball: 1/(1+u) for h >= 0, u/(1+u) for h < 0, with u = e^−|h|. */
function sigmoidBall(h: Decimal, W: number): BallOrUnderflow {
  const u = expNegAbs(h, W);
  const { U, errU } = fixedOf(u, W);
  return h.s >= 0 ? largeLogistic(U, errU, W) : smallLogistic(u, U, errU, W);
}

function nearest(b: ExpBall, D: DecimalCtor): Decimal {
  if (b === 'underflow') return new D(0);
  if (b === 'overflow') return new D(Infinity);
  return ballNearest(b, D);
}

function lower(b: ExpBall, D: DecimalCtor): Decimal {
  if (b === 'underflow') return new D(0);
  if (b === 'overflow') return new D(`1e${MAX_EXPONENT}`);
  return ballLower(b, D);
}

function upper(b: ExpBall, D: DecimalCtor): Decimal {
  if (b === 'underflow') return new D(`1e${MIN_EXPONENT}`);
  if (b === 'overflow') return new D(Infinity);
  return ballUpper(b, D);
}

function requireFinite(x: Decimal, name: string): void {
  if (!x.isFinite()) throw new RangeError(`${name} of non-finite ${x}`);
}

/** e^x rounded to D's precision with bound (★); 0 below and Infinity above decimal.js's exponent range. */
export function exp(D: DecimalCtor, x: Decimal): Decimal {
  requireFinite(x, 'exp');
  return nearest(expBall(x, workingBits(D.precision)), D);
}

/** The sigmoid s(h) = 1/(1+e^−h) with bound (★), also at h = ±10^6 (s(−10^6) ≈ e^−10^6 to full relative precision). */
export function sigmoid(D: DecimalCtor, h: Decimal): Decimal {
  requireFinite(h, 'sigmoid');
  return nearest(sigmoidBall(h, workingBits(D.precision)), D);
}

/** 1 − s(h), computed as s(−h) with bound (★), never by cancellation. */
export function oneMinusSigmoid(D: DecimalCtor, h: Decimal): Decimal {
  return sigmoid(D, h.neg());
}

/** [s(h), 1 − s(h)] from one exponential, each with bound (★) (the pair a derivative s' = s·(1 − s) needs). */
export function sigmoidPair(D: DecimalCtor, h: Decimal): [Decimal, Decimal] {
  requireFinite(h, 'sigmoid');
  const W = workingBits(D.precision);
  const u = expNegAbs(h, W);
  const { U, errU } = fixedOf(u, W);
  const large = nearest(largeLogistic(U, errU, W), D);
  const small = nearest(smallLogistic(u, U, errU, W), D);
  return h.s >= 0 ? [large, small] : [small, large];
}

/** Rigorous p-digit bounds of e^x (lo = 10^maxE, hi = Infinity past the range's top; lo = 0, hi = 10^minE past its bottom). */
export function expBounds(x: Decimal, precision: number): Bounds {
  requireFinite(x, 'exp');
  const { down, up } = outwardContexts(precision);
  const b = expBall(x, workingBits(precision));
  return lazyBounds(() => lower(b, down), () => upper(b, up));
}

/** Rigorous p-digit bounds of s(x) = 1/(1+e^−x). */
export function sigmoidBounds(x: Decimal, precision: number): Bounds {
  requireFinite(x, 'sigmoid');
  const { down, up } = outwardContexts(precision);
  const b = sigmoidBall(x, workingBits(precision));
  return lazyBounds(() => lower(b, down), () => upper(b, up));
}

/** True iff |x| < 10^−k. */
function smallerThanPowerOfTen(x: Decimal, k: number): boolean {
  return x.isZero() || x.e < -k;
}

const EIGHTH = new Decimal('0.125');
const LOG2_10 = 3.321928094887362;

/**
 * tanh|h| = (1 − u)/(1 + u), u = e^−2|h|, as a fixed-point ball with relative error below 2^−W·(2·errU + 1)·8: the
 * exponential is taken at W + extra bits, where 2^−extra <= min(|h|, 1/8)/4, so that the cancellation in 1 − u
 * (1 − u ≈ 2|h|) costs no relative precision. The slope of (1−u)/(1+u) is in [−2, 0], so err <= 2·errU + 1; and
 * tanh|h| >= 0.9·min(|h|, 1/8) here. Requires h ≠ 0.
 */
function tanhBall(h: Decimal, W: number): FixedBall {
  const extra = h.abs().gte(EIGHTH) ? 0 : Math.ceil(-h.e * LOG2_10) + 2;
  const Weff = W + extra;
  const u = expBall(h, Weff, h.s < 0 ? 2n : -2n) as BallOrUnderflow;
  const { U, errU } = fixedOf(u, Weff);
  const one = 1n << BigInt(Weff);
  return { m: ((one - U) << BigInt(Weff)) / (one + U), err: 2n * errU + 1n, W: Weff };
}

/** tanh(h) with bound (★) from the kernel; h − h³/3 (relative error < h⁴) once |h| < 10^−(p/2+1). */
export function tanh(D: DecimalCtor, h: Decimal): Decimal {
  requireFinite(h, 'tanh');
  const p = D.precision;
  if (smallerThanPowerOfTen(h, Math.ceil(p / 2) + 1)) {
    const W = decimalContext(2 * p + 5);
    return new D(W.sub(h, W.mul(h, h).times(h).div(3))).toSD(p);
  }
  const t = fixedNearest(tanhBall(h, workingBits(p)), D);
  return h.s < 0 ? t.neg() : t;
}

/** Rigorous p-digit bounds of tanh(x). */
export function tanhBounds(x: Decimal, precision: number): Bounds {
  requireFinite(x, 'tanh');
  const { down, up } = outwardContexts(precision);
  if (x.s < 0) {
    const b = tanhBounds(x.neg(), precision);
    return lazyBounds(() => new down(b.hi).neg(), () => new up(b.lo).neg());
  }
  if (smallerThanPowerOfTen(x, Math.ceil(precision / 2) + 1)) {
    // For x >= 0: x − x³/3 <= tanh x <= x (tanh x − x + x³/3 vanishes at 0 and has derivative x² − tanh² x >= 0).
    const cube = up.mul(up.mul(x, x), x);
    return { lo: down.sub(x, up.div(cube, 3)), hi: x.toSD(precision, Decimal.ROUND_CEIL) };
  }
  const b = tanhBall(x, workingBits(precision));
  return lazyBounds(() => fixedLower(b, down), () => fixedUpper(b, up));
}

/** ln x for a positive finite Decimal x as a kernel ball at the working bits of `precision` digits. */
function lnBall(x: Decimal, precision: number): FixedBall {
  if (!(x.isFinite() && x.gt(0))) throw new RangeError(`ln of ${x}, which is not a positive finite number`);
  const { digits, e10 } = decimalDigits(x);
  return lnOfScaled(BigInt(digits), e10, workingBits(precision));
}

/** ln(1 + u) for a Decimal u >= 0 as a kernel ball, from the exact integer form of 1 + u. */
function log1pBall(u: Decimal, precision: number): FixedBall {
  if (u.isZero()) return { m: 0n, err: 0n, W: 1 };
  const { digits, e10 } = decimalDigits(u);
  const N = BigInt(digits);
  const W = workingBits(precision);
  return e10 >= 0 ? lnOfScaled(N * pow10(e10) + 1n, 0, W) : lnOfScaled(N + pow10(-e10), e10, W);
}

/** ln x with bound (★) (kernel: Newton on the proved exponential, error certified a posteriori); throws RangeError unless x > 0. */
export function ln(D: DecimalCtor, x: Decimal): Decimal {
  return fixedNearest(lnBall(x, D.precision), D);
}

/** Rigorous p-digit bounds of ln x for x > 0. */
export function lnBounds(x: Decimal, precision: number): Bounds {
  const { down, up } = outwardContexts(precision);
  const b = lnBall(x, precision);
  return lazyBounds(() => fixedLower(b, down), () => fixedUpper(b, up));
}

/** softplus(h) = ln(1 + e^h) = max(h, 0) + ln(1 + u), u = e^−|h|, to about p digits at every h (e^h itself far left). */
export function softplus(D: DecimalCtor, h: Decimal): Decimal {
  requireFinite(h, 'softplus');
  const p = D.precision;
  const G = decimalContext(p + 5);
  const u = nearest(expBall(h, workingBits(G.precision), h.s < 0 ? 1n : -1n), G);
  // ln(1 + u) = u − u²/2 within a relative u²/3 < 10^−2p once u < 10^−(p+1).
  const l = smallerThanPowerOfTen(u, p + 1) ? G.sub(u, G.mul(u, u).div(2)) : fixedNearest(log1pBall(u, G.precision), G);
  return new D(h.s > 0 ? G.add(h, l) : l).toSD(p);
}

/** ln s(h) = −softplus(−h), to about p digits at every h (≈ −e^−h for large h, ≈ h for very negative h). */
export function logSigmoid(D: DecimalCtor, h: Decimal): Decimal {
  return softplus(D, h.neg()).neg();
}

/** Rigorous p-digit bounds of softplus(x) = ln(1 + e^x). */
export function softplusBounds(x: Decimal, precision: number): Bounds {
  requireFinite(x, 'softplus');
  const g = outwardContexts(precision + 5);
  const { down, up } = outwardContexts(precision);
  const b = expBall(x, workingBits(precision + 5), x.s < 0 ? 1n : -1n);
  // softplus(x) = max(x, 0) + ln(1 + u), u = e^−|x|, increasing in u; u − u²/2 <= ln(1+u) <= u for u >= 0.
  const tiny = smallerThanPowerOfTen(upper(b, g.up), precision + 1);
  const lnLower = (): Decimal => {
    const u = lower(b, g.down);
    return tiny ? g.down.sub(u, g.up.div(g.up.mul(u, u), 2)) : fixedLower(log1pBall(u, precision + 5), g.down);
  };
  const lnUpper = (): Decimal => {
    const u = upper(b, g.up);
    return tiny ? u : fixedUpper(log1pBall(u, precision + 5), g.up);
  };
  if (x.s > 0) return lazyBounds(() => down.add(x, lnLower()), () => up.add(x, lnUpper()));
  return lazyBounds(
    () => lnLower().toSD(precision, Decimal.ROUND_FLOOR),
    () => lnUpper().toSD(precision, Decimal.ROUND_CEIL),
  );
}

/**
 * logit(q) = ln(q/(1 − q)) for 0 < q < 1, to about p digits: ln q − ln(1 − q) away from 1/2, and
 * ln(1 + (2q − 1)/(1 − q)) with exact 2q − 1 and 1 − q and guard digits near 1/2 (where logit q ≈ 4(q − 1/2)).
 */
export function logit(D: DecimalCtor, q: Decimal): Decimal {
  if (!(q.gt(0) && q.lt(1))) throw new RangeError(`logit of ${q}, outside (0, 1)`);
  const p = D.precision;
  const exact = decimalContext(q.sd() - q.e + 2);
  const complement = exact.sub(1, q);
  const twiceMinusOne = exact.mul(q, 2).minus(1);
  if (twiceMinusOne.abs().gte(0.5)) {
    const W = decimalContext(p + 5);
    return new D(W.ln(q).minus(W.ln(complement))).toSD(p);
  }
  if (twiceMinusOne.isZero()) return new D(0);
  const W = decimalContext(p + 5 - twiceMinusOne.e);
  const r = W.div(twiceMinusOne, complement);
  return new D(W.ln(W.add(1, r))).toSD(p);
}

/**
 * [s(h), s'(h), s''(h)] = [s, s·c, s·c·(c − s)] with c = 1 − s(h) = s(−h), both from one kernel call: no cancellation
 * in s' at large |h|; c − s cancels only near h = 0, where s''(h) ≈ −h/8 is itself small.
 */
export function sigmoidJet(D: DecimalCtor, h: Decimal): [Decimal, Decimal, Decimal] {
  const [s, c] = sigmoidPair(D, h);
  const d1 = D.mul(s, c);
  return [s, d1, D.mul(d1, D.sub(c, s))];
}

/** [tanh h, 1 − tanh² h, −2·tanh h·(1 − tanh² h)] with 1 − tanh² h = 4·s(2h)·s(−2h), never by cancellation. */
export function tanhJet(D: DecimalCtor, h: Decimal): [Decimal, Decimal, Decimal] {
  const t = tanh(D, h);
  const [s, c] = sigmoidPair(D, decimalContext(D.precision + 1).mul(h, 2));
  const d1 = D.mul(4, D.mul(s, c));
  return [t, d1, D.mul(-2, D.mul(t, d1))];
}
