/**
 * Property checks that every outward-rounded operation encloses the value computed independently at twice the
 * precision, across decimal.js's whole exponent range (subnormal doubles, 10^±9e15), run by `npm run soundness`
 * (>= 10^4 runs) and, a few hundred runs, by `npm test`.
 *
 * Why comparing with a 2p-digit reference r is exact, not a tolerance: interval ends have p digits, so they are
 * 2p-digit numbers, and rounding to 2p digits is monotone; hence lo <= v implies lo <= r = round(v) whenever r is
 * correctly rounded. A failure lo > r therefore proves lo > v. The references are decimal.js's correctly rounded
 * +, −, ×, ÷, exp, ln and integer powers at exact precision; sigmoid, softplus and tanh are composed from them at
 * 2p + 10 digits (faithful to well below a 2p-digit unit). When the reference leaves the exponent range (0 or
 * ±Infinity for a value that is not), the check uses what is then known: the sign of a value that underflowed, or
 * that an overflowed value exceeds every finite end.
 *
 * The ball properties check the same way: a ball is made to contain two arbitrary Decimals (or one), the operation is
 * applied, and the ball's outward decimal ends (BallContext.lower/upper, `digits` digits) must enclose the reference
 * at every test point of the arguments.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import type { Rational } from '../algebra/rational.js';
import { rat } from '../algebra/rational.js';
import { decimalContext, MAX_EXPONENT, MIN_EXPONENT } from './context.js';
import { IntervalContext, type Interval } from './interval.js';
import { adGradient, gradientEnclosureAt } from '../neuron/evaluate.js';
import { ballModelField, gradientAt, lossAt, prepare, type Problem } from '../neuron/model.js';
import { BallDuals } from './ball/dual.js';
import { hull, type Ball } from './ball/ball.js';
import { BallContext, bitsForDigits } from './ball/context.js';
import { f64Properties } from './f64/soundness.js';

/** One checked claim about an operation. */
export interface SoundnessProperty {
  readonly name: string;
  readonly property: fc.IProperty<unknown>;
}

/** The outcome of one property: runs, whether it failed, and the counterexample when it did. */
export interface SoundnessOutcome {
  name: string;
  runs: number;
  seed: number;
  failed: boolean;
  counterexample?: string;
}

/** A reference value: a finite Decimal, or the verdict that the exact value lies beyond the exponent range. */
type Reference = Decimal | { beyond: 'underflow' | 'overflow'; sign: number };

/** Decimals over the whole range: every double (subnormals, ±0), 25-digit mantissas with exponents up to ±9e15, and moderate values. */
export function anyDecimal(): fc.Arbitrary<Decimal> {
  const mantissa = fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n });
  return fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => new Decimal(x)),
    fc.double({ noNaN: true, min: -1e-300, max: 1e-300 }).map((x) => new Decimal(x)),
    fc.tuple(mantissa, fc.integer({ min: MIN_EXPONENT + 30, max: MAX_EXPONENT - 30 })).map(([m, e]) => new Decimal(`${m}e${e}`)),
    fc.tuple(mantissa, fc.integer({ min: -60, max: 20 })).map(([m, e]) => new Decimal(`${m}e${e}`)),
    fc.constantFrom(...['0', '1', '-1', '0.5', `1e${MIN_EXPONENT}`, `-1e${MIN_EXPONENT}`, `9.99e${MAX_EXPONENT}`].map((s) => new Decimal(s))),
  );
}

const PRECISION = fc.integer({ min: 5, max: 60 });

/** True iff the p-digit interval [lo, hi] holds the exact value that `r` stands for. */
function encloses(x: Interval, r: Reference): boolean {
  if (r instanceof Decimal) return x.lo.lte(r) && r.lte(x.hi);
  if (r.beyond === 'overflow') return r.sign > 0 ? !x.hi.isFinite() && x.hi.gt(0) && x.lo.lte(x.hi) : !x.lo.isFinite() && x.lo.lt(0);
  // |v| < 10^MIN_EXPONENT: the only representable numbers between such a v and 0 are 0 itself.
  return r.sign > 0 ? x.lo.lte(0) && x.hi.gt(0) : x.lo.lt(0) && x.hi.gte(0);
}

function signOf(x: Decimal): number {
  return x.isZero() ? 0 : x.isNeg() ? -1 : 1;
}

/** r, or the out-of-range verdict when r is 0 or infinite although the exact value (of sign `sign`) is neither. */
function checked(r: Decimal, sign: number): Reference {
  if (!r.isFinite()) return { beyond: 'overflow', sign: r.isNeg() ? -1 : 1 };
  if (r.isZero() && sign !== 0) return { beyond: 'underflow', sign };
  return r;
}

/** The interval of two arbitrary ends, ordered. */
function interval(ic: IntervalContext, a: Decimal, b: Decimal): Interval {
  const x = ic.point(a);
  const y = ic.point(b);
  return x.lo.lte(y.lo) ? { lo: x.lo, hi: y.hi } : { lo: y.lo, hi: x.hi };
}

/** The points of X the checks evaluate at: both ends (where monotone operations take their extremes) and 0 when inside. */
function corners(X: Interval): Decimal[] {
  return X.lo.isNeg() && !X.hi.isNeg() && !X.hi.isZero() ? [X.lo, X.hi, new Decimal(0)] : [X.lo, X.hi];
}

type BinaryName = 'add' | 'sub' | 'mul' | 'div';

function binaryReference(name: BinaryName, x: Decimal, y: Decimal, p: number): Reference {
  const D = decimalContext(2 * p);
  const exactSign = {
    add: x.eq(y.neg()) ? 0 : x.gt(y.neg()) ? 1 : -1,
    sub: x.eq(y) ? 0 : x.gt(y) ? 1 : -1,
    mul: signOf(x) * signOf(y),
    div: signOf(x) * signOf(y),
  }[name];
  return checked(D[name](x, y), exactSign);
}

function binaryProperty(name: BinaryName): SoundnessProperty {
  return {
    name: `interval ${name}`,
    property: fc.property(PRECISION, anyDecimal(), anyDecimal(), anyDecimal(), anyDecimal(), (p, a, b, c, d) => {
      const ic = new IntervalContext(p);
      const X = interval(ic, a, b);
      const Y = interval(ic, c, d);
      if (name === 'div' && ic.containsZero(Y)) return true;
      const Z = ic[name](X, Y);
      return corners(X).every((x) => corners(Y).every((y) => (name === 'div' && y.isZero()) || encloses(Z, binaryReference(name, x, y, p))));
    }),
  };
}

/** e^x at 2p digits, or the verdict that it lies beyond the range. */
function expReference(x: Decimal, p: number): Reference {
  if (x.gt(2.08e16)) return { beyond: 'overflow', sign: 1 };
  if (x.lt(-2.08e16)) return { beyond: 'underflow', sign: 1 };
  return checked(decimalContext(2 * p).exp(x), 1);
}

/** 1/(1 + e^−x) at 2p + 10 digits: e^−x at 2p + 10 digits, then one correctly rounded division. */
function sigmoidReference(x: Decimal, p: number): Reference {
  const G = decimalContext(2 * p + 10);
  const e = expReference(x.neg(), p + 5);
  if (!(e instanceof Decimal)) return e.beyond === 'underflow' ? new G(1) : { beyond: 'underflow', sign: 1 };
  return checked(G.div(1, G.add(1, e)), 1);
}

/** ln(1 + e^x) at 2p + 10 digits: x + ln(1 + e^−x) for x > 0; u = e^x itself once u < 10^−(2p+4) (relative error < u). */
function softplusReference(x: Decimal, p: number): Reference {
  const G = decimalContext(2 * p + 10);
  const u = expReference(x.s > 0 ? x.neg() : x, p + 5);
  if (!(u instanceof Decimal)) return x.s > 0 ? new G(x) : u;
  // 1 + u at 2p + 10 − u.e digits keeps all of u's 2p + 10 digits.
  const W = (): typeof Decimal => decimalContext(2 * p + 10 - Math.min(0, u.e));
  const l = u.e < -(2 * p + 4) ? u : W().ln(W().add(1, u));
  return x.s > 0 ? G.add(x, l) : checked(new G(l), 1);
}

/** tanh x at 2p + 10 digits: x − x³/3 below 10^−(p+6) in size, else (1 − e^−2|x|)/(1 + e^−2|x|) with the sign of x. */
function tanhReference(x: Decimal, p: number): Reference {
  const G = decimalContext(2 * p + 10);
  if (x.isZero()) return new G(0);
  if (x.abs().lt(`1e-${p + 6}`)) {
    const cube = G.mul(G.mul(x, x), x);
    return cube.isZero() ? { beyond: 'underflow', sign: 0 } : G.sub(x, G.div(cube, 3));
  }
  const W = decimalContext(2 * p + 10 + Math.max(0, -x.e));
  const u = expReference(W.mul(x.abs(), -2), p + 5 + Math.max(0, -x.e));
  const t = u instanceof Decimal ? W.div(W.sub(1, u), W.add(1, u)) : new W(1);
  return x.s < 0 ? t.neg() : t;
}

/**
 * For x below 10^−(p+6) whose cube underflows: tanh x lies strictly between x − 10^MIN_EXPONENT and x (x > 0), so the
 * interval must hold a number below x (its lower end < x) and reach x (its upper end >= x).
 */
function tanhTinyEncloses(T: Interval, x: Decimal): boolean {
  return x.s > 0 ? T.lo.lt(x) && T.hi.gte(x) : T.hi.gt(x) && T.lo.lte(x);
}

type UnaryName = 'exp' | 'sigmoid' | 'softplus' | 'tanh' | 'ln';

function unaryProperty(name: UnaryName): SoundnessProperty {
  const reference = { exp: expReference, sigmoid: sigmoidReference, softplus: softplusReference, tanh: tanhReference, ln: lnReference }[name];
  return {
    name: `interval ${name}`,
    property: fc.property(PRECISION, anyDecimal(), anyDecimal(), (p, a, b) => {
      const ic = new IntervalContext(p);
      const X = name === 'ln' ? interval(ic, a.abs(), b.abs()) : interval(ic, a, b);
      if (name === 'ln' && X.lo.isZero()) return true;
      let Y: Interval;
      try {
        Y = ic[name](X);
      } catch (e) {
        // A refusal is sound only where the function leaves the exponent range.
        return name === 'exp' && e instanceof RangeError && X.hi.gt(2.07e16);
      }
      return [X.lo, X.hi].every((x) => {
        const r = reference(x, p);
        if (name === 'tanh' && !(r instanceof Decimal)) return tanhTinyEncloses(Y, x);
        return encloses(Y, r);
      });
    }),
  };
}

/** ln x at 2p digits (decimal.js, correctly rounded; exact 0 at x = 1). */
function lnReference(x: Decimal, p: number): Reference {
  return decimalContext(2 * p).ln(x);
}

function powProperty(): SoundnessProperty {
  return {
    name: 'interval powInt (k = 1..7) and square',
    property: fc.property(PRECISION, anyDecimal(), anyDecimal(), fc.integer({ min: 1, max: 7 }), (p, a, b, k) => {
      const ic = new IntervalContext(p);
      const X = interval(ic, a, b);
      const Y = ic.powInt(X, k);
      const S = ic.square(X);
      // Exact powers: k·p + 5 digits hold every digit of x^k for a p-digit x.
      const E = decimalContext(k * p + 5);
      return corners(X).every((x) => {
        const sign = k % 2 === 0 ? (x.isZero() ? 0 : 1) : signOf(x);
        return encloses(Y, checked(E.pow(x, k), sign)) && encloses(S, checked(E.mul(x, x), x.isZero() ? 0 : 1));
      });
    }),
  };
}

/** Small problems for the analyze check: 1–3 points in dimension 1–2, inputs and targets moderate rationals. */
function problemArbitrary(): fc.Arbitrary<{ problem: Problem; w: Rational[] }> {
  const r = fc.tuple(fc.integer({ min: -40, max: 40 }), fc.integer({ min: 1, max: 8 })).map(([n, d]) => rat(BigInt(n), BigInt(d)));
  return fc.integer({ min: 1, max: 2 }).chain((d) =>
    fc.record({
      activation: fc.constantFrom('sigmoid' as const, 'tanh' as const, 'exp' as const, 'identity' as const),
      data: fc.array(fc.record({ x: fc.array(r, { minLength: d, maxLength: d }), t: r }), { minLength: 1, maxLength: 3 }),
      w: fc.array(
        fc.oneof(r, fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: 0, max: 30 })).map(([m, e]) => rat(BigInt(m) * 10n ** BigInt(e)))),
        { minLength: d, maxLength: d },
      ),
    }).map(({ activation, data, w }) => ({ problem: { activation, loss: 'mse' as const, data }, w })),
  );
}

function analyzeProperty(): SoundnessProperty {
  return {
    name: "analyze's gradient enclosure holds the dual-number gradient at 2p + 10 digits",
    property: fc.property(fc.integer({ min: 8, max: 30 }), problemArbitrary(), (p, { problem, w }) => {
      let G: Interval[];
      try {
        G = gradientEnclosureAt(problem, w, new IntervalContext(p));
      } catch (e) {
        return e instanceof RangeError && problem.activation === 'exp';
      }
      const D = decimalContext(2 * p + 10);
      const { gradient } = adGradient(problem, w.map((wi) => D.div(wi.num.toString(), wi.den.toString())), 2 * p + 10);
      // The dual-number value carries a relative error near 10^−(2p+8): compare with the enclosure widened by that much.
      return gradient.every((g, i) => {
        // Past the exponent range the dual numbers give ±Infinity or NaN: the enclosure must then reach infinity too.
        if (!g.isFinite()) return !G[i].lo.isFinite() || !G[i].hi.isFinite();
        const slack = D.mul(g.abs(), `1e-${2 * p + 5}`);
        return G[i].lo.lte(D.add(g, slack)) && D.sub(g, slack).lte(G[i].hi);
      });
    }),
  };
}

/** A ball containing a (and b, when given): the hull of their enclosures; its test points are a and b. */
function ballOf(bc: BallContext, a: Decimal, b: Decimal | null): Ball {
  const x = bc.fromDecimal(a);
  return b === null ? x : hull(x, bc.fromDecimal(b), bc.prec);
}

/** The ball's outward decimal ends as an Interval (for `encloses`). */
function ends(bc: BallContext, y: Ball): Interval {
  return { lo: bc.lower(y), hi: bc.upper(y) };
}

/** The test points of a ball made by `ballOf`: a, b, and 0 when it lies between them. */
function ballCorners(a: Decimal, b: Decimal | null): Decimal[] {
  if (b === null) return [a];
  return a.isNeg() !== b.isNeg() && !a.isZero() && !b.isZero() ? [a, b, new Decimal(0)] : [a, b];
}

const BALL_PRECISION = fc.integer({ min: 5, max: 60 }).map((digits) => bitsForDigits(digits));
const maybeDecimal = (): fc.Arbitrary<Decimal | null> => fc.option(anyDecimal(), { nil: null, freq: 3 });

/** A ball operation to check: the BallContext's own unless a test passes another (e.g. a broken one, as a control). */
export type BallBinary = (bc: BallContext, x: Ball, y: Ball) => Ball;

/** Every ball x ∘ y encloses the 2p-digit reference x ∘ y at every pair of test points (division by a ball around 0 excepted). */
export function ballBinaryProperty(name: BinaryName, op: BallBinary = (bc, x, y) => bc[name](x, y)): SoundnessProperty {
  return {
    name: `ball ${name}`,
    property: fc.property(BALL_PRECISION, anyDecimal(), maybeDecimal(), anyDecimal(), maybeDecimal(), (prec, a, b, c, d) => {
      const bc = new BallContext(prec);
      const X = ballOf(bc, a, b);
      const Y = ballOf(bc, c, d);
      if (name === 'div' && bc.containsZero(Y)) return true;
      const Z = ends(bc, op(bc, X, Y));
      return ballCorners(a, b).every((x) => ballCorners(c, d).every((y) => (name === 'div' && y.isZero()) || encloses(Z, binaryReference(name, x, y, bc.digits))));
    }),
  };
}

/** Every ball f(x) encloses the 2p-digit reference f at the test points of x (ln: positive arguments only). */
function ballUnaryProperty(name: UnaryName): SoundnessProperty {
  const reference = { exp: expReference, sigmoid: sigmoidReference, softplus: softplusReference, tanh: tanhReference, ln: lnReference }[name];
  return {
    name: `ball ${name}`,
    property: fc.property(BALL_PRECISION, anyDecimal(), maybeDecimal(), (prec, a0, b0) => {
      const bc = new BallContext(prec);
      const a = name === 'ln' ? a0.abs() : a0;
      const b = name === 'ln' && b0 !== null ? b0.abs() : b0;
      if (name === 'ln' && (a.isZero() || b?.isZero())) return true;
      const X = ballOf(bc, a, b);
      let Y: Interval;
      try {
        Y = ends(bc, bc[name](X));
      } catch (e) {
        // ln may refuse a ball reaching 0 (the enclosure of a tiny positive number can): only then.
        return name === 'ln' && e instanceof RangeError && bc.containsZero(X);
      }
      return [a, ...(b === null ? [] : [b])].every((x) => {
        const r = reference(x, bc.digits);
        if (name === 'tanh' && !(r instanceof Decimal)) return tanhTinyEncloses(Y, x);
        return encloses(Y, r);
      });
    }),
  };
}

/** The ball gradient of the loss at w: the model's analytic formula on balls, or automatic differentiation (ball duals). */
function ballGradient(method: 'analytic' | 'dual', bc: BallContext, problem: Problem, w: Rational[]): Ball[] {
  if (method === 'analytic') return gradientAt(prepare(ballModelField(bc), problem), w.map((wi) => bc.fromRational(wi)));
  const F = new BallDuals(bc, w.length);
  return [...lossAt(prepare(F, problem), w.map((wi, i) => F.variable(i, bc.fromRational(wi)))).g];
}

function ballGradientProperty(method: 'analytic' | 'dual'): SoundnessProperty {
  return {
    name: `ball ${method === 'analytic' ? 'analytic' : 'dual-number (AD)'} gradient enclosure holds the dual-number gradient at 2p + 10 digits`,
    property: fc.property(fc.integer({ min: 8, max: 30 }), problemArbitrary(), (p, { problem, w }) => {
      const bc = new BallContext(bitsForDigits(p));
      const G = ballGradient(method, bc, problem, w).map((g) => ends(bc, g));
      const D = decimalContext(2 * bc.digits + 10);
      const { gradient } = adGradient(problem, w.map((wi) => D.div(wi.num.toString(), wi.den.toString())), 2 * bc.digits + 10);
      return gradient.every((g, i) => {
        if (!g.isFinite()) return !G[i].lo.isFinite() || !G[i].hi.isFinite();
        const slack = D.mul(g.abs(), `1e-${2 * bc.digits + 5}`);
        return G[i].lo.lte(D.add(g, slack)) && D.sub(g, slack).lte(G[i].hi);
      });
    }),
  };
}


/** Every property of the suite, in a fixed order. */
export function soundnessProperties(): SoundnessProperty[] {
  return [
    ...(['add', 'sub', 'mul', 'div'] as const).map(binaryProperty),
    powProperty(),
    ...(['exp', 'ln', 'sigmoid', 'softplus', 'tanh'] as const).map(unaryProperty),
    analyzeProperty(),
    ...(['add', 'sub', 'mul', 'div'] as const).map((name) => ballBinaryProperty(name)),
    ...(['exp', 'ln', 'sigmoid', 'softplus', 'tanh'] as const).map(ballUnaryProperty),
    ballGradientProperty('analytic'),
    ballGradientProperty('dual'),
    ...f64Properties(),
  ];
}

/** Runs every property `runs` times with seed `seed` + its index (fixed, so a report is reproducible). */
export function runSoundness(runs: number, seed: number, properties = soundnessProperties()): SoundnessOutcome[] {
  return properties.map(({ name, property }, i) => {
    const details = fc.check(property, { numRuns: runs, seed: seed + i });
    const outcome: SoundnessOutcome = { name, runs: details.numRuns, seed: seed + i, failed: details.failed };
    if (details.failed) outcome.counterexample = fc.stringify(details.counterexample).slice(0, 400) + (details.errorInstance ? ` (${String(details.errorInstance).slice(0, 200)})` : '');
    return outcome;
  });
}
