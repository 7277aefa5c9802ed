/**
 * Kernel checker `float64-sigmoid-boundary`: where the textbook float64 sigmoid s = 1/(1 + exp(−h)) makes 1 − s or s
 * exactly 0, re-derived with exact binary64 rounding (src/numeric/ieee754.ts) under the evaluation model
 * ê(h) = RN(e^−h), d̂ = RN(1 + ê), ŝ = RN(1/d̂), r̂ = RN(1 − ŝ).
 *
 * { kind, side: 'upper' | 'lower', precision, boundary: Point, neighbour: Point },
 * Point = { h, e, d, s, r }, each a 64-bit pattern "0x…" (16 hex digits).
 * - side 'upper': r̂(boundary) = +0, neighbour = nextDown(boundary) with r̂ > 0;
 * - side 'lower': ŝ(boundary) = 0, neighbour = nextUp(boundary) with ŝ > 0.
 * At both points ê is decided from a `precision`-digit outward enclosure of e^−h whose two ends round to the same
 * double, and every claimed step must equal the exact rounding. Each step is monotone (RN is non-decreasing, exp
 * increasing, 1 + x increasing, 1/x and 1 − x decreasing), so ŝ is non-decreasing and r̂ non-increasing in h; with
 * ŝ, r̂ >= 0 the boundary and its neighbour decide every double. The true 1 − s(h) or s(h) at the boundary is enclosed
 * by exact rationals from the same enclosure, and the check requires its lower end to be positive.
 */
import { add, cmp, div, ONE, ZERO, type Rational } from '../../algebra/rational.js';
import { outwardContexts } from '../../numeric/context.js';
import { exactDecimal, nextDown, nextUp, parseHex, roundedExpNeg, sameDouble, textbookSigmoid, toHex, type SigmoidSteps } from '../../numeric/ieee754.js';
import type { Certificate, CheckResult, Checker, Trust } from '../types.js';
import { guarded, rejected } from './symbolic-common.js';

const KIND = 'float64-sigmoid-boundary';
/** Bounds that keep decimal.js's exp cheap; the boundaries of interest lie near 36.7 and −709.8. */
const MAX_ABS_H = 2000;
const MAX_PRECISION = 1000;
const STEPS = ['e', 'd', 's', 'r'] as const;

const TRUSTS: readonly Trust[] = [
  { kind: 'kernel', name: 'exact IEEE 754 binary64 rounding to nearest, ties to even, on BigInt rationals (src/numeric/ieee754.ts)' },
  { kind: 'library', name: 'decimal.js: exp correctly rounded under ROUND_FLOOR and ROUND_CEIL (an outward enclosure of $`e^{-h}`$)' },
  { kind: 'theorem', name: 'round to nearest is monotone: $`x \\le y \\Rightarrow \\mathrm{RN}(x) \\le \\mathrm{RN}(y)`$' },
  { kind: 'theorem', name: '$`e^{u}`$ is positive and increasing; $`1 + x`$ is increasing, $`1/x`$ and $`1 - x`$ are decreasing on $`[1, \\infty]`$ and $`[0, 1]`$' },
];

/** A point of the certificate: the double h and the claimed rounded steps at h. */
interface Point extends SigmoidSteps {
  h: number;
}

function pointField(c: Certificate, field: string): Point {
  const raw = c[field];
  if (typeof raw !== 'object' || raw === null) throw new RangeError(`field "${field}" must be an object { h, e, d, s, r }`);
  const p = raw as Record<string, unknown>;
  const read = (k: string): number => {
    try {
      return parseHex(p[k]);
    } catch {
      throw new RangeError(`field "${field}.${k}" must be a 64-bit pattern "0x" + 16 hex digits, got ${JSON.stringify(p[k])}`);
    }
  };
  return { h: read('h'), e: read('e'), d: read('d'), s: read('s'), r: read('r') };
}

/** The exact steps at h, or the reason they cannot be decided or differ from the claimed ones. */
function recheck(p: Point, precision: number, name: string): { steps: SigmoidSteps; lo: Rational; hi: Rational } | string {
  if (!Number.isFinite(p.h) || Math.abs(p.h) > MAX_ABS_H) return `${name} h = ${p.h} must be a finite double with |h| <= ${MAX_ABS_H}`;
  const enclosure = roundedExpNeg(p.h, precision);
  if (enclosure.value === null) {
    return `at ${name} h = ${exactDecimal(p.h)} the ${precision}-digit enclosure of e^-h is too wide: its ends round to different doubles`;
  }
  const steps = textbookSigmoid(enclosure.value);
  for (const k of STEPS) {
    if (!sameDouble(steps[k], p[k])) return `at ${name} h = ${exactDecimal(p.h)} the certificate claims ${k} = ${toHex(p[k])} but the exact rounding gives ${toHex(steps[k])}`;
  }
  return { steps, lo: enclosure.lo, hi: enclosure.hi };
}

/** The rational interval [lo, hi] widened to `digits`-digit decimal ends, as inline code. */
function shown(lo: Rational, hi: Rational, digits = 7): string {
  const { down, up } = outwardContexts(digits);
  const end = (D: typeof down, r: Rational): string => D.div(r.num.toString(), r.den.toString()).toExponential();
  return `\`[${end(down, lo)}, ${end(up, hi)}]\``;
}

function value(x: number): string {
  return `\`${exactDecimal(x)}\` (\`${toHex(x)}\`)`;
}

/** Checks a `float64-sigmoid-boundary` certificate; rejects malformed data, a moved boundary, a wrong rounding or a too-wide enclosure. */
export const checkFloat64Boundary: Checker = (c) =>
  guarded(KIND, (): CheckResult => {
    const side = c.side;
    if (side !== 'upper' && side !== 'lower') return rejected(KIND, `field "side" must be "upper" or "lower", got ${JSON.stringify(side)}`);
    const precision = c.precision;
    if (typeof precision !== 'number' || !Number.isInteger(precision) || precision < 1 || precision > MAX_PRECISION) {
      return rejected(KIND, `field "precision" must be an integer in [1, ${MAX_PRECISION}], got ${JSON.stringify(precision)}`);
    }
    const boundary = pointField(c, 'boundary');
    const neighbour = pointField(c, 'neighbour');
    const expected = side === 'upper' ? nextDown(boundary.h) : nextUp(boundary.h);
    if (!sameDouble(neighbour.h, expected)) {
      return rejected(KIND, `the neighbour must be ${side === 'upper' ? 'nextDown' : 'nextUp'}(boundary) = ${toHex(expected)}, got ${toHex(neighbour.h)}`);
    }
    const at = recheck(boundary, precision, 'boundary');
    if (typeof at === 'string') return rejected(KIND, at);
    const next = recheck(neighbour, precision, 'neighbour');
    if (typeof next === 'string') return rejected(KIND, next);
    return side === 'upper' ? upper(boundary.h, neighbour.h, at, next.steps, precision) : lower(boundary.h, neighbour.h, at, next.steps, precision);
  });

function upper(h: number, below: number, at: { steps: SigmoidSteps; lo: Rational; hi: Rational }, next: SigmoidSteps, precision: number): CheckResult {
  if (!sameDouble(at.steps.r, 0)) return rejected(KIND, `r = RN(1 - s) at the boundary is ${toHex(at.steps.r)}, not +0`);
  if (!(next.r > 0)) return rejected(KIND, `r at nextDown(boundary) is ${toHex(next.r)}, not positive: the boundary is not the least double with r = 0`);
  // 1 − s(h) = E/(1 + E) is increasing in E = e^−h: exact rational ends from the enclosure of E.
  const trueLo = div(at.lo, add(ONE, at.lo));
  const trueHi = div(at.hi, add(ONE, at.hi));
  if (cmp(trueLo, ZERO) <= 0) return rejected(KIND, 'the enclosure of the true 1 - s(h) at the boundary is not strictly positive');
  return {
    kind: KIND,
    ok: true,
    proves:
      `under the model $\`\\hat e = \\mathrm{RN}(e^{-h})\`$, for every finite double $\`h\`$: $\`\\hat r(h) = \\mathrm{RN}(1 - \\hat s(h)) = 0 \\iff h \\ge h_+\`$ ` +
      `with $\`h_+ =\`$ ${value(h)}, while the true $\`1 - s(h) = e^{-h}/(1 + e^{-h}) > 0\`$ for every real $\`h\`$ ` +
      `(at $\`h_+\`$ it lies in ${shown(trueLo, trueHi)})`,
    detail:
      `at h+ the ${precision}-digit enclosure of e^-h gives e = ${toHex(at.steps.e)}, d = ${toHex(at.steps.d)}, s = ${toHex(at.steps.s)}, r = +0; ` +
      `at nextDown(h+) = ${toHex(below)}: e = ${toHex(next.e)}, d = ${toHex(next.d)}, s = ${toHex(next.s)}, r = ${toHex(next.r)} > 0; ` +
      `r is non-increasing in h and >= 0, so these two doubles decide every double.`,
    trusts: [...TRUSTS],
  };
}

function lower(h: number, above: number, at: { steps: SigmoidSteps; lo: Rational; hi: Rational }, next: SigmoidSteps, precision: number): CheckResult {
  if (!sameDouble(at.steps.s, 0)) return rejected(KIND, `s = RN(1/d) at the boundary is ${toHex(at.steps.s)}, not +0`);
  if (!(next.s > 0)) return rejected(KIND, `s at nextUp(boundary) is ${toHex(next.s)}, not positive: the boundary is not the greatest double with s = 0`);
  // s(h) = 1/(1 + E) is decreasing in E = e^−h.
  const trueLo = div(ONE, add(ONE, at.hi));
  const trueHi = div(ONE, add(ONE, at.lo));
  if (cmp(trueLo, ZERO) <= 0) return rejected(KIND, 'the enclosure of the true s(h) at the boundary is not strictly positive');
  const overflow = at.steps.e === Infinity ? ` (there $\`e^{-h}\`$ rounds to $\`+\\infty\`$)` : '';
  return {
    kind: KIND,
    ok: true,
    proves:
      `under the model $\`\\hat e = \\mathrm{RN}(e^{-h})\`$, for every finite double $\`h\`$: $\`\\hat s(h) = \\mathrm{RN}(1/\\mathrm{RN}(1 + \\hat e(h))) = 0 \\iff h \\le h_-\`$ ` +
      `with $\`h_- =\`$ ${value(h)}${overflow}, while the true $\`s(h) = 1/(1 + e^{-h}) > 0\`$ for every real $\`h\`$ ` +
      `(at $\`h_-\`$ it lies in ${shown(trueLo, trueHi)})`,
    detail:
      `at h- the ${precision}-digit enclosure of e^-h gives e = ${toHex(at.steps.e)}, d = ${toHex(at.steps.d)}, s = +0; ` +
      `at nextUp(h-) = ${toHex(above)}: e = ${toHex(next.e)}, d = ${toHex(next.d)}, s = ${toHex(next.s)} > 0; ` +
      `s is non-decreasing in h and >= 0, so these two doubles decide every double.`,
    trusts: [...TRUSTS],
  };
}
