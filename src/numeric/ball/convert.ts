/**
 * Balls at the edges: exact enclosures of rationals and Decimals, and outward-rounded decimal ends (decimal.js stays
 * the number type users see). Moderate exponents convert exactly through BigInt; decimal exponents beyond ±4000 go
 * through a ball of 10^k built by binary powering, whose radius the ball arithmetic tracks.
 */
import type { Decimal } from 'decimal.js';
import type { Rational } from '../../algebra/rational.js';
import type { DecimalCtor } from '../context.js';
import { decimalDigits, fixedToDecimal, pow10 } from '../fixed.js';
import { ballEnds, div, exactBall, isWhole, mul, roundBall, WHOLE_LINE, type Ball } from './ball.js';
import { bitLength, EXP_LIMIT, MAG_ZERO, magPow2 } from './mag.js';

const LOG10_2 = 0.30102999566398;
/** Decimal exponents up to this size convert exactly through BigInt powers of ten. */
const EXACT_POW10 = 4000;

/** The ball of num/den (den > 0) at `prec` bits: the truncated quotient, radius one unit of its last bit unless exact. */
function quotientBall(num: bigint, den: bigint, prec: number): Ball {
  if (den === 1n) return roundBall(num, 0, MAG_ZERO, prec);
  const s = Math.max(0, prec + bitLength(den) - bitLength(num) + 2);
  const n = num << BigInt(s);
  const q = n / den;
  return roundBall(q, -s, q * den === n ? MAG_ZERO : magPow2(-s), prec);
}

/** A ball at `prec` bits containing the exact rational r. */
export function fromRational(r: Rational, prec: number): Ball {
  return quotientBall(r.num, r.den, prec);
}

/** A ball containing 10^k (exact for 0 <= k <= 4000; otherwise binary powering of 10 at prec + 64 bits, then 1/· for k < 0). */
function pow10Ball(k: number, prec: number): Ball {
  if (k >= 0 && k <= EXACT_POW10) return roundBall(pow10(k), 0, MAG_ZERO, prec);
  if (k < 0 && -k <= EXACT_POW10) return quotientBall(1n, pow10(-k), prec);
  const guard = prec + 64;
  let result = exactBall(1n);
  let base = exactBall(10n);
  for (let n = Math.abs(k); n > 0; n = Math.floor(n / 2)) {
    if (n % 2 === 1) result = mul(result, base, guard);
    if (n > 1) base = mul(base, base, guard);
    if (isWhole(base) || isWhole(result)) {
      // A whole-line factor means 10^|k| >= 2^(EXP_LIMIT − 1) (it is multiplied into the result later): 10^k is below its inverse.
      return k < 0 ? { m: 0n, e: 0, rad: magPow2(1 - EXP_LIMIT) } : WHOLE_LINE;
    }
  }
  return k < 0 ? div(exactBall(1n), result, prec) : roundBall(result.m, result.e, result.rad, prec);
}

/** A ball at `prec` bits containing the finite Decimal x (exact when x is a dyadic of at most `prec` bits). */
export function fromDecimal(x: Decimal, prec: number): Ball {
  if (!x.isFinite()) throw new RangeError(`ball of non-finite ${x}`);
  if (x.isZero()) return exactBall(0n);
  const { digits, e10 } = decimalDigits(x);
  const n = BigInt(digits) * BigInt(x.s);
  if (e10 >= 0 && e10 <= EXACT_POW10) return roundBall(n * pow10(e10), 0, MAG_ZERO, prec);
  if (e10 < 0 && -e10 <= EXACT_POW10) return quotientBall(n, pow10(-e10), prec);
  return mul(exactBall(n), pow10Ball(e10, prec + 8), prec);
}

/** The dyadic m·2^e rounded to D.precision digits in the given direction, exactly (|e| <= 4000·3.33 here). */
function dyadicToDecimal(m: bigint, e: number, D: DecimalCtor, mode: 'floor' | 'ceil' | 'nearest'): Decimal {
  return e >= 0 ? fixedToDecimal(m << BigInt(e), 0, D, mode) : fixedToDecimal(m, -e, D, mode);
}

/**
 * The dyadic m·2^e rounded in `mode` to D.precision digits, for any exponent: directly when |e| <= 13000, else as
 * (m·2^e·10^−t rounded) · 10^t with t ≈ e·log10 2, the first factor a ball whose lower (floor) or upper (ceil) end
 * is rounded, and 10^t an exact shift of the decimal exponent. 'nearest' there is the ball's midpoint (not rigorous).
 */
function toDecimal(m: bigint, e: number, D: DecimalCtor, mode: 'floor' | 'ceil' | 'nearest'): Decimal {
  if (m === 0n) return new D(0);
  if (Math.abs(e) <= 13000) return dyadicToDecimal(m, e, D, mode);
  const prec = Math.ceil(D.precision / LOG10_2) + 32;
  const t = Math.round((e + bitLength(m)) * LOG10_2);
  // 10^−t in two factors, so that no intermediate leaves the exponent range.
  const half = Math.trunc(t / 2);
  const scaled = mul(mul(exactBall(m, e), pow10Ball(-half, prec), prec), pow10Ball(half - t, prec), prec);
  const ends = ballEnds(scaled, prec);
  const end = mode === 'floor' ? ends.lo : mode === 'ceil' ? ends.hi : { m: scaled.m, e: scaled.e };
  const d = dyadicToDecimal(end.m, end.e, D, mode);
  if (d.isZero()) return d;
  const { digits, e10 } = decimalDigits(d);
  return new D(`${d.isNeg() ? '-' : ''}${digits}e${e10 + t}`);
}

/** A D.precision-digit lower bound of every point of the ball (−Infinity for the whole line). */
export function lowerDecimal(x: Ball, D: DecimalCtor): Decimal {
  if (isWhole(x)) return new D(-Infinity);
  const { lo } = ballEnds(x, Math.ceil(D.precision / LOG10_2) + 8);
  return toDecimal(lo.m, lo.e, D, 'floor');
}

/** A D.precision-digit upper bound of every point of the ball (Infinity for the whole line). */
export function upperDecimal(x: Ball, D: DecimalCtor): Decimal {
  if (isWhole(x)) return new D(Infinity);
  const { hi } = ballEnds(x, Math.ceil(D.precision / LOG10_2) + 8);
  return toDecimal(hi.m, hi.e, D, 'ceil');
}

/** The midpoint rounded to nearest at D.precision digits (NaN for the whole line): a value to show, not a bound. */
export function midDecimal(x: Ball, D: DecimalCtor): Decimal {
  if (isWhole(x)) return new D(NaN);
  return toDecimal(x.m, x.e, D, 'nearest');
}

/** An upper bound of the radius as a 3-digit Decimal (for reporting widths). */
export function radiusDecimal(x: Ball, D: DecimalCtor): Decimal {
  if (isWhole(x)) return new D(Infinity);
  return toDecimal(BigInt(x.rad.m), x.rad.e, D, 'ceil');
}
