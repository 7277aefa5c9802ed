import { describe, expect, it } from 'vitest';
import { replayProof, type ProofNode } from '../../src/kernel/proof.js';
import { decodeProp, propEquals, type Prop } from '../../src/kernel/proposition.js';
import { RULES } from '../../src/kernel/rules.js';
import type { Certificate } from '../../src/kernel/types.js';
import { parseExpr } from '../../src/symbolic/parse.js';
import { derivativeIdentityCertificate, identityCertificate, limitCertificate, positivityCertificate } from '../../src/symbolic/certificates.js';
import { and, deriv, eq, forall, gt, limit, ne, not, positive, real } from '../../src/claim/statement.js';
import {
  andElim,
  andIntro,
  byCertificate,
  byLemma,
  byRule,
  chainLinearForm,
  conv,
  countViaExp,
  expTransfer,
  galoisNoRadical,
  gtNe,
  hermiteLindemann,
  limitUnique,
  linearFormIntro,
  refuteForall,
  specialize,
  stationaryNotRadicalRule,
} from '../../src/claim/proof-terms.js';

const e = parseExpr;
const run = (term: unknown, lemmas: Record<string, Prop> = {}): ProofNode => replayProof(term, { lemmas: new Map(Object.entries(lemmas).map(([k, v]) => [k, decodeProp(v)])) });
/** The replayed conclusion, which must exist and equal `expected`. */
function concludes(term: unknown, expected: Prop, lemmas: Record<string, Prop> = {}): void {
  const node = run(term, lemmas);
  expect(node.ok, node.detail).toBe(true);
  expect(propEquals(node.conclusion!, decodeProp(expected))).toBe(true);
}
/** The replay fails, and the failing detail matches `why`. */
function refuses(term: unknown, why: RegExp, lemmas: Record<string, Prop> = {}): void {
  const node = run(term, lemmas);
  expect(node.ok).toBe(false);
  const details = (n: ProofNode): string[] => [n.detail, ...n.premises.flatMap(details)];
  expect(details(node).join(' | ')).toMatch(why);
}
const dcert = (fn: string, v: string, value: string): Certificate => derivativeIdentityCertificate(e(fn), v, e(value));

describe('specialize', () => {
  const dax = byCertificate(dcert('a*x', 'x', 'a'));
  it('instantiates a bound variable with a constant or with an expression in the remaining variables', () => {
    concludes(specialize(dax, { a: '3' }), forall(['x'], deriv('3*x', 'x', '3')));
    concludes(specialize(byCertificate(identityCertificate(e('(a+b)^2'), e('a^2 + 2*a*b + b^2'))), { a: 'b' }), forall(['b'], eq('(b+b)^2', 'b^2 + 2*b*b + b^2')));
  });
  it('refuses to instantiate the variable of a derivative', () => {
    refuses(specialize(dax, { x: '2' }), /variable of a derivative/);
  });
  it('refuses a value that the derivative would capture (d(ax)/dx = a with a := x is not d(x²)/dx = x)', () => {
    refuses(specialize(dax, { a: 'x' }), /captured/);
    refuses(specialize(dax, { a: 'x + 1' }), /captured/);
  });
  it('refuses an inner quantifier capturing a value', () => {
    const lemma = forall([positive('a'), positive('b')], forall([real('b')], gt('a + exp(b)', '0')));
    concludes(specialize(byLemma('l'), { a: '2' }), forall([positive('b')], forall([real('b')], gt('2 + exp(b)', '0'))), { l: lemma });
    refuses(specialize(byLemma('l'), { a: 'b' }), /capture/, { l: lemma });
  });
  it('refuses a non-positive value for a positive variable, a value with foreign symbols, an unbound name, nothing to do', () => {
    const pos = byCertificate(positivityCertificate(e('y'), ['y']));
    concludes(specialize(pos, { y: '1/2' }), gt('1/2', '0'));
    refuses(specialize(pos, { y: '0' }), /not certified positive/);
    refuses(specialize(pos, { y: '-2' }), /not certified positive/);
    refuses(specialize(pos, { y: 'q' }), /remaining bound variables/);
    refuses(specialize(pos, { z: '1' }), /not bound/);
    refuses(byRule('specialize', [pos], { values: {} }), /nothing to substitute/);
    refuses(specialize(pos, { y: '1/(1-1)' }), /./);
  });
});

const LOSS = '1/2*(1/3 - sigmoid(w))^2';
const DLOSS = '-(1/3 - sigmoid(w))*sigmoid(w)*(1 - sigmoid(w))';
const CUBE = ['1', '3', '3', '1'];
const num = (value: string) => ({ op: 'num' as const, value });
const roots = (polynomial: string[], count: number, lo = '0', hi = '+inf'): Certificate => ({ kind: 'real-root-count', polynomial, interval: [lo, hi], count });
const dLoss = byCertificate(dcert(LOSS, 'w', DLOSS));
const transfer = (over: Partial<{ c: string; m: number; N: string[]; D: string[]; Droots: number }> = {}) =>
  expTransfer(dLoss, byCertificate(roots(over.D ?? CUBE, over.Droots ?? 0)), { c: num(over.c ?? '1/3'), m: over.m ?? 1, N: over.N ?? ['2', '-1'], D: over.D ?? CUBE });
const SEPTIC = ['4', '1', '21', '-6', '-12', '-33', '-5', '-2'];
const septicIrreducible = byCertificate({ kind: 'irreducible', polynomial: SEPTIC, primes: [{ p: 5, pattern: [7] }] });
const septicGalois = byCertificate({ kind: 'galois-symmetric', polynomial: SEPTIC, primes: [{ p: 5, pattern: [7] }, { p: 7, pattern: [5, 2] }] });
const QUARTIC = ['1', '0', '0', '1', '1'];
const limitCert = (fn: string, value: string) => byCertificate(limitCertificate(e(fn), 'x', '+infinity', e(value)));
const sd = dcert('sigmoid(h)', 'h', 'sigmoid(h)*(1 - sigmoid(h))');

describe('the rule registry', () => {
  it('holds every rule tested here, frozen', () => {
    const tested = ['and-intro', 'and-elim', 'conv', 'gt-ne', 'specialize', 'linear-form-intro', 'chain-linear-form', 'exp-transfer', 'count-via-exp', 'galois-no-radical', 'stationary-not-radical', 'hermite-lindemann', 'limit-unique', 'refute-forall'];
    for (const r of tested) expect(Object.prototype.hasOwnProperty.call(RULES, r), r).toBe(true);
    expect(Object.isFrozen(RULES)).toBe(true);
  });
  it('rejects unknown and inherited rule names and malformed steps', () => {
    for (const rule of ['no-such-rule', '__proto__', 'constructor', 'toString']) refuses(byRule(rule, []), /no inference rule named/);
    refuses(null, /must be an object/);
    refuses([], /must be an object/);
    refuses({ rule: 'and-intro', premises: 'x' }, /must be an array/);
  });
});

describe('and-intro and and-elim', () => {
  const a = byCertificate(sd);
  const b = byCertificate(positivityCertificate(e('y'), ['y']));
  it('introduce and eliminate a conjunction', () => {
    concludes(andIntro(a, b), and(forall(['h'], deriv('sigmoid(h)', 'h', 'sigmoid(h)*(1 - sigmoid(h))')), forall([positive('y')], gt('y', '0'))));
    concludes(andElim(andIntro(a, b), 1), forall([positive('y')], gt('y', '0')));
  });
  it('refuse no premise, a failed premise, a non-conjunction, an index out of range', () => {
    refuses(andIntro(), /at least one premise/);
    refuses(andIntro(a, byCertificate(dcert('x', 'x', '2'))), /premise does not hold/);
    refuses(andElim(a, 0), /needs a conjunction/);
    refuses(andElim(andIntro(a, b), 2), /must name a conjunct/);
    refuses(byRule('and-elim', [andIntro(a, b)], { index: 0.5 }), /must name a conjunct/);
  });
});

describe('conv', () => {
  const base = byCertificate(sd);
  it('rewrites to an equal function, defined everywhere', () => {
    const to = forall(['h'], deriv('1/(1 + exp(-h))', 'h', 'sigmoid(h) - sigmoid(h)^2'));
    concludes(conv(base, to), to);
    concludes(conv(byCertificate(identityCertificate(e('x'), e('x'))), forall(['x'], eq('x + x', '2*x'))), forall(['x'], eq('x + x', '2*x')));
  });
  it('refuses a different function, a hidden domain, a changed quantifier, form or derivative variable', () => {
    refuses(conv(base, forall(['h'], deriv('sigmoid(h)', 'h', 'sigmoid(h)*(1 + sigmoid(h))'))), /expressions differ/);
    refuses(conv(byCertificate(identityCertificate(e('x'), e('x'))), forall(['x'], eq('x/x', '1'))), /not certified defined/);
    refuses(conv(byCertificate(identityCertificate(e('x'), e('x'))), forall(['x'], eq('x + 0*ln(-x)', 'x'))), /not certified defined/);
    refuses(conv(byCertificate(positivityCertificate(e('x'), ['x'])), forall(['x'], gt('x', '0'))), /bound variables/);
    refuses(conv(base, forall(['h'], eq('sigmoid(h)', 'sigmoid(h)'))), /cannot turn a forall|cannot turn a deriv/);
    refuses(conv(byCertificate(identityCertificate(e('x/x'), e('1'))), forall(['x'], eq('x/x', '1'))), /where a relation holds/);
    refuses(byRule('conv', [base], { to: { op: 'nonsense' } }), /unknown proposition form/);
  });
  it('rewrites a partial inequality only when its sign is certified everywhere', () => {
    // For x ≠ 0, x·x·(x/x) > 0 holds; x·x > 0 "wherever defined" fails at x = 0. Likewise x·(x/x) ≠ 0 and x ≠ 0.
    refuses(conv(byLemma('l'), forall(['x'], ({ ...gt('x*x', '0'), partial: true } as Prop))), /partial gt/, { l: forall(['x'], ({ ...gt('x*x*(x/x)', '0'), partial: true } as Prop)) });
    refuses(conv(byLemma('l'), forall(['x'], { ...ne('x', '0'), partial: true } as Prop)), /partial ne/, { l: forall(['x'], { ...ne('x*(x/x)', '0'), partial: true } as Prop) });
    const pos = forall([positive('y'), real('x')], ({ ...gt('y*(x/x)', '0'), partial: true } as Prop));
    concludes(conv(byLemma('p'), forall([positive('y'), real('x')], ({ ...gt('y*(x/x) + 0*x', '0'), partial: true } as Prop))), forall([positive('y'), real('x')], ({ ...gt('y*(x/x) + 0*x', '0'), partial: true } as Prop)), { p: pos });
    // Equations "wherever defined" stay convertible: where both sides are defined, lhs − rhs is its normal form, 0.
    concludes(conv(byLemma('q'), forall(['x'], eq('x', 'x', true))), forall(['x'], eq('x', 'x', true)), { q: forall(['x'], eq('x*(x/x)', 'x', true)) });
  });
  it('converts under a negation only when the conversion is an equivalence', () => {
    // ¬∀x. x/x = 1 is true (x/x is undefined at 0); ¬∀x. 1 = 1 is false, though x/x − 1 and 1 − 1 are equal functions.
    const lemma = not(forall(['x'], eq('x/x', '1')));
    refuses(conv(byLemma('l'), not(forall(['x'], eq('1', '1')))), /not certified defined/, { l: lemma });
    const lim = not(limit('1/x', 'x', '+inf', '1'));
    concludes(conv(byLemma('m'), not(limit('x/(x*x)', 'x', '+inf', '1'))), not(limit('x/(x*x)', 'x', '+inf', '1')), { m: lim });
  });
});

describe('gt-ne', () => {
  it('turns inequalities a > b into a ≠ b under the same quantifiers', () => {
    concludes(gtNe(byCertificate(positivityCertificate(e('sigmoid(h)')))), forall(['h'], ne('sigmoid(h)', '0')));
  });
  it('refuses an equation and a failed positivity', () => {
    refuses(gtNe(byCertificate(identityCertificate(e('x'), e('x')))), /needs inequalities/);
    refuses(gtNe(byCertificate(positivityCertificate(e('sigmoid(h) - 1/2')))), /not certified positive/);
    refuses(byRule('gt-ne', []), /takes 1 premise/);
  });
});

describe('linear-form-intro', () => {
  const ident = byCertificate(identityCertificate(e('sigmoid(h)*(1 - sigmoid(h))'), e('sigmoid(h) - sigmoid(h)^2')));
  it('states a fact about every real h at h = w·x', () => {
    const node = run(linearFormIntro(ident, { h: 'h', w: 'w', x: 'x' }));
    expect(node.ok, node.detail).toBe(true);
    expect(node.conclusion!.op).toBe('linear-form');
  });
  it('refuses vector names that are symbols of the premise, a missing real binder, a derivative in h itself', () => {
    refuses(linearFormIntro(byCertificate(identityCertificate(e('h*w'), e('w*h'))), { h: 'h', w: 'w', x: 'x' }), /must not already be symbols/);
    refuses(linearFormIntro(ident, { h: 'h', w: 'h', x: 'x' }), /must not already be symbols/);
    refuses(linearFormIntro(ident, { h: 'h', w: 'w', x: 'w' }), /different names/);
    refuses(linearFormIntro(ident, { h: 'u', w: 'w', x: 'x' }), /must quantify u over all reals/);
    refuses(linearFormIntro(byCertificate(positivityCertificate(e('y'), ['y'])), { h: 'y', w: 'w', x: 'x' }), /must quantify y over all reals/);
    refuses(linearFormIntro(byCertificate(sd), { h: 'h', w: 'w', x: 'x' }), /derivative in h itself/);
  });
});

describe('chain-linear-form', () => {
  const scalar = byCertificate(dcert('1/2*(t - sigmoid(h))^2', 'h', '-(t - sigmoid(h))*sigmoid(h)*(1 - sigmoid(h))'));
  it('lifts dF/dh = G to ∇_w F(w·x) = G(w·x) x', () => {
    const node = run(chainLinearForm(scalar, { w: 'w', x: 'x' }));
    expect(node.ok, node.detail).toBe(true);
    expect(node.conclusion).toMatchObject({ op: 'forall', vars: [{ name: 't' }], body: { op: 'gradient-linear-form', h: 'h', w: 'w', x: 'x' } });
  });
  it('refuses a non-derivative, a partial derivative, clashing vector names', () => {
    refuses(chainLinearForm(byCertificate(identityCertificate(e('h'), e('h'))), { w: 'w', x: 'x' }), /needs a derivative/);
    refuses(chainLinearForm(byCertificate(dcert('ln(h)', 'h', '1/h')), { w: 'w', x: 'x' }), /holds everywhere/);
    refuses(chainLinearForm(scalar, { w: 't', x: 'x' }), /must not already be symbols/);
  });
});

describe('exp-transfer and count-via-exp', () => {
  it('transfer L′ = c e^{mw} N(e^w)/D(e^w) to N and count its positive roots', () => {
    concludes(transfer(), { op: 'stationary-via-exp', loss: e(LOSS), var: 'w', poly: ['2', '-1'] });
    concludes(countViaExp(transfer(), byCertificate(roots(['2', '-1'], 1))), { op: 'stationary-count', loss: e(LOSS), var: 'w', count: 1 });
  });
  it('exp-transfer refuses a wrong N, a D with a positive root, a negative D, c = 0, a partial derivative', () => {
    refuses(transfer({ N: ['1', '-2'] }), /the derivative is not c e/);
    refuses(transfer({ N: ['2', '-5', '2'], D: ['1', '1', '-3', '-5', '-2'], Droots: 1 }), /no root in \(0, \+∞\)/);
    refuses(transfer({ N: ['2', '-5', '2'], D: ['1', '1', '-3', '-5', '-2'], Droots: 0 }), /Sturm's theorem gives 1/);
    refuses(transfer({ N: ['-2', '1'], D: ['-1', '-3', '-3', '-1'] }), /positive leading coefficient/);
    refuses(transfer({ c: '0' }), /non-zero rational/);
    refuses(expTransfer(byCertificate(dcert('ln(w)', 'w', '1/w')), byCertificate(roots(CUBE, 0)), { c: num('1'), m: 0, N: ['1'], D: ['1', '0'] }), /holds everywhere/);
    refuses(expTransfer(dLoss, byCertificate(roots(['1', '2'], 0)), { c: num('1/3'), m: 1, N: ['2', '-1'], D: CUBE }), /another polynomial than D/);
  });
  it('count-via-exp refuses the count of another polynomial, on another interval, or without a transfer', () => {
    refuses(countViaExp(transfer(), byCertificate(roots(['1', '-3', '2'], 2))), /another polynomial/);
    refuses(countViaExp(transfer(), byCertificate(roots(['2', '-1'], 1, '-inf', '+inf'))), /counts roots in \(0, \+∞\)/);
    refuses(countViaExp(byCertificate(roots(['2', '-1'], 1)), byCertificate(roots(['2', '-1'], 1))), /first premise is stationary-via-exp/);
  });
});

describe('galois-no-radical and stationary-not-radical', () => {
  it('conclude no radical root from irreducible + S_n, n ≥ 5, and carry it to the stationary point', () => {
    concludes(galoisNoRadical(septicIrreducible, septicGalois), { op: 'no-radical-root', poly: SEPTIC });
    const lemma = { op: 'stationary-via-exp', loss: e(LOSS), var: 'w', poly: SEPTIC } as Prop;
    concludes(stationaryNotRadicalRule(byLemma('t'), galoisNoRadical(septicIrreducible, septicGalois)), { op: 'stationary-not-radical', loss: e(LOSS), var: 'w' }, { t: lemma });
  });
  it('galois-no-radical refuses degree 4, different polynomials, swapped premises', () => {
    const qi = byCertificate({ kind: 'irreducible', polynomial: QUARTIC, primes: [{ p: 2, pattern: [4] }] });
    const qg = byCertificate({ kind: 'galois-symmetric', polynomial: QUARTIC, primes: [{ p: 2, pattern: [4] }, { p: 3, pattern: [3, 1] }, { p: 23, pattern: [2, 1, 1] }] });
    refuses(galoisNoRadical(qi, qg), /solvable for n ≤ 4/);
    refuses(galoisNoRadical(qi, septicGalois), /different polynomials/);
    refuses(galoisNoRadical(septicGalois, septicIrreducible), /premises are irreducible\(N\) and galois-symmetric\(N\)/);
  });
  it('stationary-not-radical refuses another polynomial and the wrong kinds of premise', () => {
    refuses(stationaryNotRadicalRule(transfer(), galoisNoRadical(septicIrreducible, septicGalois)), /different polynomials/);
    refuses(stationaryNotRadicalRule(septicIrreducible, septicGalois), /premises are stationary-via-exp and no-radical-root/);
  });
});

describe('hermite-lindemann', () => {
  it('concludes transcendental stationary points when N(1) ≠ 0', () => {
    concludes(hermiteLindemann(transfer()), { op: 'stationary-transcendental', loss: e(LOSS), var: 'w' });
  });
  it('refuses N(1) = 0 and a premise that is not a transfer', () => {
    const half = expTransfer(byCertificate(dcert('1/2*(1/2 - sigmoid(w))^2', 'w', '-(1/2 - sigmoid(w))*sigmoid(w)*(1 - sigmoid(w))')), byCertificate(roots(CUBE, 0)), { c: num('1/2'), m: 1, N: ['1', '-1'], D: CUBE });
    expect(run(half).ok).toBe(true);
    refuses(hermiteLindemann(half), /N\(1\) = 0/);
    refuses(hermiteLindemann(byCertificate(roots(['2', '-1'], 1))), /premise is stationary-via-exp/);
  });
});

describe('limit-unique', () => {
  it('denies another limit value', () => {
    concludes(limitUnique(limitCert('1/x', '0'), '1'), not(limit('1/x', 'x', '+inf', '1')));
    concludes(limitUnique(limitCert('1/x', '0'), '+inf'), not(limit('1/x', 'x', '+inf', '+inf')));
  });
  it('refuses the same value, an equal-but-rewritten value, a value with symbols, a quantified limit', () => {
    refuses(limitUnique(limitCert('1/x', '0'), '0'), /distinct constants/);
    refuses(limitUnique(limitCert('1/x', '0'), '1 - 1'), /distinct constants/);
    refuses(limitUnique(limitCert('1/x', '0'), 'q'), /distinct constants/);
    refuses(limitUnique(byCertificate(limitCertificate(e('a/x'), 'x', '+infinity', e('0'))), '1'), /specialize first/);
    refuses(limitUnique(byCertificate(identityCertificate(e('1'), e('1'))), '1'), /premise is a limit/);
  });
});

describe('refute-forall', () => {
  const statement = forall(['a'], limit('a + 1/x', 'x', '+inf', '0'));
  it('refutes a universal statement from the negation of one instance', () => {
    concludes(refuteForall(limitUnique(limitCert('1 + 1/x', '1'), '0'), statement, { a: '1' }), not(statement));
  });
  it('refuses a wrong instance, a partial instance, an out-of-domain instance, a non-universal statement', () => {
    refuses(refuteForall(limitUnique(limitCert('1 + 1/x', '1'), '0'), statement, { a: '2' }), /not the negation of the statement at the given values/);
    const two = forall(['a', 'b'], limit('a + b + 1/x', 'x', '+inf', '0'));
    refuses(refuteForall(limitUnique(limitCert('1 + 1/x', '1'), '0'), two, { a: '1' }), /a value for every bound variable/);
    const pos = forall([positive('a')], limit('a + 1/x', 'x', '+inf', '0'));
    refuses(refuteForall(limitUnique(limitCert('-1 + 1/x', '-1'), '0'), pos, { a: '-1' }), /not certified positive/);
    refuses(refuteForall(limitUnique(limitCert('1/x', '0'), '1'), limit('1/x', 'x', '+inf', '1'), {}), /universal statement/);
  });
});
