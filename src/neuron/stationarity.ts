/**
 * The stationarity polynomial of a scalar neuron: for a weight w, integer inputs x_i and rational targets t_i,
 * substituting z = e^w turns L'(w) into c · z^m · N(z) / D(z) with c > 0 and D > 0 on z > 0, so the stationary
 * points are w* = ln z* for the positive roots z* of the integer polynomial N. Losses: L = ½ Σ (f(w x_i) − t_i)^2
 * (mse) and L = −Σ [t_i ln s(w x_i) + (1 − t_i) ln(1 − s(w x_i))] (xent, sigmoid only).
 */
import type { Certificate } from '../kernel/types.js';
import { factorOverZ } from '../algebra/factor-z.js';
import { irreducibilityCertificate } from '../algebra/galois.js';
import { add, bigAbs, cmp, div, rat, ratToString, sign, sub, ZERO, type Rational } from '../algebra/rational.js';
import { countRootsIn, isolateRealRoots, narrowRoot, type IsolatingInterval } from '../algebra/real-roots.js';
import { qAdd, qFromZ, qMul, qScale, qToPrimitiveZ, type QPoly } from '../algebra/poly-q.js';
import {
  zDegree,
  zDivExact,
  zGcd,
  zMul,
  zOrderAtZero,
  zPow,
  zShift,
  zSignAt,
  zToStrings,
  type ZPoly,
} from '../algebra/poly-z.js';

/** The activations with an exact substitution z = e^w. */
export type Activation = 'sigmoid' | 'tanh' | 'exp';
/** Squared loss or cross-entropy (the latter with the sigmoid only). */
export type Loss = 'mse' | 'xent';

/** One training point of a scalar neuron: an integer input and a rational target. */
export interface ScalarPoint {
  x: bigint;
  t: Rational;
}

/** A scalar-weight problem: activation, loss and data with integer inputs. */
export interface ScalarProblem {
  activation: Activation;
  loss: Loss;
  data: readonly ScalarPoint[];
}

/** L'(w) = scale · z^shift · numerator(z) / denominator(z) at z = e^w, scale > 0, denominator > 0 on z > 0. */
export interface StationarityPolynomial {
  /** N: primitive, N(0) ≠ 0, no factor in common with D; sign L'(w) = sign N(e^w). */
  numerator: ZPoly;
  /** D: positive leading coefficient and no root in (0, ∞), a factor of a product of z's and (1 + z^k)'s. */
  denominator: ZPoly;
  scale: Rational;
  shift: number;
}

/** The largest degree of a stationarity polynomial that the exact analysis accepts. */
export const MAX_DEGREE = 200;
const MAX_DENOMINATOR_DEGREE = 1000;
/** Primes scanned for an irreducibility proof of a minimal polynomial (its factorisation is known either way). */
const IRREDUCIBILITY_PRIME_LIMIT = 1000;

/** A rational function with a denominator that is a product of powers of z and of 1 + z^k (k ≥ 1). */
interface Term {
  numerator: QPoly;
  /** base key (0 for z, k for 1 + z^k) → exponent */
  denominator: Map<number, number>;
}

const monomial = (k: number): ZPoly => zShift([1n], k);
const base = (key: number): ZPoly => (key === 0 ? [0n, 1n] : [1n, ...new Array<bigint>(key - 1).fill(0n), 1n]);

function term(activation: Activation, loss: Loss, x: bigint, t: Rational): Term {
  const k = Number(bigAbs(x));
  const positive = x > 0n;
  const X: QPoly = [rat(x)];
  // f = A/B; (A − tB) is the numerator of f − t
  if (activation === 'sigmoid') {
    const A = positive ? monomial(k) : [1n];
    const C = positive ? [1n] : monomial(k); // 1 − s = C/B
    const B = base(k);
    const residual = qAdd(qFromZ(A), qScale(qFromZ(B), sub(ZERO, t)));
    if (loss === 'xent') return { numerator: qMul(X, residual), denominator: new Map([[k, 1]]) };
    return { numerator: qMul(qMul(X, residual), qFromZ(zMul(A, C))), denominator: new Map([[k, 3]]) };
  }
  if (loss === 'xent') throw new RangeError(`cross-entropy needs the sigmoid activation, not ${activation}`);
  if (activation === 'tanh') {
    const B = base(2 * k);
    const sgn = positive ? 1n : -1n;
    const A: ZPoly = [-sgn, ...new Array<bigint>(2 * k - 1).fill(0n), sgn];
    const residual = qAdd(qFromZ(A), qScale(qFromZ(B), sub(ZERO, t)));
    // d/dw tanh(wx) = x · 4 z^(2k) / B^2
    return { numerator: qMul(qMul(X, residual), qFromZ(monomial(2 * k).map((c) => 4n * c))), denominator: new Map([[2 * k, 3]]) };
  }
  // exp: f = z^x = A/B, f' = x f
  const A = positive ? monomial(k) : [1n];
  const B = positive ? [1n] : monomial(k);
  const residual = qAdd(qFromZ(A), qScale(qFromZ(B), sub(ZERO, t)));
  return { numerator: qMul(qMul(X, residual), qFromZ(A)), denominator: positive ? new Map() : new Map([[0, 2 * k]]) };
}

/**
 * The stationarity polynomial of the problem (inputs x = 0 are ignored). Throws RangeError when no input is
 * non-zero or L' vanishes identically, for xent without sigmoid, and when the degree exceeds MAX_DEGREE.
 */
export function stationarityPolynomial(problem: ScalarProblem): StationarityPolynomial {
  const terms = problem.data.filter((p) => p.x !== 0n).map((p) => term(problem.activation, problem.loss, p.x, p.t));
  if (terms.length === 0) throw new RangeError('every input is 0, so the loss does not depend on w');
  const exponents = new Map<number, number>();
  for (const t of terms) for (const [key, e] of t.denominator) exponents.set(key, Math.max(exponents.get(key) ?? 0, e));
  const denominatorDegree = [...exponents].reduce((s, [key, e]) => s + Math.max(key, 1) * e, 0);
  if (denominatorDegree > MAX_DENOMINATOR_DEGREE) {
    throw new RangeError(`the common denominator has degree ${denominatorDegree} > ${MAX_DENOMINATOR_DEGREE}: inputs too large for the exact analysis`);
  }
  let D: ZPoly = [1n];
  for (const [key, e] of exponents) D = zMul(D, zPow(base(key), e));
  let sum: QPoly = [];
  for (const t of terms) {
    let cofactor: ZPoly = [1n];
    for (const [key, e] of exponents) cofactor = zMul(cofactor, zPow(base(key), e - (t.denominator.get(key) ?? 0)));
    sum = qAdd(sum, qMul(t.numerator, qFromZ(cofactor)));
  }
  if (sum.length === 0) throw new RangeError("L'(w) vanishes identically: every w is stationary");
  // sum = λ⁻¹ · Nz with λ > 0 (qToPrimitiveZ keeps a positive leading coefficient: restore the sign)
  const lead = sum[sum.length - 1];
  let Nz = qToPrimitiveZ(sum);
  if (lead.num < 0n) Nz = Nz.map((c) => -c);
  const lambda = div(rat(Nz[Nz.length - 1]), lead);
  const G = zGcd(Nz, D);
  const N0 = exact(Nz, G);
  const shift = zOrderAtZero(N0);
  const numerator = N0.slice(shift);
  if (zDegree(numerator) > MAX_DEGREE) {
    throw new RangeError(`the stationarity polynomial has degree ${zDegree(numerator)} > ${MAX_DEGREE}: too large for the exact analysis`);
  }
  // cancelling G = gcd(Nz, D) keeps the identity: G divides D, which has no zero for z > 0
  return { numerator, denominator: exact(D, G), scale: div(rat(1), lambda), shift };
}

function exact(f: ZPoly, g: ZPoly): ZPoly {
  const q = zDivExact(f, g);
  if (q === null) throw new Error('internal: expected an exact division');
  return q;
}

/**
 * The problem of a d = 1 dataset with integer inputs; throws RangeError naming the first point that has
 * another dimension or a non-integer input.
 */
export function toScalarProblem(
  activation: Activation,
  loss: Loss,
  data: readonly { x: readonly Rational[]; t: Rational }[],
): ScalarProblem {
  const points = data.map((p, i) => {
    if (p.x.length !== 1) throw new RangeError(`point ${i + 1}: the exact analysis needs d = 1, got d = ${p.x.length}`);
    if (p.x[0].den !== 1n) throw new RangeError(`point ${i + 1}: the exact analysis needs integer inputs`);
    return { x: p.x[0].num, t: p.t };
  });
  return { activation, loss, data: points };
}

/** The kind of a stationary point, from the sign of L' on either side. */
export type StationaryKind = 'minimum' | 'maximum' | 'saddle';

/** One stationary point w* = ln z*, known exactly through its minimal polynomial and an isolating interval. */
export interface ExactStationaryPoint {
  /** z* in (lo, hi) with lo > 0, N(lo) ≠ 0, N(hi) ≠ 0 and no other root of N in [lo, hi]. */
  interval: IsolatingInterval;
  /** The irreducible factor g of N over Q with g(z*) = 0 (primitive, positive leading coefficient). */
  minimalPolynomial: ZPoly;
  /** The multiplicity of z* as a root of N. */
  multiplicity: number;
  kind: StationaryKind;
  /** `isolated-root`: N has exactly the one root z* in (lo, hi], a root of g, with the recorded sign change. */
  isolation: Certificate;
  /** `irreducible` for g, or null when the pattern search found no proof. */
  irreducibility: Certificate | null;
}

/** Every stationary point of the problem on the whole real line, with certificates of completeness. */
export interface ExactStationarity {
  polynomial: StationarityPolynomial;
  /** Sorted by z* (so by w*) increasing. */
  points: ExactStationaryPoint[];
  /** `real-root-count`: N has exactly points.length distinct roots in (0, +∞). */
  rootCount: Certificate;
  /** `real-root-count`: D has no root in (0, +∞) (with its positive leading coefficient, D > 0 there). */
  denominatorPositive: Certificate;
}

/**
 * Shrinks an isolating interval of the square-free s around a positive root until 0 < lo and s ≠ 0 at both
 * ends (one root strictly inside).
 */
function openIsolation(s: ZPoly, interval: IsolatingInterval): IsolatingInterval {
  let narrowed = narrowRoot(s, interval, sub(interval.hi, interval.lo));
  while (sign(narrowed.lo) <= 0) narrowed = narrowRoot(s, narrowed, sub(narrowed.hi, narrowed.lo));
  if (cmp(narrowed.lo, narrowed.hi) !== 0) return narrowed;
  const r = narrowed.lo;
  for (let delta = sub(interval.hi, interval.lo); ; delta = div(delta, rat(2))) {
    const a = sub(r, delta);
    const b = add(r, delta);
    if (sign(a) > 0 && zSignAt(s, a) !== 0 && zSignAt(s, b) !== 0 && countRootsIn(s, a, b) === 1) return { lo: a, hi: b };
  }
}

/**
 * Every stationary point of the problem, exactly: the positive roots of N (Sturm isolation), the irreducible
 * factor of N that each is a root of, its multiplicity, and its kind from the signs of N on either side.
 */
export function exactStationaryPoints(problem: ScalarProblem): ExactStationarity {
  const polynomial = stationarityPolynomial(problem);
  const N = polynomial.numerator;
  const factors = factorOverZ(N).factors;
  // the square-free part from the factorisation: the product of the distinct irreducible factors (primitive, as each is)
  const S = factors.length === 1 ? factors[0].factor : factors.reduce((acc: ZPoly, f) => zMul(acc, f.factor), [1n]);
  const points = isolateRealRoots(S, ZERO, '+inf').map((found): ExactStationaryPoint => {
    const interval = openIsolation(S, found);
    // every root of N is a root of one of its factors: with a single factor no Sturm count is needed
    const owner = factors.length === 1 ? factors[0] : factors.find((f) => countRootsIn(f.factor, interval.lo, interval.hi) === 1);
    if (owner === undefined) throw new Error('internal: an isolated root of N belongs to no factor');
    const before = zSignAt(N, interval.lo);
    const after = zSignAt(N, interval.hi);
    const kind: StationaryKind = before === after ? 'saddle' : before < 0 ? 'minimum' : 'maximum';
    const signChange = before === after ? 'none' : before < 0 ? '-+' : '+-';
    return {
      interval,
      minimalPolynomial: owner.factor,
      multiplicity: owner.multiplicity,
      kind,
      isolation: {
        kind: 'isolated-root',
        polynomial: zToStrings(N),
        factor: zToStrings(owner.factor),
        interval: [ratToString(interval.lo), ratToString(interval.hi)],
        signChange,
      },
      irreducibility: irreducibilityCertificate(owner.factor, IRREDUCIBILITY_PRIME_LIMIT),
    };
  });
  return {
    polynomial,
    points,
    rootCount: { kind: 'real-root-count', polynomial: zToStrings(N), interval: ['0', '+inf'], count: points.length },
    denominatorPositive: { kind: 'real-root-count', polynomial: zToStrings(polynomial.denominator), interval: ['0', '+inf'], count: 0 },
  };
}
