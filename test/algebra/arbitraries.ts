/** fast-check generators of integer polynomials for the algebra tests (from fc.bigInt, never doubles). */
import fc from 'fast-check';
import { zNormalize, type ZPoly } from '../../src/algebra/poly-z.js';

/** Integer polynomials of degree ≤ maxDegree with coefficients in [−bound, bound] (possibly zero). */
export function zPolyArb(maxDegree: number, bound = 20n): fc.Arbitrary<ZPoly> {
  return fc.array(fc.bigInt({ min: -bound, max: bound }), { minLength: 1, maxLength: maxDegree + 1 }).map(zNormalize);
}

/** Integer polynomials of exact degree between minDegree and maxDegree (non-zero leading coefficient). */
export function zPolyOfDegree(minDegree: number, maxDegree: number, bound = 20n): fc.Arbitrary<ZPoly> {
  return fc
    .tuple(
      fc.array(fc.bigInt({ min: -bound, max: bound }), { minLength: minDegree, maxLength: maxDegree }),
      fc.bigInt({ min: 1n, max: bound }),
      fc.boolean(),
    )
    .map(([low, lead, negative]) => zNormalize([...low, negative ? -lead : lead]));
}
