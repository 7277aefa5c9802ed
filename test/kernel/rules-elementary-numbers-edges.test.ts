/**
 * Edges of schanuel-not-elementary (src/kernel/rules/elementary-numbers.ts): the trusted base names Chow's corollary
 * and the conclusion it licenses, and premises about the same loss but different variables do not combine.
 */
import { describe, expect, it } from 'vitest';
import { byLemma, schanuelNotElementary } from '../../src/claim/proof-terms.js';
import { stationaryNotRadical, stationaryViaExp } from '../../src/claim/statement.js';
import { replayProof } from '../../src/kernel/proof.js';
import { decodeProp, type Prop } from '../../src/kernel/proposition.js';

const LOSS = '1/2*(1/3 - sigmoid(w))^2 + 1/2*(3/4 - sigmoid(2*w))^2';
const SEPTIC = ['4', '1', '21', '-6', '-12', '-33', '-5', '-2'];
const LEMMAS: Record<string, Prop> = {
  transfer: stationaryViaExp(LOSS, 'w', SEPTIC),
  'not-radical': stationaryNotRadical(LOSS, 'w'),
  // The same expression read as a function of v (constant in v): its "stationary points" are every v.
  'not-radical-in-v': stationaryNotRadical(LOSS, 'v'),
};
const run = (term: unknown) => replayProof(term, { lemmas: new Map(Object.entries(LEMMAS).map(([k, v]) => [k, decodeProp(v)])) });

describe('schanuel-not-elementary: edges', () => {
  it('trusts Chow\'s Corollary 1 under Schanuel\'s conjecture, stated through to its conclusion', () => {
    const node = run(schanuelNotElementary(byLemma('transfer'), byLemma('not-radical')));
    expect(node.ok, node.detail).toBe(true);
    const theorem = node.trusts.find((t) => t.kind === 'theorem')!.name;
    expect(theorem).toMatch(/^Chow \(1999\), Corollary 1: under Schanuel's conjecture, an algebraic number is an EL number only if it is expressible by radicals/);
    expect(theorem).toMatch(/E is closed under exp, .* no zero w\* is an EL number$/);
  });

  it('refuses premises about the same expression in different variables', () => {
    const node = run(schanuelNotElementary(byLemma('transfer'), byLemma('not-radical-in-v')));
    expect(node.ok).toBe(false);
    expect(node.detail).toMatch(/^schanuel-not-elementary: the premises are about different losses/);
  });
});
