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
const registry = { even, throwing };

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

describe('judgeClaim', () => {
  it('proves only with every certificate accepted', () => {
    expect(judgeClaim(outcome({ certificates: [cert('4')] }), registry).verdict).toBe('proved');
    expect(judgeClaim(outcome({ certificates: [cert('4'), cert('6')], properties: [passedProperty] }), registry).verdict).toBe('proved');
  });

  it('refuses proved when a certificate is rejected, falling back to the tests', () => {
    const j = judgeClaim(outcome({ certificates: [cert('4'), cert('5')], properties: [passedProperty] }), registry);
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
    expect(judgeClaim(outcome({ certificates: [cert('2')], properties: [{ ...passedProperty, runs: 0 }] }), registry).verdict).toBe('error');
    expect(judgeClaim(outcome({ properties: [{ ...passedProperty, runs: 1 }] }), registry).verdict).toBe('supported');
  });

  it("shows a table's pass flag as the claim's own judgement", () => {
    const j = judgeClaim(outcome({ evidence: [table(true)] }), registry);
    expect(j.verdict).toBe('supported');
    expect(j.evidence[0].why).toMatch(/by the claim's own judgement/);
  });

  it('refutes only with a witness the kernel accepts', () => {
    expect(judgeClaim(outcome({ witness: cert('8') }), registry).verdict).toBe('refuted');
    expect(judgeClaim(outcome({ witness: cert('7'), properties: [failedProperty] }), registry).verdict).toBe('inconclusive');
  });

  it('reports contradictions as errors rather than choosing a side', () => {
    expect(judgeClaim(outcome({ certificates: [cert('2')], witness: cert('4') }), registry).verdict).toBe('error');
    expect(judgeClaim(outcome({ certificates: [cert('2')], properties: [failedProperty] }), registry).verdict).toBe('error');
    expect(judgeClaim(outcome({ certificates: [cert('2')], evidence: [stalled] }), registry).verdict).toBe('error');
  });

  it('turns a failure into error whatever else the outcome holds', () => {
    const j = judgeClaim(outcome({ failure: 'x.claim.ts:3: evidence threw: no', certificates: [cert('2')] }), registry);
    expect(j.verdict).toBe('error');
    expect(j.reasons).toEqual(['x.claim.ts:3: evidence threw: no']);
  });

  it('lists the trusts of the certificates behind a proof', () => {
    const j = judgeClaim(outcome({ certificates: [cert('2')] }), registry);
    expect(j.trusts).toContainEqual({ kind: 'theorem', name: 'parity' });
    expect(j.trusts).toContainEqual(expect.objectContaining({ kind: 'kernel' }));
  });
});

describe('a claim argument', () => {
  it('is listed among what a proof trusts, and never makes a proof by itself', () => {
    const j = judgeClaim(outcome({ certificates: [cert('2')], argument: 'so the statement follows' }), registry);
    expect(j.trusts).toContainEqual(expect.objectContaining({ kind: 'argument' }));
    expect(judgeClaim(outcome({ argument: 'trust me' }), registry).verdict).toBe('inconclusive');
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
  const proved = judgeClaim(outcome({ certificates: [cert('2')] }), registry);
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

  it('makes a proved or supported claim resting on a refuted one inconclusive, naming it, transitively', () => {
    const refuted = judgeClaim(outcome({ witness: cert('8') }), registry);
    const r = run({ a: refuted, b: proved, c: supported, d: proved }, { b: ['a'], c: ['a'], d: ['b'] }, ['a', 'b', 'c', 'd']);
    expect(r.get('b')?.verdict).toBe('inconclusive');
    expect(r.get('c')?.verdict).toBe('inconclusive');
    expect(r.get('d')?.verdict).toBe('inconclusive');
    expect(r.get('b')?.reasons.at(-1)).toMatch(/rests on a, which the kernel refuted/);
    expect(r.get('d')?.reasons.at(-1)).toMatch(/rests on a, which the kernel refuted/);
    expect(r.get('a')?.verdict).toBe('refuted');
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
