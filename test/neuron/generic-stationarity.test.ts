import { describe, expect, it } from 'vitest';
import { rat } from '../../src/algebra/rational.js';
import { zFromStrings, zMul, zPow } from '../../src/algebra/poly-z.js';
import { replayProof } from '../../src/kernel/proof.js';
import { propEquals } from '../../src/kernel/proposition.js';
import { checkCertificate } from '../../src/kernel/checkers.js';
import { genericIdentityCertificate, genericNoRadicalTheorem, genericSigmoidStationarity, specializedNumerator } from '../../src/neuron/generic-stationarity.js';

const AT = [rat(1n, 3n), rat(3n, 4n), rat(2n, 5n)];
const cube = (k: number) => zPow([1n, ...new Array<bigint>(k - 1).fill(0n), 1n], 3);
const run = (t: unknown) => replayProof(t, { lemmas: new Map() });

describe('the generic stationarity numerator N(z; t)', () => {
  it('cancels the factor (1 + z)^3 shared by every t-coefficient when 1 + z divides 1 + z^3', () => {
    const g13 = genericSigmoidStationarity([1n, 3n]);
    expect(g13.numerator.length - 1).toBe(7);
    expect(zFromStrings([...g13.denominator].reverse())).toEqual(cube(3));
    const g123 = genericSigmoidStationarity([1n, 2n, 3n]);
    expect(g123.numerator.length - 1).toBe(13);
    expect(zFromStrings([...g123.denominator].reverse())).toEqual(zMul(cube(2), cube(3)));
  });

  it('keeps coprime denominators whole: {1, 2} and {1, 4} have D = (1 + z)^3 (1 + z^k)^3', () => {
    for (const k of [2, 4]) {
      const g = genericSigmoidStationarity([1n, BigInt(k)]);
      expect(zFromStrings([...g.denominator].reverse())).toEqual(zMul(cube(1), cube(k)));
    }
    expect(genericSigmoidStationarity([1n, 2n]).numerator.length - 1).toBe(7);
  });

  it('still satisfies the derivative identity the kernel checks, after the cancellation', () => {
    for (const xs of [[1n, 3n], [1n, 2n, 3n], [2n, 3n]]) {
      const r = checkCertificate(genericIdentityCertificate(genericSigmoidStationarity(xs)));
      expect(r.ok, r.detail).toBe(true);
    }
  });

  it('refuses an input 0 or a repeated input', () => {
    expect(() => genericSigmoidStationarity([0n, 1n])).toThrow(RangeError);
    expect(() => genericSigmoidStationarity([2n, 2n])).toThrow(RangeError);
  });
});

describe('generic theorems per input family', () => {
  it.each([
    [[1, 2], 7],
    [[1, 3], 7],
    [[2, 3], 11],
    [[1, 4], 13],
    [[1, 2, 3], 13],
  ])('inputs %j: the kernel replays the chain to the statement, generic group S_%i', (inputs, n) => {
    const xs = (inputs as number[]).map(BigInt);
    const th = genericNoRadicalTheorem(xs, AT.slice(0, xs.length));
    expect(th.degree).toBe(n);
    const r = run(th.proof);
    expect(r.ok, r.detail).toBe(true);
    expect(propEquals(r.conclusion!, th.statement)).toBe(true);
  });

  it('finds no certificate at the symmetric targets (1/2, 1/2), where N(z) is reciprocal (z ↦ 1/z), so its group is not S_n', () => {
    const f = specializedNumerator(genericSigmoidStationarity([1n, 3n]), [rat(1n, 2n), rat(1n, 2n)]);
    const n = f.length - 1;
    expect(f.every((c, i) => c === f[n - i] || c === -f[n - i])).toBe(true);
    expect(() => genericNoRadicalTheorem([1n, 3n], [rat(1n, 2n), rat(1n, 2n)])).toThrow(/not certified irreducible with group S_n/);
  });

  it('refuses a transfer about one input set with the group of another', () => {
    const a = genericNoRadicalTheorem([1n, 3n], AT.slice(0, 2)).proof as { premises: readonly unknown[] };
    const b = genericNoRadicalTheorem([1n, 2n], AT.slice(0, 2)).proof as { premises: readonly unknown[] };
    const mixed = { rule: 'generic-stationary-not-radical', premises: [a.premises[0], b.premises[1]] };
    expect(JSON.stringify(run(mixed))).toMatch(/about different polynomials/);
  });
});
