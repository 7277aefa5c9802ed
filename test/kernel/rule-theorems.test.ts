import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/kernel/rules.js';

// A rule's `theorem` is what a proof's trusted base lists for it (Lean's #print axioms, for the rules): an empty or
// truncated text would leave a reader with a trust entry that names nothing.
describe('every inference rule names the theorem it applies', () => {
  const rules = Object.entries(RULES);

  it('the catalogue of rules is not empty', () => {
    expect(rules.length).toBeGreaterThan(30);
  });

  it.each(rules)('%s: its theorem is a whole statement (at least 15 characters, not starting or ending mid-sentence)', (_name, rule) => {
    expect(rule.theorem.length).toBeGreaterThanOrEqual(15);
    expect(rule.theorem).toBe(rule.theorem.trim());
    expect(rule.theorem).not.toMatch(/^[;,:]|[;,:(]$/);
  });

  it.each(rules.filter(([, r]) => r.conjecture !== undefined))('%s: the conjecture it rests on is named, and its theorem says it uses it', (_name, rule) => {
    expect(rule.conjecture!.length).toBeGreaterThan(5);
    expect(rule.theorem).toContain(rule.conjecture!.replace(/ conjecture$/, '').replace(/'s$/, ''));
  });
});
