/**
 * The exact analysis that `analyze` adds for d = 2 (sigmoid, squared loss, integer inputs): every stationary point on
 * all of R². Each coordinate's eliminant (src/neuron/exact-d2.ts) leaves a polynomial g_i with g_i(e^{w*_i}) = 0 at
 * every stationary point, so the stationary points lie among the pairs of positive roots (z_1, z_2); each pair is
 * decided by intervals: a Krawczyk certificate on a small box (a stationary point, kind from the interval Hessian) or
 * an interval gradient without 0 around it (none). `allFound` is true when every pair was decided. Per point: w*,
 * z*, the minimal polynomial of each z*_i, its Galois group and whether z* is expressible by radicals.
 */
import { Decimal } from 'decimal.js';
import type { FactorPower } from '../algebra/factor-z.js';
import { galoisCertificate } from '../algebra/galois.js';
import { zToStrings, type ZPoly } from '../algebra/poly-z.js';
import { ratToString, type Rational } from '../algebra/rational.js';
import { isolateRealRoots, refineRoot } from '../algebra/real-roots.js';
import { eliminateCoordinate, sigmoidGradientFactors, type GradientFactor } from './exact-d2.js';
import { gradientExcludesZero, isolatedStationaryPointCertificate } from './isolated-stationary-point.js';
import type { Problem } from './model.js';

/** One coordinate z*_i = e^{w*_i} of a stationary point. */
export interface D2Coordinate {
  w: string;
  z: string;
  minimalPolynomial: string[];
  degree: number;
  galois: 'symmetric' | 'solvable' | 'undetermined';
}

/** One stationary point of the 2-D problem, certified unique in `enclosure` by the kernel's Krawczyk test. */
export interface D2Point {
  w: string[];
  coordinates: [D2Coordinate, D2Coordinate];
  kind: string;
  /** 'radicals' when both z*_i are (degree ≤ 4), 'none-in-radicals' when one has a certified S_n, n ≥ 5. */
  closedForm: 'radicals' | 'none-in-radicals' | 'unknown';
  enclosure: [string, string][];
}

/** The exact d = 2 part of the analyze result. */
export interface ExactD2Analysis {
  /** P_1, P_2 with ∇L = 0 ⟺ P_1(e^w) = P_2(e^w) = 0, as text. */
  system: string[];
  /** g_1, g_2: every stationary point has g_i(e^{w*_i}) = 0 (highest first). */
  eliminants: [string[], string[]];
  /** True when every candidate pair of positive roots was decided: the list is every stationary point on R². */
  allFound: boolean;
  stationaryPoints: D2Point[];
  /** Candidate pairs neither certified nor excluded (only when allFound is false). */
  undecided: string[][];
}

const WORK_DIGITS = 40;

interface Root {
  z: Rational;
  decimal: string;
  factor: FactorPower;
}

function positiveRoots(relevant: readonly FactorPower[]): Root[] {
  return relevant.flatMap((factor) =>
    isolateRealRoots(factor.factor, { num: 0n, den: 1n }, '+inf').map((iv) => {
      const r = refineRoot(factor.factor, iv, WORK_DIGITS);
      return { z: r.lo, decimal: r.decimal, factor };
    }),
  );
}

function coordinate(root: Root, w: string, digits: number): D2Coordinate {
  const f: ZPoly = root.factor.factor;
  const degree = f.length - 1;
  const status = degree <= 4 ? 'solvable' : galoisCertificate(f).status === 'symmetric' ? 'symmetric' : 'undetermined';
  return { w: new Decimal(w).toFixed(digits), z: new Decimal(root.decimal).toFixed(digits), minimalPolynomial: zToStrings(f), degree, galois: status };
}

function mpolyText(terms: Iterable<{ c: Rational; e: readonly number[] }>): string {
  return [...terms].map(({ c, e }) => `${ratToString(c)}${e.map((x, j) => (x === 0 ? '' : `*z${j + 1}${x === 1 ? '' : `^${x}`}`)).join('')}`).join(' + ').replace(/\+ -/g, '- ');
}

/**
 * The largest Bézout bound deg P_1 · deg P_2 (total degrees of the two gradient polynomials) the exact d = 2 analysis
 * takes on: 121 for the README example (about 1 s), 841 for four points with inputs up to 3 (about 3 minutes).
 */
const MAX_BEZOUT_BOUND = 400;

/** The total degree of a gradient polynomial P in (z_1, z_2). */
function totalDegree(f: GradientFactor): number {
  let d = 0;
  for (const { e } of f.P.terms.values()) d = Math.max(d, e.reduce((a, b) => a + b, 0));
  return d;
}

/** The exact analysis of a 2-D sigmoid squared-loss problem with integer inputs; throws RangeError when it does not apply or its Bézout bound exceeds MAX_BEZOUT_BOUND. */
export function exactD2Analysis(problem: Problem, digits: number): ExactD2Analysis {
  if (problem.data[0].x.length !== 2) throw new RangeError('the exact d = 2 analysis needs two weights');
  const factors = sigmoidGradientFactors(problem);
  const degrees = factors.map(totalDegree);
  const bezout = degrees.reduce((a, b) => a * b, 1);
  if (!(bezout <= MAX_BEZOUT_BOUND)) {
    const shown = (n: number) => (Number.isSafeInteger(n) ? String(n) : Number.isFinite(n) ? `about ${n.toExponential(2)}` : 'more than 10^308');
    throw new RangeError(`the gradient polynomials have total degrees ${degrees.map(shown).join(' and ')}, so the eliminant may have degree up to ${shown(bezout)} > ${MAX_BEZOUT_BOUND}: inputs too large for the exact d = 2 analysis (minutes of algebra)`);
  }
  const eliminations = [0, 1].map((i) => eliminateCoordinate(factors, i));
  const roots = eliminations.map((e) => positiveRoots(e.relevant));
  const points: D2Point[] = [];
  const undecided: string[][] = [];
  const D = Decimal.clone({ precision: WORK_DIGITS + 10 });
  for (const r1 of roots[0]) {
    for (const r2 of roots[1]) {
      const w = [D.ln(r1.decimal).toSD(WORK_DIGITS).toString(), D.ln(r2.decimal).toSD(WORK_DIGITS).toString()];
      const certificate = isolatedStationaryPointCertificate(problem, w, '1e-8', '1e-25', WORK_DIGITS);
      if (certificate) {
        const [c1, c2] = [coordinate(r1, w[0], digits), coordinate(r2, w[1], digits)];
        const closedForm = c1.galois === 'solvable' && c2.galois === 'solvable' ? 'radicals' : [c1, c2].some((c) => c.galois === 'symmetric') ? 'none-in-radicals' : 'unknown';
        const zero = (certificate.zeros as { enclosure: [string, string][]; kind: string }[])[0];
        points.push({ w: [c1.w, c2.w], coordinates: [c1, c2], kind: zero.kind, closedForm, enclosure: zero.enclosure });
      } else if (!gradientExcludesZero(problem, w, '1e-30', WORK_DIGITS)) undecided.push(w);
    }
  }
  return {
    system: factors.map((f) => `${mpolyText(f.P.terms.values())} = 0`),
    eliminants: [zToStrings(eliminations[0].g), zToStrings(eliminations[1].g)],
    allFound: undecided.length === 0,
    stationaryPoints: points,
    undecided,
  };
}


/**
 * The fields `analyze` adds for d = 2: `exactD2` when the problem is a sigmoid squared-loss problem with two integer
 * inputs, `exactD2Refused` with the one-line reason when the exact algebra refuses it (a RangeError), else nothing.
 */
export function exactD2Fields(problem: Problem, digits: number): { exactD2: ExactD2Analysis } | { exactD2Refused: string } | Record<string, never> {
  if (problem.data[0].x.length !== 2 || problem.activation !== 'sigmoid' || problem.loss !== 'mse') return {};
  if (problem.data.some((p) => p.x.some((x) => x.den !== 1n))) return {};
  try {
    return { exactD2: exactD2Analysis(problem, digits) };
  } catch (e) {
    if (e instanceof RangeError) return { exactD2Refused: e.message.split('\n')[0] };
    throw e;
  }
}
