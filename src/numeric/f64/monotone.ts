/**
 * Tight float64 ranges of a univariate C^1 function k over an interval from its monotone pieces: when every critical
 * point of k (every zero of k') lies in one of a few known closed brackets, [a, b] splits into the parts of the
 * brackets inside it and pieces between them on which k' has no zero, so k is monotone there (Darboux: a derivative
 * keeps its sign on an interval where it has no zero) and its range is the hull of its end values. Each piece's ends
 * are a, b or bracket ends, all inside the bracket parts or at a, b, so
 *   k([a, b]) ⊆ hull( k(a), k(b), k(B ∩ [a, b]) for each bracket B meeting [a, b] ),
 * with k(a), k(b) enclosed at points (tight) and k over each bracket enclosed once (brackets are narrow and fixed, so
 * an enclosure over the whole bracket serves every [a, b]).
 */
import type { F64Interval } from './interval.js';

/**
 * Encloses {k(h) : a <= h <= b} given enclosures `atA` ∋ k(a) and `atB` ∋ k(b), the brackets (sorted by lo) outside of
 * which k has no critical point, and `over[m]`, an enclosure of k over the whole bracket m.
 */
export function monotoneRange(
  a: number,
  b: number,
  atA: F64Interval,
  atB: F64Interval,
  brackets: readonly F64Interval[],
  over: readonly F64Interval[],
): F64Interval {
  let lo = Math.min(atA.lo, atB.lo);
  let hi = Math.max(atA.hi, atB.hi);
  for (let m = 0; m < brackets.length; m++) {
    const B = brackets[m];
    if (B.lo > b) break;
    if (B.hi < a) continue;
    const K = over[m];
    if (K.lo < lo) lo = K.lo;
    if (K.hi > hi) hi = K.hi;
  }
  return { lo, hi };
}
