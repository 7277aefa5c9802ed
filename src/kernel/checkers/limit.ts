/**
 * Kernel checker `limit`: { kind: 'limit', expression: Expr, variable: string, at: '+infinity' | '0+',
 * value: Expr | '+infinity' | '-infinity', positiveSymbols?: string[] }.
 * The expression must be a rational function of `variable` (which must not occur inside exp or ln, nor in `value`).
 * The checker compares degrees in the variable; the deciding coefficient of the denominator (and, for an infinite
 * limit, of the numerator) must have a fixed sign by the rule of `positivity`. The expression must be defined for every
 * positive value of the variable (and the value wherever the symbols are admissible), so that the limit exists for
 * every value of the other symbols. It accepts iff its own limit equals `value`.
 */
import { occurs, type Expr } from '../../symbolic/expr.js';
import { limitOf } from '../../symbolic/limit.js';
import { normalForm } from '../../symbolic/normal-form.js';
import { isDefinedEverywhere } from '../../symbolic/sign.js';
import { symbolToLatex, toLatex } from '../../symbolic/print.js';
import { difference, functionToText, isZeroFunction } from '../../symbolic/rational-function.js';
import type { Checker } from '../types.js';
import { assertDistinctLatex, domainPhrase, expressionField, guarded, math, NORMAL_FORM_TRUSTS, positiveSymbolsField, quantified, rejected, symbolField } from './symbolic-common.js';

const KIND = 'limit';

/** Checks a `limit` certificate by comparing degrees in the variable. */
export const checkLimit: Checker = (c) =>
  guarded(KIND, () => {
    const expression = expressionField(c, 'expression');
    const v = symbolField(c, 'variable');
    const positive = positiveSymbolsField(c);
    const at = c.at;
    if (at !== '+infinity' && at !== '0+') return rejected(KIND, `field "at" must be "+infinity" or "0+", got ${JSON.stringify(at)}`);
    const infinite = c.value === '+infinity' || c.value === '-infinity';
    const value: Expr | null = infinite ? null : expressionField(c, 'value');
    if (value && occurs(value, v)) return rejected(KIND, `the claimed value involves the variable ${v}`);
    assertDistinctLatex(value ? [expression, value] : [expression], [v]);
    const found = limitOf(expression, v, at, positive);
    if (found.kind === 'undecided') return rejected(KIND, `the limit is not decided: ${found.reason}`);
    if (found.kind === 'infinite') {
      const name = found.sign > 0 ? '+infinity' : '-infinity';
      if (c.value !== name) return rejected(KIND, `the limit is ${name}, not the claimed value`);
    } else {
      if (!value) return rejected(KIND, `the limit is finite (${functionToText(found.value)}), not ${String(c.value)}`);
      const residue = difference(found.value, normalForm(value));
      if (!isZeroFunction(residue)) return rejected(KIND, `the limit is ${functionToText(found.value)}; minus the claimed value it normalises to ${functionToText(residue)}, not 0`);
    }
    // The statement is about every admissible value of the other symbols: at one where the expression is nowhere
    // defined ((a/a)/x at a = 0) there is no limit, so the expression must be defined for every positive v.
    if (!isDefinedEverywhere(expression, new Set([...positive, v]))) {
      return rejected(KIND, `the expression is not certified defined for every positive ${v} and every admissible value of the other symbols, so it may have no limit at all`);
    }
    if (value && !isDefinedEverywhere(value, positive)) return rejected(KIND, 'the claimed value is not certified defined at every admissible value of the symbols');
    const target = at === '+infinity' ? '+\\infty' : '0^{+}';
    const shown = value ? toLatex(value) : c.value === '+infinity' ? '+\\infty' : '-\\infty';
    return {
      kind: KIND,
      ok: true,
      proves: `${math(`\\lim_{${symbolToLatex(v)} \\to ${target}} ${toLatex(expression)} = ${shown}`)}${domainPhrase(value ? [expression, value] : [expression], positive, [v])}`,
      detail: `the expression is a rational function of ${v}; the ${at === '+infinity' ? 'highest' : 'lowest'} powers of ${v} decide, and the coefficients that decide have fixed signs.`,
      trusts: [
        ...NORMAL_FORM_TRUSTS,
        { kind: 'theorem', name: `as $\`${symbolToLatex(v)} \\to ${target}\`$ a polynomial in it is dominated by its ${at === '+infinity' ? 'highest' : 'lowest'}-degree term` },
      ],
      conclusion: quantified(value ? [expression, value] : [expression], positive, {
        op: 'limit',
        fn: expression,
        var: v,
        at: at === '+infinity' ? '+inf' : '0+',
        value: value ?? (c.value === '+infinity' ? '+inf' : '-inf'),
      }, [v]),
    };
  });
