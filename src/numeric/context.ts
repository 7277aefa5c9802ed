/**
 * Decimal contexts: every computation runs in its own `Decimal.clone({ precision, rounding })`.
 * The global Decimal is never configured; clones are cached so that equal requests share one constructor.
 */
import { Decimal } from 'decimal.js';

/** The type of a decimal.js constructor (a clone carries its own precision and rounding mode). */
export type DecimalCtor = typeof Decimal;

/** The largest decimal exponent decimal.js allows; results above 10^MAX_EXPONENT overflow to ±Infinity. */
export const MAX_EXPONENT = 9e15;
/** The smallest decimal exponent decimal.js allows; results below 10^MIN_EXPONENT underflow to 0. */
export const MIN_EXPONENT = -9e15;

const cache = new Map<string, DecimalCtor>();

/**
 * A Decimal constructor with `precision` significant digits and the given rounding mode (default ROUND_HALF_EVEN),
 * plain (non-exponential) `toString` and the widest exponent range. Cached by (precision, rounding).
 */
export function decimalContext(precision: number, rounding: Decimal.Rounding = Decimal.ROUND_HALF_EVEN): DecimalCtor {
  if (!Number.isInteger(precision) || precision < 1 || precision > 1e9) {
    throw new RangeError(`precision must be an integer in [1, 1e9], got ${precision}`);
  }
  const key = `${precision}:${rounding}`;
  let D = cache.get(key);
  if (D === undefined) {
    D = Decimal.clone({
      precision,
      rounding,
      toExpPos: 9e15,
      toExpNeg: -9e15,
      maxE: MAX_EXPONENT,
      minE: MIN_EXPONENT,
    });
    cache.set(key, D);
  }
  return D;
}

/** The two directed-rounding contexts of an outward-rounded computation: `down` = ROUND_FLOOR, `up` = ROUND_CEIL. */
export function outwardContexts(precision: number): { down: DecimalCtor; up: DecimalCtor } {
  return {
    down: decimalContext(precision, Decimal.ROUND_FLOOR),
    up: decimalContext(precision, Decimal.ROUND_CEIL),
  };
}
