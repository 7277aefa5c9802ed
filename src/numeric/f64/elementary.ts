/**
 * exp, ln, tanh and the sigmoid on float64 intervals, from the platform's Math.exp / Math.log / Math.tanh widened.
 *
 * TRUSTED LIBRARY ASSUMPTION (named in analyze's trust line): for every double x where the result is finite,
 * Math.exp, Math.log and Math.tanh return y with |y − f(x)| <= 2^−30·|f(x)| + 2^−1021. This is far weaker than V8's
 * documented accuracy (fdlibm ports, under 1 ulp, i.e. 2^−52 relative); it is an assumption, not a proof. From it,
 * |y − f(x)| <= 2^−29·|y| + 2^−1020 (solve for |y − f(x)|), which is the margin added below, rounded outward.
 * Where exp leaves the double range the bounds are exact facts instead: e^x >= 2^1023 for x >= 709.1 and
 * e^x < 2^−1074 for x <= −745.2. Enclosures over intervals use monotonicity (exp, ln, tanh, sigmoid increase).
 */
import { add, div, ENTIRE, point, type F64Interval } from './interval.js';
import { nextDown, nextUp, MIN_SUBNORMAL } from './round.js';

const RELATIVE = 2 ** -29;
const ABSOLUTE = 2 ** -1020;
const ONE: F64Interval = { lo: 1, hi: 1 };

/** The interval around a library value y of f(x) that holds f(x) under the trusted assumption; ENTIRE for NaN. */
export function widened(y: number): F64Interval {
  if (y !== y) return ENTIRE;
  if (y === Infinity) return { lo: 2 ** 1023, hi: Infinity };
  if (y === -Infinity) return { lo: -Infinity, hi: -(2 ** 1023) };
  const margin = nextUp(nextUp(Math.abs(y) * RELATIVE) + ABSOLUTE);
  return { lo: nextDown(y - margin), hi: nextUp(y + margin) };
}

/** An enclosure of e^x at the double x (its lower end >= 0). */
function expAt(x: number): F64Interval {
  if (x >= 709.1) return { lo: 2 ** 1023, hi: Infinity };
  if (x <= -745.2) return { lo: 0, hi: MIN_SUBNORMAL };
  const e = widened(Math.exp(x));
  return { lo: Math.max(0, e.lo), hi: e.hi };
}

/** Encloses {e^x : x ∈ a}. */
export function exp(a: F64Interval): F64Interval {
  return { lo: expAt(a.lo).lo, hi: expAt(a.hi).hi };
}

/** Encloses {ln x : x ∈ a}; the lower end is −Infinity when a.lo <= 0; throws RangeError when a.hi <= 0. */
export function ln(a: F64Interval): F64Interval {
  if (!(a.hi > 0)) throw new RangeError(`ln of [${a.lo}, ${a.hi}], which is not positive`);
  const hi = a.hi === Infinity ? Infinity : widened(Math.log(a.hi)).hi;
  const lo = a.lo <= 0 ? -Infinity : widened(Math.log(a.lo)).lo;
  return { lo, hi };
}

/** Encloses ln(1 + e^y) at the double y, as max(y, 0) + ln(1 + e^−|y|) (no overflow; accurate for every y). */
export function softplusAt(y: number): F64Interval {
  return add(point(Math.max(y, 0)), ln(add(ONE, exp(point(-Math.abs(y))))));
}

/** Encloses {tanh x : x ∈ a}, within [−1, 1]. */
export function tanh(a: F64Interval): F64Interval {
  const lo = a.lo === -Infinity ? -1 : widened(Math.tanh(a.lo)).lo;
  const hi = a.hi === Infinity ? 1 : widened(Math.tanh(a.hi)).hi;
  return { lo: Math.max(-1, lo), hi: Math.min(1, hi) };
}

/** Encloses 1/(1 + e) for e in the non-negative interval E (decreasing in e), within [0, 1]. */
function reciprocalOnePlus(E: F64Interval): F64Interval {
  const s = div(ONE, add(ONE, E));
  return { lo: Math.max(0, s.lo), hi: Math.min(1, s.hi) };
}

/** Encloses [s(x), s(−x)] at the double x, s(x) = 1/(1 + e^−x), each from its own exponential (no cancellation). */
export function sigmoidPairAt(x: number): [F64Interval, F64Interval] {
  return [reciprocalOnePlus(expAt(-x)), reciprocalOnePlus(expAt(x))];
}

/** Encloses {s(x) : x ∈ a}. */
export function sigmoid(a: F64Interval): F64Interval {
  return { lo: sigmoidPairAt(a.lo)[0].lo, hi: sigmoidPairAt(a.hi)[0].hi };
}

/** s'(x) = s(x)·s(−x) enclosed at the double x from the pair. */
function slopeAt([s, c]: [F64Interval, F64Interval]): F64Interval {
  return { lo: Math.max(0, nextDown(s.lo * c.lo)), hi: nextUp(s.hi * c.hi) };
}

/**
 * Encloses [s(h), s(−h), s'(h)] over h: s increases, s(−·) decreases, and s' = s(x)s(−x) is even and decreasing in
 * |x| with maximum 1/4 at 0, so all three come from the pairs at the two ends of h.
 */
export function sigmoidJet(h: F64Interval): [F64Interval, F64Interval, F64Interval] {
  const atLo = sigmoidPairAt(h.lo);
  const atHi = h.lo === h.hi ? atLo : sigmoidPairAt(h.hi);
  const a = slopeAt(atLo);
  const b = slopeAt(atHi);
  const s1 = h.lo >= 0 ? { lo: b.lo, hi: a.hi } : h.hi <= 0 ? { lo: a.lo, hi: b.hi } : { lo: Math.min(a.lo, b.lo), hi: 0.25 };
  return [{ lo: atLo[0].lo, hi: atHi[0].hi }, { lo: atHi[1].lo, hi: atLo[1].hi }, s1];
}

/** {max(x, 0) : x ∈ a}, exactly. */
export function relu(a: F64Interval): F64Interval {
  return { lo: Math.max(a.lo, 0), hi: Math.max(a.hi, 0) };
}

/** The Heaviside step over a: [1, 1] when a > 0, [0, 0] when a < 0, [0, 1] otherwise. */
export function step(a: F64Interval): F64Interval {
  return a.lo > 0 ? point(1) : a.hi < 0 ? point(0) : { lo: 0, hi: 1 };
}
