/**
 * Digits of agreement between independently computed values, and the convergence rule for precision ladders.
 * Pure decimal.js arithmetic in a private context; no floating-point tolerance enters a verdict from here.
 */
import { Decimal } from 'decimal.js';
import type { LadderEvidence, MethodValue } from './evidence.js';

const Exact = Decimal.clone({ precision: 2000, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });

function components(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}

/**
 * The number of significant decimal digits to which all values agree, capped at `precision`:
 * floor(-log10(max_i |a_i - b_i| / max_i max(|a_i|, |b_i|))) over every pair of methods, `precision` when they are
 * identical, 0 when they differ in shape or do not parse.
 */
export function digitsOfAgreement(values: readonly MethodValue[], precision: number): number {
  let digits = precision;
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      digits = Math.min(digits, pairAgreement(values[i].value, values[j].value, precision));
    }
  }
  return Math.max(0, digits);
}

function pairAgreement(a: string | string[], b: string | string[], precision: number): number {
  const ca = components(a);
  const cb = components(b);
  if (ca.length !== cb.length || ca.length === 0) return 0;
  let diff = new Exact(0);
  let scale = new Exact(0);
  try {
    for (let k = 0; k < ca.length; k++) {
      const x = new Exact(ca[k]);
      const y = new Exact(cb[k]);
      if (!x.isFinite() || !y.isFinite()) return 0;
      diff = Exact.max(diff, x.minus(y).abs());
      scale = Exact.max(scale, x.abs(), y.abs());
    }
  } catch {
    return 0;
  }
  if (diff.isZero()) return precision;
  // floor(-log10 r) for r = m * 10^e with 1 <= m < 10 is -e when m = 1 and -e - 1 otherwise: exact, no logarithm.
  const ratio = diff.div(scale);
  const e = ratio.e;
  const digits = ratio.eq(new Exact(`1e${e}`)) ? -e : -e - 1;
  return Math.min(precision, digits);
}

/** Per-rung digits of agreement of a ladder, in rung order. */
export function ladderAgreement(ladder: LadderEvidence): number[] {
  return ladder.rungs.map((rung) => digitsOfAgreement(rung.values, rung.precision));
}

/**
 * The convergence rule of a precision ladder. It converges iff it has >= 2 rungs of increasing precision, each with
 * >= 2 methods; its digits of agreement never decrease from rung to rung; and either every rung agrees to its full
 * precision, or the agreement grows by at least a quarter of the growth in precision and ends at >= 10 digits.
 */
export function ladderConverges(ladder: LadderEvidence): { converges: boolean; digits: number[]; why: string } {
  const digits = ladderAgreement(ladder);
  const rungs = ladder.rungs;
  if (rungs.length < 2) return { converges: false, digits, why: 'a ladder needs at least two precisions' };
  for (let i = 0; i < rungs.length; i++) {
    if (rungs[i].values.length < 2) return { converges: false, digits, why: `rung ${i + 1} has fewer than two methods` };
    if (i > 0 && rungs[i].precision <= rungs[i - 1].precision) {
      return { converges: false, digits, why: 'precisions must increase along the ladder' };
    }
    if (i > 0 && digits[i] < digits[i - 1]) {
      return { converges: false, digits, why: `agreement fell from ${digits[i - 1]} to ${digits[i]} digits as precision grew` };
    }
  }
  if (digits.every((d, i) => d === rungs[i].precision)) return { converges: true, digits, why: 'agreement to full precision at every rung' };
  const first = digits[0];
  const last = digits[digits.length - 1];
  const growth = rungs[rungs.length - 1].precision - rungs[0].precision;
  if (last < 10) return { converges: false, digits, why: `only ${last} digits of agreement at the highest precision` };
  if (last - first < growth / 4) {
    return { converges: false, digits, why: `agreement grew by ${last - first} digits while precision grew by ${growth}` };
  }
  return { converges: true, digits, why: `agreement grew from ${first} to ${last} digits` };
}
