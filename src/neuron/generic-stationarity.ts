/**
 * The stationarity numerator with symbolic targets (untrusted; the kernel re-checks everything): for a sigmoid neuron
 * with squared loss, integer inputs x_i ≠ 0 and symbolic targets t_i, L′(w) = c · e^{mw} · N(e^w; t) / D(e^w) where
 * N ∈ Z[t][z] is affine in the targets and D, Π_k (1 + z^k)^3 over the distinct |x_i| with the factors it shares with
 * every t-coefficient of N cancelled (e.g. (1 + z)^3 for inputs {1, 3}), does not depend on t.
 * Also the specialization N(z; t0) at rational targets, as the primitive integer polynomial the Galois search takes.
 */
import type { ProofTerm } from '../kernel/proof.js';
import type { Prop } from '../kernel/proposition.js';
import type { Certificate } from '../kernel/types.js';
import { galoisCertificate, irreducibilityCertificate } from '../algebra/galois.js';
import { byCertificate, byRule } from '../claim/proof-terms.js';
import type { GenericMonomial, GenericPoly } from '../kernel/generic-poly.js';
import { genericToExpr, specializeGeneric } from '../kernel/generic-poly.js';
import { bigGcd, ratToString, type Rational } from '../algebra/rational.js';
import { zDivExact, zGcd, zMul, zPow, zPrimitive, zShift, zToStrings, type ZPoly } from '../algebra/poly-z.js';
import { add, div, exp, mul, num, pow, sub, sym, type Expr } from '../symbolic/expr.js';
import { derivativeIdentityCertificate } from '../symbolic/certificates.js';
import { sigmoid } from '../symbolic/sigmoid.js';
import { WEIGHT } from './stationarity-certificate.js';

/** L′ = scale · z^shift · N(z; t) / D(z) at z = e^w, with the targets as the symbols `params`. */
export interface GenericStationarity {
  params: string[];
  /** N(z; t): highest z-degree first, integer coefficients in the targets, content 1, N(0; t) ≢ 0. */
  numerator: GenericPoly;
  /** D(z) = Π (1 + z^k)^3 over the common factor cancelled, highest first; positive on (0, ∞) and free of t. */
  denominator: string[];
  /** A positive integer. */
  scale: bigint;
  shift: number;
  /** L(w; t) = ½ Σ (t_i − s(x_i w))^2 written with the inputs and the target symbols. */
  loss: Expr;
}

const plusPower = (k: number): ZPoly => [1n, ...new Array<bigint>(k - 1).fill(0n), 1n];

/** The target symbol of point i (from 1): t1, t2, … */
export function targetName(i: number): string {
  return `t${i}`;
}

/**
 * The generic stationarity data of a sigmoid neuron with squared loss for the inputs `xs` (distinct non-zero integers),
 * targets symbolic. Throws RangeError on an input 0 or a repeated input.
 */
export function genericSigmoidStationarity(xs: readonly bigint[]): GenericStationarity {
  if (xs.length === 0 || xs.some((x) => x === 0n)) throw new RangeError('the inputs must be non-zero integers');
  if (new Set(xs).size !== xs.length) throw new RangeError('the inputs must be distinct');
  const params = xs.map((_, i) => targetName(i + 1));
  const ks = [...new Set(xs.map((x) => Number(x < 0n ? -x : x)))].sort((a, b) => a - b);
  const D = ks.reduce<ZPoly>((acc, k) => zMul(acc, zPow(plusPower(k), 3)), [1n]);
  // point i: x (A − t B) A C (1 + z^k)^{-3}, with s = A/B, 1 − s = C/B, B = 1 + z^k
  const constant: ZPoly[] = [];
  const linear: ZPoly[] = [];
  xs.forEach((x) => {
    const k = Number(x < 0n ? -x : x);
    const A = x > 0n ? zShift([1n], k) : [1n];
    const C = x > 0n ? [1n] : zShift([1n], k);
    const cofactor = ks.filter((j) => j !== k).reduce<ZPoly>((acc, j) => zMul(acc, zPow(plusPower(j), 3)), [1n]);
    const AC = zMul(zMul(A, C), cofactor).map((c) => c * x);
    constant.push(zMul(A, AC));
    linear.push(zMul(plusPower(k), AC).map((c) => -c));
  });
  // A factor common to D and to every t-coefficient of N cancels for all targets: for {1, 3}, 1 + z divides 1 + z^3,
  // so (1 + z)^3 divides N; left in, N(z; t0) would never be squarefree, let alone irreducible.
  const common = zPrimitive([constant.reduce(addZ, []), ...linear].reduce((g, p) => zGcd(g, p), D));
  const cancel = (p: ZPoly): ZPoly => {
    const q = zDivExact(p, common);
    if (q === null) throw new Error('internal: the common factor does not divide a part of N');
    return q;
  };
  const N0 = cancel(constant.reduce(addZ, []));
  linear.splice(0, linear.length, ...linear.map(cancel));
  const reducedD = cancel(D);
  const parts = [N0, ...linear];
  const degree = Math.max(...parts.map((p) => p.length - 1));
  const shift = Math.min(...parts.map((p) => p.findIndex((c) => c !== 0n)).filter((i) => i >= 0));
  const scale = parts.flat().reduce((g, c) => bigGcd(g, c < 0n ? -c : c), 0n);
  const numerator: GenericPoly = [];
  for (let d = degree; d >= shift; d--) {
    const monomials: GenericMonomial[] = [];
    const c0 = N0[d] ?? 0n;
    if (c0 !== 0n) monomials.push([(c0 / scale).toString(), params.map(() => 0)]);
    linear.forEach((p, i) => {
      const c = p[d] ?? 0n;
      if (c !== 0n) monomials.push([(c / scale).toString(), params.map((_, j) => (j === i ? 1 : 0))]);
    });
    (numerator as GenericMonomial[][]).push(monomials.sort((a, b) => b[1].join().localeCompare(a[1].join())));
  }
  const times = (x: bigint): Expr => (x === 1n ? sym(WEIGHT) : mul(num(x), sym(WEIGHT)));
  const loss = mul(num('1/2'), add(...xs.map((x, i) => pow(sub(sym(params[i]), sigmoid(times(x))), 2))));
  return { params, numerator, denominator: zToStrings(reducedD), scale, shift, loss };
}

function addZ(f: ZPoly, g: ZPoly): ZPoly {
  const out = Array.from({ length: Math.max(f.length, g.length) }, (_, i) => (f[i] ?? 0n) + (g[i] ?? 0n));
  return out;
}

/** c · e^{mw} · N(e^w; t) / D(e^w) as an expression in w and the targets. */
export function genericStationarityExpr(g: GenericStationarity): Expr {
  const z = exp(sym(WEIGHT));
  const D = g.denominator;
  const n = D.length - 1;
  const Dexpr = add(...D.map((c, i) => mul(num(c), pow(z, n - i))));
  return mul(num(g.scale), pow(z, g.shift), div(genericToExpr(g.numerator, g.params, z), Dexpr));
}

/** The `derivative-identity` certificate ∂L/∂w ≡ c e^{mw} N(e^w; t)/D(e^w), for all real w and targets. */
export function genericIdentityCertificate(g: GenericStationarity): Certificate {
  return derivativeIdentityCertificate(g.loss, WEIGHT, genericStationarityExpr(g));
}

/** `real-root-count`: D has no root in (0, +∞). */
export function genericDenominatorCertificate(g: GenericStationarity): Certificate {
  return { kind: 'real-root-count', polynomial: g.denominator, interval: ['0', '+inf'], count: 0 };
}

/** N(z; t0) at rational targets as a primitive integer polynomial (lowest degree first, like ZPoly), sign of its lead kept. */
export function specializedNumerator(g: GenericStationarity, targets: readonly Rational[]): ZPoly {
  if (targets.length !== g.params.length) throw new RangeError(`${g.params.length} targets needed, got ${targets.length}`);
  const q = specializeGeneric(g.numerator, targets);
  const lcm = q.reduce((l, c) => (l * c.den) / bigGcd(l, c.den), 1n);
  const ints = q.map((c) => (c.num * lcm) / c.den);
  const content = ints.reduce((a, c) => bigGcd(a, c < 0n ? -c : c), 0n);
  const sign = ints[0] < 0n ? -1n : 1n;
  const out = ints.map((c) => (sign * c) / content).reverse();
  while (out.length > 1 && out[out.length - 1] === 0n) out.pop();
  return out;
}

/** The generic theorem of one input set: its statement, its proof term, and the certificates of the specialization. */
export interface GenericTheorem {
  generic: GenericStationarity;
  /** generic-stationary-not-radical(L, w, t): outside a thin set of rational targets no e^{w*} is a radical expression. */
  statement: Prop;
  proof: ProofTerm;
  /** The degree n of N(z; t) in z, so the generic group is S_n. */
  degree: number;
  /** The irreducibility and galois-symmetric certificates of N(z; t0) at the specialization. */
  certificates: Certificate[];
}

/**
 * The generic theorem for the inputs `xs` from the specialization at the rational targets `at`: the proof chains
 * generic-exp-transfer, galois-specialization (N(z; at) certified irreducible with group S_n) and hilbert-no-radical.
 * Throws when the search does not certify N(z; at) irreducible with group S_n (the kernel would refuse anyway).
 */
export function genericNoRadicalTheorem(xs: readonly bigint[], at: readonly Rational[]): GenericTheorem {
  const generic = genericSigmoidStationarity(xs);
  const special = specializedNumerator(generic, at);
  const galois = galoisCertificate(special);
  const irreducible = irreducibilityCertificate(special);
  const where = `inputs {${xs.join(', ')}} at targets (${at.map(ratToString).join(', ')})`;
  if (galois.status !== 'symmetric' || irreducible === null) throw new Error(`${where}: N(z; t0) is not certified irreducible with group S_n`);
  const transfer = byRule('generic-exp-transfer', [byCertificate(genericIdentityCertificate(generic)), byCertificate(genericDenominatorCertificate(generic))], {
    params: generic.params,
    c: { op: 'num', value: generic.scale.toString() },
    m: generic.shift,
    N: generic.numerator,
    D: generic.denominator,
  });
  const values = Object.fromEntries(generic.params.map((p, i) => [p, ratToString(at[i])]));
  const group = byRule('galois-specialization', [byCertificate(irreducible), byCertificate(galois.certificate)], { params: generic.params, poly: generic.numerator, at: values });
  return {
    generic,
    statement: { op: 'generic-stationary-not-radical', loss: generic.loss, var: WEIGHT, params: generic.params },
    proof: byRule('generic-stationary-not-radical', [transfer, byRule('hilbert-no-radical', [group])]),
    degree: generic.numerator.length - 1,
    certificates: [irreducible, galois.certificate],
  };
}

/** The hypothesis every generic claim states in words: what "thin set" means (Hilbert's irreducibility theorem). */
export const THIN_SET_HYPOTHESIS =
  '"Thin set" in the sense of Hilbert\'s irreducibility theorem (Serre, *Topics in Galois Theory*, §3): a set that contains no open box of the target space $`\\mathbb Q^k`$ and whose points of height ≤ H are a vanishing share as H grows; it may be infinite.';
