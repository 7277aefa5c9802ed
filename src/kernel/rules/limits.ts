/**
 * Inference rules about limits: composition with an exponential that runs off to +∞ or down to 0⁺, and uniqueness
 * of a limit under a quantifier prefix. General theorems: the kernel checks every hypothesis on the premises' own
 * conclusions and builds the conclusion itself.
 */
import { canonicalJson, decodeProp, PropError, type Binder, type Prop } from '../proposition.js';
import { decodeExpr, exp, freeSymbols, isSymbolName, mul, neg, substitute, sym, type Expr } from '../../symbolic/expr.js';
import { normalForm } from '../../symbolic/normal-form.js';
import { functionSign, isDefinedEverywhere } from '../../symbolic/sign.js';
import type { Rule } from '../rules.js';

function need(condition: boolean, message: string): asserts condition {
  if (!condition) throw new PropError(message);
}

function split(p: Prop): { vars: readonly Binder[]; body: Prop } {
  return p.op === 'forall' ? { vars: p.vars, body: p.body } : { vars: [], body: p };
}

function wrap(vars: readonly Binder[], body: Prop): Prop {
  return vars.length === 0 ? body : decodeProp({ op: 'forall', vars, body });
}

function argsOf(args: unknown, rule: string): Record<string, unknown> {
  need(typeof args === 'object' && args !== null && !Array.isArray(args), `${rule} needs an "args" object`);
  return args as Record<string, unknown>;
}

/** The binders of args.vars (may be absent): fresh names, each with domain real or positive. */
function newBinders(data: unknown, taken: ReadonlySet<string>, rule: string): Binder[] {
  if (data === undefined) return [];
  need(Array.isArray(data) && data.length <= 20, `${rule}: args.vars is an array of at most 20 binders`);
  const seen = new Set(taken);
  return data.map((b, i): Binder => {
    const o = (typeof b === 'object' && b !== null ? b : {}) as Record<string, unknown>;
    need(Object.keys(o).every((k) => k === 'name' || k === 'domain'), `${rule}: args.vars[${i}] has only name and domain`);
    need(isSymbolName(o.name) && !seen.has(o.name), `${rule}: args.vars[${i}] must be a new symbol name`);
    need(o.domain === 'real' || o.domain === 'positive', `${rule}: args.vars[${i}].domain is "real" or "positive"`);
    seen.add(o.name);
    return { name: o.name, domain: o.domain };
  });
}

/** The limit rules, registered in src/kernel/rules.ts. */
export const LIMIT_RULES: Record<string, Rule> = {
  'limit-exp-compose': {
    theorem:
      'limit of a composition with exp: for a > 0, e^{λa} → +∞ and e^{−λa} → 0⁺ (with e^{−λa} > 0) as λ → +∞; so lim_{v→+∞} F(v) = L gives lim_{λ→+∞} F(e^{λa}) = L, and lim_{v→0⁺} F(v) = L gives lim_{λ→+∞} F(e^{−λa}) = L',
    apply(premises, args) {
      need(premises.length === 1, `limit-exp-compose takes 1 premise, got ${premises.length}`);
      const o = argsOf(args, 'limit-exp-compose');
      const { vars, body } = split(premises[0]);
      need(body.op === 'limit', 'limit-exp-compose: the premise is a limit (under a quantifier prefix)');
      const v = body.var;
      need(isSymbolName(o.lambda), 'limit-exp-compose: args.lambda must be a symbol name');
      const lambda = o.lambda;
      const used = new Set([v, ...vars.map((b) => b.name), ...freeSymbols(body.fn), ...(typeof body.value === 'string' ? [] : freeSymbols(body.value))]);
      need(!used.has(lambda), `limit-exp-compose: ${lambda} must be a new symbol`);
      need(typeof body.value === 'string' || !freeSymbols(body.value).includes(v), 'limit-exp-compose: the limit value involves the limit variable');
      const extra = newBinders(o.vars, new Set([...used, lambda]), 'limit-exp-compose');
      const scope = [...vars, ...extra];
      const a = decodeExpr(o.a, 'args.a');
      const names = new Set(scope.map((b) => b.name));
      need(freeSymbols(a).every((s) => names.has(s)), 'limit-exp-compose: args.a may only use the bound variables of the conclusion');
      const positive = new Set(scope.filter((b) => b.domain === 'positive').map((b) => b.name));
      need(isDefinedEverywhere(a, positive) && functionSign(normalForm(a), positive).sign === 1, 'limit-exp-compose: args.a is not certified positive');
      const inner = body.at === '+inf' ? mul(sym(lambda), a) : neg(mul(sym(lambda), a));
      const fn: Expr = substitute(body.fn, v, exp(inner));
      return wrap(scope, { op: 'limit', fn, var: lambda, at: '+inf', value: body.value });
    },
  },
  'limit-distinct': {
    theorem: 'a limit is unique: if f → a and a ≠ b for every value of the parameters, then f does not tend to b',
    apply(premises) {
      need(premises.length === 2, `limit-distinct takes 2 premises, got ${premises.length}`);
      const [lim, distinct] = premises.map(split);
      need(lim.body.op === 'limit', 'limit-distinct: the first premise is a limit (under a quantifier prefix)');
      need(distinct.body.op === 'ne' && distinct.body.partial === undefined, 'limit-distinct: the second premise is an inequality a ≠ b that holds everywhere');
      const { body } = lim;
      const { lhs, rhs } = distinct.body;
      need(typeof body.value !== 'string', 'limit-distinct: the limit must be finite');
      for (const b of distinct.vars) {
        need(lim.vars.some((c) => c.name === b.name && c.domain === b.domain), `limit-distinct: ${b.name} of the inequality is not bound the same way by the limit's quantifiers`);
      }
      need(!distinct.vars.some((b) => b.name === body.var), 'limit-distinct: the inequality binds the limit variable');
      const a = canonicalJson(body.value);
      const other = canonicalJson(lhs) === a ? rhs : canonicalJson(rhs) === a ? lhs : undefined;
      need(other !== undefined, 'limit-distinct: neither side of the inequality is the limit');
      need(!freeSymbols(other).includes(body.var), 'limit-distinct: the other value involves the limit variable');
      return wrap(lim.vars, { op: 'not', arg: { op: 'limit', fn: body.fn, var: body.var, at: body.at, value: other } });
    },
  },
};
