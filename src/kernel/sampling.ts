/**
 * Testing the statement itself: the kernel evaluates a formal statement's own expressions at sampled instances of
 * its ∀, by outward-rounded interval arithmetic, so that `supported` means the statement was tested, not some other
 * quantity. An instance whose enclosure of lhs − rhs excludes what the statement says is a counterexample; it is
 * returned as a proof term of the statement's negation (an `interval-sign` certificate under `refute-forall`), which
 * the caller replays like any witness. Sampling is deterministic: the points depend only on the statement's text.
 */
import { derivative } from '../symbolic/derivative.js';
import { num, substitute, sub, type Expr } from '../symbolic/expr.js';
import { IntervalContext } from '../numeric/interval.js';
import { normalForm } from '../symbolic/normal-form.js';
import { isZeroFunction } from '../symbolic/rational-function.js';
import { evaluateInterval } from './interval-expr.js';
import type { ProofTerm } from './proof.js';
import { canonicalProp, type Binder, type Prop } from './proposition.js';

/** What sampling found: how many instances were evaluated (and skipped as undefined), and a counterexample if any. */
export interface StatementTest {
  tested: number;
  skipped: number;
  precisions: number[];
  counterexample?: ProofTerm;
  /** The counterexample's point, as text (e.g. "h = -1/2"). */
  at?: string;
  /**
   * A point where a relation stated to hold everywhere (not "wherever defined") could not be evaluated: the statement
   * claims more than the kernel could confirm there, so sampling does not support it.
   */
  undefinedAt?: string;
}

const SAMPLES = 16;
const PRECISIONS = [30, 60];
const FIXED = ['0', '1', '-1', '1/2', '-3/2', '2', '-5/2', '3', '1/3', '-7/4'];

/** A 32-bit hash of text (FNV-1a), the seed of the sample points. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The sample values for the binders, instance k: fixed interesting points first, then pseudo-random p/q with |p| ≤ 80, 1 ≤ q ≤ 19 (so in [−80, 80]). */
function point(vars: readonly Binder[], k: number, seed: number): Map<string, string> {
  const values = new Map<string, string>();
  let s = (seed + Math.imul(k + 1, 0x9e3779b1)) >>> 0;
  const next = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
  vars.forEach((b, i) => {
    let text = k < FIXED.length ? FIXED[(k + 3 * i) % FIXED.length] : `${(next() % 161) - 80}/${(next() % 19) + 1}`;
    if (b.domain === 'positive') text = text.startsWith('-') ? text.slice(1) : text === '0' ? '1/7' : text;
    values.set(b.name, text);
  });
  return values;
}

/** The relations a body states, each as lhs, rhs, whether it is an equation or a strict inequality, and partiality. */
interface Relation {
  lhs: Expr;
  rhs: Expr;
  op: 'eq' | 'gt';
  partial: boolean;
}

function relationOf(body: Prop): Relation | null {
  if (body.op === 'eq' || body.op === 'gt') return { lhs: body.lhs, rhs: body.rhs, op: body.op, partial: body.partial === true };
  if (body.op === 'deriv') return { lhs: derivative(body.fn, body.var), rhs: body.value, op: 'eq', partial: body.partial === true };
  return null;
}

/**
 * Samples `statement` when it is ∀vars. R (R an equation, strict inequality or derivative), or a conjunction of such;
 * null when its form cannot be sampled (polynomial, Galois, limit and stationary-point facts are not).
 */
export function sampleStatement(statement: Prop): StatementTest | null {
  const parts = statement.op === 'and' ? statement.parts : [statement];
  const samplable = parts.map((p) => (p.op === 'forall' ? relationOf(p.body) : relationOf(p)));
  if (samplable.some((r) => r === null)) return null;
  const seed = hash(canonicalProp(statement));
  const result: StatementTest = { tested: 0, skipped: 0, precisions: PRECISIONS };
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const vars = part.op === 'forall' ? part.vars : [];
    const rel = samplable[i]!;
    for (let k = 0; k < (vars.length === 0 ? 1 : SAMPLES); k++) {
      const values = point(vars, k, seed + i);
      const at = (e: Expr): Expr => [...values].reduce((acc, [n, v]) => substitute(acc, n, num(v)), e);
      const lhs = at(rel.lhs);
      const rhs = at(rel.rhs);
      const found = violation(lhs, rhs, rel.op);
      if (found === 'undefined') {
        result.skipped++;
        if (!rel.partial && result.undefinedAt === undefined) result.undefinedAt = describe(values);
        continue;
      }
      result.tested++;
      if (found === 'holds') continue;
      // lhs = rhs exactly refutes lhs > rhs through an identity of closed expressions; otherwise an enclosure decides.
      const negated: ProofTerm =
        found === 'equal'
          ? { rule: 'eq-not-gt', premises: [{ rule: 'certificate', certificate: { kind: 'identity', lhs, rhs } }], args: { partial: rel.partial } }
          : rel.op === 'eq'
            ? { rule: 'ne-not-eq', premises: [{ rule: 'certificate', certificate: { kind: 'interval-sign', lhs, rhs, relation: 'ne', precision: found } }], args: { partial: rel.partial } }
            : { rule: 'gt-not-gt', premises: [{ rule: 'certificate', certificate: { kind: 'interval-sign', lhs: rhs, rhs: lhs, relation: 'gt', precision: found } }] };
      const instance: ProofTerm = vars.length === 0 ? negated : { rule: 'refute-forall', premises: [negated], args: { statement: part, values: Object.fromEntries([...values].map(([n, v]) => [n, num(v)])) } };
      result.counterexample = parts.length === 1 ? instance : { rule: 'not-and', premises: [instance], args: { statement, index: i } };
      result.at = describe(values);
      return result;
    }
  }
  return result;
}

function describe(values: ReadonlyMap<string, string>): string {
  return values.size === 0 ? 'its own (closed) values' : [...values].map(([n, v]) => `${n} = ${v}`).join(', ');
}

/**
 * 'holds' when every enclosure of lhs − rhs is consistent with the relation, the precision at which one shows it
 * false (lhs ≠ rhs, or lhs < rhs for a strict inequality: the enclosure wholly on the wrong side of 0), 'equal' when a
 * strict inequality has lhs = rhs exactly (normal form of the difference 0), or
 * 'undefined' when an expression is not defined (or not evaluable) at the point.
 */
function violation(lhs: Expr, rhs: Expr, op: 'eq' | 'gt'): 'holds' | 'undefined' | 'equal' | number {
  for (const precision of PRECISIONS) {
    let d;
    try {
      d = evaluateInterval(new IntervalContext(precision), sub(lhs, rhs), new Map());
    } catch (e) {
      if (e instanceof RangeError) return 'undefined';
      throw e;
    }
    if (d.lo.isNaN() || d.hi.isNaN()) return 'undefined';
    if (op === 'eq' ? d.lo.gt(0) || d.hi.lt(0) : d.hi.lt(0)) return precision;
    if (op === 'gt' && d.lo.isZero() && d.hi.isZero() && isZeroFunction(normalForm(sub(lhs, rhs)))) return 'equal';
  }
  return 'holds';
}
