/**
 * Benchmark cases of analyze's per-box cost against the number of points n and the dimension d, on the real data
 * sets of test/data at 22 digits (analyze's default 12 + 10 guard): one box decision is an interval gradient (the
 * exclusion test) and an interval Hessian with a Krawczyk step. Baseline: the 2-feature iris box at n = 100.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withBias } from '../cli/analyze-args.js';
import { parseDataCsv, type DataPoint } from '../neuron/data.js';
import { intervalGradientSystem, type Problem } from '../neuron/model.js';
import { IntervalContext, type Interval } from '../numeric/interval.js';
import { krawczyk } from '../numeric/zeros.js';
import type { BenchCase } from './types.js';

const ic = new IntervalContext(22);

function data(file: string): DataPoint[] {
  const path = fileURLToPath(new URL(`../../test/data/${file}`, import.meta.url));
  return parseDataCsv(readFileSync(path, 'utf8'), file);
}

/** One box decision on [0, 0.5]^d: the interval gradient, then (as when it does not exclude 0) a Krawczyk step. */
function boxCost(points: DataPoint[]): () => void {
  const problem: Problem = { activation: 'sigmoid', loss: 'mse', data: points };
  const sys = intervalGradientSystem(problem, ic);
  const X: Interval[] = points[0].x.map(() => ic.fromBounds('0', '0.5'));
  return () => {
    sys.value(X);
    krawczyk(ic, sys, X);
  };
}

const petals = data('iris-versicolor-virginica-petals.csv');
const iris4 = data('iris-versicolor-virginica.csv');
const cancer = data('breast-cancer.csv');
const BASE = 'analyze box decision, iris petals, n = 100, d = 2';

export const analyzeBenchCases: BenchCase[] = [
  { name: BASE, run: boxCost(petals) },
  { name: 'analyze box decision, iris petals, n = 25, d = 2', baseline: BASE, run: boxCost(petals.slice(0, 25)) },
  { name: 'analyze box decision, iris petals + bias, n = 100, d = 3', baseline: BASE, run: boxCost(withBias(petals)) },
  { name: 'analyze box decision, iris 4 features, n = 100, d = 4', baseline: BASE, run: boxCost(iris4) },
  { name: 'analyze box decision, breast cancer 5 features, n = 569, d = 5', baseline: BASE, run: boxCost(cancer.map((p) => ({ x: p.x.slice(0, 5), t: p.t }))) },
];
