/**
 * The statement of a symbolic fact, written by the claim from a certificate's own expressions: for claims whose
 * formal statement is a conjunction of such facts (their certificates are then the proof's leaves). This only builds
 * data; the kernel checks the certificate and compares its conclusion with the statement, `partial` included.
 */
import type { Prop } from '../kernel/proposition.js';
import type { Certificate } from '../kernel/types.js';
import { freeSymbols, type Expr } from '../symbolic/expr.js';
import { isDefinedEverywhere } from '../symbolic/sign.js';
import { deriv, eq, forall, gt, positive } from './statement.js';

/**
 * What an `identity` (lhs = rhs), `derivative-identity` (d expression / d variable = derivative) or `positivity`
 * (expression > 0, or 0 > expression when negative) certificate states, for all real values of its symbols (positive
 * ones for positivity's `positiveSymbols`); `partial`: only wherever both sides are defined (`'auto'`: exactly when
 * some expression is not certified defined everywhere, the sign rule's reading of "wherever defined"). Throws on
 * another kind.
 */
export function factOf(c: Certificate, partialOption: boolean | 'auto' = false): Prop {
  const pos = new Set(Array.isArray(c.positiveSymbols) ? (c.positiveSymbols as string[]) : []);
  const exprs = [c.lhs, c.rhs, c.expression, c.derivative].filter((e): e is Expr => e !== undefined);
  const partial = partialOption === 'auto' ? !exprs.every((e) => isDefinedEverywhere(e, pos)) : partialOption;
  const over = (...es: Expr[]) => (body: Prop): Prop => {
    const names = [...new Set(es.flatMap(freeSymbols))];
    return names.length === 0 ? body : forall(names.map((n) => (pos.has(n) ? positive(n) : n)), body);
  };
  switch (c.kind) {
    case 'identity':
      return over(c.lhs as Expr, c.rhs as Expr)(eq(c.lhs as Expr, c.rhs as Expr, partial));
    case 'derivative-identity': {
      const v: Expr = { op: 'sym', name: c.variable as string };
      return over(c.expression as Expr, c.derivative as Expr, v)(deriv(c.expression as Expr, c.variable as string, c.derivative as Expr, partial));
    }
    case 'positivity': {
      const e = c.expression as Expr;
      const zero: Expr = { op: 'num', value: '0' };
      const [lhs, rhs] = c.sign === 'negative' ? [zero, e] : [e, zero];
      return over(e)({ ...gt(lhs, rhs), ...(partial ? { partial: true as const } : {}) });
    }
    default:
      throw new Error(`factOf: no statement for certificate kind ${c.kind}`);
  }
}
