/**
 * Exact algebra for a sigmoid neuron with squared loss and integer inputs in dimension 2: with z_j = e^{w_j},
 * ∂L/∂w_j = c_j z^{m_j} P_j(z)/D_j(z) with D_j a product of (z^{x_i+} + z^{x_i−})³ (positive on (0, ∞)²), so the
 * stationary points are the positive solutions of P_1 = P_2 = 0. One coordinate is eliminated by a resultant with
 * cofactors (A·P_1 + B·P_2 = R), R is factored, factors without positive roots and spurious rational roots (no
 * positive solution of the specialised system) are discarded, and what is left is the polynomial every e^{w*_i}
 * is a root of. Also the proof terms the kernel replays for this chain. Untrusted search code.
 */
import { factorOverZ, type FactorPower } from '../algebra/factor-z.js';
import { bigGcd, mul, pow, rat, ONE, type Rational } from '../algebra/rational.js';
import {
  mpAdd,
  mpConstant,
  mpDegreeIn,
  mpDivMonomial,
  mpFromUnivariate,
  mpMonomial,
  mpMonomialContent,
  mpMul,
  mpPow,
  mpPrimitive,
  mpScale,
  mpSubstitute,
  mpToKernel,
  mpToUnivariate,
  type MPolyQ,
} from '../algebra/mpoly-q.js';
import { qExtendedGcd, resultantWithCofactors } from '../algebra/resultant-cofactors.js';
import { qToPrimitiveZ, type QPoly } from '../algebra/poly-q.js';
import { zDivExact, zMul, zPow, zToStrings, type ZPoly } from '../algebra/poly-z.js';
import { countPositiveRoots } from '../algebra/sturm.js';
import type { ProofTerm } from '../kernel/proof.js';
import type { Certificate } from '../kernel/types.js';
import { byCertificate, byRule } from '../claim/proof-terms.js';
import { derivativeIdentityCertificate } from '../symbolic/certificates.js';
import { exp, mul as eMul, num, pow as ePow, sym, type Expr } from '../symbolic/expr.js';
import { lossExpression, weightNames } from './loss-expression.js';
import type { Problem } from './model.js';

/** ∂L/∂w_j = c · z^m · P(z)/D(z) at z = e^w: P primitive with integer coefficients, D with positive ones. */
export interface GradientFactor {
  c: Rational;
  m: number[];
  P: MPolyQ;
  D: MPolyQ;
}

/** The integer input vector of a data point; throws RangeError when a coordinate is not an integer. */
function integerInput(x: readonly Rational[], i: number): bigint[] {
  return x.map((r, j) => {
    if (r.den !== 1n) throw new RangeError(`point ${i + 1}: input ${j + 1} is not an integer (the exact analysis needs integer inputs)`);
    return r.num;
  });
}

/**
 * The factored gradient of the sigmoid squared loss with integer inputs (any dimension k): for u_i = z^{x_i} = p_i/q_i
 * (monomials p_i = z^{x_i+}, q_i = z^{x_i−}), s_i = p_i/(p_i + q_i) and
 * ∂L/∂w_j = −Σ_i x_ij (t_i(p_i + q_i) − p_i) p_i q_i/(p_i + q_i)³. Throws RangeError for other activations or losses,
 * non-integer inputs, or a weight no input involves.
 */
export function sigmoidGradientFactors(problem: Problem): GradientFactor[] {
  if (problem.activation !== 'sigmoid' || problem.loss !== 'mse') throw new RangeError('the exact analysis in d ≥ 2 covers the sigmoid with squared loss');
  const k = problem.data[0].x.length;
  const points = problem.data.map(({ x, t }, i) => {
    const xs = integerInput(x, i);
    const p = mpMonomial(ONE, xs.map((v) => Number(v > 0n ? v : 0n)));
    const q = mpMonomial(ONE, xs.map((v) => Number(v < 0n ? -v : 0n)));
    return { xs, t, p, q, base: mpAdd(p, q), key: xs.join(',') };
  });
  return Array.from({ length: k }, (_, j) => {
    const involved = points.filter((pt) => pt.xs[j] !== 0n);
    if (involved.length === 0) throw new RangeError(`no input involves weight ${j + 1}: the loss does not depend on it`);
    const bases = new Map(involved.map((pt) => [pt.key, pt.base]));
    const D = [...bases.values()].reduce((acc, b) => mpMul(acc, mpPow(b, 3)), mpConstant(k, ONE));
    let N = mpConstant(k, rat(0n));
    for (const pt of involved) {
      const others = [...bases].filter(([key]) => key !== pt.key).reduce((acc, [, b]) => mpMul(acc, mpPow(b, 3)), mpConstant(k, ONE));
      const residual = mpAdd(mpScale(pt.base, pt.t), mpScale(pt.p, rat(-1n)));
      N = mpAdd(N, mpScale(mpMul(mpMul(residual, mpMul(pt.p, pt.q)), others), rat(-pt.xs[j])));
    }
    if (mpPrimitive(N).content.num === 0n) throw new RangeError(`∂L/∂w_${j + 1} vanishes identically`);
    const m = mpMonomialContent(N);
    const { content, primitive } = mpPrimitive(mpDivMonomial(N, m));
    return { c: content, m, P: primitive, D };
  });
}

/** c e^{m·w} P(e^w)/D(e^w) as an expression in the weights `vars` (the form exp-transfer-system checks). */
export function gradientFactorExpr(f: GradientFactor, vars: readonly string[]): Expr {
  const z = vars.map((v) => exp(sym(v)));
  const poly = (p: MPolyQ): Expr => {
    const terms = mpToKernel(p);
    return terms.length === 1 && terms[0][0] === '1' && terms[0][1].every((x) => x === 0) ? num(1) : eMulSum(terms, z);
  };
  return eMul(num(f.c), ...f.m.map((x, l) => ePow(z[l], x)), poly(f.P), ePow(poly(f.D), -1));
}

function eMulSum(terms: [string, number[]][], z: readonly Expr[]): Expr {
  const parts = terms.map(([c, e]) => eMul(num(c), ...e.map((x, j) => ePow(z[j], x))));
  return parts.length === 1 ? parts[0] : { op: 'add', args: parts };
}

/** A rational root p/q of R whose specialised system has no positive solution: U_1 P̃_1 + U_2 P̃_2 = G, G > 0 on (0, ∞). */
export interface SpuriousRoot {
  p: bigint;
  q: bigint;
  multiplicity: number;
  U: MPolyQ[];
  G: ZPoly;
}

/** The elimination of all weights but one. */
export interface CoordinateElimination {
  /** 0-based index of the coordinate kept. */
  coordinate: number;
  /** A·P_1 + B·P_2 = R(z_coordinate), all with integer coefficients. */
  R: ZPoly;
  cofactors: [MPolyQ, MPolyQ];
  /** R = g1 · noPositive (the product of the factors without a positive root, with the content). */
  noPositive: ZPoly;
  spurious: SpuriousRoot[];
  /** The factors left: each positive root of one of them may be e^{w*_i} at a stationary point. */
  relevant: FactorPower[];
  /** ∏ relevant^multiplicity: every stationary point has g(e^{w*_i}) = 0. */
  g: ZPoly;
}

function lcmOfDenominators(values: Iterable<Rational>): bigint {
  let l = 1n;
  for (const r of values) l = (l * r.den) / bigGcd(l, r.den);
  return l;
}

function coefficientsOf(f: MPolyQ): Rational[] {
  return [...f.terms.values()].map((t) => t.c);
}

/**
 * Eliminates the other weight of a 2-D system and sorts the factors of the eliminant: throws RangeError when the
 * system is not two polynomials in two variables or the eliminant vanishes identically.
 */
export function eliminateCoordinate(factors: readonly GradientFactor[], coordinate: number): CoordinateElimination {
  if (factors.length !== 2) throw new RangeError('elimination by one resultant needs exactly two weights');
  const [P1, P2] = [factors[0].P, factors[1].P];
  const { R: Rq, A, B } = resultantWithCofactors(P1, P2, 1 - coordinate, coordinate);
  // Clear denominators, then divide A, B and R by the gcd of all their coefficients: the identity stays exact.
  const scale = lcmOfDenominators([...Rq, ...coefficientsOf(A), ...coefficientsOf(B)]);
  const integers = [...Rq, ...coefficientsOf(A), ...coefficientsOf(B)].map((c) => (c.num * scale) / c.den);
  const common = integers.reduce((g, c) => bigGcd(g, c < 0n ? -c : c), 0n);
  const factor = rat(scale, common);
  const R = Rq.map((c) => mul(c, factor).num);
  return sortFactors(factors, coordinate, R, [mpScale(A, factor), mpScale(B, factor)]);
}

function sortFactors(factors: readonly GradientFactor[], coordinate: number, R: ZPoly, cofactors: [MPolyQ, MPolyQ]): CoordinateElimination {
  const other = 1 - coordinate;
  const { unit, factors: parts } = factorOverZ(R);
  let noPositive: ZPoly = [unit];
  const spurious: SpuriousRoot[] = [];
  const relevant: FactorPower[] = [];
  for (const part of parts) {
    if (countPositiveRoots(part.factor) === 0) {
      noPositive = zMul(noPositive, zPow(part.factor, part.multiplicity));
      continue;
    }
    const check = part.factor.length === 2 ? spuriousRoot(factors, coordinate, other, part) : null;
    if (check) spurious.push(check);
    else relevant.push(part);
  }
  const g = relevant.reduce<ZPoly>((acc, part) => zMul(acc, zPow(part.factor, part.multiplicity)), [1n]);
  return { coordinate, R, cofactors, noPositive, spurious, relevant, g };
}

/** q^E · P(z_i = p/q), E the degree of P in z_i (the kernel's specialisation). */
export function specialise(P: MPolyQ, i: number, p: bigint, q: bigint): MPolyQ {
  return mpScale(mpSubstitute(P, i, rat(p, q)), pow(rat(q), Math.max(mpDegreeIn(P, i), 0)));
}

/** For a linear factor q z − p with p/q > 0: the Bézout certificate that the specialised system has no positive solution, or null. */
function spuriousRoot(factors: readonly GradientFactor[], i: number, l: number, part: FactorPower): SpuriousRoot | null {
  const [c0, c1] = part.factor;
  const [p, q] = c1 > 0n ? [-c0, c1] : [c0, -c1];
  const [f, g] = factors.map((fa) => mpToUnivariate(specialise(fa.P, i, p, q), l));
  const { d, s, t } = qExtendedGcd(f, g);
  if (d.length > 1 && countPositiveRoots(qToPrimitiveZ(d)) > 0) return null;
  const scale = lcmOfDenominators([...d, ...s, ...t]);
  const lift = (u: QPoly): MPolyQ => mpFromUnivariate(u.map((c) => mul(c, rat(scale))), 2, l);
  return { p, q, multiplicity: part.multiplicity, U: [lift(s), lift(t)], G: d.map((c) => mul(c, rat(scale)).num) };
}

/** The proof terms of the chain for one coordinate, and what they conclude. */
export interface D2Proofs {
  vars: string[];
  loss: Expr;
  /** exp-transfer-system: ∇L = 0 ⟺ P_1(e^w) = P_2(e^w) = 0. */
  system: ProofTerm;
  /** stationary-coordinate-root(loss, vars, coordinate, g). */
  root: ProofTerm;
  elimination: CoordinateElimination;
  factors: GradientFactor[];
}

const rootCount = (f: ZPoly): ProofTerm => byCertificate({ kind: 'real-root-count', polynomial: zToStrings(f), interval: ['0', '+inf'], count: 0 });

/** The derivative-identity certificates ∂L/∂w_j ≡ c_j e^{m_j·w} P_j(e^w)/D_j(e^w) for the problem's loss. */
export function gradientCertificates(problem: Problem, factors: readonly GradientFactor[]): Certificate[] {
  const vars = weightNames(problem.data[0].x.length);
  const loss = lossExpression(problem);
  return factors.map((f, j) => derivativeIdentityCertificate(loss, vars[j], gradientFactorExpr(f, vars)));
}

/** The kernel proof that every stationary point of the 2-D problem has g(e^{w*_coordinate}) = 0. */
export function coordinateRootProofs(problem: Problem, coordinate: number): D2Proofs {
  const factors = sigmoidGradientFactors(problem);
  const vars = weightNames(problem.data[0].x.length);
  const loss = lossExpression(problem);
  const system = byRule(
    'exp-transfer-system',
    gradientCertificates(problem, factors).map(byCertificate),
    { factors: factors.map((f) => ({ c: num(f.c), m: f.m, P: mpToKernel(f.P), D: mpToKernel(f.D) })) },
  );
  const elimination = eliminateCoordinate(factors, coordinate);
  let root = byRule('eliminate', [system], { coordinate: vars[coordinate], cofactors: elimination.cofactors.map(mpToKernel), eliminant: zToStrings(elimination.R) });
  let current = elimination.R;
  const g1 = elimination.spurious.reduce<ZPoly>((acc, s) => zMul(acc, zPow([-s.p, s.q], s.multiplicity)), elimination.g);
  if (!(elimination.noPositive.length === 1 && elimination.noPositive[0] === 1n)) {
    root = byRule('discard-factor', [root, rootCount(elimination.noPositive)], { factor: zToStrings(g1) });
    current = g1;
  }
  for (const s of elimination.spurious) {
    const divisor = zPow([-s.p, s.q], s.multiplicity);
    const quotient = zDivExact(current, divisor);
    if (quotient === null) throw new Error('internal: the spurious factor does not divide the eliminant');
    current = quotient;
    root = byRule('discard-rational-root', [root, system, rootCount(s.G)], {
      other: vars[1 - coordinate],
      root: s.q === 1n ? s.p.toString() : `${s.p}/${s.q}`,
      multiplicity: s.multiplicity,
      factor: zToStrings(current),
      cofactors: s.U.map(mpToKernel),
    });
  }
  return { vars, loss, system, root, elimination, factors };
}
