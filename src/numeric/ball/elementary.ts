/**
 * exp, ln, sigmoid, tanh and softplus of balls, with proved error bounds, on the fixed-point kernel of fixed.ts.
 *
 * Each function is first evaluated at the ball's exact midpoint c (a dyadic) by the kernel, whose error bound is
 * proved there (`expOfFixed`, `newtonLn`), giving a ball f(c) and an upper bound f'(c) <= S. Then the input radius r
 * is propagated by the mean value theorem with a bound of |f'| over the whole ball [c − r, c + r]:
 *   exp, sigmoid, softplus: f'(y) <= f'(c)·e^|y−c|  (ln f' has slope in [−1, 1]), so sup |f'| <= S·(1 + 2r) for r <= 1;
 *   tanh: ln(1 − tanh²)' = −2 tanh ∈ [−2, 2], so sup |f'| <= S·(1 + 4r) for r <= 1/2;
 *   ln: sup 1/y = 1/(c − r).
 * (e^a <= 1 + 2a on [0, 1] by convexity.) Radii of 1/2 or more use the ends instead: every function here is
 * increasing, so f(ball) lies between the lower end of f(c − r) and the upper end of f(c + r).
 */
import { expNegReduced, lnTwoFixed, newtonLn } from '../fixed.js';
import { add, ballEnds, ballFromEnds, div, exactBall, isWhole, magLower, magUpper, mul, roundBall, sub, WHOLE_LINE, type Ball } from './ball.js';
import { bitLength, MAG_ONE, magAdd, magBelowPow2, magDiv, magMin, magMul, magOfBigLower, magOfBigUpper, magPow2, type Mag } from './mag.js';

/** Extra bits the kernel works at beyond the requested precision (its error of 2S + 5 units then stays below an ulp). */
const GUARD = 12;
const ONE = exactBall(1n);
const HALF = exactBall(1n, -1);
const QUARTER: Mag = magPow2(-2);

/** A value at the midpoint and an upper bound of the derivative there. */
interface AtCentre {
  value: Ball;
  slope: Mag;
}

/**
 * e^c for the dyadic c = m·2^e at `prec` bits. With g = max(8, bits(c) + 5) and W = prec + GUARD: X = floor(c·2^(W+g)),
 * k = floor(X/L2), T = X − k·L2 in [0, L2) (L2 within 1 of ln2·2^(W+g)), so t = T·2^−(W+g) differs from c − k·ln2 by
 * at most (1 + |k|)·2^−(W+g). Then e^t = 2·e^−(ln2 − t), and U = floor((L2 − T)/2^g) gives u = U·2^−W in [0, 1) within
 * 2^−W + 2^−(W+g) of ln2 − t. So e^c = 2^(k+1)·e^−u·e^δ with |δ| <= 2^−W·(1 + (2 + |k|)·2^−g) <= 1.125·2^−W
 * (2^g >= 8·(2 + |k|)), and the kernel's M = e^−u·2^W ± (2S + 3) (`expNegReduced`, e^−u <= 1) gives
 * e^c = (M ± (2S + 5))·2^(k+1−W). |c| >= 2^50 is answered without the kernel: the whole line for c > 0,
 * 0 ± 2^(−2^50) (> e^c) for c < 0.
 */
function expAt(m: bigint, e: number, prec: number): Ball {
  if (m === 0n) return ONE;
  const cbits = e + bitLength(m);
  if (cbits > 51) return m > 0n ? WHOLE_LINE : { m: 0n, e: 0, rad: magPow2(-(2 ** 50)) };
  const W = prec + GUARD;
  const g = Math.max(8, cbits + 5);
  const Wg = W + g;
  const sh = e + Wg;
  const X = sh >= 0 ? m << BigInt(sh) : m >> BigInt(-sh);
  const L2 = lnTwoFixed(Wg);
  // k = floor(X/L2): a double estimate (no BigInt division) corrected until T = X − k·L2 lies in [0, L2).
  let k = Wg + cbits < 1000 ? BigInt(Math.floor(Number(X) / Number(L2))) : X / L2;
  let T = X - k * L2;
  while (T < 0n) {
    T += L2;
    k -= 1n;
  }
  while (T >= L2) {
    T -= L2;
    k += 1n;
  }
  const r = expNegReduced((L2 - T) >> BigInt(g), W);
  const exponent = Number(k) + 1 - W;
  return roundBall(r.m, exponent, magOfBigUpper(r.err + 2n, exponent), prec);
}

/**
 * f over the ball x for an increasing f given at dyadics by `at`, with sup |f'| over the ball <= slope·(1 + growth·r)
 * for r < 1/2 (see the module comment); ends for wider balls; `whole` for the whole line.
 */
function increasing(x: Ball, prec: number, at: (m: bigint, e: number, prec: number) => AtCentre, growth: number, whole: Ball): Ball {
  if (isWhole(x)) return whole;
  if (x.rad.m === 0) return at(x.m, x.e, prec).value;
  if (magBelowPow2(x.rad, -1)) {
    const { value, slope } = at(x.m, x.e, prec);
    if (isWhole(value)) return value;
    const sup = magMul(slope, magAdd(MAG_ONE, magMul(magPow2(Math.log2(growth)), x.rad)));
    return roundBall(value.m, value.e, magAdd(value.rad, magMul(sup, x.rad)), prec);
  }
  const ends = ballEnds(x, prec);
  const lo = at(ends.lo.m, ends.lo.e, prec).value;
  const hi = at(ends.hi.m, ends.hi.e, prec).value;
  if (isWhole(lo) || isWhole(hi)) return whole;
  return ballFromEnds(ballEnds(lo, prec).lo, ballEnds(hi, prec).hi, prec);
}

function expCentre(m: bigint, e: number, prec: number): AtCentre {
  const value = expAt(m, e, prec);
  return { value, slope: isWhole(value) ? magPow2(0) : magUpper(value) };
}

/** Encloses {e^y : y ∈ x} (the whole line when e^(c + r) may pass 2^(2^52)). */
export function exp(x: Ball, prec: number): Ball {
  return increasing(x, prec, expCentre, 2, WHOLE_LINE);
}

/** s(c), 1 − s(c) = s(−c) and s'(c) = s(c)·s(−c) from one u = e^−|c|: 1/(1 + u) and u/(1 + u), no cancellation. */
function sigmoidPairAt(m: bigint, e: number, prec: number): { s: Ball; c: Ball; slope: Ball; u: Ball } {
  if (m === 0n) return { s: HALF, c: HALF, slope: exactBall(1n, -2), u: ONE };
  const w = prec + 4;
  const u = expAt(m > 0n ? -m : m, e, w);
  const large = div(ONE, add(ONE, u, w), w);
  const small = mul(u, large, w);
  const slope = mul(small, large, prec);
  const [s, c] = m > 0n ? [large, small] : [small, large];
  return { s: roundBall(s.m, s.e, s.rad, prec), c: roundBall(c.m, c.e, c.rad, prec), slope, u };
}

/** s(c) alone: 1/(1 + u) for c > 0, u/(1 + u) for c < 0 (one division), slope s'(c) <= min(u, 1/4). */
function sigmoidCentre(m: bigint, e: number, prec: number): AtCentre {
  if (m === 0n) return { value: HALF, slope: QUARTER };
  const w = prec + 4;
  const u = expAt(m > 0n ? -m : m, e, w);
  const value = div(m > 0n ? ONE : u, add(ONE, u, w), prec);
  return { value, slope: magMin(magUpper(u), QUARTER) };
}

const UNIT_INTERVAL: Ball = { m: 1n, e: -1, rad: magPow2(-1) };

/** Encloses {1/(1 + e^−y) : y ∈ x}, with full relative accuracy far out (s(−10^6) ≈ e^−10^6). */
export function sigmoid(x: Ball, prec: number): Ball {
  return increasing(x, prec, sigmoidCentre, 2, UNIT_INTERVAL);
}

/**
 * Encloses [s(y), s(−y), s'(y)] over y ∈ x from one kernel call at the midpoint: s and s(−y) move by at most
 * r·sup s', and s'' = s'·(1 − 2s) so s' moves by at most r·sup s' too, sup s' <= s'(c)·(1 + 2r) (module comment).
 * Radii of 1/2 or more: s and s(−y) from their ends, s' as their product.
 */
export function sigmoidJet(x: Ball, prec: number): [Ball, Ball, Ball] {
  if (isWhole(x) || !magBelowPow2(x.rad, -1)) {
    const s = sigmoid(x, prec);
    const c = sigmoid({ m: -x.m, e: x.e, rad: x.rad }, prec);
    return [s, c, mul(s, c, prec)];
  }
  const p = sigmoidPairAt(x.m, x.e, prec);
  if (x.rad.m === 0) return [p.s, p.c, p.slope];
  const sup = magMul(magMin(magUpper(p.u), QUARTER), magAdd(MAG_ONE, magMul(magPow2(1), x.rad)));
  const move = magMul(sup, x.rad);
  const widen = (b: Ball): Ball => roundBall(b.m, b.e, magAdd(b.rad, move), prec);
  return [widen(p.s), widen(p.c), widen(p.slope)];
}

/**
 * tanh c. For |c| < 2^−(prec/2 + 2): c − c³/3 with the alternating tail |c|^5 > (2/15)|c|^5. Otherwise
 * sign(c)·(1 − u)/(1 + u), u = e^−2|c|, at prec + bits(1/|c|) + 4 bits so that 1 − u ≈ 2|c| keeps prec bits.
 * Slope: 1 − tanh² c = 4u/(1 + u)² <= min(1, 4u).
 */
function tanhCentre(m: bigint, e: number, prec: number): AtCentre {
  if (m === 0n) return { value: exactBall(0n), slope: MAG_ONE };
  const top = e + bitLength(m);
  const c = exactBall(m, e);
  if (top < -(prec / 2 + 2)) {
    const cube = mul(mul(c, c, prec + 8), c, prec + 8);
    const t = sub(c, div(cube, exactBall(3n), prec + 8), prec);
    return { value: roundBall(t.m, t.e, magAdd(t.rad, magPow2(5 * top)), prec), slope: MAG_ONE };
  }
  const w = prec + Math.max(0, -top) + 4;
  const u = expAt(m > 0n ? -m : m, e + 1, w);
  const t = div(sub(ONE, u, w), add(ONE, u, w), prec);
  return { value: m > 0n ? t : { m: -t.m, e: t.e, rad: t.rad }, slope: magMin(magMul(magPow2(2), magUpper(u)), MAG_ONE) };
}

const SIGNED_UNIT: Ball = { m: 0n, e: 0, rad: MAG_ONE };

/** Encloses {tanh y : y ∈ x}, with full relative accuracy near 0. */
export function tanh(x: Ball, prec: number): Ball {
  return increasing(x, prec, tanhCentre, 4, SIGNED_UNIT);
}

/** The Newton starting guess ln(mant)·2^W from the double of mant = M·2^−W (any guess is sound; a good one is fast). */
function lnGuess(M: bigint, W: number): bigint {
  const s = Math.max(0, bitLength(M) - 60);
  const mant = Number(M >> BigInt(s)) * 2 ** (s - W);
  const g = BigInt(Math.round(Math.log(mant) * 2 ** 53));
  return W >= 53 ? g << BigInt(W - 53) : g >> BigInt(53 - W);
}

/**
 * ln c for the dyadic c = m·2^e > 0: c = mant·2^n with n = round(log2 c), mant in about [0.7, 1.42] (the kernel's
 * `newtonLn` accepts [0.31, 3.17] and certifies its error whatever the guess), M = floor(mant·2^W) exact up to the
 * floor; for n = 0 and |c − 1| < 2^−4, W gains the bits of 1/|c − 1| (relative accuracy near 1). Then n·ln2 is added
 * with L2 = lnTwoFixed(W + b), 2^b > |n|, within |n| < 2^b units of 2^−(W+b). Slope 1/c.
 */
function lnCentre(m: bigint, e: number, prec: number): AtCentre {
  if (m <= 0n) throw new RangeError('ln of a ball that may contain non-positive numbers');
  const b = bitLength(m);
  const s = Math.max(0, b - 60);
  const n = Math.round(Math.log2(Number(m >> BigInt(s))) + s + e);
  let extra = 0;
  if (n === 0) {
    const t = e >= 0 ? (m << BigInt(e)) - 1n : m - (1n << BigInt(-e));
    if (t === 0n) return { value: exactBall(0n), slope: MAG_ONE };
    const tTop = bitLength(t) + Math.min(e, 0);
    if (tTop < -4) extra = -tTop + 2;
  }
  const W = prec + GUARD + extra;
  const sh = e - n + W;
  const M = sh >= 0 ? m << BigInt(sh) : m >> BigInt(-sh);
  const y = newtonLn(M, lnGuess(M, W), W, extra);
  const slope = magDiv(MAG_ONE, magOfBigLower(m, e));
  if (n === 0) return { value: roundBall(y.m, -W, magOfBigUpper(y.err, -W), prec), slope };
  const bn = bitLength(BigInt(n)) + 1;
  const L2 = lnTwoFixed(W + bn);
  const sum = (y.m << BigInt(bn)) + BigInt(n) * L2;
  return { value: roundBall(sum, -(W + bn), magOfBigUpper(y.err + 1n, -W), prec), slope };
}

/** Encloses {ln y : y ∈ x}; throws RangeError unless every point of x is > 0. Radius propagated as r/(c − r). */
export function ln(x: Ball, prec: number): Ball {
  if (isWhole(x) || x.m <= 0n) throw new RangeError('ln of a ball that may contain non-positive numbers');
  const low = magLower(x);
  if (low.m === 0) throw new RangeError('ln of a ball that may contain non-positive numbers');
  const { value } = lnCentre(x.m, x.e, prec);
  if (x.rad.m === 0) return value;
  // sup 1/y over the ball is 1/(c − r); `slope` (1/c) bounds it only at the midpoint.
  return roundBall(value.m, value.e, magAdd(value.rad, magMul(magDiv(MAG_ONE, low), x.rad)), prec);
}

/**
 * softplus c = max(c, 0) + ln(1 + u), u = e^−|c| <= 1: ln(1 + u) = u − u²/2 ± u³/3 once u < 2^−(prec/2 + 2), else the
 * ball ln of 1 + u formed at 3prec/2 + 8 bits (so that ln(1 + u) ≈ u keeps prec bits). Slope s(c) <= min(1, u) for
 * c < 0, <= 1 otherwise.
 */
function softplusCentre(m: bigint, e: number, prec: number): AtCentre {
  if (m === 0n) return { value: lnCentre(2n, 0, prec).value, slope: MAG_ONE };
  const w = prec + 8;
  const u = expAt(m > 0n ? -m : m, e, w);
  const uUpper = magUpper(u);
  let l: Ball;
  if (magBelowPow2(uUpper, -Math.ceil(prec / 2 + 2))) {
    const t = sub(u, mul(HALF, mul(u, u, w), w), w);
    l = roundBall(t.m, t.e, magAdd(t.rad, magMul(uUpper, magMul(uUpper, uUpper))), w);
  } else {
    l = ln(add(ONE, u, Math.ceil((3 * prec) / 2) + 8), w);
  }
  if (m > 0n) return { value: add(exactBall(m, e), l, prec), slope: MAG_ONE };
  return { value: roundBall(l.m, l.e, l.rad, prec), slope: magMin(uUpper, MAG_ONE) };
}

/** Encloses {ln(1 + e^y) : y ∈ x}, accurate at every y (≈ e^y far left, ≈ y far right). */
export function softplus(x: Ball, prec: number): Ball {
  return increasing(x, prec, softplusCentre, 2, WHOLE_LINE);
}
