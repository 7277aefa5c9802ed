/**
 * A stationary point near a known approximation, certified on its own small box: a `stationary-points` certificate
 * whose box is the isolation box itself (tree "U0"), so the kernel's Krawczyk test proves exactly one zero of ∇L
 * there and classifies it, and the exclusion test (the interval gradient misses 0 on a box) for candidates that are
 * not stationary. Untrusted builder; the kernel re-checks the certificate.
 */
import { Decimal } from 'decimal.js';
import { parseRational } from '../algebra/rational.js';
import { checkCertificate } from '../kernel/checkers.js';
import { lossGradientSystem } from '../kernel/interval-expr.js';
import type { Certificate } from '../kernel/types.js';
import { hessianKind } from '../numeric/inertia.js';
import { IntervalContext, type Interval } from '../numeric/interval.js';
import { excludesZero } from '../numeric/zeros.js';
import { lossExpression, weightNames } from './loss-expression.js';
import type { Problem } from './model.js';

/** Exact decimal sums for the box ends (the inputs have far fewer digits). */
const EXACT = Decimal.clone({ precision: 1000 });

function around(center: readonly string[], halfWidth: string): [string, string][] {
  return center.map((c) => [new EXACT(c).minus(halfWidth).toFixed(), new EXACT(c).plus(halfWidth).toFixed()]);
}

function intervals(ic: IntervalContext, box: readonly [string, string][]): Interval[] {
  return box.map(([lo, hi]) => ({ lo: ic.fromRational(parseRational(lo)).lo, hi: ic.fromRational(parseRational(hi)).hi }));
}

/**
 * The certificate that ∇L has exactly one zero in the box center ± isolationHalfWidth, enclosed in
 * center ± enclosureHalfWidth (decimal strings), or null when the kernel's checker does not accept it.
 */
export function isolatedStationaryPointCertificate(problem: Problem, center: readonly string[], isolationHalfWidth: string, enclosureHalfWidth: string, precision: number): Certificate | null {
  const loss = lossExpression(problem);
  const variables = weightNames(center.length);
  // The isolation box is centred on the point rounded to 10 places, so that its ends print short.
  const isolation = around(center.map((c) => new EXACT(c).toDecimalPlaces(10).toFixed()), isolationHalfWidth);
  const enclosure = around(center, enclosureHalfWidth);
  const ic = new IntervalContext(precision);
  const kind = hessianKind(ic, lossGradientSystem(ic, loss, variables).jacobian(intervals(ic, enclosure)));
  const certificate: Certificate = { kind: 'stationary-points', loss, variables, box: isolation, precision, tree: 'U0', zeros: [{ isolation, enclosure, kind }] };
  return checkCertificate(certificate).ok ? certificate : null;
}

/** True iff the interval gradient of the loss excludes 0 on the box center ± halfWidth (then no stationary point lies there). */
export function gradientExcludesZero(problem: Problem, center: readonly string[], halfWidth: string, precision: number): boolean {
  const ic = new IntervalContext(precision);
  const sys = lossGradientSystem(ic, lossExpression(problem), weightNames(center.length));
  return excludesZero(ic, sys.value(intervals(ic, around(center, halfWidth))));
}

