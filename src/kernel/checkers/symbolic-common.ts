/**
 * What the symbolic checkers share: decoding certificate fields into validated expressions, the trusts of the
 * normal form, the phrase saying where a checked statement holds, and turning any failure into a rejection.
 */
import { decodeExpr, freeSymbols, isSymbolName, SymbolicError, type Expr } from '../../symbolic/expr.js';
import { symbolToLatex } from '../../symbolic/print.js';
import { isDefinedEverywhere } from '../../symbolic/sign.js';
import type { Prop } from '../proposition.js';
import type { Certificate, CheckResult, Trust } from '../types.js';

/** The trusted code and algebra behind every symbolic verdict. */
export const NORMAL_FORM_TRUSTS: readonly Trust[] = [
  { kind: 'kernel', name: 'the symbolic normal form in the field of rational functions over Q in symbols and exponentials (src/symbolic)' },
  { kind: 'theorem', name: 'field axioms, and $`e^{a} e^{b} = e^{a+b}`$ for real $`a, b`$' },
];

/** The trusted rules of differentiation the derivative checkers apply. */
export const DIFFERENTIATION_TRUSTS: readonly Trust[] = [
  { kind: 'theorem', name: 'rules of differentiation: sum, product, quotient, integer powers, chain rule' },
  { kind: 'theorem', name: '$`\\frac{d}{du} e^{u} = e^{u}`$ and $`\\frac{d}{du} \\ln u = \\frac{1}{u}`$' },
];

/** A rejection of a certificate of `kind`, with the reason. */
export function rejected(kind: string, detail: string): CheckResult {
  return { kind, ok: false, proves: '', detail, trusts: [] };
}

/** Runs a checker body, turning any thrown error (malformed data, division by zero, size limits) into a rejection. */
export function guarded(kind: string, body: () => CheckResult): CheckResult {
  try {
    return body();
  } catch (e) {
    return rejected(kind, `malformed or unsupported certificate: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The certificate field `field` re-validated as an expression; throws SymbolicError naming the field. */
export function expressionField(c: Certificate, field: string): Expr {
  if (!(field in c)) throw new SymbolicError(`missing field "${field}"`);
  return decodeExpr(c[field], field);
}

/** The certificate field `field` as a symbol name; throws SymbolicError otherwise. */
export function symbolField(c: Certificate, field: string): string {
  const v = c[field];
  if (!isSymbolName(v)) throw new SymbolicError(`field "${field}" must be a symbol name, got ${JSON.stringify(v)}`);
  return v;
}

/** The optional field `positiveSymbols` as a set of symbol names (empty when absent); throws SymbolicError when malformed. */
export function positiveSymbolsField(c: Certificate): Set<string> {
  const v = c.positiveSymbols ?? [];
  if (!Array.isArray(v) || !v.every(isSymbolName)) throw new SymbolicError('field "positiveSymbols" must be an array of symbol names');
  return new Set(v);
}

/**
 * Throws SymbolicError when two different symbols among `exprs` and `names` print the same (w1 and w_1 both print
 * w_{1}, lambda and λ both \lambda): the statement in `proves` would then mean something else than what was checked.
 */
export function assertDistinctLatex(exprs: readonly Expr[], names: Iterable<string> = []): void {
  const seen = new Map<string, string>();
  for (const name of new Set([...exprs.flatMap(freeSymbols), ...names])) {
    const latex = symbolToLatex(name);
    const other = seen.get(latex);
    if (other !== undefined && other !== name) throw new SymbolicError(`the symbols ${other} and ${name} both print as ${latex}`);
    seen.set(latex, name);
  }
}

/**
 * The formal conclusion `body` closed over the free symbols of `exprs` (minus `bound`): ∀ over the reals, or over
 * the positive reals for the declared-positive symbols; `body` itself when nothing is free.
 */
export function quantified(exprs: readonly Expr[], positiveSymbols: ReadonlySet<string>, body: Prop, bound: readonly string[] = []): Prop {
  const names = [...new Set(exprs.flatMap(freeSymbols))].filter((n) => !bound.includes(n)).sort();
  if (names.length === 0) return body;
  return { op: 'forall', vars: names.map((name) => ({ name, domain: positiveSymbols.has(name) ? 'positive' : 'real' })), body };
}

/** `{ partial: true }` unless every expression is defined at every admissible point (see `isDefinedEverywhere`). */
export function partiality(exprs: readonly Expr[], positiveSymbols: ReadonlySet<string>, bound: readonly string[] = []): { partial?: true } {
  return exprs.every((e) => isDefinedEverywhere(e, new Set([...positiveSymbols, ...bound]))) ? {} : { partial: true };
}

/** Inline GitHub math: $`latex`$. */
export function math(latex: string): string {
  return `$\`${latex}\`$`;
}

/**
 * Where a statement about `exprs` holds: "for all real a, b and all positive c", followed by ", wherever defined"
 * unless every expression is defined at every such point (see `isDefinedEverywhere`). Symbols in `bound` (a limit's
 * variable, positive) are not quantified. Empty when nothing varies and everything is defined.
 */
export function domainPhrase(exprs: readonly Expr[], positiveSymbols: ReadonlySet<string>, bound: readonly string[] = []): string {
  const names = [...new Set(exprs.flatMap(freeSymbols))].filter((n) => !bound.includes(n)).sort();
  const positive = names.filter((n) => positiveSymbols.has(n));
  const real = names.filter((n) => !positiveSymbols.has(n));
  const list = (xs: string[]): string => math(xs.map(symbolToLatex).join(', '));
  const parts = [];
  if (real.length > 0) parts.push(`all real ${list(real)}`);
  if (positive.length > 0) parts.push(`all positive ${list(positive)}`);
  const quantifier = parts.length > 0 ? ` for ${parts.join(' and ')}` : '';
  const everywhere = exprs.every((e) => isDefinedEverywhere(e, new Set([...positiveSymbols, ...bound])));
  return everywhere ? quantifier : `${quantifier}${quantifier ? ',' : ''} wherever defined`;
}
