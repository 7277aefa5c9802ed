import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factorOverZ, factorOverZFresh } from '../../src/algebra/factor-z.js';
import { zMul, zToStrings, type ZPoly } from '../../src/algebra/poly-z.js';
import { zPolyOfDegree } from './arbitraries.js';

/** sympy's factor_list of each polynomial (coefficients highest first) as sorted "coeffs^mult" strings. */
function sympyFactors(polys: readonly ZPoly[]): string[][] {
  const program = [
    'import sys, json, sympy',
    'x = sympy.Symbol("x")',
    'out = []',
    'for cs in json.loads(sys.stdin.read()):',
    '    _, fs = sympy.factor_list(sympy.Poly([int(c) for c in cs], x))',
    '    rows = []',
    '    for f, m in fs:',
    '        c = [int(v) for v in sympy.Poly(f, x).all_coeffs()]',
    '        if c[0] < 0: c = [-v for v in c]',
    '        rows.append(",".join(map(str, c)) + "^" + str(m))',
    '    out.append(sorted(rows))',
    'print(json.dumps(out))',
  ].join('\n');
  const r = spawnSync('python3', ['-c', program], { input: JSON.stringify(polys.map(zToStrings)), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`sympy failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[][];
}

const ours = (f: ZPoly): string[] => factorOverZ(f).factors.map((g) => `${zToStrings(g.factor).join(',')}^${g.multiplicity}`).sort();

describe('factorisation over Z against sympy (stopping at a pattern proof of irreducibility, factoring each polynomial once)', () => {
  it('agrees with sympy factor_list on products of random polynomials, repeated factors included', () => {
    const samples = fc.sample(
      fc.tuple(zPolyOfDegree(1, 7, 30n), zPolyOfDegree(1, 6, 30n), zPolyOfDegree(0, 3, 9n)).map(([a, b, c]) => zMul(zMul(a, b), zMul(c, c))),
      { seed: 77, numRuns: 60 },
    );
    const expected = sympyFactors(samples);
    samples.forEach((f, i) => {
      expect(ours(f)).toEqual(expected[i]);
      expect(factorOverZ(f)).toEqual(factorOverZFresh(f));
    });
  });

  it('returns a fresh copy from the cache: mutating one result does not change the next', () => {
    const f: ZPoly = [-2n, 0n, 1n, 0n, 0n, 1n];
    const first = factorOverZ(f);
    (first.factors[0].factor as bigint[])[0] = 99n;
    first.factors.pop();
    expect(factorOverZ(f)).toEqual(factorOverZFresh(f));
  });
});
