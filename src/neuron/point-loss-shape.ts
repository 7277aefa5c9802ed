/**
 * Where one data point's loss ℓ(h), its slope φ = ℓ' and its curvature ψ = ℓ'' turn, as functions of h = w·x: the
 * critical points that split the real line into pieces on which each is monotone (the tight float64 ranges of the
 * box search are built from them, numeric/f64/monotone.ts).
 *
 * For an activation f that is an increasing bijection of R onto an open interval J with f' = P(f) a polynomial
 * (sigmoid: P = f(1 − f) on (0, 1); tanh: 1 − f² on (−1, 1); exp: f on (0, ∞)), every one of ℓ', ℓ'', ℓ''' is
 * P(f)·(a polynomial in f): ℓ' = Φ(f), ℓ'' = Φ'(f) P(f) =: Ψ(f), ℓ''' = Ψ'(f) P(f), with Φ = (f − t) P (squared loss)
 * or f − t (cross-entropy with the sigmoid). P > 0 on J, so the critical points of ℓ, φ, ψ are f^−1 of the roots in
 * J of Φ, Φ', Ψ' respectively: exact polynomials over Q in f (t is the exact target). Their real roots are isolated
 * exactly (Sturm, algebra/real-roots.ts), narrowed, and mapped to h by f^−1 (logit, artanh, ln) with outward-rounded
 * float64 (Math.log under the trusted assumption of numeric/f64/elementary.ts). Between two brackets each function
 * has no critical point, hence (a derivative without zero on an interval keeps its sign) is strictly monotone.
 */
import { add, cmp, div, isZero, mul, rat, sub, type Rational } from '../algebra/rational.js';
import { qDerivative, qMul, qNormalize, qSub, qToPrimitiveZ, type QPoly } from '../algebra/poly-q.js';
import { isolateRealRoots, narrowRoot } from '../algebra/real-roots.js';
import { zSignAt } from '../algebra/poly-z.js';
import { fromRational, mul as imul, point, width, type F64Interval } from '../numeric/f64/interval.js';
import { ln } from '../numeric/f64/elementary.js';
import type { Activation, Loss } from './model.js';

/** Closed h-intervals, increasing and disjoint, outside of which ℓ, φ or ψ has no critical point. */
export interface LossShape {
  loss: F64Interval[];
  slope: F64Interval[];
  curvature: F64Interval[];
  /** Brackets of the critical points of ℓ''' (the roots of (Ψ'P)' in f). */
  third: F64Interval[];
  /** Ψ' (lowest degree first, each coefficient enclosed): ℓ'''(h) = Ψ'(f(h))·f'(h). */
  thirdFactor: F64Interval[];
}

/** The activations whose derivative is a polynomial in the activation (the shapes below exist for these only). */
export type ShapedActivation = 'sigmoid' | 'tanh' | 'exp';

/** True iff loss and activation have a LossShape: sigmoid (squared loss or cross-entropy), tanh or exp (squared loss). */
export function hasShape(activation: Activation, loss: Loss): activation is ShapedActivation {
  return activation === 'sigmoid' || (loss === 'mse' && (activation === 'tanh' || activation === 'exp'));
}

const q = (...c: (number | Rational)[]): QPoly => qNormalize(c.map((x) => (typeof x === 'number' ? rat(x) : x)));

/** P with f' = P(f), and the open range (lo, hi) of f. */
const DERIVATIVE: Record<ShapedActivation, { P: QPoly; lo: Rational; hi: Rational | '+inf' }> = {
  sigmoid: { P: q(0, 1, -1), lo: rat(0), hi: rat(1) },
  tanh: { P: q(1, 0, -1), lo: rat(-1), hi: rat(1) },
  exp: { P: q(0, 1), lo: rat(0), hi: '+inf' },
};

/** Encloses f^−1(v) for a rational v in the closed range (increasing in v): ∓Infinity at the range's ends. */
function inverse(activation: ShapedActivation, v: Rational): F64Interval {
  const { lo, hi } = DERIVATIVE[activation];
  if (cmp(v, lo) <= 0) return { lo: -Infinity, hi: -Infinity };
  if (hi !== '+inf' && cmp(v, hi) >= 0) return { lo: Infinity, hi: Infinity };
  switch (activation) {
    case 'sigmoid':
      return ln(fromRational(div(v, sub(rat(1), v))));
    case 'tanh':
      return imul(ln(fromRational(div(add(rat(1), v), sub(rat(1), v)))), point(0.5));
    case 'exp':
      return ln(fromRational(v));
  }
}

/** The h-width a bracket is narrowed to (relative to max(1, |h|)); it bounds the loss of tightness at a critical point. */
const BRACKET_WIDTH = 1e-9;

/** True iff both ends are finite and the width is at most BRACKET_WIDTH relative to max(1, |h|). */
function narrowEnough(B: F64Interval): boolean {
  return Number.isFinite(B.lo) && Number.isFinite(B.hi) && width(B) <= BRACKET_WIDTH * Math.max(1, Math.abs(B.lo), Math.abs(B.hi));
}

/** Brackets in h of the roots of F (over Q, in f) that lie in the open range of the activation. */
function brackets(activation: ShapedActivation, F: QPoly): F64Interval[] {
  if (F.length <= 1) return [];
  const Z = qToPrimitiveZ(F);
  const { lo, hi } = DERIVATIVE[activation];
  const out: F64Interval[] = [];
  for (let I of isolateRealRoots(Z, lo, hi)) {
    // (lo, hi] includes the right end of the range: a root there is not in the open range.
    if (hi !== '+inf' && cmp(I.hi, hi) === 0 && zSignAt(Z, hi) === 0) continue;
    let B = hull(inverse(activation, I.lo), inverse(activation, I.hi));
    let w = sub(I.hi, I.lo);
    for (let k = 0; k < 12 && !narrowEnough(B); k++) {
      w = mul(w, rat(1n, 1n << 16n));
      if (isZero(w)) break;
      I = narrowRoot(Z, I, w);
      B = hull(inverse(activation, I.lo), inverse(activation, I.hi));
    }
    out.push(B);
  }
  return out;
}

function hull(a: F64Interval, b: F64Interval): F64Interval {
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) };
}

/** The critical-point brackets of ℓ, φ = ℓ', ψ = ℓ'' for one target t (exact), activation and loss (hasShape). */
export function lossShape(activation: ShapedActivation, loss: Loss, t: Rational): LossShape {
  const { P } = DERIVATIVE[activation];
  const Phi = loss === 'xent' ? q(sub(rat(0), t), 1) : qMul(qSub(q(0, 1), q(t)), P);
  const dPhi = qDerivative(Phi);
  const Psi = qMul(dPhi, P);
  const dPsi = qDerivative(Psi);
  return {
    loss: brackets(activation, Phi),
    slope: brackets(activation, dPhi),
    curvature: brackets(activation, dPsi),
    third: brackets(activation, qDerivative(qMul(dPsi, P))),
    thirdFactor: dPsi.map(fromRational),
  };
}
