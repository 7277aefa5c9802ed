/**
 * Benchmark cases of the numeric core at 50 digits: the fast kernel against naive decimal.js, and rigorous interval
 * evaluation against point evaluation of the same expressions (the goals: <= 10 µs per sigmoid, about a
 * tenth of naive decimal.js; interval within 3x of point), and the balls of src/numeric/ball/ against both (goal: a
 * rigorous ball no slower than the decimal point value it replaces).
 */
import { rat } from '../algebra/rational.js';
import { decimalContext } from '../numeric/context.js';
import { exp, ln, sigmoid, sigmoidBounds, softplus } from '../numeric/elementary.js';
import { decimalField, dualField, hyperDualField, intervalField, type Field } from '../numeric/field.js';
import { hull } from '../numeric/ball/ball.js';
import { BallContext, bitsForDigits } from '../numeric/ball/context.js';
import type { BenchCase } from './types.js';

const P = 50;
const D = decimalContext(P);
const h = new D('-1.234567890123456789012345678901234567890123456789');
const g = new D('0.7071067811865475244008443621048490392848359376885');
const I = intervalField(P);
const hPoint = I.point(h);
const hBox = I.fromBounds(h, D.add(h, '1e-20'));
const gPoint = I.point(g);

/** tanh(e^u − v)/(1 + v²) + s(u·v): one expression, evaluated in every field. */
function composite<T>(F: Field<T>, u: T, v: T): T {
  const one = F.fromRational(rat(1));
  return F.add(F.div(F.tanh(F.sub(F.exp(u), v)), F.add(one, F.square(v))), F.sigmoid(F.mul(u, v)));
}

const point = decimalField(P);
const duals = dualField(P, 2);
const hyperDuals = hyperDualField(P, 2);
const uBox = I.fromBounds(h, D.add(h, '1e-30'));
const vBox = I.fromBounds(g, D.add(g, '1e-30'));
const B = new BallContext(bitsForDigits(P));
const hBall = B.fromDecimal(h);
const gBall = B.fromDecimal(g);
const hBallBox = hull(hBall, B.fromDecimal(D.add(h, '1e-20')), B.prec);
const uBallBox = hull(hBall, B.fromDecimal(D.add(h, '1e-30')), B.prec);
const vBallBox = hull(gBall, B.fromDecimal(D.add(g, '1e-30')), B.prec);

/** The numeric core's cases, each with the baseline and the goal ratio it is judged by. */
export const numericBenchCases: BenchCase[] = [
  { name: 'decimal.js sigmoid 1/(1+exp(-h)), 50 digits', run: () => void D.div(1, D.exp(h.neg()).plus(1)) },
  { name: 'kernel sigmoid, 50 digits', baseline: 'decimal.js sigmoid 1/(1+exp(-h)), 50 digits', goal: 0.1, run: () => void sigmoid(D, h) },
  { name: 'decimal.js exp, 50 digits', run: () => void D.exp(h) },
  { name: 'kernel exp, 50 digits', baseline: 'decimal.js exp, 50 digits', goal: 0.1, run: () => void exp(D, h) },
  { name: 'decimal.js ln, 50 digits', run: () => void D.ln(g) },
  { name: 'kernel ln, 50 digits', baseline: 'decimal.js ln, 50 digits', goal: 0.25, run: () => void ln(D, g) },
  { name: 'kernel softplus ln(1+e^h), 50 digits', baseline: 'decimal.js sigmoid 1/(1+exp(-h)), 50 digits', run: () => void softplus(D, h) },
  {
    name: 'rigorous sigmoid bounds (both ends) of a point, 50 digits',
    baseline: 'kernel sigmoid, 50 digits',
    goal: 3,
    run: () => {
      const b = sigmoidBounds(h, P);
      void [b.lo, b.hi];
    },
  },
  { name: 'interval sigmoid of a point interval, 50 digits', baseline: 'kernel sigmoid, 50 digits', goal: 3, run: () => void I.sigmoid(hPoint) },
  { name: 'interval sigmoid of a width-1e-20 interval, 50 digits', baseline: 'kernel sigmoid, 50 digits', goal: 3, run: () => void I.sigmoid(hBox) },
  { name: 'ball sigmoid of a point, 50 digits (166 + 16 bits)', baseline: 'kernel sigmoid, 50 digits', goal: 1, run: () => void B.sigmoid(hBall) },
  { name: 'ball sigmoid of a width-1e-20 ball, 50 digits', baseline: 'kernel sigmoid, 50 digits', goal: 1, run: () => void B.sigmoid(hBallBox) },
  { name: 'ball exp of a point, 50 digits', baseline: 'kernel exp, 50 digits', goal: 1, run: () => void B.exp(hBall) },
  { name: 'ball ln of a point, 50 digits', baseline: 'kernel ln, 50 digits', goal: 1, run: () => void B.ln(gBall) },
  { name: 'decimal.js multiplication, 50 digits', run: () => void D.mul(h, g) },
  { name: 'ball multiplication, 50 digits', baseline: 'decimal.js multiplication, 50 digits', goal: 0.5, run: () => void B.mul(hBall, gBall) },
  { name: 'interval multiplication, 50 digits', baseline: 'decimal.js multiplication, 50 digits', goal: 3, run: () => void I.mul(hPoint, gPoint) },
  { name: 'point composite tanh(e^u−v)/(1+v²)+s(uv), 50 digits', run: () => void composite(point, h, g) },
  {
    name: 'interval composite on a width-1e-30 box, 50 digits',
    baseline: 'point composite tanh(e^u−v)/(1+v²)+s(uv), 50 digits',
    goal: 3,
    run: () => void composite(I, uBox, vBox),
  },
  {
    name: 'ball composite on a width-1e-30 box, 50 digits',
    baseline: 'point composite tanh(e^u−v)/(1+v²)+s(uv), 50 digits',
    goal: 1,
    run: () => void composite(B, uBallBox, vBallBox),
  },
  {
    name: 'dual composite (value + gradient, n = 2), 50 digits',
    baseline: 'point composite tanh(e^u−v)/(1+v²)+s(uv), 50 digits',
    run: () => void composite(duals, duals.variable(0, h), duals.variable(1, g)),
  },
  {
    name: 'hyper-dual composite (value + gradient + Hessian, n = 2), 50 digits',
    baseline: 'point composite tanh(e^u−v)/(1+v²)+s(uv), 50 digits',
    run: () => void composite(hyperDuals, hyperDuals.variable(0, h), hyperDuals.variable(1, g)),
  },
];
