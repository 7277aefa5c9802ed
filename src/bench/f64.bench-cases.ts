/**
 * Benchmark cases of the float64 pruning layer (numeric/f64/): one box decision of the fast search (gradient and
 * Hessian enclosures in one pass, at the box and at its centre, then the preconditioned Krawczyk tests) against n and
 * d on the real data sets, compared with the decimal box decision of analyze.bench-cases.ts (22 digits); and the
 * tight per-point jets and the Taylor form alone (one pass each) against n and d; and the
 * whole real-data runs of `analyze` (complete searches on iris petals, with the bias, and iris 4 features; the
 * separability certificate on breast cancer).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rat } from '../algebra/rational.js';
import { withBias } from '../cli/analyze-args.js';
import { analyze } from '../neuron/analysis.js';
import { parseDataCsv, type DataPoint } from '../neuron/data.js';
import { f64GradientSystem } from '../neuron/f64-system.js';
import type { Problem } from '../neuron/model.js';
import { findGradientZeros } from '../numeric/f64/prune.js';
import type { BenchCase } from './types.js';

function data(file: string): DataPoint[] {
  const path = fileURLToPath(new URL(`../../test/data/${file}`, import.meta.url));
  return parseDataCsv(readFileSync(path, 'utf8'), file);
}

/** The tight jets (L, grad L, Hess L over the box) and the Taylor form on [0.24, 0.26]^d (narrow enough for it): one pass each. */
function jetsAndTaylor(points: DataPoint[]): () => void {
  const sys = f64GradientSystem({ activation: 'sigmoid', loss: 'mse', data: points });
  const d = points[0].x.length;
  const X = points[0].x.map(() => ({ lo: 0.24, hi: 0.26 }));
  const c = X.map(() => 0.25);
  const V = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? 1 : 0)));
  return () => {
    sys.jets(X);
    sys.secondOrder?.(X, c, V);
  };
}

/** One box decision on [0, 0.5]^d: the search's work for a single box (a budget of one box). */
function boxCost(points: DataPoint[]): () => void {
  const sys = f64GradientSystem({ activation: 'sigmoid', loss: 'mse', data: points });
  const X = points[0].x.map(() => ({ lo: 0, hi: 0.5 }));
  return () => void findGradientZeros(sys, X, { maxBoxes: 1 });
}

const petals = data('iris-versicolor-virginica-petals.csv');
const iris4 = data('iris-versicolor-virginica.csv');
const cancer = data('breast-cancer.csv');
const DECIMAL = 'analyze box decision, iris petals, n = 100, d = 2';
const problem = (points: DataPoint[]): Problem => ({ activation: 'sigmoid', loss: 'mse', data: points });

export const f64BenchCases: BenchCase[] = [
  { name: 'f64 box decision, iris petals, n = 100, d = 2', baseline: DECIMAL, goal: 0.05, run: boxCost(petals) },
  { name: 'f64 box decision, iris petals, n = 25, d = 2', baseline: DECIMAL, run: boxCost(petals.slice(0, 25)) },
  { name: 'f64 box decision, iris petals + bias, n = 100, d = 3', baseline: DECIMAL, run: boxCost(withBias(petals)) },
  { name: 'f64 box decision, iris 4 features, n = 100, d = 4', baseline: DECIMAL, run: boxCost(iris4) },
  { name: 'f64 box decision, breast cancer, n = 569, d = 30', baseline: DECIMAL, run: boxCost(cancer) },
  { name: 'f64 tight jets + Taylor form, iris petals, n = 25, d = 2', run: jetsAndTaylor(petals.slice(0, 25)) },
  { name: 'f64 tight jets + Taylor form, iris petals, n = 100, d = 2', run: jetsAndTaylor(petals) },
  { name: 'f64 tight jets + Taylor form, iris petals + bias, n = 100, d = 3', run: jetsAndTaylor(withBias(petals)) },
  { name: 'f64 tight jets + Taylor form, iris 4 features, n = 100, d = 4', run: jetsAndTaylor(iris4) },
  { name: 'f64 tight jets + Taylor form, breast cancer, n = 569, d = 30', run: jetsAndTaylor(cancer) },
  { name: 'analyze iris petals (n = 100, d = 2), complete, 30 digits', baseline: DECIMAL, run: () => void analyze({ problem: problem(petals), box: rat(10), digits: 30, maxBoxes: 40000 }) },
  { name: 'analyze iris petals + bias (n = 100, d = 3), complete, 30 digits', baseline: DECIMAL, run: () => void analyze({ problem: problem(withBias(petals)), box: rat(10), digits: 30, maxBoxes: 40000 }) },
  { name: 'analyze iris 4 features (n = 100, d = 4), complete, 30 digits', baseline: DECIMAL, run: () => void analyze({ problem: problem(iris4), box: rat(10), digits: 30, maxBoxes: 50000 }) },
  { name: 'analyze breast cancer (n = 569, d = 30), local + divergence certificate', baseline: DECIMAL, run: () => void analyze({ problem: problem(cancer), box: rat(10), digits: 30, maxBoxes: 1 }) },
];
