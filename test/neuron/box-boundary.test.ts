import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { rat } from '../../src/algebra/rational.js';
import { analyze } from '../../src/neuron/analysis.js';
import { parseDataString } from '../../src/neuron/data.js';

// identity, three points in d = 3: L = 0 exactly at w* = (3, 6/7, -10/7), on the face w1 = 3 of [-3, 3]^3.
const DATA = '1.0,1,0.6:3;0.6,1.4,0:3;-2,1,-1.5:-3';

describe('a stationary point on the boundary of the box', () => {
  it('is reported as onBoundary (its enclosure straddles the face w1 = 3), not dropped as outside the box', () => {
    const problem = { activation: 'identity' as const, loss: 'mse' as const, data: parseDataString(DATA) };
    const r = analyze({ problem, box: rat(3n), digits: 20, maxBoxes: 1000 });
    expect(r.complete).toBe(true);
    expect(r.stationaryPoints).toHaveLength(1);
    const [p] = r.stationaryPoints;
    expect(p.inBox).toBe(false);
    expect(p.onBoundary).toBe(true);
  });

  it('a point well outside the box is neither in it nor on its boundary', () => {
    const problem = { activation: 'identity' as const, loss: 'mse' as const, data: parseDataString(DATA) };
    const r = analyze({ problem, box: rat(4n), digits: 20, maxBoxes: 1000 });
    expect(r.stationaryPoints.filter((p) => p.inBox)).toHaveLength(1);
    expect(r.stationaryPoints.some((p) => p.onBoundary)).toBe(false);
  });

  it('the CLI lists it instead of printing "0 certified stationary points" next to "complete"', () => {
    const out = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', '--activation', 'identity', '--data', DATA, '--box', '3'], {
      encoding: 'utf8',
      cwd: join(import.meta.dirname, '../..'),
    });
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/1 certified stationary point on the boundary of the box/);
    expect(out.stdout).toMatch(/minimum: w = \(3, 0\.857142857/);
  }, 60_000);
});
