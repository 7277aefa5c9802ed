import { describe, expect, it } from 'vitest';
import { and, deriv, eq, forall, gt, positive, rootCount } from '../../src/claim/statement.js';
import { checkIntervalSign } from '../../src/kernel/checkers/interval-sign.js';
import { replayProof } from '../../src/kernel/proof.js';
import { decodeProp, propEquals } from '../../src/kernel/proposition.js';
import { sampleStatement } from '../../src/kernel/sampling.js';
import { judgeClaim, negation } from '../../src/kernel/verdict.js';
import { parseExpr } from '../../src/symbolic/parse.js';

const lemmas = { lemmas: new Map() };

/** Samples `p` and, when it finds a counterexample, checks that the kernel replays it to exactly ¬p. */
function sample(p: ReturnType<typeof forall>) {
  const statement = decodeProp(p);
  const test = sampleStatement(statement);
  if (test?.counterexample) {
    const node = replayProof(test.counterexample, lemmas);
    expect(node.ok).toBe(true);
    expect(propEquals(node.conclusion!, negation(statement))).toBe(true);
  }
  return test;
}

describe('the kernel samples statements', () => {
  it('tests a true identity, derivative and inequality without finding a counterexample', () => {
    for (const p of [
      forall(['h'], eq('sigmoid(-h)', '1 - sigmoid(h)')),
      forall(['h'], deriv('sigmoid(h)', 'h', 'sigmoid(h)*(1 - sigmoid(h))')),
      forall(['h'], gt('sigmoid(h)', '0')),
      forall([positive('c'), 'x'], gt('c*exp(x)', '0')),
    ]) {
      const t = sample(p);
      expect(t?.counterexample).toBeUndefined();
      expect(t!.tested).toBeGreaterThan(10);
    }
  });

  it('refutes a wrong derivative, a wrong identity, a false inequality and a false conjunct, each by a replayed witness', () => {
    for (const p of [
      forall(['h'], deriv('sigmoid(h)', 'h', 'sigmoid(h)*(1 + sigmoid(h))')),
      forall(['t', 'h'], deriv('1/2*(t - sigmoid(h))^2', 'h', '(t - sigmoid(h))*sigmoid(h)*(1 - sigmoid(h))')),
      forall(['x'], eq('(x + 1)^2', 'x^2 + 1')),
      forall(['h'], gt('sigmoid(h)', '1/2')),
      and(forall(['h'], gt('sigmoid(h)', '0')), forall(['h'], gt('1/2', 'sigmoid(h)'))),
    ]) {
      const t = sample(p);
      expect(t?.counterexample).toBeDefined();
      expect(t!.at).toMatch(/=/);
    }
  });

  it('skips points where a "wherever defined" identity is undefined, and still finds none for a true one', () => {
    const t = sample(forall(['x'], eq('x/x', '1', true)));
    expect(t!.skipped).toBeGreaterThan(0);
    expect(t!.counterexample).toBeUndefined();
  });

  it('does not sample forms it cannot evaluate', () => {
    expect(sampleStatement(decodeProp(rootCount(['1', '0', '-2'], '0', '+inf', 1)))).toBeNull();
  });

  it('makes a wrong statement refuted through judgeClaim, even beside passing tests about something else', () => {
    const passed = { name: 'p', runs: 100, seed: 1, passed: true };
    const j = judgeClaim({ evidence: [], properties: [passed], certificates: [], statement: forall(['h'], eq('sigmoid(h)', 'sigmoid(2*h)')) });
    expect(j.verdict).toBe('refuted');
    const ok = judgeClaim({ evidence: [], properties: [], certificates: [], statement: forall(['h'], eq('sigmoid(-h)', '1 - sigmoid(h)')) });
    expect(ok.verdict).toBe('supported');
    expect(ok.reasons.join(' ')).toMatch(/tested the statement itself at \d+ sampled instances/);
  });
});

describe('interval-sign', () => {
  const cert = (lhs: string, rhs: string, relation: string, precision: unknown = 30) => ({ kind: 'interval-sign', lhs: parseExpr(lhs), rhs: parseExpr(rhs), relation, precision });
  it('accepts enclosures that decide, and concludes the relation', () => {
    const r = checkIntervalSign(cert('sigmoid(1)', 'sigmoid(-1)', 'ne'));
    expect(r.ok).toBe(true);
    expect(r.conclusion).toMatchObject({ op: 'ne' });
    expect(checkIntervalSign(cert('exp(1)', '27182818/10000000', 'gt')).ok).toBe(true);
  });
  it('rejects what the enclosure does not show, symbols, bad precision and bad relations', () => {
    expect(checkIntervalSign(cert('sigmoid(0)', '1/2', 'ne')).ok).toBe(false);
    expect(checkIntervalSign(cert('exp(1)', '27182819/10000000', 'gt')).ok).toBe(false);
    expect(checkIntervalSign(cert('x', '1', 'ne')).ok).toBe(false);
    expect(checkIntervalSign(cert('2', '1', 'ne', 5)).ok).toBe(false);
    expect(checkIntervalSign(cert('2', '1', 'ne', '30')).ok).toBe(false);
    expect(checkIntervalSign(cert('2', '1', 'lt')).ok).toBe(false);
    expect(checkIntervalSign(cert('1/(1 - 1)', '1', 'ne')).ok).toBe(false);
  });
});
