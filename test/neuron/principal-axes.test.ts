import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, cmp, eq, mul, rat, type Rational } from '../../src/algebra/rational.js';
import { identityMatrix, matMul } from '../../src/algebra/matrix-q.js';
import { analyze } from '../../src/neuron/analysis.js';
import { parseDataCsv, parseDataString } from '../../src/neuron/data.js';
import { f64GradientSystem } from '../../src/neuron/f64-system.js';
import type { Problem } from '../../src/neuron/model.js';
import { imageMap, preimageBox, principalBasis, symmetricEigenvectors, transformedProblem } from '../../src/neuron/principal-axes.js';
import { findGradientZeros } from '../../src/numeric/f64/prune.js';
import { Decimal } from 'decimal.js';

const SEED = 20261202;
const iris = (name: string) => parseDataCsv(readFileSync(`test/data/${name}`, 'utf8'), name);
const dot = (u: Rational[], v: Rational[]) => u.reduce((s, a, j) => add(s, mul(a, v[j])), rat(0n));

describe('principal axes (w = A u)', () => {
  it('symmetricEigenvectors: orthonormal columns with S v = λ v, λ decreasing', () => {
    const S = [[4, 1, 0], [1, 3, 1], [0, 1, 2]];
    const V = symmetricEigenvectors(S);
    const col = (k: number) => V.map((row) => row[k]);
    const lambdas: number[] = [];
    for (let k = 0; k < 3; k++) {
      const v = col(k);
      const Sv = S.map((row) => row.reduce((s, a, j) => s + a * v[j], 0));
      const lambda = Sv.reduce((s, x, j) => s + x * v[j], 0);
      lambdas.push(lambda);
      Sv.forEach((x, j) => expect(Math.abs(x - lambda * v[j])).toBeLessThan(1e-12));
      for (let m = 0; m < 3; m++) expect(Math.abs(v.reduce((s, x, j) => s + x * col(m)[j], 0) - (k === m ? 1 : 0))).toBeLessThan(1e-12);
    }
    expect(lambdas[0]).toBeGreaterThan(lambdas[1]);
    expect(lambdas[1]).toBeGreaterThan(lambdas[2]);
  });

  it('the basis of iris is exactly invertible and the transformed inputs give the same h = w·x exactly', () => {
    const data = iris('iris-versicolor-virginica.csv');
    const basis = principalBasis(data.map((p) => p.x));
    expect(basis).not.toBeNull();
    if (basis === null) return;
    const I = matMul(basis.A, basis.inverse);
    I.forEach((row, i) => row.forEach((x, j) => expect(eq(x, identityMatrix(4)[i][j])).toBe(true)));
    const moved = transformedProblem({ activation: 'sigmoid', loss: 'mse', data }, basis);
    const u = [rat(3n, 7n), rat(-2n), rat(5n, 3n), rat(1n, 11n)];
    const w = basis.A.map((row) => dot(row, u));
    data.forEach((p, i) => {
      expect(eq(dot(moved.data[i].x, u), dot(p.x, w))).toBe(true);
      expect(eq(moved.data[i].t, p.t)).toBe(true);
    });
  });

  it('no basis where it cannot help or cannot be computed: d = 1, inputs past the double range', () => {
    expect(principalBasis([[rat(2n)], [rat(3n)]])).toBeNull();
    expect(principalBasis([[rat(10n ** 200n), rat(1n)], [rat(1n), rat(10n ** 200n)]])).toBeNull();
  });

  it('the u-box covers A⁻¹ of every point of the w-box, and imageMap encloses A u (fast-check, fixed seed)', () => {
    const basis = principalBasis(iris('iris-versicolor-virginica-petals.csv').map((p) => p.x));
    expect(basis).not.toBeNull();
    if (basis === null) return;
    const box: [Rational, Rational][] = [[rat(-10n), rat(10n)], [rat(-3n), rat(5n)]];
    const U = preimageBox(basis, box);
    const image = imageMap(basis);
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), (a, b) => {
        const w = [rat(BigInt(a), 100n), mul(rat(BigInt(b), 1000n), rat(4n)) ].map((x, j) => (j === 1 ? add(rat(1n), x) : x));
        const u = basis.inverse.map((row) => dot(row, w));
        const inside = u.every((x, k) => cmp(x, U[k][0]) >= 0 && cmp(x, U[k][1]) <= 0);
        const uf = u.map((x) => ({ lo: Number(x.num) / Number(x.den), hi: Number(x.num) / Number(x.den) }));
        const back = image(uf.map((x) => ({ lo: x.lo - 1e-12, hi: x.hi + 1e-12 })));
        const covered = w.every((x, j) => back[j].lo <= Number(x.num) / Number(x.den) && Number(x.num) / Number(x.den) <= back[j].hi);
        return inside && covered;
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('the complete search in principal coordinates', () => {
  it('finds what the axis-aligned search finds (the 2-D example, a second 4-point set)', () => {
    for (const text of ['1,0:1/3;0,1:3/4;1,1:1/2;1,-1:2/5', '1/2,2:1/4;2,1:3/4;1,1:1/2;3,-1:1/5']) {
      const problem: Problem = { activation: 'sigmoid', loss: 'mse', data: parseDataString(text) };
      const axis = findGradientZeros(f64GradientSystem(problem), [{ lo: -10, hi: 10 }, { lo: -10, hi: 10 }], { maxBoxes: 40000 });
      const r = analyze({ problem, box: rat(10), digits: 20, maxBoxes: 40000 });
      expect(axis.complete && r.complete).toBe(true);
      const inBox = r.stationaryPoints.filter((p) => p.inBox);
      const axisInBox = axis.zeros.filter((z) => z.enclosure.every((e) => e.lo >= -10 && e.hi <= 10));
      expect(inBox).toHaveLength(axisInBox.length);
      for (const z of axisInBox) {
        expect(inBox.some((p) => p.enclosure.every(([lo, hi], i) => new Decimal(lo).lte(z.enclosure[i].hi) && z.enclosure[i].lo <= Number(hi)))).toBe(true);
      }
    }
  });

  it('iris versicolor/virginica, 4 features: complete, and no stationary point in [-10, 10]^4', () => {
    const r = analyze({ problem: { activation: 'sigmoid', loss: 'mse', data: iris('iris-versicolor-virginica.csv') }, box: rat(10), digits: 20, maxBoxes: 50000 });
    expect(r.complete).toBe(true);
    expect(r.stationaryPoints.filter((p) => p.inBox)).toHaveLength(0);
    expect(r.undecidedBoxes).toHaveLength(0);
  }, 120_000);

  it('iris petals with the bias, [-40, 40]^3: complete, exactly the one minimum an independent mpmath root finds', () => {
    const data = iris('iris-versicolor-virginica-petals.csv').map((p) => ({ ...p, x: [...p.x, rat(1n)] }));
    const r = analyze({ problem: { activation: 'sigmoid', loss: 'mse', data }, box: rat(40), digits: 30, maxBoxes: 50000 });
    expect(r.complete).toBe(true);
    const inBox = r.stationaryPoints.filter((p) => p.inBox);
    expect(inBox).toHaveLength(1);
    expect(inBox[0].kind).toBe('minimum');
    // mpmath.findroot of the gradient at 40 digits from (4.5, 7.7, −34.7), independent of this code.
    const reference = ['4.535275999138052988294898984942087867105', '7.683473158951497661463605874972216747556', '-34.73743796378464958496298246923473191637'];
    inBox[0].enclosure.forEach(([lo, hi], i) => expect(new Decimal(lo).lte(reference[i]) && new Decimal(reference[i]).lte(hi)).toBe(true));
  }, 120_000);
});
