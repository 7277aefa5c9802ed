/**
 * Benchmark cases of the certified-zeros layer at 50 digits on the 2-D example (4 points, sigmoid, mse):
 * point loss + gradient against its rigorous interval evaluation (goal: within 3x), one Krawczyk step, and a
 * small complete branch-and-prune search.
 */
import { rat } from '../algebra/rational.js';
import { parseDataString } from '../neuron/data.js';
import { intervalGradientSystem, intervalModelField, decimalModelField, lossAndGradientAt, prepare, type Problem } from '../neuron/model.js';
import { symmetricBox } from '../numeric/box.js';
import { findZeros } from '../numeric/branch-and-prune.js';
import { decimalContext } from '../numeric/context.js';
import { IntervalContext } from '../numeric/interval.js';
import { krawczyk } from '../numeric/zeros.js';
import type { BenchCase } from './types.js';

const P = 50;
const problem: Problem = { activation: 'sigmoid', loss: 'mse', data: parseDataString('1,0:1/3;0,1:3/4;1,1:1/2;1,-1:2/5') };
const D = decimalContext(P);
const ic = new IntervalContext(P);
const point = prepare(decimalModelField(P), problem);
const interval = prepare(intervalModelField(ic), problem);
const w = [D.div(-2, 5), D.div(1, 2)];
const wPoint = w.map((x) => ic.point(x));
const wBox = w.map((x) => ic.fromBounds(x, D.add(x, '0.01')));
const system = intervalGradientSystem(problem, ic);
const nearMinimum = [ic.fromBounds('-0.41', '-0.39'), ic.fromBounds('0.49', '0.51')];
const oneD: Problem = { activation: 'sigmoid', loss: 'mse', data: parseDataString('1:1/3;2:3/4') };
const oneDSystem = intervalGradientSystem(oneD, ic);

const POINT = 'point loss + gradient, 2-D example, 50 digits';

export const zerosBenchCases: BenchCase[] = [
  { name: POINT, run: () => void lossAndGradientAt(point, w) },
  { name: 'interval loss + gradient at the same point', baseline: POINT, goal: 3, run: () => void lossAndGradientAt(interval, wPoint) },
  { name: 'interval loss + gradient over a box of width 0.01', baseline: POINT, goal: 3, run: () => void lossAndGradientAt(interval, wBox) },
  { name: 'Krawczyk step on a box around the minimum', baseline: POINT, run: () => void krawczyk(ic, system, nearMinimum) },
  {
    name: 'branch-and-prune, 1-D sigmoid on [-10, 10], complete',
    baseline: POINT,
    run: () =>
      void findZeros(ic, oneDSystem, symmetricBox(rat(10), 1), {
        maxBoxes: 1000,
        minWidth: rat(1, 2n ** 40n),
        enclosureWidth: D.pow(10, -40),
      }),
  },
];
