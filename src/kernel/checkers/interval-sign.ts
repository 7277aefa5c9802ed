/**
 * Kernel checker `interval-sign`: { kind: 'interval-sign', lhs: Expr, rhs: Expr, relation: 'ne' | 'gt', precision }.
 * Both sides are closed expressions (no symbols). The checker encloses lhs − rhs with outward-rounded interval
 * arithmetic at `precision` digits and accepts 'ne' iff the enclosure excludes 0, 'gt' iff its lower end is > 0.
 * An enclosure is a proof: the exact value lies in it. This is how a sampled counterexample becomes a refutation.
 */
import { decodeExpr, freeSymbols, sub } from '../../symbolic/expr.js';
import { toLatexWithNotation } from '../../symbolic/print.js';
import { IntervalContext } from '../../numeric/interval.js';
import { evaluateInterval } from '../interval-expr.js';
import type { Certificate, CheckResult } from '../types.js';
import { math, rejected } from './symbolic-common.js';

const KIND = 'interval-sign';

/** Checks an `interval-sign` certificate; never throws. */
export function checkIntervalSign(c: Certificate): CheckResult {
  try {
    const lhs = decodeExpr(c.lhs, 'lhs');
    const rhs = decodeExpr(c.rhs, 'rhs');
    if (c.relation !== 'ne' && c.relation !== 'gt') return rejected(KIND, 'relation must be "ne" or "gt"');
    const precision = c.precision;
    if (typeof precision !== 'number' || !Number.isInteger(precision) || precision < 10 || precision > 1000) return rejected(KIND, 'precision must be an integer from 10 to 1000');
    if (freeSymbols(lhs).length + freeSymbols(rhs).length > 0) return rejected(KIND, 'both sides must be closed expressions (numbers only)');
    const ic = new IntervalContext(precision);
    const d = evaluateInterval(ic, sub(lhs, rhs), new Map());
    if (d.lo.isNaN() || d.hi.isNaN()) return rejected(KIND, 'the enclosure has an end that is not a number');
    const holds = c.relation === 'ne' ? d.lo.gt(0) || d.hi.lt(0) : d.lo.gt(0);
    if (!holds) return rejected(KIND, `lhs − rhs ∈ [${d.lo.toSD(6)}, ${d.hi.toSD(6)}] does not show ${c.relation === 'ne' ? 'lhs ≠ rhs' : 'lhs > rhs'}`);
    const notation = { sigmoid: true, names: {} };
    return {
      kind: KIND,
      ok: true,
      proves: math(`${toLatexWithNotation(lhs, notation)} ${c.relation === 'ne' ? '\\neq' : '>'} ${toLatexWithNotation(rhs, notation)}`),
      detail: `lhs − rhs ∈ [${d.lo.toSD(6)}, ${d.hi.toSD(6)}], outward rounded at ${precision} digits`,
      trusts: [
        { kind: 'library', name: 'decimal.js: +, -, *, /, exp, ln correctly rounded under ROUND_FLOOR / ROUND_CEIL' },
        { kind: 'kernel', name: 'outward-rounded interval arithmetic and elementary bounds (src/numeric/interval.ts, elementary.ts)' },
      ],
      conclusion: { op: c.relation, lhs, rhs },
    };
  } catch (e) {
    return rejected(KIND, `malformed or unsupported certificate: ${e instanceof Error ? e.message : String(e)}`);
  }
}
