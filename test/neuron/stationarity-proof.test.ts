/**
 * The proof terms assembled from the two-point stationarity certificates prove what they should and nothing near it:
 * the same proofs attached to a wrong sign pattern, a wrong count, or "solvable by radicals" are not proved.
 */
import { describe, expect, it } from 'vitest';
import { radicalRoots, rat, stationaryCount, stationaryNotRadical, stationarySigns } from '../../src/index.js';
import { judgeClaim } from '../../src/kernel/verdict.js';
import type { Prop } from '../../src/kernel/proposition.js';
import type { ProofTerm } from '../../src/kernel/proof.js';
import { atlasEntry, ATLAS_MODELS } from '../../src/neuron/atlas.js';
import { lossExpr } from '../../src/neuron/stationarity-certificate.js';
import { stationarityProofs } from '../../src/neuron/stationarity-proof.js';
import type { ScalarProblem } from '../../src/neuron/stationarity.js';

const PROBLEM: ScalarProblem = { activation: 'sigmoid', loss: 'mse', data: [{ x: 1n, t: rat(1, 3) }, { x: 2n, t: rat(3, 4) }] };
const entry = atlasEntry(ATLAS_MODELS[0], [1, 2]);
const proofs = stationarityProofs(PROBLEM, entry.certificates);
const L = lossExpr(PROBLEM);
const SEPTIC = ['4', '1', '21', '-6', '-12', '-33', '-5', '-2'];

const verdict = (statement: Prop, proof: ProofTerm | undefined) => judgeClaim({ evidence: [], properties: [], certificates: [], statement, proof }).verdict;

describe('stationarityProofs on the septic example', () => {
  it('proves the sign pattern −+ and that no e^{w*} is a radical expression', () => {
    expect(verdict(stationarySigns(L, 'w', '-+'), proofs.signs)).toBe('proved');
    expect(verdict(stationaryNotRadical(L, 'w'), proofs.notRadical)).toBe('proved');
    expect(proofs.radical).toBeUndefined();
  });

  it('does not prove two stationary points, a maximum, or "every root of the septic is a radical" with the same proofs', () => {
    expect(verdict(stationarySigns(L, 'w', '-+-'), proofs.signs)).not.toBe('proved');
    expect(verdict(stationarySigns(L, 'w', '+-'), proofs.signs)).not.toBe('proved');
    expect(verdict(stationaryCount(L, 'w', 2), proofs.signs)).not.toBe('proved');
    expect(verdict(radicalRoots(SEPTIC), proofs.notRadical)).not.toBe('proved');
  });

  it('does not carry the sign pattern to another loss', () => {
    const other = lossExpr({ ...PROBLEM, data: [{ x: 1n, t: rat(9, 10) }, { x: 3n, t: rat(2, 3) }] });
    expect(verdict(stationarySigns(other, 'w', '-+'), proofs.signs)).not.toBe('proved');
  });
});
