/**
 * Kernel checker `chain-rule`: { kind: 'chain-rule',
 *   outer: { expression: F, variable: h, derivative: G },   F a function of h (and of symbols other than w)
 *   inner: { expression: H, variable: w, derivative: K },
 * The checker verifies dF/dh ≡ G and ∂H/∂w ≡ K as `derivative-identity` does, that w does not occur in F or G, and
 * concludes by the chain rule ∂/∂w F(H) ≡ G(H)·K, for all real values of every other symbol of H. A `definitions`
 * field (what a free symbol of H stands for, e.g. r = Σ_{i≠j} w_i x_i) is refused: that r does not involve w would be
 * a side condition taken on faith. The statement for every dimension is the rule `chain-linear-form`'s.
 */
import { decodeExpr, isSymbolName, mul, occurs, SymbolicError, sub, substitute, type Expr } from '../../symbolic/expr.js';
import { derivative } from '../../symbolic/derivative.js';
import { normalForm } from '../../symbolic/normal-form.js';
import { symbolToLatex, toLatex } from '../../symbolic/print.js';
import { functionToText, isZeroFunction } from '../../symbolic/rational-function.js';
import type { Checker } from '../types.js';
import { partialLatex } from './derivative-identity.js';
import { assertDistinctLatex, DIFFERENTIATION_TRUSTS, domainPhrase, guarded, math, NORMAL_FORM_TRUSTS, rejected } from './symbolic-common.js';

const KIND = 'chain-rule';

interface Link {
  expression: Expr;
  variable: string;
  derivative: Expr;
}

function link(data: unknown, part: string): Link {
  if (typeof data !== 'object' || data === null) throw new SymbolicError(`field "${part}" must be an object`);
  const o = data as Record<string, unknown>;
  if (!isSymbolName(o.variable)) throw new SymbolicError(`${part}.variable must be a symbol name, got ${JSON.stringify(o.variable)}`);
  return { expression: decodeExpr(o.expression, `${part}.expression`), variable: o.variable, derivative: decodeExpr(o.derivative, `${part}.derivative`) };
}

function noDefinitions(data: unknown): void {
  if (data === undefined) return;
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && Object.keys(data).length === 0) return;
  throw new SymbolicError('field "definitions" is not accepted: what a symbol stands for is a side condition the kernel cannot check (state the general case with the rule chain-linear-form)');
}

/** Checks a `chain-rule` certificate: both derivative identities, then the composition. */
export const checkChainRule: Checker = (c) =>
  guarded(KIND, () => {
    const outer = link(c.outer, 'outer');
    const inner = link(c.inner, 'inner');
    noDefinitions(c.definitions);
    const [h, w] = [outer.variable, inner.variable];
    if (h === w) return rejected(KIND, 'the outer and inner variables must differ');
    assertDistinctLatex([outer.expression, outer.derivative, inner.expression, inner.derivative], [h, w]);
    if (occurs(outer.expression, w) || occurs(outer.derivative, w)) return rejected(KIND, `${w} occurs in the outer function or its derivative, so it does not depend on ${w} only through ${h}`);
    if (occurs(inner.expression, h)) return rejected(KIND, `the inner expression involves the outer variable ${h}`);
    for (const [l, name] of [[outer, 'outer'], [inner, 'inner']] as const) {
      const residue = normalForm(sub(derivative(l.expression, l.variable), l.derivative));
      if (!isZeroFunction(residue)) return rejected(KIND, `the ${name} derivative with respect to ${l.variable} minus the claimed one normalises to ${functionToText(residue)}, not 0`);
    }
    // Substitution copies H once per occurrence of h: re-validating bounds the size of what is printed and walked.
    const composite = decodeExpr(substitute(outer.expression, h, inner.expression), 'composite');
    const result = decodeExpr(mul(substitute(outer.derivative, h, inner.expression), inner.derivative), 'result');
    return {
      kind: KIND,
      ok: true,
      proves: `${math(`${partialLatex(w, toLatex(composite))} \\equiv ${toLatex(result)}`)}${domainPhrase([composite, result], new Set())}`,
      detail: `the kernel checked ${math(`\\frac{d}{d${symbolToLatex(h)}}`)} of the outer function and ${math(`\\frac{\\partial}{\\partial ${symbolToLatex(w)}}`)} of the inner one, and composed them by the chain rule.`,
      trusts: [{ kind: 'theorem', name: 'chain rule: $`\\frac{\\partial}{\\partial w} F(H(w)) = F\'(H(w)) \\frac{\\partial H}{\\partial w}`$' }, ...DIFFERENTIATION_TRUSTS, ...NORMAL_FORM_TRUSTS],
    };
  });
