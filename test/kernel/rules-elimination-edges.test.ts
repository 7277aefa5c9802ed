/**
 * The hypotheses of the elimination rules (src/kernel/rules/elimination.ts), one at a time, on a small system that can
 * be checked by hand. With z_j = e^{w_j} and
 *   L(w_1, w_2) = (e^{w_1} − e^{w_2})²/2 + (e^{w_2} − 2)²/2,
 *   ∂L/∂w_1 = e^{w_1} · P_1,  P_1 = z_1 − z_2,      ∂L/∂w_2 = e^{w_2} · P_2,  P_2 = 2 z_2 − z_1 − 2,
 * the only stationary point is z = (2, 2), and 2 P_1 + P_2 = z_1 − 2. The premises are given as lemmas (or as the
 * transfer step itself), so that each test breaks exactly one hypothesis and asserts the rule's own reason for
 * refusing; the inputs that must be refused include the unsound ones (c = 0, a non-constant c, a denominator that
 * vanishes on (0, ∞), a system about w instead of e^w, a root statement about w_i instead of e^{w_i}, a "no positive
 * root" count over the wrong interval, a no-radical-root of another polynomial).
 */
import { describe, expect, it } from 'vitest';
import { byCertificate, byLemma, byRule } from '../../src/claim/proof-terms.js';
import { deriv, eq, forall, positive, real } from '../../src/claim/statement.js';
import { mpolyMul, type MPoly } from '../../src/kernel/mpoly.js';
import { replayProof, type ProofNode, type ProofTerm } from '../../src/kernel/proof.js';
import { decodeProp, propEquals, type Prop } from '../../src/kernel/proposition.js';
import { parseExpr } from '../../src/symbolic/parse.js';

const L = parseExpr('(exp(w_1) - exp(w_2))^2/2 + (exp(w_2) - 2)^2/2');
const OTHER_LOSS = parseExpr('(exp(w_1) - exp(w_2))^2/2 + (exp(w_2) - 3)^2/2');
const V = ['w_1', 'w_2'];
const ONE: MPoly = [['1', [0, 0]]];
const P1: MPoly = [['1', [1, 0]], ['-1', [0, 1]]];
const P2: MPoly = [['2', [0, 1]], ['-1', [1, 0]], ['-2', [0, 0]]];
const DW1 = '(exp(w_1) - exp(w_2))*exp(w_1)';
const DW2 = 'exp(w_2)*(2*exp(w_2) - exp(w_1) - 2)';
/** A septic with Galois group S_7 (the one-dimensional two-point septic of the catalogue). */
const SEPTIC = ['4', '1', '21', '-6', '-12', '-33', '-5', '-2'];

const coordinateRoot = (poly: string[], extra: Partial<Record<'loss' | 'vars' | 'op', unknown>> = {}): Prop =>
  ({ op: 'stationary-coordinate-root', loss: L, vars: V, coordinate: 'w_1', poly, ...extra }) as Prop;
const rootCount = (poly: string[], lo = '0', hi = '+inf', count = 0): Prop => ({ op: 'root-count', poly, lo, hi, count });

/** (13 z − 12)(z − 2): the eliminant with the spurious rational root 12/13. */
const R_SPURIOUS = ['13', '-38', '24'];
/** (z + 1)(z − 2): the eliminant with a factor z + 1 that has no positive root. */
const R_NEGATIVE = ['1', '-1', '-2'];

const LEMMAS: Record<string, Prop> = {
  d1: forall(V, deriv(L, 'w_1', DW1)),
  d2: forall(V, deriv(L, 'w_2', DW2)),
  system: { op: 'poly-system-via-exp', loss: L, vars: V, polys: [P1, P2] },
  // The same data read as a system in the weights themselves: ∇L = 0 iff P_j(w) = 0. Not a statement about e^w.
  'system-in-w': { op: 'poly-system', loss: L, vars: V, polys: [P1, P2] },
  'root-spurious': coordinateRoot(R_SPURIOUS),
  'root-spurious-other-loss': coordinateRoot(R_SPURIOUS, { loss: OTHER_LOSS }),
  'root-spurious-three-vars': coordinateRoot(R_SPURIOUS, { vars: ['w_1', 'w_2', 'w_3'] }),
  'root-negative': coordinateRoot(R_NEGATIVE),
  // poly(w_1) = 0 rather than poly(e^{w_1}) = 0.
  'weight-root-negative': coordinateRoot(R_NEGATIVE, { op: 'stationary-weight-root' }),
  'root-septic': coordinateRoot(SEPTIC),
  'weight-root-septic': coordinateRoot(SEPTIC, { op: 'stationary-weight-root' }),
  'no-radical-septic': { op: 'no-radical-root', poly: SEPTIC },
  'no-radical-other': { op: 'no-radical-root', poly: ['4', '1', '21', '-6', '-12', '-33', '-5', '-3'] },
  'G-14': rootCount(['-14']),
  'h-plus-1': rootCount(['1', '1']),
  'h-plus-1-irreducible': { op: 'irreducible', poly: ['1', '1'] },
};
const CTX = { lemmas: new Map(Object.entries(LEMMAS).map(([k, v]) => [k, decodeProp(v)])) };
const lemma = byLemma;

/** The deepest failing step's reason. */
function reason(node: ProofNode): string {
  const bad = node.premises.find((p) => !p.ok);
  return bad ? reason(bad) : node.detail;
}
function replay(t: ProofTerm, extra: Record<string, Prop> = {}): ProofNode {
  if (Object.keys(extra).length === 0) return replayProof(t, CTX);
  return replayProof(t, { lemmas: new Map([...CTX.lemmas, ...Object.entries(extra).map(([k, v]) => [k, decodeProp(v)] as const)]) });
}
function accepted(t: ProofTerm, extra: Record<string, Prop> = {}): Prop {
  const node = replay(t, extra);
  expect(node.ok, reason(node)).toBe(true);
  return node.conclusion!;
}
function refused(t: ProofTerm, why: RegExp, extra: Record<string, Prop> = {}): void {
  const node = replay(t, extra);
  expect(node.ok).toBe(false);
  expect(reason(node)).toMatch(why);
}
const same = (a: Prop, b: Prop): boolean => propEquals(a, decodeProp(b));

type Factor = { c: unknown; m: unknown; P: unknown; D: unknown };
const factor = (c: string, m: number[], P: MPoly, D: MPoly = ONE): Factor => ({ c: { op: 'num', value: c }, m, P, D });
const FACTORS = (): Factor[] => [factor('1', [1, 0], P1), factor('1', [0, 1], P2)];
const transfer = (premises: ProofTerm[] = [lemma('d1'), lemma('d2')], factors: unknown = FACTORS()): ProofTerm =>
  byRule('exp-transfer-system', premises, { factors });
/** FACTORS with factor j changed. */
const withFactor = (j: number, change: Partial<Factor> | null | string): unknown[] => {
  const f: unknown[] = FACTORS();
  f[j] = change === null || typeof change === 'string' ? change : { ...(f[j] as Factor), ...change };
  return f;
};

describe('exp-transfer-system', () => {
  it('concludes the polynomial system from one derivative premise per weight, trusting the exp-bijection theorem', () => {
    const node = replay(transfer());
    expect(node.ok, reason(node)).toBe(true);
    expect(same(node.conclusion!, LEMMAS.system)).toBe(true);
    expect(node.trusts).toEqual([{ kind: 'theorem', name: expect.stringMatching(/^exp is a bijection ℝ → \(0, ∞\) in each coordinate/) }]);
  });

  it('takes 1 to 8 derivative premises: none and nine are refused, eight are accepted', () => {
    refused(byRule('exp-transfer-system', [], { factors: [] }), /^exp-transfer-system takes one derivative premise per variable \(1 to 8\)/);
    const family = (n: number) => {
      const vs = Array.from({ length: n }, (_, j) => `w_${j + 1}`);
      const loss = parseExpr(vs.map((v) => `(exp(${v}) - ${v})`).join(' + '));
      const extra = Object.fromEntries(vs.map((v) => [`e-${n}-${v}`, forall(vs, deriv(loss, v, `exp(${v}) - 1`))]));
      const zero = vs.map(() => 0);
      const factors = vs.map((_, j) => factor('1', zero, [['1', vs.map((__, l) => (l === j ? 1 : 0))], ['-1', zero]], [['1', zero]]));
      return { term: byRule('exp-transfer-system', vs.map((v) => lemma(`e-${n}-${v}`)), { factors }), extra };
    };
    const nine = family(9);
    refused(nine.term, /^exp-transfer-system takes one derivative premise per variable \(1 to 8\)/, nine.extra);
    const eight = family(8);
    expect(accepted(eight.term, eight.extra)).toMatchObject({ op: 'poly-system-via-exp', vars: Array.from({ length: 8 }, (_, j) => `w_${j + 1}`) });
  });

  it('refuses args.factors that is missing or has not exactly one entry per premise', () => {
    const why = /^exp-transfer-system: args\.factors has one \{c, m, P, D\} per premise/;
    refused(byRule('exp-transfer-system', [lemma('d1'), lemma('d2')], {}), why);
    refused(transfer(undefined, FACTORS().slice(0, 1)), why);
    refused(transfer(undefined, [...FACTORS(), factor('1', [0, 1], P2)]), why);
  });

  it('refuses a premise that is not a derivative holding everywhere under its quantifier, naming that premise', () => {
    const why = /^exp-transfer-system: premise 2 is a derivative that holds everywhere, under its quantifier/;
    const extra = {
      bare: deriv(L, 'w_2', DW2),
      'not-deriv': forall(V, eq(L, L)),
      partial: forall(V, deriv(L, 'w_2', DW2, true)),
    };
    for (const bad of Object.keys(extra)) refused(transfer([lemma('d1'), lemma(bad)]), why, extra);
  });

  it('refuses two premises in the same variable', () => {
    refused(transfer([lemma('d1'), lemma('d1')], [factor('1', [1, 0], P1), factor('1', [1, 0], P1)]), /^exp-transfer-system: the premises differentiate in 2 different variables/);
  });

  it('refuses a premise quantified over positive reals, over a variable that is not differentiated, or over fewer variables', () => {
    const why = /^exp-transfer-system: premise 2 is quantified over exactly the variables w_1, w_2, over all reals/;
    const extra = {
      'only-w2': forall(['w_2'], deriv(L, 'w_2', DW2)),
      'w2-positive': forall([real('w_1'), positive('w_2')], deriv(L, 'w_2', DW2)),
      'both-positive': forall([positive('w_1'), positive('w_2')], deriv(L, 'w_2', DW2)),
      'over-v': forall(['w_1', 'v'], deriv(L, 'w_2', DW2)),
    };
    for (const bad of Object.keys(extra)) refused(transfer([lemma('d1'), lemma(bad)]), why, extra);
  });

  it('refuses a premise that differentiates another function, naming that premise', () => {
    const extra = { other: forall(V, deriv(OTHER_LOSS, 'w_2', 'exp(w_2)*(2*exp(w_2) - exp(w_1) - 3)')) };
    refused(transfer([lemma('d1'), lemma('other')]), /^exp-transfer-system: premise 2 differentiates another function/, extra);
  });

  it('refuses a factor entry that is not an object', () => {
    for (const bad of [null, 'c m P D']) refused(transfer(undefined, withFactor(1, bad)), /^exp-transfer-system: args\.factors\[1\] is an object \{c, m, P, D\}/);
  });

  it('refuses c = 0 although the derivative is then 0 everywhere (every w would be stationary, not only P = 0)', () => {
    const extra = { flat: forall(['w'], deriv('1', 'w', '0')) };
    const term = byRule('exp-transfer-system', [lemma('flat')], { factors: [factor('0', [0], [['1', [1]], ['-2', [0]]], [['1', [0]]])] });
    refused(term, /^exp-transfer-system: args\.factors\[0\]\.c is a non-zero rational/, extra);
  });

  it('refuses a c that is not a constant (w_1 − 3 vanishes at w_1 = 3 where P_1 need not)', () => {
    const extra = { d1c: forall(V, deriv(L, 'w_1', `(w_1 - 3)*${DW1}`)) };
    const factors = withFactor(0, { c: parseExpr('w_1 - 3') });
    refused(transfer([lemma('d1c'), lemma('d2')], factors), /^exp-transfer-system: args\.factors\[0\]\.c is a non-zero rational/, extra);
  });

  it('refuses a malformed c, naming args.factors[0].c', () => {
    refused(transfer(undefined, withFactor(0, { c: { op: 'no-such-op' } })), /args\.factors\[0\]\.c/);
  });

  it('refuses exponents m that are missing, of the wrong length, not integers or larger than 1000 in size', () => {
    const why = /^exp-transfer-system: args\.factors\[0\]\.m is one integer exponent per variable/;
    for (const m of [undefined, [1], [1, 0, 0], [1, 0.5], [0.5, 0], ['1', 0], [1001, 0], [-1001, 0], 'm']) refused(transfer(undefined, withFactor(0, { m })), why);
  });

  it('accepts exponents of size exactly 1000', () => {
    // L = e^{1001w}/1001 − e^{1000w}/500 has L' = e^{1000w}(e^w − 2); and e^{−1000w}(e^w − 2) likewise.
    for (const [m, loss, value] of [
      [1000, 'exp(1001*w)/1001 - exp(1000*w)/500', 'exp(1000*w)*(exp(w) - 2)'],
      [-1000, '-exp(-999*w)/999 + exp(-1000*w)/500', 'exp(-1000*w)*(exp(w) - 2)'],
    ] as const) {
      const extra = { big: forall(['w'], deriv(loss, 'w', value)) };
      const term = byRule('exp-transfer-system', [lemma('big')], { factors: [factor('1', [m], [['1', [1]], ['-2', [0]]], [['1', [0]]])] });
      expect(accepted(term, extra)).toMatchObject({ op: 'poly-system-via-exp', polys: [[['1', [1]], ['-2', [0]]]] });
    }
  });

  it('refuses a malformed or zero P or D, naming which', () => {
    refused(transfer(undefined, withFactor(0, { P: 'z_1 - z_2' })), /^args\.factors\[0\]\.P: a polynomial is an array/);
    refused(transfer(undefined, withFactor(0, { D: [['1', [0]]] })), /^args\.factors\[0\]\.D\[0\]\[1\]: one exponent per variable/);
    refused(transfer(undefined, withFactor(0, { P: [] })), /^args\.factors\[0\]\.P: the polynomial is 0/);
    refused(transfer(undefined, withFactor(0, { P: [['1', [1, 0]], ['-1', [1, 0]]] })), /^args\.factors\[0\]\.P: the polynomial is 0/);
    refused(transfer(undefined, withFactor(1, { D: [] })), /^args\.factors\[1\]\.D: the polynomial is 0/);
  });

  it('refuses a denominator with a negative coefficient even when P/D is the same function (D = z_1 − 1 vanishes at z_1 = 1)', () => {
    // P_2 (z_1 − 1) / (z_1 − 1) = P_2 as rational functions, but P_2 (z_1 − 1) = P_1 = 0 has the spurious zero z = (1, 1).
    const D: MPoly = [['1', [1, 0]], ['-1', [0, 0]]];
    const factors = withFactor(1, { P: mpolyMul(P2, D), D });
    refused(transfer(undefined, factors), /^exp-transfer-system: D_2 must have positive coefficients \(then D_2 > 0 on \(0, ∞\)\^2\)/);
  });
});

/** 2 P_1 + P_2 = z_1 − 2, so A_j = f(z_1) · (2, 1) eliminates to f(z_1)(z_1 − 2). */
const cofactorsTimes = (f: MPoly): MPoly[] => [mpolyMul(f, [['2', [0, 0]]]), f];
const Z1_MINUS_12_13: MPoly = [['13', [1, 0]], ['-12', [0, 0]]];
const Z1_PLUS_1: MPoly = [['1', [1, 0]], ['1', [0, 0]]];
const eliminate = (premises: ProofTerm[], args: unknown) => byRule('eliminate', premises, args);
const ELIMINATE_ARGS = { coordinate: 'w_1', cofactors: cofactorsTimes(Z1_MINUS_12_13), eliminant: R_SPURIOUS };

describe('args objects', () => {
  it('every rule with arguments refuses args that are missing, null, an array or not an object', () => {
    const steps: [string, ProofTerm[]][] = [
      ['exp-transfer-system', [lemma('d1'), lemma('d2')]],
      ['eliminate', [lemma('system')]],
      ['discard-factor', [lemma('root-negative'), lemma('h-plus-1')]],
      ['discard-rational-root', [lemma('root-spurious'), lemma('system'), lemma('G-14')]],
    ];
    for (const [rule, premises] of steps) {
      for (const args of [undefined, null, [ELIMINATE_ARGS], 'args']) {
        refused({ rule, premises, args } as ProofTerm, new RegExp(`^${rule} needs an "args" object`));
      }
    }
  });
});

describe('eliminate', () => {
  it('concludes R(e^{w_1}) = 0 at every stationary point from a cofactor identity, trusting the elimination theorem', () => {
    const node = replay(eliminate([transfer()], ELIMINATE_ARGS));
    expect(node.ok, reason(node)).toBe(true);
    expect(same(node.conclusion!, LEMMAS['root-spurious'])).toBe(true);
    expect(node.trusts).toEqual([{ kind: 'theorem', name: expect.stringMatching(/^elimination: if Σ_j A_j P_j = R\(z_i\) in Z\[z_1, …, z_k\]/) }]);
  });

  it('takes exactly one poly-system-via-exp: none, two, and a system in the weights themselves are refused', () => {
    const why = /^eliminate takes one premise, a poly-system-via-exp/;
    refused(eliminate([], ELIMINATE_ARGS), why);
    refused(eliminate([lemma('system'), lemma('system')], ELIMINATE_ARGS), why);
    refused(eliminate([lemma('system-in-w')], ELIMINATE_ARGS), why);
    refused(eliminate([lemma('root-spurious')], ELIMINATE_ARGS), why);
  });

  it('refuses cofactors that are missing or malformed, with the rule named in the reason', () => {
    refused(eliminate([lemma('system')], { ...ELIMINATE_ARGS, cofactors: undefined }), /^eliminate: args\.cofactors has one polynomial per P_j/);
    refused(eliminate([lemma('system')], { ...ELIMINATE_ARGS, cofactors: [[['x', [0, 0]]], ONE] }), /^eliminate: args\.cofactors\[0\]\[0\]\[0\]: not an integer string/);
  });

  it('refuses a malformed eliminant, naming args.eliminant', () => {
    refused(eliminate([lemma('system')], { ...ELIMINATE_ARGS, eliminant: ['0', '1'] }), /^args\.eliminant\.poly: the leading coefficient is zero/);
  });

  it('lists the variables when the coordinate is not one of them', () => {
    refused(eliminate([lemma('system')], { ...ELIMINATE_ARGS, coordinate: 'w_3' }), /^eliminate: args\.coordinate names one of the variables w_1, w_2$/);
  });
});

describe('discard-factor', () => {
  const discard = (premises: ProofTerm[], factor: unknown = ['1', '-2']) => byRule('discard-factor', premises, { factor });

  it('cancels a factor without positive roots, trusting the cancellation theorem', () => {
    const h = byCertificate({ kind: 'real-root-count', polynomial: ['1', '1'], interval: ['0', '+inf'], count: 0 });
    const node = replay(discard([lemma('root-negative'), h]));
    expect(node.ok, reason(node)).toBe(true);
    expect(same(node.conclusion!, coordinateRoot(['1', '-2']))).toBe(true);
    expect(node.trusts).toEqual([{ kind: 'theorem', name: expect.stringMatching(/^a factor without positive roots can be cancelled/) }]);
  });

  it('takes a stationary-coordinate-root and a root count: one premise, three, or a root of w_1 instead of e^{w_1} are refused', () => {
    const why = /^discard-factor takes a stationary-coordinate-root and a root count/;
    refused(discard([lemma('root-negative')]), why);
    refused(discard([lemma('root-negative'), lemma('h-plus-1'), lemma('h-plus-1')]), why);
    refused(discard([lemma('weight-root-negative'), lemma('h-plus-1')]), why);
  });

  it('refuses a second premise that is not "no root in (0, +∞)": another form, or a count over a smaller interval', () => {
    const why = /^discard-factor: the second premise says a polynomial has no root in \(0, \+∞\)/;
    refused(discard([lemma('root-negative'), lemma('h-plus-1-irreducible')]), why);
    // 2z − 1 has no root in (1, +∞) but has the positive root 1/2; z − 10 has none in (0, 5] but has 10.
    const extra = {
      'root-half': coordinateRoot(['2', '-5', '2']),
      'h-above-1': rootCount(['2', '-1'], '1', '+inf'),
      'root-ten': coordinateRoot(['1', '-12', '20']),
      'h-below-5': rootCount(['1', '-10'], '0', '5'),
    };
    refused(discard([lemma('root-half'), lemma('h-above-1')]), why, extra);
    refused(discard([lemma('root-ten'), lemma('h-below-5')]), why, extra);
  });

  it('refuses a malformed factor, naming args.factor', () => {
    refused(discard([lemma('root-negative'), lemma('h-plus-1')], ['0', '1']), /^args\.factor\.poly: the leading coefficient is zero/);
  });
});

describe('discard-rational-root', () => {
  const ARGS = { other: 'w_2', root: '12/13', multiplicity: 1, factor: ['1', '-2'], cofactors: [[['2', [0, 0]]], ONE] };
  const PREMISES = [lemma('root-spurious'), lemma('system'), lemma('G-14')];
  const discard = (args: Record<string, unknown> = {}, premises: ProofTerm[] = PREMISES) => byRule('discard-rational-root', premises, { ...ARGS, ...args });

  it('the whole chain transfer → eliminate → discard-factor → discard-rational-root concludes z_1 − 2 at every stationary point', () => {
    // R = (z_1 + 1)(13 z_1 − 12)(z_1 − 2); at z_1 = 12/13: 2·(12 − 13 z_2) + (26 z_2 − 38) = −14.
    const system = transfer();
    const root = eliminate([system], { coordinate: 'w_1', cofactors: cofactorsTimes(mpolyMul(Z1_PLUS_1, Z1_MINUS_12_13)), eliminant: ['13', '-25', '-14', '24'] });
    const h = byCertificate({ kind: 'real-root-count', polynomial: ['1', '1'], interval: ['0', '+inf'], count: 0 });
    const g1 = byRule('discard-factor', [root, h], { factor: R_SPURIOUS });
    const G = byCertificate({ kind: 'real-root-count', polynomial: ['-14'], interval: ['0', '+inf'], count: 0 });
    const node = replay(byRule('discard-rational-root', [g1, system, G], ARGS));
    expect(node.ok, reason(node)).toBe(true);
    expect(same(node.conclusion!, coordinateRoot(['1', '-2']))).toBe(true);
    expect(node.trusts).toEqual([{ kind: 'theorem', name: expect.stringMatching(/^a spurious rational root can be cancelled/) }]);
  });

  it('reads multi-digit numerators and denominators, and multiplicities 1 and 2', () => {
    expect(same(accepted(discard()), coordinateRoot(['1', '-2']))).toBe(true);
    // R = (13 z − 12)² (z − 2), multiplicity 2.
    expect(same(accepted(discard({ multiplicity: 2 }, [lemma('squared'), lemma('system'), lemma('G-14')]), { squared: coordinateRoot(['169', '-650', '768', '-288']) }), coordinateRoot(['1', '-2']))).toBe(true);
  });

  it('accepts the largest multiplicity, 2000', () => {
    // R = z^2000 and the root 0: at z_1 = 0, 2·(−z_2) + (2 z_2 − 2) = −2.
    const extra = { 'z-2000': coordinateRoot(['1', ...Array<string>(2000).fill('0')]), 'G-2': rootCount(['-2']) };
    expect(same(accepted(discard({ root: '0', multiplicity: 2000, factor: ['1'] }, [lemma('z-2000'), lemma('system'), lemma('G-2')]), extra), coordinateRoot(['1']))).toBe(true);
  });

  it('takes a stationary-coordinate-root, the poly-system-via-exp and a root count, and nothing else', () => {
    const why = /^discard-rational-root takes a stationary-coordinate-root, the poly-system-via-exp and a root count/;
    refused(discard({}, PREMISES.slice(0, 2)), why);
    refused(discard({}, [...PREMISES, lemma('G-14')]), why);
    refused(discard({}, [lemma('weight-root-negative'), lemma('system'), lemma('G-14')]), why);
    refused(discard({}, [lemma('root-spurious'), lemma('system-in-w'), lemma('G-14')]), why);
  });

  it('refuses a root statement about another loss or other variables than the system', () => {
    refused(discard({}, [lemma('root-spurious-other-loss'), lemma('system'), lemma('G-14')]), /^discard-rational-root: the premises are about different losses/);
    refused(discard({}, [lemma('root-spurious-three-vars'), lemma('system'), lemma('G-14')]), /^discard-rational-root: the premises are about different variables/);
  });

  it('refuses args.other equal to the coordinate', () => {
    refused(discard({ other: 'w_1' }), /^discard-rational-root: args\.other must be another variable than the coordinate/);
  });

  it('refuses a root that is not exactly a rational "p/q" with q > 0', () => {
    for (const root of [12, 'x12/13', '12/13x', '12/13/1', '12/', '12/-13', '12/0', '1/00', '', ' 12/13'])
      refused(discard({ root }), /^discard-rational-root: args\.root is a rational "p\/q"/);
  });

  it('refuses a multiplicity that is missing, not an integer, below 1 or above 2000', () => {
    const why = /^discard-rational-root: args\.multiplicity is a positive integer/;
    for (const multiplicity of [undefined, '1', 0, -1, 1.5]) refused(discard({ multiplicity }), why);
    // Above the cap, with R = z^2000 (so that a rule without the cap would refuse only after 2001 cheap products).
    const extra = { 'z-2000': coordinateRoot(['1', ...Array<string>(2000).fill('0')]), 'G-2': rootCount(['-2']) };
    refused(discard({ root: '0', multiplicity: 2001, factor: ['1'] }, [lemma('z-2000'), lemma('system'), lemma('G-2')]), why, extra);
  });

  it('refuses a malformed factor, naming args.factor', () => {
    refused(discard({ factor: ['0', '-2'] }), /^args\.factor\.poly: the leading coefficient is zero/);
  });

  it('refuses cofactors that are missing, one too few or one too many, or malformed, naming which', () => {
    const why = /^discard-rational-root: args\.cofactors has one polynomial per P_j/;
    refused(discard({ cofactors: undefined }), why);
    refused(discard({ cofactors: [[['2', [0, 0]]]] }), why);
    refused(discard({ cofactors: [[['2', [0, 0]]], ONE, ONE] }), why);
    refused(discard({ cofactors: [[['2', [0, 0]]], [['one', [0, 0]]]] }), /^args\.cofactors\[1\]\[0\]\[0\]: not an integer string/);
  });

  it('refuses cofactors whose combination is not G, naming the substitution and the other variable', () => {
    refused(discard({ cofactors: [[['3', [0, 0]]], ONE] }), /^discard-rational-root: Σ U_j P_j\(z_1 = 12\/13\) is not G\(z_2\)/);
  });
});

describe('coordinate-not-radical', () => {
  const notRadical = (premises: ProofTerm[]) => byRule('coordinate-not-radical', premises);

  it('concludes that no e^{w*_1} is radical from a root statement and no-radical-root of the same polynomial', () => {
    const node = replay(notRadical([lemma('root-septic'), lemma('no-radical-septic')]));
    expect(node.ok, reason(node)).toBe(true);
    expect(same(node.conclusion!, { op: 'stationary-coordinate-not-radical', loss: L, vars: V, coordinate: 'w_1' })).toBe(true);
    expect(node.trusts).toEqual([{ kind: 'theorem', name: expect.stringMatching(/^if every zero w\* of ∇L has g\(e\^\{w\*_i\}\) = 0 and no root of g is expressible by radicals/) }]);
  });

  it('refuses a no-radical-root of another polynomial', () => {
    refused(notRadical([lemma('root-septic'), lemma('no-radical-other')]), /^coordinate-not-radical: the premises are about different polynomials/);
  });

  it('takes exactly a stationary-coordinate-root and a no-radical-root: one premise, three, or a root of w_1 are refused', () => {
    const why = /^coordinate-not-radical: premises are stationary-coordinate-root and no-radical-root/;
    refused(notRadical([lemma('root-septic')]), why);
    refused(notRadical([lemma('root-septic'), lemma('no-radical-septic'), lemma('no-radical-septic')]), why);
    refused(notRadical([lemma('weight-root-septic'), lemma('no-radical-septic')]), why);
    refused(notRadical([lemma('no-radical-septic'), lemma('root-septic')]), why);
  });
});
