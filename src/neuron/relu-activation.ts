/**
 * The relu activation with a scalar weight: on each side of 0 the loss is a parabola in the active points, so each
 * side has at most one stationary point, S_tx/S_xx, in closed form. Certificates, slopes (exact and by AD), the
 * ladder, and a scan for sign changes the closed forms do not explain.
 */
import type { Decimal } from 'decimal.js';
import { add as qAdd, div as qDiv, isZero, neg as qNeg, mul as qMul, rat, ratToString, sub as qSub, ZERO, type Rational } from '../algebra/rational.js';
import type { LadderEvidence } from '../claim/types.js';
import { precisionLadder } from '../evidence/ladder.js';
import type { Certificate } from '../kernel/types.js';
import { decimalContext, rationalToDecimal } from '../numeric/context.js';
import { derivativeIdentityCertificate, identityCertificate, positivityCertificate } from '../symbolic/certificates.js';
import { exactEvaluationCertificate, exactValueAt, sumOfSquaresCertificate } from '../symbolic/exact-certificates.js';
import { add, div, mul, neg, num, pow, sub, substitute, sym, type Expr } from '../symbolic/expr.js';
import { linearCombination, shiftedSymbol, symbolVector } from '../symbolic/linear-forms.js';
import { halfSquaredError } from '../symbolic/sigmoid.js';
import { adGradient } from './evaluate.js';
import { dataSums, newtonStationaryPoint, scalarProblem, type ScalarDatum } from './scalar-data.js';

/** t − x·v for rationals t, x and a symbol v, printed without double signs (t + |x| v when x < 0). */
function residual(t: Rational, x: Rational, v: string): Expr {
  return add(num(t), linearCombination([qNeg(x)], [sym(v)]));
}

/** One side of 0 for relu(w x): the active points (x_i > 0 for w > 0, x_i < 0 for w < 0), their sums, and the closed-form point. */
export interface ReluSide {
  side: 'positive' | 'negative';
  active: ScalarDatum[];
  inactive: ScalarDatum[];
  Sxx: Rational;
  Stx: Rational;
  /** Σ_active t x / Σ_active x², when there is an active point. */
  point: Rational | null;
  /** True iff the point lies on its side (then it is the only stationary point there); with no active point the side is flat. */
  onSide: boolean;
}

/** The two sides of relu for the data, exactly. */
export function reluSides(data: readonly ScalarDatum[]): [ReluSide, ReluSide] {
  return (['positive', 'negative'] as const).map((side) => {
    const isActive = (d: ScalarDatum): boolean => (side === 'positive' ? d.x.num > 0n : d.x.num < 0n);
    const active = data.filter(isActive);
    const { Sxx, Stx } = dataSums(active);
    const point = active.length > 0 ? qDiv(Stx, Sxx) : null;
    const onSide = point !== null && (side === 'positive' ? point.num > 0n : point.num < 0n);
    return { side, active, inactive: data.filter((d) => !isActive(d)), Sxx, Stx, point, onSide };
  }) as [ReluSide, ReluSide];
}

/** The loss on one side: ½Σ_active (t_i − w x_i)² + ½Σ_inactive t_i², with the data as numbers and the symbol w. */
export function reluSideLoss(side: ReluSide): Expr {
  const terms = side.active.map(({ x, t }) => mul(num('1/2'), pow(residual(t, x, 'w'), 2)));
  const rest = side.inactive.map(({ t }) => t).filter((t) => !isZero(t));
  if (rest.length > 0) terms.push(num(qMul(rat(1n, 2n), rest.map((t) => qMul(t, t)).reduce(qAdd, ZERO))));
  return terms.length === 0 ? num(0) : add(...terms);
}

/**
 * The per-side identities for k = 1..maxActive active points (symbols x_i, t_i) and a constant c for the inactive
 * ones: ℓ(w) = Σ ½(t_i − w x_i)² + c has ℓ'(w) ≡ −(S_tx − w S_xx) and ℓ(w) − ℓ(S_tx/S_xx) ≡ ½S_xx(w − S_tx/S_xx)²;
 * and S_xx > 0 for positive x_i. They hold for all real x_i, so they serve both sides.
 */
export function reluPiecewiseCertificates(maxActive = 3): Certificate[] {
  const w = sym('w');
  const c = sym('c');
  const out: Certificate[] = [];
  for (let k = 1; k <= maxActive; k++) {
    const x = symbolVector('x', k);
    const t = symbolVector('t', k);
    const Sxx = add(...x.map((xi) => pow(xi, 2)));
    const Stx = add(...x.map((xi, i) => mul(t[i], xi)));
    const loss = add(...x.map((xi, i) => halfSquaredError(t[i], mul(w, xi))), c);
    const point = div(Stx, Sxx);
    out.push(
      derivativeIdentityCertificate(loss, 'w', neg(sub(Stx, mul(w, Sxx)))),
      identityCertificate(sub(loss, substitute(loss, 'w', point)), mul(num('1/2'), Sxx, pow(sub(w, point), 2)), `the side loss is a parabola with vertex S_tx/S_xx, ${k} active point(s)`),
      positivityCertificate(Sxx, x.map((_, i) => `x_${i + 1}`)),
    );
  }
  return out;
}

/**
 * For rational data, per side with active points: ℓ_side(w) ≡ ℓ_side(w_s) + ½S_xx(w − w_s)² (sum of squares, S_xx > 0)
 * and ℓ_side'(w_s) = 0 exactly, where w_s = S_tx/S_xx.
 */
export function reluInstanceCertificates(data: readonly ScalarDatum[]): Certificate[] {
  return reluSides(data).flatMap((side) => {
    if (side.point === null) return [];
    const loss = reluSideLoss(side);
    const value = exactValueAt(loss, { w: side.point });
    return [
      sumOfSquaresCertificate(loss, num(value), [{ weight: qMul(rat(1n, 2n), side.Sxx), form: shiftedSymbol('w', side.point) }]),
      exactEvaluationCertificate(loss, ['w'], [[{ w: side.point }, ZERO]]),
    ];
  });
}

/** L'(w) for w ≠ 0 from the side formula −(S_tx − w S_xx) over the active points of w's side, exactly. */
export function reluSlopeExact(data: readonly ScalarDatum[], w: Rational): Rational {
  if (isZero(w)) throw new RangeError('relu loss has no derivative formula at w = 0');
  const side = reluSides(data)[w.num > 0n ? 0 : 1];
  return qNeg(qSub(side.Stx, qMul(w, side.Sxx)));
}

/** L'(w) of the relu problem by forward-mode AD (dual numbers, relu as max(h, 0)) at `precision` digits. */
export function reluSlopeAD(data: readonly ScalarDatum[], w: Rational, precision: number): Decimal {
  const D = decimalContext(precision);
  return adGradient(scalarProblem('relu', data), [rationalToDecimal(D, w)], precision).gradient[0];
}

/** The ladder of the closed-form point of each side that lies on its side, against Newton's method on AD derivatives. */
export function reluLadder(data: readonly ScalarDatum[], precisions: readonly number[]): LadderEvidence {
  const points = reluSides(data).filter((s) => s.onSide).map((s) => s.point as Rational);
  if (points.length === 0) throw new RangeError('no closed-form point lies on its side for these data');
  const problem = scalarProblem('relu', data);
  const at = `(x, t) = ${data.map(({ x, t }) => `(${ratToString(x)}, ${ratToString(t)})`).join(', ')}`;
  return precisionLadder('w_\\pm = \\sum_{\\text{active}} t_i x_i \\big/ \\sum_{\\text{active}} x_i^2', at, precisions, [
    { name: 'closed forms on their sides', compute: (p) => points.map((r) => rationalToDecimal(decimalContext(p), r).toString()) },
    { name: "Newton on L' (AD), from the double value ± 1/3", compute: (p) => points.map((r) => newtonStationaryPoint(problem, new (decimalContext(p))(Number(r.num) / Number(r.den) + (r.num > 0n ? 1 / 3 : -1 / 3)), p).toString()) },
  ]);
}

/**
 * Scans L' (by AD at `precision` digits) on the grid w = k/4, k = −40..40, k ≠ 0, and returns the grid cells (on one
 * side of 0) where it vanishes or changes sign that contain no closed-form point of that side: [] when every
 * stationary point the scan sees is one of the closed forms.
 */
export function reluUnexplainedSignChanges(data: readonly ScalarDatum[], precision: number): string[] {
  const sides = reluSides(data);
  const D = decimalContext(precision);
  const tiny = new D(10).pow(-(precision - 10));
  const signOf = (w: Rational): number => {
    const g = reluSlopeAD(data, w, precision);
    return g.abs().lte(tiny) ? 0 : g.gt(0) ? 1 : -1;
  };
  const out: string[] = [];
  for (const direction of [1n, -1n]) {
    const side = sides[direction > 0n ? 0 : 1];
    let previous = signOf(rat(direction, 4n));
    for (let k = 2n; k <= 40n; k++) {
      const [a, b] = [rat(direction * (k - 1n), 4n), rat(direction * k, 4n)];
      const current = signOf(b);
      if (previous === 0 || current === 0 || previous !== current) {
        const [lo, hi] = direction > 0n ? [a, b] : [b, a];
        const inside = side.point !== null && side.onSide && qSub(side.point, lo).num >= 0n && qSub(hi, side.point).num >= 0n;
        const flat = side.active.length === 0;
        if (!inside && !flat) out.push(`[${ratToString(lo)}, ${ratToString(hi)}]`);
      }
      previous = current;
    }
  }
  return out;
}
