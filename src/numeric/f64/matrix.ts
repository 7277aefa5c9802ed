/**
 * Small dense matrices for the float64 box tests: an approximate inverse (plain float64, not rigorous, and it need
 * not be: Krawczyk's test and preconditioned exclusion are sound for any preconditioner) and the inertia of a
 * symmetric interval matrix (rigorous, by the same symmetric elimination as numeric/inertia.ts).
 */
import { containsZero, div, mul, sub, type F64Interval } from './interval.js';

/** An approximate inverse of the square matrix A by Gauss-Jordan with partial pivoting, or null when a pivot is 0 or not finite. */
export function approximateInverse(A: number[][]): number[][] | null {
  const n = A.length;
  const M = A.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    const pivot = M[p][c];
    if (pivot === 0 || !Number.isFinite(pivot)) return null;
    [M[c], M[p]] = [M[p], M[c]];
    const row = M[c];
    for (let j = 0; j < 2 * n; j++) row[j] /= pivot;
    for (let r = 0; r < n; r++) {
      const f = M[r][c];
      if (r === c || f === 0) continue;
      const target = M[r];
      for (let j = 0; j < 2 * n; j++) target[j] -= f * row[j];
    }
  }
  const inverse = M.map((row) => row.slice(n));
  return inverse.every((row) => row.every(Number.isFinite)) ? inverse : null;
}

/** The sign pattern shared by every symmetric matrix in an interval enclosure. */
export type Definiteness = 'positive' | 'negative' | 'indefinite' | 'unknown';

/**
 * `positive` (every symmetric matrix in H is positive definite), `negative`, `indefinite` (all nonsingular with
 * eigenvalues of both signs), or `unknown` when symmetric elimination meets pivots that all contain 0 (Sylvester's
 * law of inertia with Haynsworth additivity, as in numeric/inertia.ts).
 */
export function definiteness(H: F64Interval[][]): Definiteness {
  let A = H.map((row) => [...row]);
  let positive = 0;
  let negative = 0;
  while (A.length > 0) {
    let p = -1;
    let best = 0;
    for (let i = 0; i < A.length; i++) {
      const a = A[i][i];
      if (containsZero(a)) continue;
      const mig = a.lo > 0 ? a.lo : -a.hi;
      if (p < 0 || mig > best) {
        p = i;
        best = mig;
      }
    }
    if (p < 0) return 'unknown';
    const pivot = A[p][p];
    if (pivot.lo > 0) positive++;
    else negative++;
    const rest = A.map((_, i) => i).filter((i) => i !== p);
    A = rest.map((i) => rest.map((j) => sub(A[i][j], div(mul(A[i][p], A[p][j]), pivot))));
  }
  if (negative === 0) return 'positive';
  if (positive === 0) return 'negative';
  return 'indefinite';
}
