/**
 * Kernel checker `real-root-count`: f has exactly k distinct real roots in (lo, hi] (or (lo, +∞)),
 * recomputed with the Sturm sequence over Q.
 */
import type { Certificate, CheckResult } from '../types.js';
import { endData, endLess, intervalText, parseEnd, parsePolynomial, polynomialData, polynomialText, sturmCount } from './exact-polynomial.js';

const KIND = 'real-root-count';

const fail = (detail: string): CheckResult => ({ kind: KIND, ok: false, proves: '', detail, trusts: [] });

/** Re-checks a `real-root-count` certificate: {polynomial, interval: [lo, hi], count}. */
export function checkRealRootCount(certificate: Certificate): CheckResult {
  const f = parsePolynomial(certificate.polynomial);
  if (typeof f === 'string') return fail(f);
  const interval = certificate.interval;
  if (!Array.isArray(interval) || interval.length !== 2) return fail('interval must be [lo, hi]');
  const lo = parseEnd(interval[0]);
  const hi = parseEnd(interval[1]);
  if (lo === null || hi === null) return fail('interval ends must be "-inf", "+inf" or rationals "p/q"');
  if (!endLess(lo, hi)) return fail('the interval is empty: lo must be less than hi');
  const k = certificate.count;
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 0) return fail('count must be a non-negative integer');
  const actual = sturmCount(f, lo, hi);
  const where = intervalText(lo, hi);
  if (actual !== k) return fail(`Sturm's theorem gives ${actual} distinct real roots in ${where}, not ${k}`);
  return {
    kind: KIND,
    ok: true,
    proves: `f(z) = ${polynomialText(f, 'z')} has exactly ${k} distinct real root${k === 1 ? '' : 's'} in ${where}`,
    detail: `Sturm sequence of f/gcd(f, f') recomputed over Q: ${k} sign variation${k === 1 ? '' : 's'} lost across ${where}`,
    trusts: [{ kind: 'theorem', name: "Sturm's theorem" }],
    conclusion: { op: 'root-count', poly: polynomialData(f), lo: endData(lo), hi: endData(hi), count: k },
  };
}
