/**
 * The hypotheses of the power-substitution rules (src/kernel/rules/power-substitution.ts) at their edges: the range and
 * type of k, the shape of the arguments, the number of premises, and a g that is not f(z^k) although its non-zero
 * coefficients sit where those of an f(z^k) would.
 */
import { refuses } from './rule-application.js';
import { describe, expect, it } from 'vitest';
import { decodeProp, type Prop } from '../../src/kernel/proposition.js';
import { RULES } from '../../src/kernel/rules.js';

const irreducible = (poly: string[]): Prop => decodeProp({ op: 'irreducible', poly });
const noRadical = (poly: string[]): Prop => decodeProp({ op: 'no-radical-root', poly });


describe.each(['irreducible-unpower', 'no-radical-power'])('%s: args.k', (rule) => {
  const premise = rule === 'irreducible-unpower' ? irreducible(['1', '0', '-2']) : noRadical(['1', '-2']);
  const why = new RegExp(`^${rule}: args\\.k is an integer from 2 to 100$`);

  it('refuses missing, null, array or non-object arguments, naming the rule', () => {
    for (const args of [undefined, null, [], [2], 'k', 2]) refuses(rule, [premise], args, why);
  });

  it('refuses a k that is not an integer from 2 to 100', () => {
    for (const k of [2.5, '2', 1, 0, -2, 101, 1000, Number.NaN, Number.POSITIVE_INFINITY]) refuses(rule, [premise], { k }, why);
  });
});

describe('irreducible-unpower: g(z) = f(z^k) irreducible ⇒ f irreducible', () => {
  const rule = RULES['irreducible-unpower'];

  it('takes exactly one premise', () => {
    refuses('irreducible-unpower', [], { k: 2 }, /^irreducible-unpower takes 1 premise, got 0$/);
    refuses('irreducible-unpower', [irreducible(['1', '0', '-2']), irreducible(['1', '0', '-2'])], { k: 2 }, /^irreducible-unpower takes 1 premise, got 2$/);
  });

  it('accepts k = 100: z^100 − 2 gives z − 2', () => {
    const g = ['1', ...Array<string>(99).fill('0'), '-2'];
    expect(rule.apply([irreducible(g)], { k: 100 })).toEqual(irreducible(['1', '-2']));
  });

  it('refuses a g whose degree is not a multiple of k, even when its non-zero coefficients are at multiples of k from the top', () => {
    // z³ + z is not f(z²) for any f (its coefficients 1, 0, 1, 0 would otherwise give f = u + 1); nor is z.
    refuses('irreducible-unpower', [irreducible(['1', '0', '1', '0'])], { k: 2 }, /^irreducible-unpower: g is not a polynomial in z\^2$/);
    refuses('irreducible-unpower', [irreducible(['1', '0'])], { k: 2 }, /^irreducible-unpower: g is not a polynomial in z\^2$/);
  });

  it('refuses a constant g, which gives no polynomial f', () => {
    refuses('irreducible-unpower', [irreducible(['5'])], { k: 2 }, /^irreducible-unpower: g is constant$/);
  });
});

describe('no-radical-power: no radical root of f ⇒ none of f(z^k)', () => {
  it('accepts k = 100: f(u) = u − 2 gives z^100 − 2', () => {
    expect(RULES['no-radical-power'].apply([noRadical(['1', '-2'])], { k: 100 })).toEqual(noRadical(['1', ...Array<string>(99).fill('0'), '-2']));
  });
});

describe('the trusted base names the theorem each power-substitution rule applies', () => {
  it('with its hypothesis and its conclusion', () => {
    expect(RULES['irreducible-unpower'].theorem).toMatch(/g\(z\) = f\(z\^k\) is irreducible over Q then so is f/);
    expect(RULES['no-radical-power'].theorem).toMatch(/no root of f is expressible by radicals over Q, no root z of f\(z\^k\) is/);
  });
});
