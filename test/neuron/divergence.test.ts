import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { add, cmp, mul, parseRational, ZERO } from '../../src/algebra/rational.js';
import { withBias } from '../../src/cli/analyze-args.js';
import { parseDataCsv, parseDataString, type DataPoint } from '../../src/neuron/data.js';
import { divergenceDirection } from '../../src/neuron/divergence.js';

const csv = (name: string) => parseDataCsv(readFileSync(`test/data/${name}.csv`, 'utf8'), name);

/** Independent check of a direction: every margin sign(t)·(v·x) > 0 in exact rationals from the printed v. */
function separates(data: DataPoint[], direction: string[], upper: string): boolean {
  const v = direction.map(parseRational);
  return data.every((p) => {
    const h = p.x.reduce((acc, x, j) => add(acc, mul(v[j], x)), ZERO);
    return cmp(p.t, parseRational(upper)) === 0 ? cmp(h, ZERO) > 0 : cmp(h, ZERO) < 0;
  });
}

describe('certified unbounded decrease on separable data', () => {
  it('breast cancer (569 points, 30 features), with and without the bias: a direction whose exact margins are all positive', () => {
    for (const data of [csv('breast-cancer'), withBias(csv('breast-cancer'))]) {
      const d = divergenceDirection({ activation: 'sigmoid', loss: 'mse', data });
      expect(d).not.toBeNull();
      expect(d?.direction).toHaveLength(data[0].x.length);
      expect(separates(data, d?.direction ?? [], '1')).toBe(true);
    }
  });

  it('tanh with targets ±1: the direction separates the upper from the lower target', () => {
    const data = parseDataString('1,2:1;2,1:1;-1,-1:-1;-2,0.5:-1');
    const d = divergenceDirection({ activation: 'tanh', loss: 'mse', data });
    expect(separates(data, d?.direction ?? ['0', '0'], '1')).toBe(true);
  });

  it('negative controls: no certificate for non-separable iris, for targets inside (0, 1), or for identity', () => {
    expect(divergenceDirection({ activation: 'sigmoid', loss: 'mse', data: csv('iris-versicolor-virginica') })).toBeNull();
    expect(divergenceDirection({ activation: 'sigmoid', loss: 'mse', data: parseDataString('1:1/2;-1:0') })).toBeNull();
    expect(divergenceDirection({ activation: 'identity', loss: 'mse', data: parseDataString('1:1;-1:0') })).toBeNull();
    // Separable but with a point on the wrong side of every direction through 0 (no intercept): 1 → 1 and 2 → 0.
    expect(divergenceDirection({ activation: 'sigmoid', loss: 'mse', data: parseDataString('1:1;2:0') })).toBeNull();
  });
});
