/**
 * The kind of a nondegenerate critical point from an interval enclosure of its Hessian, by Sylvester's law of
 * inertia: symmetric Gaussian elimination (diagonal pivots, Schur complements) on the interval matrix. The
 * pivots it computes enclose the pivots of every symmetric matrix in the enclosure, whose signs count its
 * positive and negative eigenvalues (Haynsworth inertia additivity); a pivot containing 0 leaves the kind open.
 */
import type { Interval, IntervalContext } from './interval.js';

/** The kind of a critical point: minimum (Hessian positive definite), maximum (negative definite), saddle (indefinite). */
export type CriticalKind = 'minimum' | 'saddle' | 'maximum' | 'unknown';

/**
 * The kind shared by every critical point whose Hessian is a symmetric matrix in the enclosure H: `minimum` when
 * all are positive definite, `maximum` when all negative definite, `saddle` when all are nonsingular and
 * indefinite, `unknown` when elimination meets a diagonal pivot containing 0. Strict local extrema and saddles
 * then follow from the second-derivative test (the function must be C^2 near the point).
 */
export function hessianKind(ic: IntervalContext, H: Interval[][]): CriticalKind {
  let A = H.map((row) => [...row]);
  let positive = 0;
  let negative = 0;
  while (A.length > 0) {
    let p = -1;
    for (let i = 0; i < A.length; i++) {
      if (ic.containsZero(A[i][i])) continue;
      if (p < 0 || mignitude(A[i][i]).gt(mignitude(A[p][p]))) p = i;
    }
    if (p < 0) return 'unknown';
    const pivot = A[p][p];
    if (pivot.lo.gt(0)) positive++;
    else negative++;
    const rest = A.map((_, i) => i).filter((i) => i !== p);
    A = rest.map((i) => rest.map((j) => ic.sub(A[i][j], ic.div(ic.mul(A[i][p], A[p][j]), pivot))));
  }
  if (negative === 0) return 'minimum';
  if (positive === 0) return 'maximum';
  return 'saddle';
}

function mignitude(a: Interval) {
  return a.lo.gt(0) ? a.lo : a.hi.neg();
}
