/**
 * signs-via-exp at its edges: the root count must be over all of (0, +∞) (a count over [0, 10] or [2, +∞) misses
 * roots, and the sign pattern concluded would be false); the points must increase strictly (points out of order
 * reverse the pattern); each point is a positive rational written "p" or "p/q" and nothing else. Every refusal names
 * the rule, or the point, and what failed.
 */
import { describe, expect, it } from 'vitest';
import { byCertificate, byLemma, signsViaExp } from '../../src/claim/proof-terms.js';
import { replayProof, type ProofTerm } from '../../src/kernel/proof.js';
import { decodeProp, type Prop } from '../../src/kernel/proposition.js';
import { derivativeIdentityCertificate } from '../../src/symbolic/certificates.js';
import { parseExpr } from '../../src/symbolic/parse.js';

const rootsOf = (polynomial: string[], count: number, interval: [string, string] = ['0', '+inf']) => byCertificate({ kind: 'real-root-count', polynomial, interval, count });
const D = rootsOf(['1'], 0);

// L′(w) = e^w (e^w − 1): N(z) = z − 1, one zero at w = 0, L′ < 0 before and > 0 after.
const one = {
  derivative: byCertificate(derivativeIdentityCertificate(parseExpr('exp(2*w)/2 - exp(w)'), 'w', parseExpr('exp(w)*(exp(w) - 1)'))),
  N: rootsOf(['1', '-1'], 1),
  data: { c: '1', m: 1, N: ['1', '-1'], D: ['1'], points: ['1/2', '2'] },
};
// L′(w) = e^w (e^w − 1)(e^w − 20): N(z) = z² − 21z + 20, zeros at w = 0 and w = ln 20, signs + − +.
const two = {
  derivative: byCertificate(derivativeIdentityCertificate(parseExpr('exp(3*w)/3 - 21*exp(2*w)/2 + 20*exp(w)'), 'w', parseExpr('exp(w)*(exp(2*w) - 21*exp(w) + 20)'))),
  data: { c: '1', m: 1, N: ['1', '-21', '20'], D: ['1'] },
};

/** Replays a proof term; `lemmas` are propositions its `byLemma` leaves may cite. */
function replay(term: ProofTerm, lemmas: Record<string, object> = {}) {
  return replayProof(term, { lemmas: new Map<string, Prop>(Object.entries(lemmas).map(([k, p]) => [k, decodeProp(p)])) });
}
const withPoints = (points: unknown[]) => replay(signsViaExp(one.derivative, D, one.N, { ...one.data, points: points as string[] }));

describe('signs-via-exp: the root count covers (0, +∞)', () => {
  it('refuses a count of the roots of N over [0, 10]: it misses the root at 20, and "+−" would be false', () => {
    const count = { op: 'root-count', poly: two.data.N, lo: '0', hi: '10', count: 1 };
    const n = replay(signsViaExp(two.derivative, D, byLemma('count'), { ...two.data, points: ['1/2', '2'] }), { count });
    expect(n.detail).toMatch(/^signs-via-exp: the third premise counts the roots of N in \(0, \+∞\)$/);
  });

  it('refuses a count over [2, +∞): it misses the root at 1', () => {
    const count = { op: 'root-count', poly: two.data.N, lo: '2', hi: '+inf', count: 1 };
    const n = replay(signsViaExp(two.derivative, D, byLemma('count'), { ...two.data, points: ['1/2', '2'] }), { count });
    expect(n.detail).toMatch(/^signs-via-exp: the third premise counts the roots of N in \(0, \+∞\)$/);
  });

  it('refuses a third premise that is not a root count', () => {
    const other = { op: 'range', fn: parseExpr('z'), var: 'z', order: 0, lo: '0', hi: '+inf', min: '0', max: '+inf' };
    const n = replay(signsViaExp(one.derivative, D, byLemma('other'), one.data), { other });
    expect(n.detail).toMatch(/^signs-via-exp: the third premise counts the roots of N in \(0, \+∞\)$/);
  });

  it('concludes both zeros and the pattern + − + from the full count', () => {
    const n = replay(signsViaExp(two.derivative, D, rootsOf(two.data.N, 2), { ...two.data, points: ['1/2', '2', '40'] }));
    expect(n.ok, n.detail).toBe(true);
    expect(n.conclusion).toMatchObject({ op: 'stationary-signs', signs: '+-+' });
  });
});

describe('signs-via-exp: the points', () => {
  it('refuses points out of order, which would reverse the pattern (N(2) > 0 > N(1/3) reads as "+−")', () => {
    expect(withPoints(['2', '1/3']).detail).toMatch(/^signs-via-exp: args.points must increase strictly$/);
    expect(withPoints(['3', '5/2']).detail).toMatch(/^signs-via-exp: args.points must increase strictly$/);
  });

  it('refuses a repeated point', () => {
    expect(withPoints(['2', '2']).detail).toMatch(/^signs-via-exp: args.points must increase strictly$/);
  });

  it('accepts points with several digits in numerator and denominator', () => {
    const n = withPoints(['1/10', '10']);
    expect(n.ok, n.detail).toBe(true);
    expect(n.conclusion).toMatchObject({ signs: '-+' });
    expect(withPoints(['9/100', '123/45']).ok).toBe(true);
  });

  it('refuses a point that is not a positive rational "p/q", naming its index', () => {
    for (const p of ['two', '-1/2', '1/2x', '0.5', '1/0', 2]) expect(withPoints(['1/3', p]).detail, String(p)).toMatch(/^args\.points\[1\]: a positive rational "p\/q"$/);
  });
});

describe('signs-via-exp: premises and args', () => {
  it('refuses two premises', () => {
    const n = replay({ rule: 'signs-via-exp', premises: [one.derivative, D], args: one.data });
    expect(n.detail).toMatch(/^signs-via-exp takes 3 premises, got 2$/);
  });

  it('refuses missing or non-object args', () => {
    for (const args of [undefined, null, [], 'c=1']) {
      const n = replay({ rule: 'signs-via-exp', premises: [one.derivative, D, one.N], ...(args === undefined ? {} : { args }) });
      expect(n.detail).toMatch(/^signs-via-exp needs an "args" object$/);
    }
  });

  it('names itself when the factorisation of L′ is refused', () => {
    expect(replay(signsViaExp(one.derivative, D, one.N, { ...one.data, c: '0' })).detail).toMatch(/^signs-via-exp: args\.c is a non-zero rational$/);
  });

  it('names the intermediate value theorem among what the step trusts', () => {
    expect(replay(signsViaExp(one.derivative, D, one.N, one.data)).trusts).toContainEqual({ kind: 'theorem', name: expect.stringMatching(/^intermediate value theorem/) });
  });
});
