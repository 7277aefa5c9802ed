/**
 * Kernel checker `isolated-root`: N has exactly one distinct real root in (lo, hi], that root is a root of the
 * recorded factor g (g divides N and has a root there), and, when recorded, N changes sign across it as stated.
 */
import type { Certificate, CheckResult } from '../types.js';
import { dividesOverQ, endData, endLess, intervalText, parseEnd, parsePolynomial, polynomialData, polynomialText, sturmCount, type End } from './exact-polynomial.js';

const KIND = 'isolated-root';

const fail = (detail: string): CheckResult => ({ kind: KIND, ok: false, proves: '', detail, trusts: [] });

function valueSign(f: readonly bigint[], x: End): number {
  if (typeof x === 'string') return 0;
  let num = 0n;
  let denPow = 1n;
  for (let i = f.length - 1; i >= 0; i--) {
    num = num * x.num + f[i] * denPow;
    denPow *= x.den;
  }
  return num > 0n ? 1 : num < 0n ? -1 : 0;
}

/** Re-checks an `isolated-root` certificate: {polynomial, factor, interval: [lo, hi] rational, signChange?: "-+"|"+-"|"none"}. */
export function checkIsolatedRoot(certificate: Certificate): CheckResult {
  const f = parsePolynomial(certificate.polynomial);
  if (typeof f === 'string') return fail(f);
  const g = parsePolynomial(certificate.factor, 'factor');
  if (typeof g === 'string') return fail(g);
  if (g.length < 2) return fail('the factor must have degree at least 1');
  const interval = certificate.interval;
  if (!Array.isArray(interval) || interval.length !== 2) return fail('interval must be [lo, hi]');
  const lo = parseEnd(interval[0]);
  const hi = parseEnd(interval[1]);
  if (lo === null || hi === null || typeof lo === 'string' || typeof hi === 'string') return fail('interval ends must be rationals "p/q"');
  if (!endLess(lo, hi)) return fail('the interval is empty: lo must be less than hi');
  const where = intervalText(lo, hi);
  if (!dividesOverQ(g, f)) return fail('the factor does not divide the polynomial');
  const nf = sturmCount(f, lo, hi);
  if (nf !== 1) return fail(`the polynomial has ${nf} distinct real roots in ${where}, not 1`);
  const ng = sturmCount(g, lo, hi);
  if (ng !== 1) return fail(`the factor has ${ng} distinct real roots in ${where}, not 1`);
  let change = '';
  if (certificate.signChange !== undefined) {
    const a = valueSign(f, lo);
    const b = valueSign(f, hi);
    if (a === 0 || b === 0) return fail('the polynomial vanishes at an end of the interval: no sign statement');
    const actual = a === b ? 'none' : a < 0 ? '-+' : '+-';
    if (certificate.signChange !== actual) return fail(`recorded sign change "${String(certificate.signChange)}" but the signs at the ends give "${actual}"`);
    change = actual === 'none' ? '; f keeps its sign across it' : `; f changes sign from ${actual[0]} to ${actual[1]} across it`;
  }
  return {
    kind: KIND,
    ok: true,
    proves: `f(z) = ${polynomialText(f, 'z')} has exactly one distinct real root in ${where}, and it is the root there of ${polynomialText(g, 'z')}${change}`,
    detail: `g divides f over Q; Sturm counts recomputed: 1 root of f and 1 root of g in ${where}`,
    trusts: [{ kind: 'theorem', name: "Sturm's theorem" }],
    conclusion: {
      op: 'and',
      parts: [
        { op: 'root-count', poly: polynomialData(f), lo: endData(lo), hi: endData(hi), count: 1 },
        { op: 'root-count', poly: polynomialData(g), lo: endData(lo), hi: endData(hi), count: 1 },
      ],
    },
  };
}
