/**
 * Sparse multivariate polynomials over Q whose monomials are (product of atom powers) × exp(P), where the atoms are
 * symbols or opaque atoms (ln(...), exp(...) of non-polynomial arguments) and P is itself a polynomial without exp parts.
 * exp(P)·exp(Q) = exp(P + Q), so the exp parts form a group and exp(k·w) is (e^w)^k. Each polynomial is a map from
 * canonical monomial keys to terms, so two polynomials are equal iff their keys and coefficients agree.
 */
import { add as qAdd, isZero as qIsZero, mul as qMul, neg as qNeg, ratToString, rat, sign as qSign, type Rational } from '../algebra/rational.js';
import { SymbolicError } from './expr.js';

/** A monomial: atom powers (sorted by atom, exponents ≥ 1) times exp(exponent); `key` identifies it canonically. */
export interface Monomial {
  readonly key: string;
  readonly powers: readonly (readonly [string, number])[];
  /** A polynomial without exp parts; the zero polynomial means no exp factor. */
  readonly exponent: Polynomial;
}

/** One term: a non-zero rational coefficient times a monomial. */
export interface Term {
  readonly monomial: Monomial;
  readonly coefficient: Rational;
}

/** A polynomial: terms keyed by their monomial's key. No zero coefficients are stored; the empty map is 0. */
export type Polynomial = ReadonlyMap<string, Term>;

/** Most terms a product may have before the computation is abandoned as too large. */
export const MAX_TERMS = 200_000;

/** Largest size (bits) of a coefficient's numerator or denominator: nested powers of big numbers would otherwise hang. */
export const MAX_COEFFICIENT_BITS = 200_000;
const COEFFICIENT_LIMIT = 1n << BigInt(MAX_COEFFICIENT_BITS);

/** r itself; throws SymbolicError when its numerator or denominator exceeds MAX_COEFFICIENT_BITS bits. */
function bounded(r: Rational): Rational {
  if (r.num >= COEFFICIENT_LIMIT || -r.num >= COEFFICIENT_LIMIT || r.den >= COEFFICIENT_LIMIT) {
    throw new SymbolicError(`a coefficient has more than ${MAX_COEFFICIENT_BITS} bits`);
  }
  return r;
}

const EMPTY: Polynomial = new Map();

/** The monomial with the given powers (zero exponents dropped) and exp part; throws SymbolicError when an exponent is not a safe integer. */
export function monomial(powers: Iterable<readonly [string, number]>, exponent: Polynomial = EMPTY): Monomial {
  const all = [...powers];
  // Exponents are float64 sums: beyond 2^53 they round, and x·x^k would get the key of x^k (a false identity).
  for (const [a, k] of all) if (!Number.isSafeInteger(k)) throw new SymbolicError(`the power ${a}^${k} is too large to be represented exactly`);
  const list = all.filter(([, k]) => k !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const parts = list.map(([a, k]) => (k === 1 ? a : `${a}^${k}`));
  if (exponent.size > 0) parts.push(`exp(${polynomialKey(exponent)})`);
  return { key: parts.length === 0 ? '1' : parts.join('*'), powers: list, exponent };
}

/** The monomial 1. */
export const UNIT: Monomial = monomial([]);

/** True iff `m` has no exp part. */
export function isExpFree(m: Monomial): boolean {
  return m.exponent.size === 0;
}

/** m·n: powers add, exp parts add. */
export function monomialProduct(m: Monomial, n: Monomial): Monomial {
  const powers = new Map(m.powers);
  for (const [a, k] of n.powers) powers.set(a, (powers.get(a) ?? 0) + k);
  return monomial(powers, polynomialSum(m.exponent, n.exponent));
}

/** m / n, for n whose atom powers divide those of m (exp parts always divide); throws otherwise. */
export function monomialQuotient(m: Monomial, n: Monomial): Monomial {
  const powers = new Map(m.powers);
  for (const [a, k] of n.powers) {
    const left = (powers.get(a) ?? 0) - k;
    if (left < 0) throw new SymbolicError(`monomial ${n.key} does not divide ${m.key}`);
    powers.set(a, left);
  }
  return monomial(powers, polynomialSum(m.exponent, polynomialScale(n.exponent, rat(-1n))));
}

/** The polynomial with the single term c·m (0 when c = 0). */
export function termPolynomial(c: Rational, m: Monomial): Polynomial {
  return qIsZero(c) ? EMPTY : new Map([[m.key, { monomial: m, coefficient: c }]]);
}

/** The constant polynomial c. */
export function constantPolynomial(c: Rational): Polynomial {
  return termPolynomial(c, UNIT);
}

/** The polynomial consisting of the atom `name` (a symbol or an opaque atom key). */
export function atomPolynomial(name: string): Polynomial {
  return termPolynomial(rat(1n), monomial([[name, 1]]));
}

/** exp(P) as a one-term polynomial; P must have no exp parts. */
export function expPolynomial(p: Polynomial): Polynomial {
  for (const t of p.values()) if (!isExpFree(t.monomial)) throw new SymbolicError('exp of a polynomial with exp parts is not a monomial');
  return termPolynomial(rat(1n), monomial([], p));
}

/** True iff p = 0. */
export function isZeroPolynomial(p: Polynomial): boolean {
  return p.size === 0;
}

/** The value of p when it is a constant (including 0), otherwise null. */
export function constantValue(p: Polynomial): Rational | null {
  if (p.size === 0) return rat(0n);
  const t = p.get('1');
  return p.size === 1 && t ? t.coefficient : null;
}

/** The terms of p in canonical order (by monomial key). */
export function sortedTerms(p: Polynomial): Term[] {
  return [...p.values()].sort((a, b) => (a.monomial.key < b.monomial.key ? -1 : a.monomial.key > b.monomial.key ? 1 : 0));
}

/** The canonical text of p: terms "c*monomial" in key order joined by " + "; "0" for the zero polynomial. Equal texts mean equal polynomials. */
export function polynomialKey(p: Polynomial): string {
  return p.size === 0 ? '0' : sortedTerms(p).map((t) => `${ratToString(t.coefficient)}*${t.monomial.key}`).join(' + ');
}

function accumulate(into: Map<string, Term>, c: Rational, m: Monomial): void {
  const old = into.get(m.key);
  const coefficient = bounded(old ? qAdd(old.coefficient, c) : c);
  if (qIsZero(coefficient)) into.delete(m.key);
  else into.set(m.key, { monomial: old ? old.monomial : m, coefficient });
}

/** p + q. */
export function polynomialSum(p: Polynomial, q: Polynomial): Polynomial {
  if (p.size === 0) return q;
  if (q.size === 0) return p;
  const out = new Map(p);
  for (const t of q.values()) accumulate(out, t.coefficient, t.monomial);
  return out;
}

/** c·p. */
export function polynomialScale(p: Polynomial, c: Rational): Polynomial {
  if (qIsZero(c)) return EMPTY;
  const out = new Map<string, Term>();
  for (const [k, t] of p) out.set(k, { monomial: t.monomial, coefficient: bounded(qMul(t.coefficient, c)) });
  return out;
}

/** p − q. */
export function polynomialDifference(p: Polynomial, q: Polynomial): Polynomial {
  return polynomialSum(p, polynomialScale(q, rat(-1n)));
}

/** p·q; throws SymbolicError when the product would exceed MAX_TERMS terms. */
export function polynomialProduct(p: Polynomial, q: Polynomial): Polynomial {
  if (p.size * q.size > MAX_TERMS) throw new SymbolicError(`product of polynomials with ${p.size} and ${q.size} terms is too large`);
  const out = new Map<string, Term>();
  for (const s of p.values()) for (const t of q.values()) accumulate(out, qMul(s.coefficient, t.coefficient), monomialProduct(s.monomial, t.monomial));
  return out;
}

/** p^k for an integer k ≥ 0 (p^0 = 1). */
export function polynomialPower(p: Polynomial, k: number): Polynomial {
  let result = constantPolynomial(rat(1n));
  let base = p;
  for (let e = k; e > 0; e >>= 1) {
    if (e & 1) result = polynomialProduct(result, base);
    if (e > 1) base = polynomialProduct(base, base);
  }
  return result;
}

/** p with every term's monomial divided by m (m must divide each monomial's atom powers). */
export function polynomialDivideByMonomial(p: Polynomial, m: Monomial): Polynomial {
  const out = new Map<string, Term>();
  for (const t of p.values()) {
    const q = monomialQuotient(t.monomial, m);
    out.set(q.key, { monomial: q, coefficient: t.coefficient });
  }
  return out;
}

/**
 * Compares exp exponents in a translation-invariant total order: P < Q iff the coefficient of the largest monomial key
 * of Q − P is positive. Invariance (P + S < Q + S iff P < Q) makes "divide by the smallest exp part" canonical.
 */
export function compareExponents(p: Polynomial, q: Polynomial): -1 | 0 | 1 {
  const d = sortedTerms(polynomialDifference(q, p));
  if (d.length === 0) return 0;
  return qSign(d[d.length - 1].coefficient) > 0 ? -1 : 1;
}

/** Readable text of p ("2*x^2*exp(w) - 1/3"), for messages; not a key. */
export function polynomialToText(p: Polynomial): string {
  const terms = sortedTerms(p);
  if (terms.length === 0) return '0';
  return terms
    .map((t, i) => {
      const negative = qSign(t.coefficient) < 0;
      const c = negative ? qNeg(t.coefficient) : t.coefficient;
      const m = monomialToText(t.monomial);
      const body = m === '1' ? ratToString(c) : c.num === 1n && c.den === 1n ? m : `${ratToString(c)}*${m}`;
      return i === 0 ? (negative ? `-${body}` : body) : `${negative ? ' - ' : ' + '}${body}`;
    })
    .join('');
}

function monomialToText(m: Monomial): string {
  const parts = m.powers.map(([a, k]) => (k === 1 ? a : `${a}^${k}`));
  if (m.exponent.size > 0) parts.push(`exp(${polynomialToText(m.exponent)})`);
  return parts.length === 0 ? '1' : parts.join('*');
}
