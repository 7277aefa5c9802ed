/**
 * Exact IEEE 754 binary64 for the kernel: floating point as a subject of study, never as a tool of proof.
 *
 * A finite double is the exact rational m·2^q (BigInt m); `roundToDouble` is the standard's round-to-nearest,
 * ties-to-even, with subnormals and overflow to ±Infinity, computed on exact rationals with BigInt only. Doubles
 * themselves are held as JS numbers but only built from and read back to their 64-bit patterns, never computed with.
 * `roundedExpNeg` is the evaluation model RN(e^−h): exp correctly rounded to nearest, decided from an outward-rounded
 * decimal.js enclosure whose two ends round to the same double (RN is monotone, so every point between them does too).
 */
import type { Decimal } from 'decimal.js';
import { add, div, ONE, rat, sub, type Rational } from '../algebra/rational.js';
import { outwardContexts } from './context.js';

const SIGNIFICAND_BITS = 52n;
const HIDDEN_BIT = 1n << SIGNIFICAND_BITS;
const FRACTION_MASK = HIDDEN_BIT - 1n;
const EXPONENT_MASK = 0x7ffn;
const SIGN_BIT = 1n << 63n;
/** Exponent of the least subnormal, 2^−1074, and of the least normal, 2^−1022. */
const MIN_QUANTUM = -1074;
const MIN_NORMAL_EXPONENT = -1022;
const BIAS = 1023;

/** The 64-bit pattern of x (NaN payloads as the platform stores them). */
export function bitsOf(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

/** The double whose 64-bit pattern is `bits`; throws RangeError unless 0 <= bits < 2^64. */
export function fromBits(bits: bigint): number {
  if (bits < 0n || bits >= 1n << 64n) throw new RangeError(`not a 64-bit pattern: ${bits}`);
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}

/** The bit pattern of x as "0x" and 16 lowercase hex digits, e.g. 1 → "0x3ff0000000000000". */
export function toHex(x: number): string {
  return `0x${bitsOf(x).toString(16).padStart(16, '0')}`;
}

/** The double with bit pattern `text` ("0x" and exactly 16 hex digits); throws RangeError on any other text. */
export function parseHex(text: unknown): number {
  if (typeof text !== 'string' || !/^0x[0-9a-fA-F]{16}$/.test(text)) throw new RangeError(`not a 64-bit hex pattern: ${JSON.stringify(text)}`);
  return fromBits(BigInt(text));
}

/** True iff a and b have the same bit pattern (so +0 and −0 differ, and a NaN equals only its own pattern). */
export function sameDouble(a: number, b: number): boolean {
  return bitsOf(a) === bitsOf(b);
}

/** The exact value of a finite double as sign·m·2^q with m >= 0 (m = 0 for ±0); throws RangeError on NaN or ±Infinity. */
function decompose(x: number): { negative: boolean; m: bigint; q: number } {
  const bits = bitsOf(x);
  const biased = (bits >> SIGNIFICAND_BITS) & EXPONENT_MASK;
  if (biased === EXPONENT_MASK) throw new RangeError(`no exact value for ${x}`);
  const fraction = bits & FRACTION_MASK;
  const negative = (bits & SIGN_BIT) !== 0n;
  if (biased === 0n) return { negative, m: fraction, q: MIN_QUANTUM };
  return { negative, m: fraction | HIDDEN_BIT, q: Number(biased) - BIAS - Number(SIGNIFICAND_BITS) };
}

/** The exact rational value of a finite double (±0 → 0); throws RangeError on NaN or ±Infinity. */
export function exactValue(x: number): Rational {
  const { negative, m, q } = decompose(x);
  const signed = negative ? -m : m;
  return q >= 0 ? rat(signed << BigInt(q)) : rat(signed, 1n << BigInt(-q));
}

/** The exact decimal expansion of a finite double, without exponent or trailing zeros (±0 → "0"); RangeError on NaN/±Infinity. */
export function exactDecimal(x: number): string {
  const { negative, m, q } = decompose(x);
  if (m === 0n) return '0';
  const sign = negative ? '-' : '';
  if (q >= 0) return `${sign}${m << BigInt(q)}`;
  // m·2^q = m·5^−q / 10^−q: −q decimal places.
  const places = -q;
  const digits = (m * 5n ** BigInt(places)).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
  return fraction === '' ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** The double m·2^q for m >= 0 with m < 2^53 when q > MIN_QUANTUM, or the overflow +Infinity. */
function positiveDouble(m: bigint, q: number): number {
  if (m === 0n) return 0;
  let mantissa = m;
  let quantum = q;
  if (mantissa === HIDDEN_BIT << 1n) {
    mantissa = HIDDEN_BIT;
    quantum += 1;
  }
  if (mantissa < HIDDEN_BIT) return fromBits(mantissa); // subnormal: quantum is MIN_QUANTUM
  const biased = BigInt(quantum + BIAS) + SIGNIFICAND_BITS;
  if (biased >= EXPONENT_MASK) return Infinity;
  return fromBits((biased << SIGNIFICAND_BITS) | (mantissa & FRACTION_MASK));
}

/**
 * RN(r): the binary64 value nearest to the exact rational r, ties to the even significand, with gradual underflow;
 * |r| >= 2^1024 − 2^970 rounds to ±Infinity; an exact zero gives +0 (the sign of r otherwise carries over, so a tiny
 * negative r gives −0).
 */
export function roundToDouble(r: Rational): number {
  if (r.num === 0n) return 0;
  const negative = r.num < 0n;
  const num = negative ? -r.num : r.num;
  const den = r.den;
  // e = floor(log2(num/den)) is the bit-length difference or one less.
  let e = bitLength(num) - bitLength(den);
  if (e >= 0 ? num < den << BigInt(e) : num << BigInt(-e) < den) e -= 1;
  // The quantum (weight of the last significand bit) of binary64 numbers in [2^e, 2^(e+1)).
  const q = Math.max(e, MIN_NORMAL_EXPONENT) - Number(SIGNIFICAND_BITS);
  const scaledNum = q >= 0 ? num : num << BigInt(-q);
  const scaledDen = q >= 0 ? den << BigInt(q) : den;
  let m = scaledNum / scaledDen;
  const twiceRemainder = 2n * (scaledNum - m * scaledDen);
  if (twiceRemainder > scaledDen || (twiceRemainder === scaledDen && (m & 1n) === 1n)) m += 1n;
  const magnitude = positiveDouble(m, q);
  return negative ? -magnitude : magnitude;
}

/** The least double greater than x (IEEE nextUp): ±0 → least subnormal, −(least subnormal) → −0, +Infinity and NaN unchanged. */
export function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return fromBits(1n);
  const bits = bitsOf(x);
  return x > 0 ? fromBits(bits + 1n) : fromBits(bits - 1n);
}

/** The greatest double less than x (IEEE nextDown): nextDown(x) = −nextUp(−x). */
export function nextDown(x: number): number {
  return -nextUp(-x);
}

/** The four rounded steps of the textbook sigmoid s = 1/(1 + e^−h) and of r = 1 − s, given e = RN(e^−h). */
export interface SigmoidSteps {
  /** RN(e^−h), the input. */
  e: number;
  /** RN(1 + e). */
  d: number;
  /** RN(1 / d): the float64 sigmoid. */
  s: number;
  /** RN(1 − s): the float64 value of 1 − s(h). */
  r: number;
}

/**
 * d = RN(1 + e), s = RN(1/d), r = RN(1 − s), each exactly rounded to nearest-even, for e >= 0 finite or +Infinity
 * (then d = +Infinity, s = 1/∞ = +0, r = 1, as IEEE 754 defines these operations on infinity); RangeError otherwise.
 */
export function textbookSigmoid(e: number): SigmoidSteps {
  if (!(e >= 0)) throw new RangeError(`e must be >= 0 or +Infinity, got ${e}`);
  const d = e === Infinity ? Infinity : roundToDouble(add(ONE, exactValue(e)));
  const s = d === Infinity ? 0 : roundToDouble(div(ONE, exactValue(d)));
  const r = roundToDouble(sub(ONE, exactValue(s)));
  return { e, d, s, r };
}

const EXPONENTIAL = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/;

/** The exact rational value of a finite Decimal (read from its exact exponential form); RangeError on NaN or ±Infinity. */
export function decimalToRational(x: Decimal): Rational {
  const m = EXPONENTIAL.exec(x.toExponential());
  if (m === null) throw new RangeError(`not a finite decimal: ${x.toString()}`);
  const fraction = m[3] ?? '';
  const digits = BigInt(`${m[1]}${m[2]}${fraction}`);
  const exponent = Number(m[4]) - fraction.length;
  return exponent >= 0 ? rat(digits * 10n ** BigInt(exponent)) : rat(digits, 10n ** BigInt(-exponent));
}

/** An outward enclosure lo <= e^−h <= hi and the double RN(e^−h) when RN(lo) = RN(hi) (else null: too wide to decide). */
export interface RoundedExp {
  lo: Rational;
  hi: Rational;
  value: number | null;
}

/**
 * The model's e = RN(e^−h) for a finite double h: e^−h at the exact value of h, enclosed by decimal.js's correctly
 * rounded exp at `precision` significant digits in ROUND_FLOOR and ROUND_CEIL; RN is monotone, so when both ends
 * round to the same double every point between them does, and that double is RN(e^−h).
 */
export function roundedExpNeg(h: number, precision: number): RoundedExp {
  const minusH = exactDecimal(-h);
  const { down, up } = outwardContexts(precision);
  const lo = decimalToRational(down.exp(minusH));
  const hi = decimalToRational(up.exp(minusH));
  const a = roundToDouble(lo);
  const b = roundToDouble(hi);
  return { lo, hi, value: sameDouble(a, b) ? a : null };
}
