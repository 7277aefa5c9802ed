import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zMul, zPoly, zSignAt, type ZPoly } from '../../src/algebra/poly-z.js';
import { cmp, rat, sub, type Rational } from '../../src/algebra/rational.js';
import { isolateRealRoots, narrowRoot, refineRoot, roundToDecimal } from '../../src/algebra/real-roots.js';
import { countPositiveRoots, countRealRoots, type Bound } from '../../src/algebra/sturm.js';
import { sturmCount } from '../../src/kernel/checkers/exact-polynomial.js';
import { zPolyOfDegree } from './arbitraries.js';

const SEED = 909;

/** ∏ (q_i z − p_i)^(m_i) · (z^2 + c): known rational roots p_i/q_i, and no other real root. */
const withKnownRoots = fc
  .tuple(
    fc.array(fc.tuple(fc.bigInt({ min: -30n, max: 30n }), fc.bigInt({ min: 1n, max: 6n }), fc.integer({ min: 1, max: 2 })), { minLength: 1, maxLength: 5 }),
    fc.bigInt({ min: 1n, max: 9n }),
  )
  .map(([roots, c]) => {
    let f: ZPoly = zPoly([c, 0, 1]);
    const distinct = new Map<string, Rational>();
    for (const [p, q, m] of roots) {
      for (let i = 0; i < m; i++) f = zMul(f, [-p, q]);
      const r = rat(p, q);
      distinct.set(`${r.num}/${r.den}`, r);
    }
    return { f, roots: [...distinct.values()].sort(cmp) };
  });

const inside = (r: Rational, a: Bound, b: Bound) =>
  (a === '-inf' || (a !== '+inf' && cmp(a, r) < 0)) && (b === '+inf' || (b !== '-inf' && cmp(r, b) <= 0));

const boundArb = (roots: Rational[]) =>
  fc.oneof(
    fc.constant<Bound>('-inf'),
    fc.constant<Bound>('+inf'),
    fc.tuple(fc.bigInt({ min: -40n, max: 40n }), fc.bigInt({ min: 1n, max: 6n })).map(([p, q]): Bound => rat(p, q)),
    fc.constantFrom<Bound>(...roots),
  );

describe('Sturm counts', () => {
  it('count the distinct roots in (a, b] exactly, endpoints on roots included, and agree with the kernel', () => {
    fc.assert(
      fc.property(
        withKnownRoots.chain((k) => fc.tuple(fc.constant(k), boundArb(k.roots), boundArb(k.roots))),
        ([{ f, roots }, a, b]) => {
          const ordered = a !== b && (a === '-inf' || b === '+inf' || (a !== '+inf' && b !== '-inf' && cmp(a, b) < 0));
          const expected = ordered ? roots.filter((r) => inside(r, a, b)).length : 0;
          expect(countRealRoots(f, a, b)).toBe(expected);
          if (ordered) expect(sturmCount(f, a, b)).toBe(expected);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('count positive roots', () => {
    expect(countPositiveRoots(zPoly([-2, -5, -33, -12, -6, 21, 1, 4]))).toBe(1);
    expect(countPositiveRoots(zPoly([-1, 0, 1]))).toBe(1);
    expect(countPositiveRoots(zPoly([0, 1]))).toBe(0);
    expect(countPositiveRoots(zPoly([1, 0, 1]))).toBe(0);
  });
});

describe('real-root isolation', () => {
  it('isolates every real root once, in disjoint increasing intervals, agreeing with the Sturm count', () => {
    fc.assert(
      fc.property(withKnownRoots, ({ f, roots }) => {
        const intervals = isolateRealRoots(f);
        expect(intervals).toHaveLength(roots.length);
        intervals.forEach((iv, i) => {
          expect(inside(roots[i], iv.lo, iv.hi) || (cmp(iv.lo, iv.hi) === 0 && cmp(iv.lo, roots[i]) === 0)).toBe(true);
          if (i > 0) expect(cmp(intervals[i - 1].hi, iv.lo) <= 0).toBe(true);
        });
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('agrees with Sturm on random polynomials, restricted windows included', () => {
    fc.assert(
      fc.property(zPolyOfDegree(1, 9, 30n), (f) => {
        expect(isolateRealRoots(f)).toHaveLength(countRealRoots(f, '-inf', '+inf'));
        expect(isolateRealRoots(f, rat(0), '+inf')).toHaveLength(countPositiveRoots(f));
        for (const iv of isolateRealRoots(f)) expect(countRealRoots(f, iv.lo, iv.hi)).toBe(1);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('root refinement', () => {
  it('gives √2 to 80 correctly rounded places (checked against an integer square root)', () => {
    const f = zPoly([-2, 0, 1]);
    const [, positive] = isolateRealRoots(f);
    const r = refineRoot(f, positive, 80);
    let x = 2n * 10n ** 81n;
    const n = 2n * 10n ** 162n;
    for (let y = (x + n / x) / 2n; y < x; y = (x + n / x) / 2n) x = y; // floor(√2 · 10^81)
    const rounded = (x + 5n) / 10n;
    expect(r.decimal).toBe(`1.${rounded.toString().slice(1)}`);
    expect(cmp(sub(r.hi, r.lo), rat(1n, 10n ** 80n)) < 0).toBe(true);
    expect(r.exact).toBe(false);
  });

  it('detects exact rational roots, also on a rounding boundary (ties away from zero)', () => {
    const eighth = zPoly([-1, 8]);
    expect(refineRoot(eighth, { lo: rat(0), hi: rat(1) }, 2)).toMatchObject({ decimal: '0.13', exact: true });
    expect(refineRoot(zPoly([1, 8]), { lo: rat(-1), hi: rat(0) }, 2)).toMatchObject({ decimal: '-0.13', exact: true });
    const r = refineRoot(zPoly([-3, 20]), { lo: rat(0), hi: rat(1) }, 1); // 0.15: never a bisection point
    expect(r).toMatchObject({ decimal: '0.2', exact: true });
    expect(r.lo).toEqual(rat(3, 20));
    expect(roundToDecimal(rat(-1, 3), 3)).toBe('-0.333');
    expect(roundToDecimal(rat(-1, 3000), 2)).toBe('0.00');
  });

  it('narrows random isolating intervals below any width, keeping the root (sign change or exact)', () => {
    fc.assert(
      fc.property(zPolyOfDegree(1, 8, 30n), fc.integer({ min: 0, max: 30 }), (f, digits) => {
        for (const iv of isolateRealRoots(f)) {
          const r = refineRoot(f, iv, digits);
          expect(cmp(sub(r.hi, r.lo), rat(1n, 10n ** BigInt(digits))) < 0).toBe(true);
          if (r.exact) expect(zSignAt(f, r.lo)).toBe(0);
          else {
            expect(countRealRoots(f, r.lo, r.hi)).toBe(1);
            expect(roundToDecimal(r.lo, digits)).toBe(r.decimal);
            expect(roundToDecimal(r.hi, digits)).toBe(r.decimal);
          }
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('narrows to 10^-200 by quadratic refinement: nested, one root, and the same root as plain bisection', () => {
    const bisect = (f: ZPoly, lo: Rational, hi: Rational, width: Rational): [Rational, Rational] => {
      const sLo = zSignAt(f, lo);
      while (cmp(sub(hi, lo), width) >= 0) {
        const m = rat(lo.num * hi.den + hi.num * lo.den, 2n * lo.den * hi.den);
        const sm = zSignAt(f, m);
        if (sm === 0) return [m, m];
        if (sm === sLo) lo = m;
        else hi = m;
      }
      return [lo, hi];
    };
    fc.assert(
      fc.property(zPolyOfDegree(2, 19, 1000n), (f) => {
        const width = rat(1n, 10n ** 200n);
        for (const iv of isolateRealRoots(f)) {
          const r = narrowRoot(f, iv, width);
          expect(cmp(iv.lo, r.lo) <= 0 && cmp(r.hi, iv.hi) <= 0).toBe(true);
          expect(cmp(sub(r.hi, r.lo), width) < 0).toBe(true);
          if (cmp(r.lo, r.hi) === 0) {
            expect(zSignAt(f, r.lo)).toBe(0);
            continue;
          }
          expect(countRealRoots(f, r.lo, r.hi)).toBe(1);
          expect(zSignAt(f, r.lo) * zSignAt(f, r.hi)).toBe(-1);
          const start = narrowRoot(f, iv, sub(iv.hi, iv.lo)); // one halving: ends off the roots
          if (cmp(start.lo, start.hi) === 0 || zSignAt(f, start.lo) === 0) continue;
          const [a, b] = bisect(f, start.lo, start.hi, width);
          expect(cmp(a, r.hi) <= 0 && cmp(r.lo, b) <= 0).toBe(true); // the two enclosures meet
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('rejects an interval that does not isolate one root', () => {
    expect(() => narrowRoot(zPoly([-1, 0, 1]), { lo: rat(-2), hi: rat(2) }, rat(1, 10))).toThrow(RangeError);
    expect(() => refineRoot(zPoly([-1, 0, 1]), { lo: rat(2), hi: rat(3) }, 3)).toThrow(RangeError);
  });

  it('skips the Sturm check only for intervals it returned for the same polynomial', () => {
    const f = zPoly([-2, 0, 1]); // ±√2
    const [, positive] = isolateRealRoots(f);
    const narrowed = narrowRoot(f, positive, rat(1, 1000));
    // g adds a rational root inside both intervals of √2: neither isolates one root of g
    const r = rat(narrowed.lo.num * narrowed.hi.den + narrowed.hi.num * narrowed.lo.den, 2n * narrowed.lo.den * narrowed.hi.den);
    const g = zMul(f, [-r.num, r.den]);
    expect(() => narrowRoot(g, positive, rat(1, 10))).toThrow(RangeError);
    expect(() => narrowRoot(g, narrowed, rat(1, 10000))).toThrow(RangeError);
    expect(() => narrowRoot(f, { lo: narrowed.lo, hi: rat(2) }, rat(1, 10000))).not.toThrow();
    expect(() => narrowRoot(f, { lo: rat(-2), hi: narrowed.hi }, rat(1, 10000))).toThrow(RangeError);
  });
});
