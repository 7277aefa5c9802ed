/**
 * Kernel checker `stationary-points`: the gradient of a loss has exactly the listed zeros in a box.
 *
 * The certificate gives the loss L as a formal expression in the listed variables (the kernel differentiates it
 * itself and evaluates ∇L and the Hessian by intervals, src/kernel/interval-expr.ts), the box, the working precision,
 * the branch-and-prune tree in preorder (`S` split, `N` no zero, `U<k>` inside isolation box k) and, per zero,
 * an isolation box Z_k, a narrow enclosure Y_k and a kind. The checker re-derives every box of the tree by exact
 * bisection (endpoints are never read from the certificate), re-evaluates everything with outward rounding, and
 * accepts only when: every `N` leaf has an interval gradient component excluding 0 (or a Newton/Krawczyk image
 * disjoint from it); every `U<k>` leaf lies in Z_k; every Z_k and Y_k passes the Newton/Krawczyk uniqueness test;
 * Y_k lies in Z_k and in the box; the Y_k are pairwise disjoint; each kind is re-derived from the interval
 * Hessian over Y_k. Then each zero in the box lies in some leaf, hence in some Z_k, hence is z_k: exactly k zeros.
 */
import { cmp, parseRational, ratToString, type Rational } from '../../algebra/rational.js';
import { bisect, boxSubset, type RationalBox } from '../../numeric/box.js';
import { hessianKind } from '../../numeric/inertia.js';
import { IntervalContext, type Interval } from '../../numeric/interval.js';
import { excludesZero, zeroTest } from '../../numeric/zeros.js';
import { decodeExpr, isSymbolName, type Expr } from '../../symbolic/expr.js';
import { symbolToLatex, toLatexWithNotation } from '../../symbolic/print.js';
import { lossGradientSystem } from '../interval-expr.js';
import type { Certificate, CheckResult, Trust } from '../types.js';

const KIND = 'stationary-points';
const MIN_PRECISION = 10;
const MAX_PRECISION = 1000;
const MAX_TREE = 10_000_000;

const TRUSTS: Trust[] = [
  { kind: 'theorem', name: 'Krawczyk (1969): K(X) in int X implies exactly one zero in X; every zero in X lies in K(X)' },
  { kind: 'theorem', name: 'interval Newton (Moore): N(X) in int X implies exactly one zero in X' },
  { kind: 'theorem', name: "Sylvester's law of inertia and the second-derivative test" },
  { kind: 'library', name: 'decimal.js: +, -, *, /, exp, ln correctly rounded under ROUND_FLOOR / ROUND_CEIL' },
  { kind: 'kernel', name: 'outward-rounded interval arithmetic and elementary bounds (src/numeric/interval.ts, elementary.ts)' },
  { kind: 'kernel', name: 'symbolic differentiation of the stated loss, its interval evaluation (src/kernel/interval-expr.ts) and the zero tests (src/numeric/zeros.ts)' },
];

/** One certified zero as recorded: isolation box, narrow enclosure, kind. */
interface ZeroRecord {
  isolation: Interval[];
  enclosure: Interval[];
  kind: string;
}

class Rejection extends Error {}

function reject(message: string): never {
  throw new Rejection(message);
}

function rational(text: unknown, what: string): Rational {
  if (typeof text !== 'string') reject(`${what} is not a string`);
  try {
    return parseRational(text);
  } catch {
    return reject(`${what} is not a rational number: ${JSON.stringify(text)}`);
  }
}

/** The loss as a formal expression and its variables (distinct symbol names, at most 8). */
function parseLoss(c: Certificate): { loss: Expr; vars: string[] } {
  const vars = c.variables;
  if (!Array.isArray(vars) || vars.length === 0 || vars.length > 8 || !vars.every(isSymbolName) || new Set(vars).size !== vars.length) {
    reject('variables must be 1 to 8 distinct symbol names');
  }
  let loss: Expr;
  try {
    loss = decodeExpr(c.loss, 'loss');
  } catch (e) {
    return reject(`loss: ${(e as Error).message}`);
  }
  return { loss, vars: vars as string[] };
}

function parseBox(data: unknown, d: number): RationalBox {
  if (!Array.isArray(data) || data.length !== d) reject(`box must have ${d} [lo, hi] pairs`);
  return data.map((pair: unknown, j: number) => {
    if (!Array.isArray(pair) || pair.length !== 2) reject(`box[${j}] must be a [lo, hi] pair`);
    const lo = rational(pair[0], `box[${j}][0]`);
    const hi = rational(pair[1], `box[${j}][1]`);
    if (cmp(lo, hi) >= 0) reject(`box[${j}] is empty or degenerate`);
    return [lo, hi] as [Rational, Rational];
  });
}

function parseIntervalBox(ic: IntervalContext, data: unknown, d: number, what: string): Interval[] {
  if (!Array.isArray(data) || data.length !== d) reject(`${what} must have ${d} [lo, hi] pairs`);
  return data.map((pair: unknown, j: number) => {
    if (!Array.isArray(pair) || pair.length !== 2) reject(`${what}[${j}] must be a [lo, hi] pair`);
    const lo = ic.fromRational(rational(pair[0], `${what}[${j}][0]`)).lo;
    const hi = ic.fromRational(rational(pair[1], `${what}[${j}][1]`)).hi;
    if (lo.gt(hi)) reject(`${what}[${j}] is empty`);
    return { lo, hi };
  });
}

/** The interval box as an exact rational box (decimal ends are exact rationals). */
function exact(X: Interval[]): RationalBox {
  return X.map((x) => [parseRational(x.lo.toFixed()), parseRational(x.hi.toFixed())] as [Rational, Rational]);
}

function disjoint(a: RationalBox, b: RationalBox): boolean {
  return a.some(([lo, hi], j) => cmp(hi, b[j][0]) < 0 || cmp(b[j][1], lo) < 0);
}

function boxText(box: RationalBox): string {
  return box.map(([lo, hi]) => `[${ratToString(lo)}, ${ratToString(hi)}]`).join(' \\times ');
}

function intervalText(X: Interval[]): string {
  return X.map((x) => `[${x.lo.toFixed()}, ${x.hi.toFixed()}]`).join(' \\times ');
}

function check(c: Certificate): { proves: string; detail: string } {
  const { loss, vars } = parseLoss(c);
  const d = vars.length;
  const box = parseBox(c.box, d);
  const precision = c.precision;
  if (typeof precision !== 'number' || !Number.isInteger(precision) || precision < MIN_PRECISION || precision > MAX_PRECISION) {
    reject(`precision must be an integer from ${MIN_PRECISION} to ${MAX_PRECISION}`);
  }
  const tree = c.tree;
  if (typeof tree !== 'string' || tree.length === 0 || tree.length > MAX_TREE) reject('tree must be a non-empty string');
  if (!Array.isArray(c.zeros)) reject('zeros must be an array');
  const ic = new IntervalContext(precision);
  let sys;
  try {
    sys = lossGradientSystem(ic, loss, vars);
  } catch (e) {
    return reject((e as Error).message);
  }

  const zeros: ZeroRecord[] = c.zeros.map((z: unknown, k: number) => {
    const rec = z as { isolation?: unknown; enclosure?: unknown; kind?: unknown };
    return {
      isolation: parseIntervalBox(ic, rec?.isolation, d, `zeros[${k}].isolation`),
      enclosure: parseIntervalBox(ic, rec?.enclosure, d, `zeros[${k}].enclosure`),
      kind: String(rec?.kind),
    };
  });
  const isolations = zeros.map((z) => exact(z.isolation));
  const enclosures = zeros.map((z) => exact(z.enclosure));
  zeros.forEach((z, k) => {
    if (zeroTest(ic, sys, z.isolation).status !== 'unique') reject(`zeros[${k}]: uniqueness not proved on its isolation box`);
    if (zeroTest(ic, sys, z.enclosure).status !== 'unique') reject(`zeros[${k}]: existence not proved in its enclosure`);
    if (!boxSubset(enclosures[k], isolations[k])) reject(`zeros[${k}]: enclosure not inside its isolation box`);
    if (!boxSubset(enclosures[k], box)) reject(`zeros[${k}]: enclosure not inside the box`);
    for (let l = 0; l < k; l++) if (!disjoint(enclosures[l], enclosures[k])) reject(`zeros[${l}] and zeros[${k}]: enclosures overlap`);
    const kind = hessianKind(ic, sys.jacobian(z.enclosure));
    if (kind !== z.kind) reject(`zeros[${k}]: kind is ${kind}, not ${z.kind}`);
  });

  let pos = 0;
  let leaves = 0;
  const stack: RationalBox[] = [box];
  while (stack.length > 0) {
    const X = stack.pop() as RationalBox;
    const code = tree[pos++];
    if (code === 'S') {
      const [left, right] = bisect(X);
      stack.push(right, left);
      continue;
    }
    leaves++;
    if (code === 'N') {
      const Xi = X.map(([lo, hi]) => ({ lo: ic.fromRational(lo).lo, hi: ic.fromRational(hi).hi }));
      let value;
      try {
        value = sys.value(Xi);
      } catch (e) {
        if (!(e instanceof RangeError)) throw e;
        reject(`leaf ${boxText(X)} marked N: the gradient does not evaluate there (${e.message})`);
      }
      if (!excludesZero(ic, value) && zeroTest(ic, sys, Xi).status !== 'none') {
        reject(`leaf ${boxText(X)} marked N: no zero-freeness proof`);
      }
    } else if (code === 'U') {
      const digits = /^\d+/.exec(tree.slice(pos, pos + 12));
      if (digits === null) reject(`tree position ${pos}: U without a zero index`);
      pos += digits[0].length;
      const k = Number(digits[0]);
      if (k >= zeros.length || !boxSubset(X, isolations[k])) reject(`leaf ${boxText(X)} is not inside the isolation box of zeros[${k}]`);
    } else {
      reject(code === undefined ? 'tree ends before covering the box' : `tree position ${pos - 1}: leaf code "${code}" is not N or U<k>`);
    }
  }
  if (pos !== tree.length) reject(`tree has ${tree.length - pos} characters after covering the box`);

  const kinds = zeros.map((z) => z.kind);
  const w = vars.length === 1 ? symbolToLatex(vars[0]) : `(${vars.map(symbolToLatex).join(', ')})`;
  const listed = zeros.map((z, k) => `${w} \\in ${intervalText(z.enclosure)} (${kinds[k]})`).join('; ');
  const count = `exactly ${zeros.length} zero${zeros.length === 1 ? '' : 's'}`;
  const lossLatex = toLatexWithNotation(loss, { sigmoid: true, names: {} });
  const proves =
    `For $\`L${w.startsWith('(') ? w : `(${w})`} = ${lossLatex}\`$, $\`\\nabla L\`$ has ${count} in $\`${boxText(box)}\`$` +
    (zeros.length > 0 ? `: $\`${listed}\`$.` : '.');
  const detail = `re-derived ${leaves} leaves of the tree and ${zeros.length} zero certificate(s) at ${precision} digits, outward rounded`;
  return { proves, detail };
}

/** Checks a `stationary-points` certificate; never throws: malformed or unproved data gives ok = false with the reason. */
export function checkStationaryPoints(c: Certificate): CheckResult {
  try {
    const { proves, detail } = check(c);
    return { kind: KIND, ok: true, proves, detail, trusts: TRUSTS };
  } catch (e) {
    const message = e instanceof Rejection ? e.message : `malformed certificate (${e instanceof Error ? e.message : String(e)})`;
    return { kind: KIND, ok: false, proves: '', detail: message, trusts: TRUSTS };
  }
}
