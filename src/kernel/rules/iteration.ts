/**
 * Rules about iterations on a scalar loss: interval bounds of a derivative glued along the line and carried to the
 * tails through z = e^{∓w}, and the two convergence theorems they feed: the contraction argument for gradient
 * descent (mean value theorem + Banach) and Kantorovich's theorem for Newton's method. The kernel recomputes every
 * constant (β, η, h, the contraction ratio, the quadratic constant) from the premises in exact rational arithmetic.
 */
import { add, cmp, div, mul, parseRational, rat, ratToString, sub, type Rational } from '../../algebra/rational.js';
import { decodeExpr, exp, isSymbolName, neg, substitute, sym, type Expr } from '../../symbolic/expr.js';
import { normalForm } from '../../symbolic/normal-form.js';
import { difference, functionToText, isZeroFunction } from '../../symbolic/rational-function.js';
import { isDefinedEverywhere } from '../../symbolic/sign.js';
import { IntervalContext } from '../../numeric/interval.js';
import { nthDerivative } from '../checkers/range.js';
import { canonicalJson, compareEnds, decodeProp, PropError, type Prop } from '../proposition.js';
import type { Rule } from '../rules.js';

type Range = Extract<Prop, { op: 'range' }>;

function need(condition: boolean, message: string): asserts condition {
  if (!condition) throw new PropError(message);
}

function argsOf(args: unknown, rule: string): Record<string, unknown> {
  need(typeof args === 'object' && args !== null && !Array.isArray(args), `${rule} needs an "args" object`);
  return args as Record<string, unknown>;
}

function asRange(p: Prop, rule: string, what: string): Range {
  need(p.op === 'range', `${rule}: ${what} is a range`);
  return p;
}

/** A finite end or bound of a range as a rational (throws naming `what` when it is infinite). */
function finite(x: string, rule: string, what: string): Rational {
  need(x !== '+inf' && x !== '-inf', `${rule}: ${what} must be finite`);
  return parseRational(x);
}

/** A rational argument (text "p/q"), canonicalised through the proposition decoder's rules. */
function rationalArg(x: unknown, rule: string, what: string): Rational {
  need(typeof x === 'string' && /^-?\d{1,200}(?:\/\d{1,200})?$/.test(x), `${rule}: ${what} is a rational "p/q"`);
  return parseRational(x);
}

const abs = (a: Rational): Rational => (a.num < 0n ? rat(-a.num, a.den) : a);
const max = (a: Rational, b: Rational): Rational => (cmp(a, b) >= 0 ? a : b);
const min = (a: Rational, b: Rational): Rational => (cmp(a, b) <= 0 ? a : b);

/** The premise's loss and variable are those of the others. */
function sameFunction(ranges: readonly Range[], rule: string): void {
  const key = (r: Range): string => canonicalJson([r.fn, r.var]);
  need(ranges.every((r) => key(r) === key(ranges[0])), `${rule}: the premises bound derivatives of different functions`);
}

/** A range at the single point x: lo = hi. */
function atPoint(r: Range, rule: string, what: string): Rational {
  need(r.lo === r.hi, `${rule}: ${what} is a range at one point (lo = hi)`);
  return finite(r.lo, rule, what);
}

/** Rules about ranges of derivatives and the convergence of iterations, for src/kernel/rules.ts. */
export const ITERATION_RULES: Record<string, Rule> = {
  'range-union': {
    theorem: 'bounds on adjacent intervals glue: if m_i ≤ f ≤ M_i on [a_i, a_{i+1}] for i = 1, …, n, then min m_i ≤ f ≤ max M_i on [a_1, a_{n+1}]',
    apply(premises) {
      need(premises.length >= 2, 'range-union needs at least two premises');
      const ranges = premises.map((p, i) => asRange(p, 'range-union', `premise ${i + 1}`));
      sameFunction(ranges, 'range-union');
      need(ranges.every((r) => r.order === ranges[0].order), 'range-union: the premises bound derivatives of different orders');
      ranges.forEach((r, i) => need(i === 0 || ranges[i - 1].hi === r.lo, `range-union: premise ${i + 1} does not start where premise ${i} ends`));
      const lowest = ranges.reduce((m, r) => (compareEnds(r.min, m) < 0 ? r.min : m), ranges[0].min);
      const highest = ranges.reduce((m, r) => (compareEnds(r.max, m) > 0 ? r.max : m), ranges[0].max);
      const first = ranges[0];
      return { op: 'range', fn: first.fn, var: first.var, order: first.order, lo: first.lo, hi: ranges[ranges.length - 1].hi, min: lowest, max: highest };
    },
  },
  'range-exp-tail': {
    theorem:
      'a tail through z = e^{−w} (or e^{w}): if f^{(k)}(w) = F(e^{−w}) for every real w, F is defined with m ≤ F ≤ M on [0, c] and e^{−R} ≤ c, then m ≤ f^{(k)} ≤ M on [R, +∞) (and with z = e^{w}, e^{R} ≤ c: on (−∞, R])',
    apply(premises, args) {
      need(premises.length === 1, `range-exp-tail takes 1 premise, got ${premises.length}`);
      const tail = asRange(premises[0], 'range-exp-tail', 'the premise');
      const o = argsOf(args, 'range-exp-tail');
      need(tail.order === 0 && tail.lo === '0', 'range-exp-tail: the premise bounds F itself (order 0) on [0, c]');
      const c = finite(tail.hi, 'range-exp-tail', 'the premise\'s c');
      need(isSymbolName(o.var), 'range-exp-tail: args.var must be a symbol name');
      const w = o.var;
      need(w !== tail.var, 'range-exp-tail: the variable must differ from the premise\'s z');
      const fn = decodeExpr(o.fn, 'args.fn');
      const order = o.order;
      need(o.side === '+inf' || o.side === '-inf', 'range-exp-tail: args.side is "+inf" or "-inf"');
      const R = rationalArg(o.from, 'range-exp-tail', 'args.from');
      const probe = decodeProp({ op: 'range', fn, var: w, order, lo: '0', hi: '0', min: '-inf', max: '+inf' }, 'the tail');
      need(probe.op === 'range', 'range-exp-tail: malformed tail');
      const derivative = nthDerivative(fn, w, probe.order);
      need(isDefinedEverywhere(derivative, new Set()), `range-exp-tail: the derivative of order ${probe.order} is not certified defined everywhere`);
      const z: Expr = o.side === '+inf' ? exp(neg(sym(w))) : exp(sym(w));
      const composed = substitute(tail.fn, tail.var, z);
      const d = difference(normalForm(derivative), normalForm(composed));
      need(isZeroFunction(d), `range-exp-tail: the derivative of order ${probe.order} is not F(${o.side === '+inf' ? 'e^{-w}' : 'e^{w}'}): the difference normalises to ${functionToText(d)}`);
      // e^{∓R} ≤ c, by an outward-rounded enclosure of the exponential.
      const ic = new IntervalContext(40);
      const e = ic.exp(ic.fromRational(o.side === '+inf' ? rat(-R.num, R.den) : R));
      need(e.hi.lte(ic.fromRational(c).lo), `range-exp-tail: e^{${o.side === '+inf' ? '−R' : 'R'}} ≤ c is not shown (e^{…} ≤ ${e.hi.toSD(8)}, c = ${tail.hi})`);
      const from = ratToString(R);
      return { op: 'range', fn, var: w, order: probe.order, lo: o.side === '+inf' ? from : '-inf', hi: o.side === '+inf' ? '+inf' : from, min: tail.min, max: tail.max };
    },
  },
  'gradient-descent-contraction': {
    theorem:
      'mean value theorem and Banach fixed-point theorem (Ostrowski): if 0 < m ≤ L″ ≤ M′ on [a, b], 0 < η ≤ 1/M′ and L′(a) ≤ 0 ≤ L′(b), then g(w) = w − ηL′(w) has 0 ≤ g′ ≤ 1 − ηm on [a, b], maps [a, b] into itself, and its iterates from every w_0 ∈ [a, b] satisfy |w_k − w*| ≤ q^k |w_0 − w*| for every q ≥ 1 − ηm, w* the unique zero of L′ in [a, b]',
    apply(premises, args) {
      need(premises.length === 3, `gradient-descent-contraction takes 3 premises (L″ on [a, b], L′(a), L′(b)), got ${premises.length}`);
      const [curvature, left, right] = premises.map((p, i) => asRange(p, 'gradient-descent-contraction', `premise ${i + 1}`));
      sameFunction([curvature, left, right], 'gradient-descent-contraction');
      need(curvature.order === 2 && left.order === 1 && right.order === 1, 'gradient-descent-contraction: the premises bound L″ on [a, b], then L′ at a and at b');
      const a = atPoint(left, 'gradient-descent-contraction', 'premise 2');
      const b = atPoint(right, 'gradient-descent-contraction', 'premise 3');
      need(cmp(a, b) < 0, 'gradient-descent-contraction: a < b');
      need(compareEnds(curvature.lo, left.lo) <= 0 && compareEnds(right.hi, curvature.hi) <= 0, 'gradient-descent-contraction: the bound on L″ does not cover [a, b]');
      need(compareEnds(left.max, '0') <= 0, 'gradient-descent-contraction: L′(a) ≤ 0 is not shown (so g(a) ≥ a is not)');
      need(compareEnds(right.min, '0') >= 0, 'gradient-descent-contraction: L′(b) ≥ 0 is not shown (so g(b) ≤ b is not)');
      const m = finite(curvature.min, 'gradient-descent-contraction', 'the lower bound m of L″');
      const M = finite(curvature.max, 'gradient-descent-contraction', 'the upper bound M′ of L″');
      need(m.num > 0n, 'gradient-descent-contraction: the lower bound m of L″ on [a, b] must be positive');
      const o = argsOf(args, 'gradient-descent-contraction');
      const step = rationalArg(o.step, 'gradient-descent-contraction', 'args.step');
      const rate = rationalArg(o.rate, 'gradient-descent-contraction', 'args.rate');
      need(step.num > 0n, 'gradient-descent-contraction: the step must be positive');
      need(cmp(mul(step, M), rat(1)) <= 0, `gradient-descent-contraction: step·M′ = ${ratToString(mul(step, M))} > 1, so g′ = 1 − step·L″ may be negative on [a, b]`);
      const bound = sub(rat(1), mul(step, m));
      need(cmp(rate, bound) >= 0, `gradient-descent-contraction: the ratio ${ratToString(rate)} is below 1 − step·m = ${ratToString(bound)}`);
      need(cmp(rate, rat(1)) < 0, 'gradient-descent-contraction: the ratio must be below 1');
      return { op: 'gradient-descent-linear', loss: curvature.fn, var: curvature.var, step: ratToString(step), lo: ratToString(a), hi: ratToString(b), rate: ratToString(rate) };
    },
  },
  kantorovich: {
    theorem:
      "Kantorovich's theorem (scalar), with the mean value theorem and Taylor's theorem: on D = [w_0 − ρ, w_0 + ρ] let |L‴| ≤ K, β ≥ 1/|L″(w_0)|, η ≥ |L′(w_0)/L″(w_0)|, h = βηK ≤ 1/2, 2η ≤ ρ and βKρ < 1; then L′ has exactly one zero w* in D, Newton's iterates from w_0 stay in D and converge to it, and |w_{k+1} − w*| ≤ C|w_k − w*|² with C = βK / (2(1 − βKρ))",
    apply(premises, args) {
      need(premises.length === 3, `kantorovich takes 3 premises (L′(w_0), L″(w_0), L‴ on the ball), got ${premises.length}`);
      const [value, slope, third] = premises.map((p, i) => asRange(p, 'kantorovich', `premise ${i + 1}`));
      sameFunction([value, slope, third], 'kantorovich');
      need(value.order === 1 && slope.order === 2 && third.order === 3, 'kantorovich: the premises bound L′ at w_0, L″ at w_0 and L‴ on the ball');
      const w0 = atPoint(value, 'kantorovich', 'premise 1');
      need(slope.lo === value.lo && slope.hi === value.hi, 'kantorovich: L′ and L″ are bounded at different points');
      const lo = finite(third.lo, 'kantorovich', 'the ball\'s lower end');
      const hi = finite(third.hi, 'kantorovich', 'the ball\'s upper end');
      const rho = div(sub(hi, lo), rat(2));
      need(rho.num > 0n && cmp(add(lo, rho), w0) === 0, 'kantorovich: the bound on L‴ is not on a ball [w_0 − ρ, w_0 + ρ] with ρ > 0');
      const [fmin, fmax, dmin, dmax, kmin, kmax] = [value.min, value.max, slope.min, slope.max, third.min, third.max].map((x) => finite(x, 'kantorovich', 'every bound'));
      need(dmin.num > 0n || dmax.num < 0n, 'kantorovich: the bound on L″(w_0) does not exclude 0');
      const slopeFloor = min(abs(dmin), abs(dmax));
      const beta = div(rat(1), slopeFloor);
      const eta = div(max(abs(fmin), abs(fmax)), slopeFloor);
      const K = max(abs(kmin), abs(kmax));
      const h = mul(mul(beta, eta), K);
      need(cmp(h, rat(1, 2)) <= 0, `kantorovich: h = βηK = ${ratToString(h)} > 1/2 (β = ${ratToString(beta)}, η = ${ratToString(eta)}, K = ${ratToString(K)})`);
      need(cmp(mul(rat(2), eta), rho) <= 0, `kantorovich: 2η = ${ratToString(mul(rat(2), eta))} exceeds the radius ρ = ${ratToString(rho)}, so the ball may not hold the iterates`);
      const betaKRho = mul(mul(beta, K), rho);
      need(cmp(betaKRho, rat(1)) < 0, `kantorovich: βKρ = ${ratToString(betaKRho)} ≥ 1, so L″ may vanish on the ball`);
      const C = div(mul(beta, K), mul(rat(2), sub(rat(1), betaKRho)));
      const o = argsOf(args, 'kantorovich');
      const constant = rationalArg(o.constant, 'kantorovich', 'args.constant');
      need(cmp(constant, C) >= 0, `kantorovich: the constant ${ratToString(constant)} is below βK / (2(1 − βKρ)) = ${ratToString(C)}`);
      return { op: 'newton-quadratic', loss: value.fn, var: value.var, start: ratToString(w0), radius: ratToString(rho), constant: ratToString(constant) };
    },
  },
};
