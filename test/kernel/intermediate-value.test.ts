import { describe, expect, it } from 'vitest';
import { replayProof } from '../../src/kernel/proof.js';
import { propEquals, decodeProp } from '../../src/kernel/proposition.js';
import { existenceData, existenceTheorem } from '../../src/neuron/existence-d1.js';
import { parseExpr } from '../../src/symbolic/parse.js';

const run = (t: unknown) => replayProof(t, { lemmas: new Map() });
const why = (t: unknown) => JSON.stringify(run(t));
const e = parseExpr;
const positivity = (expression: string, positiveSymbols: string[] = ['x']) => ({ rule: 'certificate', certificate: { kind: 'positivity', expression: e(expression), positiveSymbols } });
const pos = (...names: string[]) => names.map((name) => ({ name, domain: 'positive' }));

type Node = { rule: string; premises?: Node[]; args?: Record<string, unknown> };
/** The proof of the n-point theorem with the intermediate-value step (second conjunct) returned for tampering. */
function ivtOf(n: number): Node {
  return (existenceTheorem(new Array<1>(n).fill(1)).proof as Node).premises![1];
}

describe('existence in d = 1 by sign change', () => {
  it.each([['+'], ['-'], ['+-'], ['++-']])('replays to its statement for input signs %s', (pattern) => {
    const th = existenceTheorem([...pattern].map((c) => (c === '+' ? 1 : -1)));
    const r = run(th.proof);
    expect(r.ok, r.detail).toBe(true);
    expect(propEquals(r.conclusion!, decodeProp(th.statement))).toBe(true);
  });
});

describe('exp-increasing', () => {
  it('turns u > 0 into e^u > e^0', () => {
    const r = run({ rule: 'exp-increasing', premises: [positivity('x + 1')] });
    expect(r.ok, r.detail).toBe(true);
    expect(JSON.stringify(r.conclusion)).toContain('"op":"exp"');
  });
  it('refuses a premise that is not a strict inequality', () => {
    expect(why({ rule: 'exp-increasing', premises: [{ rule: 'certificate', certificate: { kind: 'derivative-identity', expression: e('x^2'), variable: 'x', derivative: e('2*x') } }] })).toMatch(/strict inequality/);
  });
});

describe('positive-substitution', () => {
  const premise = { rule: 'exp-increasing', premises: [positivity('x')] }; // e^x > e^0, so d := e^x − 1 > 0
  const apply = (P: string, F: string, extra: Record<string, unknown> = {}) => ({ rule: 'positive-substitution', premises: [premise], args: { vars: pos('x'), names: ['d'], P: e(P), F: e(F), ...extra } });
  it('proves e^x − 1 + x > 0 for x > 0 from d = e^x − 1 > 0', () => {
    expect(run(apply('d + x', 'exp(x) - 1 + x')).ok).toBe(true);
  });
  it('refuses a P with a negative term, an F that is not P at the differences, and a name that is bound', () => {
    expect(why(apply('d - x', 'exp(x) - 1 - x'))).toMatch(/P is not certified positive/);
    expect(why(apply('d + x', 'exp(x) + x'))).toMatch(/F is not P with each name replaced/);
    expect(why(apply('x', 'x', { names: ['x'] }))).toMatch(/must not be bound/);
    expect(why(apply('d + x', 'exp(x) - 1 + x', { vars: [{ name: 'x', domain: 'real' }] }))).toMatch(/quantifies x \(positive\), which args.vars does not/);
  });
});

describe('intermediate-value', () => {
  it('refuses a function undefined somewhere (1/w is not continuous on ℝ though it changes sign)', () => {
    const one = positivity('x');
    const r = why({ rule: 'intermediate-value', premises: [one, one], args: { var: 'w', fn: e('x/w'), a: e('-1'), b: e('1') } });
    expect(r).toMatch(/not certified defined for every real w/);
  });
  it('refuses premises that are not f(b) > 0 and −f(a) > 0', () => {
    const ivt = ivtOf(1);
    const swapped = { ...ivt, premises: [ivt.premises![1], ivt.premises![0]] };
    expect(why(swapped)).toMatch(/first premise is not f\(b\) > 0/);
    const d = existenceData([1]);
    const otherPoint = { ...ivt, args: { ...ivt.args, b: e('a1 + b1 + 2') } };
    expect(why(otherPoint)).toMatch(/first premise is not f\(b\) > 0/);
    const otherFn = { ...ivt, args: { ...ivt.args, fn: { op: 'neg', arg: d.gradient } } };
    expect(why(otherFn)).toMatch(/premise is not/);
  });
  it('refuses a right proof for a wrong sign claim: W − c_i replaced by W + c_i at +W', () => {
    const ivt = ivtOf(2);
    const plus = ivt.premises![0];
    const swapped = { ...plus, premises: ivtOf(2).premises![1].premises };
    expect(why({ ...ivt, premises: [swapped, ivt.premises![1]] })).toMatch(/F is not P with each name replaced/);
  });
});
