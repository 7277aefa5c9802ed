/**
 * Builders for formal statements (propositions, src/kernel/proposition.ts) as claim files write them. Expressions
 * may be given as trees or as text in the grammar of `parseExpr` (which knows sigmoid, tanh and softplus by their
 * definitions). These only build data: the kernel re-validates everything it receives.
 */
import type { Binder, Prop } from '../kernel/proposition.js';
import type { Expr } from '../symbolic/expr.js';
import { parseExpr } from '../symbolic/parse.js';

/** An expression tree, or its text for `parseExpr`. */
export type ExprLike = Expr | string;

/** The tree of `e` (parsed when it is text). */
export function expr(e: ExprLike): Expr {
  return typeof e === 'string' ? parseExpr(e) : e;
}

/** A variable ranging over the reals. */
export function real(name: string): Binder {
  return { name, domain: 'real' };
}

/** A variable ranging over the positive reals. */
export function positive(name: string): Binder {
  return { name, domain: 'positive' };
}

/** ∀ vars. body; a variable given by name ranges over the reals. */
export function forall(vars: readonly (Binder | string)[], body: Prop): Prop {
  return { op: 'forall', vars: vars.map((v) => (typeof v === 'string' ? real(v) : v)), body };
}

/** P₁ ∧ … ∧ Pₙ. */
export function and(...parts: Prop[]): Prop {
  return { op: 'and', parts };
}

/** ¬P. */
export function not(p: Prop): Prop {
  return { op: 'not', arg: p };
}

/** hyp ⇒ concl. */
export function implies(hyp: Prop, concl: Prop): Prop {
  return { op: 'implies', hyp, concl };
}

/** lhs = rhs (with `partial`: wherever both sides are defined). */
export function eq(lhs: ExprLike, rhs: ExprLike, partial = false): Prop {
  return { op: 'eq', lhs: expr(lhs), rhs: expr(rhs), ...(partial ? { partial: true as const } : {}) };
}

/** lhs > rhs. */
export function gt(lhs: ExprLike, rhs: ExprLike): Prop {
  return { op: 'gt', lhs: expr(lhs), rhs: expr(rhs) };
}

/** lhs ≠ rhs. */
export function ne(lhs: ExprLike, rhs: ExprLike): Prop {
  return { op: 'ne', lhs: expr(lhs), rhs: expr(rhs) };
}

/** d fn / d v = value, at every point (with `partial`: wherever both are defined). */
export function deriv(fn: ExprLike, v: string, value: ExprLike, partial = false): Prop {
  return { op: 'deriv', fn: expr(fn), var: v, value: expr(value), ...(partial ? { partial: true as const } : {}) };
}

/** lim_{v → at} fn = value. */
export function limit(fn: ExprLike, v: string, at: '+inf' | '0+', value: ExprLike | '+inf' | '-inf'): Prop {
  return { op: 'limit', fn: expr(fn), var: v, at, value: value === '+inf' || value === '-inf' ? value : expr(value) };
}

/** For every d ≥ 1 and w, x ∈ R^d, `body` holds with h := w·x. */
export function atLinearForm(h: string, w: string, x: string, body: Prop): Prop {
  return { op: 'linear-form', h, w, x, body };
}

/** For every d ≥ 1 and w, x ∈ R^d: ∇_w fn(w·x) = value(w·x) · x, with fn and value written in h. */
export function gradientOfLinearForm(fn: ExprLike, h: string, w: string, x: string, value: ExprLike): Prop {
  return { op: 'gradient-linear-form', fn: expr(fn), h, w, x, value: expr(value) };
}

/** An integer polynomial as proposition data, from coefficients highest degree first (numbers, bigints or text). */
export function poly(coefficients: readonly (string | number | bigint)[]): string[] {
  return coefficients.map((c) => String(c));
}

/** The polynomial has exactly `count` distinct real roots in (lo, hi] ("+inf" / "-inf" allowed). */
export function rootCount(p: readonly (string | number | bigint)[], lo: string, hi: string, count: number): Prop {
  return { op: 'root-count', poly: poly(p), lo, hi, count };
}

/** The polynomial is irreducible over Q. */
export function irreducible(p: readonly (string | number | bigint)[]): Prop {
  return { op: 'irreducible', poly: poly(p) };
}

/** Gal(p/Q) ≅ S_n. */
export function galoisSymmetric(p: readonly (string | number | bigint)[]): Prop {
  return { op: 'galois-symmetric', poly: poly(p) };
}

/** No root of p is expressible by radicals over Q. */
export function noRadicalRoot(p: readonly (string | number | bigint)[]): Prop {
  return { op: 'no-radical-root', poly: poly(p) };
}

/** Every root of p is expressible by radicals over Q. */
export function radicalRoots(p: readonly (string | number | bigint)[]): Prop {
  return { op: 'radical-roots', poly: poly(p) };
}

/** For every real v: L'(v) = 0 iff p(e^v) = 0. */
export function stationaryViaExp(loss: ExprLike, v: string, p: readonly (string | number | bigint)[]): Prop {
  return { op: 'stationary-via-exp', loss: expr(loss), var: v, poly: poly(p) };
}

/** L' has exactly `count` zeros on R. */
export function stationaryCount(loss: ExprLike, v: string, count: number): Prop {
  return { op: 'stationary-count', loss: expr(loss), var: v, count };
}

/** L' has exactly signs.length − 1 zeros on R, with the sign signs[i] ('+' / '-') on the i-th interval between them. */
export function stationarySigns(loss: ExprLike, v: string, signs: string): Prop {
  return { op: 'stationary-signs', loss: expr(loss), var: v, signs };
}

/** Every zero of L' on R is transcendental. */
export function stationaryTranscendental(loss: ExprLike, v: string): Prop {
  return { op: 'stationary-transcendental', loss: expr(loss), var: v };
}

/** For no zero v* of L' on R is e^{v*} expressible by radicals over Q. */
export function stationaryNotRadical(loss: ExprLike, v: string): Prop {
  return { op: 'stationary-not-radical', loss: expr(loss), var: v };
}

/** No zero v* of L' on R is an EL number (Chow's E: the smallest subfield of C closed under exp and log). */
export function stationaryNotElementary(loss: ExprLike, v: string): Prop {
  return { op: 'stationary-not-elementary', loss: expr(loss), var: v };
}

/** What the kernel checker `certificate.kind` states on accepting `certificate`. */
export function fact(certificate: { kind: string; [field: string]: unknown }): Prop {
  const { kind, ...data } = certificate;
  return { op: 'fact', kind, certificate: JSON.parse(JSON.stringify(data)) as Record<string, unknown> };
}

/** ∀ v ∈ [lo, hi] (±inf: unbounded): min ≤ d^order fn / dv^order ≤ max (±inf: no bound on that side). */
export function range(fn: ExprLike, v: string, order: number, [lo, hi]: readonly [string, string], [min, max]: readonly [string, string]): Prop {
  return { op: 'range', fn: expr(fn), var: v, order, lo, hi, min, max };
}

/** L′ has one zero v* in [lo, hi]; v_{k+1} = v_k − step·L′(v_k) from any v_0 there stays there, |v_k − v*| ≤ rate^k |v_0 − v*|. */
export function gradientDescentLinear(loss: ExprLike, v: string, c: { step: string; lo: string; hi: string; rate: string }): Prop {
  return { op: 'gradient-descent-linear', loss: expr(loss), var: v, ...c };
}

/** L′ has one zero v* in [start ± radius]; Newton from start stays there, converges, |e_{k+1}| ≤ constant·e_k². */
export function newtonQuadratic(loss: ExprLike, v: string, c: { start: string; radius: string; constant: string }): Prop {
  return { op: 'newton-quadratic', loss: expr(loss), var: v, ...c };
}
