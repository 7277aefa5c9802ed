/**
 * Proof terms for the convergence of gradient descent and Newton's method on a scalar sigmoid squared loss: the
 * `range` certificates (interval enclosures of a derivative on a subdivided interval, or at a point) and the rules
 * that combine them. Untrusted search: the bounds are found here by the same interval arithmetic the kernel uses,
 * rounded outward to short rationals, and every one is re-checked by the kernel's `range` checker.
 */
import { Decimal } from 'decimal.js';
import { byCertificate, gradientDescentContraction, kantorovich, rangeExpTail, rangeUnion } from '../claim/proof-terms.js';
import type { ProofTerm } from '../kernel/proof.js';
import type { Certificate } from '../kernel/types.js';
import { nthDerivative } from '../kernel/checkers/range.js';
import { evaluateInterval } from '../kernel/interval-expr.js';
import { IntervalContext } from '../numeric/interval.js';
import { parseRational, ratToString } from '../algebra/rational.js';
import type { Expr } from '../symbolic/expr.js';
import { tailDerivative } from '../neuron/loss-tails.js';
import type { ScalarProblem } from '../neuron/stationarity.js';

/** Interval arithmetic precision of every certificate here. */
const PRECISION = 30;
/** The name of the tail variable z = e^{∓w}. */
const Z = 'z';

/** A `range` certificate: d^order fn / dv^order ∈ [min, max] on [lo, hi] cut into `pieces` equal pieces. */
export function rangeCertificate(fn: Expr, v: string, order: number, [lo, hi]: readonly [string, string], [min, max]: readonly [string, string], pieces = 1): Certificate {
  return { kind: 'range', fn, var: v, order, lo, hi, min, max, pieces, precision: PRECISION };
}

/** An exact decimal as a rational "p/q". */
function decimalToRational(x: Decimal): string {
  const [whole, fraction = ''] = x.toFixed().split('.');
  return ratToString({ num: BigInt(whole + fraction), den: 10n ** BigInt(fraction.length) });
}

/** Rational bounds [lo, hi] of d^order fn / dv^order at the rational `at`: its enclosure rounded outward to 12 digits. */
export function pointBounds(fn: Expr, v: string, order: number, at: string): [string, string] {
  const ic = new IntervalContext(PRECISION + 10);
  const y = evaluateInterval(ic, nthDerivative(fn, v, order), new Map([[v, ic.fromRational(parseRational(at))]]));
  return [decimalToRational(y.lo.toSD(12, Decimal.ROUND_FLOOR)), decimalToRational(y.hi.toSD(12, Decimal.ROUND_CEIL))];
}

/**
 * A proof of ∀w ∈ ℝ: L″(w) ≤ M: [−R, R] by `pieces` enclosures, and each tail |w| ≥ R through z = e^{∓w} on
 * [0, c], c = 1/⌊e^R⌋ − so e^{−R} ≤ c − by one enclosure of the rational function F with L″(w) = F(e^{∓w}).
 */
export function curvatureBoundProof(problem: ScalarProblem, loss: Expr, v: string, M: string, R: number, pieces: number): ProofTerm {
  const c = `1/${Math.floor(Math.exp(R)) - 1}`;
  const tail = (side: '+inf' | '-inf'): ProofTerm =>
    rangeExpTail(byCertificate(rangeCertificate(tailDerivative(problem, side, Z, 2), Z, 0, ['0', c], ['-inf', M])), { fn: loss, var: v, order: 2, side, from: side === '+inf' ? `${R}` : `${-R}` });
  const middle = byCertificate(rangeCertificate(loss, v, 2, [`${-R}`, `${R}`], ['-inf', M], pieces));
  return rangeUnion(tail('-inf'), middle, tail('+inf'));
}

/** A proof of linear convergence of w − step·L′(w) on [lo, hi] with ratio `rate`, from m ≤ L″ ≤ M′ there. */
export function gradientDescentProof(loss: Expr, v: string, c: { step: string; lo: string; hi: string; rate: string; curvature: readonly [string, string]; pieces: number }): ProofTerm {
  const curvature = byCertificate(rangeCertificate(loss, v, 2, [c.lo, c.hi], c.curvature, c.pieces));
  const left = byCertificate(rangeCertificate(loss, v, 1, [c.lo, c.lo], ['-inf', '0']));
  const right = byCertificate(rangeCertificate(loss, v, 1, [c.hi, c.hi], ['0', '+inf']));
  return gradientDescentContraction(curvature, left, right, { step: c.step, rate: c.rate });
}

/** A proof by Kantorovich's theorem at `start` on the ball of `radius`, with |L‴| ≤ K there and constant C. */
export function kantorovichProof(loss: Expr, v: string, c: { start: string; radius: string; K: string; constant: string; pieces: number }): ProofTerm {
  const value = byCertificate(rangeCertificate(loss, v, 1, [c.start, c.start], pointBounds(loss, v, 1, c.start)));
  const slope = byCertificate(rangeCertificate(loss, v, 2, [c.start, c.start], pointBounds(loss, v, 2, c.start)));
  const s = parseRational(c.start);
  const r = parseRational(c.radius);
  const end = (sign: bigint): string => ratToString({ num: s.num * r.den + sign * r.num * s.den, den: s.den * r.den });
  const third = byCertificate(rangeCertificate(loss, v, 3, [end(-1n), end(1n)], [`-${c.K}`, c.K], c.pieces));
  return kantorovich(value, slope, third, { constant: c.constant });
}
