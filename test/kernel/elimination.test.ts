/**
 * The elimination rules (src/kernel/rules/elimination.ts) and their polynomials (src/kernel/mpoly.ts): the valid
 * chains of the two d = 2 claims replay, and every mutation an author could make — a wrong constant, a denominator
 * with a negative coefficient, another loss, perturbed cofactors, a factor that does not multiply back, a cofactor
 * in the specialised variable, polynomials that differ — is refused with its reason.
 */
import { describe, expect, it } from 'vitest';
import { mpToKernel } from '../../src/algebra/mpoly-q.js';
import { zToStrings } from '../../src/algebra/poly-z.js';
import { byCertificate, byRule } from '../../src/claim/proof-terms.js';
import { decodeMPoly, mpolyMul, mpolySubstituteRational } from '../../src/kernel/mpoly.js';
import { replayProof, type ProofNode, type ProofTerm } from '../../src/kernel/proof.js';
import { parseDataString } from '../../src/neuron/data.js';
import { coordinateRootProofs } from '../../src/neuron/exact-d2.js';
import type { Problem } from '../../src/neuron/model.js';

const THREE: Problem = { activation: 'sigmoid', loss: 'mse', data: parseDataString('1,0:1/3;0,1:3/4;1,1:1/2') };
const TWO: Problem = { activation: 'sigmoid', loss: 'mse', data: parseDataString('1,1:1/3;1,2:3/4') };
const chain = coordinateRootProofs(TWO, 0);

const replay = (t: ProofTerm): ProofNode => replayProof(t, { lemmas: new Map() });
/** The deepest failing step's reason. */
function reason(node: ProofNode): string {
  const bad = node.premises.find((p) => !p.ok);
  return bad ? reason(bad) : node.detail;
}
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
type Step = { rule: string; premises: ProofTerm[]; args: Record<string, unknown> };

describe('elimination rules: valid chains', () => {
  it('replays both coordinates of both claims to stationary-coordinate-root of the expected polynomial', () => {
    for (const [problem, degrees] of [[THREE, [15, 15]], [TWO, [1, 1]]] as const) {
      for (const i of [0, 1]) {
        const c = coordinateRootProofs(problem, i);
        const node = replay(c.root);
        expect(node.ok, reason(node)).toBe(true);
        expect(node.conclusion).toMatchObject({ op: 'stationary-coordinate-root', coordinate: `w_${i + 1}` });
        expect((node.conclusion as unknown as { poly: string[] }).poly.length - 1).toBe(degrees[i]);
      }
    }
  });
  it('uses discard-rational-root where the eliminant has a spurious rational root (z_2 = 1 for the two points)', () => {
    const c = coordinateRootProofs(TWO, 1);
    expect(c.elimination.spurious.map((s) => [s.p, s.q, s.multiplicity])).toEqual([[1n, 1n, 9]]);
    expect(JSON.stringify(c.root)).toContain('discard-rational-root');
    expect(zToStrings(c.elimination.g)).toEqual(['1', '-6']);
  });
});

describe('exp-transfer-system: negative controls', () => {
  const system = chain.system as Step;
  const withFactor = (j: number, change: (f: Record<string, unknown>) => void): ProofTerm => {
    const t = clone(system);
    change((t.args.factors as Record<string, unknown>[])[j]);
    return t;
  };
  it('refuses a wrong constant c', () => {
    expect(reason(replay(withFactor(0, (f) => (f.c = { op: 'num', value: '7' }))))).toMatch(/is not c e\^\{m·w\} P\(e\^w\)\/D\(e\^w\)/);
  });
  it('refuses −P/−D although it is the same function: D must have positive coefficients', () => {
    const negate = (p: [string, number[]][]) => p.map(([c, e]) => [(-BigInt(c)).toString(), e]);
    expect(reason(replay(withFactor(0, (f) => ((f.P = negate(f.P as [string, number[]][])), (f.D = negate(f.D as [string, number[]][]))))))).toMatch(/must have positive coefficients/);
  });
  it('refuses premises about two different losses', () => {
    const other = coordinateRootProofs(THREE, 0).system as Step;
    const t = clone(system);
    t.premises[1] = other.premises[1];
    expect(reason(replay(t))).toMatch(/differentiates another function|quantified over exactly/);
  });
  it('refuses a missing derivative (one premise for two weights)', () => {
    const t = clone(system);
    t.premises = [t.premises[0]];
    (t.args.factors as unknown[]).pop();
    expect(reason(replay(t))).toMatch(/quantified over exactly the variables/);
  });
});

describe('eliminate, discard-factor, discard-rational-root, coordinate-not-radical: negative controls', () => {
  const elimination = chain.elimination;
  const eliminate = (cofactors: unknown, eliminant: string[] = zToStrings(elimination.R), coordinate = 'w_1'): ProofTerm =>
    byRule('eliminate', [chain.system], { coordinate, cofactors, eliminant });
  it('accepts the true cofactors and refuses perturbed ones', () => {
    const good = elimination.cofactors.map(mpToKernel);
    expect(replay(eliminate(good)).ok).toBe(true);
    const bad = clone(good);
    bad[0][0][0] = (BigInt(bad[0][0][0]) + 1n).toString();
    expect(reason(replay(eliminate(bad)))).toMatch(/Σ A_j P_j is not R\(z_1\)/);
  });
  it('refuses a coordinate that is not a weight, and the identity read for the other coordinate', () => {
    const good = elimination.cofactors.map(mpToKernel);
    expect(reason(replay(eliminate(good, undefined, 'w_3')))).toMatch(/names one of the variables/);
    expect(reason(replay(eliminate(good, undefined, 'w_2')))).toMatch(/is not R\(z_2\)/);
  });
  it('discard-factor refuses a factor that does not multiply back to R, and an h with a positive root', () => {
    const root = eliminate(elimination.cofactors.map(mpToKernel));
    const h = byCertificate({ kind: 'real-root-count', polynomial: zToStrings(elimination.noPositive), interval: ['0', '+inf'], count: 0 });
    expect(reason(replay(byRule('discard-factor', [root, h], { factor: ['1', '0'] })))).toMatch(/g·h is not R/);
    const withRoot = byCertificate({ kind: 'real-root-count', polynomial: ['1', '-2'], interval: ['0', '+inf'], count: 1 });
    expect(reason(replay(byRule('discard-factor', [root, withRoot], { factor: ['1'] })))).toMatch(/no root in \(0, \+∞\)/);
  });
  it('discard-rational-root refuses cofactors that still contain the specialised variable, and a root that is not a factor', () => {
    const c = coordinateRootProofs(TWO, 1);
    const text = JSON.stringify(c.root);
    const step = JSON.parse(text) as Step;
    expect(step.rule).toBe('discard-rational-root');
    const inZ2 = clone(step);
    (inZ2.args.cofactors as [string, number[]][][])[0].push(['1', [0, 1]]);
    expect(reason(replay(inZ2))).toMatch(/must not contain z_2/);
    const otherRoot = clone(step);
    otherRoot.args.root = '2';
    expect(reason(replay(otherRoot))).toMatch(/\(q z − p\)\^e · g is not R/);
  });
  it('coordinate-not-radical refuses a premise that is not no-radical-root (radical-roots of 12z − 1 here)', () => {
    const fake = { rule: 'certificate', certificate: { kind: 'solvable-degree', polynomial: ['12', '-1'] } } as ProofTerm;
    expect(reason(replay(byRule('coordinate-not-radical', [chain.root, fake])))).toMatch(/premises are stationary-coordinate-root and no-radical-root/);
  });
});

describe('kernel polynomials', () => {
  const fail = (m: string): never => {
    throw new Error(m);
  };
  it('canonicalises (merges, drops zeros, sorts) and refuses malformed terms', () => {
    expect(decodeMPoly([['1', [0, 1]], ['2', [1, 0]], ['-1', [0, 1]]], 2, 'p', fail)).toEqual([['2', [1, 0]]]);
    expect(() => decodeMPoly([['1', [0]]], 2, 'p', fail)).toThrow(/one exponent per variable/);
    expect(() => decodeMPoly([['1.5', [0, 0]]], 2, 'p', fail)).toThrow(/not an integer/);
    expect(() => decodeMPoly([], 2, 'p', fail, true)).toThrow(/is 0/);
  });
  it('multiplies and specialises exactly: (z1 + z2)(z1 − z2) = z1² − z2²; q^E f(p/q, z2)', () => {
    const f = decodeMPoly([['1', [1, 0]], ['1', [0, 1]]], 2, 'f', fail);
    const g = decodeMPoly([['1', [1, 0]], ['-1', [0, 1]]], 2, 'g', fail);
    expect(mpolyMul(f, g)).toEqual([['1', [2, 0]], ['-1', [0, 2]]]);
    // 3²·((1/3)² − z2²) = 1 − 9 z2²
    expect(mpolySubstituteRational(mpolyMul(f, g), 0, 1n, 3n)).toEqual([['-9', [0, 2]], ['1', [0, 0]]]);
  });
});
