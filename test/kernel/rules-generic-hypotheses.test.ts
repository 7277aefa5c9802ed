/**
 * The hypotheses of the generic-target rules (src/kernel/rules/generic.ts), checked one at a time on small hand-made
 * premises: each rule accepts a valid application and rejects, with the hypothesis named, an application where exactly
 * one hypothesis fails. N(z; t) = z² − t (or z⁵ − t) is the generic polynomial throughout.
 */
import { refuses } from './rule-application.js';
import { describe, expect, it } from 'vitest';
import { decodeProp, type Prop } from '../../src/kernel/proposition.js';
import { RULES } from '../../src/kernel/rules.js';
import { parseExpr as e } from '../../src/symbolic/parse.js';

/** z² − t, z − t, z⁵ − t and z⁴ − t as generic polynomials in one parameter t. */
const QUADRATIC = [[['1', [0]]], [], [['-1', [1]]]];
const LINEAR = [[['1', [0]]], [['-1', [1]]]];
const QUINTIC = [[['1', [0]]], [], [], [], [], [['-1', [1]]]];
const QUARTIC = [[['1', [0]]], [], [], [], [['-1', [1]]]];

/** `text` as a regular expression that matches exactly it. */
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const prop = (p: unknown): Prop => decodeProp(p);
const about = (op: string, poly: string[]): Prop => prop({ op, poly });


describe('galois-specialization: Gal(N/Q(t)) ≅ S_n from one good specialization', () => {
  // N(z; 2) = z² − 2.
  const P = ['1', '0', '-2'];
  const premises = (irr = P, gal = P) => [about('irreducible', irr), about('galois-symmetric', gal)];
  const args = (over: Record<string, unknown> = {}) => ({ params: ['t'], poly: QUADRATIC, at: { t: '2' }, ...over });
  const apply = (ps: Prop[], a: unknown) => RULES['galois-specialization'].apply(ps, a);

  it('concludes generic-galois-symmetric of N from irreducible and galois-symmetric of N(z; t0), degree 2 included', () => {
    expect(apply(premises(), args())).toEqual(prop({ op: 'generic-galois-symmetric', params: ['t'], poly: QUADRATIC }));
  });

  it('reads multi-digit and negative rationals p/q as the specialization point', () => {
    // N(z; −12/10) = z² + 6/5, a rational multiple of 5z² + 6.
    const Q = ['5', '0', '6'];
    expect(apply(premises(Q, Q), args({ at: { t: '-12/10' } })).op).toBe('generic-galois-symmetric');
  });

  it('matches the values to the parameters by name, whatever order the parameters and the values are listed in', () => {
    // N(z; u, t) = z² − ut with the parameters listed (u, t) and the values given u first: N(z; 2, 3) = z² − 6.
    const N = [[['1', [0, 0]]], [], [['-1', [1, 1]]]];
    const Q = ['1', '0', '-6'];
    expect(apply(premises(Q, Q), { params: ['u', 't'], poly: N, at: { u: '2', t: '3' } }).op).toBe('generic-galois-symmetric');
    expect(apply(premises(Q, Q), { params: ['u', 't'], poly: N, at: { t: '3', u: '2' } }).op).toBe('generic-galois-symmetric');
  });

  it('needs the premises irreducible(P) then galois-symmetric(P), not two of one kind or the other order', () => {
    const why = /galois-specialization: premises are irreducible\(P\) and galois-symmetric\(P\)/;
    refuses('galois-specialization', [about('irreducible', P), about('irreducible', P)], args(), why);
    refuses('galois-specialization', [about('galois-symmetric', P), about('galois-symmetric', P)], args(), why);
    refuses('galois-specialization', [about('galois-symmetric', P), about('irreducible', P)], args(), why);
  });

  it('needs both premises about the same polynomial', () => {
    refuses('galois-specialization', premises(P, ['1', '0', '-3']), args(), /galois-specialization: the premises are about different polynomials/);
  });

  it('needs an args object', () => {
    for (const bad of [undefined, null, [], 'args', 7]) refuses('galois-specialization', premises(), bad, /^galois-specialization needs an "args" object$/);
  });

  it('needs args.at to be an object of values', () => {
    for (const at of [undefined, null, [], ['2'], 't=2']) refuses('galois-specialization', premises(), args({ at }), /^galois-specialization: args\.at maps each parameter to a rational$/);
  });

  it('needs each value to be a rational "p/q" text with a non-zero denominator, naming the parameter', () => {
    refuses('galois-specialization', premises(), args({ at: { t: 2 } }), /^args\.at\.t: a rational "p\/q"$/);
    for (const t of ['x2', '2x', '1/2/', 'abc', '', '1/0', '-3/00'])
      refuses('galois-specialization', premises(), args({ at: { t } }), new RegExp(`^args\\.at\\.t: ${escape(JSON.stringify(t))} is not a rational$`));
  });

  it('needs degree n ≥ 2 in z (S_1 says nothing)', () => {
    // N(z; 2) = z − 2 with premises about z − 2: everything else holds.
    const L = ['1', '-2'];
    refuses('galois-specialization', premises(L, L), args({ poly: LINEAR }), /galois-specialization: S_n needs degree n ≥ 2/);
  });

  it('needs the premise polynomial to have the degree of N(z; t0), even when its leading coefficients agree', () => {
    // z³ − 2z starts like z² − 2 (coefficients 1, 0, −2) but is another polynomial.
    const longer = ['1', '0', '-2', '0'];
    refuses('galois-specialization', premises(longer, longer), args(), /^galois-specialization: the premise has degree 3, the specialization degree 2$/);
  });
});

describe('hilbert-no-radical: Hilbert irreducibility with Galois, for degree n ≥ 5', () => {
  const group = (poly: unknown) => prop({ op: 'generic-galois-symmetric', params: ['t'], poly });

  it('concludes generic-no-radical-root of the same N and parameters at degree 5', () => {
    expect(RULES['hilbert-no-radical'].apply([group(QUINTIC)], undefined)).toEqual(prop({ op: 'generic-no-radical-root', params: ['t'], poly: QUINTIC }));
  });

  it('refuses degree 4 (S_4 is solvable)', () => {
    refuses('hilbert-no-radical', [group(QUARTIC)], undefined, /^hilbert-no-radical: S_n is solvable for n ≤ 4$/);
  });

  it('takes exactly one premise', () => {
    refuses('hilbert-no-radical', [group(QUINTIC), group(QUINTIC)], undefined, /^hilbert-no-radical takes 1 premise, got 2$/);
  });

  it('needs a generic group premise, not the group of one polynomial over Q', () => {
    refuses('hilbert-no-radical', [about('galois-symmetric', ['1', '0', '0', '0', '-1', '-1'])], undefined, /^hilbert-no-radical: the premise is generic-galois-symmetric$/);
  });
});

describe('generic-exp-transfer: ∂L/∂w = c e^{mw} N(e^w; t)/D(e^w) gives ∂L/∂w = 0 ⟺ N(e^w; t) = 0', () => {
  // ∂/∂w (t w²) stated as 2 e^w (e^{2w} − t)/(e^w + 1): c = 2, m = 1, N = z² − t, D = z + 1 (no root in (0, ∞)).
  const VALUE = '2*(exp(3*w) - t*exp(w))/(exp(w) + 1)';
  const real = (name: string) => ({ name, domain: 'real' });
  const derivative = (over: { vars?: unknown[]; fn?: string; var?: string; value?: string; partial?: true } = {}) =>
    prop({
      op: 'forall',
      vars: over.vars ?? [real('w'), real('t')],
      body: { op: 'deriv', fn: e(over.fn ?? 't*w^2'), var: over.var ?? 'w', value: e(over.value ?? VALUE), ...(over.partial ? { partial: true } : {}) },
    });
  const noRoot = (over: Record<string, unknown> = {}) => prop({ op: 'root-count', poly: ['1', '1'], lo: '0', hi: '+inf', count: 0, ...over });
  const args = (over: Record<string, unknown> = {}) => ({ params: ['t'], N: QUADRATIC, D: ['1', '1'], c: { op: 'num', value: '2' }, m: 1, ...over });
  const apply = (ps: Prop[], a: unknown) => RULES['generic-exp-transfer'].apply(ps, a);

  it('concludes generic-stationary-via-exp for the loss, its variable, the parameters and N', () => {
    expect(apply([derivative(), noRoot()], args())).toEqual(prop({ op: 'generic-stationary-via-exp', loss: e('t*w^2'), var: 'w', params: ['t'], poly: QUADRATIC }));
  });

  it('accepts the extreme shifts m = ±1000', () => {
    expect(apply([derivative({ value: '2*exp(1000*w)*(exp(2*w) - t)/(exp(w) + 1)' }), noRoot()], args({ m: 1000 })).op).toBe('generic-stationary-via-exp');
    expect(apply([derivative({ value: '2*exp(-1000*w)*(exp(2*w) - t)/(exp(w) + 1)' }), noRoot()], args({ m: -1000 })).op).toBe('generic-stationary-via-exp');
  });

  it('takes exactly two premises', () => {
    refuses('generic-exp-transfer', [derivative()], args(), /^generic-exp-transfer takes 2 premises, got 1$/);
  });

  it('needs an args object', () => {
    for (const bad of [undefined, null, [], 'args']) refuses('generic-exp-transfer', [derivative(), noRoot()], bad, /^generic-exp-transfer needs an "args" object$/);
  });

  it('needs the first premise to be a derivative under ∀ that holds everywhere, not only where defined', () => {
    const why = /^generic-exp-transfer: the first premise is a derivative that holds everywhere, under ∀$/;
    const bare = prop({ op: 'deriv', fn: e('t*w^2'), var: 'w', value: e(VALUE) });
    refuses('generic-exp-transfer', [bare, noRoot()], args(), why);
    refuses('generic-exp-transfer', [prop({ op: 'forall', vars: [real('w'), real('t')], body: { op: 'eq', lhs: e('w'), rhs: e('w') } }), noRoot()], args(), why);
    refuses('generic-exp-transfer', [derivative({ partial: true }), noRoot()], args(), why);
  });

  it('refuses a derivative whose variable is a parameter', () => {
    refuses('generic-exp-transfer', [derivative({ var: 't' }), noRoot()], args(), /^generic-exp-transfer: the variable of the derivative is a parameter$/);
  });

  it('needs the derivative quantified over its variable', () => {
    refuses('generic-exp-transfer', [derivative({ vars: [real('t')] }), noRoot()], args(), /^generic-exp-transfer: the derivative is not quantified over its variable$/);
  });

  it('needs every binder to be the variable or a parameter, over the reals', () => {
    const why = /^generic-exp-transfer: the derivative must be quantified over its variable and the parameters, all over the reals$/;
    refuses('generic-exp-transfer', [derivative({ vars: [{ name: 'w', domain: 'positive' }, real('t')] }), noRoot()], args(), why);
    refuses('generic-exp-transfer', [derivative({ vars: [real('w'), { name: 't', domain: 'positive' }] }), noRoot()], args(), why);
    refuses('generic-exp-transfer', [derivative({ vars: [real('w'), real('t'), real('s')] }), noRoot()], args(), why);
  });

  it('needs the second premise to say D has no root in (0, +∞): not another interval, count or form', () => {
    const why = /^generic-exp-transfer: the second premise says D has no root in \(0, \+∞\)$/;
    refuses('generic-exp-transfer', [derivative(), noRoot({ lo: '1' })], args(), why);
    refuses('generic-exp-transfer', [derivative(), noRoot({ hi: '10' })], args(), why);
    refuses('generic-exp-transfer', [derivative(), noRoot({ count: 1 })], args(), why);
    refuses('generic-exp-transfer', [derivative(), about('irreducible', ['1', '1'])], args(), why);
  });

  it('needs the root count to be about D', () => {
    refuses('generic-exp-transfer', [derivative(), noRoot({ poly: ['1', '2'] })], args(), /^generic-exp-transfer: the root count is about another polynomial than D$/);
  });

  it('needs a positive leading coefficient of D', () => {
    // −z − 1 has no root in (0, ∞) either, but is negative there.
    refuses('generic-exp-transfer', [derivative({ value: '-2*(exp(3*w) - t*exp(w))/(exp(w) + 1)' }), noRoot({ poly: ['-1', '-1'] })], args({ D: ['-1', '-1'] }), /^generic-exp-transfer: D needs a positive leading coefficient/);
  });

  it('names args.c when it is not an expression, and needs it to be a number', () => {
    expect(() => apply([derivative(), noRoot()], args({ c: { op: 'nonsense' } }))).toThrow(/args\.c/);
    refuses('generic-exp-transfer', [derivative(), noRoot()], args({ c: { op: 'sym', name: 't' } }), /^generic-exp-transfer: args\.c is a non-zero rational$/);
  });

  it('needs m to be an integer of absolute value at most 1000', () => {
    for (const m of [1.5, '1', 1001, -1001, undefined]) refuses('generic-exp-transfer', [derivative(), noRoot()], args({ m }), /^generic-exp-transfer: args\.m is an integer$/);
  });

  it('refuses a conclusion whose loss has a symbol that is neither the variable nor a parameter, naming the conclusion', () => {
    refuses('generic-exp-transfer', [derivative({ fn: 's*w^2' }), noRoot()], args(), /^conclusion\.loss: symbol s is neither the variable nor a parameter$/);
  });
});

describe('generic-stationary-not-radical: the transfer and the no-radical statement about the same N and t', () => {
  const transfer = (params = ['t'], poly: unknown = QUINTIC) => prop({ op: 'generic-stationary-via-exp', loss: e('w^2'), var: 'w', params, poly });
  const radical = (params = ['t'], poly: unknown = QUINTIC) => prop({ op: 'generic-no-radical-root', params, poly });
  const apply = (ps: Prop[]) => RULES['generic-stationary-not-radical'].apply(ps, undefined);

  it('concludes generic-stationary-not-radical for the loss, variable and parameters', () => {
    expect(apply([transfer(), radical()])).toEqual(prop({ op: 'generic-stationary-not-radical', loss: e('w^2'), var: 'w', params: ['t'] }));
  });

  it('takes exactly two premises', () => {
    refuses('generic-stationary-not-radical', [transfer()], undefined, /^generic-stationary-not-radical takes 2 premises, got 1$/);
  });

  it('needs the premises generic-stationary-via-exp then generic-no-radical-root, not two of one kind', () => {
    const why = /^generic-stationary-not-radical: premises are generic-stationary-via-exp and generic-no-radical-root$/;
    refuses('generic-stationary-not-radical', [transfer(), transfer()], undefined, why);
    refuses('generic-stationary-not-radical', [radical(), radical()], undefined, why);
    refuses('generic-stationary-not-radical', [radical(), transfer()], undefined, why);
  });

  it('needs the same parameters in both premises', () => {
    refuses('generic-stationary-not-radical', [transfer(['t']), radical(['s'])], undefined, /^generic-stationary-not-radical: the premises have different parameters$/);
  });

  it('needs the same polynomial in both premises', () => {
    refuses('generic-stationary-not-radical', [transfer(['t'], QUINTIC), radical(['t'], QUARTIC)], undefined, /^generic-stationary-not-radical: the premises are about different polynomials$/);
  });
});

describe('the trusted base names the theorem each generic rule applies', () => {
  it('with its source, its hypotheses and its conclusion', () => {
    const theorem = (rule: string) => RULES[rule].theorem;
    expect(theorem('galois-specialization')).toMatch(/specialization \(Dedekind.*squarefree/);
    expect(theorem('galois-specialization')).toMatch(/then Gal\(N\(z; t0\)\/Q\) embeds in Gal\(N\/Q\(t\)\)/);
    expect(theorem('hilbert-no-radical')).toMatch(/Hilbert's irreducibility theorem.*thin set/);
    expect(theorem('hilbert-no-radical')).toMatch(/S_n is not solvable for n ≥ 5.*radicals/);
    expect(theorem('generic-exp-transfer')).toMatch(/exp is an increasing bijection.*D > 0 on \(0, ∞\)/);
    expect(theorem('generic-exp-transfer')).toMatch(/then for every real t: ∂L\/∂w \(w; t\) = 0 ⟺ N\(e\^w; t\) = 0/);
    expect(theorem('generic-stationary-not-radical')).toMatch(/thin set.*radicals/);
  });
});
