/**
 * Kernel checker `sum-of-squares`: { kind: 'sum-of-squares', expression: Expr, lowerBound: Expr,
 *   terms: [{ weight: "p/q", form: Expr }, ...] }.
 * Accepts iff every weight is a positive rational and expression − (lowerBound + Σ weight·form²) has the normal form 0.
 * Then, wherever everything is defined and real, expression ≥ lowerBound, with equality exactly where every form is 0
 * (a sum of positive multiples of squares of reals is ≥ 0, and 0 only when each square is).
 */
import { parseRational, ratToString, sign, type Rational } from '../../algebra/rational.js';
import { add, decodeExpr, mul, num, pow, SymbolicError, sub, type Expr } from '../../symbolic/expr.js';
import { normalForm } from '../../symbolic/normal-form.js';
import { toLatex } from '../../symbolic/print.js';
import { functionToText, isZeroFunction } from '../../symbolic/rational-function.js';
import type { Checker } from '../types.js';
import { assertDistinctLatex, domainPhrase, expressionField, guarded, math, NORMAL_FORM_TRUSTS, rejected } from './symbolic-common.js';

const KIND = 'sum-of-squares';

/** Most squares one certificate may list. */
export const MAX_TERMS = 50;

interface Square {
  weight: Rational;
  form: Expr;
}

function termsField(data: unknown): Square[] {
  if (!Array.isArray(data) || data.length === 0 || data.length > MAX_TERMS) {
    throw new SymbolicError(`field "terms" must be a non-empty array of at most ${MAX_TERMS} {weight, form}`);
  }
  return data.map((t, i) => {
    const o = t as { weight?: unknown; form?: unknown } | null;
    if (typeof o !== 'object' || o === null || typeof o.weight !== 'string' || o.weight.length > 2000) {
      throw new SymbolicError(`terms[${i}] must be {weight: "p/q", form: Expr}`);
    }
    let weight: Rational;
    try {
      weight = parseRational(o.weight);
    } catch {
      throw new SymbolicError(`terms[${i}].weight: "${o.weight}" is not a rational`);
    }
    return { weight, form: decodeExpr(o.form, `terms[${i}].form`) };
  });
}

/** Checks a `sum-of-squares` certificate: positive weights, then one normal-form identity. */
export const checkSumOfSquares: Checker = (c) =>
  guarded(KIND, () => {
    const expression = expressionField(c, 'expression');
    const lowerBound = expressionField(c, 'lowerBound');
    const terms = termsField(c.terms);
    const bad = terms.findIndex((t) => sign(t.weight) <= 0);
    if (bad >= 0) return rejected(KIND, `terms[${bad}] has weight ${ratToString(terms[bad].weight)}, not positive: no lower bound follows`);
    assertDistinctLatex([expression, lowerBound, ...terms.map((t) => t.form)]);
    const squares = terms.map((t) => mul(num(t.weight), pow(t.form, 2)));
    const decomposition = add(lowerBound, ...squares);
    const residue = normalForm(sub(expression, decomposition));
    if (!isZeroFunction(residue)) return rejected(KIND, `the expression minus the claimed decomposition normalises to ${functionToText(residue)}, not 0`);
    const exprs = [expression, lowerBound, ...terms.map((t) => t.form)];
    const forms = terms.map((t) => toLatex(t.form)).join(' = ');
    return {
      kind: KIND,
      ok: true,
      proves:
        `${math(`${toLatex(expression)} \\equiv ${toLatex(decomposition)} \\ge ${toLatex(lowerBound)}`)}${domainPhrase(exprs, new Set())}, ` +
        `with equality exactly where ${math(`${forms} = 0`)}`,
      detail: `all ${terms.length} weights are positive and the expression minus the decomposition has the normal form 0.`,
      trusts: [...NORMAL_FORM_TRUSTS, { kind: 'theorem', name: 'a sum of positive multiples of squares of real numbers is ≥ 0, and = 0 only if every square is 0' }],
    };
  });
