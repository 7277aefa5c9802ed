/**
 * Propositions: the formal statements of claims and the conclusions of proofs. Plain JSON trees, re-validated by
 * `decodeProp` whenever they cross from untrusted code, compared by `propEquals` (structure and canonical numbers,
 * nothing weaker). Expressions inside are the kernel's expression trees (src/symbolic/expr.ts).
 *
 * Meaning of each form (all symbols of a statement must be bound by an enclosing `forall`, except `linear-form`'s):
 * - and / not / implies: conjunction, negation, implication (hyp ⇒ concl).
 * - forall vars. body: for all values of the variables in their domains (real, or positive real).
 * - eq / gt / ne (lhs, rhs): the relation holds; with `partial`, it holds wherever both sides are defined.
 * - deriv (fn, var, value): fn is differentiable in var and d fn / d var = value (partial: wherever defined).
 * - limit (fn, var, at, value): the limit of fn as var → +∞ (or 0⁺) is value (an expression or ±∞).
 * - linear-form (h, w, x, body): for every dimension d ≥ 1 and all w, x ∈ R^d, body holds with h := w·x.
 * - gradient-linear-form (fn, h, w, x, value): for every d ≥ 1 and all w, x ∈ R^d,
 *   ∇_w fn(w·x) = value(w·x) · x (fn and value are expressions in h and other bound symbols).
 * - root-count (poly, lo, hi, count): the integer polynomial has exactly `count` distinct real roots in (lo, hi].
 * - irreducible (poly): irreducible over Q. galois-symmetric (poly): Gal(poly/Q) ≅ S_n, n its degree.
 * - no-radical-root (poly): no complex root of poly is expressible by radicals over Q.
 * - radical-roots (poly): every complex root of poly is expressible by radicals over Q.
 * - stationary-via-exp (loss, var, poly): for every real w, L'(w) = 0 iff poly(e^w) = 0 (L the loss in var).
 * - stationary-count (loss, var, count): L' has exactly `count` zeros on R.
 * - stationary-signs (loss, var, signs): with k = signs.length − 1, L' has exactly k zeros w_1 < … < w_k on R and on
 *   the i-th of the k + 1 open intervals (−∞, w_1), (w_1, w_2), …, (w_k, +∞) it has the sign signs[i] ('+' or '-').
 * - stationary-transcendental (loss, var): every zero of L' on R is a transcendental number.
 * - stationary-not-radical (loss, var): for no zero w* of L' on R is e^{w*} expressible by radicals over Q.
 * - stationary-not-elementary (loss, var): no zero w* of L' on R is an EL number (Chow 1999: the smallest subfield E of
 *   C closed under exp and the principal branch of log).
 * - generic-galois-symmetric (params, poly): with t = params symbolic, Gal(N / Q(t)) ≅ S_n, N(z; t) the generic
 *   polynomial (src/kernel/generic-poly.ts) and n its degree in z.
 * - generic-no-radical-root (params, poly): there is a thin set T ⊂ Q^k such that for every rational t ∉ T no complex
 *   root of N(z; t) is expressible by radicals over Q.
 * - generic-stationary-via-exp (loss, var, params, poly): for all real t and w, ∂L/∂w (w; t) = 0 iff N(e^w; t) = 0.
 * - generic-stationary-not-radical (loss, var, params): there is a thin set T ⊂ Q^k such that for every rational t ∉ T
 *   and every zero w* of ∂L/∂w (·; t) on R, e^{w*} is not expressible by radicals over Q. (The loss of both generic
 *   stationary forms has no symbols but var and params.)
 * - range (fn, var, order, lo, hi, min, max): for every real var with lo ≤ var ≤ hi (an infinite end leaves that side
 *   unbounded), the order-th derivative of fn in var (order 0 to 3; fn has no symbol but var) is defined and
 *   min ≤ it ≤ max (an infinite min or max leaves that side unbounded). Ends and bounds are rationals or ±inf.
 * - gradient-descent-linear (loss, var, step, lo, hi, rate): L′ has exactly one zero w* in [lo, hi], and for every
 *   w_0 ∈ [lo, hi] the iterates w_{k+1} = w_k − step·L′(w_k) stay in [lo, hi] and |w_k − w*| ≤ rate^k |w_0 − w*| for
 *   every k ≥ 0 (step > 0 and 0 ≤ rate < 1 rationals, lo < hi rationals; L the loss in var, no other symbol).
 * - newton-quadratic (loss, var, start, radius, constant): L′ has exactly one zero w* in [start − radius,
 *   start + radius]; Newton's iterates w_{k+1} = w_k − L′(w_k)/L″(w_k) from w_0 = start are defined, stay in that
 *   interval, converge to w*, and |w_{k+1} − w*| ≤ constant·|w_k − w*|² for every k ≥ 0 (rationals, radius > 0).
 * - poly-system-via-exp (loss, vars, polys): for every w ∈ ℝ^k (k = vars.length), ∇L(w) = 0 iff
 *   P_j(e^{w_1}, …, e^{w_k}) = 0 for every j (each P_j an integer polynomial in k variables, src/kernel/mpoly.ts).
 * - stationary-coordinate-root (loss, vars, coordinate, poly): at every zero w* of ∇L on ℝ^k, poly(e^{w*_i}) = 0 for
 *   the coordinate w_i named.
 * - stationary-coordinate-not-radical (loss, vars, coordinate): for no zero w* of ∇L on ℝ^k is e^{w*_i} expressible
 *   by radicals over Q. (The loss of the three multivariate forms has no symbols but vars.)
 * - poly-system (loss, vars, polys): for every w ∈ ℝ^k, ∇L(w) = 0 iff P_j(w_1, …, w_k) = 0 for every j (the weights
 *   themselves, no substitution; for losses polynomial in w).
 * - stationary-weight-root (loss, vars, coordinate, poly): at every zero w* of ∇L on ℝ^k, poly(w*_i) = 0.
 * - stationary-weight-not-radical (loss, vars, coordinate): for no zero w* of ∇L on ℝ^k with w*_i ≠ 0 is w*_i
 *   expressible by radicals over Q.
 * - fact (kind, certificate): what the kernel checker `kind` states when it accepts `certificate` (its text is
 *   printed by that checker from the checked data); for checkers whose conclusion has no form of its own yet.
 * Polynomials are integer coefficient strings, highest degree first, leading coefficient non-zero.
 */
import { decodeExpr, freeSymbols, isSymbolName, SymbolicError, type Expr } from '../symbolic/expr.js';
import { decodeGenericPoly, decodeParams, type GenericPoly } from './generic-poly.js';
import { decodeMPoly, MPOLY_MAX_VARIABLES, type MPoly } from './mpoly.js';

/** A bound variable and its domain. */
export interface Binder {
  readonly name: string;
  readonly domain: 'real' | 'positive';
}

/** An interval end in root counts: a rational as text ("-3/2", "0") or an infinity. */
export type PropEnd = string;

/** A proposition (see the module comment for the meaning of each form). */
export type Prop =
  | { readonly op: 'and'; readonly parts: readonly Prop[] }
  | { readonly op: 'not'; readonly arg: Prop }
  | { readonly op: 'implies'; readonly hyp: Prop; readonly concl: Prop }
  | { readonly op: 'forall'; readonly vars: readonly Binder[]; readonly body: Prop }
  | { readonly op: 'eq' | 'gt' | 'ne'; readonly lhs: Expr; readonly rhs: Expr; readonly partial?: true }
  | { readonly op: 'deriv'; readonly fn: Expr; readonly var: string; readonly value: Expr; readonly partial?: true }
  | { readonly op: 'limit'; readonly fn: Expr; readonly var: string; readonly at: '+inf' | '0+'; readonly value: Expr | '+inf' | '-inf' }
  | { readonly op: 'linear-form'; readonly h: string; readonly w: string; readonly x: string; readonly body: Prop }
  | { readonly op: 'gradient-linear-form'; readonly fn: Expr; readonly h: string; readonly w: string; readonly x: string; readonly value: Expr }
  | { readonly op: 'root-count'; readonly poly: readonly string[]; readonly lo: PropEnd; readonly hi: PropEnd; readonly count: number }
  | { readonly op: 'irreducible' | 'galois-symmetric' | 'no-radical-root' | 'radical-roots'; readonly poly: readonly string[] }
  | { readonly op: 'stationary-via-exp'; readonly loss: Expr; readonly var: string; readonly poly: readonly string[] }
  | { readonly op: 'stationary-count'; readonly loss: Expr; readonly var: string; readonly count: number }
  | { readonly op: 'stationary-signs'; readonly loss: Expr; readonly var: string; readonly signs: string }
  | { readonly op: 'stationary-transcendental' | 'stationary-not-radical' | 'stationary-not-elementary'; readonly loss: Expr; readonly var: string }
  | { readonly op: 'generic-galois-symmetric' | 'generic-no-radical-root'; readonly params: readonly string[]; readonly poly: GenericPoly }
  | { readonly op: 'generic-stationary-via-exp'; readonly loss: Expr; readonly var: string; readonly params: readonly string[]; readonly poly: GenericPoly }
  | { readonly op: 'generic-stationary-not-radical'; readonly loss: Expr; readonly var: string; readonly params: readonly string[] }
  | { readonly op: 'range'; readonly fn: Expr; readonly var: string; readonly order: number; readonly lo: PropEnd; readonly hi: PropEnd; readonly min: PropEnd; readonly max: PropEnd }
  | { readonly op: 'gradient-descent-linear'; readonly loss: Expr; readonly var: string; readonly step: string; readonly lo: string; readonly hi: string; readonly rate: string }
  | { readonly op: 'newton-quadratic'; readonly loss: Expr; readonly var: string; readonly start: string; readonly radius: string; readonly constant: string }
  | { readonly op: 'poly-system-via-exp'; readonly loss: Expr; readonly vars: readonly string[]; readonly polys: readonly MPoly[] }
  | { readonly op: 'stationary-coordinate-root'; readonly loss: Expr; readonly vars: readonly string[]; readonly coordinate: string; readonly poly: readonly string[] }
  | { readonly op: 'stationary-coordinate-not-radical'; readonly loss: Expr; readonly vars: readonly string[]; readonly coordinate: string }
  | { readonly op: 'poly-system'; readonly loss: Expr; readonly vars: readonly string[]; readonly polys: readonly MPoly[] }
  | { readonly op: 'stationary-weight-root'; readonly loss: Expr; readonly vars: readonly string[]; readonly coordinate: string; readonly poly: readonly string[] }
  | { readonly op: 'stationary-weight-not-radical'; readonly loss: Expr; readonly vars: readonly string[]; readonly coordinate: string }
  | { readonly op: 'fact'; readonly kind: string; readonly certificate: Readonly<Record<string, unknown>> };

/** The error every proposition routine throws on malformed input; the kernel turns it into a rejection. */
export class PropError extends Error {
  override name = 'PropError';
}

const MAX_PROP_NODES = 5000;
const MAX_PROP_DEPTH = 200;
const MAX_POLY_DEGREE = 2000;
const MAX_FACT_BYTES = 2_000_000;

const FIELDS: Record<Prop['op'], readonly string[]> = {
  and: ['parts'],
  not: ['arg'],
  implies: ['hyp', 'concl'],
  forall: ['vars', 'body'],
  eq: ['lhs', 'rhs', 'partial'],
  gt: ['lhs', 'rhs', 'partial'],
  ne: ['lhs', 'rhs', 'partial'],
  deriv: ['fn', 'var', 'value', 'partial'],
  limit: ['fn', 'var', 'at', 'value'],
  'linear-form': ['h', 'w', 'x', 'body'],
  'gradient-linear-form': ['fn', 'h', 'w', 'x', 'value'],
  'root-count': ['poly', 'lo', 'hi', 'count'],
  irreducible: ['poly'],
  'galois-symmetric': ['poly'],
  'no-radical-root': ['poly'],
  'radical-roots': ['poly'],
  'stationary-via-exp': ['loss', 'var', 'poly'],
  'stationary-count': ['loss', 'var', 'count'],
  'stationary-signs': ['loss', 'var', 'signs'],
  'stationary-transcendental': ['loss', 'var'],
  'stationary-not-radical': ['loss', 'var'],
  'stationary-not-elementary': ['loss', 'var'],
  'generic-galois-symmetric': ['params', 'poly'],
  'generic-no-radical-root': ['params', 'poly'],
  'generic-stationary-via-exp': ['loss', 'var', 'params', 'poly'],
  'generic-stationary-not-radical': ['loss', 'var', 'params'],
  range: ['fn', 'var', 'order', 'lo', 'hi', 'min', 'max'],
  'gradient-descent-linear': ['loss', 'var', 'step', 'lo', 'hi', 'rate'],
  'newton-quadratic': ['loss', 'var', 'start', 'radius', 'constant'],
  'poly-system-via-exp': ['loss', 'vars', 'polys'],
  'stationary-coordinate-root': ['loss', 'vars', 'coordinate', 'poly'],
  'stationary-coordinate-not-radical': ['loss', 'vars', 'coordinate'],
  'poly-system': ['loss', 'vars', 'polys'],
  'stationary-weight-root': ['loss', 'vars', 'coordinate', 'poly'],
  'stationary-weight-not-radical': ['loss', 'vars', 'coordinate'],
  fact: ['kind', 'certificate'],
};

/** The largest derivative order a `range` may state. */
export const MAX_RANGE_ORDER = 3;

/** True iff `op` names a proposition form. */
export function isPropOp(op: unknown): op is Prop['op'] {
  return typeof op === 'string' && Object.prototype.hasOwnProperty.call(FIELDS, op);
}

/**
 * Re-validates untrusted JSON as a proposition and returns a fresh copy; throws PropError naming the path of the
 * first defect (unknown form or field, malformed expression, polynomial, end, count or name; more than 5000 nodes or
 * nesting deeper than 200, so that a cyclic or hostile tree is a PropError, not a stack overflow).
 */
export function decodeProp(data: unknown, path = '$'): Prop {
  let nodes = 0;
  const name = (x: unknown, at: string): string => {
    if (!isSymbolName(x)) throw new PropError(`${at}: ${JSON.stringify(x)} is not a symbol name`);
    return x;
  };
  const expr = (x: unknown, at: string): Expr => {
    try {
      return decodeExpr(x, at);
    } catch (e) {
      throw new PropError(e instanceof SymbolicError ? e.message : `${at}: malformed expression`);
    }
  };
  const poly = (x: unknown, at: string): string[] => {
    if (!Array.isArray(x) || x.length === 0 || x.length - 1 > MAX_POLY_DEGREE) throw new PropError(`${at}: a polynomial is a non-empty array of at most ${MAX_POLY_DEGREE + 1} integer strings`);
    const out = x.map((c, i) => {
      if (typeof c !== 'string' || !/^-?\d{1,20000}$/.test(c)) throw new PropError(`${at}[${i}]: not an integer string`);
      return BigInt(c).toString();
    });
    if (out[0] === '0') throw new PropError(`${at}: the leading coefficient is zero`);
    return out;
  };
  const end = (x: unknown, at: string): string => {
    if (x === '+inf' || x === '-inf') return x;
    if (typeof x !== 'string') throw new PropError(`${at}: an interval end is "-inf", "+inf" or a rational "p/q"`);
    const m = /^(-?\d{1,2000})(?:\/(\d{1,2000}))?$/.exec(x);
    if (!m || (m[2] !== undefined && BigInt(m[2]) === 0n)) throw new PropError(`${at}: ${JSON.stringify(x)} is not a rational`);
    return canonicalRational(BigInt(m[1]), BigInt(m[2] ?? '1'));
  };
  const count = (x: unknown, at: string): number => {
    if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0) throw new PropError(`${at}: a count is a non-negative integer`);
    return x;
  };
  const decode = (x: unknown, at: string, depth = 0): Prop => {
    if (++nodes > MAX_PROP_NODES) throw new PropError(`${at}: proposition has more than ${MAX_PROP_NODES} nodes`);
    if (depth > MAX_PROP_DEPTH) throw new PropError(`${at.slice(0, 60)}…: proposition is nested more than ${MAX_PROP_DEPTH} deep`);
    if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new PropError(`${at}: expected a proposition object`);
    const o = x as Record<string, unknown>;
    if (!isPropOp(o.op)) throw new PropError(`${at}: unknown proposition form ${JSON.stringify(o.op)}`);
    const op = o.op;
    for (const k of Object.keys(o)) if (k !== 'op' && !FIELDS[op].includes(k)) throw new PropError(`${at}: unexpected field "${k}" in ${op}`);
    const partial = (): { partial?: true } => {
      if (o.partial === undefined) return {};
      if (o.partial !== true) throw new PropError(`${at}.partial: must be true when present`);
      return { partial: true };
    };
    switch (op) {
      case 'and': {
        if (!Array.isArray(o.parts) || o.parts.length === 0) throw new PropError(`${at}.parts: a non-empty array`);
        return { op, parts: o.parts.map((p, i) => decode(p, `${at}.parts[${i}]`, depth + 1)) };
      }
      case 'not':
        return { op, arg: decode(o.arg, `${at}.arg`, depth + 1) };
      case 'implies':
        return { op, hyp: decode(o.hyp, `${at}.hyp`, depth + 1), concl: decode(o.concl, `${at}.concl`, depth + 1) };
      case 'forall': {
        if (!Array.isArray(o.vars) || o.vars.length === 0) throw new PropError(`${at}.vars: a non-empty array of binders`);
        const seen = new Set<string>();
        const vars = o.vars.map((b, i): Binder => {
          const bo = (typeof b === 'object' && b !== null ? b : {}) as Record<string, unknown>;
          if (Object.keys(bo).some((k) => k !== 'name' && k !== 'domain')) throw new PropError(`${at}.vars[${i}]: a binder has only name and domain`);
          const n = name(bo.name, `${at}.vars[${i}].name`);
          if (seen.has(n)) throw new PropError(`${at}.vars[${i}]: ${n} is bound twice`);
          seen.add(n);
          if (bo.domain !== 'real' && bo.domain !== 'positive') throw new PropError(`${at}.vars[${i}].domain: "real" or "positive"`);
          return { name: n, domain: bo.domain };
        });
        // Binders are kept sorted by name, so that the order in which a statement lists them does not matter.
        vars.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        return { op, vars, body: decode(o.body, `${at}.body`, depth + 1) };
      }
      case 'eq':
      case 'gt':
      case 'ne':
        return { op, lhs: expr(o.lhs, `${at}.lhs`), rhs: expr(o.rhs, `${at}.rhs`), ...partial() };
      case 'deriv':
        return { op, fn: expr(o.fn, `${at}.fn`), var: name(o.var, `${at}.var`), value: expr(o.value, `${at}.value`), ...partial() };
      case 'limit': {
        if (o.at !== '+inf' && o.at !== '0+') throw new PropError(`${at}.at: "+inf" or "0+"`);
        const value = o.value === '+inf' || o.value === '-inf' ? o.value : expr(o.value, `${at}.value`);
        return { op, fn: expr(o.fn, `${at}.fn`), var: name(o.var, `${at}.var`), at: o.at, value };
      }
      case 'linear-form':
        return { op, h: name(o.h, `${at}.h`), w: name(o.w, `${at}.w`), x: name(o.x, `${at}.x`), body: decode(o.body, `${at}.body`, depth + 1) };
      case 'gradient-linear-form':
        return { op, fn: expr(o.fn, `${at}.fn`), h: name(o.h, `${at}.h`), w: name(o.w, `${at}.w`), x: name(o.x, `${at}.x`), value: expr(o.value, `${at}.value`) };
      case 'root-count':
        return { op, poly: poly(o.poly, `${at}.poly`), lo: end(o.lo, `${at}.lo`), hi: end(o.hi, `${at}.hi`), count: count(o.count, `${at}.count`) };
      case 'irreducible':
      case 'galois-symmetric':
      case 'no-radical-root':
      case 'radical-roots':
        return { op, poly: poly(o.poly, `${at}.poly`) };
      case 'stationary-via-exp':
        return { op, loss: expr(o.loss, `${at}.loss`), var: name(o.var, `${at}.var`), poly: poly(o.poly, `${at}.poly`) };
      case 'stationary-count':
        return { op, loss: expr(o.loss, `${at}.loss`), var: name(o.var, `${at}.var`), count: count(o.count, `${at}.count`) };
      case 'stationary-signs': {
        if (typeof o.signs !== 'string' || !/^[+-]{1,1001}$/.test(o.signs)) throw new PropError(`${at}.signs: 1 to 1001 characters "+" or "-"`);
        return { op, loss: expr(o.loss, `${at}.loss`), var: name(o.var, `${at}.var`), signs: o.signs };
      }
      case 'stationary-transcendental':
      case 'stationary-not-radical':
      case 'stationary-not-elementary':
        return { op, loss: expr(o.loss, `${at}.loss`), var: name(o.var, `${at}.var`) };
      case 'generic-galois-symmetric':
      case 'generic-no-radical-root': {
        const params = decodeParams(o.params, `${at}.params`, propFail);
        return { op, params, poly: decodeGenericPoly(o.poly, params.length, `${at}.poly`, propFail) };
      }
      case 'generic-stationary-via-exp':
      case 'generic-stationary-not-radical': {
        const params = decodeParams(o.params, `${at}.params`, propFail);
        const v = name(o.var, `${at}.var`);
        if (params.includes(v)) throw new PropError(`${at}.var: ${v} is also a parameter`);
        const loss = expr(o.loss, `${at}.loss`);
        const stray = freeSymbols(loss).filter((s) => s !== v && !params.includes(s));
        if (stray.length > 0) throw new PropError(`${at}.loss: symbol ${stray.join(', ')} is neither the variable nor a parameter`);
        if (op === 'generic-stationary-not-radical') return { op, loss, var: v, params };
        return { op, loss, var: v, params, poly: decodeGenericPoly(o.poly, params.length, `${at}.poly`, propFail) };
      }
      case 'range': {
        const v = name(o.var, `${at}.var`);
        const fn = closedIn(expr(o.fn, `${at}.fn`), v, `${at}.fn`);
        if (typeof o.order !== 'number' || !Number.isInteger(o.order) || o.order < 0 || o.order > MAX_RANGE_ORDER) throw new PropError(`${at}.order: an integer from 0 to ${MAX_RANGE_ORDER}`);
        const lo = end(o.lo, `${at}.lo`);
        const hi = end(o.hi, `${at}.hi`);
        const min = end(o.min, `${at}.min`);
        const max = end(o.max, `${at}.max`);
        if (lo === '+inf' || hi === '-inf' || compareEnds(lo, hi) > 0) throw new PropError(`${at}: the interval [lo, hi] is empty`);
        if (min === '+inf' || max === '-inf' || compareEnds(min, max) > 0) throw new PropError(`${at}: the bounds [min, max] are empty`);
        return { op, fn, var: v, order: o.order, lo, hi, min, max };
      }
      case 'gradient-descent-linear': {
        const v = name(o.var, `${at}.var`);
        const loss = closedIn(expr(o.loss, `${at}.loss`), v, `${at}.loss`);
        const step = finite(o.step, `${at}.step`);
        const lo = finite(o.lo, `${at}.lo`);
        const hi = finite(o.hi, `${at}.hi`);
        const rate = finite(o.rate, `${at}.rate`);
        if (compareEnds(step, '0') <= 0) throw new PropError(`${at}.step: a positive rational`);
        if (compareEnds(lo, hi) >= 0) throw new PropError(`${at}: lo < hi`);
        if (compareEnds(rate, '0') < 0 || compareEnds(rate, '1') >= 0) throw new PropError(`${at}.rate: a rational in [0, 1)`);
        return { op, loss, var: v, step, lo, hi, rate };
      }
      case 'newton-quadratic': {
        const v = name(o.var, `${at}.var`);
        const loss = closedIn(expr(o.loss, `${at}.loss`), v, `${at}.loss`);
        const start = finite(o.start, `${at}.start`);
        const radius = finite(o.radius, `${at}.radius`);
        const constant = finite(o.constant, `${at}.constant`);
        if (compareEnds(radius, '0') <= 0) throw new PropError(`${at}.radius: a positive rational`);
        if (compareEnds(constant, '0') < 0) throw new PropError(`${at}.constant: a non-negative rational`);
        return { op, loss, var: v, start, radius, constant };
      }
      case 'poly-system-via-exp':
      case 'stationary-coordinate-root':
      case 'stationary-coordinate-not-radical':
      case 'poly-system':
      case 'stationary-weight-root':
      case 'stationary-weight-not-radical': {
        if (!Array.isArray(o.vars) || o.vars.length === 0 || o.vars.length > MPOLY_MAX_VARIABLES) throw new PropError(`${at}.vars: 1 to ${MPOLY_MAX_VARIABLES} variable names`);
        const vars = o.vars.map((v, i) => name(v, `${at}.vars[${i}]`));
        if (new Set(vars).size !== vars.length) throw new PropError(`${at}.vars: a variable is listed twice`);
        const loss = expr(o.loss, `${at}.loss`);
        const stray = freeSymbols(loss).filter((s) => !vars.includes(s));
        if (stray.length > 0) throw new PropError(`${at}.loss: symbol ${stray.join(', ')} is not one of the variables`);
        if (op === 'poly-system-via-exp' || op === 'poly-system') {
          if (!Array.isArray(o.polys) || o.polys.length === 0 || o.polys.length > MPOLY_MAX_VARIABLES) throw new PropError(`${at}.polys: 1 to ${MPOLY_MAX_VARIABLES} polynomials`);
          return { op, loss, vars, polys: o.polys.map((q, i) => decodeMPoly(q, vars.length, `${at}.polys[${i}]`, propFail, true)) };
        }
        const coordinate = name(o.coordinate, `${at}.coordinate`);
        if (!vars.includes(coordinate)) throw new PropError(`${at}.coordinate: ${coordinate} is not one of the variables`);
        if (op === 'stationary-coordinate-not-radical' || op === 'stationary-weight-not-radical') return { op, loss, vars, coordinate };
        return { op, loss, vars, coordinate, poly: poly(o.poly, `${at}.poly`) };
      }
      case 'fact': {
        if (typeof o.kind !== 'string' || o.kind.length > 100) throw new PropError(`${at}.kind: a checker name`);
        if (typeof o.certificate !== 'object' || o.certificate === null || Array.isArray(o.certificate)) throw new PropError(`${at}.certificate: an object`);
        const text = JSON.stringify(o.certificate);
        if (text.length > MAX_FACT_BYTES) throw new PropError(`${at}.certificate: more than ${MAX_FACT_BYTES} bytes`);
        return { op, kind: o.kind, certificate: JSON.parse(text) as Record<string, unknown> };
      }
    }
  };
  const finite = (x: unknown, at: string): string => {
    const r = end(x, at);
    if (r === '+inf' || r === '-inf') throw new PropError(`${at}: a rational, not an infinity`);
    return r;
  };
  const closedIn = (e: Expr, v: string, at: string): Expr => {
    const stray = freeSymbols(e).filter((s) => s !== v);
    if (stray.length > 0) throw new PropError(`${at}: symbol ${stray.join(', ')} is not the variable ${v}`);
    return e;
  };
  return decode(data, path);
}

/** The order of two decoded ends (canonical rationals or ±inf): negative, 0 or positive as a < b, a = b, a > b. */
export function compareEnds(a: PropEnd, b: PropEnd): number {
  if (a === b) return 0;
  if (a === '-inf' || b === '+inf') return -1;
  if (a === '+inf' || b === '-inf') return 1;
  const [p, q] = rationalParts(a);
  const [r, s] = rationalParts(b);
  const d = p * s - r * q;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** A canonical rational "p/q" or "p" as [p, q], q > 0. */
export function rationalParts(x: string): [bigint, bigint] {
  const [p, q] = x.split('/');
  return [BigInt(p), BigInt(q ?? '1')];
}

function propFail(message: string): never {
  throw new PropError(message);
}

/** "p/q" in lowest terms with a positive denominator ("3", "-1/2"). */
function canonicalRational(num: bigint, den: bigint): string {
  const g = gcd(num < 0n ? -num : num, den);
  const [p, q] = g > 1n ? [num / g, den / g] : [num, den];
  return q === 1n ? p.toString() : `${p}/${q}`;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

/**
 * The canonical text of a decoded proposition: JSON with the keys of every object sorted. Two decoded propositions
 * are the same statement iff their canonical texts are equal (numbers inside are already canonical).
 */
export function canonicalProp(p: Prop): string {
  return canonicalJson(p);
}

/** JSON text with object keys sorted at every level (arrays keep their order). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** True iff `a` and `b` are the same proposition (structurally, after decoding). */
export function propEquals(a: Prop, b: Prop): boolean {
  return canonicalProp(a) === canonicalProp(b);
}
