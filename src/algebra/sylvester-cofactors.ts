/**
 * The resultant of two polynomials in k variables with respect to one of them, with its cofactors: the Sylvester
 * determinant expanded along its last column after the column operation that puts z^j f and z^j g there, so that
 * Res_z(f, g) = A f + B g with A, B polynomial. Exact (Laplace expansion with memoised minors over Q[z_1..z_k]);
 * meant for small degrees in the eliminated variable (m + n ≤ 12). Untrusted: the kernel re-checks every identity.
 */
import { mpAdd, mpCoefficientsIn, mpDegreeIn, mpIsZero, mpMonomial, mpMul, mpScale, type MPolyQ } from './mpoly-q.js';
import { rat } from './rational.js';

const zero = (k: number): MPolyQ => ({ k, terms: new Map() });

/** det of the square matrix restricted to `rows` (all columns in `cols`), by expansion along the first row, memoised. */
function minor(matrix: readonly (readonly MPolyQ[])[], rows: readonly number[], cols: readonly number[], k: number): MPolyQ {
  const memo = new Map<number, MPolyQ>();
  const det = (depth: number, mask: number): MPolyQ => {
    if (depth === rows.length) return mpMonomial(rat(1n), new Array<number>(k).fill(0));
    const hit = memo.get(mask);
    if (hit) return hit;
    let acc = zero(k);
    let sign = 1n;
    cols.forEach((col, j) => {
      if (mask & (1 << j)) return;
      const entry = matrix[rows[depth]][col];
      if (!mpIsZero(entry)) acc = mpAdd(acc, mpScale(mpMul(entry, det(depth + 1, mask | (1 << j))), rat(sign)));
      sign = -sign;
    });
    memo.set(mask, acc);
    return acc;
  };
  return det(0, 0);
}

/** R = Res_{z_v}(f, g) (free of z_v) and A, B with A f + B g = R; throws RangeError when R = 0 or the degrees are too large. */
export function sylvesterResultantWithCofactors(f: MPolyQ, g: MPolyQ, v: number): { R: MPolyQ; A: MPolyQ; B: MPolyQ } {
  const k = f.k;
  const [m, n] = [mpDegreeIn(f, v), mpDegreeIn(g, v)];
  if (m < 1 || n < 1 || m + n > 12) throw new RangeError('Sylvester cofactors need degrees 1..11 in the eliminated variable, m + n ≤ 12');
  const N = m + n;
  const [fc, gc] = [mpCoefficientsIn(f, v), mpCoefficientsIn(g, v)];
  // Row r < n holds z^{n−1−r} f: column c is the coefficient of z^{N−1−c}.
  const matrix: MPolyQ[][] = Array.from({ length: N }, (_, r) =>
    Array.from({ length: N }, (_, c) => {
      const power = N - 1 - c;
      const [coefficients, shift] = r < n ? [fc, n - 1 - r] : [gc, m - 1 - (r - n)];
      const d = power - shift;
      return d >= 0 && d < coefficients.length ? coefficients[d] : zero(k);
    }),
  );
  const zPower = (d: number): MPolyQ => mpMonomial(rat(1n), Array.from({ length: k }, (_, l) => (l === v ? d : 0)));
  const cols = Array.from({ length: N - 1 }, (_, c) => c);
  let [A, B] = [zero(k), zero(k)];
  for (let r = 0; r < N; r++) {
    const sign = (r + N - 1) % 2 === 0 ? 1n : -1n;
    const M = mpScale(minor(matrix, [...Array(N).keys()].filter((x) => x !== r), cols, k), rat(sign));
    if (r < n) A = mpAdd(A, mpMul(M, zPower(n - 1 - r)));
    else B = mpAdd(B, mpMul(M, zPower(m - 1 - (r - n))));
  }
  const R = mpAdd(mpMul(A, f), mpMul(B, g));
  if (mpIsZero(R)) throw new RangeError('the resultant vanishes identically: the polynomials share a factor');
  if (mpDegreeIn(R, v) > 0) throw new Error('internal: the Sylvester cofactors leave the eliminated variable');
  return { R, A, B };
}
