import { describe, expect, it } from 'vitest';
import { and, deriv, eq, forall, gt, positive } from '../../src/claim/statement.js';
import { replayProof } from '../../src/kernel/proof.js';
import { decodeProp, propEquals, type Prop } from '../../src/kernel/proposition.js';
import { sampleStatement } from '../../src/kernel/sampling.js';
import { negation } from '../../src/kernel/verdict.js';

// How the kernel samples a statement: how many instances, which points first, which precision decides, and that
// every counterexample replays to exactly the statement's negation.
const sample = (p: Prop) => {
  const statement = decodeProp(p);
  const t = sampleStatement(statement)!;
  expect(t).not.toBeNull();
  if (t.counterexample) {
    const node = replayProof(t.counterexample, { lemmas: new Map() });
    expect(node.ok, node.detail).toBe(true);
    expect(propEquals(node.conclusion!, negation(statement))).toBe(true);
  }
  return t;
};
/** The certificate at the leaf of a counterexample. */
const leafCertificate = (t: unknown): Record<string, unknown> => {
  const o = t as { rule: string; premises?: unknown[]; certificate?: Record<string, unknown> };
  return o.rule === 'certificate' ? o.certificate! : leafCertificate(o.premises![0]);
};

describe('sampleStatement', () => {
  it('evaluates 16 instances of each quantified part, one of a closed part, at 30 and 60 digits', () => {
    expect(sample(forall(['x'], eq('x + x', '2*x')))).toEqual({ tested: 16, skipped: 0, precisions: [30, 60] });
    expect(sample(forall(['x', 'y'], eq('x*y', 'y*x')))).toMatchObject({ tested: 16, skipped: 0 });
    expect(sample(eq('1 + 1', '2'))).toMatchObject({ tested: 1, skipped: 0 });
    expect(sample(and(forall(['x'], gt('exp(x)', '0')), eq('2', '2'), forall(['y'], eq('y', 'y'))))).toMatchObject({ tested: 33, skipped: 0 });
  });

  it('tries the fixed points 0, 1, -1, ... first: the first violated one is the counterexample', () => {
    expect(sample(forall(['x'], gt('x^2', '0'))).at).toBe('x = 0');
    expect(sample(forall(['x'], gt('x', '1/2'))).at).toBe('x = 0');
    expect(sample(forall(['x'], gt('x^2 + x', '0'))).at).toBe('x = 0');
    expect(sample(forall(['x'], gt('(x - 1)^2', '0'))).at).toBe('x = 1');
    expect(sample(forall(['x'], gt('(x + 1)^2', '0'))).at).toBe('x = -1');
    expect(sample(forall(['x'], gt('(2*x - 1)^2', '0'))).at).toBe('x = 1/2');
    // Two variables are sampled at different points (x = 0 with y = 1/2 first, then x = 1 with y = -3/2).
    expect(sample(forall(['x', 'y'], gt('(x - y)^2', '0'))).counterexample).toBeUndefined();
    expect(sample(forall(['x', 'y'], eq('x', '0'))).at).toBe('x = 1, y = -3/2');
  });

  it('samples beyond the fixed points: a statement false only for |x| > 3 is refuted', () => {
    const t = sample(forall(['x'], gt('10', 'x^2')));
    expect(t.counterexample).toBeDefined();
    expect(t.tested).toBeGreaterThan(10);
  });

  it('a positive variable takes the positive fixed points in turn (0 as 1/7, -a as a)', () => {
    expect(sample(forall([positive('c')], gt('2', 'c'))).at).toBe('c = 2');
    expect(sample(forall([positive('c')], gt('c', '1/5'))).at).toBe('c = 1/7');
    expect(sample(forall([positive('c')], gt('(2*c - 3)^2', '0'))).at).toBe('c = 3/2');
  });

  it('samples a positive variable only at positive points', () => {
    const t = sample(forall([positive('c')], gt('c', '0')));
    expect(t).toMatchObject({ tested: 16, skipped: 0 });
    expect(t.counterexample).toBeUndefined();
    expect(sample(forall([positive('c'), 'x'], gt('c*exp(x)', '0'))).counterexample).toBeUndefined();
    expect(sample(forall([positive('c')], eq('ln(c*c)', '2*ln(c)'))).undefinedAt).toBeUndefined();
  });

  it('a strict inequality that holds with equality somewhere is refuted through the exact identity', () => {
    const t = sample(forall(['x'], gt('x^2', 'x*x')));
    expect(t.at).toBe('x = 0');
    expect(t.counterexample).toMatchObject({ rule: 'refute-forall', premises: [{ rule: 'eq-not-gt' }] });
    const closed = sample(gt('2', '1 + 1'));
    expect(closed.counterexample).toMatchObject({ rule: 'eq-not-gt', premises: [{ rule: 'certificate', certificate: { kind: 'identity' } }] });
    expect(closed.at).toBe('its own (closed) values');
  });

  it('a difference too small for 30 digits is decided at 60, and the certificate says so', () => {
    const t = sample(eq('1 + 10^(-40)', '1'));
    expect(t.counterexample).toMatchObject({ rule: 'ne-not-eq' });
    expect(leafCertificate(t.counterexample)).toMatchObject({ kind: 'interval-sign', relation: 'ne', precision: 60 });
    expect(leafCertificate(sample(eq('1 + 10^(-10)', '1')).counterexample)).toMatchObject({ precision: 30 });
    const below = sample(gt('1', '1 + 10^(-40)'));
    expect(leafCertificate(below.counterexample)).toMatchObject({ kind: 'interval-sign', relation: 'gt', precision: 60 });
    // Beyond both precisions nothing is decided: the relation is taken to hold there.
    expect(sample(eq('1 + 10^(-100)', '1')).counterexample).toBeUndefined();
  });

  it('a false conjunct is refuted through its index in the conjunction', () => {
    const t = sample(and(eq('1', '1'), forall(['x'], gt('x^2', '1'))));
    expect(t.counterexample).toMatchObject({ rule: 'not-and', args: { index: 1 } });
    expect(t.tested).toBe(2);
  });

  it('an undefined point counts as skipped; a total statement records the first one, a partial one does not', () => {
    const total = sample(forall(['x'], eq('x/x', '1')));
    expect(total).toMatchObject({ tested: 15, skipped: 1, undefinedAt: 'x = 0' });
    expect(total.counterexample).toBeUndefined();
    const two = sample(forall(['x'], eq('(x^2 - x)/(x^2 - x)', '1')));
    expect(two).toMatchObject({ skipped: 2, undefinedAt: 'x = 0' });
    const partial = sample(forall(['x'], eq('x/x', '1', true)));
    expect(partial).toMatchObject({ tested: 15, skipped: 1 });
    expect(partial).not.toHaveProperty('undefinedAt');
    const partialDeriv = sample(forall(['x'], deriv('ln(x^2)', 'x', '2/x', true)));
    expect(partialDeriv.undefinedAt).toBeUndefined();
    expect(partialDeriv.counterexample).toBeUndefined();
  });

  it('samples derivatives by the kernel\'s own derivative, and is deterministic', () => {
    expect(sample(forall(['x'], deriv('x^3', 'x', '3*x^2'))).counterexample).toBeUndefined();
    expect(sample(forall(['x'], deriv('x^3', 'x', '3*x'))).at).toBe('x = -1');
    const p = forall(['x'], gt('x^2 + 1/100', 'x/5'));
    expect(sample(p)).toEqual(sample(p));
  });
});
