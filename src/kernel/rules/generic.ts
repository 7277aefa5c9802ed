/**
 * Inference rules for generic theorems with symbolic targets t = (t_1, …, t_k): the specialization theorem (the Galois
 * group of a good specialization embeds in the generic group), Hilbert's irreducibility theorem, and the transfer of
 * L′(w; t) = c e^{mw} N(e^w; t)/D(e^w) to the zeros of N for every t. Each is a general theorem whose hypotheses the
 * kernel checks on the decoded premises and arguments; the kernel computes N(z; t0) itself.
 */
import { eq as qEq, isZero, mul as qMul, div as qDiv, rat, type Rational } from '../../algebra/rational.js';
import { add, decodeExpr, div, exp, mul, num, pow, sym, type Expr } from '../../symbolic/expr.js';
import { normalForm } from '../../symbolic/normal-form.js';
import { difference, isZeroFunction } from '../../symbolic/rational-function.js';
import { genericToExpr, type GenericPoly, isSquareFreeQ, specializeGeneric } from '../generic-poly.js';
import { canonicalJson, decodeProp, PropError, type Prop } from '../proposition.js';
import type { Rule } from '../rules.js';

function need(condition: boolean, message: string): asserts condition {
  if (!condition) throw new PropError(message);
}

function argsObject(args: unknown, rule: string): Record<string, unknown> {
  need(typeof args === 'object' && args !== null && !Array.isArray(args), `${rule} needs an "args" object`);
  return args as Record<string, unknown>;
}

type GenericGroup = { readonly op: 'generic-galois-symmetric'; readonly params: readonly string[]; readonly poly: GenericPoly };

/** The generic polynomial of the arguments, decoded as the form `op` (so canonical, as in every conclusion). */
function genericArg(o: Record<string, unknown>, op: 'generic-galois-symmetric', field: string): GenericGroup {
  return decodeProp({ op, params: o.params, poly: o[field] }, `args.${field}`) as GenericGroup;
}

/** A rational "p/q" or integer from argument text. */
function rationalArg(x: unknown, at: string): Rational {
  need(typeof x === 'string', `${at}: a rational "p/q"`);
  const m = /^(-?\d{1,2000})(?:\/(\d{1,2000}))?$/.exec(x);
  need(m !== null && (m[2] === undefined || BigInt(m[2]) !== 0n), `${at}: ${JSON.stringify(x)} is not a rational`);
  return rat(BigInt(m[1]), BigInt(m[2] ?? '1'));
}

function sameFunction(a: Expr, b: Expr): boolean {
  return isZeroFunction(difference(normalForm(a), normalForm(b)));
}

/** The integer polynomial (coefficients highest first) at `x` as an expression Σ c_k x^k. */
function polyExpr(poly: readonly string[], x: Expr): Expr {
  const n = poly.length - 1;
  return add(...poly.map((c, i) => mul(num(c), pow(x, n - i))));
}

/** The rules of this file, registered by src/kernel/rules.ts. */
export const GENERIC_RULES: Record<string, Rule> = {
  'galois-specialization': {
    theorem:
      'specialization (Dedekind; e.g. Lang, Algebra, VII §2): if N ∈ Q[t][z] has degree n in z and N(z; t0), t0 ∈ Q^k, still has degree n and is squarefree, ' +
      'then Gal(N(z; t0)/Q) embeds in Gal(N/Q(t)) as a group of permutations of the n roots; so an irreducible N(z; t0) with group S_n gives Gal(N/Q(t)) ≅ S_n',
    apply(premises, args) {
      need(premises.length === 2, `galois-specialization takes 2 premises, got ${premises.length}`);
      const [irreducible, group] = premises;
      need(irreducible.op === 'irreducible' && group.op === 'galois-symmetric', 'galois-specialization: premises are irreducible(P) and galois-symmetric(P)');
      need(canonicalJson(irreducible.poly) === canonicalJson(group.poly), 'galois-specialization: the premises are about different polynomials');
      const o = argsObject(args, 'galois-specialization');
      const generic = genericArg(o, 'generic-galois-symmetric', 'poly');
      const at = o.at;
      need(typeof at === 'object' && at !== null && !Array.isArray(at), 'galois-specialization: args.at maps each parameter to a rational');
      const keys = Object.keys(at).sort();
      need(canonicalJson(keys) === canonicalJson([...generic.params].sort()), 'galois-specialization: args.at must give a value for exactly the parameters');
      const values = generic.params.map((p) => rationalArg((at as Record<string, unknown>)[p], `args.at.${p}`));
      const special = specializeGeneric(generic.poly, values);
      const n = generic.poly.length - 1;
      need(n >= 2, 'galois-specialization: S_n needs degree n ≥ 2');
      need(!isZero(special[0]), 'galois-specialization: the leading coefficient vanishes at the specialization (the degree drops)');
      need(isSquareFreeQ(special), 'galois-specialization: the specialized polynomial is not squarefree');
      const P = group.poly.map((c) => rat(BigInt(c)));
      need(P.length === special.length, `galois-specialization: the premise has degree ${P.length - 1}, the specialization degree ${n}`);
      const lambda = qDiv(special[0], P[0]);
      need(special.every((c, i) => qEq(qMul(lambda, P[i]), c)), 'galois-specialization: N(z; t0) is not a rational multiple of the premise\'s polynomial');
      return generic;
    },
  },
  'hilbert-no-radical': {
    theorem:
      "Hilbert's irreducibility theorem (Serre, Topics in Galois Theory, §3.3): if Gal(N/Q(t)) ≅ S_n, then for all t0 ∈ Q^k outside a thin set N(z; t0) has degree n, is irreducible and Gal(N(z; t0)/Q) ≅ S_n; " +
      'with Galois (S_n is not solvable for n ≥ 5), no root of N(z; t0) is expressible by radicals over Q',
    apply(premises) {
      need(premises.length === 1, `hilbert-no-radical takes 1 premise, got ${premises.length}`);
      const [group] = premises;
      need(group.op === 'generic-galois-symmetric', 'hilbert-no-radical: the premise is generic-galois-symmetric');
      need(group.poly.length - 1 >= 5, 'hilbert-no-radical: S_n is solvable for n ≤ 4');
      return { op: 'generic-no-radical-root', params: group.params, poly: group.poly };
    },
  },
  'generic-exp-transfer': {
    theorem:
      'exp is an increasing bijection ℝ → (0, ∞): if ∂L/∂w (w; t) = c e^{mw} N(e^w; t)/D(e^w) for all real w and t, with a rational c ≠ 0 and D > 0 on (0, ∞) not depending on t, ' +
      'then for every real t: ∂L/∂w (w; t) = 0 ⟺ N(e^w; t) = 0',
    apply(premises, args) {
      need(premises.length === 2, `generic-exp-transfer takes 2 premises, got ${premises.length}`);
      const [derivative, denominator] = premises;
      const o = argsObject(args, 'generic-exp-transfer');
      const generic = genericArg(o, 'generic-galois-symmetric', 'N');
      need(derivative.op === 'forall' && derivative.body.op === 'deriv' && derivative.body.partial === undefined, 'generic-exp-transfer: the first premise is a derivative that holds everywhere, under ∀');
      const body = derivative.body;
      const w = body.var;
      need(!generic.params.includes(w), 'generic-exp-transfer: the variable of the derivative is a parameter');
      need(derivative.vars.some((b) => b.name === w), 'generic-exp-transfer: the derivative is not quantified over its variable');
      need(derivative.vars.every((b) => b.domain === 'real' && (b.name === w || generic.params.includes(b.name))), 'generic-exp-transfer: the derivative must be quantified over its variable and the parameters, all over the reals');
      const D = (decodeProp({ op: 'irreducible', poly: o.D }, 'args.D') as { poly: readonly string[] }).poly;
      need(denominator.op === 'root-count' && denominator.lo === '0' && denominator.hi === '+inf' && denominator.count === 0, 'generic-exp-transfer: the second premise says D has no root in (0, +∞)');
      need(canonicalJson(denominator.poly) === canonicalJson(D), 'generic-exp-transfer: the root count is about another polynomial than D');
      need(BigInt(D[0]) > 0n, 'generic-exp-transfer: D needs a positive leading coefficient (then D > 0 on (0, ∞))');
      const c = decodeExpr(o.c, 'args.c');
      need(c.op === 'num' && c.value !== '0', 'generic-exp-transfer: args.c is a non-zero rational');
      const m = o.m;
      need(typeof m === 'number' && Number.isInteger(m) && Math.abs(m) <= 1000, 'generic-exp-transfer: args.m is an integer');
      const z = exp(sym(w));
      const expected = mul(c, pow(z, m), div(genericToExpr(generic.poly, generic.params, z), polyExpr(D, z)));
      need(sameFunction(body.value, expected), 'generic-exp-transfer: the derivative is not c e^{mw} N(e^w; t)/D(e^w) for the given c, m, N, D');
      return decodeProp({ op: 'generic-stationary-via-exp', loss: body.fn, var: w, params: generic.params, poly: generic.poly }, 'conclusion');
    },
  },
  'generic-stationary-not-radical': {
    theorem:
      'if for every real t each zero w of ∂L/∂w (·; t) has N(e^w; t) = 0, and outside a thin set of rational t no root of N(z; t) is expressible by radicals, then for those t no e^{w*} at a zero w* is',
    apply(premises) {
      need(premises.length === 2, `generic-stationary-not-radical takes 2 premises, got ${premises.length}`);
      const [transfer, radical] = premises;
      need(transfer.op === 'generic-stationary-via-exp' && radical.op === 'generic-no-radical-root', 'generic-stationary-not-radical: premises are generic-stationary-via-exp and generic-no-radical-root');
      need(canonicalJson(transfer.params) === canonicalJson(radical.params), 'generic-stationary-not-radical: the premises have different parameters');
      need(canonicalJson(transfer.poly) === canonicalJson(radical.poly), 'generic-stationary-not-radical: the premises are about different polynomials');
      return { op: 'generic-stationary-not-radical', loss: transfer.loss, var: transfer.var, params: transfer.params };
    },
  },
};
