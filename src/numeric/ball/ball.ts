/**
 * Balls: a midpoint m·2^e (BigInt mantissa m, integer exponent e) and a radius rad (a Mag, an upper bound kept in
 * 26 bits), standing for the closed interval [m·2^e − rad, m·2^e + rad] (Arb's arb_t).
 *
 * Every operation takes a working precision `prec` in bits, computes the exact midpoint of the operation on the
 * midpoints where it can (+, −, ×) or truncates it (÷), truncates the midpoint to about `prec` bits, and adds to the
 * radius an upper bound of everything it dropped: the truncation (at most one unit of the last kept bit), the
 * truncation, and the propagated radii. So each result contains every result of the exact operation applied to points
 * of the arguments, by construction.
 *
 * Range: midpoints with |m·2^e| >= 2^EXP_LIMIT (EXP_LIMIT = 2^52, about 10^(1.36·10^15)) become the whole line
 * (midpoint 0, radius Infinity); midpoints below 2^−EXP_LIMIT become 0 with their size added to the radius; radii
 * never underflow to 0 (mag.ts). Division by a ball that may contain 0 throws RangeError (as interval division does).
 */
import { bitLength, exponentOf, EXP_LIMIT, MAG_INF, MAG_ZERO, magAdd, magDiv, magMul, magOfBigLower, magOfBigUpper, magPow2, magSubLower, magUp, pow2, type Mag } from './mag.js';

/** The interval [m·2^e − rad, m·2^e + rad]; rad = Infinity is the whole real line. */
export interface Ball {
  readonly m: bigint;
  readonly e: number;
  readonly rad: Mag;
}

/** The whole real line. */
export const WHOLE_LINE: Ball = { m: 0n, e: 0, rad: MAG_INF };

/** The exact ball n·2^e (radius 0), not rounded. */
export function exactBall(n: bigint, e = 0): Ball {
  return { m: n, e, rad: MAG_ZERO };
}

/** True iff the ball is the whole line (or its radius is unbounded). */
export function isWhole(x: Ball): boolean {
  return x.rad.m === Infinity;
}

/**
 * The ball (n·2^e ± rad) with its midpoint truncated (floor) to `prec` bits (one unit of the last kept bit goes into
 * the radius: one BigInt shift instead of an addition and a shift), and the range rules of this module applied.
 * `bits` is n's bit length or an estimate within one bit (it only chooses the shift, whose loss the radius counts).
 */
export function roundBall(n: bigint, e: number, rad: Mag, prec: number, bits = bitLength(n)): Ball {
  if (rad.m === Infinity) return WHOLE_LINE;
  if (n === 0n) return { m: 0n, e: 0, rad };
  const top = e + bits;
  const s = bits - prec;
  if (s > 0) {
    n >>= BigInt(s); // floor: the dropped part is in [0, 2^(e+s))
    rad = magAdd(rad, magPow2(e + s));
    e += s;
  }
  if (top > EXP_LIMIT) return WHOLE_LINE;
  if (top < -EXP_LIMIT) return { m: 0n, e: 0, rad: magAdd(rad, magPow2(top)) };
  return { m: n, e, rad };
}

/** An upper bound of max |x| over the ball (|midpoint| + radius). */
export function magUpper(x: Ball): Mag {
  return magAdd(magOfBigUpper(x.m, x.e), x.rad);
}

/** A lower bound of min |x| over the ball (|midpoint| − radius, 0 when the ball contains 0). */
export function magLower(x: Ball): Mag {
  return magSubLower(magOfBigLower(x.m, x.e), x.rad);
}

/** {−x : x ∈ a}, exactly. */
export function neg(a: Ball): Ball {
  return { m: -a.m, e: a.e, rad: a.rad };
}

/** a + b on exact dyadics: the aligned BigInt sum (no rounding). */
function alignedSum(am: bigint, ae: number, bm: bigint, be: number): { m: bigint; e: number } {
  if (ae === be) return { m: am + bm, e: ae };
  if (ae > be) return { m: (am << BigInt(ae - be)) + bm, e: be };
  return { m: am + (bm << BigInt(be - ae)), e: ae };
}

/**
 * Encloses {x + y : x ∈ a, y ∈ b}. When one midpoint is below the other's last kept bit by more than 8 bits, it is
 * added to the radius instead of to the midpoint (no shift by a huge exponent difference).
 */
export function add(a: Ball, b: Ball, prec: number): Ball {
  const rad = magAdd(a.rad, b.rad);
  if (b.m === 0n) return roundBall(a.m, a.e, rad, prec);
  if (a.m === 0n) return roundBall(b.m, b.e, rad, prec);
  const ta = a.e + bitLength(a.m);
  const tb = b.e + bitLength(b.m);
  if (tb < ta - prec - 8) return roundBall(a.m, a.e, magAdd(rad, magOfBigUpper(b.m, b.e)), prec);
  if (ta < tb - prec - 8) return roundBall(b.m, b.e, magAdd(rad, magOfBigUpper(a.m, a.e)), prec);
  const s = alignedSum(a.m, a.e, b.m, b.e);
  return roundBall(s.m, s.e, rad, prec);
}

/** Encloses {x − y : x ∈ a, y ∈ b}. */
export function sub(a: Ball, b: Ball, prec: number): Ball {
  return add(a, neg(b), prec);
}

/**
 * Encloses {x·y : x ∈ a, y ∈ b}: midpoint product, radius |ma|·rb + |mb|·ra + ra·rb. The radius is summed in doubles
 * when the midpoints' doubles are below 2^990: |m| <= x·(1 + 2^−53) for its double x, and the products, the exact
 * scalings and the additions add at most four more roundings of 2^−53 each on positive terms, all covered by the
 * final factor 1 + 2^−48; otherwise (and for unbounded radii) by Mag operations. The product's bit length is read
 * from the doubles' product (within one bit).
 */
export function mul(a: Ball, b: Ball, prec: number): Ball {
  const n = a.m * b.m;
  const e = a.e + b.e;
  const xa = Math.abs(Number(a.m));
  const xb = Math.abs(Number(b.m));
  const xp = xa * xb;
  const bits = xp > 0 && xp < 2 ** 1020 ? exponentOf(xp) + 1 : bitLength(n);
  const ra = a.rad;
  const rb = b.rad;
  if (ra.m === 0 && rb.m === 0) return roundBall(n, e, MAG_ZERO, prec, bits);
  if (xa < 2 ** 990 && xb < 2 ** 990 && ra.m !== Infinity && rb.m !== Infinity) {
    const E1 = a.e + rb.e;
    const E2 = b.e + ra.e;
    const E3 = ra.e + rb.e;
    const t1 = rb.m === 0 || xa === 0 ? 0 : xa * rb.m;
    const t2 = ra.m === 0 || xb === 0 ? 0 : xb * ra.m;
    const t3 = ra.m * rb.m;
    const E = Math.max(t1 > 0 ? E1 : -Infinity, t2 > 0 ? E2 : -Infinity, t3 > 0 ? E3 : -Infinity);
    if ((t1 === 0 || E1 - E > -900) && (t2 === 0 || E2 - E > -900) && (t3 === 0 || E3 - E > -900)) {
      const sum = (t1 === 0 ? 0 : t1 * pow2(E1 - E)) + (t2 === 0 ? 0 : t2 * pow2(E2 - E)) + (t3 === 0 ? 0 : t3 * pow2(E3 - E));
      return roundBall(n, e, magUp(sum * (1 + 2 ** -48), E), prec, bits);
    }
  }
  const rad = magAdd(magAdd(magMul(magOfBigUpper(a.m, a.e), rb), magMul(magOfBigUpper(b.m, b.e), ra)), magMul(ra, rb));
  return roundBall(n, e, rad, prec, bits);
}

/** Encloses {x² : x ∈ a} (as mul(a, a): radius 2|m|·r + r²). */
export function square(a: Ball, prec: number): Ball {
  return mul(a, a, prec);
}

/**
 * Encloses {x/y : x ∈ a, y ∈ b}; throws RangeError when b may contain 0. The midpoint quotient Q is truncated
 * (error < one unit of its last bit, always added to the radius), and |x/y − ma/mb| <= (ra + |ma/mb|·rb)/min|y| <= (ra + (|Q| + ulp)·rb)/min|y|.
 */
export function div(a: Ball, b: Ball, prec: number): Ball {
  const low = magLower(b);
  if (low.m === 0) throw new RangeError('ball division by a ball that may contain 0');
  if (a.m === 0n) return roundBall(0n, 0, magDiv(a.rad, low), prec);
  const s = Math.max(0, prec + bitLength(b.m) - bitLength(a.m) + 2);
  const num = a.m << BigInt(s);
  const q = num / b.m;
  const e = a.e - b.e - s;
  const ulp = magPow2(e); // the truncation, counted even when the quotient is exact (no multiplication to test it)
  let rad = ulp;
  if (a.rad.m !== 0 || b.rad.m !== 0) {
    const qUpper = magAdd(magOfBigUpper(q, e), ulp);
    rad = magAdd(rad, magDiv(magAdd(a.rad, magMul(qUpper, b.rad)), low));
  }
  return roundBall(q, e, rad, prec);
}

/**
 * Dyadic ends lo <= m·2^e − rad and hi >= m·2^e + rad of a ball with a finite radius, as (mantissa, exponent) pairs:
 * exact when the radius is within prec + 128 bits of the midpoint's size; a radius further below is raised to
 * 2^(top − prec − 100) (top: the midpoint's size), and a midpoint far below the radius is moved into it, so no shift is huge.
 */
export function ballEnds(x: Ball, prec: number): { lo: { m: bigint; e: number }; hi: { m: bigint; e: number } } {
  if (x.rad.m === 0) return { lo: { m: x.m, e: x.m === 0n ? 0 : x.e }, hi: { m: x.m, e: x.m === 0n ? 0 : x.e } };
  const top = x.m === 0n ? -Infinity : x.e + bitLength(x.m);
  if (x.rad.e > top + 64) {
    const R = magAdd(x.rad, magOfBigUpper(x.m, x.e));
    return { lo: { m: -BigInt(R.m), e: R.e }, hi: { m: BigInt(R.m), e: R.e } };
  }
  if (x.rad.e < top - prec - 128) {
    const e = top - prec - 100;
    const m = e < x.e ? x.m << BigInt(x.e - e) : x.m;
    return e < x.e ? { lo: { m: m - 1n, e }, hi: { m: m + 1n, e } } : { lo: { m: x.m - 1n, e: x.e }, hi: { m: x.m + 1n, e: x.e } };
  }
  const r = BigInt(x.rad.m);
  return { lo: alignedSum(x.m, x.e, -r, x.rad.e), hi: alignedSum(x.m, x.e, r, x.rad.e) };
}

/** log2 of an upper bound of |p| for a dyadic p (−Infinity for 0). */
function topOf(p: { m: bigint; e: number }): number {
  return p.m === 0n ? -Infinity : p.e + bitLength(p.m);
}

/**
 * The ball with midpoint (lo + hi)/2 and radius (hi − lo)/2 (exact, then rounded at `prec` bits) for dyadics lo <= hi.
 * An end more than prec + 16 bits below the other in size is first moved outward to ∓2^(top − prec − 16) (top: the
 * other end's size), so that no shift is huge.
 */
export function ballFromEnds(lo: { m: bigint; e: number }, hi: { m: bigint; e: number }, prec: number): Ball {
  const tl = topOf(lo);
  const th = topOf(hi);
  if (tl < th - prec - 16) lo = { m: -1n, e: th - prec - 16 };
  else if (th < tl - prec - 16) hi = { m: 1n, e: tl - prec - 16 };
  const s = alignedSum(lo.m, lo.e, hi.m, hi.e);
  const d = alignedSum(hi.m, hi.e, -lo.m, lo.e);
  return roundBall(s.m, s.e - 1, magOfBigUpper(d.m, d.e - 1), prec);
}

/** The smallest ball (up to rounding outward) containing both a and b. */
export function hull(a: Ball, b: Ball, prec: number): Ball {
  if (isWhole(a) || isWhole(b)) return WHOLE_LINE;
  const A = ballEnds(a, prec);
  const B = ballEnds(b, prec);
  const lo = cmpDyadic(A.lo, B.lo) <= 0 ? A.lo : B.lo;
  const hi = cmpDyadic(A.hi, B.hi) >= 0 ? A.hi : B.hi;
  return ballFromEnds(lo, hi, prec);
}

/** The sign of p − q for dyadics p = m·2^e (by signs and sizes first, so no shift is huge). */
function cmpDyadic(p: { m: bigint; e: number }, q: { m: bigint; e: number }): number {
  const sp = p.m > 0n ? 1 : p.m < 0n ? -1 : 0;
  const sq = q.m > 0n ? 1 : q.m < 0n ? -1 : 0;
  if (sp !== sq || sp === 0) return sp > sq ? 1 : sp < sq ? -1 : 0;
  const tp = topOf(p);
  const tq = topOf(q);
  if (tp > tq + 1) return sp;
  if (tq > tp + 1) return -sp;
  const d = alignedSum(p.m, p.e, -q.m, q.e).m;
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

/** 1 when every point of x is > 0, −1 when every point is < 0, 0 when x may contain 0. */
export function signOf(x: Ball): -1 | 0 | 1 {
  if (x.m === 0n || magLower(x).m === 0) return 0;
  return x.m > 0n ? 1 : -1;
}
