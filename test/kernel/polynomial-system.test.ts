/**
 * The polynomial-system rules (src/kernel/rules/polynomial-system.ts): the chains of the two quadratic-activation
 * claims replay, and every mutation an author could make — a wrong constant or polynomial, a loss that is not
 * polynomial, perturbed cofactors, an eliminant without its w_i factor, a wrong unit, order or multiplicity, the
 * unsubstituted S instead of S(w²), premises of the wrong form — is refused with its reason.
 */
import { describe, expect, it } from 'vitest';
import { mpToKernel } from '../../src/algebra/mpoly-q.js';
import { zToStrings } from '../../src/algebra/poly-z.js';
import { byCertificate, byRule } from '../../src/claim/proof-terms.js';
import { propEquals, type Prop } from '../../src/kernel/proposition.js';
import { replayProof, type ProofNode, type ProofTerm } from '../../src/kernel/proof.js';
import { parseDataString } from '../../src/neuron/data.js';
import type { Problem } from '../../src/neuron/model.js';
import { eliminateWeight, polynomialSystemProof, quadraticD2RadicalStatement } from '../../src/neuron/quadratic-exact.js';
import { eliminateFirstWeight } from '../../src/neuron/quadratic-d3.js';
import { coordinateRootProofs } from '../../src/neuron/exact-d2.js';
import { galoisCertificate, irreducibilityCertificate } from '../../src/algebra/galois.js';
import type { Certificate } from '../../src/kernel/types.js';

const D2: Problem = { activation: 'square', loss: 'mse', data: parseDataString('1,0:1/3;0,1:3/4;1,1:2') };
const D3: Problem = { activation: 'square', loss: 'mse', data: parseDataString('1,0,0:1;0,1,0:2;0,0,1:3;1,1,1:5') };

const replay = (t: ProofTerm): ProofNode => replayProof(t, { lemmas: new Map() });
function reason(node: ProofNode): string {
  const bad = node.premises.find((p) => !p.ok);
  return bad ? reason(bad) : node.detail;
}
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
type Step = { rule: string; premises: ProofTerm[]; args: Record<string, unknown> };

const sys2 = polynomialSystemProof(D2);
const elim2 = eliminateWeight(sys2.factors, 0);
const R2 = zToStrings(elim2.R);
const eliminate2 = (cofactors: unknown, eliminant: string[] = R2, coordinate = 'w_1'): ProofTerm => byRule('eliminate-weight', [sys2.proof], { coordinate, cofactors, eliminant });

describe('polynomial-system rules: valid chains', () => {
  it('replays the d = 2 statement: poly-system, and per weight R = ±5 w_j · quartic with radical roots', () => {
    const { statement, proof } = quadraticD2RadicalStatement(D2);
    const node = replay(proof);
    expect(node.ok, reason(node)).toBe(true);
    expect(propEquals(node.conclusion as Prop, statement)).toBe(true);
    expect(R2).toEqual(['7020', '0', '-6370', '0', '1305', '0']);
  });
  it('replays the d = 3 elimination to a degree-27 eliminant R(w_1) = u · w_1 · S(w_1²)', () => {
    const s = polynomialSystemProof(D3);
    const e = eliminateFirstWeight(D3);
    const node = replay(byRule('eliminate-weight', [s.proof], { coordinate: 'w_1', cofactors: e.cofactors.map(mpToKernel), eliminant: zToStrings(e.R) }));
    expect(node.ok, reason(node)).toBe(true);
    const R = (node.conclusion as unknown as { poly: string[] }).poly;
    expect(R.length - 1).toBe(27);
    expect(R[R.length - 1]).toBe('0');
    expect(R.filter((_, i) => i % 2 === 1).every((c) => c === '0')).toBe(true);
  });
});

describe('polynomial-gradient-system: negative controls', () => {
  const system = sys2.proof as Step;
  const withFactor = (j: number, change: (f: Record<string, unknown>) => void): ProofTerm => {
    const t = clone(system);
    change((t.args.factors as Record<string, unknown>[])[j]);
    return t;
  };
  it('refuses a wrong constant c', () => {
    expect(reason(replay(withFactor(0, (f) => (f.c = { op: 'num', value: '7' }))))).toMatch(/is not c·P\(w\)/);
  });
  it('refuses c = 0', () => {
    expect(reason(replay(withFactor(1, (f) => (f.c = { op: 'num', value: '0' }))))).toMatch(/non-zero rational/);
  });
  it('refuses a polynomial with one coefficient changed', () => {
    expect(reason(replay(withFactor(0, (f) => ((f.P as [string, number[]][])[0][0] = '999'))))).toMatch(/is not c·P\(w\)/);
  });
  it('refuses the derivatives of another loss (other targets) mixed in', () => {
    const other = polynomialSystemProof({ ...D2, data: parseDataString('1,0:1;0,1:3/4;1,1:2') }).proof as Step;
    const t = clone(system);
    t.premises[1] = other.premises[1];
    expect(reason(replay(t))).toMatch(/differentiates another function/);
  });
  it('refuses a loss that is not polynomial (the sigmoid): no c, P fit its derivative', () => {
    const sigmoid = coordinateRootProofs({ activation: 'sigmoid', loss: 'mse', data: D2.data }, 0).system as Step;
    const t = clone(system);
    t.premises = sigmoid.premises;
    expect(reason(replay(t))).toMatch(/is not c·P\(w\)/);
  });
  it('refuses one premise for two weights', () => {
    const t = clone(system);
    t.premises = [t.premises[0]];
    (t.args.factors as unknown[]).pop();
    expect(reason(replay(t))).toMatch(/quantified over exactly the variables/);
  });
});

describe('eliminate-weight: negative controls', () => {
  const cofactors = elim2.cofactors.map(mpToKernel);
  it('replays with the true cofactors', () => {
    expect(replay(eliminate2(cofactors)).ok).toBe(true);
  });
  it('refuses a perturbed cofactor', () => {
    const bad = clone(cofactors);
    bad[0][0][0] = (BigInt(bad[0][0][0]) + 1n).toString();
    expect(reason(replay(eliminate2(bad)))).toMatch(/Σ A_j P_j is not R\(w_1\)/);
  });
  it('refuses the eliminant without its factor w_1 (w = 0 is stationary)', () => {
    expect(reason(replay(eliminate2(cofactors, ['1404', '0', '-1274', '0', '261'])))).toMatch(/Σ A_j P_j is not R\(w_1\)/);
  });
  it('refuses the right eliminant claimed for the other weight', () => {
    expect(reason(replay(eliminate2(cofactors, R2, 'w_2')))).toMatch(/Σ A_j P_j is not R\(w_2\)/);
  });
  it('refuses a poly-system-via-exp premise (the sigmoid system is in e^w, not w)', () => {
    const sigmoid = coordinateRootProofs({ activation: 'sigmoid', loss: 'mse', data: parseDataString('1,0:1/3;0,1:3/4;1,1:1/2') }, 0);
    expect(reason(replay(byRule('eliminate-weight', [sigmoid.system], { coordinate: 'w_1', cofactors, eliminant: R2 })))).toMatch(/takes one premise, a poly-system/);
  });
});

describe('radical-roots-product and nonzero-weight-not-radical: negative controls', () => {
  const quartic = ['1404', '0', '-1274', '0', '261'];
  const solvable = (p: string[]): ProofTerm => byCertificate({ kind: 'solvable-degree', polynomial: p });
  it('multiplies exactly: w · quartic', () => {
    const node = replay(byRule('radical-roots-product', [solvable(['1', '0']), solvable(quartic)]));
    expect(node.ok, reason(node)).toBe(true);
    expect(node.conclusion).toEqual({ op: 'radical-roots', poly: ['1404', '0', '-1274', '0', '261', '0'] });
  });
  it('refuses a premise that is not radical-roots', () => {
    const irreducible = byCertificate(irreducibilityCertificate([-2n, 0n, 1n])!);
    expect(reason(replay(byRule('radical-roots-product', [solvable(['1', '0']), irreducible])))).toMatch(/takes two radical-roots premises/);
  });

  const s3 = polynomialSystemProof(D3);
  const e3 = eliminateFirstWeight(D3);
  const R3 = zToStrings(e3.R);
  const root = byRule('eliminate-weight', [s3.proof], { coordinate: 'w_1', cofactors: e3.cofactors.map(mpToKernel), eliminant: R3 });
  // R = u · w · g with g = S(w²), highest first: g is R without its last (zero) coefficient, divided by u.
  const [u, g] = [BigInt(R3[0]) < 0n ? -1n : 1n, R3.slice(0, -1)];
  const content = g.reduce((a, c) => { let [x, y] = [a, BigInt(c) < 0n ? -BigInt(c) : BigInt(c)]; while (y) [x, y] = [y, x % y]; return x; }, 0n) * u;
  const gPrimitive = g.map((c) => (BigInt(c) / content).toString());
  const S = gPrimitive.filter((_, i) => i % 2 === 0);
  const sPoly = S.map(BigInt);
  const noRadicalS = byRule('galois-no-radical', [byCertificate(irreducibilityCertificate([...sPoly].reverse())!), byCertificate((galoisCertificate([...sPoly].reverse()) as { certificate: Certificate }).certificate)]);
  const noRadicalG = byRule('no-radical-power', [noRadicalS], { k: 2 });
  const judge = (premise: ProofTerm, args: Record<string, unknown>): ProofNode => replay(byRule('nonzero-weight-not-radical', [root, premise], args));
  const good = { unit: content.toString(), zeroOrder: 1, multiplicity: 1 };
  it('concludes stationary-weight-not-radical from R = u · w · S(w²)', () => {
    const node = judge(noRadicalG, good);
    expect(node.ok, reason(node)).toBe(true);
    expect(node.conclusion).toMatchObject({ op: 'stationary-weight-not-radical', coordinate: 'w_1' });
  });
  it('refuses S instead of S(w²) (the substitution forgotten)', () => {
    expect(reason(judge(noRadicalS, good))).toMatch(/u · w\^e · g\^m is not R/);
  });
  it('refuses a wrong unit, order or multiplicity', () => {
    for (const args of [{ ...good, unit: (content * 2n).toString() }, { ...good, zeroOrder: 0 }, { ...good, multiplicity: 2 }, { ...good, unit: '0' }]) {
      expect(judge(noRadicalG, args).ok).toBe(false);
    }
  });
  it('refuses a radical-roots premise in place of no-radical-root', () => {
    expect(reason(replay(byRule('nonzero-weight-not-radical', [root, solvable(quartic)], good)))).toMatch(/premises are stationary-weight-root and no-radical-root/);
  });
});
