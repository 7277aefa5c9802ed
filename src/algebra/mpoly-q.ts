/**
 * Sparse multivariate polynomials over Q in k variables z_1..z_k: a map from exponent vectors to non-zero rational
 * coefficients. Sum, product, powers, evaluation, substitution of a rational, degrees, coefficients in one variable,
 * the monomial and integer content, and conversion to the kernel's integer term lists. Exact; untrusted search code
 * (the kernel has its own small copy in src/kernel/mpoly.ts).
 */
import { add, bigGcd, div, isZero, mul, ONE, pow, rat, ZERO, type Rational } from './rational.js';
import type { QPoly } from './poly-q.js';

/** A polynomial in `k` variables: exponent key "e_1,…,e_k" → (coefficient ≠ 0, exponents). */
export interface MPolyQ {
  readonly k: number;
  readonly terms: ReadonlyMap<string, { readonly c: Rational; readonly e: readonly number[] }>;
}

function build(k: number, entries: Iterable<{ c: Rational; e: readonly number[] }>): MPolyQ {
  const terms = new Map<string, { c: Rational; e: readonly number[] }>();
  for (const { c, e } of entries) {
    const key = e.join(',');
    const prior = terms.get(key);
    const sum = prior ? add(prior.c, c) : c;
    if (isZero(sum)) terms.delete(key);
    else terms.set(key, { c: sum, e });
  }
  return { k, terms };
}

/** The polynomial Σ c · z^e of the listed terms (equal monomials merged). */
export function mpoly(k: number, terms: Iterable<{ c: Rational; e: readonly number[] }>): MPolyQ {
  return build(k, terms);
}

/** The constant c in k variables. */
export function mpConstant(k: number, c: Rational): MPolyQ {
  return build(k, [{ c, e: new Array<number>(k).fill(0) }]);
}

/** c · z^e. */
export function mpMonomial(c: Rational, e: readonly number[]): MPolyQ {
  return build(e.length, [{ c, e }]);
}

/** True iff f = 0. */
export function mpIsZero(f: MPolyQ): boolean {
  return f.terms.size === 0;
}

/** f + g. */
export function mpAdd(f: MPolyQ, g: MPolyQ): MPolyQ {
  return build(f.k, [...f.terms.values(), ...g.terms.values()]);
}

/** c · f. */
export function mpScale(f: MPolyQ, c: Rational): MPolyQ {
  return build(f.k, [...f.terms.values()].map((t) => ({ c: mul(t.c, c), e: t.e })));
}

/** f − g. */
export function mpSub(f: MPolyQ, g: MPolyQ): MPolyQ {
  return mpAdd(f, mpScale(g, rat(-1n)));
}

/** f · g. */
export function mpMul(f: MPolyQ, g: MPolyQ): MPolyQ {
  const out: { c: Rational; e: number[] }[] = [];
  for (const a of f.terms.values()) for (const b of g.terms.values()) out.push({ c: mul(a.c, b.c), e: a.e.map((x, i) => x + b.e[i]) });
  return build(f.k, out);
}

/** f^n, n ≥ 0. */
export function mpPow(f: MPolyQ, n: number): MPolyQ {
  let out = mpConstant(f.k, ONE);
  for (let i = 0; i < n; i++) out = mpMul(out, f);
  return out;
}

/** f at the rational point z. */
export function mpEval(f: MPolyQ, z: readonly Rational[]): Rational {
  let acc = ZERO;
  for (const { c, e } of f.terms.values()) acc = add(acc, e.reduce((m, x, i) => mul(m, pow(z[i], x)), c));
  return acc;
}

/** f with z_i := a (z_i then occurs with exponent 0 only). */
export function mpSubstitute(f: MPolyQ, i: number, a: Rational): MPolyQ {
  return build(f.k, [...f.terms.values()].map(({ c, e }) => ({ c: mul(c, pow(a, e[i])), e: e.map((x, j) => (j === i ? 0 : x)) })));
}

/** The largest exponent of z_i in f (−1 for f = 0). */
export function mpDegreeIn(f: MPolyQ, i: number): number {
  let d = -1;
  for (const { e } of f.terms.values()) d = Math.max(d, e[i]);
  return d;
}

/** The coefficients of f as a polynomial in z_i, lowest power first: out[d] is the coefficient of z_i^d (z_i removed). */
export function mpCoefficientsIn(f: MPolyQ, i: number): MPolyQ[] {
  const out: { c: Rational; e: number[] }[][] = Array.from({ length: mpDegreeIn(f, i) + 1 }, () => []);
  for (const { c, e } of f.terms.values()) out[e[i]].push({ c, e: e.map((x, j) => (j === i ? 0 : x)) });
  return out.map((terms) => build(f.k, terms));
}

/** A polynomial in one variable z_i alone (no other variable occurs) as a univariate QPoly, lowest first. */
export function mpToUnivariate(f: MPolyQ, i: number): QPoly {
  const out = new Array<Rational>(Math.max(mpDegreeIn(f, i) + 1, 0)).fill(ZERO);
  for (const { c, e } of f.terms.values()) {
    if (e.some((x, j) => j !== i && x !== 0)) throw new RangeError(`the polynomial is not in z_${i + 1} alone`);
    out[e[i]] = c;
  }
  return out;
}

/** The univariate f (lowest first) as a polynomial in z_i of k variables. */
export function mpFromUnivariate(f: QPoly, k: number, i: number): MPolyQ {
  return build(k, f.map((c, d) => ({ c, e: Array.from({ length: k }, (_, j) => (j === i ? d : 0)) })));
}

/** The largest monomial dividing f: the componentwise minimum of its exponents (zeros for f = 0). */
export function mpMonomialContent(f: MPolyQ): number[] {
  const all = [...f.terms.values()].map((t) => t.e);
  return Array.from({ length: f.k }, (_, i) => (all.length === 0 ? 0 : Math.min(...all.map((e) => e[i]))));
}

/** f / z^m for a monomial z^m dividing every term. */
export function mpDivMonomial(f: MPolyQ, m: readonly number[]): MPolyQ {
  return build(f.k, [...f.terms.values()].map(({ c, e }) => {
    if (e.some((x, i) => x < m[i])) throw new RangeError('the monomial does not divide the polynomial');
    return { c, e: e.map((x, i) => x - m[i]) };
  }));
}

/**
 * f = content · primitive with primitive an integer polynomial with coprime coefficients and a positive leading
 * (lexicographically greatest) coefficient; content 0 for f = 0.
 */
export function mpPrimitive(f: MPolyQ): { content: Rational; primitive: MPolyQ } {
  const terms = [...f.terms.values()];
  if (terms.length === 0) return { content: ZERO, primitive: f };
  const den = terms.reduce((l, t) => (l * t.c.den) / bigGcd(l, t.c.den), 1n);
  const ints = terms.map((t) => (t.c.num * den) / t.c.den);
  const g = ints.reduce((a, b) => bigGcd(a, b < 0n ? -b : b), 0n);
  const lead = sortedTerms(f)[0];
  const sign = lead.c.num < 0n ? -1n : 1n;
  const content = rat(g * sign, den);
  return { content, primitive: mpScale(f, div(ONE, content)) };
}

/** The terms of f, exponent vectors in decreasing lexicographic order. */
export function sortedTerms(f: MPolyQ): { c: Rational; e: readonly number[] }[] {
  const cmp = (a: readonly number[], b: readonly number[]): number => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i] - a[i];
    return 0;
  };
  return [...f.terms.values()].sort((a, b) => cmp(a.e, b.e));
}

/** f as the kernel's term list [c, exponents] (src/kernel/mpoly.ts); throws unless every coefficient is an integer. */
export function mpToKernel(f: MPolyQ): [string, number[]][] {
  return sortedTerms(f).map(({ c, e }) => {
    if (c.den !== 1n) throw new RangeError('the kernel form needs integer coefficients');
    return [c.num.toString(), [...e]];
  });
}
