/**
 * Builders for proof terms as claim files write them: leaves (a certificate, a lemma) and one builder per
 * inference rule of src/kernel/rules.ts, named after the theorem it applies. They only build data: the kernel
 * replays the tree and decides what, if anything, it concludes.
 */
import type { ProofTerm } from '../kernel/proof.js';
import type { Prop } from '../kernel/proposition.js';
import type { Certificate } from '../kernel/types.js';
import { expr, type ExprLike } from './statement.js';

/** A leaf: the certificate, checked by its kernel checker, concludes what that checker states. */
export function byCertificate(certificate: Certificate): ProofTerm {
  return { rule: 'certificate', certificate };
}

/** A leaf: the statement of claim `id`, which the proving claim must list in `dependsOn`. */
export function byLemma(id: string): ProofTerm {
  return { rule: 'lemma', claim: id };
}

/** Any rule by name (prefer the named builders below). */
export function byRule(rule: string, premises: readonly ProofTerm[], args?: unknown): ProofTerm {
  return args === undefined ? { rule, premises } : { rule, premises, args };
}

/** P₁ ∧ … ∧ Pₙ from proofs of each. */
export function andIntro(...premises: ProofTerm[]): ProofTerm {
  return byRule('and-intro', premises);
}

/** The `index`-th conjunct (from 0) of a conjunction. */
export function andElim(premise: ProofTerm, index: number): ProofTerm {
  return byRule('and-elim', [premise], { index });
}

/** `to`, from a proof of a proposition that differs from it only by equal functions. */
export function conv(premise: ProofTerm, to: Prop): ProofTerm {
  return byRule('conv', [premise], { to });
}

/** lim_{λ→+∞} F(e^{±λc}) = L for c > 0, from lim_{v→+∞ or 0⁺} F(v) = L (λ and c new names). */
export function limitExpSubstitution(premise: ProofTerm, names: { lambda: string; c: string }): ProofTerm {
  return byRule('limit-exp-substitution', [premise], names);
}

/** ¬(H ⇒ C), from a proof of H and one of ¬C. */
export function refuteImplies(hyp: ProofTerm, negatedConclusion: ProofTerm): ProofTerm {
  return byRule('refute-implies', [hyp, negatedConclusion]);
}

/** ¬(a = b), from a ≠ b (`partial` when the refuted equation holds "wherever defined"). */
export function neNotEq(premise: ProofTerm, partial = false): ProofTerm {
  return byRule('ne-not-eq', [premise], { partial });
}

/** a ≠ b from a > b (under the same quantifiers, conjunct by conjunct). */
export function gtNe(premise: ProofTerm): ProofTerm {
  return byRule('gt-ne', [premise]);
}

/** P(a) from ∀x. P(x): `values` maps bound names to expressions. */
export function specialize(premise: ProofTerm, values: Readonly<Record<string, ExprLike>>): ProofTerm {
  return byRule('specialize', [premise], { values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, expr(v)])) });
}

/** ∀d, w, x ∈ R^d: P(w·x), from ∀h ∈ R: P(h). */
export function linearFormIntro(premise: ProofTerm, names: { h: string; w: string; x: string }): ProofTerm {
  return byRule('linear-form-intro', [premise], names);
}

/** ∇_w F(w·x) = G(w·x) x, from ∀h: dF/dh = G. */
export function chainLinearForm(premise: ProofTerm, names: { w: string; x: string }): ProofTerm {
  return byRule('chain-linear-form', [premise], names);
}

/** L'(w) = 0 ⟺ N(e^w) = 0, from L' = c e^{mw} N(e^w)/D(e^w) and D without roots in (0, ∞). */
export function expTransfer(derivative: ProofTerm, denominatorRoots: ProofTerm, data: { c: ExprLike; m: number; N: readonly string[]; D: readonly string[] }): ProofTerm {
  return byRule('exp-transfer', [derivative, denominatorRoots], { c: expr(data.c), m: data.m, N: data.N, D: data.D });
}

/**
 * The signs of L' on the intervals between its zeros, from L' = c e^{mw} N(e^w)/D(e^w), D without roots in (0, ∞),
 * N's k roots in (0, ∞) and k + 1 increasing positive rationals (text "p/q") where N alternates in sign.
 */
export function signsViaExp(derivative: ProofTerm, denominatorRoots: ProofTerm, numeratorRoots: ProofTerm, data: { c: ExprLike; m: number; N: readonly string[]; D: readonly string[]; points: readonly string[] }): ProofTerm {
  return byRule('signs-via-exp', [derivative, denominatorRoots, numeratorRoots], { c: expr(data.c), m: data.m, N: data.N, D: data.D, points: data.points });
}

/** f irreducible, from f(z^k) irreducible. */
export function irreducibleUnpower(premise: ProofTerm, k: number): ProofTerm {
  return byRule('irreducible-unpower', [premise], { k });
}

/** No root of f(z^k) is a radical expression, from the same for f. */
export function noRadicalPower(premise: ProofTerm, k: number): ProofTerm {
  return byRule('no-radical-power', [premise], { k });
}

/** L' has exactly k zeros, from the transfer and N's k roots in (0, ∞). */
export function countViaExp(transfer: ProofTerm, rootCount: ProofTerm): ProofTerm {
  return byRule('count-via-exp', [transfer, rootCount]);
}

/** No root of N is a radical expression, from N irreducible with Gal(N) ≅ S_n, n ≥ 5. */
export function galoisNoRadical(irreducible: ProofTerm, group: ProofTerm): ProofTerm {
  return byRule('galois-no-radical', [irreducible, group]);
}

/** No e^{w*} at a stationary point is a radical expression. */
export function stationaryNotRadicalRule(transfer: ProofTerm, noRadical: ProofTerm): ProofTerm {
  return byRule('stationary-not-radical', [transfer, noRadical]);
}

/** Every stationary point is transcendental (Hermite–Lindemann). */
export function hermiteLindemann(transfer: ProofTerm): ProofTerm {
  return byRule('hermite-lindemann', [transfer]);
}

/** No stationary point is an EL number, from the transfer and stationary-not-radical: conditional on Schanuel's conjecture. */
export function schanuelNotElementary(transfer: ProofTerm, notRadical: ProofTerm): ProofTerm {
  return byRule('schanuel-not-elementary', [transfer, notRadical]);
}

/** ¬(lim f = b), from lim f = a with a ≠ b. */
export function limitUnique(premise: ProofTerm, other: ExprLike | '+inf' | '-inf'): ProofTerm {
  return byRule('limit-unique', [premise], { value: other === '+inf' || other === '-inf' ? other : expr(other) });
}

/** ¬∀x. P(x), from ¬P(a) at the given values. */
export function refuteForall(negatedInstance: ProofTerm, statement: Prop, values: Readonly<Record<string, ExprLike>>): ProofTerm {
  return byRule('refute-forall', [negatedInstance], { statement, values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, expr(v)])) });
}

/** One bound of a derivative on [a_1, a_{n+1}] from bounds on the adjacent pieces [a_i, a_{i+1}]. */
export function rangeUnion(...premises: ProofTerm[]): ProofTerm {
  return byRule('range-union', premises);
}

/** The bound of F on [0, c] carried to f^{(order)} on the tail [from, +∞) (z = e^{−w}) or (−∞, from] (z = e^{w}). */
export function rangeExpTail(premise: ProofTerm, args: { fn: ExprLike; var: string; order: number; side: '+inf' | '-inf'; from: string }): ProofTerm {
  return byRule('range-exp-tail', [premise], { ...args, fn: expr(args.fn) });
}

/** Linear convergence of w − step·L′(w) on [a, b], from bounds of L″ on [a, b] and of L′ at a and at b. */
export function gradientDescentContraction(curvature: ProofTerm, left: ProofTerm, right: ProofTerm, args: { step: string; rate: string }): ProofTerm {
  return byRule('gradient-descent-contraction', [curvature, left, right], args);
}

/** Kantorovich: Newton from w_0 converges quadratically, from bounds of L′(w_0), L″(w_0) and L‴ on a ball. */
export function kantorovich(value: ProofTerm, slope: ProofTerm, third: ProofTerm, args: { constant: string }): ProofTerm {
  return byRule('kantorovich', [value, slope, third], args);
}
