import { describe, expect, it } from 'vitest';
import type { LadderEvidence, PropertyRun, TableEvidence } from '../../src/claim/types.js';
import { CHECKERS } from '../../src/kernel/checkers.js';
import { decodeProp } from '../../src/kernel/proposition.js';
import { sampleStatement } from '../../src/kernel/sampling.js';
import type { Certificate, Checker, Trust } from '../../src/kernel/types.js';
import { applyDependencies, judgeClaim, negation, propertyHeld, type ClaimOutcome, type Judgement } from '../../src/kernel/verdict.js';

// The verdict rules branch by branch: what each verdict's reasons, trusts and reported trees must say. The registry
// is the kernel's (so the kernel's own sampling can re-check its counterexamples) plus a parity checker whose
// certificates may name conjectures they rest on.
const even: Checker = (c) => {
  const ok = typeof c.n === 'string' && /^\d+$/.test(c.n) && BigInt(c.n) % 2n === 0n;
  const conj = Array.isArray(c.conj) ? (c.conj as string[]).map((name): Trust => ({ kind: 'conjecture', name })) : [];
  return { kind: 'even', ok, proves: `${String(c.n)} is even`, detail: ok ? 'checked' : 'odd', trusts: [{ kind: 'theorem', name: 'parity' }, ...conj] };
};
const registry = { ...CHECKERS, even };
const outcome = (o: Partial<ClaimOutcome>): ClaimOutcome => ({ evidence: [], properties: [], certificates: [], ...o });
const judge = (o: Partial<ClaimOutcome>, lemmas = new Map()) => judgeClaim(outcome(o), registry, { lemmas });
const cert = (n: string, conj?: string[]): Certificate => ({ kind: 'even', n, ...(conj ? { conj } : {}) });
const fact = (n: string, conj?: string[]) => ({ op: 'fact', kind: 'even', certificate: { n, ...(conj ? { conj } : {}) } });
const num = (value: string) => ({ op: 'num', value });
const sym = (name: string) => ({ op: 'sym', name });
const onePlusOne = { op: 'add', args: [num('1'), num('1')] };
const trueClosed = { op: 'eq', lhs: num('2'), rhs: onePlusOne };
const falseClosed = { op: 'eq', lhs: num('3'), rhs: onePlusOne };
const passed = (name = 'p'): PropertyRun => ({ name, runs: 10, seed: 1, passed: true });
const ladder = (digits: [string, string][]): LadderEvidence => ({
  kind: 'ladder',
  quantity: 'q',
  at: 'x = 1',
  rungs: digits.map((values, i) => ({ precision: [30, 60][i], values: values.map((value, k) => ({ method: `m${k}`, value })) })),
});
const stalled = ladder([
  ['1.0001', '1.0002'],
  ['1.0001', '1.0002'],
]);
const converging = ladder([
  ['1', `1.${'0'.repeat(11)}1`],
  ['1', `1.${'0'.repeat(29)}1`],
]);
const table = (passed: boolean): TableEvidence => ({ kind: 'table', title: 'Newton', criterion: 'digits double', columns: ['a'], rows: [['1']], passed });
const kinds = (j: Judgement) => j.trusts.map((t) => t.kind);
const libraries = (j: Judgement) => j.trusts.filter((t) => t.kind === 'library').map((t) => t.name.split(':')[0]);

describe('proved: the reasons count the replayed proof, the trusts name what it rests on', () => {
  it('counts checked leaves and inference steps, singular and plural', () => {
    expect(judge({ statement: fact('2'), certificates: [cert('2')] }).reasons).toEqual(['the kernel derived exactly the statement by replaying the proof (1 checked leaf, 1 inference step)']);
    const two = judge({ statement: { op: 'and', parts: [fact('2'), fact('4')] }, certificates: [cert('2'), cert('4')] });
    expect(two.reasons[0]).toContain('(2 checked leaves, 1 inference step)');
    const nested = judge({ statement: { op: 'and', parts: [fact('2'), fact('4')] }, proof: { rule: 'and-intro', premises: [{ rule: 'and-intro', premises: [{ rule: 'certificate', certificate: cert('2') }] }, { rule: 'certificate', certificate: cert('4') }] } });
    expect(nested.reasons[0]).toContain('(2 checked leaves, 2 inference steps)');
    const lemma = judge({ statement: fact('2'), proof: { rule: 'lemma', claim: 'a' } }, new Map([['a', fact('2')]]));
    expect(lemma.verdict).toBe('proved');
    expect(lemma.reasons[0]).toContain('(1 checked leaf, 0 inference steps)');
    expect(lemma.proofLemmas).toEqual(['a']);
    expect(lemma.ownTests).toBe(false);
  });

  it('says how many tests agree, and records that the claim has tests of its own', () => {
    const one = judge({ statement: fact('2'), certificates: [cert('2')], properties: [passed()] });
    expect(one.reasons[0]).toMatch(/inference step\) and the one numeric or property test agrees$/);
    expect(one.ownTests).toBe(true);
    const three = judge({ statement: fact('2'), certificates: [cert('2')], properties: [passed()], evidence: [converging, table(true)] });
    expect(three.reasons[0]).toMatch(/and all 3 numeric and property tests agree$/);
  });

  it('trusts decimal.js only when numbers were computed, fast-check only when properties ran', () => {
    const bare = judge({ statement: fact('2'), certificates: [cert('2')] });
    expect(libraries(bare)).toEqual([]);
    expect(bare.trusts[0]).toEqual({ kind: 'kernel', name: expect.stringContaining('src/kernel') });
    expect(bare.trusts).toContainEqual({ kind: 'theorem', name: 'parity' });
    expect(libraries(judge({ statement: fact('2'), certificates: [cert('2')], properties: [passed()] }))).toEqual(['fast-check']);
    expect(libraries(judge({ statement: fact('2'), certificates: [cert('2')], evidence: [converging] }))).toEqual(['decimal.js']);
    // The kernel's own sampling of the statement computes with decimal.js too.
    expect(libraries(judge({ statement: trueClosed, certificates: [{ kind: 'identity', lhs: num('2'), rhs: onePlusOne }] }))).toEqual(['decimal.js']);
    // Each trust once, however many leaves share it.
    const twice = judge({ statement: { op: 'and', parts: [fact('2'), fact('4')] }, certificates: [cert('2'), cert('4')] });
    expect(twice.trusts.filter((t) => t.name === 'parity')).toHaveLength(1);
  });

  it('a proof resting on conjectures is conditional on each, sorted, and says so', () => {
    const one = judge({ statement: fact('2', ['Z']), certificates: [cert('2', ['Z'])] });
    expect(one.verdict).toBe('proved');
    expect(one.conditions).toEqual(['Z']);
    expect(one.reasons[1]).toBe('conditional on Z: a rule of the proof rests on it, and it is not proved');
    const two = judge({ statement: fact('2', ['Z', 'A']), certificates: [cert('2', ['Z', 'A'])] });
    expect(two.conditions).toEqual(['A', 'Z']);
    expect(two.reasons[1]).toBe('conditional on A and Z: a rule of the proof rests on them, and they are not proved');
    expect(judge({ statement: fact('2'), certificates: [cert('2')] }).conditions).toBeUndefined();
  });

  it('reports the proof tree: conclusions as inline math, failures with why, details only for accepted steps', () => {
    const j = judge({ statement: fact('2'), certificates: [cert('2')] });
    expect(j.proofTree).toMatchObject({ rule: 'and-intro', ok: true, premises: [{ rule: 'certificate:even', ok: true, detail: 'checked', premises: [] }] });
    expect(j.proofTree!.conclusion).toMatch(/^\$`.+`\$$/);
    const bad = judge({ statement: fact('3'), certificates: [cert('3')] });
    expect(bad.proofTree!.ok).toBe(false);
    expect(bad.proofTree!.premises[0]).toEqual({ rule: 'certificate:even', ok: false, conclusion: 'not accepted: odd', premises: [] });
    expect(bad.proofTree!.detail).toBeUndefined();
    expect(bad.statementLatex).toBeTypeOf('string');
  });
});

describe('refuted', () => {
  it('by the kernel\'s own sampling: a false closed statement is refuted with a re-checked witness, whatever the claim attached', () => {
    const j = judge({ statement: falseClosed, properties: [passed()] });
    expect(j.verdict).toBe('refuted');
    expect(j.reasons[0]).toMatch(/^the kernel tested the statement itself and found a counterexample at .+, re-checked by an outward-rounded enclosure$/);
    expect(j.witnessTree!.ok).toBe(true);
    expect(kinds(j)[0]).toBe('kernel');
    expect(j.trusts.length).toBeGreaterThan(1);
    // A broken proof beside it is still reported.
    const withProof = judge({ statement: falseClosed, certificates: [cert('3')] });
    expect(withProof.verdict).toBe('refuted');
    expect(withProof.reasons.slice(1).join(' ')).toMatch(/rejected by the kernel: odd/);
  });

  it('by a witness: the check records the witness\'s conclusion and trusts, and its lemmas once each', () => {
    const j = judge({ statement: { op: 'not', arg: fact('8') }, witness: cert('8') });
    expect(j.verdict).toBe('refuted');
    expect(j.reasons).toEqual(['the kernel replayed the witness to the negation of the statement']);
    expect(j.witnessCheck).toMatchObject({ kind: 'certificate:even', ok: true, detail: 'checked', trusts: [{ kind: 'theorem', name: 'parity' }] });
    expect(j.witnessCheck!.proves).toMatch(/^\$`.+`\$$/);
    expect(j.trusts).toContainEqual({ kind: 'theorem', name: 'parity' });
    const lemmas = new Map([['a', fact('8')]]);
    const twice = judge({ statement: { op: 'not', arg: fact('8') }, witness: { rule: 'and-intro', premises: [{ rule: 'lemma', claim: 'a' }, { rule: 'lemma', claim: 'a' }, { rule: 'lemma', claim: 'a' }] } }, lemmas);
    expect(twice.witnessLemmas).toEqual(['a']);
  });

  it('a claim whose own witness and the kernel\'s sampling both refute it is refuted by its witness', () => {
    const witness = sampleStatement(decodeProp(falseClosed))!.counterexample;
    const j = judge({ statement: falseClosed, witness });
    expect(j.verdict).toBe('refuted');
    expect(j.reasons).toEqual(['the kernel replayed the witness to the negation of the statement']);
  });

  it('a witness is a proof term when it has a rule, a certificate when it has only a kind', () => {
    const lemmas = new Map([['a', { op: 'not', arg: fact('2') }]]);
    // A proof term that also carries a "kind" field is still replayed as a proof term.
    expect(judge({ statement: fact('2'), witness: { rule: 'lemma', claim: 'a', kind: 'even' } }, lemmas).verdict).toBe('refuted');
    for (const witness of [null, 'not even', 8]) {
      const j = judge({ statement: fact('2'), witness, properties: [passed()] });
      expect(j.verdict).toBe('supported');
      expect(j.reasons[0]).toMatch(/^the witness does not replay: \?: a proof step must be an object/);
    }
  });

  it('negative control: a witness that does not replay refutes nothing and its check trusts nothing', () => {
    const j = judge({ statement: { op: 'not', arg: fact('7') }, witness: cert('7'), properties: [passed()] });
    expect(j.verdict).toBe('supported');
    expect(j.witnessCheck).toMatchObject({ ok: false, proves: '', detail: 'odd', trusts: [] });
    expect(j.reasons[0]).toBe('the witness does not replay: certificate:even: odd');
    const prose = judge({ statement: '8 is odd', witness: cert('8'), properties: [passed()] });
    expect(prose.verdict).toBe('supported');
    expect(prose.reasons[0]).toMatch(/the witness replays, but the statement is prose/);
  });

  it('the negation of a negation is the proposition itself', () => {
    const p = fact('2') as never;
    expect(negation(negation(p))).toEqual(p);
    expect(negation(p)).toEqual({ op: 'not', arg: p });
  });
});

describe('error, inconclusive and supported: the reasons name what failed or what is missing', () => {
  it('a derived statement beside failed tests is an error that lists every failure', () => {
    const j = judge({ statement: fact('2'), certificates: [cert('2')], evidence: [stalled], properties: [{ name: 'bad', runs: 2, seed: 1, passed: false }] });
    expect(j.verdict).toBe('error');
    expect(j.reasons).toHaveLength(1);
    expect(j.reasons[0]).toMatch(/^the kernel derived the statement but tests failed \(ladder for q at x = 1: .+; property "bad" failed\): the claim is inconsistent$/);
    expect(j.trusts).toHaveLength(1);
  });

  it('a statement claimed everywhere that cannot be evaluated somewhere is not supported, whatever passed', () => {
    const xOverX = { op: 'forall', vars: [{ name: 'x', domain: 'real' }], body: { op: 'eq', lhs: { op: 'div', numerator: sym('x'), denominator: sym('x') }, rhs: num('1') } };
    const j = judge({ statement: xOverX, properties: [passed()] });
    expect(j.verdict).toBe('inconclusive');
    expect(j.reasons.at(-1)).toMatch(/could not evaluate it at x = 0 .*not supported$/);
    expect(j.statementTest).toMatchObject({ undefinedAt: 'x = 0', skipped: 1 });
    expect(j.statementTest).not.toHaveProperty('counterexample');
    expect(libraries(j)).toEqual(['fast-check']);
  });

  it('failed properties say where they failed and that the kernel has not re-checked it', () => {
    const j = judge({ properties: [{ name: 'q', runs: 2, seed: 1, passed: false, counterexample: '[7]' }, { name: 'r', runs: 2, seed: 1, passed: false }] });
    expect(j.verdict).toBe('inconclusive');
    expect(j.reasons).toEqual([
      'property "q" failed on [7]; the kernel has not re-checked this counterexample, so it is evidence against the claim, not a refutation',
      'property "r" failed on an input; the kernel has not re-checked this counterexample, so it is evidence against the claim, not a refutation',
    ]);
    expect(judge({ properties: [{ name: 'z', runs: 0, seed: 1, passed: true }] }).reasons).toEqual(['property "z" reports 0 runs: a property is a passed test only after at least one run']);
  });

  it('failed evidence is named with the quantity, the point and the rule that failed', () => {
    const j = judge({ evidence: [stalled, table(false)] });
    expect(j.verdict).toBe('inconclusive');
    expect(j.reasons[0]).toBe('ladder for q at x = 1: only 4 digits of agreement at the highest precision');
    expect(j.reasons[1]).toBe("Newton: criterion not met, by the claim's own judgement (digits double)");
    expect(j.evidence[0]).toMatchObject({ passed: false, digits: [4, 4], rule: 'only 4 digits of agreement at the highest precision' });
    expect(judge({ evidence: [converging] }).evidence[0]).toMatchObject({ passed: true, digits: [12, 30], why: 'ladder for q at x = 1: agreement grew from 12 to 30 digits' });
    expect(judge({ evidence: [table(true)] }).evidence[0].why).toBe("Newton: criterion met, by the claim's own judgement (digits double)");
  });

  it('supported names what was tested: the statement itself when it could be sampled, else that it was not', () => {
    const sampled = judge({ statement: trueClosed });
    expect(sampled.verdict).toBe('supported');
    expect(sampled.reasons).toEqual(['the kernel tested the statement itself at 1 sampled instance (outward-rounded, 30 and 60 digits): no counterexample']);
    const x = { op: 'forall', vars: [{ name: 'x', domain: 'real' }], body: { op: 'eq', lhs: { op: 'add', args: [sym('x'), sym('x')] }, rhs: { op: 'mul', args: [num('2'), sym('x')] } } };
    expect(judge({ statement: x }).reasons[0]).toMatch(/^the kernel tested the statement itself at \d+ sampled instances \(/);
    const notSampled = judge({ statement: fact('2'), properties: [passed()] });
    expect(notSampled.reasons).toEqual(['the statement itself was not tested (its form cannot be sampled): the tests below are about related quantities', 'the one numeric or property test passed, but the kernel did not derive the statement']);
    const prose = judge({ statement: 'two is even', properties: [passed(), passed('q')] });
    expect(prose).not.toHaveProperty('statementLatex');
    expect(prose).not.toHaveProperty('statementTest');
    expect(prose).not.toHaveProperty('proofTree');
    expect(prose.reasons).toEqual(['all 2 numeric and property tests passed, but the kernel did not derive the statement']);
  });

  it('negative control: a partial statement undefined at every sampled point was not tested, so supports nothing', () => {
    // ln(-x^2 - 1) is defined nowhere on the reals: 16 points skipped, none tested.
    const nowhere = { op: 'forall', vars: [{ name: 'x', domain: 'real' }], body: { op: 'eq', partial: true, lhs: { op: 'ln', arg: { op: 'add', args: [{ op: 'neg', arg: { op: 'pow', base: sym('x'), exponent: 2 } }, num('-1')] } }, rhs: num('0') } };
    const j = judge({ statement: nowhere });
    expect(j.statementTest).toMatchObject({ tested: 0, skipped: 16 });
    expect(j.verdict).toBe('inconclusive');
    expect(j.reasons).toEqual(['nothing else was checked: the claim has no evidence or properties, and a proof of another statement supports nothing']);
    expect(libraries(j)).toEqual([]);
  });

  it('negative control: a proof that replays does not prove beside an attached certificate the kernel rejects', () => {
    const j = judge({ statement: fact('2'), proof: { rule: 'certificate', certificate: cert('2') }, certificates: [cert('3')] });
    expect(j.verdict).toBe('inconclusive');
    expect(j.reasons[0]).toBe('certificate "even" rejected by the kernel: odd');
    expect(j.proofTree!.ok).toBe(true);
  });

  it('negative control: accepted certificates beside a prose statement, or of another statement, prove nothing', () => {
    const prose = judge({ statement: 'two is even', certificates: [cert('2')] });
    expect(prose.verdict).toBe('inconclusive');
    expect(prose.reasons[0]).toMatch(/^the kernel accepted the certificates, but the statement is prose/);
    expect(prose.reasons[1]).toMatch(/^nothing else was checked/);
    const other = judge({ statement: fact('4'), certificates: [cert('2')] });
    expect(other.reasons[0]).toMatch(/^the proof replays, but its conclusion is not the statement: it proves \$`.+`\$$/);
    const broken = judge({ statement: fact('4'), proof: { rule: 'nope' } });
    expect(broken.reasons[0]).toBe('the proof does not replay: nope: no inference rule named "nope"');
  });

  it('negative control: a failure or a malformed statement is an error trusting only the kernel', () => {
    for (const o of [{ failure: 'threw' }, { statement: { op: 'bogus' } }]) {
      const j = judge(o);
      expect(j.verdict).toBe('error');
      expect(j.certificateChecks).toEqual([]);
      expect(kinds(j)).toEqual(['kernel']);
    }
    expect(judge({ statement: { op: 'bogus' } }).reasons[0]).toMatch(/^the statement is not a well-formed closed proposition: /);
  });

  it('propertyHeld: passed after a whole number of runs, at least one', () => {
    expect(propertyHeld({ name: 'p', runs: 1, seed: 0, passed: true })).toBe(true);
    expect(propertyHeld({ name: 'p', runs: 0, seed: 0, passed: true })).toBe(false);
    expect(propertyHeld({ name: 'p', runs: 1.5, seed: 0, passed: true })).toBe(false);
    expect(propertyHeld({ name: 'p', runs: 5, seed: 0, passed: false })).toBe(false);
    expect(propertyHeld({ name: 'p', runs: 5, seed: 0, passed: 'yes' as never })).toBe(false);
  });
});

describe('applyDependencies: trusts, conditions and reasons', () => {
  const proved = judge({ statement: fact('2'), certificates: [cert('2')] });
  const provedZ = judge({ statement: fact('2', ['Z']), certificates: [cert('2', ['Z'])] });
  const supported = judge({ properties: [passed()] });
  const run = (own: Record<string, Judgement>, deps: Record<string, string[]>, order: string[]) => applyDependencies(new Map(Object.entries(own)), new Map(Object.entries(deps)), order);

  it('a proved claim inherits its dependencies\' conjectures as conditions, naming through which claim', () => {
    const r = run({ a: provedZ, b: proved }, { b: ['a'] }, ['a', 'b']);
    expect(r.get('b')!.verdict).toBe('proved');
    expect(r.get('b')!.conditions).toEqual(['Z']);
    expect(r.get('b')!.reasons.at(-1)).toBe('conditional on Z, through a, which rests on it');
    expect(r.get('b')!.trusts).toEqual(expect.arrayContaining([{ kind: 'claim', name: 'a' }, { kind: 'conjecture', name: 'Z' }]));
    // Transitively, and a condition of its own is not repeated as inherited.
    const t = run({ a: provedZ, b: proved, c: provedZ }, { b: ['a'], c: ['b'] }, ['a', 'b', 'c']);
    expect(t.get('c')!.conditions).toEqual(['Z']);
    expect(t.get('c')!.reasons.filter((x) => x.startsWith('conditional on Z, through'))).toEqual([]);
    // Named through the dependency that carries it only.
    expect(run({ x: proved, a: provedZ, b: proved }, { b: ['x', 'a'] }, ['x', 'a', 'b']).get('b')!.reasons.at(-1)).toBe('conditional on Z, through a, which rests on it');
    // Without conjectures anywhere: no conditions.
    expect(run({ a: proved, b: proved }, { b: ['a'] }, ['a', 'b']).get('b')!.conditions).toBeUndefined();
  });

  it('a claim trusts its dependencies and their conjectures, not the theorems behind them', () => {
    const r = run({ a: provedZ, b: supported }, { b: ['a'] }, ['a', 'b']);
    expect(r.get('b')!.trusts).not.toContainEqual({ kind: 'theorem', name: 'parity' });
    expect(r.get('b')!.trusts.map((t) => t.kind).sort()).toEqual(['claim', 'conjecture', 'kernel', 'library']);
  });

  it('a capped verdict drops its conditions but keeps trusting the conjecture', () => {
    const r = run({ a: supported, b: provedZ }, { b: ['a'] }, ['a', 'b']);
    expect(r.get('b')!.verdict).toBe('supported');
    expect(r.get('b')!).not.toHaveProperty('conditions');
    expect(r.get('b')!.trusts).toContainEqual({ kind: 'conjecture', name: 'Z' });
    const s = run({ a: provedZ, b: supported }, { b: ['a'] }, ['a', 'b']);
    expect(s.get('b')!.verdict).toBe('supported');
    expect(s.get('b')!).not.toHaveProperty('conditions');
    expect(s.get('b')!.trusts).toEqual(expect.arrayContaining([{ kind: 'claim', name: 'a' }, { kind: 'conjecture', name: 'Z' }]));
  });

  it('names every weak dependency with its verdict, and a missing one as missing', () => {
    const r = run({ a: supported, b: proved, c: proved }, { c: ['a', 'b', 'x'] }, ['a', 'b', 'c']);
    expect(r.get('c')!.verdict).toBe('supported');
    expect(r.get('c')!.reasons.at(-1)).toBe('capped at supported: it depends on a (supported), x (missing), which is not proved');
    expect(r.get('c')!.trusts.filter((t) => t.kind === 'claim').map((t) => t.name)).toEqual(['a', 'b', 'x']);
  });

  it('the lemmas of a witness that refutes nothing do not touch a claim that is not refuted', () => {
    // b's witness cites a (supported) but concludes fact(4), not the negation of b's statement: b stays supported.
    const b = judge({ statement: fact('2'), witness: { rule: 'lemma', claim: 'a' }, properties: [passed()] }, new Map([['a', fact('4')]]));
    expect(b.verdict).toBe('supported');
    expect(b.witnessLemmas).toEqual(['a']);
    const r = run({ a: supported, b }, { b: ['a'] }, ['a', 'b']);
    expect(r.get('b')!.verdict).toBe('supported');
    expect(r.get('b')!.reasons).toEqual(b.reasons);
  });

  it('judges only ids in order that have a judgement, and leaves claims without dependencies as they are', () => {
    const r = run({ a: proved, b: supported }, {}, ['a', 'zzz', 'b']);
    expect([...r.keys()]).toEqual(['a', 'b']);
    expect(r.get('a')).toEqual(proved);
    expect(r.get('b')).toEqual(supported);
  });
});
