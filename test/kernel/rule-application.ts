/** Test helpers for the inference rules: apply one rule to given premises, directly or through proof replay. */
import { expect } from 'vitest';
import { replayProof, type ProofNode } from '../../src/kernel/proof.js';
import { PropError, type Prop } from '../../src/kernel/proposition.js';
import { RULES } from '../../src/kernel/rules.js';

/** Asserts that the rule rejects the application with a PropError whose message matches `why`. */
export function refuses(rule: string, premises: Prop[], args: unknown, why: RegExp): void {
  let caught: unknown;
  try {
    RULES[rule].apply(premises, args);
  } catch (err) {
    caught = err;
  }
  expect(caught, `${rule} accepted the application`).toBeInstanceOf(PropError);
  expect((caught as Error).message).toMatch(why);
}

/** The replayed proof node of `rule` applied to the premises, each given as a lemma p0, p1, …. */
export function applyToLemmas(rule: string, premises: Prop[], args?: unknown): ProofNode {
  const lemmas = new Map(premises.map((p, i) => [`p${i}`, p] as const));
  return replayProof({ rule, premises: premises.map((_, i) => ({ rule: 'lemma', claim: `p${i}` })), ...(args === undefined ? {} : { args }) }, { lemmas });
}

/** The refusal message of a failed node (asserting it failed). */
export function refusal(node: ProofNode): string {
  expect(node.ok).toBe(false);
  return node.detail;
}
