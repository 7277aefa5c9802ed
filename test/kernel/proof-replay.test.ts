import { describe, expect, it } from 'vitest';
import { proofLemmas, proofTrusts, replayProof, type ProofNode } from '../../src/kernel/proof.js';
import type { Prop } from '../../src/kernel/proposition.js';
import type { Checker } from '../../src/kernel/types.js';

// Replay of untrusted proof terms: what a leaf concludes, what a rule concludes, and every way a term is refused.
const n = (value: string) => ({ op: 'num', value });
const eq = (a: string, b: string): Prop => ({ op: 'eq', lhs: n(a), rhs: n(b) }) as unknown as Prop;
const even: Checker = (c) => {
  const ok = typeof c.n === 'string' && /^\d+$/.test(c.n) && BigInt(c.n) % 2n === 0n;
  return { kind: 'even', ok, proves: `${String(c.n)} is even`, detail: ok ? 'even: checked' : 'odd', trusts: [{ kind: 'theorem', name: 'parity' }] };
};
// Concludes the proposition its data names (test registry only), or a malformed one.
const says: Checker = (c) => ({ kind: 'says', ok: true, proves: '', detail: 'says so', trusts: [{ kind: 'library', name: 'says-lib' }], conclusion: c.prop });
const registry = { even, says };
const lemmas = new Map<string, Prop>([['a', eq('1', '1')], ['b', eq('2', '2')]]);
const ctx = { lemmas, registry };
const replay = (t: unknown) => replayProof(t, ctx);
const leaf = (k: string) => ({ rule: 'certificate', certificate: { kind: 'even', n: k } });
const lemma = (claim: unknown) => ({ rule: 'lemma', claim });
const refused = (t: unknown, detail: RegExp): ProofNode => {
  const node = replay(t);
  expect(node.ok, String(JSON.stringify(t)).slice(0, 80)).toBe(false);
  expect(node.conclusion).toBeUndefined();
  expect(node.trusts).toEqual([]);
  expect(node.detail).toMatch(detail);
  return node;
};

describe('replayProof: leaves', () => {
  it('a certificate without a conclusion of its own concludes the fact of its data, without the kind', () => {
    const node = replay(leaf('4'));
    expect(node).toMatchObject({ rule: 'certificate:even', ok: true, detail: 'even: checked', premises: [], trusts: [{ kind: 'theorem', name: 'parity' }] });
    expect(node.conclusion).toEqual({ op: 'fact', kind: 'even', certificate: { n: '4' } });
    expect(node.conclusionLatex).toBeTypeOf('string');
  });

  it('a certificate with a conclusion concludes exactly that proposition (decoded)', () => {
    const node = replay({ rule: 'certificate', certificate: { kind: 'says', prop: eq('3', '3') } });
    expect(node.ok).toBe(true);
    expect(node.conclusion).toEqual(eq('3', '3'));
    expect(node.trusts).toEqual([{ kind: 'library', name: 'says-lib' }]);
  });

  it('negative control: a rejected, malformed or missing certificate is refused', () => {
    expect(refused(leaf('3'), /^odd$/).rule).toBe('certificate:even');
    expect(refused({ rule: 'certificate', certificate: { kind: 'says', prop: { op: 'eq', lhs: n('1') } } }, /checker's conclusion is malformed/).rule).toBe('certificate:says');
    for (const certificate of [undefined, null, 'even', 4, [{ kind: 'even', n: '4' }]]) {
      expect(refused({ rule: 'certificate', certificate }, /certificate leaf needs a "certificate" object/).rule).toBe('certificate');
    }
  });

  it('a lemma concludes the statement of a claim in the context, trusting that claim', () => {
    const node = replay(lemma('b'));
    expect(node).toMatchObject({ rule: 'lemma', ok: true, lemma: 'b', trusts: [{ kind: 'claim', name: 'b' }], detail: 'the statement of claim b' });
    expect(node.conclusion).toEqual(eq('2', '2'));
  });

  it('negative control: a lemma of a claim outside the context, or with no claim id, is refused', () => {
    expect(refused(lemma('c'), /"c" is not a claim this one depends on/).lemma).toBe('c');
    expect(refused(lemma(7), /"\?" is not a claim/).lemma).toBe('?');
    refused({ rule: 'lemma' }, /"\?" is not a claim/);
  });
});

describe('replayProof: inference steps', () => {
  it('a rule concludes from its premises what the rule builds, trusting its theorem', () => {
    const node = replay({ rule: 'and-intro', premises: [lemma('a'), lemma('b')] });
    expect(node.ok).toBe(true);
    expect(node.conclusion).toEqual({ op: 'and', parts: [eq('1', '1'), eq('2', '2')] });
    expect(node.trusts).toEqual([{ kind: 'theorem', name: expect.stringMatching(/^conjunction introduction/) }]);
    expect(node.premises.map((p) => p.rule)).toEqual(['lemma', 'lemma']);
    expect(proofLemmas(node)).toEqual(['a', 'b']);
    expect(proofTrusts(node).map((t) => t.kind)).toEqual(['theorem', 'claim', 'claim']);
  });

  it('proofTrusts lists a node before its premises, depth first, and proofLemmas every cited claim in order', () => {
    const node = replay({ rule: 'and-intro', premises: [{ rule: 'and-intro', premises: [lemma('b'), leaf('2')] }, lemma('a')] });
    expect(node.ok).toBe(true);
    expect(proofTrusts(node).map((t) => t.name)).toEqual([node.trusts[0].name, node.trusts[0].name, 'b', 'parity', 'a']);
    expect(proofLemmas(node)).toEqual(['b', 'a']);
  });

  it('negative control: a failed premise fails the step, naming it, and keeps the replayed premises', () => {
    const node = refused({ rule: 'and-intro', premises: [lemma('a'), leaf('5')] }, /^a premise does not hold \(certificate:even: odd\)$/);
    expect(node.rule).toBe('and-intro');
    expect(node.premises.map((p) => p.ok)).toEqual([true, false]);
  });

  it('negative control: a rule the kernel does not have, including names every object inherits, is refused', () => {
    for (const rule of ['no-such-rule', 'constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const node = refused({ rule, premises: [lemma('a')] }, /no inference rule named/);
      expect(node.rule).toBe(rule);
      // Its premises are not replayed: a refused step reports none.
      expect(node.premises).toEqual([]);
    }
    expect(refused({ premises: [] }, /no inference rule named "\?"/).rule).toBe('?');
    expect(refused({ rule: 42 }, /no inference rule named "\?"/).rule).toBe('?');
  });

  it('negative control: premises that are not an array, and steps that are not objects, are refused', () => {
    refused({ rule: 'and-intro', premises: lemma('a') }, /"premises" must be an array of proof steps/);
    refused({ rule: 'and-intro', premises: 'a' }, /"premises" must be an array/);
    for (const t of [null, undefined, 'lemma', 3, [lemma('a')]]) expect(refused(t, /a proof step must be an object with a "rule"/)).toMatchObject({ rule: '?', premises: [] });
  });

  it('negative control: a rule whose hypotheses fail is refused with the rule\'s reason', () => {
    // and-intro with no premises (premises default to none)
    expect(refused({ rule: 'and-intro' }, /and-intro needs at least one premise/).premises).toEqual([]);
    refused({ rule: 'and-elim', premises: [lemma('a')], args: { index: 0 } }, /./);
  });

  it('negative control: a proof deeper than 200 steps or larger than 20 000 nodes is refused, not replayed', () => {
    const chain = (depth: number) => {
      let t: unknown = lemma('a');
      for (let i = 0; i < depth; i++) t = { rule: 'and-intro', premises: [t] };
      return t;
    };
    expect(replay(chain(200)).ok).toBe(true);
    refused(chain(201), /a premise does not hold/);
    const deepest = (node: ProofNode): ProofNode => (node.premises.length === 0 ? node : deepest(node.premises[0]));
    expect(deepest(replay(chain(201))).detail).toBe('the proof is nested more than 200 deep');
    // 20 000 leaves under one root (each refused, so that no large conclusion is built): the 20 000th node (root +
    // 19 999 leaves) is still replayed, the 20 001st is refused for the size.
    const over = replay({ rule: 'and-intro', premises: Array.from({ length: 20_000 }, () => lemma('zz')) });
    expect(over.ok).toBe(false);
    expect(over.premises[19_998].detail).toMatch(/"zz" is not a claim/);
    expect(over.premises[19_999].detail).toBe('the proof has more than 20000 nodes');
  });
});
