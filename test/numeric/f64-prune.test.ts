import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { rat } from '../../src/algebra/rational.js';
import { analyze } from '../../src/neuron/analysis.js';
import { parseDataCsv, parseDataString } from '../../src/neuron/data.js';
import { f64GradientSystem } from '../../src/neuron/f64-system.js';
import type { Problem } from '../../src/neuron/model.js';
import { findGradientZeros } from '../../src/numeric/f64/prune.js';
import { IntervalContext } from '../../src/numeric/interval.js';
import { findCriticalPoints } from '../../src/numeric/branch-and-prune.js';
import { symmetricBox } from '../../src/numeric/box.js';
import { intervalGradientSystem } from '../../src/neuron/model.js';

const box = (b: number, d: number) => Array.from({ length: d }, () => ({ lo: -b, hi: b }));

describe('float64 branch-and-prune', () => {
  it('the 2-D example: complete with the one minimum the decimal search finds, enclosures meeting', () => {
    const problem: Problem = { activation: 'sigmoid', loss: 'mse', data: parseDataString('1,0:1/3;0,1:3/4;1,1:1/2;1,-1:2/5') };
    const fast = findGradientZeros(f64GradientSystem(problem), box(10, 2), { maxBoxes: 20000 });
    expect(fast.complete).toBe(true);
    expect(fast.zeros).toHaveLength(1);
    const ic = new IntervalContext(30);
    const slow = findCriticalPoints(ic, intervalGradientSystem(problem, ic), symmetricBox(rat(10), 2), { maxBoxes: 20000, minWidth: rat(1, 2n ** 40n), enclosureWidth: new Decimal('1e-20') });
    expect(slow.zeros).toHaveLength(1);
    fast.zeros[0].enclosure.forEach((e, i) => {
      const z = slow.zeros[0].enclosure[i];
      expect(z.lo.lte(e.hi) && new Decimal(e.lo).lte(z.hi)).toBe(true);
    });
  });

  it('zeros on a split plane are found once: square activation on [-2, 2] has 3 stationary points, w = 0 among them', () => {
    const problem: Problem = { activation: 'square', loss: 'mse', data: parseDataString('1:1;2:1') };
    const r = findGradientZeros(f64GradientSystem(problem), box(2, 1), { maxBoxes: 2000 });
    expect(r.complete).toBe(true);
    expect(r.zeros).toHaveLength(3);
    expect(r.zeros.some((z) => z.enclosure[0].lo <= 0 && z.enclosure[0].hi >= 0)).toBe(true);
  });

  it('boxes no test decides (relu kinks) do not starve the rest: all three in-cell minima of a 5-point relu set within 1500 boxes', () => {
    // The exact cell minima (relu-cells.ts, normal equations): (1/6, 7/6), (−1/4, 7/6), (−7/3, −4/3). The kink boxes
    // keep splitting at the front of the loss order; before the widest-box turn the third minimum was never examined.
    const problem: Problem = { activation: 'relu', loss: 'mse', data: parseDataString('1,0:1;0,1:2;1,1:1/2;-1,1:1;1,-2:1/3') };
    const r = analyze({ problem, box: rat(4), digits: 20, maxBoxes: 1500 });
    const exact = [['1/6', '7/6'], ['-1/4', '7/6'], ['-7/3', '-4/3']].map((w) => w.map((x) => new Decimal(x.split('/')[0]).div(x.split('/')[1])));
    for (const w of exact) {
      const holding = r.stationaryPoints.filter((p) => p.enclosure.every(([lo, hi], i) => new Decimal(lo).lte(w[i]) && w[i].lte(hi)));
      expect(holding.map((p) => p.kind)).toEqual(['minimum']);
    }
  });

  it('negative control: a budget of one box leaves the box undecided (never "complete" without the work)', () => {
    const problem: Problem = { activation: 'sigmoid', loss: 'mse', data: parseDataString('1,0:1/3;0,1:3/4;1,1:1/2;1,-1:2/5') };
    const r = findGradientZeros(f64GradientSystem(problem), box(10, 2), { maxBoxes: 1 });
    expect(r.complete).toBe(false);
    expect(r.undecided.length).toBeGreaterThan(0);
  });

  it('iris petals (100 points, 2 features): complete, exactly the one minimum an independent mpmath root finds', () => {
    const data = parseDataCsv(readFileSync('test/data/iris-versicolor-virginica-petals.csv', 'utf8'), 'iris');
    const r = analyze({ problem: { activation: 'sigmoid', loss: 'mse', data }, box: rat(10), digits: 30, maxBoxes: 40000 });
    expect(r.complete).toBe(true);
    expect(r.stationaryPoints).toHaveLength(1);
    const [p] = r.stationaryPoints;
    expect(p.kind).toBe('minimum');
    // mpmath.findroot at 40 digits (scripts in the report of this change): (-2.25128802200443805625, 6.68781272602831803198).
    const reference = ['-2.251288022004438056252916387791', '6.687812726028318031986996144909'];
    p.enclosure.forEach(([lo, hi], i) => {
      expect(new Decimal(lo).lte(reference[i]) && new Decimal(reference[i]).lte(hi)).toBe(true);
      expect(new Decimal(hi).sub(lo).lt('1e-25')).toBe(true);
    });
  }, 60_000);
});
