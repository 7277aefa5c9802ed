/**
 * Edges of the polynomial-system rules (src/kernel/rules/polynomial-system.ts): every hypothesis of
 * polynomial-gradient-system, eliminate-weight, radical-roots-product and nonzero-weight-not-radical refused by its own
 * reason, and the bounds of the arguments accepted exactly up to their limits. Premises are lemma leaves holding the
 * proposition under test, so that each case reaches the one hypothesis it is about.
 */
import { applyToLemmas, refusal } from './rule-application.js';
import { describe, expect, it } from 'vitest';
import { decodeProp, type Prop } from '../../src/kernel/proposition.js';
import type { ProofNode } from '../../src/kernel/proof.js';
import { parseExpr } from '../../src/symbolic/parse.js';

const e = parseExpr;
type B = { name: string; domain: 'real' | 'positive' };
const real = (...names: string[]): B[] => names.map((name) => ({ name, domain: 'real' }));

const apply = applyToLemmas;
const theorem = (node: ProofNode): string => node.trusts.map((t) => t.name).join(' ');

/** ∀ binders. ∂fn/∂v = value (holding everywhere unless partial). */
const deriv = (binders: B[], fn: string, v: string, value: string, partial = false): Prop =>
  decodeProp({ op: 'forall', vars: binders, body: { op: 'deriv', fn: e(fn), var: v, value: e(value), ...(partial ? { partial: true } : {}) } });
/** The monomial c · w_j in k variables, as [c, exponents]. */
const linear = (c: string, j: number, k: number): [string, number[]] => [c, Array.from({ length: k }, (_, i) => (i === j ? 1 : 0))];

describe('polynomial-gradient-system', () => {
  const rule = 'polynomial-gradient-system';
  // L = w_1² + w_2²: ∂L/∂w_j = 2 · w_j.
  const L = 'w_1^2 + w_2^2';
  const d1 = deriv(real('w_1', 'w_2'), L, 'w_1', '2*w_1');
  const d2 = deriv(real('w_1', 'w_2'), L, 'w_2', '2*w_2');
  const factors = [{ c: e('2'), P: [linear('1', 0, 2)] }, { c: e('2'), P: [linear('1', 1, 2)] }];
  const run = (premises: Prop[] = [d1, d2], f: unknown = factors) => apply(rule, premises, { factors: f });
  const withFactor = (j: number, f: unknown) => factors.map((x, i) => (i === j ? f : x));
  it('concludes the system P_1 = P_2 = 0 and trusts the theorem ∇L = 0 ⟺ P = 0', () => {
    const node = run();
    expect(node.ok, node.detail).toBe(true);
    expect(node.conclusion).toMatchObject({ op: 'poly-system', vars: ['w_1', 'w_2'], polys: [[linear('1', 0, 2)], [linear('1', 1, 2)]] });
    expect(theorem(node)).toMatch(/^if ∂L\/∂w_j = c_j P_j\(w\) on ℝ\^k for j = 1\.\.k with rational c_j ≠ 0, then ∇L\(w\) = 0 ⟺ P_1\(w\) = … = P_k\(w\) = 0$/);
  });
  it('accepts 8 variables, the most it allows', () => {
    const names = Array.from({ length: 8 }, (_, i) => `w_${i + 1}`);
    const loss = names.map((n) => `${n}^2`).join(' + ');
    const premises = names.map((n) => deriv(real(...names), loss, n, `2*${n}`));
    const node = apply(rule, premises, { factors: names.map((_, j) => ({ c: e('2'), P: [linear('1', j, 8)] })) });
    expect(node.ok, node.detail).toBe(true);
    expect((node.conclusion as unknown as { vars: string[] }).vars).toEqual(names);
  });
  it('refuses no premise and 9 premises', () => {
    const count = /^polynomial-gradient-system takes one derivative premise per variable \(1 to 8\)$/;
    expect(refusal(run([], []))).toMatch(count);
    const names = Array.from({ length: 9 }, (_, i) => `w_${i + 1}`);
    const loss = names.map((n) => `${n}^2`).join(' + ');
    const premises = names.map((n) => deriv(real(...names), loss, n, `2*${n}`));
    expect(refusal(apply(rule, premises, { factors: names.map((_, j) => ({ c: e('2'), P: [linear('1', j, 9)] })) }))).toMatch(count);
  });
  it('refuses missing, null or list args, naming the args object', () => {
    for (const args of [undefined, null, [factors]]) expect(refusal(apply(rule, [d1, d2], args))).toMatch(/^polynomial-gradient-system needs an "args" object$/);
  });
  it('refuses args.factors missing or shorter than the premises', () => {
    expect(refusal(apply(rule, [d1, d2], {}))).toMatch(/polynomial-gradient-system: args\.factors has one \{c, P\} per premise/);
    expect(refusal(run([d1, d2], [factors[0]]))).toMatch(/polynomial-gradient-system: args\.factors has one \{c, P\} per premise/);
  });
  it('refuses a second premise that is not a derivative holding everywhere under its quantifier', () => {
    const form = /polynomial-gradient-system: premise 2 is a derivative that holds everywhere, under its quantifier/;
    expect(refusal(run([d1, decodeProp({ op: 'deriv', fn: e('1'), var: 'w_2', value: e('0') })]))).toMatch(form);
    expect(refusal(run([d1, decodeProp({ op: 'forall', vars: real('w_1', 'w_2'), body: { op: 'gt', lhs: e('w_2^2 + 1'), rhs: e('0') } })]))).toMatch(form);
    expect(refusal(run([d1, deriv(real('w_1', 'w_2'), L, 'w_2', '2*w_2', true)]))).toMatch(form);
  });
  it('refuses two premises in the same variable', () => {
    expect(refusal(run([d1, d1]))).toMatch(/polynomial-gradient-system: the premises differentiate in 2 different variables/);
  });
  it('refuses a premise over positive weights only, or over a variable that is not a weight, naming it and the weights', () => {
    const over = /polynomial-gradient-system: premise 2 is quantified over exactly the variables w_1, w_2, over all reals/;
    expect(refusal(run([d1, deriv([...real('w_1'), { name: 'w_2', domain: 'positive' }], L, 'w_2', '2*w_2')]))).toMatch(over);
    expect(refusal(run([d1, deriv(real('w_1', 'z'), L, 'w_2', '2*w_2')]))).toMatch(over);
  });
  it('refuses a premise quantified over some of the weights only (∀w_1 alone, while the system is in w_1, w_2)', () => {
    const only1 = deriv(real('w_1'), 'w_1^2', 'w_1', '2*w_1');
    const in2 = deriv(real('w_1', 'w_2'), 'w_1^2', 'w_2', '0');
    expect(refusal(run([only1, in2], [factors[0], { c: e('1'), P: [['1', [0, 0]]] }]))).toMatch(/polynomial-gradient-system: premise 1 is quantified over exactly the variables w_1, w_2, over all reals/);
  });
  it('names the premise that differentiates another function', () => {
    expect(refusal(run([d1, deriv(real('w_1', 'w_2'), 'w_1^2 + w_2^2 + w_2', 'w_2', '2*w_2 + 1')]))).toMatch(/polynomial-gradient-system: premise 2 differentiates another function/);
  });
  it('refuses a factor that is not an object', () => {
    for (const f of [null, 5]) expect(refusal(run([d1, d2], withFactor(0, f)))).toMatch(/polynomial-gradient-system: args\.factors\[0\] is an object \{c, P\}/);
  });
  it('names args.factors[j].c when c is not an expression', () => {
    expect(refusal(run([d1, d2], withFactor(1, { c: { op: 'bogus' }, P: factors[1].P })))).toMatch(/args\.factors\[1\]\.c: unknown op "bogus"/);
  });
  it('refuses a c that is not a number (∂L/∂w_1 = w_1 · 1 would make ∇L = 0 unsolvable, though w = 0 is stationary)', () => {
    const half = [deriv(real('w_1', 'w_2'), 'w_1^2/2 + w_2^2', 'w_1', 'w_1'), deriv(real('w_1', 'w_2'), 'w_1^2/2 + w_2^2', 'w_2', '2*w_2')];
    expect(refusal(run(half, withFactor(0, { c: e('w_1'), P: [['1', [0, 0]]] })))).toMatch(/polynomial-gradient-system: args\.factors\[0\]\.c is a non-zero rational/);
  });
  it('refuses a P that is zero or not a polynomial, naming args.factors[j].P', () => {
    expect(refusal(run([d1, d2], withFactor(0, { c: e('2'), P: [] })))).toMatch(/^args\.factors\[0\]\.P: the polynomial is 0$/);
    expect(refusal(run([d1, d2], withFactor(0, { c: e('2'), P: 'w_1' })))).toMatch(/^args\.factors\[0\]\.P: a polynomial is an array/);
  });
});

describe('eliminate-weight', () => {
  const rule = 'eliminate-weight';
  // P_1 = w_1 − w_2, P_2 = w_2 − 1: P_1 + P_2 = w_1 − 1.
  const system = decodeProp({ op: 'poly-system', loss: e('(w_1 - w_2)^2 + (w_2 - 1)^2'), vars: ['w_1', 'w_2'], polys: [[['1', [1, 0]], ['-1', [0, 1]]], [['1', [0, 1]], ['-1', [0, 0]]]] });
  const args = { coordinate: 'w_1', cofactors: [[['1', [0, 0]]], [['1', [0, 0]]]], eliminant: ['1', '-1'] };
  const run = (extra: Record<string, unknown> = {}, premises: Prop[] = [system]) => apply(rule, premises, { ...args, ...extra });
  it('concludes R(w_1) = 0 at every stationary point and trusts elimination', () => {
    const node = run();
    expect(node.ok, node.detail).toBe(true);
    expect(node.conclusion).toMatchObject({ op: 'stationary-weight-root', vars: ['w_1', 'w_2'], coordinate: 'w_1', poly: ['1', '-1'] });
    expect(theorem(node)).toMatch(/^elimination: if Σ_j A_j P_j = R\(w_i\) in Z\[w_1, …, w_k\], then every common zero of the P_j has R\(w_i\) = 0/);
  });
  it('refuses two premises', () => {
    expect(refusal(run({}, [system, system]))).toMatch(/^eliminate-weight takes one premise, a poly-system$/);
  });
  it('refuses a coordinate that is not a variable, listing the variables', () => {
    expect(refusal(run({ coordinate: 'w_9' }))).toMatch(/^eliminate-weight: args\.coordinate names one of the variables w_1, w_2$/);
  });
  it('names args.eliminant when it is not a polynomial', () => {
    expect(refusal(run({ eliminant: 'w_1 - 1' }))).toMatch(/^args\.eliminant\.poly: a polynomial is a non-empty array/);
  });
  it('refuses cofactors that are not one polynomial per P_j, naming the rule', () => {
    expect(refusal(run({ cofactors: undefined }))).toMatch(/^eliminate-weight: args\.cofactors has one polynomial per P_j$/);
    expect(refusal(run({ cofactors: [[['1', [0, 0]]]] }))).toMatch(/^eliminate-weight: args\.cofactors has one polynomial per P_j$/);
  });
});

describe('radical-roots-product', () => {
  const rule = 'radical-roots-product';
  const roots = (poly: string[]) => decodeProp({ op: 'radical-roots', poly });
  it('multiplies (w)(w − 1) and trusts that the roots of f·g are those of f and g', () => {
    const node = apply(rule, [roots(['1', '0']), roots(['1', '-1'])]);
    expect(node.ok, node.detail).toBe(true);
    expect(node.conclusion).toEqual({ op: 'radical-roots', poly: ['1', '-1', '0'] });
    expect(theorem(node)).toMatch(/^the roots of f·g are the roots of f and the roots of g/);
  });
  it('refuses one premise and three', () => {
    expect(refusal(apply(rule, [roots(['1', '0'])]))).toMatch(/^radical-roots-product takes two radical-roots premises$/);
    expect(refusal(apply(rule, [roots(['1', '0']), roots(['1', '0']), roots(['1', '0'])]))).toMatch(/^radical-roots-product takes two radical-roots premises$/);
  });
});

describe('nonzero-weight-not-radical', () => {
  const rule = 'nonzero-weight-not-radical';
  const g5 = ['1', '0', '0', '0', '-1', '-1']; // w^5 − w − 1
  const root = (poly: string[]) => decodeProp({ op: 'stationary-weight-root', loss: e('w_1^2'), vars: ['w_1'], coordinate: 'w_1', poly });
  const noRadical = (poly: string[]) => decodeProp({ op: 'no-radical-root', poly });
  const R = ['12', '0', '0', '0', '-12', '-12', '0']; // 12 · w · g5
  const run = (args: Record<string, unknown>, poly = R, g = g5) => apply(rule, [root(poly), noRadical(g)], args);
  const good = { unit: '12', zeroOrder: 1, multiplicity: 1 };
  it('concludes from R = 12 · w · g and trusts that no non-zero w*_i is radical', () => {
    const node = run(good);
    expect(node.ok, node.detail).toBe(true);
    expect(node.conclusion).toEqual({ op: 'stationary-weight-not-radical', loss: e('w_1^2'), vars: ['w_1'], coordinate: 'w_1' });
    expect(theorem(node)).toMatch(/^if every zero w\* of ∇L has R\(w\*_i\) = 0, R = u · w_i\^e · g\^m .*no non-zero w\*_i is expressible by radicals$/);
  });
  it('accepts a zero order 0, an order of 2000 and a multiplicity of 2000 (the bounds are inclusive)', () => {
    expect(run({ ...good, zeroOrder: 0 }, ['12', '0', '0', '0', '-12', '-12']).ok).toBe(true);
    const order2000 = run({ unit: '1', zeroOrder: 2000, multiplicity: 1 }, ['5', ...Array<string>(2000).fill('0')], ['5']);
    expect(order2000.ok, order2000.detail).toBe(true);
    const mult2000 = run({ unit: '5', zeroOrder: 0, multiplicity: 2000 }, ['5'], ['1']);
    expect(mult2000.ok, mult2000.detail).toBe(true);
  });
  it('refuses a unit that is not an integer string without leading zero, even when its value would fit', () => {
    const unit = /^nonzero-weight-not-radical: args\.unit is a non-zero integer "u"$/;
    expect(refusal(run({ ...good, unit: 12 }))).toMatch(unit);
    expect(refusal(run({ ...good, unit: '3x' }))).toMatch(unit);
    expect(refusal(run({ ...good, unit: '012' }))).toMatch(unit);
  });
  it('refuses a zero order that is negative, fractional, text or above 2000', () => {
    const order = /^nonzero-weight-not-radical: args\.zeroOrder is an integer e ≥ 0$/;
    for (const zeroOrder of [-1, 1.5, '1', 2001]) expect(refusal(run({ ...good, zeroOrder }))).toMatch(order);
  });
  it('refuses a multiplicity that is 0 (R = 12 w would fit without g), fractional, text or above 2000', () => {
    const mult = /^nonzero-weight-not-radical: args\.multiplicity is a positive integer$/;
    expect(refusal(run({ ...good, multiplicity: 0 }, ['12', '0']))).toMatch(mult);
    for (const multiplicity of [1.5, '1', 2001]) expect(refusal(run({ unit: '5', zeroOrder: 0, multiplicity }, ['5'], ['1']))).toMatch(mult);
  });
  it('refuses premises that are not one stationary-weight-root then one no-radical-root', () => {
    const form = /^nonzero-weight-not-radical: premises are stationary-weight-root and no-radical-root$/;
    expect(refusal(apply(rule, [root(R)], good))).toMatch(form);
    expect(refusal(apply(rule, [root(R), noRadical(g5), noRadical(g5)], good))).toMatch(form);
    expect(refusal(apply(rule, [decodeProp({ op: 'radical-roots', poly: R }), noRadical(g5)], good))).toMatch(form);
  });
});
