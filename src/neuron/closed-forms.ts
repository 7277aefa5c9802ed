/**
 * Where closed forms do exist: exact linear algebra over Q (fraction-free elimination, LDLᵀ, pseudo-inverses),
 * expression builders and certificate builders for the cases the question contrasts with the sigmoid (cross-entropy,
 * interpolation, repeated inputs, linear networks, linear, quadratic and relu activations), and the numeric helpers
 * their evidence uses. Building a certificate proves nothing; the kernel checks it.
 */
import { ratToString, type Rational } from '../algebra/rational.js';
import type { Certificate } from '../kernel/types.js';
import type { Expr } from '../symbolic/expr.js';

/** A point of an exact evaluation: values of the symbols, and the value the expression (or its derivative) takes there. */
export type EvaluationPoint = [Record<string, string | Rational>, string | Rational];

const text = (v: string | Rational): string => (typeof v === 'string' ? v : ratToString(v));

/** { kind: 'exact-evaluation', expression, differentiate, points }: ∂…∂expression takes the recorded exact values at the points. */
export function exactEvaluationCertificate(expression: Expr, differentiate: string[], points: EvaluationPoint[]): Certificate {
  return {
    kind: 'exact-evaluation',
    expression,
    differentiate,
    points: points.map(([at, value]) => ({ at: Object.fromEntries(Object.entries(at).map(([k, v]) => [k, text(v)])), value: text(value) })),
  };
}
