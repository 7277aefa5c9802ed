/**
 * Trusted polynomial helpers shared by the algebra checkers: parsing certificate data and exact arithmetic over
 * F_p (BigInt) and Q (rationals). Deliberately independent of the search code in `src/algebra/`: small and plain.
 * Polynomials are BigInt or rational arrays, lowest degree first, without trailing zeros.
 */
import { div, isZero, mul, rat, sub, type Rational } from '../../algebra/rational.js';

/** The largest degree the checkers accept, so that bad data cannot make them run for hours. */
export const MAX_DEGREE = 2000;
/** The largest prime the checkers accept (trial division up to 2^20). */
export const MAX_PRIME = 2n ** 40n;

/**
 * The integer polynomial from certificate data (decimal strings, highest degree first), or an error message.
 * Leading zeros are rejected, so the recorded degree is the real degree.
 */
export function parsePolynomial(data: unknown, what = 'polynomial'): bigint[] | string {
  if (!Array.isArray(data) || data.length === 0) return `${what} must be a non-empty array of integer strings`;
  if (data.length - 1 > MAX_DEGREE) return `${what} has degree above ${MAX_DEGREE}`;
  const out: bigint[] = [];
  for (const c of data) {
    if (typeof c !== 'string' || !/^-?\d+$/.test(c)) return `${what} has a coefficient that is not an integer string`;
    out.push(BigInt(c));
  }
  if (out[0] === 0n) return `${what} has a zero leading coefficient`;
  return out.reverse();
}

/** The polynomial as certificate/proposition data: decimal strings, highest degree first. */
export function polynomialData(f: readonly bigint[]): string[] {
  return [...f].reverse().map((c) => c.toString());
}

/** An interval end as proposition data: "-inf", "+inf" or "p/q" in lowest terms. */
export function endData(x: End): string {
  return typeof x === 'string' ? x : x.den === 1n ? `${x.num}` : `${x.num}/${x.den}`;
}

/** Text such as "4z^7 + z^6 - 2" for a statement. */
export function polynomialText(f: readonly bigint[], v: string): string {
  const terms: string[] = [];
  for (let i = f.length - 1; i >= 0; i--) {
    if (f[i] === 0n) continue;
    const a = f[i] < 0n ? -f[i] : f[i];
    const mono = i === 0 ? '' : i === 1 ? v : `${v}^${i}`;
    const body = mono === '' ? `${a}` : a === 1n ? mono : `${a}${mono}`;
    terms.push(terms.length === 0 ? (f[i] < 0n ? `-${body}` : body) : `${f[i] < 0n ? '-' : '+'} ${body}`);
  }
  return terms.length === 0 ? '0' : terms.join(' ');
}

/** True iff p is a prime (trial division; p ≤ MAX_PRIME). */
export function isPrime(p: bigint): boolean {
  if (p < 2n || p > MAX_PRIME) return false;
  for (let d = 2n; d * d <= p; d++) if (p % d === 0n) return false;
  return true;
}

// ---- F_p ----

function trim(f: bigint[]): bigint[] {
  while (f.length > 0 && f[f.length - 1] === 0n) f.pop();
  return f;
}

function modPow(a: bigint, e: bigint, p: bigint): bigint {
  let r = 1n;
  let b = ((a % p) + p) % p;
  for (; e > 0n; e >>= 1n) {
    if (e & 1n) r = (r * b) % p;
    b = (b * b) % p;
  }
  return r;
}

/** f mod p, coefficients in [0, p). */
function reduceModP(f: readonly bigint[], p: bigint): bigint[] {
  return trim(f.map((c) => ((c % p) + p) % p));
}

/** The remainder of a by b ≠ 0 over F_p. */
function remModP(a: readonly bigint[], b: readonly bigint[], p: bigint): bigint[] {
  const r = a.slice();
  const inv = modPow(b[b.length - 1], p - 2n, p);
  for (let i = r.length - b.length; i >= 0; i--) {
    const c = (r[i + b.length - 1] * inv) % p;
    if (c !== 0n) for (let j = 0; j < b.length; j++) r[i + j] = (((r[i + j] - c * b[j]) % p) + p) % p;
  }
  return trim(r.slice(0, Math.min(r.length, b.length - 1)));
}

function quotientModP(a: readonly bigint[], b: readonly bigint[], p: bigint): bigint[] {
  const r = a.slice();
  const q: bigint[] = new Array(Math.max(a.length - b.length + 1, 0)).fill(0n);
  const inv = modPow(b[b.length - 1], p - 2n, p);
  for (let i = r.length - b.length; i >= 0; i--) {
    const c = (r[i + b.length - 1] * inv) % p;
    q[i] = c;
    if (c !== 0n) for (let j = 0; j < b.length; j++) r[i + j] = (((r[i + j] - c * b[j]) % p) + p) % p;
  }
  return trim(q);
}

function mulModP(a: readonly bigint[], b: readonly bigint[], p: bigint): bigint[] {
  if (a.length === 0 || b.length === 0) return [];
  const out: bigint[] = new Array(a.length + b.length - 1).fill(0n);
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) out[i + j] = (out[i + j] + a[i] * b[j]) % p;
  return trim(out);
}

/** gcd over F_p, up to a unit (its degree is what matters). */
function gcdModP(a: readonly bigint[], b: readonly bigint[], p: bigint): bigint[] {
  let [x, y] = [a.slice(), b.slice()];
  while (y.length > 0) [x, y] = [y, remModP(x, y, p)];
  return x;
}

/** True iff f mod p (with p ∤ lc f) is square-free: gcd(f, f') is a non-zero constant mod p. */
export function isSquareFreeModP(f: readonly bigint[], p: bigint): boolean {
  const fp = reduceModP(f, p);
  const d = trim(fp.slice(1).map((c, i) => (c * BigInt(i + 1)) % p));
  return gcdModP(fp, d, p).length === 1;
}

/**
 * The degrees of the irreducible factors of f mod p, sorted decreasing, by distinct-degree factorisation:
 * gcd(x^(p^d) − x, rest) is the product of the factors of degree d. Requires f mod p square-free of degree ≥ 1.
 */
export function factorDegreePattern(f: readonly bigint[], p: bigint): number[] {
  let rest = reduceModP(f, p);
  const pattern: number[] = [];
  let h: bigint[] = [0n, 1n];
  for (let d = 1; 2 * d <= rest.length - 1; d++) {
    let power: bigint[] = [1n];
    let base = remModP(h, rest, p);
    for (let e = p; e > 0n; e >>= 1n) {
      if (e & 1n) power = remModP(mulModP(power, base, p), rest, p);
      base = remModP(mulModP(base, base, p), rest, p);
    }
    h = power;
    const hx = h.slice();
    while (hx.length < 2) hx.push(0n);
    hx[1] = (hx[1] - 1n + p) % p;
    const g = gcdModP(rest, trim(hx), p);
    const k = g.length - 1;
    if (k > 0) {
      for (let i = 0; i < k / d; i++) pattern.push(d);
      rest = quotientModP(rest, g, p);
      h = remModP(h, rest, p);
    }
  }
  if (rest.length > 1) pattern.push(rest.length - 1);
  return pattern.sort((a, b) => b - a);
}

// ---- Q ----

function trimQ(f: Rational[]): Rational[] {
  while (f.length > 0 && isZero(f[f.length - 1])) f.pop();
  return f;
}

function remQ(a: readonly Rational[], b: readonly Rational[]): Rational[] {
  const r = a.slice();
  for (let i = r.length - b.length; i >= 0; i--) {
    const c = div(r[i + b.length - 1], b[b.length - 1]);
    for (let j = 0; j < b.length; j++) r[i + j] = sub(r[i + j], mul(c, b[j]));
  }
  return trimQ(r.slice(0, Math.min(r.length, b.length - 1)));
}

function quotientQ(a: readonly Rational[], b: readonly Rational[]): Rational[] {
  const r = a.slice();
  const q: Rational[] = new Array(Math.max(a.length - b.length + 1, 0)).fill(rat(0));
  for (let i = r.length - b.length; i >= 0; i--) {
    const c = div(r[i + b.length - 1], b[b.length - 1]);
    q[i] = c;
    for (let j = 0; j < b.length; j++) r[i + j] = sub(r[i + j], mul(c, b[j]));
  }
  return trimQ(q);
}

/** True iff g divides f in Q[z] (g ≠ 0). */
export function dividesOverQ(g: readonly bigint[], f: readonly bigint[]): boolean {
  return remQ(f.map((c) => rat(c)), g.map((c) => rat(c))).length === 0;
}

/** An interval end: a rational or an infinity. */
export type End = Rational | '-inf' | '+inf';

/** The positive rational multiple of f with coprime integer coefficients (same signs everywhere). */
function primitiveMultiple(f: readonly Rational[]): bigint[] {
  let lcm = 1n;
  for (const c of f) lcm = (lcm / gcd(lcm, c.den)) * c.den;
  const ints = f.map((c) => c.num * (lcm / c.den));
  const g = ints.reduce(gcd, 0n);
  return g > 1n ? ints.map((c) => c / g) : ints;
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function signAt(f: readonly bigint[], x: End): number {
  const lead = f[f.length - 1] > 0n ? 1 : -1;
  if (x === '+inf') return lead;
  if (x === '-inf') return (f.length - 1) % 2 === 0 ? lead : -lead;
  let v = 0n;
  let denPow = 1n;
  for (let i = f.length - 1; i >= 0; i--) {
    v = v * x.num + f[i] * denPow; // den^deg · f(num/den), same sign as f(x)
    denPow *= x.den;
  }
  return v > 0n ? 1 : v < 0n ? -1 : 0;
}

const toQ = (f: readonly bigint[]): Rational[] => f.map((c) => rat(c));

/**
 * The number of distinct real roots of f ≠ 0 in (lo, hi] (lo < hi), by Sturm's theorem applied to
 * f/gcd(f, f'): the classical sequence f, f', −rem, ..., each entry replaced by a positive multiple with
 * coprime integer coefficients, then divided through by its last element.
 */
export function sturmCount(f: readonly bigint[], lo: End, hi: End): number {
  const seq: bigint[][] = [primitiveMultiple(toQ(f))];
  let next = primitiveMultiple(trimQ(toQ(f).slice(1).map((c, i) => mul(c, rat(i + 1)))));
  while (next.length > 0) {
    seq.push(next);
    next = primitiveMultiple(remQ(toQ(seq[seq.length - 2]), toQ(next)).map((c) => sub(rat(0), c)));
  }
  const last = toQ(seq[seq.length - 1]);
  const reduced = seq.map((g) => primitiveMultiple(quotientQ(toQ(g), last)));
  const variations = (x: End): number => {
    let count = 0;
    let prev = 0;
    for (const g of reduced) {
      const s = signAt(g, x);
      if (s !== 0 && prev !== 0 && s !== prev) count++;
      if (s !== 0) prev = s;
    }
    return count;
  };
  return variations(lo) - variations(hi);
}

/** The interval end from certificate data: "-inf", "+inf" or a rational "p/q" / integer string; null if malformed. */
export function parseEnd(data: unknown): End | null {
  if (data === '-inf' || data === '+inf') return data;
  if (typeof data !== 'string') return null;
  const m = /^(-?\d+)(?:\/(\d+))?$/.exec(data);
  const den = m === null ? 0n : BigInt(m[2] ?? '1');
  return m === null || den === 0n ? null : rat(BigInt(m[1]), den);
}

/** True iff a < b for interval ends. */
export function endLess(a: End, b: End): boolean {
  if (a === '+inf' || b === '-inf') return false;
  if (a === '-inf' || b === '+inf') return true;
  return sub(a, b).num < 0n;
}

/** "(lo, hi]" or "(lo, +∞)" as text. */
export function intervalText(lo: End, hi: End): string {
  const t = (x: End): string => (x === '-inf' ? '-∞' : x === '+inf' ? '+∞' : x.den === 1n ? `${x.num}` : `${x.num}/${x.den}`);
  return `(${t(lo)}, ${t(hi)}${hi === '+inf' ? ')' : ']'}`;
}
