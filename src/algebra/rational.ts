/**
 * Exact rational numbers over BigInt, always in lowest terms with a positive denominator.
 * The one number type that every exact computation in the suite (kernel, algebra, symbolic) shares.
 */

/** A rational number num/den with gcd(num, den) = 1 and den > 0. Construct only through `rat`/`parseRational`. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

/** |a|, exactly. */
export function bigAbs(a: bigint): bigint {
  return a < 0n ? -a : a;
}

/** gcd(a, b) >= 0 of two integers (gcd(0, 0) = 0). */
export function bigGcd(a: bigint, b: bigint): bigint {
  a = bigAbs(a);
  b = bigAbs(b);
  while (b !== 0n) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
}

/** The rational num/den in lowest terms; throws RangeError when den = 0. */
export function rat(num: bigint | number, den: bigint | number = 1n): Rational {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError('rational with zero denominator');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = bigGcd(n, d);
  return g > 1n ? { num: n / g, den: d / g } : { num: n, den: d };
}

export const ZERO: Rational = rat(0n);
export const ONE: Rational = rat(1n);

/** a + b, exactly. */
export function add(a: Rational, b: Rational): Rational {
  return rat(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** a - b, exactly. */
export function sub(a: Rational, b: Rational): Rational {
  return rat(a.num * b.den - b.num * a.den, a.den * b.den);
}

/** a * b, exactly. */
export function mul(a: Rational, b: Rational): Rational {
  return rat(a.num * b.num, a.den * b.den);
}

/** a / b, exactly; throws RangeError when b = 0. */
export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError('division by zero rational');
  return rat(a.num * b.den, a.den * b.num);
}

/** -a, exactly. */
export function neg(a: Rational): Rational {
  return { num: -a.num, den: a.den };
}

/** a^k for an integer k (negative k inverts; throws on 0^negative). */
export function pow(a: Rational, k: number): Rational {
  if (!Number.isInteger(k)) throw new RangeError(`non-integer exponent ${k}`);
  if (k < 0) return pow(div(ONE, a), -k);
  const e = BigInt(k);
  return rat(a.num ** e, a.den ** e);
}

/** -1, 0 or 1: the exact sign of a. */
export function sign(a: Rational): -1 | 0 | 1 {
  return a.num < 0n ? -1 : a.num > 0n ? 1 : 0;
}

/** -1, 0 or 1 as a < b, a = b, a > b, exactly. */
export function cmp(a: Rational, b: Rational): -1 | 0 | 1 {
  return sign(sub(a, b));
}

/** True iff a = b exactly. */
export function eq(a: Rational, b: Rational): boolean {
  return a.num === b.num && a.den === b.den;
}

/** True iff a is zero. */
export function isZero(a: Rational): boolean {
  return a.num === 0n;
}

/** "n" or "n/d", the canonical text of a rational (round-trips through `parseRational`). */
export function ratToString(a: Rational): string {
  return a.den === 1n ? a.num.toString() : `${a.num}/${a.den}`;
}

/**
 * Parses an exact rational from text: an integer ("-3"), a fraction ("-3/4"), a decimal ("0.25", "-1.5e-3").
 * Returns the exact value the text denotes; throws SyntaxError naming the text when it is not one of these.
 */
export function parseRational(text: string): Rational {
  const s = text.trim();
  const frac = /^([+-]?\d+)\s*\/\s*([+-]?\d+)$/.exec(s);
  if (frac) {
    const den = BigInt(frac[2]);
    if (den === 0n) throw new SyntaxError(`"${text}" has a zero denominator`);
    return rat(BigInt(frac[1]), den);
  }
  const dec = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
  if (dec && (dec[2] !== '' || (dec[3] !== undefined && dec[3] !== ''))) {
    const digits = `${dec[2] || '0'}${dec[3] ?? ''}`;
    const exp = (dec[4] ? Number.parseInt(dec[4], 10) : 0) - (dec[3]?.length ?? 0);
    if (Math.abs(exp) > 100_000) throw new SyntaxError(`"${text}" has an exponent out of range`);
    let n = BigInt(digits);
    if (dec[1] === '-') n = -n;
    return exp >= 0 ? rat(n * 10n ** BigInt(exp), 1n) : rat(n, 10n ** BigInt(-exp));
  }
  throw new SyntaxError(`"${text}" is not a number (expected an integer, a decimal or a fraction p/q)`);
}

/** floor(a) as a BigInt. */
export function floor(a: Rational): bigint {
  const q = a.num / a.den;
  return a.num < 0n && q * a.den !== a.num ? q - 1n : q;
}
