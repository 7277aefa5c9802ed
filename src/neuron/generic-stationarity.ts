/**
 * The stationarity numerator with symbolic targets (untrusted; the kernel re-checks everything): for a sigmoid neuron
 * with squared loss, integer inputs x_i ≠ 0 and symbolic targets t_i, L′(w) = c · e^{mw} · N(e^w; t) / D(e^w) where
 * N ∈ Z[t][z] is affine in the targets and D = Π_k (1 + z^k)^3 over the distinct |x_i| does not depend on t.
 * Also the specialization N(z; t0) at rational targets, as the primitive integer polynomial the Galois search takes.
 */
import type { Certificate } from '../kernel/types.js';
import type { GenericMonomial, GenericPoly } from '../kernel/generic-poly.js';
import { genericToExpr, specializeGeneric } from '../kernel/generic-poly.js';
import { bigGcd, type Rational } from '../algebra/rational.js';
import { zMul, zPow, zShift, zToStrings, type ZPoly } from '../algebra/poly-z.js';
import { add, div, exp, mul, num, pow, sub, sym, type Expr } from '../symbolic/expr.js';
import { derivativeIdentityCertificate } from '../symbolic/certificates.js';
import { sigmoid } from '../symbolic/sigmoid.js';
import { WEIGHT } from './stationarity-certificate.js';

/** L′ = scale · z^shift · N(z; t) / D(z) at z = e^w, with the targets as the symbols `params`. */
export interface GenericStationarity {
  params: string[];
  /** N(z; t): highest z-degree first, integer coefficients in the targets, content 1, N(0; t) ≢ 0. */
  numerator: GenericPoly;
  /** D(z) = Π (1 + z^k)^3, highest first; positive on (0, ∞) and free of t. */
  denominator: string[];
  /** A positive integer. */
  scale: bigint;
  shift: number;
  /** L(w; t) = ½ Σ (t_i − s(x_i w))^2 written with the inputs and the target symbols. */
  loss: Expr;
}

const plusPower = (k: number): ZPoly => [1n, ...new Array<bigint>(k - 1).fill(0n), 1n];

/** The target symbol of point i (from 1): t1, t2, … */
export function targetName(i: number): string {
  return `t${i}`;
}

/**
 * The generic stationarity data of a sigmoid neuron with squared loss for the inputs `xs` (distinct non-zero integers),
 * targets symbolic. Throws RangeError on an input 0 or a repeated input.
 */
export function genericSigmoidStationarity(xs: readonly bigint[]): GenericStationarity {
  if (xs.length === 0 || xs.some((x) => x === 0n)) throw new RangeError('the inputs must be non-zero integers');
  if (new Set(xs).size !== xs.length) throw new RangeError('the inputs must be distinct');
  const params = xs.map((_, i) => targetName(i + 1));
  const ks = [...new Set(xs.map((x) => Number(x < 0n ? -x : x)))].sort((a, b) => a - b);
  const D = ks.reduce<ZPoly>((acc, k) => zMul(acc, zPow(plusPower(k), 3)), [1n]);
  // point i: x (A − t B) A C (1 + z^k)^{-3}, with s = A/B, 1 − s = C/B, B = 1 + z^k
  const constant: ZPoly[] = [];
  const linear: ZPoly[] = [];
  xs.forEach((x) => {
    const k = Number(x < 0n ? -x : x);
    const A = x > 0n ? zShift([1n], k) : [1n];
    const C = x > 0n ? [1n] : zShift([1n], k);
    const cofactor = ks.filter((j) => j !== k).reduce<ZPoly>((acc, j) => zMul(acc, zPow(plusPower(j), 3)), [1n]);
    const AC = zMul(zMul(A, C), cofactor).map((c) => c * x);
    constant.push(zMul(A, AC));
    linear.push(zMul(plusPower(k), AC).map((c) => -c));
  });
  const N0 = constant.reduce(addZ, []);
  const parts = [N0, ...linear];
  const degree = Math.max(...parts.map((p) => p.length - 1));
  const shift = Math.min(...parts.map((p) => p.findIndex((c) => c !== 0n)).filter((i) => i >= 0));
  const scale = parts.flat().reduce((g, c) => bigGcd(g, c < 0n ? -c : c), 0n);
  const numerator: GenericPoly = [];
  for (let d = degree; d >= shift; d--) {
    const monomials: GenericMonomial[] = [];
    const c0 = N0[d] ?? 0n;
    if (c0 !== 0n) monomials.push([(c0 / scale).toString(), params.map(() => 0)]);
    linear.forEach((p, i) => {
      const c = p[d] ?? 0n;
      if (c !== 0n) monomials.push([(c / scale).toString(), params.map((_, j) => (j === i ? 1 : 0))]);
    });
    (numerator as GenericMonomial[][]).push(monomials.sort((a, b) => b[1].join().localeCompare(a[1].join())));
  }
  const times = (x: bigint): Expr => (x === 1n ? sym(WEIGHT) : mul(num(x), sym(WEIGHT)));
  const loss = mul(num('1/2'), add(...xs.map((x, i) => pow(sub(sym(params[i]), sigmoid(times(x))), 2))));
  return { params, numerator, denominator: zToStrings(D), scale, shift, loss };
}

function addZ(f: ZPoly, g: ZPoly): ZPoly {
  const out = Array.from({ length: Math.max(f.length, g.length) }, (_, i) => (f[i] ?? 0n) + (g[i] ?? 0n));
  return out;
}

/** c · e^{mw} · N(e^w; t) / D(e^w) as an expression in w and the targets. */
export function genericStationarityExpr(g: GenericStationarity): Expr {
  const z = exp(sym(WEIGHT));
  const D = g.denominator;
  const n = D.length - 1;
  const Dexpr = add(...D.map((c, i) => mul(num(c), pow(z, n - i))));
  return mul(num(g.scale), pow(z, g.shift), div(genericToExpr(g.numerator, g.params, z), Dexpr));
}

/** The `derivative-identity` certificate ∂L/∂w ≡ c e^{mw} N(e^w; t)/D(e^w), for all real w and targets. */
export function genericIdentityCertificate(g: GenericStationarity): Certificate {
  return derivativeIdentityCertificate(g.loss, WEIGHT, genericStationarityExpr(g));
}

/** `real-root-count`: D has no root in (0, +∞). */
export function genericDenominatorCertificate(g: GenericStationarity): Certificate {
  return { kind: 'real-root-count', polynomial: g.denominator, interval: ['0', '+inf'], count: 0 };
}

/** N(z; t0) at rational targets as a primitive integer polynomial (lowest degree first, like ZPoly), sign of its lead kept. */
export function specializedNumerator(g: GenericStationarity, targets: readonly Rational[]): ZPoly {
  if (targets.length !== g.params.length) throw new RangeError(`${g.params.length} targets needed, got ${targets.length}`);
  const q = specializeGeneric(g.numerator, targets);
  const lcm = q.reduce((l, c) => (l * c.den) / bigGcd(l, c.den), 1n);
  const ints = q.map((c) => (c.num * lcm) / c.den);
  const content = ints.reduce((a, c) => bigGcd(a, c < 0n ? -c : c), 0n);
  const sign = ints[0] < 0n ? -1n : 1n;
  const out = ints.map((c) => (sign * c) / content).reverse();
  while (out.length > 1 && out[out.length - 1] === 0n) out.pop();
  return out;
}
