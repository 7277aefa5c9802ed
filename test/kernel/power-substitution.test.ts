/** The power-substitution rules: g(z) = f(z^k) irreducible ⇒ f irreducible; no radical root of f ⇒ none of f(z^k). */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/kernel/rules.js';
import { decodeProp, type Prop } from '../../src/kernel/proposition.js';

const irreducible = (poly: string[]): Prop => decodeProp({ op: 'irreducible', poly });
const noRadical = (poly: string[]): Prop => decodeProp({ op: 'no-radical-root', poly });

describe('irreducible-unpower', () => {
  const rule = RULES['irreducible-unpower'];
  it('takes z^4 − 2 irreducible to z^2 − 2 (k = 2) and to z − 2 (k = 4)', () => {
    expect(rule.apply([irreducible(['1', '0', '0', '0', '-2'])], { k: 2 })).toEqual(irreducible(['1', '0', '-2']));
    expect(rule.apply([irreducible(['1', '0', '0', '0', '-2'])], { k: 4 })).toEqual(irreducible(['1', '-2']));
  });
  it('refuses a polynomial that is not in z^k, a k below 2, and a premise of another form', () => {
    expect(() => rule.apply([irreducible(['1', '1', '-2'])], { k: 2 })).toThrow(/not a polynomial in z\^2/);
    expect(() => rule.apply([irreducible(['1', '0', '0', '0', '-2'])], { k: 3 })).toThrow(/not a polynomial in z\^3/);
    expect(() => rule.apply([irreducible(['1', '0', '-2'])], { k: 1 })).toThrow(/from 2 to 100/);
    expect(() => rule.apply([noRadical(['1', '0', '-2'])], { k: 2 })).toThrow(/irreducible\(g\)/);
  });
});

describe('no-radical-power', () => {
  const rule = RULES['no-radical-power'];
  it('lifts no-radical-root from f(u) to f(z^2)', () => {
    expect(rule.apply([noRadical(['1', '-4', '2'])], { k: 2 })).toEqual(noRadical(['1', '0', '-4', '0', '2']));
  });
  it('refuses another premise form, a missing k and two premises', () => {
    expect(() => rule.apply([irreducible(['1', '-4', '2'])], { k: 2 })).toThrow(/no-radical-root\(f\)/);
    expect(() => rule.apply([noRadical(['1', '-4', '2'])], {})).toThrow(/args.k/);
    expect(() => rule.apply([noRadical(['1', '-4', '2']), noRadical(['1', '-4', '2'])], { k: 2 })).toThrow(/1 premise/);
  });
});
