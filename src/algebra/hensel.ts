/**
 * Hensel lifting over Z/p^k: a factorisation f ≡ lc(f)·h_1···h_r (mod p) into coprime monic factors lifts
 * uniquely to one modulo any power of p (quadratic Hensel steps, von zur Gathen–Gerhard Algorithm 15.10).
 */
import { fpExtendedGcd, fpFromZ, fpMul, type FpPoly } from './poly-fp.js';
import { zNormalize, zLeading, type ZPoly } from './poly-z.js';

function reduce(f: readonly bigint[], m: bigint): ZPoly {
  return zNormalize(f.map((c) => ((c % m) + m) % m));
}

function addMod(f: ZPoly, g: ZPoly, m: bigint): ZPoly {
  const n = Math.max(f.length, g.length);
  return reduce(Array.from({ length: n }, (_, i) => (f[i] ?? 0n) + (g[i] ?? 0n)), m);
}

function subMod(f: ZPoly, g: ZPoly, m: bigint): ZPoly {
  const n = Math.max(f.length, g.length);
  return reduce(Array.from({ length: n }, (_, i) => (f[i] ?? 0n) - (g[i] ?? 0n)), m);
}

function mulMod(f: ZPoly, g: ZPoly, m: bigint): ZPoly {
  if (f.length === 0 || g.length === 0) return [];
  const out: bigint[] = new Array(f.length + g.length - 1).fill(0n);
  for (let i = 0; i < f.length; i++) for (let j = 0; j < g.length; j++) out[i + j] += f[i] * g[j];
  return reduce(out, m);
}

/** Division by a monic h modulo m: f = q·h + r, deg r < deg h. */
function divRemMonic(f: ZPoly, h: ZPoly, m: bigint): { q: ZPoly; r: ZPoly } {
  const r = f.slice();
  const q: bigint[] = new Array(Math.max(f.length - h.length + 1, 0)).fill(0n);
  for (let i = f.length - h.length; i >= 0; i--) {
    const c = ((r[i + h.length - 1] % m) + m) % m;
    q[i] = c;
    if (c !== 0n) for (let j = 0; j < h.length; j++) r[i + j] -= c * h[j];
  }
  return { q: reduce(q, m), r: reduce(r.slice(0, h.length - 1), m) };
}

/** a^(−1) mod m for gcd(a, m) = 1. */
function bigModInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [((a % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new RangeError(`${a} is not invertible mod ${m}`);
  return ((s0 % m) + m) % m;
}

/**
 * One quadratic step: from f ≡ g·h, s·g + t·h ≡ 1 (mod m), h monic, to the same relations mod m^2.
 */
function henselStep(f: ZPoly, g: ZPoly, h: ZPoly, s: ZPoly, t: ZPoly, m: bigint): [ZPoly, ZPoly, ZPoly, ZPoly] {
  const M = m * m;
  const e = subMod(f, mulMod(g, h, M), M);
  const { q, r } = divRemMonic(mulMod(s, e, M), h, M);
  const g2 = addMod(g, addMod(mulMod(t, e, M), mulMod(q, g, M), M), M);
  const h2 = addMod(h, r, M);
  const b = subMod(addMod(mulMod(s, g2, M), mulMod(t, h2, M), M), [1n], M);
  const { q: c, r: d } = divRemMonic(mulMod(s, b, M), h2, M);
  const s2 = subMod(s, d, M);
  const t2 = subMod(t, addMod(mulMod(t, b, M), mulMod(c, g2, M), M), M);
  return [g2, h2, s2, t2];
}

const toZ = (f: FpPoly): ZPoly => f.map((c) => BigInt(c));

/**
 * Lifts f ≡ lc(f)·h_1···h_r (mod p), h_i monic, pairwise coprime, p ∤ lc(f), to monic g_i with
 * f ≡ lc(f)·g_1···g_r (mod p^(2^j)) for the least j with p^(2^j) ≥ bound. Returns the g_i and the modulus.
 */
export function henselLift(f: ZPoly, factors: readonly FpPoly[], p: number, bound: bigint): { lifted: ZPoly[]; modulus: bigint } {
  const P = BigInt(p);
  let modulus = P;
  while (modulus < bound) modulus *= modulus;
  const lead = zLeading(f);
  const lifted: ZPoly[] = [];
  let target = reduce(f, modulus);
  for (let i = 0; i + 1 < factors.length; i++) {
    const hp = factors[i];
    let gp: FpPoly = fpFromZ([lead], p);
    for (let j = i + 1; j < factors.length; j++) gp = fpMul(gp, factors[j], p);
    const { s: sp, t: tp } = fpExtendedGcd(gp, hp, p);
    let [g, h, s, t] = [toZ(gp), toZ(hp), toZ(sp), toZ(tp)];
    for (let m = P; m < modulus; m *= m) [g, h, s, t] = henselStep(reduce(target, m * m), g, h, s, t, m);
    lifted.push(h);
    target = g;
  }
  const inv = bigModInverse(lead, modulus);
  lifted.push(reduce(target.map((c) => c * inv), modulus));
  return { lifted, modulus };
}
