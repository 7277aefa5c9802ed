/**
 * The certificates of the claims about the sigmoid factors, the one-point zero set and minimum-norm zero, separable
 * data and the gradient flow: every genuine certificate is accepted after a JSON round trip, and the wrong versions a
 * careless derivation would produce are rejected (negative controls).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCertificate } from '../../src/kernel/checkers.js';
import type { Certificate } from '../../src/kernel/types.js';
import {
  directionalLimitCertificates,
  factorBoundsCertificates,
  flowTimeAtEndExpr,
  flowTimeExpr,
  gradientFlowCertificates,
  minNormCertificates,
  oneCoordinateWitness,
  separableTermCertificates,
  zeroSetCertificates,
} from '../../src/neuron/single-point.js';
import { derivativeIdentityCertificate, identityCertificate, limitCertificate, positivityCertificate } from '../../src/symbolic/certificates.js';
import { add, div, exp, mul, neg, num, pow, sub, sym, type Expr } from '../../src/symbolic/expr.js';
import { parseExpr } from '../../src/symbolic/parse.js';
import { dotProduct, halfSquaredError, sigmoid, squaredErrorGradient } from '../../src/symbolic/sigmoid.js';

const viaJson = (c: Certificate): Certificate => JSON.parse(JSON.stringify(c)) as Certificate;
const accepted = (c: Certificate): boolean => checkCertificate(viaJson(c)).ok;
const [h, t, z, u, p, q, c, lambda, w1, w2] = ['h', 't', 'z', 'u', 'p', 'q', 'c', 'lambda', 'w_1', 'w_2'].map(sym);
const ONE = num(1);
const s = sigmoid(h);

describe('genuine certificates', () => {
  it.each([
    ['sigmoid-factors-no-finite-root', factorBoundsCertificates(5), 12],
    ['factor-limit-direction', directionalLimitCertificates(5), 19],
    ['single-point-zero-set', zeroSetCertificates(), 5],
    ['single-point-min-norm-closed-form', minNormCertificates(5), 10],
    ['no-finite-zero-separable', separableTermCertificates(5), 9],
    ['single-neuron-gradient-flow', gradientFlowCertificates(5), 10],
  ] as const)('%s: every builder certificate is accepted', (_id, certificates, count) => {
    expect(certificates).toHaveLength(count);
    for (const cert of certificates) {
      const r = checkCertificate(viaJson(cert));
      expect(r.ok, r.detail).toBe(true);
      expect(r.proves.length).toBeGreaterThan(0);
    }
  });

  it('factor-limit-one-coordinate: the witness is accepted and says the factor is s(w_2) and 1/2 for every λ', () => {
    const r = checkCertificate(viaJson(oneCoordinateWitness()));
    expect(r.ok, r.detail).toBe(true);
    expect(r.proves).toContain('\\equiv \\frac{1}{1 + e^{-w_{2}}}`$ for all real $`\\lambda, w_{1}, w_{2}`$');
    expect(r.proves).toContain('\\equiv \\frac{1}{2}`$ for all real $`\\lambda`$');
  });
});

describe('negative controls: wrong versions are rejected', () => {
  it('sigmoid bounds: s > 1, s < 0 and 1 − s(w·x) < 0 are not certified', () => {
    expect(accepted(positivityCertificate(sub(s, ONE)))).toBe(false);
    expect(accepted(positivityCertificate(s, [], 'negative'))).toBe(false);
    expect(accepted(positivityCertificate(sub(ONE, sigmoid(dotProduct(3))), [], 'negative'))).toBe(false);
  });

  it('the question\'s literal reading: x = (1, 0) does not make the factor independent of λ, and x = (0, 1) does not give 0', () => {
    const along = (a: Expr, b: Expr, x1: Expr, x2: Expr): Expr => sigmoid(add(mul(sub(a, lambda), x1), mul(b, x2)));
    expect(accepted(identityCertificate(along(w1, w2, ONE, num(0)), sigmoid(w2)))).toBe(false);
    expect(accepted(identityCertificate(along(num(0), num(0), num(0), ONE), num(0)))).toBe(false);
    const witness = oneCoordinateWitness();
    const parts = [...(witness.parts as Certificate[])];
    parts[2] = identityCertificate(along(num(0), num(0), num(0), ONE), num('1/3'));
    expect(accepted({ kind: 'conjunction', parts })).toBe(false);
  });

  it('directional limits: s → 0 along −e_j when x_j < 0 (v → 0+) and s → 1 when x_j > 0 (v → ∞) are rejected', () => {
    const inV = div(ONE, add(ONE, mul(exp(neg(h)), sym('v'))));
    expect(accepted(limitCertificate(inV, 'v', '0+', num(0)))).toBe(false);
    expect(accepted(limitCertificate(inV, 'v', '+infinity', ONE))).toBe(false);
    expect(accepted(limitCertificate(inV, 'v', '+infinity', num(0)))).toBe(true);
  });

  it('directional identity with the sign of λx_j flipped is rejected', () => {
    const x1 = sym('x_1');
    const moved = sigmoid(mul(sub(w1, lambda), x1));
    expect(accepted(identityCertificate(moved, div(ONE, add(ONE, mul(exp(neg(mul(w1, x1))), exp(neg(mul(lambda, x1))))))))).toBe(false);
    expect(accepted(identityCertificate(sigmoid(sub(h, mul(lambda, num(0)))), num('1/2')))).toBe(false);
  });

  it('one point: the zero set w·x = logit(t) + 1 (z = e·t/(1 − t)) and a wrong linear form are rejected', () => {
    const shifted = mul(exp(ONE), div(t, sub(ONE, t)));
    const logistic = (x: Expr): Expr => div(x, add(ONE, x));
    expect(accepted(identityCertificate(logistic(shifted), t))).toBe(false);
    expect(accepted(identityCertificate(squaredErrorGradient(t, logistic(shifted)), num(0)))).toBe(false);
    expect(accepted(identityCertificate(sub(logistic(z), t), div(sub(mul(add(ONE, t), z), t), add(ONE, z))))).toBe(false);
    expect(accepted(identityCertificate(logistic(div(sub(ONE, t), t)), t))).toBe(false);
  });

  it('minimum norm: w* = c·x (no division by ‖x‖²) and a Pythagoras remainder with the wrong sign are rejected', () => {
    const [x1, x2, v1, v2] = ['x_1', 'x_2', 'w_1', 'w_2'].map(sym);
    const norm = add(pow(x1, 2), pow(x2, 2));
    expect(accepted(identityCertificate(add(mul(c, x1, x1), mul(c, x2, x2)), c))).toBe(false);
    const wStar = [mul(div(c, norm), x1), mul(div(c, norm), x2)];
    const sq = (a: Expr[]): Expr => add(...a.map((e) => pow(e, 2)));
    const excess = sub(sub(sq([v1, v2]), sq(wStar)), sq([sub(v1, wStar[0]), sub(v2, wStar[1])]));
    expect(accepted(identityCertificate(excess, div(mul(num(2), c, add(add(mul(v1, x1), mul(v2, x2)), c)), norm)))).toBe(false);
    expect(accepted(identityCertificate(excess, num(0)))).toBe(false);
  });

  it('separable data: a target on the wrong side, a target inside (0, 1) and a wrong directional factor are rejected', () => {
    const term = (target: Expr, xv: Expr): Expr => mul(sub(target, s), s, sub(ONE, s), xv);
    expect(accepted(positivityCertificate(term(add(ONE, u), neg(q)), ['u', 'q']))).toBe(false);
    expect(accepted(positivityCertificate(term(neg(u), p), ['u', 'p']))).toBe(false);
    expect(accepted(positivityCertificate(term(num('1/2'), p), ['p']))).toBe(false);
    expect(accepted(positivityCertificate(term(div(u, add(ONE, u)), p), ['u', 'p']))).toBe(false);
    const [x1, v1, eps] = [sym('x_1'), sym('v_1'), sym('epsilon')];
    const moved = sigmoid(mul(add(w1, mul(eps, v1)), x1));
    expect(accepted(derivativeIdentityCertificate(halfSquaredError(t, moved), 'epsilon', squaredErrorGradient(t, moved, mul(x1, x1))))).toBe(false);
  });

  it('gradient flow: T without its logarithm, with a wrong coefficient, or against the wrong target is rejected', () => {
    const rate = (target: Expr): Expr => div(ONE, mul(q, sub(target, s), s, sub(ONE, s)));
    const noLog = div(add(neg(div(exp(h), sub(ONE, t))), div(mul(add(ONE, mul(num(2), t)), h), pow(t, 2)), neg(div(exp(neg(h)), t))), q);
    expect(accepted(derivativeIdentityCertificate(noLog, 'h', rate(t)))).toBe(false);
    expect(accepted(derivativeIdentityCertificate(flowTimeExpr(1), 'h', rate(ONE)))).toBe(false);
    expect(accepted(derivativeIdentityCertificate(flowTimeAtEndExpr(1), 'h', rate(num(0))))).toBe(false);
    expect(accepted(derivativeIdentityCertificate(parseExpr('(exp(2*h)/2 + 3*exp(h) + 3*h + exp(-h))/q'), 'h', rate(ONE)))).toBe(false);
    expect(accepted(identityCertificate(mul(add(ONE, exp(h)), sub(t, s)), sub(t, mul(add(ONE, t), exp(h)))))).toBe(false);
  });

  it('any changed number in the general flow-time certificate is rejected (property, fixed seed)', () => {
    const cert = gradientFlowCertificates(1)[0];
    const leaves: (string | number)[][] = [];
    const walk = (data: unknown, path: (string | number)[]): void => {
      if (typeof data !== 'object' || data === null) return;
      const o = data as Record<string, unknown>;
      if (o.op === 'num') leaves.push(path);
      else for (const [k, v] of Object.entries(o)) walk(v, [...path, Array.isArray(data) ? Number(k) : k]);
    };
    walk(cert, []);
    expect(leaves.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(fc.nat(leaves.length - 1), fc.integer({ min: -3, max: 3 }), (i, replacement) => {
        const copy = JSON.parse(JSON.stringify(cert)) as Record<string | number, unknown>;
        let at = copy;
        for (const k of leaves[i].slice(0, -1)) at = at[k] as Record<string | number, unknown>;
        const leaf = at[leaves[i][leaves[i].length - 1]] as { value: string };
        fc.pre(leaf.value !== String(replacement));
        at[leaves[i][leaves[i].length - 1]] = { op: 'num', value: String(replacement) };
        expect(checkCertificate(copy as Certificate).ok).toBe(false);
      }),
      { seed: 271828, numRuns: 40 },
    );
  });
});
