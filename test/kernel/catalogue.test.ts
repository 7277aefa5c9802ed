import { describe, expect, it } from 'vitest';
import { judgeCatalogue } from '../../src/kernel/catalogue.js';
import type { ClaimOutcome } from '../../src/kernel/verdict.js';

// judgeCatalogue is what verify and recheck both call: a claim may cite as a lemma the formal statement of exactly the
// claims it declares it depends on, and the dependency rules then cap it. These tests use the kernel's own checkers.
const n = (value: string) => ({ op: 'num', value });
const two = n('2');
const onePlusOne = { op: 'add', args: [n('1'), n('1')] };
/** 2 = 1 + 1, proved by an identity certificate the kernel checks. */
const twoStatement = { op: 'eq', lhs: two, rhs: onePlusOne };
const twoCertificate = { kind: 'identity', lhs: two, rhs: onePlusOne };
/** A false identity: 3 = 1 + 1. */
const threeStatement = { op: 'eq', lhs: n('3'), rhs: onePlusOne };
const outcome = (o: Partial<ClaimOutcome>): ClaimOutcome => ({ evidence: [], properties: [], certificates: [], ...o });
const proved = outcome({ statement: twoStatement, certificates: [twoCertificate] });
/** A claim whose only proof is the statement of claim `a`, cited as a lemma. */
const cites = (id: string) => outcome({ statement: twoStatement, proof: { rule: 'lemma', claim: id } });
const passed = { name: 'p', runs: 10, seed: 1, passed: true };

describe('judgeCatalogue', () => {
  it('a proof may cite the statement of a declared dependency that is proved, and is then proved', () => {
    const j = judgeCatalogue(new Map([['a', proved], ['b', cites('a')]]), new Map([['b', ['a']]]), ['a', 'b']);
    expect(j.get('a')!.verdict).toBe('proved');
    expect(j.get('b')!.verdict).toBe('proved');
    expect(j.get('b')!.trusts).toContainEqual({ kind: 'claim', name: 'a' });
  });

  it('negative control: a lemma from a claim that is not a declared dependency does not replay', () => {
    // Same catalogue, but b does not declare a: its lemma is refused (the kernel's sampling of the closed statement
    // still supports it, but nothing proves it).
    for (const deps of [new Map<string, string[]>(), new Map([['b', []]]), new Map([['b', ['c']]])]) {
      const j = judgeCatalogue(new Map([['a', proved], ['b', cites('a')]]), deps, ['a', 'b']);
      expect(j.get('b')!.verdict).toBe('supported');
      expect(j.get('b')!.reasons.join(' ')).toMatch(/proof does not replay.*"a" is not a claim this one depends on/);
    }
  });

  it('negative control: a dependency whose statement is prose or malformed gives no lemma', () => {
    for (const statement of ['2 = 1 + 1', { op: 'eq', lhs: two }, undefined]) {
      const a = outcome({ statement, properties: [passed] });
      const j = judgeCatalogue(new Map([['a', a], ['b', cites('a')]]), new Map([['b', ['a']]]), ['a', 'b']);
      expect(j.get('b')!.verdict, JSON.stringify(statement)).toBe('supported');
      expect(j.get('b')!.proofTree!.ok).toBe(false);
    }
  });

  it('a dependency that is only supported caps a proof citing it at supported', () => {
    const a = outcome({ statement: twoStatement, properties: [passed] });
    const j = judgeCatalogue(new Map([['a', a], ['b', cites('a')]]), new Map([['b', ['a']]]), ['a', 'b']);
    expect(j.get('a')!.verdict).toBe('supported');
    expect(j.get('b')!.verdict).toBe('supported');
    expect(j.get('b')!.reasons.join(' ')).toMatch(/capped at supported: it depends on a \(supported\)/);
  });

  it('negative control: a proof citing a refuted dependency proves nothing', () => {
    // a's statement is false and the kernel's own sampling refutes it; b proves a true statement from a's (false) one.
    const a = outcome({ statement: threeStatement, properties: [passed] });
    const b = outcome({ statement: threeStatement, proof: { rule: 'lemma', claim: 'a' } });
    const j = judgeCatalogue(new Map([['a', a], ['b', b]]), new Map([['b', ['a']]]), ['a', 'b']);
    expect(j.get('a')!.verdict).toBe('refuted');
    // b derives a's false statement, which the kernel's sampling refutes: an inconsistency, never a proof.
    expect(j.get('b')!.verdict).toBe('error');
    expect(j.get('b')!.reasons.join(' ')).toMatch(/derived the statement, yet its own sampling found a counterexample/);
  });

  it('judges exactly the ids listed in order that have an outcome', () => {
    const j = judgeCatalogue(new Map([['a', proved], ['x', proved]]), new Map(), ['a', 'missing']);
    expect([...j.keys()]).toEqual(['a']);
  });
});
