/**
 * The limit rules of src/kernel/rules/limits.ts, replayed as the kernel replays proofs: each accepts a valid use and
 * rejects uses whose hypotheses fail (a coefficient not certified positive, a symbol that is not new, an inequality
 * about another value, a prefix the limit does not bind).
 */
import { describe, expect, it } from 'vitest';
import { replayProof } from '../../src/kernel/proof.js';
import { propToLatex } from '../../src/kernel/print-prop.js';
import type { ProofTerm } from '../../src/kernel/proof.js';
import { byCertificate, byRule, gtNe } from '../../src/claim/proof-terms.js';
import { limitCertificate, positivityCertificate } from '../../src/symbolic/certificates.js';
import { parseExpr } from '../../src/symbolic/parse.js';

const ctx = { lemmas: new Map() };
const replay = (t: ProofTerm) => replayProof(JSON.parse(JSON.stringify(t)), ctx);
const inV = parseExpr('1/(1 + exp(-h)*v)');
const atInfinity = byCertificate(limitCertificate(inV, 'v', '+infinity', parseExpr('0')));
const atZero = byCertificate(limitCertificate(inV, 'v', '0+', parseExpr('1')));
const compose = (premise: ProofTerm, args: unknown) => byRule('limit-exp-compose', [premise], args);
const POSITIVE_A = { lambda: 'lambda', a: parseExpr('a'), vars: [{ name: 'a', domain: 'positive' }] };

describe('limit-exp-compose', () => {
  it('v → +∞ becomes e^{λa} and v → 0⁺ becomes e^{−λa}, for a > 0, as λ → +∞', () => {
    const up = replay(compose(atInfinity, POSITIVE_A));
    expect(up.ok, up.detail).toBe(true);
    expect(propToLatex(up.conclusion!)).toBe('\\forall\\, h \\in \\mathbb{R},\\ a > 0:\\ \\lim_{\\lambda \\to +\\infty} \\frac{1}{1 + e^{-h} e^{\\lambda a}} = 0');
    const down = replay(compose(atZero, POSITIVE_A));
    expect(down.ok, down.detail).toBe(true);
    expect(propToLatex(down.conclusion!)).toContain('e^{-\\lambda a}} = 1');
    const exponential = replay(compose(atInfinity, { lambda: 'lambda', a: parseExpr('exp(a)'), vars: [{ name: 'a', domain: 'real' }] }));
    expect(exponential.ok, exponential.detail).toBe(true);
    expect(propToLatex(exponential.conclusion!)).toContain('\\forall\\, a, h \\in \\mathbb{R}');
  });

  it('rejects a coefficient that is not certified positive (a real, −a, 0)', () => {
    for (const [a, domain] of [['a', 'real'], ['-a', 'positive'], ['0*a', 'positive']] as const) {
      const r = replay(compose(atInfinity, { lambda: 'lambda', a: parseExpr(a), vars: [{ name: 'a', domain }] }));
      expect(r.ok).toBe(false);
      expect(r.detail).toContain('not certified positive');
    }
  });

  it('rejects a λ that is already a symbol, a coefficient with unbound symbols, and a premise that is not a limit', () => {
    expect(replay(compose(atInfinity, { ...POSITIVE_A, lambda: 'h' })).detail).toContain('must be a new symbol');
    expect(replay(compose(atInfinity, { lambda: 'lambda', a: parseExpr('b') })).detail).toContain('may only use the bound variables');
    expect(replay(compose(atInfinity, { ...POSITIVE_A, vars: [{ name: 'h', domain: 'positive' }] })).ok).toBe(false);
    expect(replay(compose(byCertificate(positivityCertificate(parseExpr('1'))), POSITIVE_A)).detail).toContain('the premise is a limit');
  });
});

describe('limit-distinct', () => {
  const oneNeZero = gtNe(byCertificate(positivityCertificate(parseExpr('1'))));
  const constant = byCertificate(limitCertificate(parseExpr('sigmoid(h)'), 'lambda', '+infinity', parseExpr('sigmoid(h)')));
  const sigmoidNeZero = gtNe(byCertificate(positivityCertificate(parseExpr('sigmoid(h)'))));

  it('f → a and a ≠ b give ¬(f → b), under the limit\'s quantifiers (either side of the inequality)', () => {
    const r = replay(byRule('limit-distinct', [atInfinity, oneNeZero]));
    expect(r.ok, r.detail).toBe(true);
    expect(propToLatex(r.conclusion!)).toBe('\\forall\\, h \\in \\mathbb{R}:\\ \\neg\\Bigl(\\lim_{v \\to +\\infty} \\frac{1}{1 + e^{-h} v} = 1\\Bigr)');
    const s = replay(byRule('limit-distinct', [constant, sigmoidNeZero]));
    expect(s.ok, s.detail).toBe(true);
  });

  it('rejects an inequality about another value, one with its own variables, and premises in the wrong order', () => {
    expect(replay(byRule('limit-distinct', [atZero, oneNeZero])).ok).toBe(true);
    const twoNeZero = gtNe(byCertificate(positivityCertificate(parseExpr('2'))));
    expect(replay(byRule('limit-distinct', [atZero, twoNeZero])).detail).toContain('neither side of the inequality is the limit');
    const free = gtNe(byCertificate(positivityCertificate(parseExpr('exp(u)'))));
    const atU = byCertificate(limitCertificate(parseExpr('exp(u)'), 'v', '+infinity', parseExpr('exp(u)')));
    expect(replay(byRule('limit-distinct', [atInfinity, free])).ok).toBe(false);
    expect(replay(byRule('limit-distinct', [atU, sigmoidNeZero])).detail).toContain('not bound the same way');
    expect(replay(byRule('limit-distinct', [oneNeZero, atInfinity])).detail).toContain('the first premise is a limit');
  });

  it('rejects an infinite limit', () => {
    const infinite = byCertificate(limitCertificate(parseExpr('v'), 'v', '+infinity', '+infinity'));
    expect(replay(byRule('limit-distinct', [infinite, oneNeZero])).detail).toContain('must be finite');
  });
});
