/**
 * Kernel checker `derivative-identity`: { kind: 'derivative-identity', expression: Expr, variable: string, derivative: Expr }.
 * The checker differentiates `expression` with respect to `variable` itself and accepts iff the result minus the
 * claimed `derivative` has the normal form 0.
 */
import { sub } from '../../symbolic/expr.js';
import { derivative } from '../../symbolic/derivative.js';
import { normalForm } from '../../symbolic/normal-form.js';
import { symbolToLatex, toLatex } from '../../symbolic/print.js';
import { functionToText, isZeroFunction } from '../../symbolic/rational-function.js';
import type { Checker } from '../types.js';
import { assertDistinctLatex, DIFFERENTIATION_TRUSTS, domainPhrase, expressionField, guarded, math, NORMAL_FORM_TRUSTS, partiality, quantified, rejected, symbolField } from './symbolic-common.js';

const KIND = 'derivative-identity';

/** The LaTeX of ∂/∂v applied to `latex`. */
export function partialLatex(v: string, latex: string): string {
  return `\\frac{\\partial}{\\partial ${symbolToLatex(v)}} \\left[ ${latex} \\right]`;
}

/** Checks a `derivative-identity` certificate by differentiating and normalising. */
export const checkDerivativeIdentity: Checker = (c) =>
  guarded(KIND, () => {
    const expression = expressionField(c, 'expression');
    const v = symbolField(c, 'variable');
    const claimed = expressionField(c, 'derivative');
    assertDistinctLatex([expression, claimed], [v]);
    const residue = normalForm(sub(derivative(expression, v), claimed));
    if (!isZeroFunction(residue)) {
      return rejected(KIND, `the derivative with respect to ${v} minus the claimed one normalises to ${functionToText(residue)}, not 0: not proved`);
    }
    return {
      kind: KIND,
      ok: true,
      proves: `${math(`${partialLatex(v, toLatex(expression))} \\equiv ${toLatex(claimed)}`)}${domainPhrase([expression, claimed], new Set())}`,
      detail: `the kernel differentiated the expression with respect to ${math(symbolToLatex(v))}; the result minus the claimed derivative has the normal form 0.`,
      trusts: [...DIFFERENTIATION_TRUSTS, ...NORMAL_FORM_TRUSTS],
      conclusion: quantified([expression, claimed, { op: 'sym', name: v }], new Set(), { op: 'deriv', fn: expression, var: v, value: claimed, ...partiality([expression, claimed], new Set()) }),
    };
  });
