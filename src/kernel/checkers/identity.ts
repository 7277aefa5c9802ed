/**
 * Kernel checker `identity`: { kind: 'identity', lhs: Expr, rhs: Expr, note?: string }.
 * Accepts iff lhs − rhs has the normal form 0 in the field of rational functions over Q in the symbols and
 * exponentials, which proves lhs = rhs wherever both sides are defined.
 */
import { sub } from '../../symbolic/expr.js';
import { normalForm } from '../../symbolic/normal-form.js';
import { toLatex } from '../../symbolic/print.js';
import { functionToText, isZeroFunction } from '../../symbolic/rational-function.js';
import type { Checker } from '../types.js';
import { assertDistinctLatex, domainPhrase, expressionField, guarded, math, NORMAL_FORM_TRUSTS, partiality, quantified, rejected } from './symbolic-common.js';

const KIND = 'identity';

/** Checks an `identity` certificate by normalising lhs − rhs. */
export const checkIdentity: Checker = (c) =>
  guarded(KIND, () => {
    const lhs = expressionField(c, 'lhs');
    const rhs = expressionField(c, 'rhs');
    if (c.note !== undefined && typeof c.note !== 'string') return rejected(KIND, 'field "note" must be text');
    assertDistinctLatex([lhs, rhs]);
    const residue = normalForm(sub(lhs, rhs));
    if (!isZeroFunction(residue)) return rejected(KIND, `lhs − rhs normalises to ${functionToText(residue)}, not 0: the identity is not proved`);
    return {
      kind: KIND,
      ok: true,
      proves: `${math(`${toLatex(lhs)} \\equiv ${toLatex(rhs)}`)}${domainPhrase([lhs, rhs], new Set())}`,
      detail: `lhs − rhs has the normal form 0${c.note ? ` (${c.note})` : ''}.`,
      trusts: [...NORMAL_FORM_TRUSTS],
      conclusion: quantified([lhs, rhs], new Set(), { op: 'eq', lhs, rhs, ...partiality([lhs, rhs], new Set()) }),
    };
  });
