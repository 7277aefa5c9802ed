/**
 * The hot loops of factorisation over F_p on Float64Array coefficient vectors (one array shape, so V8 keeps
 * them monomorphic) with lazy reduction: products of residues < p < 2^26 are exact doubles, and sums of up to
 * `lazyTerms(p)` of them stay below 2^52, so a reduction runs once per coefficient per batch instead of per
 * term; and a reduction is a multiplication by 1/p and a floor (exact below 2^52), not a slow `%` (fmod).
 * Every vector here is normalised: entries in [0, p), no trailing zero, the zero polynomial has length 0.
 * The values computed are exactly those of the number[] arithmetic in poly-fp.ts; only the cost differs.
 */

/** A polynomial over F_p as a normalised Float64Array, lowest degree first. */
export type FpVec = Float64Array;

/** How many products (p − 1)^2 can be added to an entry of magnitude < p before the sum may pass 2^52. */
export function lazyTerms(p: number): number {
  return Math.max(1, Math.floor((2 ** 52 - p) / ((p - 1) * (p - 1) || 1)));
}

/**
 * v mod p in [0, p) for an integer-valued |v| < 2^52, with inv = 1/p: floor(v·inv) is the true quotient or off
 * by one (relative error of v·inv below 2^−52), which the two corrections repair.
 */
export function modP(v: number, p: number, inv: number): number {
  const r = v - Math.floor(v * inv) * p;
  return r < 0 ? r + p : r >= p ? r - p : r;
}

/** The vector of a number[] polynomial over F_p (entries already in [0, p), normalised). */
export function toVec(f: readonly number[]): FpVec {
  return Float64Array.from(f);
}

/** The number[] polynomial of a vector. */
export function fromVec(f: FpVec): number[] {
  return Array.from(f);
}

/** Reduces c[0..len) into [0, p) in place. */
function reduceSigned(c: Float64Array, len: number, p: number): void {
  const inv = 1 / p;
  for (let i = 0; i < len; i++) c[i] = modP(c[i], p, inv);
}

/** The first `len` entries of c reduced into [0, p), trailing zeros removed: a fresh normalised vector. */
function normalised(c: Float64Array, len: number, p: number): FpVec {
  const inv = 1 / p;
  let top = -1;
  for (let i = 0; i < len; i++) {
    const v = modP(c[i], p, inv);
    c[i] = v;
    if (v !== 0) top = i;
  }
  return c.slice(0, top + 1);
}

/** a^(−1) mod p for a ≢ 0 (extended Euclid on numbers). */
function inverse(a: number, p: number): number {
  let r0 = a;
  let r1 = p;
  let s0 = 1;
  let s1 = 0;
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1) throw new RangeError(`${a} is not invertible mod ${p}`);
  return ((s0 % p) + p) % p;
}

/** The indices j < db with b[j] ≠ 0 when they are fewer than a quarter of db (a sparse modulus), else null. */
function sparseSupport(b: Float64Array, db: number): Int32Array | null {
  let count = 0;
  for (let j = 0; j < db; j++) if (b[j] !== 0) count++;
  if (4 * count >= db) return null;
  const out = new Int32Array(count);
  for (let j = 0, k = 0; j < db; j++) if (b[j] !== 0) out[k++] = j;
  return out;
}

/** Reduces c[0..len) (entries in [0, p)) modulo b[0..lb) (normalised, lb ≥ 1) in place: c[0..lb−1) is left. */
function remainderInPlace(c: Float64Array, len: number, b: Float64Array, lb: number, p: number, batch: number): void {
  const db = lb - 1;
  const inv = inverse(b[db], p);
  const invP = 1 / p;
  const support = sparseSupport(b, db);
  let since = 0;
  for (let top = len - 1; top >= db; top--) {
    let q = modP(c[top], p, invP);
    if (q === 0) continue;
    if (inv !== 1) q = modP(q * inv, p, invP);
    const base = top - db;
    if (support !== null) for (let k = 0; k < support.length; k++) c[base + support[k]] -= q * b[support[k]];
    else for (let j = 0; j < db; j++) c[base + j] -= q * b[j];
    if (++since === batch) {
      reduceSigned(c, top, p);
      since = 0;
    }
  }
}

/** f mod g over F_p (g ≠ 0). */
export function vecRem(f: FpVec, g: FpVec, p: number): FpVec {
  if (g.length === 0) throw new RangeError('division by the zero polynomial');
  if (f.length < g.length) return f;
  const c = Float64Array.from(f);
  remainderInPlace(c, c.length, g, g.length, p, lazyTerms(p));
  return normalised(c, g.length - 1, p);
}

/** a·b mod m over F_p (m non-constant). */
export function vecMulMod(a: FpVec, b: FpVec, m: FpVec, p: number): FpVec {
  if (a.length === 0 || b.length === 0) return new Float64Array(0);
  const batch = lazyTerms(p);
  const len = a.length + b.length - 1;
  const c = new Float64Array(len);
  const lb = b.length;
  let since = 0;
  let i = 0;
  if (batch >= 2) {
    // two rows a_i·b and a_(i+1)·x·b per pass: c[i + k] += a_i·b_k + a_(i+1)·b_(k−1)
    for (; i + 1 < a.length; i += 2) {
      const a0 = a[i];
      const a1 = a[i + 1];
      c[i] += a0 * b[0];
      for (let k = 1; k < lb; k++) c[i + k] += a0 * b[k] + a1 * b[k - 1];
      c[i + lb] += a1 * b[lb - 1];
      since += 2;
      if (since + 2 > batch) {
        reduceSigned(c, len, p);
        since = 0;
      }
    }
  }
  for (; i < a.length; i++) {
    const ai = a[i];
    if (ai === 0) continue;
    for (let j = 0; j < lb; j++) c[i + j] += ai * b[j];
    if (++since >= batch) {
      reduceSigned(c, len, p);
      since = 0;
    }
  }
  if (len >= m.length) {
    reduceSigned(c, len, p);
    remainderInPlace(c, len, m, m.length, p, batch);
    return normalised(c, m.length - 1, p);
  }
  return normalised(c, len, p);
}

/** base^e mod m over F_p for an integer e ≥ 0 and a non-constant m. */
export function vecPowMod(base: FpVec, e: bigint, m: FpVec, p: number): FpVec {
  let result = vecRem(Float64Array.of(1), m, p);
  let b = vecRem(base, m, p);
  let k = e;
  while (k > 0n) {
    if (k & 1n) result = vecMulMod(result, b, m, p);
    k >>= 1n;
    if (k > 0n) b = vecMulMod(b, b, m, p);
  }
  return result;
}

/** The monic gcd over F_p (length 0 when both are zero). */
export function vecGcd(f: FpVec, g: FpVec, p: number): FpVec {
  const batch = lazyTerms(p);
  const inv = 1 / p;
  let a = Float64Array.from(f);
  let b = Float64Array.from(g);
  let la = a.length;
  let lb = b.length;
  while (lb > 0) {
    if (la >= lb) {
      remainderInPlace(a, la, b, lb, p, batch);
      la = lb - 1;
      for (let i = 0; i < la; i++) a[i] = modP(a[i], p, inv);
      while (la > 0 && a[la - 1] === 0) la--;
    }
    [a, b, la, lb] = [b, a, lb, la];
  }
  return vecMonic(a.slice(0, la), p);
}

/** f / lc(f) over F_p (the zero polynomial stays zero). */
export function vecMonic(f: FpVec, p: number): FpVec {
  if (f.length === 0 || f[f.length - 1] === 1) return f;
  const inv = inverse(f[f.length - 1], p);
  const invP = 1 / p;
  return f.map((c) => modP(c * inv, p, invP));
}

/** f − g over F_p. */
export function vecSub(f: FpVec, g: FpVec, p: number): FpVec {
  const len = Math.max(f.length, g.length);
  const c = new Float64Array(len);
  for (let i = 0; i < len; i++) c[i] = (i < f.length ? f[i] : 0) - (i < g.length ? g[i] : 0) + p;
  return normalised(c, len, p);
}

/** Exact quotient f / g over F_p when g divides f (g ≠ 0). */
export function vecDivExact(f: FpVec, g: FpVec, p: number): FpVec {
  const dg = g.length - 1;
  const inv = inverse(g[dg], p);
  const invP = 1 / p;
  const r = Float64Array.from(f);
  const q = new Float64Array(Math.max(f.length - dg, 0));
  for (let top = f.length - 1; top >= dg; top--) {
    const c = modP(modP(r[top], p, invP) * inv, p, invP);
    q[top - dg] = c;
    if (c === 0) continue;
    const base = top - dg;
    for (let j = 0; j < dg; j++) r[base + j] = modP(r[base + j] - c * g[j], p, invP);
  }
  return normalised(q, q.length, p);
}

/** x^k · f mod m over F_p (f reduced mod m, m normalised and non-constant): a shift, then one remainder. */
export function vecShiftMod(f: FpVec, k: number, m: FpVec, p: number): FpVec {
  if (f.length === 0) return f;
  const len = f.length + k;
  if (len < m.length) {
    const out = new Float64Array(len);
    out.set(f, k);
    return out;
  }
  const c = new Float64Array(len);
  c.set(f, k);
  remainderInPlace(c, len, m, m.length, p, lazyTerms(p));
  return normalised(c, m.length - 1, p);
}

/**
 * The Frobenius matrix of F_p[x]/(m), m monic of degree n ≥ 1, flat: entries [i·n, (i+1)·n) hold x^(ip) mod m,
 * zero-padded to n. Row i + 1 is x^p times row i: when m has s non-zero terms below the top and p·(s + 1) < 4n²,
 * a shift by p and a reduction costing about p·s (small p, or a sparse m such as x^200 − x − 1: the matrix then
 * costs about n·p·s instead of n³); otherwise a product with x^p mod m (about 2n² multiply-adds, each dearer than
 * a step of the reduction: the factor 4 is measured), which one repeated squaring gives.
 */
export function frobeniusMatrix(m: FpVec, p: number): Float64Array {
  const n = m.length - 1;
  const out = new Float64Array(n * n);
  out[0] = 1;
  if (n === 1) return out;
  let terms = 0;
  for (let j = 0; j < n; j++) if (m[j] !== 0) terms++;
  const byShift = p * (terms + 1) < 4 * n * n;
  const xp = byShift ? null : vecPowMod(Float64Array.of(0, 1), BigInt(p), m, p);
  let row: FpVec = Float64Array.of(1);
  for (let i = 1; i < n; i++) {
    row = xp === null ? vecShiftMod(row, p, m, p) : vecMulMod(row, xp, m, p);
    out.set(row, i * n);
  }
  return out;
}

/**
 * h^p mod m = Σ h_i x^(ip) mod m for h of degree < n, from the flat Frobenius matrix of m (degree n); four rows
 * per pass over the result when the lazy-reduction budget allows (a quarter of the loads and stores of the result).
 */
export function applyFrobenius(h: FpVec, matrix: Float64Array, n: number, p: number): FpVec {
  const batch = lazyTerms(p);
  const c = new Float64Array(n);
  let since = 0;
  let i = 0;
  if (batch >= 4) {
    for (; i + 3 < h.length; i += 4) {
      const a = h[i];
      const b = h[i + 1];
      const d = h[i + 2];
      const e = h[i + 3];
      const r0 = i * n;
      const r1 = r0 + n;
      const r2 = r1 + n;
      const r3 = r2 + n;
      for (let j = 0; j < n; j++) c[j] += a * matrix[r0 + j] + b * matrix[r1 + j] + d * matrix[r2 + j] + e * matrix[r3 + j];
      since += 4;
      if (since + 4 > batch) {
        reduceSigned(c, n, p);
        since = 0;
      }
    }
  }
  for (; i < h.length; i++) {
    const hi = h[i];
    if (hi === 0) continue;
    const base = i * n;
    for (let j = 0; j < n; j++) c[j] += hi * matrix[base + j];
    if (++since >= batch) {
      reduceSigned(c, n, p);
      since = 0;
    }
  }
  return normalised(c, n, p);
}
