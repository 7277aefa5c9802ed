/**
 * Boxes aligned with the data for the complete search: the exact change of coordinates w = A u, A an invertible
 * rational matrix whose columns approximate the principal axes of the inputs (eigenvectors of Σ x_i x_iᵀ).
 *
 * Why: every point enters the loss only through h_i = w·x_i, and a box's cost is set by how far h_i varies over it.
 * Correlated inputs (all positive, nearly parallel: iris) make every axis-aligned box wide in h along the common
 * direction; in principal coordinates h_i = u·(Aᵀ x_i) varies little along the minor axes, so boxes stay thin in h.
 *
 * Soundness does not depend on how good A is, only on exact arithmetic: the transformed inputs Aᵀ x_i are exact
 * rationals, so L̃(u) = L(A u) exactly and grad L̃(u) = Aᵀ grad L(A u) vanishes exactly where grad L does (A is
 * invertible, checked by exact elimination); the u-box is the exact bounding box of A⁻¹ W, so it covers the w-box W.
 */
import { add, cmp, mul, rat, type Rational } from '../algebra/rational.js';
import { inverseExact, transpose, type QMatrix } from '../algebra/matrix-q.js';
import * as I from '../numeric/f64/interval.js';
import type { F64Interval } from '../numeric/f64/interval.js';
import type { RationalBox } from '../numeric/box.js';
import type { Problem } from './model.js';

/** An exact change of coordinates w = A u and its exact inverse. */
export interface Basis {
  A: QMatrix;
  inverse: QMatrix;
}

/** Entries of A are rounded to multiples of 2^−BITS (exact dyadic rationals: short numerators, no cancellation). */
const BITS = 20;

/**
 * Eigenvectors of the symmetric float matrix S by cyclic Jacobi rotations, as the columns of the returned matrix,
 * ordered by decreasing eigenvalue. Approximate (float64, at most 50 sweeps); only used to choose A.
 */
export function symmetricEigenvectors(S: number[][]): number[][] {
  const n = S.length;
  const M = S.map((row) => [...row]);
  const V = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j): number => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += M[p][q] * M[p][q];
    if (!(off > 1e-30 * M.reduce((s, row, i) => s + row[i] * row[i], 0))) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (M[p][q] === 0) continue;
        const theta = (M[q][q] - M[p][p]) / (2 * M[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = M[k][p];
          const mkq = M[k][q];
          M[k][p] = c * mkp - s * mkq;
          M[k][q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = M[p][k];
          const mqk = M[q][k];
          M[p][k] = c * mpk - s * mqk;
          M[q][k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = V[k][p];
          const vkq = V[k][q];
          V[k][p] = c * vkp - s * vkq;
          V[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = M.map((row, i) => ({ i, lambda: row[i] })).sort((a, b) => b.lambda - a.lambda);
  return V.map((row) => order.map(({ i }) => row[i]));
}

function toNumber(r: Rational): number {
  return Number(r.num) / Number(r.den);
}

/**
 * The principal-axes basis of the inputs (rows of `inputs`, d >= 2): A's columns are the eigenvectors of Σ x_i x_iᵀ
 * rounded to multiples of 2^−20, with its exact inverse; null when d < 2, the inputs are not finite as floats, or
 * the rounded A is singular (the search then keeps the original axes).
 */
export function principalBasis(inputs: readonly Rational[][]): Basis | null {
  const d = inputs[0]?.length ?? 0;
  if (d < 2) return null;
  const S = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (const x of inputs) {
    const v = x.map(toNumber);
    for (let j = 0; j < d; j++) for (let k = 0; k < d; k++) S[j][k] += v[j] * v[k];
  }
  if (!S.every((row) => row.every(Number.isFinite))) return null;
  const scale = 2 ** BITS;
  const A = symmetricEigenvectors(S).map((row) => row.map((v) => rat(BigInt(Math.round(v * scale)), BigInt(scale))));
  const inverse = inverseExact(A);
  return inverse === null ? null : { A, inverse };
}

/** The same problem in the coordinates u of w = A u: inputs Aᵀ x_i (exact), targets, activation and loss unchanged. */
export function transformedProblem(problem: Problem, basis: Basis): Problem {
  const At = transpose(basis.A);
  return { ...problem, data: problem.data.map((p) => ({ ...p, x: At.map((row) => row.reduce((s, a, j) => add(s, mul(a, p.x[j])), rat(0n))) })) };
}

/** The exact bounding box of {A⁻¹ w : w ∈ box}: row k is Σ_j (A⁻¹)_kj box_j (interval sum, exact in Q). */
export function preimageBox(basis: Basis, box: RationalBox): RationalBox {
  return basis.inverse.map((row) => {
    let lo = rat(0n);
    let hi = rat(0n);
    row.forEach((a, j) => {
      const [l, h] = box[j];
      const ends = [mul(a, l), mul(a, h)];
      const [small, large] = cmp(ends[0], ends[1]) <= 0 ? ends : [ends[1], ends[0]];
      lo = add(lo, small);
      hi = add(hi, large);
    });
    return [lo, hi] as [Rational, Rational];
  });
}

/** A float64 enclosure map of u ↦ A u: for an interval box U, a box containing {A u : u ∈ U} (outward rounding). */
export function imageMap(basis: Basis): (U: F64Interval[]) => F64Interval[] {
  const A = basis.A.map((row) => row.map(I.fromRational));
  return (U) => A.map((row) => row.reduce((s, a, j) => I.add(s, I.mul(a, U[j])), I.point(0)));
}
