/**
 * LaTeX of the generic forms (polynomials in z over Z[t], symbolic targets): printed from the formal object, like the
 * rest of print-prop.ts.
 */
import { symbolToLatex } from '../symbolic/print.js';
import type { GenericMonomial, GenericPoly } from './generic-poly.js';

function monomialLatex([c, e]: GenericMonomial, params: readonly string[]): { negative: boolean; body: string } {
  const a = BigInt(c);
  const abs = a < 0n ? -a : a;
  const vars = e.map((x, i) => (x === 0 ? '' : x === 1 ? symbolToLatex(params[i]) : `${symbolToLatex(params[i])}^{${x}}`)).join(' ');
  return { negative: a < 0n, body: vars === '' ? `${abs}` : abs === 1n ? vars : `${abs} ${vars}` };
}

function signed(parts: readonly { negative: boolean; body: string }[]): string {
  return parts.map((p, i) => (i === 0 ? (p.negative ? `-${p.body}` : p.body) : `${p.negative ? '-' : '+'} ${p.body}`)).join(' ');
}

/** N(z; t) as LaTeX: Σ_k (coefficient) z^k, a coefficient with one monomial printed without parentheses. */
export function genericPolyLatex(p: GenericPoly, params: readonly string[], v = 'z'): string {
  const n = p.length - 1;
  const terms: { negative: boolean; body: string }[] = [];
  p.forEach((c, i) => {
    if (c.length === 0) return;
    const k = n - i;
    const mono = k === 0 ? '' : k === 1 ? v : `${v}^{${k}}`;
    if (c.length === 1) {
      const m = monomialLatex(c[0], params);
      const body = mono === '' ? m.body : m.body === '1' ? mono : `${m.body}\\,${mono}`;
      terms.push({ negative: m.negative, body });
    } else {
      const inner = signed(c.map((m) => monomialLatex(m, params)));
      terms.push({ negative: false, body: mono === '' ? `(${inner})` : `(${inner})\\,${mono}` });
    }
  });
  return signed(terms);
}

/** "t_1, t_2" as LaTeX. */
export function paramsLatex(params: readonly string[]): string {
  return params.map(symbolToLatex).join(', ');
}

/** The tuple of the parameters, "(t_1, t_2)" (or "t_1" alone). */
export function paramTuple(params: readonly string[]): string {
  return params.length === 1 ? symbolToLatex(params[0]) : `(${paramsLatex(params)})`;
}
