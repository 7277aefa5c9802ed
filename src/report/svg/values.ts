/**
 * Positive magnitudes beyond the float64 range, reduced to the log10 values that log axes take.
 * A float64 underflows below ~4.9e-324, so exact values arrive as decimal strings or mantissa/exponent pairs.
 */

/** mantissa × 10^exponent10, with mantissa ≥ 0 finite and exponent10 a safe integer. */
export interface Sci {
  readonly mantissa: number;
  readonly exponent10: number;
}

/** A magnitude for a log axis: a float64, a plain decimal string ("1.5e-400", "0.00012") or a `Sci`. */
export type Magnitude = number | string | Sci;

const DECIMAL = /^\+?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** log10 of a non-negative magnitude (exact zero gives −Infinity, the "= 0" band); throws RangeError on negative, NaN, ±Infinity or bad syntax. */
export function log10Of(v: Magnitude): number {
  if (typeof v === 'number') return log10OfNumber(v);
  if (typeof v === 'string') return log10OfDecimal(v);
  if (!Number.isSafeInteger(v.exponent10)) throw new RangeError(`exponent10 ${v.exponent10} is not a safe integer`);
  const m = log10OfNumber(v.mantissa);
  return m === -Infinity ? m : m + v.exponent10;
}

function log10OfNumber(x: number): number {
  if (!Number.isFinite(x) || x < 0) throw new RangeError(`no log10 value for ${x}`);
  return x === 0 ? -Infinity : Math.log10(x);
}

function log10OfDecimal(s: string): number {
  const m = DECIMAL.exec(s.trim());
  if (m === null || (m[1] === '' && (m[2] ?? '') === '')) throw new RangeError(`not a non-negative decimal: "${s}"`);
  const intPart = m[1];
  const digits = intPart + (m[2] ?? '');
  const lead = digits.search(/[1-9]/);
  if (lead < 0) return -Infinity;
  // value = 0.<digits from lead> × 10^(point), point counted from the first significant digit.
  const point = intPart.length - lead + Number(m[3] ?? '0');
  if (!Number.isSafeInteger(point)) throw new RangeError(`exponent out of range in "${s}"`);
  return Math.log10(Number(`0.${digits.slice(lead, lead + 17)}`)) + point;
}
