import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkChainRule } from '../../src/kernel/checkers/chain-rule.js';
import { checkDerivativeIdentity } from '../../src/kernel/checkers/derivative-identity.js';
import { checkIdentity } from '../../src/kernel/checkers/identity.js';
import { checkLimit } from '../../src/kernel/checkers/limit.js';
import { checkPositivity } from '../../src/kernel/checkers/positivity.js';
import { checkCertificate } from '../../src/kernel/checkers.js';
import type { Certificate, Checker } from '../../src/kernel/types.js';
import {
  chainRuleCertificate,
  derivativeIdentityCertificate,
  identityCertificate,
  limitCertificate,
  positivityCertificate,
} from '../../src/symbolic/certificates.js';
import { mul, num, sub, sym } from '../../src/symbolic/expr.js';
import { parseExpr } from '../../src/symbolic/parse.js';
import { sigmoid } from '../../src/symbolic/sigmoid.js';

const P = parseExpr;
const S = '1/(1 + exp(-h))';
const s = P(S);

describe('identity', () => {
  it('accepts true identities and proves them in LaTeX with their domain', () => {
    const r = checkIdentity(identityCertificate(P('(a + b)^2'), P('a^2 + 2*a*b + b^2'), 'binomial'));
    expect(r.ok).toBe(true);
    expect(r.proves).toBe('$`\\left(a + b\\right)^{2} \\equiv a^{2} + 2 a b + b^{2}`$ for all real $`a, b`$');
    expect(r.detail).toContain('binomial');
    expect(r.trusts.length).toBeGreaterThan(0);
    const partial = checkIdentity(identityCertificate(P('(a^2 - b^2)/(a - b)'), P('a + b')));
    expect(partial.ok).toBe(true);
    expect(partial.proves).toMatch(/wherever defined$/);
  });

  it('says "for all real" only when both sides are defined everywhere', () => {
    const phrase = (text: string): string => checkIdentity(identityCertificate(P(text), P(text))).proves.replace(/^\$`[^`]*`\$/, '');
    expect(phrase('ln(1 + exp(h))')).toBe(' for all real $`h`$');
    expect(phrase('(1 + h^2*exp(h))^(-1)')).toBe(' for all real $`h`$, wherever defined');
    expect(phrase('ln(-exp(h))')).toBe(' for all real $`h`$, wherever defined');
    expect(phrase('ln(h)')).toBe(' for all real $`h`$, wherever defined');
    expect(phrase('(1 + exp(h))^(-1)')).toBe(' for all real $`h`$');
    expect(phrase('x^(-2)')).toBe(' for all real $`x`$, wherever defined');
    expect(phrase('2/3')).toBe('');
    expect(phrase('1/ln(2)')).toBe(' wherever defined');
  });

  it('rejects false identities with the residue', () => {
    const r = checkIdentity(identityCertificate(P('(a + b)^2'), P('a^2 + b^2')));
    expect(r.ok).toBe(false);
    expect(r.proves).toBe('');
    expect(r.detail).toContain('2*a*b');
    expect(checkIdentity(identityCertificate(P(`${S}*(1 - ${S})`), P(`${S}*(1 + ${S})`))).ok).toBe(false);
    expect(checkIdentity({ kind: 'identity', lhs: P('a'), rhs: P('a'), note: 3 }).ok).toBe(false);
  });
});

describe('derivative-identity', () => {
  it("accepts s' = s(1 − s) and rejects s' = s(1 + s) and s' = s", () => {
    expect(checkDerivativeIdentity(derivativeIdentityCertificate(s, 'h', mul(s, sub(num(1), s)))).ok).toBe(true);
    for (const wrong of [`${S}*(1 + ${S})`, S, `-${S}*(1 - ${S})`]) {
      const r = checkDerivativeIdentity(derivativeIdentityCertificate(s, 'h', P(wrong)));
      expect(r.ok, wrong).toBe(false);
      expect(r.detail).toMatch(/not 0/);
    }
  });

  it('rejects a gradient with the wrong sign, the wrong input, or taken in the wrong variable', () => {
    const loss = P('1/2*(t - 1/(1 + exp(-(w_1*x_1 + w_2*x_2))))^2');
    const sw = '1/(1 + exp(-(w_1*x_1 + w_2*x_2)))';
    const right = P(`-(t - ${sw})*${sw}*(1 - ${sw})*x_1`);
    expect(checkDerivativeIdentity(derivativeIdentityCertificate(loss, 'w_1', right)).ok).toBe(true);
    expect(checkDerivativeIdentity(derivativeIdentityCertificate(loss, 'w_1', P(`(t - ${sw})*${sw}*(1 - ${sw})*x_1`))).ok).toBe(false);
    expect(checkDerivativeIdentity(derivativeIdentityCertificate(loss, 'w_1', P(`-(t - ${sw})*${sw}*(1 - ${sw})*x_2`))).ok).toBe(false);
    expect(checkDerivativeIdentity(derivativeIdentityCertificate(loss, 'w_2', right)).ok).toBe(false);
  });

  it('rejects malformed fields', () => {
    expect(checkDerivativeIdentity({ kind: 'derivative-identity', expression: s, derivative: s }).detail).toMatch(/variable/);
    expect(checkDerivativeIdentity({ kind: 'derivative-identity', expression: s, variable: 'e', derivative: s }).ok).toBe(false);
    expect(checkDerivativeIdentity({ kind: 'derivative-identity', variable: 'h', derivative: s }).detail).toMatch(/missing field "expression"/);
  });
});

describe('positivity', () => {
  it('proves 0 < s(h) and 0 < 1 − s(h) for every real h, and −s(h) < 0', () => {
    const r = checkPositivity(positivityCertificate(s));
    expect(r.ok).toBe(true);
    expect(r.proves).toBe('$`\\frac{1}{1 + e^{-h}} > 0`$ for all real $`h`$');
    expect(checkPositivity(positivityCertificate(sub(num(1), s))).ok).toBe(true);
    expect(checkPositivity(positivityCertificate(P(`-${S}`), [], 'negative')).ok).toBe(true);
  });

  it('uses declared positive symbols, and only them', () => {
    const xs = P(`x_j*${S}`);
    expect(checkPositivity(positivityCertificate(xs, ['x_j'])).proves).toContain('all positive $`x_{j}`$');
    expect(checkPositivity(positivityCertificate(xs)).detail).toMatch(/x_j is not declared positive/);
  });

  it('rejects what can be negative or zero, and what has the opposite sign', () => {
    for (const [text, why] of [
      [`t - ${S}`, /both signs|not declared/],
      [`h*${S}`, /not declared positive/],
      [`${S} - 1/2`, /both signs/],
      ['exp(h) - 1', /both signs/],
      ['h^2 + 1', /not declared positive/],
      ['0', /zero polynomial/],
      [`-${S}`, /opposite sign/],
    ] as const) {
      const r = checkPositivity(positivityCertificate(P(text)));
      expect(r.ok, text).toBe(false);
      expect(r.detail, text).toMatch(why);
    }
    expect(checkPositivity(positivityCertificate(s, [], 'negative')).ok).toBe(false);
    expect(checkPositivity({ kind: 'positivity', expression: s, sign: 'nonnegative' }).ok).toBe(false);
    expect(checkPositivity({ kind: 'positivity', expression: s, positiveSymbols: 'h' }).ok).toBe(false);
  });
});

describe('limit', () => {
  const f = P('1/(1 + exp(-h)*v)');
  it('decides limits by degrees when the deciding coefficients have fixed signs', () => {
    const r = checkLimit(limitCertificate(f, 'v', '+infinity', num(0)));
    expect(r.ok).toBe(true);
    expect(r.proves).toBe('$`\\lim_{v \\to +\\infty} \\frac{1}{1 + e^{-h} v} = 0`$ for all real $`h`$');
    expect(checkLimit(limitCertificate(f, 'v', '0+', num(1))).ok).toBe(true);
    expect(checkLimit(limitCertificate(P('(2*v^2 + 1)/(3*v^2 + v)'), 'v', '+infinity', P('2/3'))).ok).toBe(true);
    expect(checkLimit(limitCertificate(P('v^2/(1 + v)'), 'v', '+infinity', '+infinity')).ok).toBe(true);
    expect(checkLimit(limitCertificate(P('(1 - v^2)/(1 + v)'), 'v', '+infinity', '-infinity')).ok).toBe(true);
    expect(checkLimit(limitCertificate(P('1/v'), 'v', '0+', '+infinity')).ok).toBe(true);
    expect(checkLimit(limitCertificate(P('(a*v + 1)/(exp(b)*v + 2)'), 'v', '+infinity', P('a*exp(-b)'))).ok).toBe(true);
    expect(checkLimit(limitCertificate(P('1/(1 + t*v)'), 'v', '+infinity', num(0), ['t'])).ok).toBe(true);
  });

  it('rejects wrong values and undecided limits', () => {
    expect(checkLimit(limitCertificate(f, 'v', '+infinity', num(1))).detail).toMatch(/not 0/);
    expect(checkLimit(limitCertificate(f, 'v', '0+', num(0))).ok).toBe(false);
    expect(checkLimit(limitCertificate(P('v^2/(1 + v)'), 'v', '+infinity', '-infinity')).ok).toBe(false);
    expect(checkLimit(limitCertificate(P('v^2/(1 + v)'), 'v', '+infinity', num(0))).ok).toBe(false);
    expect(checkLimit(limitCertificate(P('1/(1 + t*v)'), 'v', '+infinity', num(0))).detail).toMatch(/no certified sign/);
    expect(checkLimit(limitCertificate(P('(t*v^2 + 1)/(1 + v)'), 'v', '+infinity', '+infinity')).detail).toMatch(/numerator/);
    expect(checkLimit(limitCertificate(P('1/(1 + exp(v))'), 'v', '+infinity', num(0))).detail).toMatch(/inside exp/);
    expect(checkLimit(limitCertificate(f, 'v', '+infinity', P('v - v'))).detail).toMatch(/involves the variable/);
    expect(checkLimit({ ...limitCertificate(f, 'v', '+infinity', num(0)), at: '-infinity' }).ok).toBe(false);
  });

  it('rejects a limit that some admissible value of the other symbols leaves nowhere defined', () => {
    // (a/a)/v → 0 for a ≠ 0, but at a = 0 the expression is defined for no v: "for all real a" would be false.
    expect(checkLimit(limitCertificate(P('(a/a)/v'), 'v', '+infinity', num(0))).detail).toMatch(/not certified defined for every positive v/);
    expect(checkLimit(limitCertificate(P('v*ln(a*a)/v'), 'v', '+infinity', P('ln(a*a)'))).ok).toBe(false);
    expect(checkLimit(limitCertificate(P('1/v + 0*ln(a)'), 'v', '+infinity', num(0))).ok).toBe(false);
    expect(checkLimit(limitCertificate(P('(a/a)/v'), 'v', '+infinity', num(0), ['a'])).ok).toBe(true);
  });
});

describe('chain-rule', () => {
  const xj = sym('x_j');
  const loss = P(`1/2*(t - ${S})^2`);
  const grad = P(`-(t - ${S})*${S}*(1 - ${S})`);
  const inner = { expression: P('w_j*x_j + r'), variable: 'w_j', derivative: xj };
  const good = chainRuleCertificate({ expression: loss, variable: 'h', derivative: grad }, inner);

  it('composes the scalar identity with ∂(w·x)/∂w_j = x_j for every real r, trusting the chain rule only', () => {
    const c = checkChainRule(good);
    expect(c.ok).toBe(true);
    expect(c.proves).toContain('\\frac{\\partial}{\\partial w_{j}}');
    expect(c.proves).not.toContain('where');
    // What r stands for would be a side condition taken on faith: a certificate that says it is refused.
    expect(checkChainRule({ ...good, definitions: { r: '\\sum_{i \\neq j} w_{i} x_{i}' } }).ok).toBe(false);
    expect(c.trusts.map((x) => x.name).join('\n')).toMatch(/chain rule/);
    expect(c.trusts.map((x) => x.name).join('\n')).not.toMatch(/does not involve/);
  });

  it('rejects wrong links, variables that leak, and any definition of a symbol', () => {
    const wrongOuter = chainRuleCertificate({ expression: loss, variable: 'h', derivative: P(`(t - ${S})*${S}*(1 - ${S})`) }, inner);
    expect(checkChainRule(wrongOuter).detail).toMatch(/outer derivative/);
    const wrongInner = chainRuleCertificate({ expression: loss, variable: 'h', derivative: grad }, { ...inner, derivative: sym('x_k') });
    expect(checkChainRule(wrongInner).detail).toMatch(/inner derivative/);
    const leak = chainRuleCertificate({ expression: P(`w_j*${S}`), variable: 'h', derivative: P(`w_j*${S}*(1 - ${S})`) }, inner);
    expect(checkChainRule(leak).detail).toMatch(/occurs in the outer function/);
    const same = chainRuleCertificate({ expression: loss, variable: 'h', derivative: grad }, { ...inner, variable: 'h' });
    expect(checkChainRule(same).ok).toBe(false);
    for (const definitions of [{ q: 'x' }, { w_j: '0' }, { r: 'w_j' }]) {
      expect(checkChainRule({ ...good, definitions }).detail).toMatch(/"definitions" is not accepted/);
    }
    expect(checkChainRule({ kind: 'chain-rule', outer: 1, inner }).ok).toBe(false);
  });
});

describe('every symbolic checker on hostile data', () => {
  const checkers: [string, Checker][] = [
    ['identity', checkIdentity],
    ['derivative-identity', checkDerivativeIdentity],
    ['positivity', checkPositivity],
    ['limit', checkLimit],
    ['chain-rule', checkChainRule],
  ];

  it('returns a rejection, never throws, on arbitrary JSON fields (property, fixed seed)', () => {
    const field = fc.oneof(fc.jsonValue(), fc.constant(sigmoid(sym('h'))), fc.constantFrom('h', 'v', '+infinity', '0+'));
    fc.assert(
      fc.property(
        fc.constantFrom(...checkers),
        fc.dictionary(fc.constantFrom('lhs', 'rhs', 'expression', 'variable', 'derivative', 'at', 'value', 'positiveSymbols', 'outer', 'inner', 'sign'), field),
        ([kind, checker], fields) => {
          const r = checker({ ...fields, kind } as Certificate);
          expect(typeof r.ok).toBe('boolean');
          expect(r.kind).toBe(kind);
          if (!r.ok) expect(r.detail.length).toBeGreaterThan(0);
        },
      ),
      { seed: 2718, numRuns: 300 },
    );
  });

  it('rejects division by zero and oversized work as malformed, not by throwing', () => {
    expect(checkIdentity(identityCertificate(P('1/(a - a)'), P('0'))).detail).toMatch(/identically 0/);
    const wide = P(`(${Array.from({ length: 450 }, (_, i) => `y_${i}`).join(' + ')})^2`);
    expect(checkPositivity(positivityCertificate(wide)).detail).toMatch(/too large/);
    expect(checkCertificate({ kind: 'identity', lhs: { op: 'sym', name: 'x' } }).detail).toMatch(/missing field "rhs"/);
  });
});
