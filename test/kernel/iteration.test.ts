/**
 * The iteration rules and the `range` checker, attacked: bounds below the true supremum, tails with the wrong
 * function or a too small c, gaps between glued pieces, a contraction ratio ≥ 1 or below 1 − step·m, a step too
 * long for the curvature, Kantorovich balls with h > 1/2 or a constant below βK/(2(1 − βKρ)). Each must be refused.
 */
import { describe, expect, it } from 'vitest';
import { rat } from '../../src/algebra/rational.js';
import { byCertificate, byRule, gradientDescentContraction, kantorovich, rangeExpTail, rangeUnion } from '../../src/claim/proof-terms.js';
import { curvatureBoundProof, gradientDescentProof, kantorovichProof, rangeCertificate } from '../../src/evidence/convergence-proofs.js';
import { checkCertificate } from '../../src/kernel/checkers.js';
import { replayProof, type ProofTerm } from '../../src/kernel/proof.js';
import { decodeProp, propEquals } from '../../src/kernel/proposition.js';
import { tailDerivative } from '../../src/neuron/loss-tails.js';
import type { ScalarProblem } from '../../src/neuron/stationarity.js';
import { parseExpr } from '../../src/symbolic/parse.js';

const LOSS = parseExpr('1/2*(1/3 - sigmoid(w))^2 + 1/2*(3/4 - sigmoid(2*w))^2');
const PROBLEM: ScalarProblem = { activation: 'sigmoid', loss: 'mse', data: [{ x: 1n, t: rat(1, 3) }, { x: 2n, t: rat(3, 4) }] };
const M = '163/240';

function replay(t: ProofTerm) {
  return replayProof(t, { lemmas: new Map() });
}

/** The first failing detail of a replayed tree (depth first). */
function failure(t: ProofTerm): string {
  const find = (n: ReturnType<typeof replay>): string => n.premises.map(find).find((d) => d !== '') ?? (n.ok ? '' : n.detail);
  return find(replay(t));
}

const gd = { step: '240/163', lo: '0', hi: '1/2', rate: '3/4', curvature: ['19/100', M] as const, pieces: 50 };
const ball = { start: '1/4', radius: '1/20', K: '1/2', constant: '9/10', pieces: 20 };

describe('range checker', () => {
  it('accepts a true bound and concludes exactly the range proposition', () => {
    const c = checkCertificate(rangeCertificate(LOSS, 'w', 2, ['-1', '1'], ['-1', M], 40));
    expect(c.ok, c.detail).toBe(true);
    expect(propEquals(decodeProp(c.conclusion), decodeProp({ op: 'range', fn: LOSS, var: 'w', order: 2, lo: '-1', hi: '1', min: '-1', max: M }))).toBe(true);
  });
  it('refuses an upper bound below sup L″ ≈ 0.3246 (attained near w = 0.1)', () => {
    const c = checkCertificate(rangeCertificate(LOSS, 'w', 2, ['-10', '10'], ['-inf', '3/10'], 400));
    expect(c.ok).toBe(false);
    expect(c.detail).toMatch(/does not stay ≤ 3\/10/);
  });
  it('refuses a lower bound that fails on one piece, and a function undefined on a piece', () => {
    expect(checkCertificate(rangeCertificate(LOSS, 'w', 2, ['-2', '1/2'], ['1/100', M], 50)).detail).toMatch(/does not stay ≥ 1\/100/);
    expect(checkCertificate(rangeCertificate(parseExpr('1/w'), 'w', 0, ['-1', '1'], ['-inf', '+inf'], 2)).detail).toMatch(/not defined there/);
  });
  it('refuses unbounded intervals, stray symbols, orders above 3 and empty bounds', () => {
    expect(checkCertificate(rangeCertificate(LOSS, 'w', 2, ['0', '+inf'], ['-inf', M])).ok).toBe(false);
    expect(checkCertificate(rangeCertificate(parseExpr('a*w'), 'w', 0, ['0', '1'], ['-inf', '+inf'])).detail).toMatch(/no symbol but w/);
    expect(checkCertificate(rangeCertificate(LOSS, 'w', 4, ['0', '1'], ['-inf', '+inf'])).detail).toMatch(/order/);
    expect(checkCertificate(rangeCertificate(LOSS, 'w', 0, ['0', '1'], ['1', '0'])).detail).toMatch(/empty/);
  });
});

describe('sup L″ ≤ M on the whole line', () => {
  it('proves ∀w ∈ ℝ: L″(w) ≤ 163/240', () => {
    const n = replay(curvatureBoundProof(PROBLEM, LOSS, 'w', M, 10, 400));
    expect(n.ok, n.detail).toBe(true);
    expect(n.conclusion).toMatchObject({ op: 'range', order: 2, lo: '-inf', hi: '+inf', min: '-inf', max: M });
  });
  it('refuses M below sup L″', () => {
    expect(failure(curvatureBoundProof(PROBLEM, LOSS, 'w', '3/10', 10, 400))).toMatch(/does not stay ≤ 3\/10/);
  });
  const tail = (side: '+inf' | '-inf', F: ReturnType<typeof tailDerivative>, c: string, from: string, order = 2) =>
    rangeExpTail(byCertificate(rangeCertificate(F, 'z', 0, ['0', c], ['-inf', M])), { fn: LOSS, var: 'w', order, side, from });
  it('accepts each tail with its own F, and refuses the other side\'s F, the wrong order and a c below e^{−R}', () => {
    expect(replay(tail('+inf', tailDerivative(PROBLEM, '+inf', 'z', 2), '1/22025', '10')).ok).toBe(true);
    expect(replay(tail('-inf', tailDerivative(PROBLEM, '-inf', 'z', 2), '1/22025', '-10')).ok).toBe(true);
    expect(failure(tail('-inf', tailDerivative(PROBLEM, '+inf', 'z', 2), '1/22025', '-10'))).toMatch(/is not F\(e\^\{w\}\)/);
    expect(failure(tail('+inf', tailDerivative(PROBLEM, '+inf', 'z', 2), '1/22025', '10', 1))).toMatch(/derivative of order 1 is not F/);
    expect(failure(tail('+inf', tailDerivative(PROBLEM, '+inf', 'z', 2), '1/22027', '10'))).toMatch(/≤ c is not shown/);
  });
  it('refuses to glue pieces with a gap or of different functions', () => {
    const piece = (lo: string, hi: string, fn = LOSS) => byCertificate(rangeCertificate(fn, 'w', 2, [lo, hi], ['-inf', '1'], 4));
    expect(replay(rangeUnion(piece('0', '1'), piece('1', '2'))).conclusion).toMatchObject({ lo: '0', hi: '2', max: '1' });
    expect(failure(rangeUnion(piece('0', '1'), piece('3/2', '2')))).toMatch(/does not start where/);
    expect(failure(rangeUnion(piece('0', '1'), piece('1', '2', parseExpr('1/2*(1/3 - sigmoid(w))^2'))))).toMatch(/different functions/);
  });
});

describe('gradient-descent-contraction', () => {
  it('concludes linear convergence with the stated constants', () => {
    const n = replay(gradientDescentProof(LOSS, 'w', gd));
    expect(n.ok, n.detail).toBe(true);
    expect(n.conclusion).toEqual(decodeProp({ op: 'gradient-descent-linear', loss: LOSS, var: 'w', step: '240/163', lo: '0', hi: '1/2', rate: '3/4' }));
  });
  it('refuses a ratio ≥ 1, a ratio below 1 − step·m, and a step above 1/M′', () => {
    expect(failure(gradientDescentProof(LOSS, 'w', { ...gd, rate: '1' }))).toMatch(/ratio must be below 1/);
    expect(failure(gradientDescentProof(LOSS, 'w', { ...gd, rate: '1/2' }))).toMatch(/below 1 − step·m/);
    expect(failure(gradientDescentProof(LOSS, 'w', { ...gd, step: '2' }))).toMatch(/step·M′ = .* > 1/);
  });
  it('refuses a neighbourhood where L″ is not positive, or whose ends do not straddle w*', () => {
    expect(failure(gradientDescentProof(LOSS, 'w', { ...gd, lo: '-2', curvature: ['-inf', M] }))).toMatch(/must be finite/);
    const curvature = byCertificate(rangeCertificate(LOSS, 'w', 2, ['3/10', '1/2'], ['1/10', M], 20));
    const left = byCertificate(rangeCertificate(LOSS, 'w', 1, ['3/10', '3/10'], ['0', '+inf']));
    const right = byCertificate(rangeCertificate(LOSS, 'w', 1, ['1/2', '1/2'], ['0', '+inf']));
    expect(failure(gradientDescentContraction(curvature, left, right, { step: '240/163', rate: '9/10' }))).toMatch(/L′\(a\) ≤ 0 is not shown/);
  });
  it('refuses premises in the wrong roles', () => {
    const curvature = byCertificate(rangeCertificate(LOSS, 'w', 2, ['0', '1/2'], gd.curvature, 50));
    expect(failure(gradientDescentContraction(curvature, curvature, curvature, { step: '240/163', rate: '3/4' }))).toMatch(/bound L″ on \[a, b\], then L′/);
  });
});

describe('kantorovich', () => {
  it('concludes quadratic convergence from w0 = 1/4', () => {
    const n = replay(kantorovichProof(LOSS, 'w', ball));
    expect(n.ok, n.detail).toBe(true);
    expect(n.conclusion).toEqual(decodeProp({ op: 'newton-quadratic', loss: LOSS, var: 'w', start: '1/4', radius: '1/20', constant: '9/10' }));
  });
  it('refuses w0 = 0, where h = βηK ≈ 0.57 > 1/2 on a ball holding 2η', () => {
    expect(failure(kantorovichProof(LOSS, 'w', { start: '0', radius: '3/5', K: '4/5', constant: '100', pieces: 120 }))).toMatch(/h = βηK = .* > 1\/2/);
  });
  it('refuses a constant below βK/(2(1 − βKρ)), a ball smaller than 2η, and a K below sup |L‴|', () => {
    expect(failure(kantorovichProof(LOSS, 'w', { ...ball, constant: '1/2' }))).toMatch(/the constant 1\/2 is below/);
    expect(failure(kantorovichProof(LOSS, 'w', { ...ball, radius: '1/100' }))).toMatch(/2η = .* exceeds the radius/);
    expect(failure(kantorovichProof(LOSS, 'w', { ...ball, K: '1/10' }))).toMatch(/does not stay [≤≥] -?1\/10/);
  });
  it('refuses an off-centre ball and bounds at different points', () => {
    const value = byCertificate(rangeCertificate(LOSS, 'w', 1, ['1/4', '1/4'], ['-1/100', '0']));
    const slope = byCertificate(rangeCertificate(LOSS, 'w', 2, ['1/4', '1/4'], ['3/10', '31/100']));
    const off = byCertificate(rangeCertificate(LOSS, 'w', 3, ['1/5', '2/5'], ['-1/2', '1/2'], 20));
    expect(failure(kantorovich(value, slope, off, { constant: '9/10' }))).toMatch(/not on a ball/);
    const elsewhere = byCertificate(rangeCertificate(LOSS, 'w', 2, ['3/10', '3/10'], ['1/4', '1/3']));
    const ballBound = byCertificate(rangeCertificate(LOSS, 'w', 3, ['1/5', '3/10'], ['-1/2', '1/2'], 20));
    expect(failure(kantorovich(value, elsewhere, ballBound, { constant: '9/10' }))).toMatch(/different points/);
    expect(failure(byRule('kantorovich', [value, slope], { constant: '9/10' }))).toMatch(/takes 3 premises/);
  });
});
