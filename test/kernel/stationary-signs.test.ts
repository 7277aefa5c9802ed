/**
 * The signs-via-exp rule and the stationary-signs proposition: accepted on a valid use, refused when a hypothesis
 * fails (points that do not alternate, a root count about another polynomial, a derivative of another form, ...).
 */
import { describe, expect, it } from 'vitest';
import { byCertificate, conv, signsViaExp, stationarySigns } from '../../src/index.js';
import { replayProof } from '../../src/kernel/proof.js';
import { decodeProp, PropError } from '../../src/kernel/proposition.js';
import { propToLatex } from '../../src/kernel/print-prop.js';
import { derivativeIdentityCertificate } from '../../src/symbolic/certificates.js';
import { parseExpr } from '../../src/symbolic/parse.js';

// L(w) = e^{2w}/2 − e^w, L'(w) = e^w (e^w − 1): c = 1, m = 1, N(z) = z − 1, D = 1; one zero (w = 0), L' < 0 before, > 0 after.
const LOSS = 'exp(2*w)/2 - exp(w)';
const identity = byCertificate(derivativeIdentityCertificate(parseExpr(LOSS), 'w', parseExpr('exp(w)*(exp(w) - 1)')));
const rootsOf = (polynomial: string[], count: number) => byCertificate({ kind: 'real-root-count', polynomial, interval: ['0', '+inf'], count });
const D = rootsOf(['1'], 0);
const N = rootsOf(['1', '-1'], 1);
const data = { c: '1', m: 1, N: ['1', '-1'], D: ['1'], points: ['1/2', '2'] };
const lemmas = new Map();

function replay(term: unknown) {
  return replayProof(term, { lemmas });
}

describe('signs-via-exp', () => {
  it('derives the sign pattern −+ for a valid use, and conv may rewrite the loss', () => {
    const node = replay(signsViaExp(identity, D, N, data));
    expect(node.ok, node.detail).toBe(true);
    expect(node.conclusion).toEqual(decodeProp(stationarySigns(LOSS, 'w', '-+')));
    const rewritten = replay(conv(signsViaExp(identity, D, N, data), stationarySigns('(exp(w) - 1)^2/2 - 1/2', 'w', '-+')));
    expect(rewritten.ok, rewritten.detail).toBe(true);
  });

  it('multiplies the signs of N by the sign of c', () => {
    // c N(z) with c = −1 and N(z) = 1 − z is the same derivative: the signs of L' do not change.
    const node = replay(signsViaExp(identity, D, rootsOf(['-1', '1'], 1), { ...data, c: { op: 'num', value: '-1' }, N: ['-1', '1'] }));
    expect(node.ok, node.detail).toBe(true);
    expect((node.conclusion as { signs: string }).signs).toBe('-+');
  });

  it('refuses points where N does not alternate in sign', () => {
    const node = replay(signsViaExp(identity, D, N, { ...data, points: ['2', '3'] }));
    expect(node.ok).toBe(false);
    expect(node.detail).toMatch(/do not alternate/);
  });

  it('refuses points that do not increase, that are not positive, or of the wrong number', () => {
    expect(replay(signsViaExp(identity, D, N, { ...data, points: ['2', '1/2'] })).detail).toMatch(/increase/);
    expect(replay(signsViaExp(identity, D, N, { ...data, points: ['0', '2'] })).detail).toMatch(/positive rational/);
    expect(replay(signsViaExp(identity, D, N, { ...data, points: ['1/2'] })).detail).toMatch(/k \+ 1 = 2/);
    expect(replay(signsViaExp(identity, D, N, { ...data, points: ['1', '2'] })).detail).toMatch(/vanishes/);
  });

  it('refuses a root count about another polynomial, and a derivative that is not c e^{mw} N/D', () => {
    expect(replay(signsViaExp(identity, D, rootsOf(['1', '-2'], 1), data)).detail).toMatch(/another polynomial than N/);
    const other = { ...data, N: ['1', '-2'], points: ['1', '3'] };
    expect(replay(signsViaExp(identity, D, rootsOf(['1', '-2'], 1), other)).detail).toMatch(/not c e\^\{mw\}/);
    expect(replay(signsViaExp(identity, rootsOf(['1', '1'], 0), N, data)).detail).toMatch(/another polynomial than D/);
    expect(replay(signsViaExp(identity, D, N, { ...data, c: '0' })).detail).toMatch(/non-zero rational/);
  });

  it('conv cannot change the signs', () => {
    const node = replay(conv(signsViaExp(identity, D, N, data), stationarySigns(LOSS, 'w', '+-')));
    expect(node.ok).toBe(false);
  });
});

describe('the stationary-signs proposition', () => {
  it('decodes only strings of + and −', () => {
    expect(() => decodeProp({ ...stationarySigns(LOSS, 'w', '-+'), signs: '-x' })).toThrow(PropError);
    expect(() => decodeProp({ ...stationarySigns(LOSS, 'w', '-+'), signs: '' })).toThrow(PropError);
    expect(() => decodeProp({ ...stationarySigns(LOSS, 'w', '-+'), count: 1 })).toThrow(/unexpected field/);
  });

  it('prints the zeros and the sign on each interval', () => {
    const text = propToLatex(decodeProp(stationarySigns(LOSS, 'w', '-+-')));
    expect(text).toContain('exactly 2 zeros');
    expect(text).toContain("L' < 0 \\text{ on } (-\\infty, w_{1})");
    expect(text).toContain("L' > 0 \\text{ on } (w_{1}, w_{2})");
    expect(text).toContain("L' < 0 \\text{ on } (w_{2}, +\\infty)");
  });
});
