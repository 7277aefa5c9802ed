/**
 * range-union and range-exp-tail, one hypothesis at a time. Gluing must take the lowest and the highest bound of all
 * pieces (not the first's or the last's) and refuse pieces of different orders; a tail must start from a bound of F
 * itself on [0, c] (a bound on [c′, c] with c′ > 0, or of F′, would give a false tail). Every refusal names the rule
 * and what failed. Premises are lemmas: the rules see only propositions, so any range proposition may reach them.
 */
import { applyToLemmas } from './rule-application.js';
import { describe, expect, it } from 'vitest';
import { decodeProp } from '../../src/kernel/proposition.js';
import { parseExpr } from '../../src/symbolic/parse.js';

type End = string;
const range = (fn: string, v: string, order: number, [lo, hi]: [End, End], [min, max]: [End, End]) => ({ op: 'range', fn: parseExpr(fn), var: v, order, lo, hi, min, max });
const rootCount = { op: 'root-count', poly: ['1', '-1'], lo: '0', hi: '+inf', count: 1 };

/** Replays `rule` on the given propositions, decoded, as lemma leaves. */
const apply = (rule: string, premises: readonly object[], args?: unknown) => applyToLemmas(rule, premises.map((p) => decodeProp(p)), args);

describe('range-union', () => {
  // f = w³ − w: every bound below encloses f″ = 6w on its piece (some loosely).
  const f = 'w^3 - w';
  const piece = (lo: string, hi: string, min: string, max: string, order = 2, fn = f) => range(fn, 'w', order, [lo, hi], [min, max]);
  const glue = (...premises: object[]) => apply('range-union', premises);

  it('takes the lowest and the highest bound over all pieces, wherever they occur', () => {
    // the lowest bound on the middle piece, the highest on the first: neither the first's nor the last's pair
    const n = glue(piece('-1', '0', '-6', '13'), piece('0', '1', '-7', '6'), piece('1', '2', '6', '12'));
    expect(n.ok, n.detail).toBe(true);
    expect(n.conclusion).toMatchObject({ op: 'range', order: 2, lo: '-1', hi: '2', min: '-7', max: '13' });
    const m = glue(piece('-1', '0', '-6', '0'), piece('0', '1', '0', '6'), piece('1', '2', '-8', '12'), piece('2', '3', '12', '18'));
    expect(m.conclusion).toMatchObject({ lo: '-1', hi: '3', min: '-8', max: '18' });
  });

  it('names the gluing theorem among what the step trusts', () => {
    expect(glue(piece('0', '1', '0', '6'), piece('1', '2', '6', '12')).trusts).toContainEqual({ kind: 'theorem', name: expect.stringMatching(/^bounds on adjacent intervals glue/) });
  });

  it('refuses a single piece', () => {
    expect(glue(piece('0', '1', '0', '6')).detail).toMatch(/^range-union needs at least two premises$/);
  });

  it('refuses a premise that is not a range, naming its position', () => {
    expect(glue(piece('0', '1', '0', '6'), rootCount).detail).toMatch(/^range-union: premise 2 is a range$/);
  });

  it('refuses pieces that bound derivatives of different orders (f′ on one, f″ on the next)', () => {
    expect(glue(piece('0', '1', '-1', '2', 1), piece('1', '2', '6', '12')).detail).toMatch(/^range-union: the premises bound derivatives of different orders$/);
  });

  it('refuses pieces of different functions and a gap, naming the pieces', () => {
    expect(glue(piece('0', '1', '0', '6'), piece('1', '2', '6', '12', 2, 'w^3')).detail).toMatch(/^range-union: the premises bound derivatives of different functions$/);
    expect(glue(piece('0', '1', '0', '6'), piece('1', '2', '6', '12'), piece('3', '4', '18', '24')).detail).toMatch(/^range-union: premise 3 does not start where premise 2 ends$/);
  });
});

describe('range-exp-tail', () => {
  // F(z) = z on [0, 1/2]; f(w) = e^{−w} = F(e^{−w}) and e^{−1} ≤ 1/2, so 0 ≤ f ≤ 1/2 on [1, +∞); mirrored for e^{w}.
  const F = range('z', 'z', 0, ['0', '1/2'], ['0', '1/2']);
  const plus = { fn: parseExpr('exp(-w)'), var: 'w', order: 0, side: '+inf', from: '1' };
  const minus = { fn: parseExpr('exp(w)'), var: 'w', order: 0, side: '-inf', from: '-1' };
  const tail = (premise: object = F, args: unknown = plus) => apply('range-exp-tail', [premise], args);

  it('carries the bound of F to each tail', () => {
    expect(tail().conclusion).toMatchObject({ op: 'range', var: 'w', order: 0, lo: '1', hi: '+inf', min: '0', max: '1/2' });
    expect(tail(F, minus).conclusion).toMatchObject({ op: 'range', var: 'w', order: 0, lo: '-inf', hi: '-1', min: '0', max: '1/2' });
  });

  it('names the substitution theorem among what the step trusts', () => {
    expect(tail().trusts).toContainEqual({ kind: 'theorem', name: expect.stringMatching(/^a tail through z = e\^\{−w\}/) });
  });

  it('refuses a bound of F on [c′, c] with c′ > 0: the tail reaches z near 0, where F may leave it', () => {
    // 1/10 ≤ z on [1/10, 1/2], but e^{−w} → 0: "e^{−w} ≥ 1/10 on [1, +∞)" is false
    expect(tail(range('z', 'z', 0, ['1/10', '1/2'], ['1/10', '1/2'])).detail).toMatch(/^range-exp-tail: the premise bounds F itself \(order 0\) on \[0, c\]$/);
  });

  it('refuses a bound of F′ in place of F', () => {
    // F′ = 1 on [0, 1/2]: "e^{−w} = 1 on [1, +∞)" is false
    expect(tail(range('z', 'z', 1, ['0', '1/2'], ['1', '1'])).detail).toMatch(/^range-exp-tail: the premise bounds F itself \(order 0\) on \[0, c\]$/);
  });

  it('refuses two premises, a premise that is not a range, and an unbounded [0, c]', () => {
    expect(apply('range-exp-tail', [F, F], plus).detail).toMatch(/^range-exp-tail takes 1 premise, got 2$/);
    expect(tail(rootCount).detail).toMatch(/^range-exp-tail: the premise is a range$/);
    expect(tail(range('z', 'z', 0, ['0', '+inf'], ['0', '+inf'])).detail).toMatch(/^range-exp-tail: the premise's c must be finite$/);
  });

  it('refuses missing or non-object args', () => {
    for (const args of [undefined, null, [], 'side=+inf']) expect(apply('range-exp-tail', [F], args).detail).toMatch(/^range-exp-tail needs an "args" object$/);
  });

  it('refuses a variable that is not a symbol or is the premise\'s z, a malformed fn, side or from', () => {
    expect(tail(F, { ...plus, var: 7 }).detail).toMatch(/^range-exp-tail: args.var must be a symbol name$/);
    expect(tail(F, { ...plus, var: 'z', fn: parseExpr('exp(-z)') }).detail).toMatch(/^range-exp-tail: the variable must differ from the premise's z$/);
    expect(tail(F, { ...plus, fn: 'exp(-w)' }).detail).toMatch(/args\.fn: expected an expression object/);
    expect(tail(F, { ...plus, side: 'right' }).detail).toMatch(/^range-exp-tail: args.side is "\+inf" or "-inf"$/);
    for (const from of ['1.0', '+1', 'one', 1]) expect(tail(F, { ...plus, from }).detail).toMatch(/^range-exp-tail: args.from is a rational "p\/q"$/);
    expect(tail(F, { ...plus, order: 9 }).detail).toMatch(/the tail\.order: an integer from 0 to/);
  });

  it('refuses a function whose derivative is not certified defined everywhere', () => {
    expect(tail(F, { ...plus, fn: parseExpr('1/w') }).detail).toMatch(/^range-exp-tail: the derivative of order 0 is not certified defined everywhere$/);
  });

  it('says which substitution failed: F(e^{-w}) on the right tail, F(e^{w}) on the left', () => {
    expect(tail(F, { ...plus, fn: parseExpr('exp(-2*w)') }).detail).toMatch(/^range-exp-tail: the derivative of order 0 is not F\(e\^\{-w\}\): the difference normalises to /);
    expect(tail(F, { ...minus, fn: parseExpr('exp(2*w)') }).detail).toMatch(/^range-exp-tail: the derivative of order 0 is not F\(e\^\{w\}\): the difference normalises to /);
  });

  it('says which bound failed when the tail starts too close: e^{−R} ≤ c on the right, e^{R} ≤ c on the left', () => {
    expect(tail(F, { ...plus, from: '0' }).detail).toMatch(/^range-exp-tail: e\^\{−R\} ≤ c is not shown \(e\^\{…\} ≤ 1(\.0*)?\d*, c = 1\/2\)$/);
    expect(tail(F, { ...minus, from: '0' }).detail).toMatch(/^range-exp-tail: e\^\{R\} ≤ c is not shown \(e\^\{…\} ≤ 1(\.0*)?\d*, c = 1\/2\)$/);
  });
});
