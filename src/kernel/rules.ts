/**
 * The inference rules: each is a general theorem (it never names specific data) whose hypotheses the kernel checks
 * on the conclusions of the premises and the rule's arguments, and whose conclusion the kernel builds itself.
 * `apply` throws PropError when a hypothesis fails; it is only ever called on decoded propositions.
 */
import { add, decodeExpr, div, exp, freeSymbols, isSymbolName, mul, neg, num, pow, substitute, sym, sub, type Expr } from '../symbolic/expr.js';
import { derivative } from '../symbolic/derivative.js';
import { normalForm } from '../symbolic/normal-form.js';
import { difference, functionToText, isZeroFunction } from '../symbolic/rational-function.js';
import { functionSign, isDefinedEverywhere } from '../symbolic/sign.js';
import { canonicalJson, decodeProp, propEquals, PropError, type Binder, type Prop } from './proposition.js';
import { POWER_SUBSTITUTION_RULES } from './rules/power-substitution.js';
import { STATIONARY_SIGN_RULES } from './rules/stationary-signs.js';
import { GENERIC_RULES } from './rules/generic.js';
import { ELEMENTARY_NUMBER_RULES } from './rules/elementary-numbers.js';
import { INTERMEDIATE_VALUE_RULES } from './rules/intermediate-value.js';
import { ITERATION_RULES } from './rules/iteration.js';
import { ELIMINATION_RULES } from './rules/elimination.js';
import { POLYNOMIAL_SYSTEM_RULES } from './rules/polynomial-system.js';

/**
 * An inference rule: the theorem it applies (for the trusted base) and its checked application. `conjecture` names the
 * unproved conjecture the theorem rests on, if any: every verdict whose proof applies the rule is conditional on it.
 */
export interface Rule {
  readonly theorem: string;
  readonly conjecture?: string;
  apply(premises: readonly Prop[], args: unknown): Prop;
}

function need(condition: boolean, message: string): asserts condition {
  if (!condition) throw new PropError(message);
}

function premiseCount(premises: readonly Prop[], n: number, rule: string): void {
  need(premises.length === n, `${rule} takes ${n} premise${n === 1 ? '' : 's'}, got ${premises.length}`);
}

function argsObject(args: unknown, rule: string): Record<string, unknown> {
  need(typeof args === 'object' && args !== null && !Array.isArray(args), `${rule} needs an "args" object`);
  return args as Record<string, unknown>;
}

function symbolArg(o: Record<string, unknown>, field: string, rule: string): string {
  need(isSymbolName(o[field]), `${rule}: args.${field} must be a symbol name`);
  return o[field] as string;
}

/** `p` as its quantifier prefix and body (an empty prefix when `p` is not a forall). */
function split(p: Prop): { vars: readonly Binder[]; body: Prop } {
  return p.op === 'forall' ? { vars: p.vars, body: p.body } : { vars: [], body: p };
}

function wrap(vars: readonly Binder[], body: Prop): Prop {
  return vars.length === 0 ? body : { op: 'forall', vars, body };
}

function positives(vars: readonly Binder[]): Set<string> {
  return new Set(vars.filter((b) => b.domain === 'positive').map((b) => b.name));
}

/** True iff a − b has the normal form 0. */
function sameFunction(a: Expr, b: Expr): boolean {
  return isZeroFunction(difference(normalForm(a), normalForm(b)));
}

/** The integer polynomial (coefficients highest first) at `x` as an expression Σ c_k x^k. */
function polyExpr(poly: readonly string[], x: Expr): Expr {
  const n = poly.length - 1;
  return add(...poly.map((c, i) => mul(num(c), pow(x, n - i))));
}

function polyArg(data: unknown, what: string): string[] {
  const p = decodeProp({ op: 'irreducible', poly: data }, what);
  return [...(p as { poly: readonly string[] }).poly];
}

function evaluateAt(poly: readonly string[], x: bigint): bigint {
  return poly.reduce((acc, c) => acc * x + BigInt(c), 0n);
}

/**
 * Conversion: `to` differs from the premise only in expressions that are equal as functions (normal form of the
 * difference 0) and, for eq/gt/ne, in relations whose lhs − rhs are equal as functions. Every expression of `to`
 * must be defined everywhere in its scope unless its relation is marked partial (then both are "wherever defined").
 */
function convertible(from: Prop, to: Prop, scope: readonly Binder[]): void {
  need(from.op === to.op, `conversion cannot turn a ${from.op} into a ${to.op}`);
  const pos = positives(scope);
  const defined = (e: Expr, partial: boolean | undefined): void => {
    need(partial === true || isDefinedEverywhere(e, pos), 'a converted expression is not certified defined everywhere in its scope');
  };
  const sameExpr = (a: Expr, b: Expr, partial?: boolean): void => {
    need(sameFunction(a, b), `the expressions differ: their difference normalises to ${functionToText(difference(normalForm(a), normalForm(b)))}`);
    defined(b, partial);
  };
  switch (from.op) {
    case 'and': {
      const t = to as typeof from;
      need(from.parts.length === t.parts.length, 'conjunctions of different lengths');
      return from.parts.forEach((p, i) => convertible(p, t.parts[i], scope));
    }
    case 'not': {
      // Under a negation a conversion must be an equivalence, so it is checked both ways: one way only, the domain
      // conditions would hold for the target alone (from ¬∀x. x/x = 1, true at x = 0, it would give ¬∀x. 1 = 1).
      convertible(from.arg, (to as typeof from).arg, scope);
      return convertible((to as typeof from).arg, from.arg, scope);
    }
    case 'implies': {
      const t = to as typeof from;
      convertible(from.hyp, t.hyp, scope);
      return convertible(from.concl, t.concl, scope);
    }
    case 'forall': {
      const t = to as typeof from;
      need(canonicalJson(from.vars) === canonicalJson(t.vars), 'conversion cannot change the bound variables');
      return convertible(from.body, t.body, [...scope, ...from.vars]);
    }
    case 'eq':
    case 'gt':
    case 'ne': {
      const t = to as typeof from;
      need(from.partial === t.partial, 'conversion cannot change where a relation holds');
      need(sameFunction(sub(from.lhs, from.rhs), sub(t.lhs, t.rhs)), 'lhs − rhs differ as functions');
      defined(t.lhs, t.partial);
      defined(t.rhs, t.partial);
      // "Wherever defined", a rewritten inequality may be defined where the premise was not, and lhs − rhs may vanish
      // there (x·(x/x) > 0 for x ≠ 0, but not x·x > 0 at 0); it is kept only if the sign rule proves it everywhere.
      if (t.partial && t.op !== 'eq') {
        const s = functionSign(normalForm(sub(t.lhs, t.rhs)), pos).sign;
        need(t.op === 'gt' ? s === 1 : s !== null, `a partial ${t.op} may only be rewritten when the sign of lhs − rhs is certified at every admissible point`);
      }
      return;
    }
    case 'deriv': {
      const t = to as typeof from;
      need(from.var === t.var && from.partial === t.partial, 'conversion cannot change the variable of a derivative or where it holds');
      sameExpr(from.fn, t.fn, t.partial);
      return sameExpr(from.value, t.value, t.partial);
    }
    case 'gradient-linear-form': {
      const t = to as typeof from;
      need(from.h === t.h && from.w === t.w && from.x === t.x, 'conversion cannot change the names of a linear form');
      const inner = [...scope, { name: from.h, domain: 'real' as const }];
      need(sameFunction(from.fn, t.fn) && sameFunction(from.value, t.value), 'the functions of the gradient differ');
      const pos = positives(inner);
      return need(isDefinedEverywhere(t.fn, pos) && isDefinedEverywhere(t.value, pos), 'a converted expression is not certified defined everywhere');
    }
    case 'linear-form': {
      const t = to as typeof from;
      need(from.h === t.h && from.w === t.w && from.x === t.x, 'conversion cannot change the names of a linear form');
      return convertible(from.body, t.body, [...scope, { name: from.h, domain: 'real' }]);
    }
    case 'limit': {
      const t = to as typeof from;
      need(from.var === t.var && from.at === t.at, 'conversion cannot change the variable or the point of a limit');
      // Functions equal wherever both are defined have the same limit: the limit only looks at large (or small) values.
      need(sameFunction(from.fn, t.fn), 'the functions of the limit differ');
      need(isDefinedEverywhere(t.fn, new Set([...positives(scope), t.var])), 'the converted function is not certified defined for all positive values of the limit variable');
      if (typeof from.value === 'string' || typeof t.value === 'string') return need(canonicalJson(from.value) === canonicalJson(t.value), 'the limits differ');
      return need(sameFunction(from.value, t.value), 'the limit values differ');
    }
    case 'stationary-via-exp':
    case 'stationary-count':
    case 'stationary-signs':
    case 'stationary-transcendental':
    case 'stationary-not-radical':
    case 'stationary-not-elementary': {
      const t = to as typeof from;
      const { loss: a, ...restFrom } = from;
      const { loss: b, ...restTo } = t;
      need(canonicalJson(restFrom) === canonicalJson(restTo), `conversion of a ${from.op} may only rewrite its loss`);
      need(sameFunction(a, b), 'the losses differ as functions');
      return need(isDefinedEverywhere(b, positives(scope)), 'the converted loss is not certified defined everywhere');
    }
    default:
      need(propEquals(from, to), `conversion of a ${from.op} must leave it unchanged`);
  }
}

/**
 * Substitutes `values` for bound names in `p`; refuses to substitute a name a derivative, limit or loss varies, and
 * refuses a value that an inner binder would capture (a value mentioning a derivative's variable would change what
 * is differentiated: from ∀a, x. d(ax)/dx = a, a := x would give d(x·x)/dx = x).
 */
function substituteProp(p: Prop, values: ReadonlyMap<string, Expr>): Prop {
  const e = (x: Expr): Expr => [...values].reduce((acc, [n, v]) => substitute(acc, n, v), x);
  const mentioned = new Set([...values.values()].flatMap(freeSymbols));
  const varying = (v: string): void => {
    need(!values.has(v), `cannot substitute for ${v}: it is the variable of a derivative, limit or loss`);
    need(!mentioned.has(v), `cannot substitute a value mentioning ${v}: ${v} is bound inside (the variable of a derivative, limit or loss), so the value would be captured`);
  };
  switch (p.op) {
    case 'and':
      return { op: 'and', parts: p.parts.map((q) => substituteProp(q, values)) };
    case 'not':
      return { op: 'not', arg: substituteProp(p.arg, values) };
    case 'implies':
      return { op: 'implies', hyp: substituteProp(p.hyp, values), concl: substituteProp(p.concl, values) };
    case 'forall':
      need(p.vars.every((b) => !values.has(b.name)), 'an inner quantifier rebinds a substituted name');
      need(p.vars.every((b) => !mentioned.has(b.name)), 'an inner quantifier would capture a symbol of a substituted value');
      return { op: 'forall', vars: p.vars, body: substituteProp(p.body, values) };
    case 'eq':
    case 'gt':
    case 'ne':
      return { ...p, lhs: e(p.lhs), rhs: e(p.rhs) };
    case 'deriv':
      varying(p.var);
      return { ...p, fn: e(p.fn), value: e(p.value) };
    case 'limit':
      varying(p.var);
      return { ...p, fn: e(p.fn), value: typeof p.value === 'string' ? p.value : e(p.value) };
    case 'linear-form':
      varying(p.h);
      return { ...p, body: substituteProp(p.body, values) };
    case 'gradient-linear-form':
      varying(p.h);
      return { ...p, fn: e(p.fn), value: e(p.value) };
    case 'stationary-via-exp':
    case 'stationary-count':
    case 'stationary-signs':
    case 'stationary-transcendental':
    case 'stationary-not-radical':
    case 'stationary-not-elementary':
      varying(p.var);
      return { ...p, loss: e(p.loss) };
    default:
      return p;
  }
}

/** Symbols occurring in the expressions of `p` that no quantifier or form inside `p` binds. */
function freeInProp(p: Prop): Set<string> {
  const out = new Set<string>();
  const addAll = (e: Expr, bound: readonly string[]): void => freeSymbols(e).forEach((s) => !bound.includes(s) && out.add(s));
  const visit = (q: Prop, bound: readonly string[]): void => {
    switch (q.op) {
      case 'and':
        return q.parts.forEach((r) => visit(r, bound));
      case 'not':
        return visit(q.arg, bound);
      case 'implies':
        visit(q.hyp, bound);
        return visit(q.concl, bound);
      case 'forall':
        return visit(q.body, [...bound, ...q.vars.map((b) => b.name)]);
      case 'eq':
      case 'gt':
      case 'ne':
        addAll(q.lhs, bound);
        return addAll(q.rhs, bound);
      case 'deriv':
        addAll(q.fn, bound);
        return addAll(q.value, bound);
      case 'limit':
        addAll(q.fn, [...bound, q.var]);
        if (typeof q.value !== 'string') addAll(q.value, [...bound, q.var]);
        return;
      case 'linear-form':
        return visit(q.body, [...bound, q.h]);
      case 'gradient-linear-form':
        addAll(q.fn, [...bound, q.h]);
        return addAll(q.value, [...bound, q.h]);
      case 'stationary-via-exp':
      case 'stationary-count':
    case 'stationary-signs':
      case 'stationary-transcendental':
      case 'stationary-not-radical':
      case 'stationary-not-elementary':
        return addAll(q.loss, [...bound, q.var]);
      default:
        return;
    }
  };
  visit(p, []);
  return out;
}

/** Throws unless every symbol of `p` is bound (statements and rule conclusions are closed). */
export function assertClosed(p: Prop): void {
  const free = [...freeInProp(p)];
  need(free.length === 0, `the proposition has unbound symbol${free.length > 1 ? 's' : ''} ${free.join(', ')}`);
}

/** Removes binder `h` (which must be real) from a prefix. */
function withoutBinder(vars: readonly Binder[], h: string, rule: string): Binder[] {
  const b = vars.find((v) => v.name === h);
  need(b !== undefined && b.domain === 'real', `${rule}: the premise must quantify ${h} over all reals`);
  return vars.filter((v) => v.name !== h);
}

function vectorNames(o: Record<string, unknown>, rule: string, exprs: readonly Expr[], vars: readonly Binder[]): { w: string; x: string } {
  const w = symbolArg(o, 'w', rule);
  const x = symbolArg(o, 'x', rule);
  need(w !== x, `${rule}: the weight and input vectors need different names`);
  const used = new Set([...exprs.flatMap(freeSymbols), ...vars.map((b) => b.name)]);
  need(!used.has(w) && !used.has(x), `${rule}: ${w} and ${x} must not already be symbols of the premise`);
  return { w, x };
}

/**
 * The hypotheses shared by the rules that pass from L′ to the roots of N through z = e^w: `derivative` is
 * ∀w ∈ ℝ. d L/dw = R holding everywhere, `denominator` says D has no root in (0, +∞), D has a positive leading
 * coefficient (so D > 0 there), c is a non-zero rational, m an integer, and R ≡ c e^{mw} N(e^w)/D(e^w). Returns the
 * loss, its variable, N and c; throws PropError (messages prefixed by `rule`) when a hypothesis fails.
 */
export function expFactorisation(derivative: Prop, denominator: Prop, o: Record<string, unknown>, rule: string): { loss: Expr; w: string; N: string[]; c: Extract<Expr, { op: 'num' }> } {
  const { vars, body } = split(derivative);
  need(body.op === 'deriv' && body.partial === undefined, `${rule}: the first premise is a derivative that holds everywhere`);
  need(vars.length === 1 && vars[0].name === body.var && vars[0].domain === 'real', `${rule}: the derivative is quantified over its variable alone, over all reals`);
  const w = body.var;
  const N = polyArg(o.N, 'args.N');
  const D = polyArg(o.D, 'args.D');
  const c = decodeExpr(o.c, 'args.c');
  need(c.op === 'num' && c.value !== '0', `${rule}: args.c is a non-zero rational`);
  const m = o.m;
  need(typeof m === 'number' && Number.isInteger(m) && Math.abs(m) <= 1000, `${rule}: args.m is an integer`);
  need(denominator.op === 'root-count' && denominator.lo === '0' && denominator.hi === '+inf' && denominator.count === 0, `${rule}: the second premise says D has no root in (0, +∞)`);
  need(canonicalJson(denominator.poly) === canonicalJson(D), `${rule}: the root count is about another polynomial than D`);
  need(BigInt(D[0]) > 0n, `${rule}: D needs a positive leading coefficient (then D > 0 on (0, ∞))`);
  const z = exp(sym(w));
  const expected = mul(c, pow(z, m), div(polyExpr(N, z), polyExpr(D, z)));
  need(sameFunction(body.value, expected), `${rule}: the derivative is not c e^{mw} N(e^w)/D(e^w) for the given c, m, N, D`);
  return { loss: body.fn, w, N, c };
}

const RULE_LIST: Record<string, Rule> = {
  ...STATIONARY_SIGN_RULES,
  ...GENERIC_RULES,
  ...INTERMEDIATE_VALUE_RULES,
  ...ELIMINATION_RULES,
  ...POLYNOMIAL_SYSTEM_RULES,
  ...POWER_SUBSTITUTION_RULES,
  ...ELEMENTARY_NUMBER_RULES,
  ...ITERATION_RULES,
  'and-intro': {
    theorem: 'conjunction introduction: from P₁, …, Pₙ infer P₁ ∧ … ∧ Pₙ',
    apply(premises) {
      need(premises.length >= 1, 'and-intro needs at least one premise');
      return premises.length === 1 ? premises[0] : { op: 'and', parts: [...premises] };
    },
  },
  'and-elim': {
    theorem: 'conjunction elimination: from P₁ ∧ … ∧ Pₙ infer Pᵢ',
    apply(premises, args) {
      premiseCount(premises, 1, 'and-elim');
      const i = argsObject(args, 'and-elim').index;
      const [p] = premises;
      need(p.op === 'and', 'and-elim needs a conjunction');
      need(typeof i === 'number' && Number.isInteger(i) && i >= 0 && i < p.parts.length, 'and-elim: args.index must name a conjunct');
      return p.parts[i];
    },
  },
  conv: {
    theorem: 'conversion: equal functions may replace each other (normal form of the difference is 0), and a relation a ∘ b may be rewritten to a′ ∘ b′ when a − b = a′ − b′',
    apply(premises, args) {
      premiseCount(premises, 1, 'conv');
      const to = decodeProp(argsObject(args, 'conv').to, 'args.to');
      convertible(premises[0], to, []);
      return to;
    },
  },
  'gt-ne': {
    theorem: 'a > b implies a ≠ b',
    apply(premises) {
      premiseCount(premises, 1, 'gt-ne');
      const { vars, body } = split(premises[0]);
      const parts = body.op === 'and' ? body.parts : [body];
      const converted = parts.map((q): Prop => {
        need(q.op === 'gt', 'gt-ne needs inequalities a > b (under one quantifier prefix)');
        return { ...q, op: 'ne' };
      });
      return wrap(vars, converted.length === 1 ? converted[0] : { op: 'and', parts: converted });
    },
  },
  specialize: {
    theorem: 'universal instantiation: from ∀x. P(x) infer P(a) for any a in the domain of x',
    apply(premises, args) {
      premiseCount(premises, 1, 'specialize');
      const o = argsObject(args, 'specialize');
      need(typeof o.values === 'object' && o.values !== null && !Array.isArray(o.values), 'specialize: args.values maps bound names to expressions');
      const { vars, body } = split(premises[0]);
      const values = new Map<string, Expr>();
      for (const [n, v] of Object.entries(o.values as Record<string, unknown>)) {
        need(vars.some((b) => b.name === n), `specialize: ${n} is not bound by the premise's quantifier`);
        values.set(n, decodeExpr(v, `args.values.${n}`));
      }
      need(values.size > 0, 'specialize: nothing to substitute');
      const rest = vars.filter((b) => !values.has(b.name));
      const restNames = new Set(rest.map((b) => b.name));
      const pos = positives(rest);
      for (const [n, v] of values) {
        need(freeSymbols(v).every((s) => restNames.has(s)), `specialize: the value of ${n} may only use the remaining bound variables`);
        need(isDefinedEverywhere(v, pos), `specialize: the value of ${n} is not certified defined everywhere`);
        if (vars.find((b) => b.name === n)!.domain === 'positive') {
          need(functionSign(normalForm(v), pos).sign === 1, `specialize: the value of ${n} is not certified positive`);
        }
      }
      return wrap(rest, substituteProp(body, values));
    },
  },
  'linear-form-intro': {
    theorem: 'a linear form w·x of vectors in ℝ^d is a real number: what holds for every real h holds at h = w·x, for every d ≥ 1',
    apply(premises, args) {
      premiseCount(premises, 1, 'linear-form-intro');
      const o = argsObject(args, 'linear-form-intro');
      const h = symbolArg(o, 'h', 'linear-form-intro');
      const { vars, body } = split(premises[0]);
      const rest = withoutBinder(vars, h, 'linear-form-intro');
      const exprs: Expr[] = [];
      const collect = (q: Prop): void => {
        if (q.op === 'eq' || q.op === 'gt' || q.op === 'ne') exprs.push(q.lhs, q.rhs);
        else if (q.op === 'deriv') {
          // d/dh at h = w·x would print as d/dh of an expression in w·x, i.e. as 0: the gradient is chain-linear-form's.
          need(q.var !== h, `linear-form-intro: a derivative in ${h} itself is not a statement about w·x (use chain-linear-form)`);
          exprs.push(q.fn, q.value);
        }
        else if (q.op === 'and') q.parts.forEach(collect);
        else if (q.op === 'not') collect(q.arg);
        else throw new PropError(`linear-form-intro applies to equations, inequalities and derivatives, not ${q.op}`);
      };
      collect(body);
      const { w, x } = vectorNames(o, 'linear-form-intro', exprs, vars);
      return wrap(rest, { op: 'linear-form', h, w, x, body });
    },
  },
  'chain-linear-form': {
    theorem: 'chain rule for a linear form: if dF/dh = G for every real h, then ∂/∂w_j F(w·x) = G(w·x) x_j for every d ≥ 1 and j, i.e. ∇_w F(w·x) = G(w·x) x',
    apply(premises, args) {
      premiseCount(premises, 1, 'chain-linear-form');
      const o = argsObject(args, 'chain-linear-form');
      const { vars, body } = split(premises[0]);
      need(body.op === 'deriv' && body.partial === undefined, 'chain-linear-form needs a derivative that holds everywhere');
      const rest = withoutBinder(vars, body.var, 'chain-linear-form');
      const { w, x } = vectorNames(o, 'chain-linear-form', [body.fn, body.value], vars);
      return wrap(rest, { op: 'gradient-linear-form', fn: body.fn, h: body.var, w, x, value: body.value });
    },
  },
  'exp-transfer': {
    theorem: 'exp is an increasing bijection ℝ → (0, ∞): if L′(w) = c e^{mw} N(e^w)/D(e^w) with c ≠ 0 and D > 0 on (0, ∞), then L′(w) = 0 ⟺ N(e^w) = 0',
    apply(premises, args) {
      premiseCount(premises, 2, 'exp-transfer');
      const { loss, w, N } = expFactorisation(premises[0], premises[1], argsObject(args, 'exp-transfer'), 'exp-transfer');
      return { op: 'stationary-via-exp', loss, var: w, poly: N };
    },
  },
  'count-via-exp': {
    theorem: 'exp is a bijection ℝ → (0, ∞): if L′(w) = 0 ⟺ N(e^w) = 0 and N has exactly k distinct roots in (0, ∞), then L′ has exactly k zeros on ℝ',
    apply(premises) {
      premiseCount(premises, 2, 'count-via-exp');
      const [transfer, count] = premises;
      need(transfer.op === 'stationary-via-exp', 'count-via-exp: the first premise is stationary-via-exp');
      need(count.op === 'root-count' && count.lo === '0' && count.hi === '+inf', 'count-via-exp: the second premise counts roots in (0, +∞)');
      need(canonicalJson(count.poly) === canonicalJson(transfer.poly), 'count-via-exp: the root count is about another polynomial');
      return { op: 'stationary-count', loss: transfer.loss, var: transfer.var, count: count.count };
    },
  },
  'galois-no-radical': {
    theorem: 'Galois: a root of an irreducible polynomial over Q is expressible by radicals only if its Galois group is solvable; S_n is not solvable for n ≥ 5',
    apply(premises) {
      premiseCount(premises, 2, 'galois-no-radical');
      const [irreducible, group] = premises;
      need(irreducible.op === 'irreducible' && group.op === 'galois-symmetric', 'galois-no-radical: premises are irreducible(N) and galois-symmetric(N)');
      need(canonicalJson(irreducible.poly) === canonicalJson(group.poly), 'galois-no-radical: the premises are about different polynomials');
      need(group.poly.length - 1 >= 5, 'galois-no-radical: S_n is solvable for n ≤ 4');
      return { op: 'no-radical-root', poly: group.poly };
    },
  },
  'stationary-not-radical': {
    theorem: 'if every zero w of L′ has N(e^w) = 0 and no root of N is expressible by radicals, then no e^{w*} at a zero w* of L′ is',
    apply(premises) {
      premiseCount(premises, 2, 'stationary-not-radical');
      const [transfer, radical] = premises;
      need(transfer.op === 'stationary-via-exp' && radical.op === 'no-radical-root', 'stationary-not-radical: premises are stationary-via-exp and no-radical-root');
      need(canonicalJson(transfer.poly) === canonicalJson(radical.poly), 'stationary-not-radical: the premises are about different polynomials');
      return { op: 'stationary-not-radical', loss: transfer.loss, var: transfer.var };
    },
  },
  'hermite-lindemann': {
    theorem: 'Hermite–Lindemann: e^a is transcendental for every algebraic a ≠ 0; so if N(e^w) = 0 for a non-zero integer polynomial N with N(1) ≠ 0, w is transcendental',
    apply(premises) {
      premiseCount(premises, 1, 'hermite-lindemann');
      const [transfer] = premises;
      need(transfer.op === 'stationary-via-exp', 'hermite-lindemann: the premise is stationary-via-exp');
      need(evaluateAt(transfer.poly, 1n) !== 0n, 'hermite-lindemann: N(1) = 0, so w = 0 may be a zero (and 0 is algebraic)');
      return { op: 'stationary-transcendental', loss: transfer.loss, var: transfer.var };
    },
  },
  'limit-unique': {
    theorem: 'a limit is unique: if f → a and a ≠ b then f does not tend to b',
    apply(premises, args) {
      premiseCount(premises, 1, 'limit-unique');
      const { vars, body } = split(premises[0]);
      need(vars.length === 0, 'limit-unique: the limit must be about specific values (specialize first)');
      need(body.op === 'limit', 'limit-unique: the premise is a limit');
      const other = argsObject(args, 'limit-unique').value;
      const b = other === '+inf' || other === '-inf' ? other : decodeExpr(other, 'args.value');
      const a = body.value;
      if (typeof a === 'string' || typeof b === 'string') need(canonicalJson(a) !== canonicalJson(b), 'limit-unique: the two limits are the same');
      else {
        const d = normalForm(sub(a, b));
        need(freeSymbols(a).length === 0 && freeSymbols(b).length === 0 && !isZeroFunction(d), 'limit-unique: the two values must be distinct constants');
      }
      return { op: 'not', arg: { op: 'limit', fn: body.fn, var: body.var, at: body.at, value: b } };
    },
  },
  'limit-exp-substitution': {
    theorem: 'limits compose with exp: for c > 0, e^{λc} → +∞ and e^{−λc} → 0⁺ as λ → +∞; so lim_{v→+∞} F(v) = L gives lim_{λ→+∞} F(e^{λc}) = L, and lim_{v→0⁺} F(v) = L gives lim_{λ→+∞} F(e^{−λc}) = L',
    apply(premises, args) {
      premiseCount(premises, 1, 'limit-exp-substitution');
      const o = argsObject(args, 'limit-exp-substitution');
      const lambda = symbolArg(o, 'lambda', 'limit-exp-substitution');
      const c = symbolArg(o, 'c', 'limit-exp-substitution');
      const { vars, body } = split(premises[0]);
      need(body.op === 'limit', 'limit-exp-substitution needs a limit (under its quantifiers)');
      const used = new Set([...freeSymbols(body.fn), ...(typeof body.value === 'string' ? [] : freeSymbols(body.value)), ...vars.map((b) => b.name), body.var]);
      need(lambda !== c && !used.has(lambda) && !used.has(c), 'limit-exp-substitution: λ and c must be new names');
      const rate = mul(sym(lambda), sym(c));
      const inner = body.at === '+inf' ? exp(rate) : exp(neg(rate));
      const fn = substitute(body.fn, body.var, inner);
      return wrap([...vars, { name: c, domain: 'positive' }], { op: 'limit', fn, var: lambda, at: '+inf', value: body.value });
    },
  },
  'refute-implies': {
    theorem: 'an implication with a true hypothesis and a false conclusion is false: from H and ¬C infer ¬(H ⇒ C)',
    apply(premises) {
      premiseCount(premises, 2, 'refute-implies');
      const [hyp, negated] = premises;
      need(negated.op === 'not', 'refute-implies: the second premise is a negation ¬C');
      return { op: 'not', arg: { op: 'implies', hyp, concl: negated.arg } };
    },
  },
  'ne-not-eq': {
    theorem: 'a ≠ b refutes a = b (also "wherever defined": a ≠ b was shown where both are defined)',
    apply(premises, args) {
      premiseCount(premises, 1, 'ne-not-eq');
      const [p] = premises;
      need(p.op === 'ne', 'ne-not-eq needs a ≠ b');
      const partial = args !== undefined && argsObject(args, 'ne-not-eq').partial === true;
      return { op: 'not', arg: { op: 'eq', lhs: p.lhs, rhs: p.rhs, ...(partial ? { partial: true as const } : {}) } };
    },
  },
  'eq-not-gt': {
    theorem: 'a = b refutes a > b (also "wherever defined": a = b was shown where both are defined)',
    apply(premises, args) {
      premiseCount(premises, 1, 'eq-not-gt');
      const [p] = premises;
      need(p.op === 'eq' && p.partial === undefined, 'eq-not-gt needs an equation a = b that holds outright');
      const partial = args !== undefined && argsObject(args, 'eq-not-gt').partial === true;
      return { op: 'not', arg: { op: 'gt', lhs: p.lhs, rhs: p.rhs, ...(partial ? { partial: true as const } : {}) } };
    },
  },
  'gt-not-gt': {
    theorem: 'b > a refutes a > b (the order is asymmetric)',
    apply(premises) {
      premiseCount(premises, 1, 'gt-not-gt');
      const [p] = premises;
      need(p.op === 'gt', 'gt-not-gt needs b > a');
      return { op: 'not', arg: { op: 'gt', lhs: p.rhs, rhs: p.lhs } };
    },
  },
  'not-and': {
    theorem: 'a false conjunct refutes the conjunction: from ¬Pᵢ infer ¬(P₁ ∧ … ∧ Pₙ)',
    apply(premises, args) {
      premiseCount(premises, 1, 'not-and');
      const o = argsObject(args, 'not-and');
      const statement = decodeProp(o.statement, 'args.statement');
      need(statement.op === 'and', 'not-and: args.statement is a conjunction');
      const i = o.index;
      need(typeof i === 'number' && Number.isInteger(i) && i >= 0 && i < statement.parts.length, 'not-and: args.index must name a conjunct');
      const [p] = premises;
      need(p.op === 'not' && propEquals(p.arg, statement.parts[i]), 'not-and: the premise is not the negation of that conjunct');
      return { op: 'not', arg: statement };
    },
  },
  'refute-forall': {
    theorem: 'a counterexample refutes a universal statement: from ¬P(a), with a in the domain, infer ¬∀x. P(x)',
    apply(premises, args) {
      premiseCount(premises, 1, 'refute-forall');
      const o = argsObject(args, 'refute-forall');
      const statement = decodeProp(o.statement, 'args.statement');
      need(statement.op === 'forall', 'refute-forall: args.statement is a universal statement');
      // A derivative's instance at a point is the value of the kernel's own derivative there: d fn/dv (a) = value(a).
      const body = statement.body;
      const instanceOf: Prop = body.op === 'deriv' ? { op: 'forall', vars: statement.vars, body: { op: 'eq', lhs: derivative(body.fn, body.var), rhs: body.value, ...(body.partial ? { partial: true as const } : {}) } } : statement;
      const specialized = RULE_LIST.specialize.apply([instanceOf], { values: o.values });
      need(specialized.op !== 'forall', 'refute-forall: give a value for every bound variable');
      const [negation] = premises;
      need(negation.op === 'not' && propEquals(negation.arg, specialized), 'refute-forall: the premise is not the negation of the statement at the given values');
      return { op: 'not', arg: statement };
    },
  },
};

/** The registry of inference rules, frozen: a rule cannot be replaced or added at run time. */
export const RULES: Readonly<Record<string, Rule>> = Object.freeze(Object.fromEntries(Object.entries(RULE_LIST).map(([k, r]) => [k, Object.freeze(r)])));
