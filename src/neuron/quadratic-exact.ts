/**
 * Exact stationary points of the quadratic-activation loss L(w) = ½Σ(t_i − (w·x_i)²)² in d = 2: ∇L = 0 as the
 * polynomial system P_1(w) = P_2(w) = 0 in the weights themselves (∂L/∂w_j = 2Σ_i ((w·x_i)³ − t_i w·x_i) x_ij is a
 * polynomial), one resultant with cofactors per weight, the eliminant's irreducible factors over Z and, when every
 * factor has degree ≤ 4, the kernel proof that every stationary point's coordinates are radical. Untrusted: the kernel
 * replays every term.
 */
import { factorOverZ } from '../algebra/factor-z.js';
import { galoisCertificate } from '../algebra/galois.js';
import { mpAdd, mpMonomial, mpMul, mpPow, mpPrimitive, mpScale, mpToKernel, type MPolyQ } from '../algebra/mpoly-q.js';
import { zScale, zToStrings, type ZPoly } from '../algebra/poly-z.js';
import { bigGcd, mul, rat, type Rational } from '../algebra/rational.js';
import { resultantWithCofactors } from '../algebra/resultant-cofactors.js';
import { andIntro, byCertificate, byRule } from '../claim/proof-terms.js';
import type { ProofTerm } from '../kernel/proof.js';
import type { Prop } from '../kernel/proposition.js';
import { derivativeIdentityCertificate } from '../symbolic/certificates.js';
import { mul as eMul, num, pow as ePow, sym, add as eAdd, type Expr } from '../symbolic/expr.js';
import { lossExpression, weightNames } from './loss-expression.js';
import type { Problem } from './model.js';

/** ∂L/∂w_j = c · P(w) with P primitive over Z. */
export interface QuadraticGradientFactor {
  c: Rational;
  P: MPolyQ;
}

/** The gradient of the quadratic-activation squared loss as c_j · P_j(w) (any dimension); throws RangeError for another problem. */
export function quadraticGradientFactors(problem: Problem): QuadraticGradientFactor[] {
  if (problem.activation !== 'square' || problem.loss !== 'mse') throw new RangeError('quadraticGradientFactors needs the square activation and the squared loss');
  const d = problem.data[0].x.length;
  const unit = (j: number): number[] => Array.from({ length: d }, (_, l) => (l === j ? 1 : 0));
  return Array.from({ length: d }, (_, j) => {
    let g: MPolyQ = { k: d, terms: new Map() };
    for (const { x, t } of problem.data) {
      const h = x.reduce<MPolyQ>((acc, xl, l) => mpAdd(acc, mpMonomial(xl, unit(l))), { k: d, terms: new Map() });
      const term = mpAdd(mpPow(h, 3), mpScale(h, mul(t, rat(-1n))));
      g = mpAdd(g, mpScale(term, mul(rat(2n), x[j])));
    }
    const { content, primitive } = mpPrimitive(g);
    if (content.num === 0n) throw new RangeError(`no input involves weight ${j + 1}: ∂L/∂w_${j + 1} is identically 0`);
    return { c: content, P: primitive };
  });
}

function termExpr(c: Rational, e: readonly number[], w: readonly Expr[]): Expr {
  return eMul(num(c.den === 1n ? c.num.toString() : `${c.num}/${c.den}`), ...e.flatMap((x, l) => (x === 0 ? [] : [ePow(w[l], x)])));
}

/** c · P(w) as an expression in the weight names. */
function factorExpr(f: QuadraticGradientFactor, vars: readonly string[]): Expr {
  const w = vars.map(sym);
  return eMul(num(f.c.den === 1n ? f.c.num.toString() : `${f.c.num}/${f.c.den}`), eAdd(...[...f.P.terms.values()].map(({ c, e }) => termExpr(c, e, w))));
}

/** A weight's eliminant R(w_i) = A P_1 + B P_2 (integer A, B, R) and its factorisation over Z. */
export interface WeightElimination {
  coordinate: number;
  R: ZPoly;
  cofactors: [MPolyQ, MPolyQ];
  factors: { factor: ZPoly; multiplicity: number }[];
  unit: bigint;
}

/** Res over the other weight of P_1, P_2 with cofactors, scaled to integers (d = 2 only). */
export function eliminateWeight(factors: readonly QuadraticGradientFactor[], coordinate: number): WeightElimination {
  if (factors.length !== 2) throw new RangeError('elimination by one resultant needs exactly two weights');
  const { R: Rq, A, B } = resultantWithCofactors(factors[0].P, factors[1].P, 1 - coordinate, coordinate);
  const all = [...Rq, ...[A, B].flatMap((f) => [...f.terms.values()].map((t) => t.c))];
  const scale = all.reduce((l, c) => (l * c.den) / bigGcd(l, c.den), 1n);
  const common = all.map((c) => (c.num * scale) / c.den).reduce((g, c) => bigGcd(g, c < 0n ? -c : c), 0n);
  const factor = rat(scale, common);
  const R = Rq.map((c) => mul(c, factor).num);
  const { unit, factors: parts } = factorOverZ(R);
  return { coordinate, R, cofactors: [mpScale(A, factor), mpScale(B, factor)], factors: parts.map((p) => ({ factor: p.factor, multiplicity: p.multiplicity })), unit };
}

/** A statement with its proof. */
export interface ProvedStatement {
  statement: Prop;
  proof: ProofTerm;
}

/** ∇L = 0 ⟺ P_j(w) = 0 for the problem (any dimension): the poly-system statement and its proof from derivative identities. */
export function polynomialSystemProof(problem: Problem): { vars: string[]; loss: Expr; factors: QuadraticGradientFactor[]; statement: Prop; proof: ProofTerm } {
  const vars = weightNames(problem.data[0].x.length);
  const loss = lossExpression(problem);
  const factors = quadraticGradientFactors(problem);
  const derivatives = factors.map((f, j) => byCertificate(derivativeIdentityCertificate(loss, vars[j], factorExpr(f, vars))));
  const proof = byRule('polynomial-gradient-system', derivatives, { factors: factors.map((f) => ({ c: num(f.c.den === 1n ? f.c.num.toString() : `${f.c.num}/${f.c.den}`), P: mpToKernel(f.P) })) });
  return { vars, loss, factors, statement: { op: 'poly-system', loss, vars, polys: factors.map((f) => mpToKernel(f.P)) }, proof };
}

/**
 * For d = 2 data: ∇L = 0 ⟺ P_1(w) = P_2(w) = 0 (poly-system), and per weight the eliminant R with
 * stationary-weight-root(R) and radical-roots(R) (every factor of degree ≤ 4, solvable-degree certificates combined by
 * radical-roots-product). Throws when a factor has degree above 4 (then no radical statement follows this way).
 */
export function quadraticD2RadicalStatement(problem: Problem): ProvedStatement {
  if (problem.data[0].x.length !== 2) throw new RangeError('quadraticD2RadicalStatement needs inputs in R^2');
  const { vars, loss, factors, statement, proof: system } = polynomialSystemProof(problem);
  const statements: Prop[] = [statement];
  const proofs: ProofTerm[] = [system];
  for (const i of [0, 1]) {
    const e = eliminateWeight(factors, i);
    const R = zToStrings(e.R);
    statements.push({ op: 'stationary-weight-root', loss, vars, coordinate: vars[i], poly: R }, { op: 'radical-roots', poly: R });
    proofs.push(byRule('eliminate-weight', [system], { coordinate: vars[i], cofactors: e.cofactors.map(mpToKernel), eliminant: R }));
    // One solvable-degree certificate per factor (the unit folded into the first), multiplied out as R is.
    const pieces = e.factors.flatMap(({ factor, multiplicity }) => Array<ZPoly>(multiplicity).fill(factor));
    pieces[0] = zScale(pieces[0], e.unit);
    let acc: ProofTerm | null = null;
    for (const piece of pieces) {
      const galois = galoisCertificate(piece);
      if (galois.status !== 'solvable') throw new Error(`weight ${i + 1}: a factor of the eliminant has degree ${piece.length - 1} > 4`);
      const term = byCertificate(galois.certificate);
      acc = acc === null ? term : byRule('radical-roots-product', [acc, term]);
    }
    proofs.push(acc as ProofTerm);
  }
  return { statement: { op: 'and', parts: statements }, proof: andIntro(...proofs) };
}
