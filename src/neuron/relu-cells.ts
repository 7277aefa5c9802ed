/**
 * The relu neuron in the plane, exactly: the cells of the arrangement {w : w·x_i = 0} (open cones with a fixed active
 * set S = {i : w·x_i > 0}), and on each the stationary set of the cell loss ℓ_S(w) = Σ_{i∈S} ½(t_i − w·x_i)² + c,
 * from the normal equations A_S w = b_S in exact rationals. Search code: what it returns is evidence, the kernel checks
 * the general identities (claims/relu-cell-least-squares-2d.claim.ts).
 */
import { add, div, mul, ratToString, sign, sub, ZERO, rat, type Rational } from '../algebra/rational.js';
import type { DataPoint } from './data.js';

/** One cell: its active set (indices into the data), a rational direction inside it, and its stationary set. */
export interface ReluCell {
  active: number[];
  direction: [Rational, Rational];
  /**
   * `point`: det A_S ≠ 0 and w* = A_S⁻¹ b_S, with `inCell` telling whether w* lies in the open cell (then it is a
   * stationary point of the relu loss); `line`: rank 1 (all active inputs collinear), the stationary set of ℓ_S is the
   * line A_S w = b_S, to be intersected with the cell; `flat`: no active point, ℓ_S constant.
   */
  stationary: { kind: 'point'; w: [Rational, Rational]; inCell: boolean } | { kind: 'line' } | { kind: 'flat' };
}

const dot = (w: readonly Rational[], x: readonly Rational[]): Rational => add(mul(w[0], x[0]), mul(w[1], x[1]));

/** The active set of w (null when w lies on a line w·x_i = 0 of a non-zero input). */
function activeSet(data: readonly DataPoint[], w: readonly Rational[]): number[] | null {
  const out: number[] = [];
  for (const [i, p] of data.entries()) {
    const s = sign(dot(w, p.x));
    if (s === 0 && (sign(p.x[0]) !== 0 || sign(p.x[1]) !== 0)) return null;
    if (s > 0) out.push(i);
  }
  return out;
}

/**
 * Every cell of the arrangement of the lines w·x_i = 0 (x_i ∈ Q², zero inputs never active), each with its stationary
 * set. Cells are found from the integer directions on the boundary of [−R, R]², R doubled until the count of distinct
 * active sets is 2m for the m distinct lines (every open cone then holds one); throws if R passes 2^20.
 */
export function reluCells(data: readonly DataPoint[]): ReluCell[] {
  if (data.some((p) => p.x.length !== 2)) throw new RangeError('reluCells: inputs must be in R^2');
  const normals = data.filter((p) => sign(p.x[0]) !== 0 || sign(p.x[1]) !== 0).map((p) => p.x);
  const lines = new Set(normals.map((x) => (sign(x[1]) === 0 ? 'vertical' : ratToString(div(x[0], x[1])))));
  const wanted = lines.size === 0 ? 1 : 2 * lines.size;
  for (let R = 4n; R <= 1n << 20n; R *= 2n) {
    const cells = new Map<string, ReluCell>();
    const ring: [bigint, bigint][] = [];
    for (let k = -R; k < R; k++) ring.push([k, -R], [R, k], [-k, R], [-R, -k]);
    for (const [a, b] of ring) {
      const w: [Rational, Rational] = [rat(a), rat(b)];
      const active = activeSet(data, w);
      if (active === null || cells.has(active.join(','))) continue;
      cells.set(active.join(','), { active, direction: w, stationary: stationarySet(data, active) });
    }
    if (cells.size === wanted) return [...cells.values()];
  }
  throw new RangeError('reluCells: the cells were not all found (inputs too close to parallel)');
}

/** The stationary set of ℓ_S by the rank of A_S: Cramer's point with its cell test, a line, or flat. */
function stationarySet(data: readonly DataPoint[], active: readonly number[]): ReluCell['stationary'] {
  const pts = active.map((i) => data[i]);
  if (pts.length === 0) return { kind: 'flat' };
  const sum = (f: (p: DataPoint) => Rational) => pts.reduce((s, p) => add(s, f(p)), ZERO);
  const A11 = sum((p) => mul(p.x[0], p.x[0]));
  const A12 = sum((p) => mul(p.x[0], p.x[1]));
  const A22 = sum((p) => mul(p.x[1], p.x[1]));
  const b1 = sum((p) => mul(p.t, p.x[0]));
  const b2 = sum((p) => mul(p.t, p.x[1]));
  const det = sub(mul(A11, A22), mul(A12, A12));
  if (sign(det) === 0) return { kind: 'line' };
  const w: [Rational, Rational] = [div(sub(mul(A22, b1), mul(A12, b2)), det), div(sub(mul(A11, b2), mul(A12, b1)), det)];
  const here = activeSet(data, w);
  return { kind: 'point', w, inCell: here !== null && here.join(',') === active.join(',') };
}
