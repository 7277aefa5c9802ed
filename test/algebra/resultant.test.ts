import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qFromZ } from '../../src/algebra/poly-q.js';
import { zMul, zPoly, type ZPoly } from '../../src/algebra/poly-z.js';
import { mul, rat } from '../../src/algebra/rational.js';
import { discriminant, resultant, zDiscriminant } from '../../src/algebra/resultant.js';
import { zPolyOfDegree } from './arbitraries.js';

const SEED = 77031;

/** det of the Sylvester matrix by fraction-free Bareiss elimination: an independent route to res(f, g). */
function sylvester(f: ZPoly, g: ZPoly): bigint {
  const m = f.length - 1;
  const n = g.length - 1;
  const size = m + n;
  const rows: bigint[][] = [];
  const hi = (p: ZPoly) => [...p].reverse();
  for (let i = 0; i < n; i++) rows.push(Array.from({ length: size }, (_, j) => hi(f)[j - i] ?? 0n));
  for (let i = 0; i < m; i++) rows.push(Array.from({ length: size }, (_, j) => hi(g)[j - i] ?? 0n));
  let sign = 1n;
  let prev = 1n;
  for (let k = 0; k < size - 1; k++) {
    if (rows[k][k] === 0n) {
      const swap = rows.findIndex((r, i) => i > k && r[k] !== 0n);
      if (swap < 0) return 0n;
      [rows[k], rows[swap]] = [rows[swap], rows[k]];
      sign = -sign;
    }
    for (let i = k + 1; i < size; i++) {
      for (let j = k + 1; j < size; j++) rows[i][j] = (rows[i][j] * rows[k][k] - rows[i][k] * rows[k][j]) / prev;
    }
    prev = rows[k][k];
  }
  return sign * rows[size - 1][size - 1];
}

describe('resultant and discriminant', () => {
  it('equal the Sylvester determinant on random polynomials', () => {
    fc.assert(
      fc.property(zPolyOfDegree(1, 5, 9n), zPolyOfDegree(1, 5, 9n), (f, g) => {
        expect(resultant(qFromZ(f), qFromZ(g))).toEqual(rat(sylvester(f, g)));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('are multiplicative and antisymmetric: res(f, gh) = res(f, g)·res(f, h), res(g, f) = (−1)^(mn) res(f, g)', () => {
    fc.assert(
      fc.property(zPolyOfDegree(1, 4, 9n), zPolyOfDegree(1, 3, 9n), zPolyOfDegree(1, 3, 9n), (f, g, h) => {
        const F = qFromZ(f);
        expect(resultant(F, qFromZ(zMul(g, h)))).toEqual(mul(resultant(F, qFromZ(g)), resultant(F, qFromZ(h))));
        const flip = ((f.length - 1) * (g.length - 1)) % 2 === 1 ? rat(-1) : rat(1);
        expect(resultant(qFromZ(g), F)).toEqual(mul(flip, resultant(F, qFromZ(g))));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('vanish exactly when there is a common factor', () => {
    fc.assert(
      fc.property(zPolyOfDegree(1, 3, 9n), zPolyOfDegree(1, 3, 9n), zPolyOfDegree(1, 2, 9n), (f, g, h) => {
        expect(resultant(qFromZ(zMul(f, h)), qFromZ(zMul(g, h))).num).toBe(0n);
      }),
      { seed: SEED, numRuns: 100 },
    );
    expect(resultant(qFromZ(zPoly([1, 0, 1])), qFromZ(zPoly([-1, 1]))).num).not.toBe(0n);
  });

  it('give the textbook discriminants', () => {
    // z^2 + bz + c: b^2 − 4c ; z^3 + pz + q: −4p^3 − 27q^2
    expect(zDiscriminant(zPoly([3, 5, 1]))).toBe(25n - 12n);
    expect(zDiscriminant(zPoly([7, -2, 0, 1]))).toBe(-4n * -8n - 27n * 49n);
    expect(discriminant(qFromZ(zPoly([5, 2])))).toEqual(rat(1));
    // the septic of the two-point sigmoid example (value from an independent computer algebra system)
    expect(zDiscriminant(zPoly([-2, -5, -33, -12, -6, 21, 1, 4]))).toBe(-594804704437223424n);
    // a double root makes it vanish
    expect(zDiscriminant(zMul(zPoly([-1, 1]), zPoly([-2, 1, 0, 1])))).toBe(0n);
  });
});
