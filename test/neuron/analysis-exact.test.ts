import { describe, expect, it } from 'vitest';
import { rat } from '../../src/algebra/rational.js';
import { analyze, type ExactStationaryPointReport } from '../../src/neuron/analysis.js';
import { parseDataString } from '../../src/neuron/data.js';
import type { Problem } from '../../src/neuron/model.js';

const run = (data: string, activation: Problem['activation'] = 'sigmoid', box = rat(10n), digits = 30) =>
  analyze({ problem: { activation, loss: 'mse', data: parseDataString(data) }, box, digits, maxBoxes: 20_000 });

describe('analyze for d = 1 with integer inputs: the exact analysis merged into the certified search', () => {
  it('(1, 1/3), (2, 3/4): one minimum on the whole line, the S_7 septic, no radicals', () => {
    const r = run('1:1/3;2:3/4', 'sigmoid', rat(10n), 40);
    expect(r.allFound).toBe(true);
    expect(r.numerator).toEqual(['4', '1', '21', '-6', '-12', '-33', '-5', '-2']);
    expect(r.stationaryPoints).toHaveLength(1);
    const p = r.stationaryPoints[0] as ExactStationaryPointReport;
    expect(p).toMatchObject({ status: 'unique', kind: 'minimum', degree: 7, galois: 'symmetric', closedForm: 'none-in-radicals' });
    expect(p.w[0]).toBe('0.2619770152170032839187312270135270250019');
    expect(p.certificate?.kind).toBe('galois-symmetric');
    const [lo, hi] = p.enclosure[0].map(Number);
    expect(lo).toBeLessThanOrEqual(Number(p.w[0]));
    expect(hi).toBeGreaterThanOrEqual(Number(p.w[0]));
  });

  it('(2, 1/3): the minimal polynomial 2z^2 - 1, expressible by radicals', () => {
    const p = run('2:1/3').stationaryPoints[0] as ExactStationaryPointReport;
    expect(p.minimalPolynomial).toEqual(['2', '0', '-1']);
    expect(p.closedForm).toBe('radicals');
    expect(p.z).toBe('0.707106781186547524400844362105');
  });

  it('targets 1 and 1: no stationary point, and a sentence saying why', () => {
    const r = run('1:1;2:1');
    expect(r.stationaryPoints).toEqual([]);
    expect(r.allFound).toBe(true);
    expect(r.explanation).toMatch(/decreases strictly on the whole real line/);
  });

  it('lists a stationary point outside the box, with an enclosure that holds it', () => {
    const r = run('1:1/3;2:3/4', 'sigmoid', rat(1n, 10n));
    expect(r.complete).toBe(true);
    const p = r.stationaryPoints[0] as ExactStationaryPointReport;
    expect(p.galois).toBe('symmetric');
    expect(Number(p.enclosure[0][0])).toBeGreaterThan(0.1);
    expect(p.enclosure[0][0] < p.w[0] && p.w[0] < p.enclosure[0][1]).toBe(true);
  });

  it('adds nothing where the exact analysis does not apply (d = 2, fractional inputs, relu)', () => {
    expect(run('1,0:1/3;0,1:3/4').allFound).toBeUndefined();
    expect(run('1/2:1/3;2:3/4').allFound).toBeUndefined();
    expect(run('1:1/3;2:3/4', 'relu').numerator).toBeUndefined();
  });

  it('finds two minima and a maximum for the multiple-minima data, in agreement with the box search', () => {
    const r = run('1:9/10;3:2/3');
    expect(r.stationaryPoints.map((p) => p.kind)).toEqual(['minimum', 'maximum', 'minimum']);
  });
});
