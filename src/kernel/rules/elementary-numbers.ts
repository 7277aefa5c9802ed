/**
 * Rules about closed-form numbers beyond radicals: Chow's EL numbers (the smallest subfield E of C closed under exp and
 * the principal branch of log; T. Y. Chow, "What is a closed-form number?", Amer. Math. Monthly 106 (1999) 440–448).
 * What E contains among the algebraic numbers is known only under Schanuel's conjecture, so the rule here carries it as
 * its `conjecture`: every verdict that applies it is conditional on it.
 */
import { canonicalJson, PropError, type Prop } from '../proposition.js';
import type { Rule } from '../rules.js';

function need(condition: boolean, message: string): asserts condition {
  if (!condition) throw new PropError(message);
}

/** The rules of this file, registered by src/kernel/rules.ts. */
export const ELEMENTARY_NUMBER_RULES: Record<string, Rule> = {
  'schanuel-not-elementary': {
    theorem:
      'Chow (1999), Corollary 1: under Schanuel\'s conjecture, an algebraic number is an EL number only if it is expressible by radicals over Q; ' +
      'E is closed under exp, so if every zero w* of L′ has N(e^{w*}) = 0 for an integer polynomial N ≠ 0 (e^{w*} algebraic) and no e^{w*} is expressible by radicals, no zero w* is an EL number',
    conjecture: "Schanuel's conjecture",
    apply(premises: readonly Prop[]): Prop {
      need(premises.length === 2, `schanuel-not-elementary takes 2 premises, got ${premises.length}`);
      const [transfer, radical] = premises;
      need(transfer.op === 'stationary-via-exp' && radical.op === 'stationary-not-radical', 'schanuel-not-elementary: premises are stationary-via-exp and stationary-not-radical');
      need(transfer.var === radical.var && canonicalJson(transfer.loss) === canonicalJson(radical.loss), 'schanuel-not-elementary: the premises are about different losses');
      return { op: 'stationary-not-elementary', loss: transfer.loss, var: transfer.var };
    },
  },
};
