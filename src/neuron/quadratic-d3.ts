/**
 * Exact elimination for the quadratic-activation loss in d = 3 on data whose inputs are e_1, e_2, e_3 and one more
 * point (such data make c_2 P_1 − c_1 P_2 free of w_3 and c_3 P_1 − c_1 P_3 free of w_2): two resultants with cofactors
 * reduce ∇L = 0 to R(w_1) = Σ A_j P_j, checked by the kernel in Z[w_1, w_2, w_3]; then the Galois facts of R's factor
 * and a Krawczyk certificate of one stationary point assemble the d = 3 statement. Untrusted: the kernel replays it.
 */
import { mpAdd, mpCoefficientsIn, mpDegreeIn, mpIsZero, mpMul, mpScale, mpSub, mpFromUnivariate, type MPolyQ } from '../algebra/mpoly-q.js';
import { bigGcd, mul, rat, type Rational } from '../algebra/rational.js';
import { resultantWithCofactors } from '../algebra/resultant-cofactors.js';
import { sylvesterResultantWithCofactors } from '../algebra/sylvester-cofactors.js';
import { factorOverZ } from '../algebra/factor-z.js';
import { galoisCertificate, irreducibilityCertificate } from '../algebra/galois.js';
import { mpToKernel } from '../algebra/mpoly-q.js';
import { zToStrings, type ZPoly } from '../algebra/poly-z.js';
import { andIntro, byCertificate, byRule } from '../claim/proof-terms.js';
import { fact } from '../claim/statement.js';
import type { Prop } from '../kernel/proposition.js';
import { isolatedStationaryPointCertificate } from './isolated-stationary-point.js';
import { polynomialSystemProof, quadraticGradientFactors, type ProvedStatement, type QuadraticGradientFactor } from './quadratic-exact.js';
import type { Problem } from './model.js';

/** R(w_1) = Σ_j A_j P_j with integer R and A_j. */
export interface FirstWeightElimination {
  factors: QuadraticGradientFactor[];
  R: ZPoly;
  cofactors: [MPolyQ, MPolyQ, MPolyQ];
}

/** The leading coefficient of f in z_v, which must be a constant (throws otherwise). */
function constantLead(f: MPolyQ, v: number): Rational {
  const lead = mpCoefficientsIn(f, v)[mpDegreeIn(f, v)];
  const terms = [...lead.terms.values()];
  if (terms.length !== 1 || terms[0].e.some((x) => x !== 0)) throw new RangeError(`the leading coefficient in w_${v + 1} is not a constant`);
  return terms[0].c;
}

/** f in 3 variables without z_2 as a polynomial in 2 variables (z_0, z_1), and back. */
const drop = (f: MPolyQ): MPolyQ => ({ k: 2, terms: new Map([...f.terms.values()].map(({ c, e }) => [`${e[0]},${e[1]}`, { c, e: [e[0], e[1]] }])) });
const lift = (f: MPolyQ): MPolyQ => ({ k: 3, terms: new Map([...f.terms.values()].map(({ c, e }) => [`${e[0]},${e[1]},0`, { c, e: [e[0], e[1], 0] }])) });

/** The elimination to w_1 for such d = 3 data; throws RangeError when the data lack that shape. */
export function eliminateFirstWeight(problem: Problem): FirstWeightElimination {
  if (problem.data[0].x.length !== 3) throw new RangeError('eliminateFirstWeight needs inputs in R^3');
  const factors = quadraticGradientFactors(problem);
  const [P1, P2, P3] = factors.map((f) => f.P);
  // Q12 = α1 P1 + α2 P2 free of w_3; Q13 = β1 P1 + β3 P3 free of w_2.
  const [alpha1, alpha2] = [constantLead(P2, 2), mul(constantLead(P1, 2), rat(-1n))];
  const [beta1, beta3] = [constantLead(P3, 1), mul(constantLead(P1, 1), rat(-1n))];
  const Q12 = mpAdd(mpScale(P1, alpha1), mpScale(P2, alpha2));
  const Q13 = mpAdd(mpScale(P1, beta1), mpScale(P3, beta3));
  if (mpDegreeIn(Q12, 2) > 0 || mpDegreeIn(Q13, 1) > 0) throw new RangeError('the data are not of the shape e_1, e_2, e_3 plus one point');
  const { R: Rc, A: U, B: V } = sylvesterResultantWithCofactors(P1, Q13, 2);
  const { R: Rq, A: X2, B: Y2 } = resultantWithCofactors(drop(Rc), drop(Q12), 1, 0);
  const [X, Y] = [lift(X2), lift(Y2)];
  let cofactors: MPolyQ[] = [
    mpAdd(mpMul(X, mpAdd(U, mpScale(V, beta1))), mpScale(Y, alpha1)),
    mpScale(Y, alpha2),
    mpScale(mpMul(X, V), beta3),
  ];
  const all = [...Rq, ...cofactors.flatMap((f) => [...f.terms.values()].map((t) => t.c))];
  const scale = all.reduce((l, c) => (l * c.den) / bigGcd(l, c.den), 1n);
  const common = all.map((c) => (c.num * scale) / c.den).reduce((g, c) => bigGcd(g, c < 0n ? -c : c), 0n);
  const factor = rat(scale, common);
  cofactors = cofactors.map((f) => mpScale(f, factor));
  const Rscaled = Rq.map((c) => mul(c, factor));
  const combination = cofactors.reduce<MPolyQ>((acc, A, j) => mpAdd(acc, mpMul(A, [P1, P2, P3][j])), { k: 3, terms: new Map() });
  if (!mpIsZero(mpSub(combination, mpFromUnivariate(Rscaled, 3, 0)))) throw new Error('internal: the combined cofactors fail the identity');
  return { factors, R: Rscaled.map((c) => c.num), cofactors: cofactors as [MPolyQ, MPolyQ, MPolyQ] };
}

/**
 * For such d = 3 data: ∇L = 0 ⟺ P(w) = 0; every stationary point has R(w_1) = 0 with R = u · w_1 · S(w_1²), S
 * irreducible with Galois group S_deg (certified), so no non-zero w*_1 is a radical expression; and a Krawczyk
 * certificate of one stationary point near `center` (its w_1 interval must exclude 0). Throws when the data give less.
 */
export function quadraticD3NoRadicalStatement(problem: Problem, center: readonly string[]): ProvedStatement {
  const { vars, loss, statement, proof: system } = polynomialSystemProof(problem);
  const elimination = eliminateFirstWeight(problem);
  const R = zToStrings(elimination.R);
  const root = byRule('eliminate-weight', [system], { coordinate: vars[0], cofactors: elimination.cofactors.map(mpToKernel), eliminant: R });
  const { unit, factors } = factorOverZ(elimination.R);
  const linear = factors.find((p) => p.factor.length === 2 && p.factor[0] === 0n);
  const rest = factors.filter((p) => p !== linear);
  if (rest.length !== 1 || rest[0].multiplicity !== 1) throw new Error('expected R = u · w_1^e · g with one irreducible g');
  const g = rest[0].factor;
  if (!g.every((c, i) => i % 2 === 0 || c === 0n)) throw new Error('expected g to be a polynomial in w_1²');
  const S = g.filter((_, i) => i % 2 === 0);
  const galois = galoisCertificate(S);
  const irreducible = irreducibilityCertificate(S);
  if (galois.status !== 'symmetric' || irreducible === null) throw new Error(`no S_n certificate for S (status ${galois.status})`);
  const [irr, group] = [byCertificate(irreducible), byCertificate(galois.certificate)];
  const noRadicalG = byRule('no-radical-power', [byRule('galois-no-radical', [irr, group])], { k: 2 });
  const notRadical = byRule('nonzero-weight-not-radical', [root, noRadicalG], { unit: unit.toString(), zeroOrder: linear?.multiplicity ?? 0, multiplicity: 1 });
  const existence = isolatedStationaryPointCertificate(problem, center, '1e-8', '1e-25', 40);
  if (existence === null) throw new Error('the Krawczyk certificate of the stationary point was not accepted');
  const Sp = zToStrings(S);
  const statements: Prop[] = [
    statement,
    { op: 'stationary-weight-root', loss, vars, coordinate: vars[0], poly: R },
    { op: 'irreducible', poly: Sp },
    { op: 'galois-symmetric', poly: Sp },
    { op: 'stationary-weight-not-radical', loss, vars, coordinate: vars[0] },
    fact(existence as { kind: string }),
  ];
  return { statement: { op: 'and', parts: statements }, proof: andIntro(system, root, irr, group, notRadical, byCertificate(existence)) };
}
