/**
 * The kernel's printer: a proposition as the LaTeX a reader sees. Statements are printed from their formal object
 * here, so what the report shows and what the kernel judged cannot differ. Top-level conjunctions become the lines of
 * an `aligned` display; the sigmoid's definition 1/(1 + e^{−u}) prints as s(u) and a `where` line says so.
 */
import { children, freeSymbols, type Expr } from '../symbolic/expr.js';
import { sigmoidArgument } from '../symbolic/sigmoid.js';
import { symbolToLatex, toLatexWithNotation, type Notation } from '../symbolic/print.js';
import { checkCertificate } from './checkers.js';
import { genericPolyLatex, paramsLatex, paramTuple } from './print-generic.js';
import type { Binder, Prop } from './proposition.js';
import type { MPoly } from './mpoly.js';

/** The LaTeX of `p` as one display (an `aligned` block when it has several lines). */
export function propToLatex(p: Prop): string {
  const lines = propLines(p);
  return lines.length === 1 ? lines[0] : `\\begin{aligned}\n${lines.map((l) => `&${l}`).join('\\\\\n')}\n\\end{aligned}`;
}

/** The LaTeX of `p` on one line (for sentences): its lines joined by commas. */
export function propToInlineLatex(p: Prop): string {
  return propLines(p).join(',\\quad ');
}

/** The lines of `p`: one per top-level conjunct, then a `where` line when the sigmoid notation was used. */
export function propLines(p: Prop): string[] {
  const parts = p.op === 'and' ? p.parts : [p];
  const lines = parts.map((q) => inline(q, {}));
  if (usesSigmoid(p)) lines.push('\\text{where } s(u) = \\frac{1}{1 + e^{-u}}');
  return lines;
}

/**
 * Why `p` would not print faithfully, or null: two different names that print alike (w1 and w_1 both print w_{1},
 * lambda and λ both \lambda), a symbol s beside the sigmoid notation s(u), a symbol d beside a linear form's
 * dimension d, z or N beside a printed polynomial N(z), L beside a printed loss L. The printed statement is what a
 * reader checks, so it must determine the proposition.
 */
export function printingAmbiguity(p: Prop): string | null {
  const names = new Set<string>();
  let linear = false;
  let polynomial = false;
  let loss = false;
  const visit = (q: Prop): void => {
    if (['root-count', 'irreducible', 'galois-symmetric', 'no-radical-root', 'radical-roots', 'stationary-via-exp', 'poly-system-via-exp', 'stationary-coordinate-root', 'poly-system'].includes(q.op)) polynomial = true;
    if (q.op.startsWith('stationary-') || q.op === 'poly-system-via-exp' || q.op === 'poly-system' || q.op === 'gradient-descent-linear' || q.op === 'newton-quadratic') loss = true;
    switch (q.op) {
      case 'and':
        return q.parts.forEach(visit);
      case 'not':
        return visit(q.arg);
      case 'implies':
        visit(q.hyp);
        return visit(q.concl);
      case 'forall':
        q.vars.forEach((b) => names.add(b.name));
        return visit(q.body);
      case 'linear-form':
        linear = true;
        [q.h, q.w, q.x].forEach((n) => names.add(n));
        return visit(q.body);
      case 'gradient-linear-form':
        linear = true;
        [q.h, q.w, q.x].forEach((n) => names.add(n));
        return;
      case 'deriv':
      case 'limit':
      case 'stationary-via-exp':
      case 'stationary-count':
      case 'stationary-transcendental':
      case 'stationary-not-radical':
      case 'stationary-not-elementary':
      case 'range':
      case 'gradient-descent-linear':
      case 'newton-quadratic':
        names.add(q.var);
        return;
      case 'poly-system-via-exp':
      case 'stationary-coordinate-root':
      case 'stationary-coordinate-not-radical':
      case 'poly-system':
      case 'stationary-weight-root':
      case 'stationary-weight-not-radical':
        q.vars.forEach((v) => names.add(v));
        return;
      default:
        return;
    }
  };
  visit(p);
  forEachExpr(p, (e) => freeSymbols(e).forEach((n) => names.add(n)));
  const seen = new Map<string, string>();
  for (const n of names) {
    const latex = symbolToLatex(n);
    const other = seen.get(latex);
    if (other !== undefined) return `the symbols ${other} and ${n} both print as ${latex}`;
    seen.set(latex, n);
  }
  if (names.has('s') && usesSigmoid(p)) return 'a symbol s would print like the sigmoid s(u)';
  if (names.has('d') && linear) return "a symbol d would print like a linear form's dimension d";
  for (const n of ['z', 'N']) if (names.has(n) && polynomial) return `a symbol ${n} would print like the polynomial N(z)`;
  if (names.has('L') && loss) return 'a symbol L would print like the loss L';
  return null;
}

function usesSigmoid(p: Prop): boolean {
  let found = false;
  const visitExpr = (e: Expr): void => {
    if (found) return;
    if (sigmoidArgument(e)) found = true;
    else for (const c of children(e)) visitExpr(c);
  };
  forEachExpr(p, visitExpr);
  return found;
}


/** Calls `f` on every expression directly inside `p` (not inside `fact` certificates). */
export function forEachExpr(p: Prop, f: (e: Expr) => void): void {
  switch (p.op) {
    case 'and':
      return p.parts.forEach((q) => forEachExpr(q, f));
    case 'not':
      return forEachExpr(p.arg, f);
    case 'implies':
      forEachExpr(p.hyp, f);
      return forEachExpr(p.concl, f);
    case 'forall':
    case 'linear-form':
      return forEachExpr(p.body, f);
    case 'eq':
    case 'gt':
    case 'ne':
      f(p.lhs);
      return f(p.rhs);
    case 'deriv':
    case 'gradient-linear-form':
      f(p.fn);
      return f(p.value);
    case 'limit':
      f(p.fn);
      if (typeof p.value !== 'string') f(p.value);
      return;
    case 'stationary-via-exp':
    case 'stationary-count':
    case 'stationary-signs':
    case 'stationary-transcendental':
    case 'stationary-not-radical':
    case 'stationary-not-elementary':
    case 'generic-stationary-via-exp':
    case 'generic-stationary-not-radical':
    case 'gradient-descent-linear':
    case 'newton-quadratic':
    case 'poly-system-via-exp':
    case 'stationary-coordinate-root':
    case 'stationary-coordinate-not-radical':
    case 'poly-system':
    case 'stationary-weight-root':
    case 'stationary-weight-not-radical':
      return f(p.loss);
    case 'range':
      return f(p.fn);
    default:
      return;
  }
}

type Names = Readonly<Record<string, string>>;

function ex(e: Expr, names: Names): string {
  const notation: Notation = { sigmoid: true, names };
  return toLatexWithNotation(e, notation);
}

/** An integer polynomial (coefficients highest first) in `v` as LaTeX. */
export function polyToLatex(poly: readonly string[], v = 'z'): string {
  const n = poly.length - 1;
  const terms: string[] = [];
  poly.forEach((c, i) => {
    const k = n - i;
    const a = BigInt(c);
    if (a === 0n) return;
    const abs = a < 0n ? -a : a;
    const mono = k === 0 ? '' : k === 1 ? v : `${v}^{${k}}`;
    const body = mono === '' ? `${abs}` : abs === 1n ? mono : `${abs}${mono}`;
    terms.push(terms.length === 0 ? (a < 0n ? `-${body}` : body) : `${a < 0n ? '-' : '+'} ${body}`);
  });
  return terms.length === 0 ? '0' : terms.join(' ');
}

function endLatex(x: string): string {
  if (x === '+inf') return '+\\infty';
  if (x === '-inf') return '-\\infty';
  const m = /^(-?)(\d+)\/(\d+)$/.exec(x);
  return m ? `${m[1]}\\tfrac{${m[2]}}{${m[3]}}` : x;
}

function binders(vars: readonly Binder[]): string {
  const real = vars.filter((b) => b.domain === 'real').map((b) => symbolToLatex(b.name));
  const positive = vars.filter((b) => b.domain === 'positive').map((b) => symbolToLatex(b.name));
  const parts = [];
  if (real.length > 0) parts.push(`${real.join(', ')} \\in \\mathbb{R}`);
  if (positive.length > 0) parts.push(`${positive.join(', ')} > 0`);
  return parts.join(',\\ ');
}

function derivativeOperator(fn: Expr, v: string): string {
  const others = freeSymbols(fn).filter((s) => s !== v);
  const shown = symbolToLatex(v);
  return others.length === 0 ? `\\frac{d}{d${shown}}` : `\\frac{\\partial}{\\partial ${shown}}`;
}

const WHERE_DEFINED = '\\quad\\text{wherever both sides are defined}';

/** A vector name in bold, its subscripts typeset like a symbol's (w_1_2 would be a double subscript raw). */
function vector(name: string): string {
  return `\\mathbf{${symbolToLatex(name)}}`;
}

function vectorNames(h: string, w: string, x: string, names: Names): Names {
  return { ...names, [h]: `${vector(w)}\\cdot${vector(x)}` };
}

function loss(e: Expr, v: string, names: Names): string {
  return `L(${symbolToLatex(v)}) = ${ex(e, names)}`;
}

/** `p` on one line of LaTeX; `names` are the symbols printed specially (a linear form's h). */
function inline(p: Prop, names: Names): string {
  switch (p.op) {
    case 'and':
      return p.parts.map((q) => inline(q, names)).join(' \\;\\wedge\\; ');
    case 'not':
      return `\\neg\\Bigl(${inline(p.arg, names)}\\Bigr)`;
    case 'implies':
      return `\\Bigl(${inline(p.hyp, names)}\\Bigr) \\Longrightarrow \\Bigl(${inline(p.concl, names)}\\Bigr)`;
    case 'forall':
      return `\\forall\\, ${binders(p.vars)}:\\ ${inline(p.body, names)}`;
    case 'eq':
    case 'gt':
    case 'ne': {
      const rel = p.op === 'eq' ? '=' : p.op === 'gt' ? '>' : '\\neq';
      return `${ex(p.lhs, names)} ${rel} ${ex(p.rhs, names)}${p.partial ? WHERE_DEFINED : ''}`;
    }
    case 'deriv':
      return `${derivativeOperator(p.fn, p.var)} \\left[${ex(p.fn, names)}\\right] = ${ex(p.value, names)}${p.partial ? WHERE_DEFINED : ''}`;
    case 'limit': {
      const target = p.at === '+inf' ? '+\\infty' : '0^{+}';
      const value = p.value === '+inf' ? '+\\infty' : p.value === '-inf' ? '-\\infty' : ex(p.value, names);
      return `\\lim_{${symbolToLatex(p.var)} \\to ${target}} ${ex(p.fn, names)} = ${value}`;
    }
    case 'linear-form':
      return `\\forall\\, d \\ge 1,\\ ${vector(p.w)}, ${vector(p.x)} \\in \\mathbb{R}^d:\\ ${inline(p.body, vectorNames(p.h, p.w, p.x, names))}`;
    case 'gradient-linear-form': {
      const n = vectorNames(p.h, p.w, p.x, names);
      return `\\forall\\, d \\ge 1,\\ ${vector(p.w)}, ${vector(p.x)} \\in \\mathbb{R}^d:\\ \\nabla_{${vector(p.w)}} \\left[${ex(p.fn, n)}\\right] = \\left(${ex(p.value, n)}\\right) ${vector(p.x)}`;
    }
    case 'root-count': {
      const open = p.hi === '+inf' ? ')' : ']';
      return `N(z) = ${polyToLatex(p.poly)}\\ \\text{has exactly } ${p.count} \\text{ distinct real root${p.count === 1 ? '' : 's'} in } (${endLatex(p.lo)}, ${endLatex(p.hi)}${open}`;
    }
    case 'irreducible':
      return `${polyToLatex(p.poly)} \\ \\text{is irreducible over } \\mathbb{Q}`;
    case 'galois-symmetric':
      return `\\mathrm{Gal}\\bigl(${polyToLatex(p.poly)} \\,/\\, \\mathbb{Q}\\bigr) \\cong S_{${p.poly.length - 1}}`;
    case 'no-radical-root':
      return `\\text{no root of } ${polyToLatex(p.poly)} \\text{ is expressible by radicals over } \\mathbb{Q}`;
    case 'radical-roots':
      return `\\text{every root of } ${polyToLatex(p.poly)} \\text{ is expressible by radicals over } \\mathbb{Q}`;
    case 'stationary-via-exp':
      return `\\forall\\, ${symbolToLatex(p.var)} \\in \\mathbb{R}:\\ L'(${symbolToLatex(p.var)}) = 0 \\iff N\\bigl(e^{${symbolToLatex(p.var)}}\\bigr) = 0, \\quad N(z) = ${polyToLatex(p.poly)},\\quad ${loss(p.loss, p.var, names)}`;
    case 'stationary-count':
      return `L' \\text{ has exactly } ${p.count} \\text{ zero${p.count === 1 ? '' : 's'} on } \\mathbb{R}, \\quad ${loss(p.loss, p.var, names)}`;
    case 'stationary-signs':
      return `${signsLatex(p.signs, symbolToLatex(p.var))}, \\quad ${loss(p.loss, p.var, names)}`;
    case 'stationary-transcendental':
      return `\\text{every zero of } L' \\text{ on } \\mathbb{R} \\text{ is transcendental}, \\quad ${loss(p.loss, p.var, names)}`;
    case 'stationary-not-radical':
      return `\\text{for no zero } ${symbolToLatex(p.var)}^{*} \\text{ of } L' \\text{ is } e^{${symbolToLatex(p.var)}^{*}} \\text{ expressible by radicals over } \\mathbb{Q}, \\quad ${loss(p.loss, p.var, names)}`;
    case 'stationary-not-elementary':
      return `\\text{no zero } ${symbolToLatex(p.var)}^{*} \\text{ of } L' \\text{ on } \\mathbb{R} \\text{ is an EL number (Chow: the smallest field closed under } \\exp, \\log \\text{)}, \\quad ${loss(p.loss, p.var, names)}`;
    case 'generic-galois-symmetric':
      return `\\mathrm{Gal}\\bigl(N \\,/\\, \\mathbb{Q}(${paramsLatex(p.params)})\\bigr) \\cong S_{${p.poly.length - 1}},\\quad N(z) = ${genericPolyLatex(p.poly, p.params)}`;
    case 'generic-no-radical-root':
      return `\\text{for all rational } ${paramTuple(p.params)} \\text{ outside a thin set, no root of } ${genericPolyLatex(p.poly, p.params)} \\text{ is expressible by radicals over } \\mathbb{Q}`;
    case 'generic-stationary-via-exp':
      return `\\forall\\, ${paramTuple(p.params)} \\in \\mathbb{R}^{${p.params.length}},\\ ${symbolToLatex(p.var)} \\in \\mathbb{R}:\\ \\partial_{${symbolToLatex(p.var)}} L = 0 \\iff N\\bigl(e^{${symbolToLatex(p.var)}}\\bigr) = 0, \\quad N(z) = ${genericPolyLatex(p.poly, p.params)},\\quad ${loss(p.loss, p.var, names)}`;
    case 'generic-stationary-not-radical':
      return `\\text{for all rational } ${paramTuple(p.params)} \\text{ outside a thin set of } \\mathbb{Q}^{${p.params.length}}, \\text{ for no zero } ${symbolToLatex(p.var)}^{*} \\text{ of } \\partial_{${symbolToLatex(p.var)}} L \\text{ is } e^{${symbolToLatex(p.var)}^{*}} \\text{ expressible by radicals over } \\mathbb{Q}, \\quad ${loss(p.loss, p.var, names)}`;
    case 'range':
      return rangeLatex(p, names);
    case 'gradient-descent-linear': {
      const v = symbolToLatex(p.var);
      const at = (k: string): string => `{${v}}_{${k}}`;
      const interval = `[${endLatex(p.lo)}, ${endLatex(p.hi)}]`;
      return `L' \\text{ has exactly one zero } ${v}^{*} \\text{ in } ${interval} \\text{ and, from every } ${at('0')} \\in ${interval},\\ ${at('k+1')} = ${at('k')} - ${endLatex(p.step)}\\, L'(${at('k')}) \\text{ stays in } ${interval} \\text{ with } |${at('k')} - ${v}^{*}| \\le \\bigl(${endLatex(p.rate)}\\bigr)^{k} |${at('0')} - ${v}^{*}| \\ (k \\ge 0), \\quad ${loss(p.loss, p.var, names)}`;
    }
    case 'newton-quadratic': {
      const v = symbolToLatex(p.var);
      const at = (k: string): string => `{${v}}_{${k}}`;
      const interval = `[${endLatex(p.start)} - ${endLatex(p.radius)}, ${endLatex(p.start)} + ${endLatex(p.radius)}]`;
      return `L' \\text{ has exactly one zero } ${v}^{*} \\text{ in } ${interval};\\ ${at('k+1')} = ${at('k')} - \\frac{L'(${at('k')})}{L''(${at('k')})},\\ ${at('0')} = ${endLatex(p.start)}, \\text{ stays in it, converges to } ${v}^{*} \\text{ and } |${at('k+1')} - ${v}^{*}| \\le ${endLatex(p.constant)}\\, |${at('k')} - ${v}^{*}|^{2} \\ (k \\ge 0), \\quad ${loss(p.loss, p.var, names)}`;
    }
    case 'poly-system-via-exp': {
      const w = vectorLatex(p.vars);
      const at = `e^{${p.vars.map(symbolToLatex).join('}, e^{')}}`;
      const polys = p.polys.map((q, j) => `P_{${j + 1}}(${zTuple(p.vars.length)}) = ${mpolyToLatex(q)}`).join(',\\ ');
      return `\\forall\\, ${w} \\in \\mathbb{R}^{${p.vars.length}}:\\ \\nabla L${p.vars.length === 1 ? `(${w})` : w} = 0 \\iff P_j(${at}) = 0 \\text{ for } j = 1..${p.polys.length}, \\quad ${polys},\\quad ${multiLoss(p.loss, p.vars, names)}`;
    }
    case 'stationary-coordinate-root': {
      const i = p.vars.indexOf(p.coordinate) + 1;
      return `\\text{at every zero } ${vectorLatex(p.vars)}^{*} \\text{ of } \\nabla L \\text{ on } \\mathbb{R}^{${p.vars.length}}:\\ R\\bigl(e^{${symbolToLatex(p.coordinate)}^{*}}\\bigr) = 0, \\quad R(z_{${i}}) = ${polyToLatex(p.poly, `z_{${i}}`)},\\quad ${multiLoss(p.loss, p.vars, names)}`;
    }
    case 'stationary-coordinate-not-radical':
      return `\\text{for no zero } ${vectorLatex(p.vars)}^{*} \\text{ of } \\nabla L \\text{ on } \\mathbb{R}^{${p.vars.length}} \\text{ is } e^{${symbolToLatex(p.coordinate)}^{*}} \\text{ expressible by radicals over } \\mathbb{Q}, \\quad ${multiLoss(p.loss, p.vars, names)}`;
    case 'poly-system': {
      const w = vectorLatex(p.vars);
      const polys = p.polys.map((q, j) => `P_{${j + 1}}(${zTuple(p.vars.length)}) = ${mpolyToLatex(q)}`).join(',\\ ');
      return `\\forall\\, ${w} \\in \\mathbb{R}^{${p.vars.length}}:\\ \\nabla L${p.vars.length === 1 ? `(${w})` : w} = 0 \\iff P_j(${p.vars.map(symbolToLatex).join(', ')}) = 0 \\text{ for } j = 1..${p.polys.length}, \\quad ${polys},\\quad ${multiLoss(p.loss, p.vars, names)}`;
    }
    case 'stationary-weight-root':
      return `\\text{at every zero } ${vectorLatex(p.vars)}^{*} \\text{ of } \\nabla L \\text{ on } \\mathbb{R}^{${p.vars.length}}:\\ R\\bigl(${symbolToLatex(p.coordinate)}^{*}\\bigr) = 0, \\quad R(${symbolToLatex(p.coordinate)}) = ${polyToLatex(p.poly, symbolToLatex(p.coordinate))},\\quad ${multiLoss(p.loss, p.vars, names)}`;
    case 'stationary-weight-not-radical':
      return `\\text{for no zero } ${vectorLatex(p.vars)}^{*} \\text{ of } \\nabla L \\text{ on } \\mathbb{R}^{${p.vars.length}} \\text{ with } ${symbolToLatex(p.coordinate)}^{*} \\ne 0 \\text{ is } ${symbolToLatex(p.coordinate)}^{*} \\text{ expressible by radicals over } \\mathbb{Q}, \\quad ${multiLoss(p.loss, p.vars, names)}`;
    case 'fact':
      return factLatex(p.kind, p.certificate);
  }
}

/** ∀ w ∈ [lo, hi]: min ≤ d^k f / dw^k ≤ max, an unbounded side left out. */
function rangeLatex(p: Extract<Prop, { op: 'range' }>, names: Names): string {
  const v = symbolToLatex(p.var);
  const domain = p.lo === '-inf' && p.hi === '+inf' ? `${v} \\in \\mathbb{R}` : p.lo === p.hi ? `${v} = ${endLatex(p.lo)}` : `${v} \\in ${p.lo === '-inf' ? '(' : '['}${endLatex(p.lo)}, ${endLatex(p.hi)}${p.hi === '+inf' ? ')' : ']'}`;
  const operator = p.order === 0 ? '' : p.order === 1 ? `\\frac{d}{d${v}}` : `\\frac{d^{${p.order}}}{d${v}^{${p.order}}}`;
  const value = p.order === 0 ? ex(p.fn, names) : `${operator} \\left[${ex(p.fn, names)}\\right]`;
  const lower = p.min === '-inf' ? '' : `${endLatex(p.min)} \\le `;
  const upper = p.max === '+inf' ? '' : ` \\le ${endLatex(p.max)}`;
  const bounded = lower === '' && upper === '' ? `${value} \\text{ is defined}` : `${lower}${value}${upper}`;
  return `\\forall\\, ${domain}:\\ ${bounded}`;
}

/** (w_1, …, w_k) as LaTeX (a single variable without parentheses). */
function vectorLatex(vars: readonly string[]): string {
  return vars.length === 1 ? symbolToLatex(vars[0]) : `(${vars.map(symbolToLatex).join(', ')})`;
}

function zTuple(k: number): string {
  return Array.from({ length: k }, (_, j) => `z_{${j + 1}}`).join(', ');
}

function multiLoss(e: Expr, vars: readonly string[], names: Names): string {
  return `L(${vars.map(symbolToLatex).join(', ')}) = ${ex(e, names)}`;
}

/** An integer polynomial in z_1..z_k (canonical terms, highest first) as LaTeX. */
export function mpolyToLatex(f: MPoly): string {
  const terms = f.map(([c, e], i) => {
    const a = BigInt(c);
    const abs = a < 0n ? -a : a;
    const mono = e.map((x, j) => (x === 0 ? '' : x === 1 ? `z_{${j + 1}}` : `z_{${j + 1}}^{${x}}`)).join(' ');
    const body = mono === '' ? `${abs}` : abs === 1n ? mono : `${abs}${mono}`;
    return i === 0 ? (a < 0n ? `-${body}` : body) : `${a < 0n ? '-' : '+'} ${body}`;
  });
  return terms.length === 0 ? '0' : terms.join(' ');
}

/** "L' has exactly k zeros w_1 < … < w_k on R, L' < 0 on (−∞, w_1), L' > 0 on (w_1, +∞)" for the signs "-+". */
function signsLatex(signs: string, v: string): string {
  const k = signs.length - 1;
  const at = (i: number): string => (i === 0 ? '-\\infty' : i > k ? '+\\infty' : k === 1 ? `${v}^{*}` : `${v}_{${i}}`);
  const zeros = k === 0 ? "L' \\text{ has no zero on } \\mathbb{R}" : k === 1 ? `L' \\text{ has exactly one zero } ${v}^{*} \\text{ on } \\mathbb{R}` : `L' \\text{ has exactly ${k} zeros } ${Array.from({ length: k }, (_, i) => at(i + 1)).join(' < ')} \\text{ on } \\mathbb{R}`;
  const pieces = [...signs].map((c, i) => (k === 0 ? `L' ${c === '+' ? '>' : '<'} 0 \\text{ on } \\mathbb{R}` : `L' ${c === '+' ? '>' : '<'} 0 \\text{ on } (${at(i)}, ${at(i + 1)})`));
  return `${zeros},\\ ${pieces.join(',\\ ')}`;
}

/** What checker `kind` states for `certificate`, as LaTeX (its Markdown text with inline math turned into \text). */
function factLatex(kind: string, certificate: Readonly<Record<string, unknown>>): string {
  const check = checkCertificate({ ...certificate, kind });
  if (!check.ok) return `\\text{[a ${kind} certificate the kernel rejects]}`;
  return markdownToLatex(check.proves);
}

/** "text $`math`$ text" (or "text $math$ text") as "\text{text }math\text{ text}". */
export function markdownToLatex(markdown: string): string {
  const out: string[] = [];
  const text = (piece: string): void => {
    if (piece !== '') out.push(`\\text{${piece.replace(/[\\{}$&#%_^~]/g, (c) => `\\${c === '\\' ? 'backslash ' : c}`)}}`);
  };
  let last = 0;
  for (const m of markdown.matchAll(/\$`([^`]*)`\$|\$([^$`]+)\$/g)) {
    text(markdown.slice(last, m.index));
    out.push(m[1] ?? m[2]);
    last = m.index + m[0].length;
  }
  text(markdown.slice(last));
  return out.join('');
}
