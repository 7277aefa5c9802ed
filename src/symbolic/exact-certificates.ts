/**
 * Builders of the certificates that the kernel checks by exact evaluation over Q: values of an expression (or of its
 * derivatives) at rational points, and sum-of-squares decompositions; and the same exact value computed on the
 * claim side. Building a certificate proves nothing; the kernel checks it.
 */
import { ratToString, type Rational } from '../algebra/rational.js';
import { evaluateExactly } from '../kernel/checkers/exact-evaluation.js';
import type { Certificate } from '../kernel/types.js';
import { derivative } from './derivative.js';
import type { Expr } from './expr.js';

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

/** { kind: 'sum-of-squares', expression, lowerBound, terms }: expression ≡ lowerBound + Σ weight·form², weights > 0. */
export function sumOfSquaresCertificate(expression: Expr, lowerBound: Expr, terms: readonly { weight: Rational; form: Expr }[]): Certificate {
  return { kind: 'sum-of-squares', expression, lowerBound, terms: terms.map((t) => ({ weight: ratToString(t.weight), form: t.form })) };
}

/** The exact value at `point` of `expression` differentiated in the listed variables (kernel rules and evaluator). */
export function exactValueAt(expression: Expr, point: Record<string, Rational>, differentiate: readonly string[] = []): Rational {
  const e = differentiate.reduce((acc, v) => derivative(acc, v), expression);
  return evaluateExactly(e, new Map(Object.entries(point)));
}
