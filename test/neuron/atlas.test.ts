import { beforeAll, describe, expect, it } from 'vitest';
import { zDeflate, zToStrings } from '../../src/algebra/poly-z.js';
import { rat } from '../../src/algebra/rational.js';
import { checkCertificate } from '../../src/kernel/checkers.js';
import {
  ATLAS_INPUTS,
  ATLAS_MODELS,
  atlasEntries,
  atlasEntry,
  atlasProblem,
  atlasTable,
  genericGroup,
  gridSignChanges,
  TANH_TARGETS,
  type AtlasEntry,
} from '../../src/neuron/atlas.js';
import { stationarityPolynomial } from '../../src/neuron/stationarity.js';

let entries: AtlasEntry[];

beforeAll(() => {
  entries = atlasEntries();
});

const find = (label: string, inputs: string): AtlasEntry => {
  const e = entries.find((x) => x.model.label === label && x.inputs.join(',') === inputs);
  if (!e) throw new Error(`no entry ${label} ${inputs}`);
  return e;
};

describe('the atlas of closed forms', () => {
  it('has one entry per model and input set, and a table titled exactly "Atlas of closed forms" that passes its cross-check', () => {
    expect(entries).toHaveLength(ATLAS_MODELS.length * ATLAS_INPUTS.length);
    const table = atlasTable(entries);
    expect(table.title).toBe('Atlas of closed forms');
    expect(table.rows).toHaveLength(entries.length);
    expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
    expect(table.passed).toBe(true);
  });

  it('gives the generic group of the sigmoid, squared-loss rows only: S_7, S_7, S_13, S_19 after cancelling (1 + z)^3 where 1 + z | 1 + z^3', () => {
    const sigmoid = entries.filter((e) => e.model.activation === 'sigmoid' && e.model.loss === 'mse');
    expect(sigmoid.map((e) => e.genericGroup)).toEqual([
      { degree: 1, group: 'solvable' },
      { degree: 7, group: 'symmetric' },
      { degree: 7, group: 'symmetric' },
      { degree: 13, group: 'symmetric' },
      { degree: 19, group: 'symmetric' },
    ]);
    expect(entries.filter((e) => e.model.activation !== 'sigmoid' || e.model.loss !== 'mse').every((e) => e.genericGroup === null)).toBe(true);
    const table = atlasTable(entries);
    expect(table.columns.at(-1)).toBe('generic group over Q(t)');
    expect(table.rows[2].at(-1)).toBe('S_7');
  });

  it('says undetermined, not S_n, when the specialization is degenerate: symmetric targets (1/2, 1/2) make N(z) reciprocal', () => {
    expect(genericGroup([1, 3], [rat(1n, 2n), rat(1n, 2n)])).toEqual({ degree: 7, group: 'undetermined' });
  });

  it('backs every entry with certificates the kernel accepts', () => {
    for (const e of entries) {
      const kinds = e.certificates.map((c) => c.kind);
      const constantD = e.model.activation === 'exp';
      expect(kinds.slice(0, constantD ? 2 : 3)).toEqual(['derivative-identity', 'real-root-count', ...(constantD ? [] : ['real-root-count'])]);
      for (const c of e.certificates) expect(checkCertificate(c).ok, `${e.model.label} {${e.inputs}} ${c.kind}`).toBe(true);
      // one isolation, one irreducibility and one group certificate per point (no group is undetermined here)
      expect(kinds.filter((k) => k === 'isolated-root')).toHaveLength(e.points.length);
      expect(kinds.filter((k) => k === 'galois-symmetric' || k === 'solvable-degree')).toHaveLength(e.points.filter((p) => p.group !== 'undetermined').length);
    }
  });

  it('lists the known cases: S_7 septic, cross-entropy cubic, exp cubic and S_5 quintic, tanh over u = z^2', () => {
    expect(find('sigmoid, squared loss', '1,2').points[0]).toMatchObject({ kind: 'minimum', degree: 7, group: 'symmetric', closedForm: 'none-in-radicals' });
    expect(find('sigmoid, cross-entropy', '1,2').points[0]).toMatchObject({ degree: 3, group: 'solvable', closedForm: 'radicals' });
    expect(find('sigmoid, cross-entropy', '1,2,3').points[0]).toMatchObject({ degree: 5, group: 'symmetric' });
    expect(find('exp, squared loss', '1,2').points[0]).toMatchObject({ degree: 3, group: 'solvable' });
    expect(find('exp, squared loss', '1,2,3').points[0]).toMatchObject({ degree: 5, group: 'symmetric' });
    expect(find('tanh, squared loss', '1,2').points[0]).toMatchObject({ degree: 14, power: 2, groupDegree: 7, group: 'symmetric' });
  });

  it('finds for tanh, in u = z^2, the very polynomial of the sigmoid with the mapped targets (tanh(h) = 2s(2h) − 1)', () => {
    const tanh = stationarityPolynomial(atlasProblem(ATLAS_MODELS[2], [1, 2])).numerator;
    const sigmoid = stationarityPolynomial(atlasProblem(ATLAS_MODELS[0], [1, 2])).numerator;
    const { power, poly } = zDeflate(tanh);
    expect(power).toBe(2);
    expect(zToStrings(poly)).toEqual(zToStrings(sigmoid));
    expect(TANH_TARGETS).toEqual([rat(-1, 3), rat(1, 2), rat(-1, 5)]);
  });

  it('refuses more inputs than targets', () => {
    expect(() => atlasProblem(ATLAS_MODELS[0], [1, 2, 3, 4])).toThrow(/4 inputs but only 3 targets/);
  });
});

describe('gridSignChanges (the independent count)', () => {
  it('sees the three stationary points of (1, 9/10), (3, 2/3) and the one of the septic example', () => {
    const model = { label: 'sigmoid, squared loss', activation: 'sigmoid' as const, loss: 'mse' as const, targets: [rat(9, 10), rat(2, 3)] };
    const e = atlasEntry(model, [1, 3]);
    expect(e.points.map((p) => p.kind)).toEqual(['minimum', 'maximum', 'minimum']);
    expect(gridSignChanges(e.problem)).toBe(3);
    expect(gridSignChanges(atlasProblem(ATLAS_MODELS[0], [1, 2]))).toBe(1);
  });

  it('makes the table fail when the certified count disagrees (negative control)', () => {
    const e = find('sigmoid, squared loss', '1,2');
    const wrong: AtlasEntry = { ...e, points: [...e.points, { ...e.points[0], kind: 'maximum' }] };
    expect(atlasTable([wrong]).passed).toBe(false);
  });
});
