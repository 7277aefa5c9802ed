/**
 * Richardson-extrapolated central differences: a derivative estimate that shares no code with automatic
 * differentiation, for evidence that the two agree. Evidence only: the error estimate is the usual difference of the
 * last two diagonal entries of the extrapolation table, not a bound.
 *
 * Central differences D(h) = (f(x+h) − f(x−h))/(2h) = f'(x) + c₁h² + c₂h⁴ + ... for smooth f. With h_k = h₀/2^k the
 * table T[k][m] = T[k][m−1] + (T[k][m−1] − T[k−1][m−1])/(4^m − 1) removes one power of h² per column. Rounding in
 * f is amplified by about 1/h_k, so f is evaluated at guard digits beyond the target precision.
 */
import type { Decimal } from 'decimal.js';
import { decimalContext, type DecimalCtor } from './context.js';

/** A function evaluated in the Decimal context D it is given (it should compute at D's precision). */
export type ScalarFunction = (x: Decimal, D: DecimalCtor) => Decimal;

/** A function of several variables evaluated in the context D it is given. */
export type VectorFunction = (w: Decimal[], D: DecimalCtor) => Decimal;

/** Options of `richardsonDerivative`: first step h₀ (default max(|x|, 1)/8) and the most table rows (default ⌈2√p⌉ + 2). */
export interface RichardsonOptions {
  step?: Decimal | string;
  maxLevels?: number;
}

/** A derivative estimate, its error estimate (last diagonal change + final rounding; not a bound), the rows used and the first step. */
export interface RichardsonResult {
  derivative: Decimal;
  errorEstimate: Decimal;
  levels: number;
  step: Decimal;
}

/**
 * f'(x) by Richardson extrapolation of central differences, rounded to `precision` digits. Runs at
 * precision + 10 + 0.6·levels digits (covering the 1/h amplification of rounding and the table's growth) and stops
 * when the change along the diagonal stops shrinking or falls below 10^−(precision+2) relative.
 */
export function richardsonDerivative(f: ScalarFunction, x: Decimal, precision: number, options: RichardsonOptions = {}): RichardsonResult {
  const maxLevels = options.maxLevels ?? Math.ceil(2 * Math.sqrt(precision)) + 2;
  const W = decimalContext(precision + 10 + Math.ceil(0.6 * maxLevels));
  const X = new W(x);
  const h0 = options.step === undefined ? W.max(X.abs(), 1).div(8) : new W(options.step);
  if (!h0.gt(0)) throw new RangeError(`Richardson step must be positive, got ${h0}`);
  const tolerance = new W(10).pow(-(precision + 2));
  let previousRow: Decimal[] = [];
  let best: Decimal | null = null;
  let bestChange: Decimal | null = null;
  let levels = 0;
  let h = h0;
  for (let k = 0; k < maxLevels; k++) {
    const central = W.sub(f(W.add(X, h), W), f(W.sub(X, h), W)).div(W.mul(h, 2));
    const row: Decimal[] = [central];
    let factor = new W(1);
    for (let m = 1; m <= k; m++) {
      factor = factor.times(4);
      row.push(W.add(row[m - 1], W.sub(row[m - 1], previousRow[m - 1]).div(factor.minus(1))));
    }
    levels = k + 1;
    const diagonal = row[k];
    if (best !== null) {
      const change = W.sub(diagonal, best).abs();
      if (bestChange !== null && change.gte(bestChange)) break;
      best = diagonal;
      bestChange = change;
      if (change.lte(W.mul(tolerance, diagonal.abs()))) break;
    } else {
      best = diagonal;
    }
    previousRow = row;
    h = h.div(2);
  }
  const D = decimalContext(precision);
  const derivative = new D(best as Decimal).toSD(precision);
  // The last diagonal change, plus the half ulp lost in rounding the result to `precision` digits.
  const rounding = W.sub(derivative, best as Decimal).abs();
  return {
    derivative,
    errorEstimate: new D(W.add(bestChange ?? new W(Infinity), rounding)).toSD(3),
    levels,
    step: h0,
  };
}

/** The gradient of f at w by `richardsonDerivative` along each coordinate, with per-coordinate error estimates. */
export function richardsonGradient(
  f: VectorFunction,
  w: Decimal[],
  precision: number,
  options: RichardsonOptions = {},
): { gradient: Decimal[]; errorEstimates: Decimal[] } {
  const results = w.map((_, i) =>
    richardsonDerivative((xi, D) => f(w.map((wj, j) => (j === i ? xi : new D(wj))), D), w[i], precision, options),
  );
  return { gradient: results.map((r) => r.derivative), errorEstimates: results.map((r) => r.errorEstimate) };
}
