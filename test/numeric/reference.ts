/**
 * Independent references for the numeric tests: plain decimal.js formulas at generous precision (chosen per case so
 * that their own cancellation cannot reach the digits compared), and fast-check arbitraries of exact decimals.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { decimalContext, type DecimalCtor } from '../../src/numeric/context.js';

/** A reference context with `digits` significant digits. */
export function ref(digits: number): DecimalCtor {
  return decimalContext(digits);
}

/** e^x, decimal.js (correctly rounded) at `digits`. */
export function refExp(x: Decimal, digits: number): Decimal {
  return ref(digits).exp(x);
}

/** 1/(1+e^−x) at `digits` (relative error a few units of 10^−digits at every x). */
export function refSigmoid(x: Decimal, digits: number): Decimal {
  const R = ref(digits);
  return R.div(1, R.exp(new R(x).neg()).plus(1));
}

/** tanh x = (e^2x − 1)/(e^2x + 1) at `digits` plus the digits its cancellation loses for small |x|. */
export function refTanh(x: Decimal, digits: number): Decimal {
  const R = ref(digits + Math.max(0, -x.e) + 5);
  const e = R.exp(R.mul(x, 2));
  return ref(digits).div(e.minus(1), e.plus(1));
}

/** ln(1 + e^x) at `digits` plus the digits lost in 1 + e^x for negative x (requires x >= −2000). */
export function refSoftplus(x: Decimal, digits: number): Decimal {
  const extra = x.lt(0) ? Math.ceil(-x.toNumber() / 2.302585) + 5 : 5;
  const R = ref(digits + extra);
  return ref(digits).add(R.ln(R.add(1, R.exp(x))), 0);
}

/** |a − b| <= rel·|b|, evaluated at `digits`. */
export function relClose(a: Decimal, b: Decimal, rel: Decimal.Value, digits: number): boolean {
  const R = ref(digits);
  return R.sub(a, b).abs().lte(R.mul(rel, b.abs()));
}

/** Relative error |a − b|/|b| as a Decimal (|a| when b = 0). */
export function relError(a: Decimal, b: Decimal, digits: number): Decimal {
  const R = ref(digits);
  const d = R.sub(a, b).abs();
  return b.isZero() ? d : d.div(b.abs());
}

/**
 * Exact decimals x = n·10^(mag − digits) with |n| < 10^digits (so |x| < 10^mag) and mag in [minMag, maxMag], built from
 * integers (no doubles), returned as text so that every context reads the same exact value.
 */
export function decimalText(digits: number, minMag: number, maxMag: number): fc.Arbitrary<string> {
  const bound = 10n ** BigInt(digits) - 1n;
  return fc
    .tuple(fc.bigInt({ min: -bound, max: bound }), fc.integer({ min: minMag, max: maxMag }))
    .map(([n, mag]) => `${n}e${mag - digits}`);
}

/** Seeds are fixed so that every run checks the same cases; change one to explore. */
export const SEED = 20160829;
