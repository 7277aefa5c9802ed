/**
 * Rules for a polynomial in a power, g(z) = f(z^k): what irreducibility and radical expressibility pass between f and g.
 * The kernel builds f(z^k) from f itself.
 */
import { decodeProp, PropError, type Prop } from '../proposition.js';
import type { Rule } from '../rules.js';

function need(condition: boolean, message: string): asserts condition {
  if (!condition) throw new PropError(message);
}

function powerArg(args: unknown, rule: string): number {
  const k = typeof args === 'object' && args !== null && !Array.isArray(args) ? (args as Record<string, unknown>).k : undefined;
  need(typeof k === 'number' && Number.isInteger(k) && k >= 2 && k <= 100, `${rule}: args.k is an integer from 2 to 100`);
  return k;
}

/** f(z^k) from f, coefficients highest first: k − 1 zeros between consecutive coefficients. */
function inPower(f: readonly string[], k: number): string[] {
  return f.flatMap((c, i) => (i === f.length - 1 ? [c] : [c, ...Array<string>(k - 1).fill('0')]));
}

/** Rules for substitutions u = z^k, for src/kernel/rules.ts. */
export const POWER_SUBSTITUTION_RULES: Record<string, Rule> = {
  'irreducible-unpower': {
    theorem: 'if g(z) = f(z^k) is irreducible over Q then so is f: a factorisation f = ab gives g = a(z^k) b(z^k)',
    apply(premises: readonly Prop[], args: unknown): Prop {
      need(premises.length === 1, `irreducible-unpower takes 1 premise, got ${premises.length}`);
      const k = powerArg(args, 'irreducible-unpower');
      const [g] = premises;
      need(g.op === 'irreducible', 'irreducible-unpower: the premise is irreducible(g)');
      need((g.poly.length - 1) % k === 0 && g.poly.every((c, i) => i % k === 0 || c === '0'), `irreducible-unpower: g is not a polynomial in z^${k}`);
      const f = g.poly.filter((_, i) => i % k === 0);
      need(f.length >= 2, 'irreducible-unpower: g is constant');
      return decodeProp({ op: 'irreducible', poly: f });
    },
  },
  'no-radical-power': {
    theorem: 'if no root of f is expressible by radicals over Q, no root z of f(z^k) is: z^k would be a radical root of f',
    apply(premises: readonly Prop[], args: unknown): Prop {
      need(premises.length === 1, `no-radical-power takes 1 premise, got ${premises.length}`);
      const k = powerArg(args, 'no-radical-power');
      const [f] = premises;
      need(f.op === 'no-radical-root', 'no-radical-power: the premise is no-radical-root(f)');
      return decodeProp({ op: 'no-radical-root', poly: inPower(f.poly, k) });
    },
  },
};
