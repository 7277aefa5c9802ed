import type { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { and, andIntro, byCertificate, checkProperty, conv, defineClaim, fact, forall, gt, type Certificate, type Evidence, type Figure, type Prop, type TableEvidence } from '../src/index.js';
import { positivityCertificate } from '../src/symbolic/certificates.js';
import { parseExpr } from '../src/symbolic/parse.js';
import { decimalContext } from '../src/numeric/context.js';
import { bitsOf, exactDecimal, fromBits, nextDown, nextUp, roundedExpNeg, sameDouble, textbookSigmoid, toHex, type SigmoidSteps } from '../src/numeric/ieee754.js';
import { log10Of, PALETTE, stackedLinePlot } from '../src/report/svg/index.js';

// ---- Search (untrusted): the boundary doubles under the model e = RN(exp(-h)), by bisection over bit patterns. ----

/** The model's steps at h, raising the enclosure's digits until RN(exp(-h)) is decided; with the digits used. */
function modelSteps(h: number): { steps: SigmoidSteps; precision: number } {
  for (let precision = 40; precision <= 640; precision *= 2) {
    const e = roundedExpNeg(h, precision).value;
    if (e !== null) return { steps: textbookSigmoid(e), precision };
  }
  throw new Error(`RN(exp(-${h})) is not decided at 640 digits`);
}

/** The least double in (lo, hi] where `holds` (false at lo, true at hi, monotone), for 0 < lo < hi: positive doubles are ordered as their bit patterns. */
function leastDouble(lo: number, hi: number, holds: (h: number) => boolean): number {
  if (holds(lo) || !holds(hi)) throw new Error(`no switch of the predicate in (${lo}, ${hi}]`);
  let [a, b] = [bitsOf(lo), bitsOf(hi)];
  while (b - a > 1n) {
    const mid = (a + b) / 2n;
    if (holds(fromBits(mid))) b = mid;
    else a = mid;
  }
  return fromBits(b);
}

interface Boundaries {
  /** Least double with r = RN(1 - s) = 0. */
  upper: number;
  /** Greatest double with s = 0. */
  lower: number;
}

let found: Boundaries | undefined;

function boundaries(): Boundaries {
  found ??= {
    upper: leastDouble(30, 40, (h) => modelSteps(h).steps.r === 0),
    lower: -leastDouble(700, 720, (g) => modelSteps(-g).steps.s === 0),
  };
  return found;
}

function point(h: number): Record<string, string> {
  const { steps } = modelSteps(h);
  return { h: toHex(h), e: toHex(steps.e), d: toHex(steps.d), s: toHex(steps.s), r: toHex(steps.r) };
}

function certificate(side: 'upper' | 'lower', h: number): Certificate {
  const neighbour = side === 'upper' ? nextDown(h) : nextUp(h);
  const precision = Math.max(modelSteps(h).precision, modelSteps(neighbour).precision);
  return { kind: 'float64-sigmoid-boundary', side, precision, boundary: point(h), neighbour: point(neighbour) };
}

// ---- The statement: the two boundary facts (the float64 checker's conclusions) and the true factor's positivity. ----

const FACTOR = 'sigmoid(h)*(1 - sigmoid(h))';
const FACTOR_POSITIVE = forall(['h'], gt(FACTOR, '0'));

/** The certificates: the two boundaries under the model, then s(h)(1 − s(h)) > 0 for every real h. */
function certificates(): Certificate[] {
  const b = boundaries();
  return [certificate('upper', b.upper), certificate('lower', b.lower), positivityCertificate(parseExpr(FACTOR))];
}

function statement(): Prop {
  const [upper, lower] = certificates();
  return and(fact(upper), fact(lower), FACTOR_POSITIVE);
}

// ---- What a float64 program computes (JS doubles, the platform's Math.exp) beside the truth (decimal.js). ----

/** The question's datum for the tables: x = 1, t = 1/2, so h = w and the true gradient vanishes only at w = 0. */
const X = 1;
const T = 0.5;
const TRUE_DIGITS = 50;

function jsSigmoid(h: number): number {
  return 1 / (1 + Math.exp(-h));
}

function jsFactor(h: number): number {
  const s = jsSigmoid(h);
  return s * (1 - s);
}

function jsGradient(h: number): number {
  const s = jsSigmoid(h);
  return -(T - s) * s * (1 - s) * X;
}

/** The exact s(h)(1 - s(h)) = E/(1 + E)^2 and gradient -(t - s)s(1 - s)x at the double h, E = exp(-h), at `digits` digits (no cancellation). */
function trueValues(h: number, digits: number): { factor: Decimal; gradient: Decimal } {
  const D = decimalContext(digits);
  const E = D.exp(exactDecimal(-h));
  const onePlusE = E.plus(1);
  const factor = E.div(onePlusE.times(onePlusE));
  const s = D.div(1, onePlusE);
  return { factor, gradient: s.minus(T).times(factor).times(X) };
}

function shortest(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

/** A double as JS prints it and, when that is not its exact value, the exact value too. */
function both(h: number): string {
  const exact = exactDecimal(h);
  return String(h) === exact ? exact : `${h} = ${exact}`;
}

function rootFinderTable(b: Boundaries): TableEvidence {
  const beyond = [b.upper, 36.8, 40, 100, 700, b.lower, -709.8, -710, -745, -800];
  const inside = [nextDown(b.upper), nextUp(b.lower)];
  const rows = [...inside, ...beyond]
    .sort((p, q) => q - p)
    .map((h) => {
      const truth = trueValues(h, TRUE_DIGITS);
      return { h, where: inside.includes(h) ? 'inside' : 'beyond', factor: jsFactor(h), gradient: jsGradient(h), truth };
    });
  const passed = rows.every((r) =>
    r.where === 'beyond' ? r.factor === 0 && r.gradient === 0 && !r.truth.factor.isZero() && !r.truth.gradient.isZero() : r.factor !== 0 && r.gradient !== 0,
  );
  return {
    kind: 'table',
    title: `What a float64 root finder sees: the textbook 1/(1 + Math.exp(-h)) in JS doubles against the truth at ${TRUE_DIGITS} digits, datum x = ${X}, t = ${T} (h = w)`,
    criterion:
      'at every h beyond a boundary (h >= h+ or h <= h-) the float64 factor s(1 - s) and gradient -(t - s)s(1 - s)x are exactly 0 while the true values are non-zero; at the neighbour just inside each boundary the float64 values are non-zero',
    columns: ['h (double)', 'where', 'float64 s(1 - s)', 'float64 gradient', `true s(1 - s), ${TRUE_DIGITS} digits`, `true gradient, ${TRUE_DIGITS} digits`],
    rows: rows.map((r) => [both(r.h), r.where, shortest(r.factor), shortest(r.gradient), r.truth.factor.toExponential(), r.truth.gradient.toExponential()]),
    passed,
  };
}

const WINDOW = 64;

function mathExpTable(b: Boundaries): TableEvidence {
  const listed = [nextDown(b.upper), b.upper, b.lower, nextUp(b.lower)];
  const rows = listed.map((h) => {
    const model = modelSteps(h).steps;
    const platform = Math.exp(-h);
    const zeroAt = h > 0 ? `r: JS ${shortest(1 - jsSigmoid(h))}, model ${shortest(model.r)}` : `s: JS ${shortest(jsSigmoid(h))}, model ${shortest(model.s)}`;
    const agree = sameDouble(platform, model.e) && (h > 0 ? sameDouble(1 - jsSigmoid(h), model.r) : sameDouble(jsSigmoid(h), model.s));
    return { cells: [both(h), toHex(h), toHex(platform), toHex(model.e), zeroAt, agree ? 'yes' : 'NO'], agree };
  });
  const windows = [b.upper, b.lower].map((centre) => {
    let h = centre;
    for (let i = 0; i < WINDOW; i++) h = nextDown(h);
    let agree = 0;
    for (let i = 0; i <= 2 * WINDOW; i++, h = nextUp(h)) if (sameDouble(Math.exp(-h), modelSteps(h).steps.e)) agree += 1;
    const name = centre > 0 ? 'h+' : 'h-';
    return { cells: [`the ${2 * WINDOW + 1} doubles from ${WINDOW} below to ${WINDOW} above ${name}`, '', '', '', '', `${agree} of ${2 * WINDOW + 1}`], agree: agree === 2 * WINDOW + 1 };
  });
  const all = [...rows, ...windows];
  return {
    kind: 'table',
    title: "The platform's Math.exp against the model RN(exp(-h)) (exp correctly rounded to nearest) at and around the boundary doubles",
    criterion: "Math.exp(-h) has the bit pattern of RN(exp(-h)) at every listed double and in both windows, and JS's textbook 1 - s or s equals the model's, so this machine's float64 sigmoid has exactly the model's boundaries",
    columns: ['h', 'h bits', 'Math.exp(-h) bits', 'RN(exp(-h)) bits', 'the vanishing quantity', 'agree'],
    rows: all.map((r) => r.cells),
    passed: all.every((r) => r.agree),
  };
}

// ---- The figure: the factor s(h)(1 - s(h)) on log10 values, exact beside float64. ----

const FIGURE_DIGITS = 40;

function factorFigure(b: Boundaries): Figure {
  const decades = (steps: number): number[] => Array.from({ length: 3 * steps + 1 }, (_, k) => 10 ** (k / steps)); // |h| from 1 to 1000
  const exact = (abs: readonly number[], x: (a: number) => number): (readonly [number, number])[] =>
    abs.map((a) => [x(a), log10Of(trueValues(a, FIGURE_DIGITS).factor.toExponential())] as const);
  const float64 = (abs: readonly number[], sign: number, x: (a: number) => number): (readonly [number, number])[] => abs.map((a) => [x(a), log10Of(jsFactor(sign * a))] as const);
  const colors = { exact: '#000000', positive: PALETTE[1], negative: PALETTE[0] };
  const overview = decades(400);
  const zoom = Array.from({ length: 601 }, (_, k) => 33 + k / 100); // h from 33 to 39
  const svg = stackedLinePlot({
    title: 's(h)(1 - s(h)): exact vs the textbook float64 evaluation 1/(1 + exp(-h))',
    panels: [
      {
        x: { label: '|h|', min: 0, max: 3, scale: 'log10-values' },
        y: { label: 's(h)(1 - s(h))', min: -440, max: 0, scale: 'log10-values', zeroBand: true },
        series: [
          { label: 'float64, h > 0', points: float64(overview, 1, Math.log10), style: 'line', color: colors.positive },
          { label: 'float64, h < 0', points: float64(overview, -1, Math.log10), style: 'line', color: colors.negative },
          { label: `exact (${FIGURE_DIGITS} digits), either sign of h`, points: exact(decades(100), Math.log10), style: 'line', dash: true, color: colors.exact },
        ],
        markers: [
          { x: Math.log10(b.upper), y: -Infinity, label: `h+ = ${b.upper.toFixed(4)}` },
          { x: Math.log10(-b.lower), y: -Infinity, label: `|h-| = ${(-b.lower).toFixed(4)}` },
        ],
        height: 340,
      },
      {
        x: { label: 'h (zoom on h > 0 near h+)', min: 33, max: 39 },
        y: { label: 's(h)(1 - s(h))', min: -17, max: -14, scale: 'log10-values', zeroBand: true },
        series: [
          { label: 'float64', points: float64(zoom, 1, (a) => a), style: 'line', color: colors.positive },
          { label: 'exact', points: exact(zoom.filter((_, k) => k % 10 === 0), (a) => a), style: 'line', dash: true, color: colors.exact },
        ],
        markers: [{ x: b.upper, y: -Infinity, label: `h+ = ${b.upper.toFixed(4)}` }],
        height: 260,
      },
    ],
  });
  return {
    file: 'factor-float64.svg',
    caption:
      "The gradient's factor s(h)(1 - s(h)), exact (dashed; even in h, positive everywhere, about 10^-434 at |h| = 1000) beside the textbook float64 evaluation (solid), on log10 values. " +
      `Top, against |h| on a log scale: for h > 0 float64 falls onto the "= 0" band at h+ = ${b.upper.toFixed(4)}; for h < 0 it follows the exact curve into the subnormal range and falls onto the band at |h-| = ${(-b.lower).toFixed(4)}, where exp(-h) overflows. ` +
      'Bottom, a zoom near h+: before it vanishes, float64 1 - s can only take multiples of 2^-53, so its factor is a staircase around the smooth exact curve. ' +
      'Every h on the band is a zero of the float64 gradient that the true gradient does not have.',
    svg,
  };
}

export default defineClaim({
  id: 'float64-spurious-roots',
  title: 'In float64 the sigmoid factors vanish where the true ones do not: spurious zeros beyond h+ ≈ 36.74 and below h- ≈ -709.78',
  statement: statement(),
  gloss:
    'With ê(h) = RN(e^{−h}) (the exponential correctly rounded), ŝ(h) = RN(1/RN(1 + ê(h))) and r̂(h) = RN(1 − ŝ(h)): for every finite double h, r̂(h) = 0 exactly when h ≥ h+ ≈ 36.7368 and ŝ(h) = 0 exactly when h ≤ h− ≈ −709.7827, ' +
    'while s(h) > 0, 1 − s(h) > 0 and s(h)(1 − s(h)) > 0 for every real h. So the float64 factor ŝ r̂ of the gradient is 0 where s(h)(1 − s(h)) is not (that last step, IEEE 754 giving 0 · a = ±0 for finite a, is in words). ' +
    'The boundaries are the float64 checker\'s facts: they have no proposition form of their own.',
  source:
    'The sigmoid zeroes at least one position of the w vector set to −∞, as well as the 1−s(w·x) zeroes with one position of w set to +∞. … Now, how to solve (finding the zero) of the gradient expression?',
  hypotheses: [
    'The evaluation model: $`\\hat e(h) = \\mathrm{RN}(e^{-h})`$, the exponential correctly rounded to nearest. This is a hypothesis about the platform, not a fact: IEEE 754 recommends but does not require a correctly rounded exp, and V8 does not promise one. The evidence compares `Math.exp` with the model at and around the boundary doubles.',
    '$`\\mathrm{RN}`$ is IEEE 754 binary64 round to nearest, ties to even, with subnormals, and overflow to $`+\\infty`$ from $`2^{1024} - 2^{970}`$; $`1 + \\infty = \\infty`$ and $`1/\\infty = +0`$.',
    '$`h`$ ranges over the finite doubles; $`s`$ is evaluated by the textbook formula $`1/(1 + \\exp(-h))`$ and $`1 - s`$ by subtracting it from 1.',
  ],
  expected: 'proved',
  answers: ['zero-exists', 'procedure'],
  argument:
    'The kernel proves the two boundary statements under the model (each also states the positivity of the true $`1 - s(h)`$ or $`s(h)`$) and, by the positivity checker, $`s(h)(1 - s(h)) > 0`$ for every real $`h`$. ' +
    'In float64 the factor $`s(1 - s)`$ and the gradient $`-(t - s)s(1 - s)x`$ are products whose other factors are finite, and IEEE 754 gives $`0 \\cdot a = \\pm 0`$ for finite $`a`$; ' +
    'so at every double $`h = w \\cdot x \\ge h_+`$ (where $`\\hat r = 0`$) and $`\\le h_-`$ (where $`\\hat s = 0`$) the computed factor and gradient are exactly zero, ' +
    'while the true factor $`s(h)(1 - s(h)) = e^{-h}/(1 + e^{-h})^2`$ is positive at every real $`h`$. A root finder that accepts a zero gradient accepts these $`h`$; ' +
    'they are zeros of the true gradient only where $`t = s(h)`$ or $`x = 0`$.',
  evidence: (): Evidence[] => {
    const b = boundaries();
    return [rootFinderTable(b), mathExpTable(b)];
  },
  properties: (ctx) => {
    const b = boundaries();
    return [
      checkProperty(ctx, 'JS doubles: 1 - 1/(1 + Math.exp(-h)) is exactly 0 for every sampled double h in [h+, 10^4]', [fc.double({ min: b.upper, max: 1e4, noNaN: true })], (h) => 1 - jsSigmoid(h) === 0, 1000),
      checkProperty(ctx, 'JS doubles: 1/(1 + Math.exp(-h)) is exactly 0 for every sampled double h in [-10^4, h-]', [fc.double({ min: -1e4, max: b.lower, noNaN: true })], (h) => jsSigmoid(h) === 0, 1000),
      checkProperty(
        ctx,
        'JS doubles: s and 1 - s are both non-zero for every sampled double h strictly between h- and h+',
        [fc.double({ min: nextUp(b.lower), max: nextDown(b.upper), noNaN: true })],
        (h) => jsSigmoid(h) > 0 && 1 - jsSigmoid(h) > 0,
        1000,
      ),
    ];
  },
  certificate: () => certificates(),
  proof: () => {
    const [upper, lower, positive] = certificates().map(byCertificate);
    return andIntro(upper, lower, conv(positive, FACTOR_POSITIVE));
  },
  figures: (): Figure[] => [factorFigure(boundaries())],
});
