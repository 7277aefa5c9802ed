/**
 * Proving that 0 lies outside a zonotope Z = {Σ_i φ_i g_i : φ_i ∈ Φ_i, g_i ∈ G_i} (Φ_i float64 intervals, G_i interval
 * vectors), the per-point exclusion test of the box search: when every gradient value over a box is Σ_i φ_i(h_i) x_i
 * with φ_i(h_i) enclosed point by point, 0 ∉ Z proves the box holds no stationary point. A direction v is sought in
 * float64 by Gilbert's algorithm (the point of Z nearest 0 and its support point), untrusted; the proof is the
 * interval evaluation of Σ_i Φ_i (v·G_i) with outward rounding, which contains v·z for every z ∈ Z, excluding 0.
 * Where the φ_i are too small for float64 (saturated points: e^−1000), they are given by sign and logarithm instead
 * (φ_i = s_i e^{x_i}, x_i enclosed) and the proof compares log-sum-exp bounds of the two signs' terms.
 */
import { exp, ln } from './elementary.js';
import { add, containsZero, mul, point, sub, type F64Interval } from './interval.js';

/** v·G enclosed (v a float vector, G an interval vector of the same length). */
function dotPoint(v: number[], G: F64Interval[]): F64Interval {
  let s = point(0);
  for (let j = 0; j < v.length; j++) s = add(s, mul(point(v[j]), G[j]));
  return s;
}

/**
 * A direction v with v·z > 0 (in float64, untrusted) for every point z of the zonotope of float midpoints, found by
 * at most `iterations` steps of Gilbert's algorithm; null when none was found (0 may lie in the zonotope).
 */
function separatingDirection(lo: readonly number[], hi: readonly number[], G: readonly number[][], iterations: number): number[] | null {
  const n = lo.length;
  const d = G[0].length;
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
    if (zs > 0) return z;
    if (!(dd > 0) || !(zd < 0)) return null;
    const t = Math.min(1, -zd / dd);
    for (let j = 0; j < d; j++) z[j] += t * (s[j] - z[j]);
  }
  return null;
}

function midpoints(generators: F64Interval[][]): number[][] {
  return generators.map((g) => g.map((x) => x.lo / 2 + x.hi / 2));
}

/**
 * True only if 0 ∉ {Σ_i φ_i g_i : φ_i ∈ coefficients[i], g_i ∈ generators[i]} (proved by interval arithmetic along
 * a direction found by at most `iterations` Gilbert steps); false when no such direction was found (0 may lie in it).
 */
export function zonotopeExcludesZero(coefficients: F64Interval[], generators: F64Interval[][], iterations = 32): boolean {
  if (coefficients.length === 0) return false;
  const lo = coefficients.map((c) => c.lo);
  const hi = coefficients.map((c) => c.hi);
  if (!lo.every(Number.isFinite) || !hi.every(Number.isFinite)) return false;
  const v = separatingDirection(lo, hi, midpoints(generators), iterations);
  return v !== null && provesExclusion(v, coefficients, generators);
}

/** A coefficient given by its sign and logarithm: φ = sign · e^x for some x ∈ `log` (φ ≠ 0). */
export interface LogCoefficient {
  sign: 1 | -1;
  log: F64Interval;
}

/** A lower (upper) bound of ln Σ_k e^{x_k} for the doubles xs (−Infinity for none), with outward rounding. */
function logSumExp(xs: readonly number[], side: 'lo' | 'hi'): number {
  if (xs.length === 0) return -Infinity;
  const M = Math.max(...xs);
  if (!Number.isFinite(M)) return side === 'lo' ? -Infinity : M;
  let sum = point(0);
  for (const x of xs) sum = add(sum, exp(sub(point(x), point(M))));
  if (side === 'lo' && !(sum.lo > 0)) return -Infinity;
  return add(point(M), ln(sum))[side];
}

/**
 * True only if 0 ∉ {Σ_i φ_i g_i : φ_i = s_i e^{x_i}, x_i ∈ coefficients[i].log, g_i ∈ generators[i]}: along a direction
 * v (Gilbert's, on the coefficients scaled by e^{−max x}), the terms φ_i (v·g_i) of one sign outweigh all the others,
 * compared as log-sum-exp bounds (terms whose v·g_i may be 0 count against). False when that is not proved.
 */
export function logZonotopeExcludesZero(coefficients: LogCoefficient[], generators: F64Interval[][], iterations = 32): boolean {
  if (coefficients.length === 0) return false;
  const top = Math.max(...coefficients.map((c) => c.log.hi));
  if (!Number.isFinite(top) || !coefficients.every((c) => c.log.lo <= c.log.hi && !Number.isNaN(c.log.lo))) return false;
  const scaled = coefficients.map(({ sign, log }) => {
    const e = exp(sub(log, point(top)));
    return sign > 0 ? e : { lo: -e.hi, hi: -e.lo };
  });
  const v = separatingDirection(scaled.map((c) => c.lo), scaled.map((c) => c.hi), midpoints(generators), iterations);
  return v !== null && logDirectionExcludesZero(v, coefficients, generators);
}

/**
 * True only if v·z ≠ 0 for every z = Σ_i s_i e^{x_i} g_i (x_i ∈ coefficients[i].log, g_i ∈ generators[i]): the terms
 * of one sign along v, bounded below, outweigh all the others bounded above (as log-sum-exp, outward rounded).
 */
export function logDirectionExcludesZero(v: number[], coefficients: LogCoefficient[], generators: F64Interval[][]): boolean {
  for (const side of [1, -1] as const) {
    const strong: number[] = [];
    const weak: number[] = [];
    coefficients.forEach(({ sign, log }, i) => {
      const a = dotPoint(v, generators[i]);
      if (a.lo === 0 && a.hi === 0) return;
      const magnitude = { lo: Math.max(0, a.lo, -a.hi), hi: Math.max(-a.lo, a.hi) };
      if (!containsZero(a) && sign * (a.lo > 0 ? 1 : -1) === side) strong.push(add(log, ln(magnitude)).lo);
      else weak.push(add(log, ln(magnitude)).hi);
    });
    if (strong.length > 0 && logSumExp(strong, 'lo') > logSumExp(weak, 'hi')) return true;
  }
  return false;
}

/** Σ_i Φ_i (v·G_i) enclosed excludes 0: the proof that v·z ≠ 0 for every z in the zonotope. */
function provesExclusion(v: number[], coefficients: F64Interval[], generators: F64Interval[][]): boolean {
  let sum = point(0);
  for (let i = 0; i < coefficients.length; i++) sum = add(sum, mul(coefficients[i], dotPoint(v, generators[i])));
  return sum.lo > 0 || sum.hi < 0;
}
