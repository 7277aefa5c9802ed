import { describe, expect, it } from 'vitest';
import { and, eq, forall, gt, implies, limit, positive } from '../../src/claim/statement.js';
import { byCertificate, byRule, limitExpSubstitution, neNotEq, refuteImplies } from '../../src/claim/proof-terms.js';
import { replayProof } from '../../src/kernel/proof.js';
import { decodeProp, propEquals, type Prop } from '../../src/kernel/proposition.js';
import { RULES } from '../../src/kernel/rules.js';
import { identityCertificate, limitCertificate } from '../../src/symbolic/certificates.js';
import { parseExpr } from '../../src/symbolic/parse.js';

const run = (term: unknown) => replayProof(term, { lemmas: new Map() });
const concludes = (term: unknown, p: Prop) => {
  const node = run(term);
  expect(node.ok, node.detail).toBe(true);
  expect(propEquals(node.conclusion!, decodeProp(p))).toBe(true);
};
const refused = (term: unknown, why: RegExp) => {
  const node = run(term);
  expect(node.ok).toBe(false);
  expect(JSON.stringify(node)).toMatch(why);
};
const atInfinity = byCertificate(limitCertificate(parseExpr('1/(1 + exp(-h)*v)'), 'v', '+infinity', parseExpr('0')));
const atZero = byCertificate(limitCertificate(parseExpr('1/(1 + exp(-h)*v)'), 'v', '0+', parseExpr('1')));
const closedEq = (a: string, b: string) => byCertificate(identityCertificate(parseExpr(a), parseExpr(b)));
const sign = (lhs: string, rhs: string, relation: string) => byCertificate({ kind: 'interval-sign', lhs: parseExpr(lhs), rhs: parseExpr(rhs), relation, precision: 30 });

describe('limit-exp-substitution', () => {
  it('composes a limit at +∞ with e^{λc} and one at 0⁺ with e^{−λc}, for a new positive c', () => {
    concludes(limitExpSubstitution(atInfinity, { lambda: 'lambda', c: 'c' }), forall(['h', positive('c')], limit('1/(1 + exp(-h)*exp(lambda*c))', 'lambda', '+inf', '0')));
    concludes(limitExpSubstitution(atZero, { lambda: 'lambda', c: 'c' }), forall(['h', positive('c')], limit('1/(1 + exp(-h)*exp(-(lambda*c)))', 'lambda', '+inf', '1')));
  });
  it('refuses names already in use, equal names, and premises that are not limits', () => {
    refused(limitExpSubstitution(atInfinity, { lambda: 'h', c: 'c' }), /must be new names/);
    refused(limitExpSubstitution(atInfinity, { lambda: 'c', c: 'c' }), /must be new names/);
    refused(limitExpSubstitution(atInfinity, { lambda: 'lambda', c: 'v' }), /must be new names/);
    refused(limitExpSubstitution(closedEq('1', '1'), { lambda: 'lambda', c: 'c' }), /needs a limit/);
  });
});

describe('refute-implies, ne-not-eq, eq-not-gt, gt-not-gt', () => {
  it('build the negations they name from proved facts', () => {
    const hyp = closedEq('0*0', '0');
    concludes(refuteImplies(hyp, neNotEq(sign('1', '2', 'ne'))), { op: 'not', arg: implies(eq('0*0', '0'), eq('1', '2')) });
    concludes(byRule('eq-not-gt', [closedEq('0*0', '0')]), { op: 'not', arg: gt('0*0', '0') });
    concludes(byRule('gt-not-gt', [sign('2', '1', 'gt')]), { op: 'not', arg: gt('1', '2') });
  });
  it('refuse premises of the wrong shape', () => {
    refused(refuteImplies(closedEq('1', '1'), closedEq('1', '1')), /second premise is a negation/);
    refused(byRule('eq-not-gt', [sign('1', '2', 'ne')]), /needs an equation/);
    refused(byRule('gt-not-gt', [closedEq('1', '1')]), /needs b > a/);
    refused(neNotEq(closedEq('1', '1')), /needs a ≠ b/);
    refused(byRule('not-and', [byRule('gt-not-gt', [sign('2', '1', 'gt')])], { statement: and(gt('1', '3'), gt('1', '0')), index: 0 }), /not the negation of that conjunct/);
  });
});

describe('the rule registry', () => {
  it('is frozen: a rule cannot be replaced or added', () => {
    expect(Object.isFrozen(RULES)).toBe(true);
    expect(() => {
      (RULES as Record<string, unknown>)['and-intro'] = { theorem: 'x', apply: () => ({}) };
    }).toThrow();
  });
});
