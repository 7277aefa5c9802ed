/**
 * Inference rules for existence by sign change: exp is increasing, a positive combination of positive differences is
 * positive, and the intermediate value theorem. Premises and conclusions are ∀ over a prefix of binders (real or
 * positive) with a strict inequality as body; the kernel checks every hypothesis on the decoded premises and builds
 * the conclusion itself.
 */
import { exp, freeSymbols, isSymbolName, neg, num, sub, substitute, type Expr } from '../../symbolic/expr.js';
import { normalForm } from '../../symbolic/normal-form.js';
import { difference, isZeroFunction } from '../../symbolic/rational-function.js';
import { functionSign, isDefinedEverywhere } from '../../symbolic/sign.js';
import { canonicalJson, decodeProp, PropError, type Binder, type Prop } from '../proposition.js';
import type { Rule } from '../rules.js';

function need(condition: boolean, message: string): asserts condition {
  if (!condition) throw new PropError(message);
}

function argsObject(args: unknown, rule: string): Record<string, unknown> {
  need(typeof args === 'object' && args !== null && !Array.isArray(args), `${rule} needs an "args" object`);
  return args as Record<string, unknown>;
}

type Strict = { lhs: Expr; rhs: Expr };

/** A premise ∀ vars. lhs > rhs (vars may be empty), holding everywhere (not partial). */
function strictPremise(p: Prop, rule: string): { vars: readonly Binder[]; gt: Strict } {
  const vars = p.op === 'forall' ? p.vars : [];
  const body = p.op === 'forall' ? p.body : p;
  need(body.op === 'gt', `${rule}: a premise is a strict inequality lhs > rhs under ∀, got ${body.op}`);
  need(body.partial === undefined, `${rule}: a premise must hold everywhere, not only where defined`);
  return { vars, gt: { lhs: body.lhs, rhs: body.rhs } };
}

function wrap(vars: readonly Binder[], body: Prop): Prop {
  return vars.length === 0 ? body : { op: 'forall', vars, body };
}

function positives(vars: readonly Binder[]): Set<string> {
  return new Set(vars.filter((b) => b.domain === 'positive').map((b) => b.name));
}

function sameFunction(a: Expr, b: Expr): boolean {
  return isZeroFunction(difference(normalForm(a), normalForm(b)));
}

function exprArg(o: Record<string, unknown>, field: string, rule: string): Expr {
  const p = decodeProp({ op: 'eq', lhs: o[field], rhs: { op: 'num', value: '0' } }, `${rule}: args.${field}`);
  return (p as { lhs: Expr }).lhs;
}

/** The binders of args.vars, decoded (sorted by name, as every forall is). */
function bindersArg(o: Record<string, unknown>, rule: string): readonly Binder[] {
  need(Array.isArray(o.vars) && o.vars.length > 0, `${rule}: args.vars is a non-empty list of binders`);
  const p = decodeProp({ op: 'forall', vars: o.vars, body: { op: 'eq', lhs: { op: 'num', value: '0' }, rhs: { op: 'num', value: '0' } } }, `${rule}: args.vars`);
  return (p as { vars: readonly Binder[] }).vars;
}

function within(e: Expr, names: ReadonlySet<string>, what: string, rule: string): void {
  const stray = freeSymbols(e).filter((s) => !names.has(s));
  need(stray.length === 0, `${rule}: ${what} mentions ${stray.join(', ')}, which is not bound`);
}

/** The rules of this file, registered by src/kernel/rules.ts. */
export const INTERMEDIATE_VALUE_RULES: Record<string, Rule> = {
  'exp-increasing': {
    theorem: 'exp is strictly increasing on ℝ (its derivative exp is positive): if u > v at every point, then e^u > e^v at every point',
    apply(premises) {
      need(premises.length === 1, `exp-increasing takes 1 premise, got ${premises.length}`);
      const { vars, gt } = strictPremise(premises[0], 'exp-increasing');
      return decodeProp(wrap(vars, { op: 'gt', lhs: exp(gt.lhs), rhs: exp(gt.rhs) }), 'conclusion');
    },
  },
  'positive-substitution': {
    theorem:
      'positivity by substitution: if P(d_1, …, d_m) > 0 wherever the d_k are positive (every term of its normal form positive) and a_k > b_k at every point, ' +
      'then any F equal to P(a_1 − b_1, …, a_m − b_m) as a function and defined everywhere is positive at every point',
    apply(premises, args) {
      const rule = 'positive-substitution';
      const o = argsObject(args, rule);
      const vars = bindersArg(o, rule);
      const bound = new Set(vars.map((b) => b.name));
      need(Array.isArray(o.names) && o.names.length === premises.length && premises.length > 0, `${rule}: args.names gives one fresh name per premise (${premises.length})`);
      const names = o.names as unknown[];
      need(names.every(isSymbolName) && new Set(names).size === names.length, `${rule}: args.names are distinct symbol names`);
      const fresh = names as string[];
      need(fresh.every((n) => !bound.has(n)), `${rule}: the names of args.names must not be bound by args.vars`);
      const differences = premises.map((q, k) => {
        const { vars: own, gt } = strictPremise(q, rule);
        for (const b of own) need(vars.some((v) => v.name === b.name && v.domain === b.domain), `${rule}: premise ${k + 1} quantifies ${b.name} (${b.domain}), which args.vars does not`);
        return sub(gt.lhs, gt.rhs);
      });
      const P = exprArg(o, 'P', rule);
      const F = exprArg(o, 'F', rule);
      within(P, new Set([...bound, ...fresh]), 'P', rule);
      within(F, bound, 'F', rule);
      need(fresh.every((n) => !freeSymbols(F).includes(n)), `${rule}: F mentions a name of args.names`);
      const pos = positives(vars);
      const withNames = new Set([...pos, ...fresh]);
      need(isDefinedEverywhere(P, withNames), `${rule}: P is not certified defined for all positive values of the names`);
      const s = functionSign(normalForm(P), withNames);
      need(s.sign === 1, `${rule}: P is not certified positive for positive names: ${s.sign === null ? s.reason : 'it is negative'}`);
      need(isDefinedEverywhere(F, pos), `${rule}: F is not certified defined everywhere`);
      const instance = fresh.reduce((acc, n, k) => substitute(acc, n, differences[k]), P);
      need(sameFunction(F, instance), `${rule}: F is not P with each name replaced by its premise's difference lhs − rhs`);
      return decodeProp(wrap(vars, { op: 'gt', lhs: F, rhs: num(0) }), 'conclusion');
    },
  },
  'intermediate-value': {
    theorem:
      'intermediate value theorem (Bolzano): if f(·) is continuous on ℝ (every expression built from +, −, ×, ÷, integer powers, exp and ln is continuous wherever defined, ' +
      'and f is certified defined for every real w), f(b) > 0 and −f(a) > 0, then f has a zero between a and b',
    apply(premises, args) {
      const rule = 'intermediate-value';
      need(premises.length === 2, `${rule} takes 2 premises (f(b) > 0 and −f(a) > 0), got ${premises.length}`);
      const o = argsObject(args, rule);
      need(isSymbolName(o.var), `${rule}: args.var must be a symbol name`);
      const w = o.var as string;
      const [positive, negative] = premises.map((q) => strictPremise(q, rule));
      need(canonicalJson(positive.vars) === canonicalJson(negative.vars), `${rule}: the two premises quantify different variables`);
      const vars = positive.vars;
      need(vars.every((b) => b.name !== w), `${rule}: the variable ${w} is bound by the premises`);
      const bound = new Set(vars.map((b) => b.name));
      const f = exprArg(o, 'fn', rule);
      const a = exprArg(o, 'a', rule);
      const b = exprArg(o, 'b', rule);
      within(f, new Set([...bound, w]), 'fn', rule);
      within(a, bound, 'a', rule);
      within(b, bound, 'b', rule);
      const pos = positives(vars);
      need(isDefinedEverywhere(f, pos), `${rule}: fn is not certified defined for every real ${w}, so not continuous on ℝ`);
      need(isDefinedEverywhere(a, pos) && isDefinedEverywhere(b, pos), `${rule}: the points a and b are not certified defined everywhere`);
      for (const [q, which] of [[positive, 'first'], [negative, 'second']] as const) {
        need(sameFunction(q.gt.rhs, num(0)), `${rule}: the ${which} premise is not of the form … > 0`);
      }
      need(sameFunction(positive.gt.lhs, substitute(f, w, b)), `${rule}: the first premise is not f(b) > 0`);
      need(sameFunction(negative.gt.lhs, neg(substitute(f, w, a))), `${rule}: the second premise is not −f(a) > 0`);
      const zero: Prop = { op: 'not', arg: { op: 'forall', vars: [{ name: w, domain: 'real' }], body: { op: 'ne', lhs: f, rhs: num(0) } } };
      return decodeProp(wrap(vars, zero), 'conclusion');
    },
  },
};
