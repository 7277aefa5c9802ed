/**
 * The resultant of two polynomials in two variables with respect to one of them, together with its cofactors:
 * A·f + B·g = R, R = Res_{z_e}(f, g) a polynomial in the other variable z_k alone, deg_{z_e} A < deg_{z_e} g,
 * deg_{z_e} B < deg_{z_e} f. Found by evaluation at integer z_k = a (where both leading coefficients survive), the
 * solution of the Sylvester system at that point (there A_a, B_a are the unique cofactors of Res(f_a, g_a), the
 * specialisation of the Sylvester-adjugate cofactors) and interpolation; the identity is re-checked exactly before
 * returning. Untrusted search code: the kernel checks the identity itself. (Per point the cofactors come from the
 * Sylvester system by fraction-free elimination, not from the Euclidean algorithm over Q, whose fractions grow.)
 */
import { div, isZero, rat, sub, ZERO, type Rational } from './rational.js';
import { qAdd, qDivRem, qMul, qNormalize, qScale, qSub, type QPoly } from './poly-q.js';
import { determinant, solveExact } from './matrix-q.js';
import { mpAdd, mpCoefficientsIn, mpDegreeIn, mpEval, mpFromUnivariate, mpIsZero, mpMul, mpoly, mpSub, mpSubstitute, mpToUnivariate, type MPolyQ } from './mpoly-q.js';

/** s·f + t·g = d with d the monic gcd of f and g over Q (lowest first). */
export function qExtendedGcd(f: QPoly, g: QPoly): { d: QPoly; s: QPoly; t: QPoly } {
  let [r0, r1] = [qNormalize(f), qNormalize(g)];
  let [s0, s1]: QPoly[] = [[rat(1)], []];
  let [t0, t1]: QPoly[] = [[], [rat(1)]];
  while (r1.length > 0) {
    const { q, r } = qDivRem(r0, r1);
    [r0, r1] = [r1, r];
    [s0, s1] = [s1, qSub(s0, qMul(q, s1))];
    [t0, t1] = [t1, qSub(t0, qMul(q, t1))];
  }
  const lead = r0[r0.length - 1];
  const inv = div(rat(1), lead);
  return { d: qScale(r0, inv), s: qScale(s0, inv), t: qScale(t0, inv) };
}

/**
 * For f of degree m and g of degree n (lowest first): the determinant r of the matrix whose columns are x^k f
 * (k < n) and x^k g (k < m), and s, t with s f + t g = r (deg s < n, deg t < m), by fraction-free elimination;
 * null when r = 0. The determinant is the resultant up to a sign that depends on m and n only.
 */
function sylvesterCofactors(f: QPoly, g: QPoly, m: number, n: number): { r: Rational; s: QPoly; t: QPoly } | null {
  const size = m + n;
  const column = (p: QPoly, shift: number): Rational[] => Array.from({ length: size }, (_, row) => p[row - shift] ?? ZERO);
  const columns = [...Array.from({ length: n }, (_, k) => column(f, k)), ...Array.from({ length: m }, (_, k) => column(g, k))];
  const M = Array.from({ length: size }, (_, row) => columns.map((c) => c[row]));
  const r = determinant(M);
  if (isZero(r)) return null;
  const x = solveExact(M, Array.from({ length: size }, (_, row) => [row === 0 ? r : ZERO]));
  if (x === null) return null;
  return { r, s: x.slice(0, n).map((v) => v[0]), t: x.slice(n).map((v) => v[0]) };
}

/** The polynomial of degree < xs.length through the points (xs_i, ys_i) (distinct xs), lowest first. */
export function interpolate(xs: readonly Rational[], ys: readonly Rational[]): QPoly {
  // Newton's divided differences, then expansion of the Newton form.
  const n = xs.length;
  const c = ys.slice();
  for (let j = 1; j < n; j++) for (let i = n - 1; i >= j; i--) c[i] = div(sub(c[i], c[i - 1]), sub(xs[i], xs[i - j]));
  let p: QPoly = [];
  for (let i = n - 1; i >= 0; i--) p = qAdd(qMul(p, [sub(ZERO, xs[i]), rat(1)]), [c[i]]);
  return qNormalize(p);
}

function univariateAt(f: MPolyQ, keep: number, eliminate: number, a: Rational): QPoly {
  return mpToUnivariate(mpSubstitute(f, keep, a), eliminate);
}

/**
 * R(z_keep) = Res_{z_eliminate}(f, g) and A, B with A·f + B·g = R, for f, g in two variables (k = 2) of positive
 * degree in z_eliminate. Throws RangeError when R is identically 0 (f and g share a factor) or an input is malformed.
 */
export function resultantWithCofactors(f: MPolyQ, g: MPolyQ, eliminate: number, keep: number): { R: QPoly; A: MPolyQ; B: MPolyQ } {
  if (f.k !== 2 || g.k !== 2 || eliminate === keep) throw new RangeError('resultantWithCofactors works in two variables');
  const m = mpDegreeIn(f, eliminate);
  const n = mpDegreeIn(g, eliminate);
  if (m < 1 || n < 1) throw new RangeError('both polynomials need positive degree in the eliminated variable');
  const leadF = mpCoefficientsIn(f, eliminate)[m];
  const leadG = mpCoefficientsIn(g, eliminate)[n];
  const e = Math.max(mpDegreeIn(f, keep), mpDegreeIn(g, keep));
  const bound = (m + n) * e;
  const xs: Rational[] = [];
  const values: Rational[] = [];
  const aCoeffs: Rational[][] = Array.from({ length: n }, () => []);
  const bCoeffs: Rational[][] = Array.from({ length: m }, () => []);
  let zeros = 0;
  for (let a = 0n; xs.length <= bound; a++) {
    const at = rat(a);
    const point = [ZERO, ZERO];
    point[keep] = at;
    if (isZero(mpEval(leadF, point)) || isZero(mpEval(leadG, point))) continue;
    const fa = univariateAt(f, keep, eliminate, at);
    const ga = univariateAt(g, keep, eliminate, at);
    const cofactors = sylvesterCofactors(fa, ga, m, n);
    if (cofactors === null) {
      if (++zeros > bound + 1) throw new RangeError('the resultant vanishes identically: the polynomials share a factor');
      continue;
    }
    const { r, s, t } = cofactors;
    xs.push(at);
    values.push(r);
    for (let d = 0; d < n; d++) aCoeffs[d].push(s[d] ?? ZERO);
    for (let d = 0; d < m; d++) bCoeffs[d].push(t[d] ?? ZERO);
  }
  const R = interpolate(xs, values);
  const lift = (coefficients: Rational[][]): MPolyQ =>
    coefficients.reduce<MPolyQ>((acc, ys, d) => {
      const c = mpFromUnivariate(interpolate(xs, ys), 2, keep);
      const power = mpoly(2, [{ c: rat(1), e: eliminate === 0 ? [d, 0] : [0, d] }]);
      return mpAdd(acc, mpMul(c, power));
    }, mpoly(2, []));
  const A = lift(aCoeffs);
  const B = lift(bCoeffs);
  if (!mpIsZero(mpSub(mpAdd(mpMul(A, f), mpMul(B, g)), mpFromUnivariate(R, 2, keep)))) throw new Error('internal: the interpolated cofactors fail the identity');
  return { R, A, B };
}

