/**
 * Edges of the sign-change rules (src/kernel/rules/intermediate-value.ts): exp-increasing, positive-substitution and
 * intermediate-value. Premises are lemma leaves holding exactly the proposition under test, so that each case reaches
 * the one hypothesis it is about; every rejection is asserted by the words of its reason.
 */
import { applyToLemmas, refusal } from './rule-application.js';
import { describe, expect, it } from 'vitest';
import { decodeProp, type Prop } from '../../src/kernel/proposition.js';
import { parseExpr } from '../../src/symbolic/parse.js';
import type { Expr } from '../../src/symbolic/expr.js';

const e = parseExpr;
type B = { name: string; domain: 'real' | 'positive' };
const real = (...names: string[]): B[] => names.map((name) => ({ name, domain: 'real' }));
const pos = (...names: string[]): B[] => names.map((name) => ({ name, domain: 'positive' }));

/** lhs > rhs, under ∀ vars when vars is non-empty. */
function gt(vars: B[], lhs: string | Expr, rhs: string | Expr = '0', partial = false): Prop {
  const body = { op: 'gt', lhs: typeof lhs === 'string' ? e(lhs) : lhs, rhs: typeof rhs === 'string' ? e(rhs) : rhs, ...(partial ? { partial: true } : {}) };
  return decodeProp(vars.length === 0 ? body : { op: 'forall', vars, body });
}

/** Replays `rule` on premises given as propositions (lemma leaves), with `args` as given. */
const apply = applyToLemmas;

describe('exp-increasing', () => {
  it('accepts a closed premise 1 > 0 and concludes exactly e^1 > e^0, with no quantifier', () => {
    const node = apply('exp-increasing', [gt([], '1', '0')]);
    expect(node.ok, node.detail).toBe(true);
    expect(node.conclusion).toEqual(decodeProp({ op: 'gt', lhs: { op: 'exp', arg: e('1') }, rhs: { op: 'exp', arg: e('0') } }));
  });
  it('trusts the theorem that exp is strictly increasing', () => {
    const node = apply('exp-increasing', [gt(real('x'), 'x^2 + 1')]);
    expect(node.trusts.map((t) => t.name).join(' ')).toMatch(/exp is strictly increasing/);
  });
  it('refuses two premises, naming the count', () => {
    expect(refusal(apply('exp-increasing', [gt([], '1'), gt([], '2')]))).toMatch(/exp-increasing takes 1 premise, got 2/);
  });
  it('refuses a premise that holds only where defined (x/x > 1/2 says nothing at x = 0, e^(x/x) is undefined there)', () => {
    expect(refusal(apply('exp-increasing', [gt(real('x'), 'x/x', '1/2', true)]))).toMatch(/exp-increasing: a premise must hold everywhere, not only where defined/);
  });
  it('names the rule when a premise is not a strict inequality', () => {
    const eq = decodeProp({ op: 'forall', vars: real('x'), body: { op: 'eq', lhs: e('x'), rhs: e('x') } });
    expect(refusal(apply('exp-increasing', [eq]))).toMatch(/^exp-increasing: a premise is a strict inequality lhs > rhs under ∀, got eq/);
  });
  it('refuses, naming its conclusion, when e^u is nested deeper than the kernel allows', () => {
    let u: Expr = e('x');
    for (let i = 0; i < 400; i++) u = { op: 'neg', arg: u };
    const premise = gt(real('x'), u, '0'); // depth 400: the deepest expression the kernel decodes
    expect(refusal(apply('exp-increasing', [premise]))).toMatch(/^conclusion\.body\.lhs.*nested more than 400 deep/);
  });
});

describe('positive-substitution', () => {
  const rule = 'positive-substitution';
  // With x > 0: x + 1 > 0 and x + 2 > 0, so d·e + d > 0 at d = x + 1, e = x + 2.
  const p1 = gt(pos('x'), 'x + 1');
  const p2 = gt(pos('x'), 'x + 2');
  const good = { vars: pos('x'), names: ['d', 'f'], P: e('d*f + d'), F: e('(x + 1)*(x + 2) + x + 1') };
  const run = (extra: Record<string, unknown>, premises: Prop[] = [p1, p2]) => apply(rule, premises, { ...good, ...extra });
  it('accepts the two-premise substitution and trusts positivity by substitution', () => {
    const node = run({});
    expect(node.ok, node.detail).toBe(true);
    expect(node.conclusion).toEqual(gt(pos('x'), good.F));
    const theorem = node.trusts.map((t) => t.name).join(' ');
    expect(theorem).toMatch(/^positivity by substitution: if P\(d_1, …, d_m\) > 0/);
    expect(theorem).toMatch(/then any F equal to P\(a_1 − b_1, …, a_m − b_m\) as a function and defined everywhere is positive at every point$/);
  });
  it('refuses missing, null or list args, naming the args object', () => {
    for (const args of [undefined, null, [good]]) {
      expect(refusal(apply(rule, [p1, p2], args))).toMatch(/^positive-substitution needs an "args" object$/);
    }
  });
  it('refuses missing or empty args.vars', () => {
    expect(refusal(run({ vars: undefined }))).toMatch(/positive-substitution: args\.vars is a non-empty list of binders/);
    expect(refusal(run({ vars: [] }))).toMatch(/positive-substitution: args\.vars is a non-empty list of binders/);
  });
  it('names args.vars when a binder is malformed', () => {
    expect(refusal(run({ vars: [{ name: 'x', domain: 'complex' }] }))).toMatch(/^positive-substitution: args\.vars\.vars\[0\]\.domain/);
  });
  it('names args.F when F is not an expression', () => {
    expect(refusal(run({ F: { op: 'bogus' } }))).toMatch(/^positive-substitution: args\.F\.lhs: unknown op "bogus"/);
  });
  it('refuses names missing, of the wrong count, or given for no premise at all', () => {
    const count = /positive-substitution: args\.names gives one fresh name per premise \(2\)/;
    expect(refusal(run({ names: undefined }))).toMatch(count);
    expect(refusal(run({ names: ['d'] }))).toMatch(count);
    expect(refusal(run({ names: ['d', 'f', 'g'] }))).toMatch(count);
    // No premise: ∀x > 0. x > 0 would follow from P = x alone, but the rule substitutes into at least one premise.
    expect(refusal(apply(rule, [], { vars: pos('x'), names: [], P: e('x'), F: e('x') }))).toMatch(/args\.names gives one fresh name per premise \(0\)/);
  });
  it('refuses a repeated name (d substituted twice would hide the second premise)', () => {
    expect(refusal(run({ names: ['d', 'd'], P: e('d'), F: e('x + 1') }))).toMatch(/args\.names are distinct symbol names/);
  });
  it('refuses a name that is not a symbol, even beside a valid one', () => {
    expect(refusal(run({ names: ['d', '2f'] }))).toMatch(/args\.names are distinct symbol names/);
  });
  it('refuses a bound name beside a fresh one', () => {
    expect(refusal(run({ names: ['d', 'x'], P: e('d*x + d') }))).toMatch(/the names of args\.names must not be bound by args\.vars/);
  });
  it('refuses a premise over a variable args.vars does not bind, naming that premise', () => {
    const other = gt(pos('y'), 'y + 2');
    expect(refusal(run({}, [p1, other]))).toMatch(/positive-substitution: premise 2 quantifies y \(positive\), which args\.vars does not/);
  });
  it('refuses a P or an F with a symbol that is neither bound nor a name, naming them all', () => {
    expect(refusal(run({ P: e('d*f + d + y^2 - y^2') }))).toMatch(/positive-substitution: P mentions y, which is not bound/);
    expect(refusal(run({ F: e('(x + 1)*(x + 2) + x + 1 + y - y + z - z') }))).toMatch(/positive-substitution: F mentions y, z, which is not bound/);
  });
  it('refuses a P undefined for some positive values of the names', () => {
    expect(refusal(run({ P: e('d*f + d + 1/(d - 1) - 1/(d - 1)') }))).toMatch(/P is not certified defined for all positive values of the names/);
  });
  it('says why P is not certified positive: its sign is undecided, or it is negative', () => {
    expect(refusal(run({ P: e('d*f - d'), F: e('(x + 1)*(x + 2) - x - 1') }))).toMatch(/P is not certified positive for positive names: numerator: .* has coefficients of both signs/);
    expect(refusal(run({ P: e('-d*f'), F: e('-(x + 1)*(x + 2)') }))).toMatch(/P is not certified positive for positive names: it is negative$/);
  });
  it('refuses an F undefined where a real variable is not positive (ln x for real x), though equal to P at the differences', () => {
    const q = gt(real('x'), 'x^2 + 1');
    const r = apply(rule, [q], { vars: real('x'), names: ['d'], P: e('d'), F: e('x^2 + 1 + ln(x) - ln(x)') });
    expect(refusal(r)).toMatch(/positive-substitution: F is not certified defined everywhere/);
  });
});

describe('intermediate-value', () => {
  const rule = 'intermediate-value';
  // f(w) = w − c over positive c: f(c + 1) = 1 > 0 and −f(c − 1) = 1 > 0.
  const args = { var: 'w', fn: e('w - c'), a: e('c - 1'), b: e('c + 1') };
  const fb = gt(pos('c'), '(c + 1) - c');
  const fa = gt(pos('c'), '-((c - 1) - c)');
  const run = (extra: Record<string, unknown> = {}, premises: Prop[] = [fb, fa]) => apply(rule, premises, { ...args, ...extra });
  it('concludes that f has a zero, and trusts the intermediate value theorem for continuous f', () => {
    const node = run();
    expect(node.ok, node.detail).toBe(true);
    const theorem = node.trusts.map((t) => t.name).join(' ');
    expect(theorem).toMatch(/^intermediate value theorem \(Bolzano\): if f\(·\) is continuous on ℝ/);
    expect(theorem).toMatch(/f\(b\) > 0 and −f\(a\) > 0, then f has a zero between a and b$/);
  });
  it('refuses one premise, naming the rule and the count', () => {
    expect(refusal(run({}, [fb]))).toMatch(/^intermediate-value takes 2 premises \(f\(b\) > 0 and −f\(a\) > 0\), got 1$/);
  });
  it('refuses a variable that is not a symbol name', () => {
    expect(refusal(run({ var: 3 }))).toMatch(/^intermediate-value: args\.var must be a symbol name$/);
  });
  it('refuses premises quantified over different variables', () => {
    expect(refusal(run({}, [fb, gt(real('c'), '-((c - 1) - c)')]))).toMatch(/intermediate-value: the two premises quantify different variables/);
  });
  it('refuses a variable the premises bind, beside another bound one', () => {
    const both = (lhs: string) => gt([...pos('c'), ...real('w')], lhs);
    expect(refusal(run({}, [both('(c + 1) - c'), both('-((c - 1) - c)')]))).toMatch(/intermediate-value: the variable w is bound by the premises/);
  });
  it('refuses fn, a or b with a free symbol, naming which', () => {
    expect(refusal(run({ fn: e('w - c + y - y') }))).toMatch(/intermediate-value: fn mentions y, which is not bound/);
    expect(refusal(run({ a: e('c - 1 + y - y') }))).toMatch(/intermediate-value: a mentions y, which is not bound/);
    expect(refusal(run({ b: e('c + 1 + y - y') }))).toMatch(/intermediate-value: b mentions y, which is not bound/);
  });
  it('refuses a point a undefined somewhere though b is defined (a = ln c for real c)', () => {
    const fbReal = gt(real('c'), '(c + 1) - c');
    const faReal = gt(real('c'), '-(ln(c) - c)');
    expect(refusal(run({ a: e('ln(c)') }, [fbReal, faReal]))).toMatch(/intermediate-value: the points a and b are not certified defined everywhere/);
  });
  it('refuses f(b) > −1 as the first premise: it does not say f(b) is positive', () => {
    const weak = gt(pos('c'), '(c - 1/2) - c', '-1'); // f(c − 1/2) = −1/2 > −1 holds, yet f there is negative
    expect(refusal(run({ b: e('c - 1/2') }, [weak, fa]))).toMatch(/intermediate-value: the first premise is not of the form … > 0/);
  });
  it('refuses a second premise that is not −f(a) > 0', () => {
    expect(refusal(run({}, [fb, gt(pos('c'), '-((c - 2) - c)')]))).toMatch(/intermediate-value: the second premise is not −f\(a\) > 0/);
  });
});
