import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, cmp, div, mul, neg, parseRational, rat, sub, type Rational } from '../../src/algebra/rational.js';
import type { RationalBox } from '../../src/numeric/box.js';
import { findZeros, intervalBox } from '../../src/numeric/branch-and-prune.js';
import { hessianKind } from '../../src/numeric/inertia.js';
import { IntervalContext, type Interval } from '../../src/numeric/interval.js';
import { approximateInverse, intervalNewton, krawczyk, zeroTest, type IntervalSystem } from '../../src/numeric/zeros.js';
import { decimalContext } from '../../src/numeric/context.js';

const SEED = 20240531;
const ic = new IntervalContext(30);

const smallRational = fc
  .record({ n: fc.integer({ min: -12, max: 12 }), d: fc.integer({ min: 1, max: 8 }) })
  .map(({ n, d }) => rat(n, d));

/** (x - r_1)...(x - r_k) and its derivative as interval functions: a 1-D system whose zeros are known exactly. */
function polynomialSystem(roots: Rational[], brokenJacobian = false): IntervalSystem {
  const R = roots.map((r) => ic.fromRational(r));
  const product = (X: Interval, skip: number) =>
    R.reduce((acc, r, i) => (i === skip ? acc : ic.mul(acc, ic.sub(X, r))), ic.point('1'));
  const derivative = (X: Interval) => R.reduce((acc, _, k) => ic.add(acc, product(X, k)), ic.point('0'));
  return {
    dim: 1,
    value: ([X]) => [product(X, -1)],
    // The broken variant evaluates F' at the midpoint only: not an enclosure over X, so its claims are unsound.
    jacobian: ([X]) => [[derivative(brokenJacobian ? ic.point(ic.mid(X)) : X)]],
    smooth: () => true,
  };
}

/** G(z) = F(Bz) with F(u, v) = ((u - a1)(u - a2), (v - b1)(v - b2)): zeros z = B^-1 (a_i, b_j), all rational. */
function coupledSystem(a: Rational[], b: Rational[], B: Rational[][]): { sys: IntervalSystem; zeros: Rational[][] } {
  const Bi = B.map((row) => row.map((x) => ic.fromRational(x)));
  const A = a.map((x) => ic.fromRational(x));
  const Bz = b.map((x) => ic.fromRational(x));
  const lin = (Z: Interval[]) => Bi.map((row) => ic.add(ic.mul(row[0], Z[0]), ic.mul(row[1], Z[1])));
  const det = sub(mul(B[0][0], B[1][1]), mul(B[0][1], B[1][0]));
  const inv = [
    [div(B[1][1], det), div(neg(B[0][1]), det)],
    [div(neg(B[1][0]), det), div(B[0][0], det)],
  ];
  const zeros: Rational[][] = [];
  for (const u of a) for (const v of b) zeros.push([add(mul(inv[0][0], u), mul(inv[0][1], v)), add(mul(inv[1][0], u), mul(inv[1][1], v))]);
  const two = ic.point('2');
  return {
    zeros,
    sys: {
      dim: 2,
      value: (Z) => {
        const [U, V] = lin(Z);
        return [ic.mul(ic.sub(U, A[0]), ic.sub(U, A[1])), ic.mul(ic.sub(V, Bz[0]), ic.sub(V, Bz[1]))];
      },
      jacobian: (Z) => {
        const [U, V] = lin(Z);
        const du = ic.sub(ic.mul(two, U), ic.add(A[0], A[1]));
        const dv = ic.sub(ic.mul(two, V), ic.add(Bz[0], Bz[1]));
        return [
          [ic.mul(du, Bi[0][0]), ic.mul(du, Bi[0][1])],
          [ic.mul(dv, Bi[1][0]), ic.mul(dv, Bi[1][1])],
        ];
      },
      smooth: () => true,
    },
  };
}

function exact(x: Decimal): Rational {
  return parseRational(x.toFixed());
}

/** The distinct exact points of `points` that lie in the closed interval box X. */
function distinctInside(points: Rational[][], X: Interval[]): Rational[][] {
  const inside = points.filter((p) => p.every((c, j) => cmp(exact(X[j].lo), c) <= 0 && cmp(c, exact(X[j].hi)) <= 0));
  return inside.filter((p, i) => inside.findIndex((q) => q.every((c, j) => cmp(c, p[j]) === 0)) === i);
}

/** A rational box [c - r, c + r]^d around c. */
function around(c: Rational[], r: Rational): RationalBox {
  return c.map((ci) => [sub(ci, r), add(ci, r)] as [Rational, Rational]);
}

const radius = fc.record({ n: fc.integer({ min: 1, max: 400 }), d: fc.constantFrom(100, 1000, 10000) }).map(({ n, d }) => rat(n, d));

describe('zero tests never say unique or none wrongly on functions with exactly known zeros', () => {
  it('1-D interval Newton and Krawczyk on products of (x - r_i), rational roots (may repeat)', () => {
    const outcomes = { unique: 0, none: 0, unknown: 0 };
    const property = fc.property(
      fc.array(smallRational, { minLength: 1, maxLength: 4 }),
      fc.nat(),
      smallRational,
      radius,
      (roots, pick, offset, r) => {
        const sys = polynomialSystem(roots);
        const centre = add(roots[pick % roots.length], mul(offset, rat(1, 50)));
        const X = intervalBox(ic, around([centre], r));
        const zeros = distinctInside(roots.map((x) => [x]), X);
        for (const test of [intervalNewton, krawczyk]) {
          const { status, contracted } = test(ic, sys, X);
          outcomes[status]++;
          if (status === 'unique' && zeros.length !== 1) return false;
          if (status === 'none' && zeros.length !== 0) return false;
          if (contracted !== null && distinctInside(zeros, contracted).length !== zeros.length) return false;
        }
        return true;
      },
    );
    expect(fc.check(property, { seed: SEED, numRuns: 1000 }).failed).toBe(false);
    expect(outcomes.unique).toBeGreaterThan(200);
    expect(outcomes.none).toBeGreaterThan(100);
  });

  it('2-D Krawczyk on F(Bz) with rational zeros B^-1 (a_i, b_j)', () => {
    const outcomes = { unique: 0, none: 0, unknown: 0 };
    const matrix = fc
      .array(fc.integer({ min: -3, max: 3 }), { minLength: 4, maxLength: 4 })
      .filter(([p, q, r, s]) => p * s - q * r !== 0)
      .map(([p, q, r, s]) => [
        [rat(p), rat(q)],
        [rat(r), rat(s)],
      ]);
    const pair = fc.array(smallRational, { minLength: 2, maxLength: 2 });
    const property = fc.property(pair, pair, matrix, fc.nat(), smallRational, radius, (a, b, B, pick, offset, r) => {
      const { sys, zeros } = coupledSystem(a, b, B);
      const centre = zeros[pick % zeros.length].map((c, j) => add(c, mul(offset, rat(j + 1, 70))));
      const X = intervalBox(ic, around(centre, r));
      const inside = distinctInside(zeros, X);
      const { status, contracted } = krawczyk(ic, sys, X);
      outcomes[status]++;
      if (status === 'unique' && inside.length !== 1) return false;
      if (status === 'none' && inside.length !== 0) return false;
      return contracted === null || distinctInside(inside, contracted).length === inside.length;
    });
    expect(fc.check(property, { seed: SEED, numRuns: 1000 }).failed).toBe(false);
    expect(outcomes.unique).toBeGreaterThan(100);
    expect(outcomes.none).toBeGreaterThan(100);
  });

  it('negative control: a Jacobian evaluated only at the midpoint makes the same property fail', () => {
    const property = fc.property(fc.array(smallRational, { minLength: 2, maxLength: 4 }), radius, (roots, r) => {
      const X = intervalBox(ic, around([roots[0]], mul(r, rat(100))));
      const { status } = krawczyk(ic, polynomialSystem(roots, true), X);
      return status !== 'unique' || distinctInside(roots.map((x) => [x]), X).length === 1;
    });
    expect(fc.check(property, { seed: SEED, numRuns: 300 }).failed).toBe(true);
  });

  it('a double root is never certified unique, a simple root is', () => {
    const double = polynomialSystem([rat(1, 3), rat(1, 3)]);
    const simple = polynomialSystem([rat(1, 3), rat(2)]);
    const X = intervalBox(ic, around([rat(1, 3)], rat(1, 100)));
    expect(krawczyk(ic, double, X).status).toBe('unknown');
    expect(intervalNewton(ic, double, X).status).toBe('unknown');
    expect(krawczyk(ic, simple, X).status).toBe('unique');
    expect(intervalNewton(ic, simple, X).status).toBe('unique');
    expect(zeroTest(ic, simple, intervalBox(ic, around([rat(1)], rat(1, 10)))).status).toBe('none');
  });

  it('a system that is not C^1 on the box gets no verdict beyond unknown', () => {
    const sys = { ...polynomialSystem([rat(1, 3)]), smooth: () => false };
    const X = intervalBox(ic, around([rat(1, 3)], rat(1, 100)));
    expect(krawczyk(ic, sys, X).status).toBe('unknown');
    expect(intervalNewton(ic, sys, X).status).toBe('unknown');
  });
});

describe('branch-and-prune returns every zero, each once, and proves the rest of the box zero-free', () => {
  const B = rat(4);
  /** Enclosures reach the requested width 1e-20. */
  const narrow = (X: Interval[]) => X.every((x) => x.hi.sub(x.lo).lt('1e-20'));

  it('1-D: all distinct rational roots in (-4, 4), including roots on bisection points', () => {
    const options = { maxBoxes: 4000, minWidth: rat(1, 2n ** 40n), enclosureWidth: new Decimal('1e-20') };
    const property = fc.property(fc.uniqueArray(smallRational, { minLength: 1, maxLength: 4, selector: (r) => `${r.num}/${r.den}` }), (roots) => {
      fc.pre(roots.every((r) => cmp(r, B) !== 0 && cmp(r, neg(B)) !== 0));
      const result = findZeros(ic, polynomialSystem(roots), [[neg(B), B]], options);
      const inBox = roots.filter((r) => cmp(neg(B), r) < 0 && cmp(r, B) < 0);
      if (!result.complete || result.zeros.length !== inBox.length) return false;
      return result.zeros.every((z) => distinctInside(inBox.map((r) => [r]), z.enclosure).length === 1 && narrow(z.enclosure));
    });
    expect(fc.check(property, { seed: SEED, numRuns: 60 }).failed).toBe(false);
  });

  it('1-D: exact grid points 0, 2 and -1 (faces of the bisection) are found once each', () => {
    const roots = [rat(0), rat(2), rat(-1)];
    const result = findZeros(ic, polynomialSystem(roots), [[neg(B), B]], {
      maxBoxes: 4000,
      minWidth: rat(1, 2n ** 40n),
      enclosureWidth: new Decimal('1e-20'),
    });
    expect(result.complete).toBe(true);
    expect(result.zeros).toHaveLength(3);
  });

  it('2-D: all zeros of F(Bz) in the box', () => {
    const options = { maxBoxes: 6000, minWidth: rat(1, 2n ** 40n), enclosureWidth: new Decimal('1e-20') };
    const root = fc.record({ n: fc.integer({ min: -9, max: 9 }), d: fc.integer({ min: 1, max: 3 }) }).map(({ n, d }) => rat(n, d));
    const pair = fc.uniqueArray(root, { minLength: 2, maxLength: 2, selector: (r) => `${r.num}/${r.den}` });
    const property = fc.property(pair, pair, fc.constantFrom([1, 1, 0, 1], [2, 1, 1, 1], [1, -1, 1, 1], [1, 2, -1, 1]), (a, b, m) => {
      const { sys, zeros } = coupledSystem(a, b, [
        [rat(m[0]), rat(m[1])],
        [rat(m[2]), rat(m[3])],
      ]);
      const box: RationalBox = [
        [neg(B), B],
        [neg(B), B],
      ];
      fc.pre(zeros.every((z) => z.every((c) => cmp(c, B) !== 0 && cmp(c, neg(B)) !== 0)));
      const result = findZeros(ic, sys, box, options);
      const inBox = zeros.filter((z) => z.every((c) => cmp(neg(B), c) < 0 && cmp(c, B) < 0));
      if (!result.complete || result.zeros.length !== inBox.length) return false;
      return result.zeros.every((z) => distinctInside(inBox, z.enclosure).length === 1 && narrow(z.enclosure));
    });
    expect(fc.check(property, { seed: SEED, numRuns: 25 }).failed).toBe(false);
  });

  it('an exhausted budget leaves the box incomplete, with its undecided boxes listed', () => {
    const result = findZeros(ic, polynomialSystem([rat(1, 3), rat(1, 2)]), [[neg(B), B]], {
      maxBoxes: 5,
      minWidth: rat(1, 2n ** 40n),
      enclosureWidth: new Decimal('1e-20'),
    });
    expect(result.complete).toBe(false);
    expect(result.unknown.length).toBeGreaterThan(0);
    expect(result.tree).toContain('?');
  });
});

describe('hessianKind decides the inertia of symmetric interval matrices rigorously', () => {
  /** Exact inertia of a symmetric 3x3 integer matrix: Descartes' rule is exact for its real-rooted characteristic polynomial. */
  function inertia(A: number[][]): { positive: number; negative: number } {
    const tr = A[0][0] + A[1][1] + A[2][2];
    const c1 = A[0][0] * A[1][1] - A[0][1] ** 2 + A[0][0] * A[2][2] - A[0][2] ** 2 + A[1][1] * A[2][2] - A[1][2] ** 2;
    const det =
      A[0][0] * (A[1][1] * A[2][2] - A[1][2] ** 2) - A[0][1] * (A[0][1] * A[2][2] - A[1][2] * A[0][2]) + A[0][2] * (A[0][1] * A[1][2] - A[1][1] * A[0][2]);
    const changes = (cs: number[]) => {
      const s = cs.filter((c) => c !== 0).map(Math.sign);
      return s.slice(1).filter((x, i) => x !== s[i]).length;
    };
    return { positive: changes([1, -tr, c1, -det]), negative: changes([-1, -tr, -c1, -det]) };
  }

  it('never contradicts the exact inertia (random symmetric integer matrices, thin and widened)', () => {
    let decided = 0;
    const property = fc.property(fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 6, maxLength: 6 }), fc.boolean(), (e, widen) => {
      const A = [
        [e[0], e[1], e[2]],
        [e[1], e[3], e[4]],
        [e[2], e[4], e[5]],
      ];
      const eps = widen ? ic.fromRational(rat(1, 1000)) : ic.point('0');
      const H = A.map((row) => row.map((x) => ic.add(ic.point(String(x)), ic.hull(ic.neg(eps), eps))));
      const kind = hessianKind(ic, H);
      if (kind === 'unknown') return true;
      decided++;
      const { positive, negative } = inertia(A);
      if (positive + negative !== 3) return false;
      return kind === (negative === 0 ? 'minimum' : positive === 0 ? 'maximum' : 'saddle');
    });
    expect(fc.check(property, { seed: SEED, numRuns: 1000 }).failed).toBe(false);
    expect(decided).toBeGreaterThan(500);
  });

  it('classifies definite and indefinite matrices, and leaves a zero pivot unknown', () => {
    const m = (rows: string[][]) => rows.map((r) => r.map((x) => ic.point(x)));
    expect(hessianKind(ic, m([['2', '1'], ['1', '3']]))).toBe('minimum');
    expect(hessianKind(ic, m([['-2', '1'], ['1', '-3']]))).toBe('maximum');
    expect(hessianKind(ic, m([['1', '2'], ['2', '1']]))).toBe('saddle');
    expect(hessianKind(ic, m([['0', '1'], ['1', '0']]))).toBe('unknown');
    expect(hessianKind(ic, m([['1', '1'], ['1', '1']]))).toBe('unknown');
  });
});

describe('approximateInverse', () => {
  it('inverts a nonsingular matrix to working precision and reports a singular one', () => {
    const D = decimalContext(30);
    const A = [
      [new D(2), new D(1)],
      [new D(7), new D(4)],
    ];
    const C = approximateInverse(D, A) as Decimal[][];
    const product = A.map((row) => [0, 1].map((j) => row[0].mul(C[0][j]).add(row[1].mul(C[1][j]))));
    product.forEach((row, i) => row.forEach((x, j) => expect(x.sub(i === j ? 1 : 0).abs().lt('1e-25')).toBe(true)));
    expect(approximateInverse(D, [[new D(1), new D(2)], [new D(2), new D(4)]])).toBeNull();
  });
});
