/**
 * Proving that 0 lies outside a zonotope Z = {Σ_i φ_i g_i : φ_i ∈ Φ_i, g_i ∈ G_i} (Φ_i float64 intervals, G_i interval
 * vectors), the per-point exclusion test of the box search: when every gradient value over a box is Σ_i φ_i(h_i) x_i
 * with φ_i(h_i) enclosed point by point, 0 ∉ Z proves the box holds no stationary point. A direction v is sought in
 * float64 by Gilbert's algorithm (the point of Z nearest 0 and its support point), untrusted; the proof is the
 * interval evaluation of Σ_i Φ_i (v·G_i) with outward rounding, which contains v·z for every z ∈ Z, excluding 0.
 */
import { add, mul, point, type F64Interval } from './interval.js';

/** v·G enclosed (v a float vector, G an interval vector of the same length). */
function dotPoint(v: number[], G: F64Interval[]): F64Interval {
  let s = point(0);
  for (let j = 0; j < v.length; j++) s = add(s, mul(point(v[j]), G[j]));
  return s;
}

/**
 * True only if 0 ∉ {Σ_i φ_i g_i : φ_i ∈ coefficients[i], g_i ∈ generators[i]} (proved by interval arithmetic along
 * a direction found by at most `iterations` Gilbert steps); false when no such direction was found (0 may lie in it).
 */
export function zonotopeExcludesZero(coefficients: F64Interval[], generators: F64Interval[][], iterations = 32): boolean {
  const n = coefficients.length;
  if (n === 0) return false;
  const d = generators[0].length;
  const lo = coefficients.map((c) => c.lo);
  const hi = coefficients.map((c) => c.hi);
  if (!lo.every(Number.isFinite) || !hi.every(Number.isFinite)) return false;
  const G = generators.map((g) => g.map((x) => x.lo / 2 + x.hi / 2));
  const z = new Array<number>(d).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) z[j] += (lo[i] / 2 + hi[i] / 2) * G[i][j];
  const s = new Array<number>(d);
  for (let step = 0; step < iterations; step++) {
    s.fill(0);
    for (let i = 0; i < n; i++) {
      let a = 0;
      for (let j = 0; j < d; j++) a += z[j] * G[i][j];
      const phi = a > 0 ? lo[i] : hi[i];
      for (let j = 0; j < d; j++) s[j] += phi * G[i][j];
    }
    let zs = 0;
    let zd = 0;
    let dd = 0;
    for (let j = 0; j < d; j++) {
      zs += z[j] * s[j];
      const e = s[j] - z[j];
      zd += z[j] * e;
      dd += e * e;
    }
    if (zs > 0) return provesExclusion(z, coefficients, generators);
    if (!(dd > 0) || !(zd < 0)) return false;
    const t = Math.min(1, -zd / dd);
    for (let j = 0; j < d; j++) z[j] += t * (s[j] - z[j]);
  }
  return false;
}

/** Σ_i Φ_i (v·G_i) enclosed excludes 0: the proof that v·z ≠ 0 for every z in the zonotope. */
function provesExclusion(v: number[], coefficients: F64Interval[], generators: F64Interval[][]): boolean {
  let sum = point(0);
  for (let i = 0; i < coefficients.length; i++) sum = add(sum, mul(coefficients[i], dotPoint(v, generators[i])));
  return sum.lo > 0 || sum.hi < 0;
}
