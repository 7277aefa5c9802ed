import { describe, expect, it } from 'vitest';
import type { LadderEvidence, PropertyRun, TableEvidence } from '../../src/claim/types.js';
import type { Certificate, Checker } from '../../src/kernel/types.js';
import { applyDependencies, judgeClaim, type ClaimOutcome, type Judgement } from '../../src/kernel/verdict.js';
import { checkCertificate, checkConjunction } from '../../src/kernel/checkers.js';

// A registry with one checker that accepts `{ kind: 'even', n }` iff n is an even integer string.
const even: Checker = (c) => {
  const ok = typeof c.n === 'string' && /^-?\d+$/.test(c.n) && BigInt(c.n) % 2n === 0n;
  return { kind: 'even', ok, proves: `${String(c.n)} is even`, detail: ok ? 'checked' : 'odd or not an integer', trusts: [{ kind: 'theorem', name: 'parity' }] };
};
const throwing: Checker = () => {
  throw new Error('boom');
};
// A checker that concludes whatever its data says: only a test registry would hold one; it lets a test reach the
// contradiction rule (the kernel's own checkers never derive both a statement and its negation).
const liar: Checker = (c) => ({ kind: 'liar', ok: true, proves: 'anything', detail: 'says so', trusts: [], conclusion: c.says });
const registry = { even, throwing, liar };

const ladder = (digits: string[][]): LadderEvidence => ({
  kind: 'ladder',
  quantity: 'q',
  at: 'x = 1',
  rungs: digits.map((values, i) => ({ precision: [30, 60, 120][i], values: values.map((value, k) => ({ method: `m${k}`, value })) })),
});
const converging = ladder([
  ['1.0000000000000000001', '1.0000000000000000002'],
  ['1.00000000000000000000000000000000000000001', '1.00000000000000000000000000000000000000002'],
]);
const stalled = ladder([
  ['1.0001', '1.0002'],
  ['1.0001', '1.0002'],
]);
const passedProperty: PropertyRun = { name: 'p', runs: 200, seed: 1, passed: true };
const failedProperty: PropertyRun = { name: 'p', runs: 3, seed: 1, passed: false, counterexample: '[0n]' };
const table = (passed: boolean): TableEvidence => ({ kind: 'table', title: 't', criterion: 'c', columns: ['a'], rows: [['1']], passed });
const outcome = (o: Partial<ClaimOutcome>): ClaimOutcome => ({ evidence: [], properties: [], certificates: [], ...o });
const cert = (n: string): Certificate => ({ kind: 'even', n });
/** The statement a checker without a formal conclusion of its own proves: the `fact` of its data. */
const fact = (n: string) => ({ op: 'fact', kind: 'even', certificate: { n } });
const both = (a: string, b: string) => ({ op: 'and', parts: [fact(a), fact(b)] });

describe('judgeClaim', () => {
  it('proves only with every certificate accepted', () => {
    expect(judgeClaim(outcome({ statement: fact('4'), certificates: [cert('4')] }), registry).verdict).toBe('proved');
    expect(judgeClaim(outcome({ statement: both('4', '6'), certificates: [cert('4'), cert('6')], properties: [passedProperty] }), registry).verdict).toBe('proved');
  });

  it('never proves a statement other than the one the certificates conclude, however valid they are', () => {
    // A proof of another proposition is no evidence for a formal statement: alone it leaves the claim inconclusive.
    const other = judgeClaim(outcome({ statement: fact('6'), certificates: [cert('4')] }), registry);
    expect(other.verdict).toBe('inconclusive');
    expect(other.reasons.join(' ')).toMatch(/conclusion is not the statement/);
    expect(judgeClaim(outcome({ statement: fact('4'), certificates: [cert('4'), cert('6')], properties: [passedProperty] }), registry).verdict).toBe('supported');
    expect(judgeClaim(outcome({ statement: fact('4'), certificates: [cert('4'), cert('6')] }), registry).verdict).toBe('inconclusive');
    expect(judgeClaim(outcome({ statement: fact('6'), certificates: [cert('4')], properties: [passedProperty] }), registry).verdict).toBe('supported');
    const prose = judgeClaim(outcome({ statement: '4 \\text{ is even}', certificates: [cert('4')] }), registry);
    expect(prose.verdict).toBe('inconclusive');
    expect(prose.reasons.join(' ')).toMatch(/statement is prose/);
  });

  it('turns a malformed or open statement into error', () => {
    expect(judgeClaim(outcome({ statement: { op: 'equals', lhs: 1 }, certificates: [cert('4')] }), registry).verdict).toBe('error');
    const open = { op: 'eq', lhs: { op: 'sym', name: 'x' }, rhs: { op: 'sym', name: 'x' } };
    expect(judgeClaim(outcome({ statement: open }), registry).reasons.join(' ')).toMatch(/unbound symbol/);
  });

  it('refuses a statement whose printed form would not determine it (symbols that print alike)', () => {
    const sym = (name: string) => ({ op: 'sym', name });
    const sig = (u: unknown) => ({ op: 'div', numerator: { op: 'num', value: '1' }, denominator: { op: 'add', args: [{ op: 'num', value: '1' }, { op: 'exp', arg: { op: 'neg', arg: u } }] } });
    const all = (names: string[], body: unknown) => ({ op: 'forall', vars: names.map((name) => ({ name, domain: 'real' })), body });
    const alike = (names: string[], body: unknown) => {
      const j = judgeClaim(outcome({ statement: all(names, body), properties: [passedProperty] }), registry);
      expect(j.verdict).toBe('error');
      expect(j.reasons.join(' ')).toMatch(/print/);
    };
    alike(['w1', 'w_1'], { op: 'eq', lhs: sym('w1'), rhs: sym('w_1') });
    alike(['lambda', 'λ'], { op: 'eq', lhs: sym('lambda'), rhs: sym('λ') });
    alike(['s', 'h'], { op: 'eq', lhs: { op: 'mul', args: [sym('s'), sym('h')] }, rhs: sig(sym('h')) });
    alike(['d'], { op: 'linear-form', h: 'h', w: 'w', x: 'x', body: { op: 'eq', lhs: sym('d'), rhs: sym('h') } });
    // Distinct printings, a symbol s without the sigmoid and d without a linear form are fine.
    expect(judgeClaim(outcome({ statement: all(['w1', 'w2'], { op: 'eq', lhs: sym('w1'), rhs: sym('w2') }), properties: [passedProperty] }), registry).verdict).toBe('supported');
    expect(judgeClaim(outcome({ statement: all(['s', 'd'], { op: 'eq', lhs: sym('s'), rhs: sym('d') }), properties: [passedProperty] }), registry).verdict).toBe('supported');
  });

  it('refuses proved when a certificate is rejected, falling back to the tests', () => {
    const j = judgeClaim(outcome({ statement: both('4', '5'), certificates: [cert('4'), cert('5')], properties: [passedProperty] }), registry);
    expect(j.verdict).toBe('supported');
    expect(j.reasons.join(' ')).toMatch(/rejected by the kernel: odd/);
    expect(judgeClaim(outcome({ certificates: [cert('5')] }), registry).verdict).toBe('inconclusive');
  });

  it('refuses proved for unknown kinds and for checkers that throw', () => {
    expect(judgeClaim(outcome({ certificates: [{ kind: 'trust-me' }] }), registry).verdict).toBe('inconclusive');
    const j = judgeClaim(outcome({ certificates: [{ kind: 'throwing' }] }), registry);
    expect(j.verdict).toBe('inconclusive');
    expect(j.certificateChecks[0].detail).toMatch(/threw: boom/);
  });

  it('never proves from tests alone, however many pass', () => {
    const j = judgeClaim(outcome({ evidence: [converging, table(true)], properties: [passedProperty, passedProperty] }), registry);
    expect(j.verdict).toBe('supported');
    expect(j.trusts.map((t) => t.kind)).toContain('library');
  });

  it('is inconclusive when nothing was checked, a ladder stalls, a table fails or a property fails', () => {
    expect(judgeClaim(outcome({}), registry).verdict).toBe('inconclusive');
    expect(judgeClaim(outcome({ evidence: [stalled] }), registry).verdict).toBe('inconclusive');
    expect(judgeClaim(outcome({ evidence: [table(false)] }), registry).verdict).toBe('inconclusive');
    const j = judgeClaim(outcome({ properties: [failedProperty] }), registry);
    expect(j.verdict).toBe('inconclusive');
    expect(j.reasons.join(' ')).toMatch(/not a refutation/);
  });

  it('counts a property as passed only after at least one whole run', () => {
    for (const runs of [0, -5, 0.5, Number.NaN]) {
      const j = judgeClaim(outcome({ properties: [{ ...passedProperty, runs }] }), registry);
      expect(j.verdict, `runs = ${runs}`).toBe('inconclusive');
      expect(j.reasons.join(' ')).toMatch(/at least one run/);
    }
    expect(judgeClaim(outcome({ statement: fact('2'), certificates: [cert('2')], properties: [{ ...passedProperty, runs: 0 }] }), registry).verdict).toBe('error');
    expect(judgeClaim(outcome({ properties: [{ ...passedProperty, runs: 1 }] }), registry).verdict).toBe('supported');
  });

  it("shows a table's pass flag as the claim's own judgement", () => {
    const j = judgeClaim(outcome({ evidence: [table(true)] }), registry);
    expect(j.verdict).toBe('supported');
    expect(j.evidence[0].why).toMatch(/by the claim's own judgement/);
  });

  it('refutes only with a witness the kernel accepts', () => {
    const negated = { op: 'not', arg: fact('8') };
    expect(judgeClaim(outcome({ statement: negated, witness: cert('8') }), registry).verdict).toBe('refuted');
    expect(judgeClaim(outcome({ statement: { op: 'not', arg: fact('7') }, witness: cert('7'), properties: [failedProperty] }), registry).verdict).toBe('inconclusive');
    // A valid witness of something else than the negation refutes nothing.
    const unrelated = judgeClaim(outcome({ statement: fact('2'), witness: cert('8'), properties: [passedProperty] }), registry);
    expect(unrelated.verdict).toBe('supported');
    expect(unrelated.reasons.join(' ')).toMatch(/not the negation/);
  });

  it('reports contradictions as errors rather than choosing a side', () => {
    const both = judgeClaim(outcome({ statement: fact('2'), certificates: [cert('2')], witness: { kind: 'liar', says: { op: 'not', arg: fact('2') } } }), registry);
    expect(both.verdict).toBe('error');
    expect(both.reasons.join(' ')).toMatch(/both the statement and its negation/);
    expect(judgeClaim(outcome({ statement: fact('2'), certificates: [cert('2')], properties: [failedProperty] }), registry).verdict).toBe('error');
    expect(judgeClaim(outcome({ statement: fact('2'), certificates: [cert('2')], evidence: [stalled] }), registry).verdict).toBe('error');
  });

  it('turns a failure into error whatever else the outcome holds', () => {
    const j = judgeClaim(outcome({ failure: 'x.claim.ts:3: evidence threw: no', certificates: [cert('2')] }), registry);
    expect(j.verdict).toBe('error');
    expect(j.reasons).toEqual(['x.claim.ts:3: evidence threw: no']);
  });

  it('lists the trusts of the certificates behind a proof', () => {
    const j = judgeClaim(outcome({ statement: fact('2'), certificates: [cert('2')] }), registry);
    expect(j.trusts).toContainEqual({ kind: 'theorem', name: 'parity' });
    expect(j.trusts).toContainEqual(expect.objectContaining({ kind: 'kernel' }));
  });
});


describe('the kernel registry', () => {
  it('is frozen: no entry can be replaced, added or deleted', async () => {
    const { CHECKERS } = await import('../../src/kernel/checkers.js');
    const table = CHECKERS as Record<string, Checker>;
    expect(Object.isFrozen(CHECKERS)).toBe(true);
    expect(() => { table.identity = () => ({ kind: 'identity', ok: true, proves: '1 = 2', detail: '', trusts: [] }); }).toThrow(TypeError);
    expect(() => { table.forged = table.identity; }).toThrow(TypeError);
    expect(() => { delete table.identity; }).toThrow(TypeError);
    expect(Object.isFrozen(CHECKERS.identity)).toBe(true);
    expect(checkCertificate({ kind: 'identity', lhs: { type: 'num', value: '1' }, rhs: { type: 'num', value: '2' } }).ok).toBe(false);
  });
});

describe('checkCertificate', () => {
  it('does not consult inherited properties of the registry', () => {
    expect(checkCertificate({ kind: 'toString' }, registry).ok).toBe(false);
    expect(checkCertificate({ kind: 'constructor' }, registry).ok).toBe(false);
  });
});

describe('applyDependencies', () => {
  const proved = judgeClaim(outcome({ statement: fact('2'), certificates: [cert('2')] }), registry);
  const supported = judgeClaim(outcome({ properties: [passedProperty] }), registry);
  const errored = judgeClaim(outcome({ failure: 'broken' }), registry);
  const run = (own: Record<string, Judgement>, deps: Record<string, string[]>, order: string[]) =>
    applyDependencies(new Map(Object.entries(own)), new Map(Object.entries(deps)), order);

  it('caps a proved claim that rests on a supported one, transitively', () => {
    const r = run({ a: supported, b: proved, c: proved }, { b: ['a'], c: ['b'] }, ['a', 'b', 'c']);
    expect(r.get('b')?.verdict).toBe('supported');
    expect(r.get('c')?.verdict).toBe('supported');
    expect(r.get('b')?.reasons.at(-1)).toMatch(/depends on a \(supported\)/);
  });

  it('keeps proved when every dependency is proved, and records them as trusted', () => {
    const r = run({ a: proved, b: proved }, { b: ['a'] }, ['a', 'b']);
    expect(r.get('b')?.verdict).toBe('proved');
    expect(r.get('b')?.trusts).toContainEqual({ kind: 'claim', name: 'a' });
  });

  it('does not let a refutation rest on the statement of a claim that is not proved', () => {
    // b's witness cites a's statement ¬fact(2) as a lemma: with a not proved, that is no refutation of b = fact(2).
    const lemmas = new Map([['a', { op: 'not', arg: fact('2') } as never]]);
    const b = judgeClaim(outcome({ statement: fact('2'), witness: { rule: 'lemma', claim: 'a' } }), registry, { lemmas });
    expect(b.verdict).toBe('refuted');
    const r = run({ a: supported, b }, { b: ['a'] }, ['a', 'b']);
    expect(r.get('b')?.verdict).toBe('inconclusive');
    expect(r.get('b')?.reasons.at(-1)).toMatch(/cites the statement of a \(supported\)/);
    const refutedA = judgeClaim(outcome({ statement: fact('3'), witness: { rule: 'lemma', claim: 'x' } }), registry);
    expect(run({ a: refutedA, b }, { b: ['a'] }, ['a', 'b']).get('b')?.verdict).toBe('inconclusive');
    // With the dependency proved, the refutation stands; a witness that cites no lemma is not touched.
    expect(run({ a: proved, b }, { b: ['a'] }, ['a', 'b']).get('b')?.verdict).toBe('refuted');
    const own = judgeClaim(outcome({ statement: { op: 'not', arg: fact('8') }, witness: cert('8') }), registry);
    expect(run({ a: supported, c: own }, { c: ['a'] }, ['a', 'c']).get('c')?.verdict).toBe('refuted');
  });

  it('makes a proved or supported claim resting on a refuted one inconclusive, naming it, transitively', () => {
    const refuted = judgeClaim(outcome({ statement: { op: 'not', arg: fact('8') }, witness: cert('8') }), registry);
    const r = run({ a: refuted, b: proved, c: supported, d: proved }, { b: ['a'], c: ['a'], d: ['b'] }, ['a', 'b', 'c', 'd']);
    expect(r.get('b')?.verdict).toBe('inconclusive');
    expect(r.get('c')?.verdict).toBe('inconclusive');
    expect(r.get('d')?.verdict).toBe('inconclusive');
    expect(r.get('b')?.reasons.at(-1)).toMatch(/rests on a, which the kernel refuted/);
    expect(r.get('d')?.reasons.at(-1)).toMatch(/rests on a, which the kernel refuted/);
    expect(r.get('a')?.verdict).toBe('refuted');
  });

  it('does not let a proof from the statement of a refuted or inconclusive claim come out supported without tests', () => {
    const lemmas = new Map([['a', fact('3') as never]]);
    const b = judgeClaim(outcome({ statement: fact('3'), proof: { rule: 'lemma', claim: 'a' } }), registry, { lemmas });
    expect(b.verdict).toBe('proved');
    const refutedA = judgeClaim(outcome({ statement: { op: 'not', arg: fact('8') }, witness: cert('8') }), registry);
    const inconclusiveA = judgeClaim(outcome({}), registry);
    for (const a of [inconclusiveA, errored]) {
      const r = run({ a, b }, { b: ['a'] }, ['a', 'b']);
      expect(r.get('b')?.verdict).toBe('inconclusive');
      expect(r.get('b')?.reasons.at(-1)).toMatch(/neither proved nor supported/);
    }
    expect(run({ a: refutedA, b }, { b: ['a'] }, ['a', 'b']).get('b')?.reasons.at(-1)).toMatch(/which the kernel refuted/);
    // A supported lemma still gives supported; so does the claim's own passing test.
    expect(run({ a: supported, b }, { b: ['a'] }, ['a', 'b']).get('b')?.verdict).toBe('supported');
    const tested = judgeClaim(outcome({ statement: fact('3'), proof: { rule: 'lemma', claim: 'a' }, properties: [passedProperty] }), registry, { lemmas });
    expect(run({ a: inconclusiveA, b: tested }, { b: ['a'] }, ['a', 'b']).get('b')?.verdict).toBe('supported');
    // Resting on a refuted claim is never supported, tests or not (issue 8: a proof from a false lemma proves nothing).
    expect(run({ a: refutedA, b: tested }, { b: ['a'] }, ['a', 'b']).get('b')?.verdict).toBe('inconclusive');
  });

  it('caps on an error dependency but never raises a verdict', () => {
    const r = run({ a: errored, b: proved, c: supported }, { b: ['a'], c: ['a'] }, ['a', 'b', 'c']);
    expect(r.get('b')?.verdict).toBe('supported');
    expect(r.get('c')?.verdict).toBe('supported');
    expect(r.get('a')?.verdict).toBe('error');
  });
});

describe('conjunction', () => {
  const withConjunction = { ...registry, conjunction: (c: Certificate) => checkConjunction(c, withConjunction) };
  it('accepts only when every part is accepted, and never when empty', () => {
    expect(checkCertificate({ kind: 'conjunction', parts: [cert('2'), cert('4')] }, withConjunction).ok).toBe(true);
    expect(checkCertificate({ kind: 'conjunction', parts: [cert('2'), cert('3')] }, withConjunction).ok).toBe(false);
    expect(checkCertificate({ kind: 'conjunction', parts: [] }, withConjunction).ok).toBe(false);
    expect(checkCertificate({ kind: 'conjunction' }, withConjunction).ok).toBe(false);
    expect(checkCertificate({ kind: 'conjunction', parts: [{ kind: 'conjunction', parts: [cert('1')] }] }, withConjunction).ok).toBe(false);
  });
});
