/**
 * The neuron's training data as exact rationals: parsed from the `--data` mini-language
 * (`;` between points, `,` between coordinates, `:` before the target) or from a CSV file (`x1,...,xd,t`).
 * Every number is an integer, a decimal or a fraction p/q and is kept exactly.
 */
import { parseRational, type Rational } from '../algebra/rational.js';

/** One training point: inputs x in Q^d and target t in Q. */
export interface DataPoint {
  x: Rational[];
  t: Rational;
}

/** Bad user input: the message is one line naming where (flag, file, line) and what is wrong. */
export class InputError extends Error {
  override name = 'InputError';
}

/** The default limit on the digits of an input number's numerator or denominator (`--max-input-digits`). */
export const DEFAULT_MAX_INPUT_DIGITS = 1000;

/** Decimal digits of |n|. */
function digitsOf(n: bigint): number {
  return (n < 0n ? -n : n).toString().length;
}

/**
 * r when its numerator and denominator each have at most `maxDigits` digits; else an InputError naming `where`, the
 * limit and the flag that raises it (a 10^6-digit number, or 1e-99999, would make every later step crawl).
 */
export function checkInputDigits(r: Rational, where: string, maxDigits: number): Rational {
  const n = Math.max(digitsOf(r.num), digitsOf(r.den));
  if (n > maxDigits) {
    throw new InputError(`${where}: a number with ${n} digits exceeds the limit of ${maxDigits} (raise it with --max-input-digits)`);
  }
  return r;
}

function parseNumber(text: string, where: string, maxDigits: number): Rational {
  // A string longer than the limit (plus sign, point, exponent) is refused before BigInt parses it.
  if (text.length > maxDigits + 12) {
    throw new InputError(`${where}: a number of ${text.length} characters exceeds the limit of ${maxDigits} digits (raise it with --max-input-digits)`);
  }
  let r: Rational;
  try {
    r = parseRational(text);
  } catch (e) {
    throw new InputError(`${where}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return checkInputDigits(r, where, maxDigits);
}

function checkArity(points: DataPoint[], where: string): void {
  if (points.length === 0) throw new InputError(`${where}: no data points`);
}

/**
 * Parses `--data` text such as "1,0:1/3;0,1:3/4" into points, exactly; throws InputError naming the point
 * (1-based) on a missing target, an unparsable number, a dimension that differs from the first point's, or no points.
 */
export function parseDataString(text: string, flag = '--data', maxDigits = DEFAULT_MAX_INPUT_DIGITS): DataPoint[] {
  const points: DataPoint[] = [];
  const segments = text.split(';').map((s) => s.trim());
  segments.forEach((segment, k) => {
    if (segment === '') return;
    const where = `${flag}: point ${k + 1} "${segment}"`;
    const colon = segment.split(':');
    if (colon.length !== 2) throw new InputError(`${where}: expected "x1,...,xd:t" with exactly one ":"`);
    const x = colon[0].split(',').map((c) => parseNumber(c, where, maxDigits));
    const t = parseNumber(colon[1], where, maxDigits);
    if (points.length > 0 && x.length !== points[0].x.length) {
      throw new InputError(`${where}: has ${x.length} coordinates but point 1 has ${points[0].x.length} (mixed arity)`);
    }
    points.push({ x, t });
  });
  checkArity(points, flag);
  return points;
}

/**
 * Parses CSV text, one point per line as `x1,...,xd,t`, into points, exactly. `#` starts a comment, blank lines
 * are skipped, and the first content line is a header when any of its fields is not a number (sklearn's CSV files
 * start with `150,4,setosa,versicolor,virginica`). Throws InputError
 * naming `source` and the 1-based line on an unparsable number, mixed arity, fewer than 2 columns, or no points.
 */
export function parseDataCsv(text: string, source: string, maxDigits = DEFAULT_MAX_INPUT_DIGITS): DataPoint[] {
  const points: DataPoint[] = [];
  const lines = text.split('\n');
  let columns = 0;
  let columnsLine = 0;
  let headerSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const hash = lines[i].indexOf('#');
    const content = (hash >= 0 ? lines[i].slice(0, hash) : lines[i]).trim();
    if (content === '') continue;
    const where = `${source}: line ${i + 1}`;
    const fields = content.split(',').map((f) => f.trim());
    if (points.length === 0 && !headerSeen && fields.some((f) => !isNumber(f))) {
      headerSeen = true; // a header's field count is not the data's (sklearn: "569,30,malignant,benign")
      continue;
    }
    if (fields.length < 2) throw new InputError(`${where}: needs at least 2 columns (x1,...,xd,t), found ${fields.length}`);
    if (columns === 0) {
      columns = fields.length;
      columnsLine = i + 1;
    } else if (fields.length !== columns) {
      throw new InputError(`${where}: has ${fields.length} columns but line ${columnsLine} has ${columns} (mixed arity)`);
    }
    const values = fields.map((f) => parseNumber(f, where, maxDigits));
    points.push({ x: values.slice(0, -1), t: values[values.length - 1] });
  }
  checkArity(points, source);
  return points;
}

function isNumber(field: string): boolean {
  try {
    parseRational(field);
    return true;
  } catch {
    return false;
  }
}
