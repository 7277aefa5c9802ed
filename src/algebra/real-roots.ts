/**
 * Exact real-root isolation and refinement: Sturm-count bisection with dyadic endpoints gives disjoint
 * intervals holding one distinct root each; sign bisection, then quadratic interval refinement (Abbott: a
 * secant guess tested on a grid of N cells, N squared on success, halved in exponent on failure), narrows one to
 * any width, with a correctly rounded decimal of the root. The Sturm sequence of each polynomial is computed once
 * and kept (a small cache keyed by the coefficients).
 */
import { add, bigAbs, cmp, div, floor, mul, rat, sub, type Rational } from './rational.js';
import { zEvalHomogeneous, zSignAt, type ZPoly } from './poly-z.js';
import { boundLess, countRealRoots, sturmSequence, type Bound } from './sturm.js';

/**
 * One distinct real root: in (lo, hi] with lo < hi and no other root there, or exactly lo when lo = hi.
 */
export interface IsolatingInterval {
  lo: Rational;
  hi: Rational;
}

/** A power of two 2^k > |every real root of f| (Cauchy: |r| < 1 + max |c_i / c_n|); f non-constant. */
export function rootBound(f: ZPoly): Rational {
  const lead = bigAbs(f[f.length - 1]);
  let maxRatio = rat(0);
  for (let i = 0; i + 1 < f.length; i++) {
    const r = rat(bigAbs(f[i]), lead);
    if (cmp(r, maxRatio) > 0) maxRatio = r;
  }
  let bound = 1n;
  while (cmp(rat(bound), add(maxRatio, rat(1))) <= 0) bound *= 2n;
  return rat(bound);
}

const midpoint = (a: Rational, b: Rational): Rational => div(add(a, b), rat(2));

const STURM_CACHE_SIZE = 64;
const sturmCache = new Map<string, readonly ZPoly[]>();

/** The Sturm sequence of f's square-free part (its first entry is that part), computed once per polynomial. */
function cachedSturm(f: ZPoly): readonly ZPoly[] {
  const key = f.join(',');
  let seq = sturmCache.get(key);
  if (seq === undefined) {
    seq = sturmSequence(f);
    if (sturmCache.size >= STURM_CACHE_SIZE) sturmCache.delete(sturmCache.keys().next().value as string);
    sturmCache.set(key, seq);
  }
  return seq;
}

/**
 * Intervals known to isolate one root of a square-free part (the first entry of a kept Sturm sequence): the ones
 * this module returned, so narrowing them again skips the Sturm count that checks an interval from elsewhere.
 */
const isolating = new WeakMap<IsolatingInterval, ZPoly>();

function certified(interval: IsolatingInterval, s: ZPoly): IsolatingInterval {
  isolating.set(interval, s);
  return interval;
}

/** The number of distinct real roots of f ≠ 0 in (a, b], with f's Sturm sequence computed once and kept. */
export function countRootsIn(f: ZPoly, a: Bound, b: Bound): number {
  return countRealRoots(f, a, b, cachedSturm(f));
}

/** Forgets the kept Sturm sequences (so a benchmark times the first refinement of a polynomial). */
export function clearSturmCache(): void {
  sturmCache.clear();
}

/** Plain bisection steps narrowRoot takes before it switches to quadratic refinement. */
const PLAIN_STEPS = 8;

/**
 * Isolating intervals, in increasing order, for every distinct real root of f ≠ 0 in (lo, hi]
 * (default: the whole line); each holds exactly one root.
 */
export function isolateRealRoots(f: ZPoly, lo: Bound = '-inf', hi: Bound = '+inf'): IsolatingInterval[] {
  if (f.length === 0) throw new RangeError('the zero polynomial has no isolated roots');
  if (f.length === 1 || !boundLess(lo, hi)) return [];
  const seq = cachedSturm(f);
  const B = rootBound(f);
  const a0 = lo === '-inf' ? sub(rat(0), B) : lo === '+inf' ? B : lo;
  const b0 = hi === '+inf' ? B : hi === '-inf' ? sub(rat(0), B) : hi;
  const out: IsolatingInterval[] = [];
  const stack: [Rational, Rational, number][] = [];
  const total = countRealRoots(f, a0, b0, seq);
  if (total > 0) stack.push([a0, b0, total]);
  while (stack.length > 0) {
    const [a, b, n] = stack.pop()!;
    if (n === 1) {
      out.push(certified({ lo: a, hi: b }, seq[0]));
      continue;
    }
    const m = midpoint(a, b);
    const left = countRealRoots(f, a, m, seq);
    if (n - left > 0) stack.push([m, b, n - left]);
    if (left > 0) stack.push([a, m, left]);
  }
  return out;
}

/** The rational x rounded to `digits` places after the decimal point (ties away from zero), as text. */
export function roundToDecimal(x: Rational, digits: number): string {
  const scale = 10n ** BigInt(digits);
  const scaled = mul(x, rat(scale));
  const n = x.num < 0n ? -floor(add(mul(scaled, rat(-1)), rat(1, 2))) : floor(add(scaled, rat(1, 2)));
  const sign = n < 0n ? '-' : '';
  const s = bigAbs(n).toString().padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${s}` : `${sign}${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

/** A refined root: exact when lo = hi; otherwise the root lies in (lo, hi]. */
export interface RefinedRoot extends IsolatingInterval {
  /** The root rounded to the requested number of places after the decimal point, every digit correct. */
  decimal: string;
  exact: boolean;
}

/**
 * Narrows an isolating interval of f until hi − lo < width (width > 0), keeping exactly the one root inside;
 * returns lo = hi when the root turns out to be a bisection point. Throws RangeError if the interval
 * does not isolate one root (checked by a Sturm count unless this module returned the interval for f).
 */
export function narrowRoot(f: ZPoly, interval: IsolatingInterval, width: Rational): IsolatingInterval {
  const seq = cachedSturm(f);
  const s = seq[0];
  const narrowed = narrowIsolating(s, seq, interval, width);
  return cmp(narrowed.lo, narrowed.hi) === 0 ? narrowed : certified(narrowed, s);
}

function narrowIsolating(s: ZPoly, seq: readonly ZPoly[], interval: IsolatingInterval, width: Rational): IsolatingInterval {
  let { lo, hi } = interval;
  if (cmp(lo, hi) === 0) return { lo, hi };
  if (isolating.get(interval) !== s && countRealRoots(s, lo, hi, seq) !== 1) throw new RangeError('the interval does not isolate exactly one root');
  if (zSignAt(s, hi) === 0) return { lo: hi, hi };
  while (zSignAt(s, lo) === 0) {
    // lo is a root of f outside (lo, hi]: move lo up, keeping the root inside
    const m = midpoint(lo, hi);
    if (countRealRoots(s, m, hi, seq) === 1) lo = m;
    else hi = m;
    if (zSignAt(s, hi) === 0) return { lo: hi, hi };
  }
  // on the grid lo = A/M, hi = B/M: integer arithmetic only, no gcds; s(A/M) and s(B/M) are non-zero, of opposite signs
  let A = lo.num * hi.den;
  let B = hi.num * lo.den;
  let M = lo.den * hi.den;
  const signLo = zSignAt(s, lo);
  const sideOf = (x: bigint, m: bigint): number => {
    const v = zEvalHomogeneous(s, x, m);
    return v === 0n ? 0 : (v > 0n ? 1 : -1) === signLo ? -1 : 1; // −1: the root is above x; 1: below x
  };
  const wide = (): boolean => (B - A) * width.den >= width.num * M;
  for (let step = 0; step < PLAIN_STEPS && wide(); step++) {
    A *= 2n;
    B *= 2n;
    M *= 2n;
    const mid = (A + B) / 2n;
    const side = sideOf(mid, M);
    if (side === 0) return { lo: rat(mid, M), hi: rat(mid, M) };
    if (side < 0) A = mid;
    else B = mid;
  }
  let e = 2n; // N = 2^e grid cells
  while (wide()) {
    const N = 1n << e;
    const fA = bigAbs(zEvalHomogeneous(s, A, M));
    const fB = bigAbs(zEvalHomogeneous(s, B, M));
    // the secant through (A, s(A)) and (B, s(B)) crosses zero at A + k·(B − A)/N, k = round(N·|fA| / (|fA| + |fB|))
    const k = (2n * N * fA + fA + fB) / (2n * (fA + fB));
    const [A2, M2, cell] = [A * N, M * N, B - A];
    let found: [bigint, bigint] | null = null;
    if (k <= 0n || k >= N) {
      const j = k <= 0n ? 1n : N - 1n;
      const side = sideOf(A2 + j * cell, M2);
      if (side === 0) return { lo: rat(A2 + j * cell, M2), hi: rat(A2 + j * cell, M2) };
      if (k <= 0n && side > 0) found = [A2, A2 + cell];
      if (k >= N && side < 0) found = [A2 + (N - 1n) * cell, A2 + N * cell];
    } else {
      const xk = A2 + k * cell;
      const side = sideOf(xk, M2);
      if (side === 0) return { lo: rat(xk, M2), hi: rat(xk, M2) };
      const j = side < 0 ? k + 1n : k - 1n;
      const other = j === 0n || j === N ? -side : sideOf(A2 + j * cell, M2);
      if (other === 0) return { lo: rat(A2 + j * cell, M2), hi: rat(A2 + j * cell, M2) };
      if (other !== side) found = side < 0 ? [xk, xk + cell] : [xk - cell, xk];
    }
    if (found !== null) {
      [A, B, M] = [found[0], found[1], M2];
      e *= 2n;
      continue;
    }
    e = e > 2n ? e / 2n : 2n;
    A *= 2n;
    B *= 2n;
    M *= 2n;
    const mid = (A + B) / 2n;
    const side = sideOf(mid, M);
    if (side === 0) return { lo: rat(mid, M), hi: rat(mid, M) };
    if (side < 0) A = mid;
    else B = mid;
  }
  return { lo: rat(A, M), hi: rat(B, M) };
}

/**
 * Refines an isolating interval of f to width < 10^−digits and gives the root's decimal, correctly rounded to
 * `digits` places: the interval is narrowed until both ends round alike (an exact rational root is detected).
 */
export function refineRoot(f: ZPoly, interval: IsolatingInterval, digits: number): RefinedRoot {
  if (!Number.isInteger(digits) || digits < 0) throw new RangeError(`digits must be a non-negative integer, got ${digits}`);
  const s = cachedSturm(f)[0];
  const unit = rat(1n, 10n ** BigInt(digits));
  let { lo, hi } = narrowRoot(s, interval, unit);
  for (;;) {
    if (cmp(lo, hi) === 0) return { lo, hi, decimal: roundToDecimal(lo, digits), exact: true };
    const a = roundToDecimal(lo, digits);
    if (a === roundToDecimal(hi, digits)) return { lo, hi, decimal: a, exact: false };
    // exactly one rounding boundary q = (j + 1/2)·10^−digits lies in (lo, hi]: decide on which side the root is
    const j = floor(sub(div(hi, unit), rat(1, 2)));
    const q = mul(add(rat(j), rat(1, 2)), unit);
    const sq = zSignAt(s, q);
    if (sq === 0) return { lo: q, hi: q, decimal: roundToDecimal(q, digits), exact: true };
    if (cmp(q, hi) === 0 || sq === zSignAt(s, hi)) hi = q;
    else lo = q;
    // (lo, hi] still holds the root (the sign test kept it inside), so it isolates it for s
    ({ lo, hi } = narrowRoot(s, certified({ lo, hi }, cachedSturm(s)[0]), mul(sub(hi, lo), rat(1, 2))));
  }
}
