/**
 * Kernel checker `positivity`: { kind: 'positivity', expression: Expr, positiveSymbols?: string[], sign?: 'positive' | 'negative' }.
 * Normalises the expression to N/D and accepts iff N and D are non-zero polynomials each with coefficients of one
 * sign, whose monomials are products of declared-positive symbols and exponentials, and the signs give `sign`
 * (default 'positive'). Each monomial is then positive at every admissible point, hence so is or is not N/D.
 */
import { neg, num } from '../../symbolic/expr.js';
import { normalForm } from '../../symbolic/normal-form.js';
import { toLatex } from '../../symbolic/print.js';
import { functionSign } from '../../symbolic/sign.js';
import type { Checker } from '../types.js';
import { assertDistinctLatex, domainPhrase, expressionField, guarded, math, NORMAL_FORM_TRUSTS, partiality, positiveSymbolsField, quantified, rejected } from './symbolic-common.js';

const KIND = 'positivity';

/** Checks a `positivity` certificate (or, with sign 'negative', negativity) by the sign of every term. */
export const checkPositivity: Checker = (c) =>
  guarded(KIND, () => {
    const expression = expressionField(c, 'expression');
    const positive = positiveSymbolsField(c);
    const wanted = c.sign ?? 'positive';
    if (wanted !== 'positive' && wanted !== 'negative') return rejected(KIND, `field "sign" must be "positive" or "negative", got ${JSON.stringify(wanted)}`);
    assertDistinctLatex([expression]);
    const f = normalForm(wanted === 'positive' ? expression : neg(expression));
    const s = functionSign(f, positive);
    if (s.sign !== 1) {
      const why = s.sign === null ? s.reason : `it has the opposite sign at every admissible point`;
      return rejected(KIND, `the expression is not certified ${wanted}: ${why}`);
    }
    return {
      kind: KIND,
      ok: true,
      proves: `${math(`${toLatex(expression)} ${wanted === 'positive' ? '>' : '<'} 0`)}${domainPhrase([expression], positive)}`,
      detail: `the normal form is N/D with N and D non-zero, every coefficient of one sign, every monomial a product of declared-positive symbols and exponentials.`,
      trusts: [...NORMAL_FORM_TRUSTS, { kind: 'theorem', name: '$`e^{u} > 0`$ for real $`u`$; sums and products of positive numbers are positive' }],
      conclusion: quantified([expression], positive, {
        op: 'gt',
        ...(wanted === 'positive' ? { lhs: expression, rhs: num(0) } : { lhs: num(0), rhs: expression }),
        ...partiality([expression], positive),
      }),
    };
  });
