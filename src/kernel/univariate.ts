/**
 * Univariate integer polynomials as the kernel's rules write them: decimal-text coefficients, highest degree first.
 * Exact arithmetic only, and bounded: a rule that checks "R = base · factor^m" never builds a polynomial much larger
 * than R, so a hostile multiplicity cannot make the kernel compute for minutes before refusing.
 */

/** Univariate integer polynomials (highest first) multiplied exactly. */
export function univariateProduct(f: readonly string[], g: readonly string[]): string[] {
  return times(f.map((c) => BigInt(c)), g.map((c) => BigInt(c))).map(String);
}

/** The exact product of two integer polynomials given as bigint coefficients, highest first. */
function times(f: readonly bigint[], g: readonly bigint[]): bigint[] {
  const out = new Array<bigint>(f.length + g.length - 1).fill(0n);
  f.forEach((a, i) => g.forEach((b, j) => (out[i + j] += a * b)));
  return out;
}

/**
 * Whether base · factor^m = target exactly (m ≥ 0; base, factor non-zero with non-zero leading coefficients, as the
 * kernel's decoders give them). Refuses without multiplying when the degrees disagree, and stops as soon as a partial
 * product base · factor^r has a coefficient of B bits or more, B = bits(‖target‖∞) + deg target + log2(deg target + 1) + 1:
 * that partial product cannot divide into the target. (Landau–Mignotte: every non-zero integer polynomial has Mahler
 * measure M ≥ 1, so M(base · factor^r) ≤ M(base · factor^m) = M(target) ≤ √(deg + 1)·‖target‖∞, and a polynomial h of
 * degree n has ‖h‖∞ ≤ 2^n M(h).) Exact: true only for a true identity, false for every other input.
 */
export function isProductWithPower(base: readonly string[], factor: readonly string[], m: number, target: readonly string[]): boolean {
  const degree = (p: readonly string[]): number => p.length - 1;
  if (degree(base) + m * degree(factor) !== degree(target)) return false;
  const T = target.map((c) => BigInt(c));
  const largest = T.reduce((a, c) => (c < 0n ? (-c > a ? -c : a) : c > a ? c : a), 0n);
  const bound = (largest + 1n) << BigInt(degree(target) + Math.ceil(Math.log2(degree(target) + 1)) + 1);
  const F = factor.map((c) => BigInt(c));
  let product = base.map((c) => BigInt(c));
  for (let r = 0; r < m; r++) {
    product = times(product, F);
    if (product.some((c) => c >= bound || -c >= bound)) return false;
  }
  return product.every((c, i) => c.toString() === target[i]);
}
