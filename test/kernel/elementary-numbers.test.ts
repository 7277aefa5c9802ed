/**
 * The rule schanuel-not-elementary (Chow's Corollary 1 under Schanuel's conjecture) and conditional verdicts: the rule
 * refuses premises of the wrong form or about another loss; a proof that applies it is proved only conditionally,
 * and every claim resting on such a claim inherits the condition, while a capped claim carries none.
 */
import { describe, expect, it } from 'vitest';
import { andElim, andIntro, byCertificate, byLemma, byRule, schanuelNotElementary } from '../../src/claim/proof-terms.js';
import { and, deriv, forall, stationaryNotElementary, stationaryNotRadical, stationaryViaExp } from '../../src/claim/statement.js';
import { proofTrusts, replayProof, type ProofNode } from '../../src/kernel/proof.js';
import { decodeProp, propEquals, type Prop } from '../../src/kernel/proposition.js';
import { RULES } from '../../src/kernel/rules.js';
import { applyDependencies, judgeClaim, type ClaimOutcome, type Judgement } from '../../src/kernel/verdict.js';
import { derivativeIdentityCertificate } from '../../src/symbolic/certificates.js';
import { parseExpr } from '../../src/symbolic/parse.js';

const LOSS = '1/2*(1/3 - sigmoid(w))^2 + 1/2*(3/4 - sigmoid(2*w))^2';
const OTHER = '1/2*(1/3 - sigmoid(w))^2';
const SEPTIC = ['4', '1', '21', '-6', '-12', '-33', '-5', '-2'];
const TRANSFER = stationaryViaExp(LOSS, 'w', SEPTIC);
const NOT_RADICAL = stationaryNotRadical(LOSS, 'w');
const LEMMAS: Record<string, Prop> = {
  transfer: TRANSFER,
  'not-radical': NOT_RADICAL,
  'other-not-radical': stationaryNotRadical(OTHER, 'w'),
  'other-var': stationaryNotRadical(parseExpr(LOSS.replace(/w/g, 'v')), 'v'),
  both: and(TRANSFER, NOT_RADICAL),
};
const run = (term: unknown): ProofNode => replayProof(term, { lemmas: new Map(Object.entries(LEMMAS).map(([k, v]) => [k, decodeProp(v)])) });
const SCHANUEL = "Schanuel's conjecture";

describe('schanuel-not-elementary', () => {
  it('concludes that no stationary point is an EL number, and trusts Schanuel\'s conjecture', () => {
    const node = run(schanuelNotElementary(byLemma('transfer'), byLemma('not-radical')));
    expect(node.ok, node.detail).toBe(true);
    expect(propEquals(node.conclusion!, decodeProp(stationaryNotElementary(LOSS, 'w')))).toBe(true);
    expect(proofTrusts(node)).toContainEqual({ kind: 'conjecture', name: SCHANUEL });
    expect(RULES['schanuel-not-elementary'].conjecture).toBe(SCHANUEL);
  });
  it('refuses premises about another loss or variable, swapped or missing premises, and other forms', () => {
    const refuses = (term: unknown, why: RegExp) => {
      const node = run(term);
      expect(node.ok).toBe(false);
      expect(node.detail).toMatch(why);
    };
    refuses(schanuelNotElementary(byLemma('transfer'), byLemma('other-not-radical')), /different losses/);
    refuses(schanuelNotElementary(byLemma('transfer'), byLemma('other-var')), /different losses/);
    refuses(schanuelNotElementary(byLemma('not-radical'), byLemma('transfer')), /premises are stationary-via-exp and stationary-not-radical/);
    refuses(byRule('schanuel-not-elementary', [byLemma('transfer')]), /takes 2 premises/);
    refuses(schanuelNotElementary(byLemma('transfer'), byLemma('both')), /premises are stationary-via-exp and stationary-not-radical/);
    // A derivative is not "e^{w*} is algebraic": the transfer to a polynomial is a premise, not an assumption.
    const derivative = byCertificate(derivativeIdentityCertificate(parseExpr(OTHER), 'w', parseExpr('-(1/3 - sigmoid(w))*sigmoid(w)*(1 - sigmoid(w))')));
    refuses(schanuelNotElementary(derivative, byLemma('other-not-radical')), /premises are stationary-via-exp/);
  });
});

/** An outcome whose proof is `proof` and whose statement is `statement` (no tests). */
const outcome = (statement: Prop, proof: unknown): ClaimOutcome => ({ evidence: [], properties: [], certificates: [], statement, proof });
const DERIVATIVE = forall(['w'], deriv('w^2', 'w', '2*w'));
const derivativeProof = byCertificate(derivativeIdentityCertificate(parseExpr('w^2'), 'w', parseExpr('2*w')));
const EL = stationaryNotElementary(LOSS, 'w');
const USES_EL = and(EL, DERIVATIVE);

describe('conditional verdicts', () => {
  // base: the two premises (its verdict is set below); el: the conditional rule applied to base's statement; uses-el: a
  // proof citing el's statement; uses-uses: one more step; plain: an unconditional proof.
  const lemma = (id: string, p: Prop) => ({ lemmas: new Map([[id, decodeProp(p)]]) });
  const own = (baseVerdict: Judgement['verdict']) =>
    new Map<string, Judgement>([
      ['base', { verdict: baseVerdict, reasons: ['given'], trusts: [], evidence: [], certificateChecks: [] }],
      ['el', judgeClaim(outcome(EL, schanuelNotElementary(andElim(byLemma('base'), 0), andElim(byLemma('base'), 1))), undefined, lemma('base', and(TRANSFER, NOT_RADICAL)))],
      ['uses-el', judgeClaim(outcome(USES_EL, andIntro(byLemma('el'), derivativeProof)), undefined, lemma('el', EL))],
      ['uses-uses', judgeClaim(outcome(EL, andElim(byLemma('uses-el'), 0)), undefined, lemma('uses-el', USES_EL))],
      ['plain', judgeClaim(outcome(DERIVATIVE, derivativeProof))],
    ]);
  const deps = new Map<string, string[]>([['base', []], ['el', ['base']], ['uses-el', ['el']], ['uses-uses', ['uses-el']], ['plain', []]]);
  const order = ['base', 'el', 'uses-el', 'uses-uses', 'plain'];

  it('mark a proof through the conjecture rule as conditional, with the reason, and leave other proofs unconditional', () => {
    const judged = own('proved');
    expect(judged.get('el')!.verdict).toBe('proved');
    expect(judged.get('el')!.conditions).toEqual([SCHANUEL]);
    expect(judged.get('el')!.reasons.join(' ')).toMatch(/conditional on Schanuel's conjecture: a rule of the proof rests on it/);
    // uses-el's own proof applies no conjecture rule: on its own it is unconditional; the dependency step adds it.
    expect(judged.get('uses-el')!.conditions).toBeUndefined();
    expect(judged.get('plain')!.verdict).toBe('proved');
    expect(judged.get('plain')!.conditions).toBeUndefined();
  });

  it('are inherited by every claim that rests on a conditional claim, transitively, with the path in the reasons', () => {
    const final = applyDependencies(own('proved'), deps, order);
    for (const id of ['el', 'uses-el', 'uses-uses']) {
      expect(final.get(id)!.verdict, id).toBe('proved');
      expect(final.get(id)!.conditions, id).toEqual([SCHANUEL]);
      expect(final.get(id)!.trusts, id).toContainEqual({ kind: 'conjecture', name: SCHANUEL });
    }
    expect(final.get('uses-el')!.reasons.join(' ')).toMatch(/conditional on Schanuel's conjecture, through el, which rests on it/);
    expect(final.get('uses-uses')!.reasons.join(' ')).toMatch(/conditional on Schanuel's conjecture, through uses-el/);
    expect(final.get('base')!.conditions).toBeUndefined();
    expect(final.get('plain')!.conditions).toBeUndefined();
  });

  it('are dropped when the verdict is capped below proved, while the conjecture stays among the trusts', () => {
    const final = applyDependencies(own('supported'), deps, order);
    for (const id of ['el', 'uses-el', 'uses-uses']) {
      expect(final.get(id)!.verdict, id).toBe('supported');
      expect(final.get(id)!.conditions, id).toBeUndefined();
      expect(final.get(id)!.trusts, id).toContainEqual({ kind: 'conjecture', name: SCHANUEL });
    }
  });
});
