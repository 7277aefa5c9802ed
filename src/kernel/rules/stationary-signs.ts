/**
 * The sign pattern of L′ on all of ℝ from its stationarity polynomial: the intermediate value theorem on (0, ∞)
 * carried back to ℝ by the increasing bijection w ↦ e^w. The kernel evaluates N at the given points itself, exactly.
 */
import { decodeExpr, div, exp, mul, num, pow, add, sub, sym, type Expr } from '../../symbolic/expr.js';
import { normalForm } from '../../symbolic/normal-form.js';
import { isZeroFunction } from '../../symbolic/rational-function.js';
import { canonicalJson, decodeProp, PropError, type Prop } from '../proposition.js';
import type { Rule } from '../rules.js';

function need(condition: boolean, message: string): asserts condition {
  if (!condition) throw new PropError(message);
}

/** Σ c_k x^k for integer coefficients highest first. */
function polyExpr(poly: readonly string[], x: Expr): Expr {
  const n = poly.length - 1;
  return add(...poly.map((c, i) => mul(num(c), pow(x, n - i))));
}

function polyArg(data: unknown, what: string): string[] {
  const p = decodeProp({ op: 'irreducible', poly: data }, what);
  return [...(p as { poly: readonly string[] }).poly];
}

/** A positive rational "p/q" or "p" as [p, q] with q > 0. */
function positiveRational(x: unknown, what: string): [bigint, bigint] {
  const m = typeof x === 'string' ? /^(\d{1,200})(?:\/(\d{1,200}))?$/.exec(x) : null;
  need(m !== null, `${what}: a positive rational "p/q"`);
  const p = BigInt(m[1]);
  const q = BigInt(m[2] ?? '1');
  need(p > 0n && q > 0n, `${what}: a positive rational "p/q"`);
  return [p, q];
}

/** The sign of poly(p/q), q > 0: the sign of the homogenised Σ c_i p^(n−i) q^i. */
function signAt(poly: readonly string[], [p, q]: [bigint, bigint]): number {
  let v = 0n;
  let qPower = 1n;
  for (const c of poly) {
    v = v * p + BigInt(c) * qPower; // Horner on the homogenised polynomial: q^i rides along with the i-th coefficient
    qPower *= q;
  }
  return v > 0n ? 1 : v < 0n ? -1 : 0;
}

/** Rules about the sign of L′ on ℝ, for src/kernel/rules.ts. */
export const STATIONARY_SIGN_RULES: Record<string, Rule> = {
  'signs-via-exp': {
    theorem:
      'intermediate value theorem, with exp an increasing bijection ℝ → (0, ∞): if L′(w) = c e^{mw} N(e^w)/D(e^w) with c ≠ 0, D > 0 on (0, ∞), N has exactly k distinct roots in (0, ∞), and N is non-zero with alternating signs at rationals 0 < a_0 < … < a_k, then L′ has exactly k zeros w_1 < … < w_k and has the sign of c·N(a_i) on the i-th interval between them',
    apply(premises: readonly Prop[], args: unknown): Prop {
      need(premises.length === 3, `signs-via-exp takes 3 premises, got ${premises.length}`);
      need(typeof args === 'object' && args !== null && !Array.isArray(args), 'signs-via-exp needs an "args" object');
      const o = args as Record<string, unknown>;
      const [derivative, denominator, count] = premises;
      need(derivative.op === 'forall' && derivative.vars.length === 1 && derivative.vars[0].domain === 'real', 'signs-via-exp: the first premise is a derivative quantified over its variable alone, over all reals');
      const body = derivative.body;
      need(body.op === 'deriv' && body.partial === undefined && body.var === derivative.vars[0].name, 'signs-via-exp: the first premise is a derivative that holds everywhere, in its bound variable');
      const N = polyArg(o.N, 'args.N');
      const D = polyArg(o.D, 'args.D');
      const c = decodeExpr(o.c, 'args.c');
      need(c.op === 'num' && c.value !== '0', 'signs-via-exp: args.c is a non-zero rational');
      const m = o.m;
      need(typeof m === 'number' && Number.isInteger(m) && Math.abs(m) <= 1000, 'signs-via-exp: args.m is an integer');
      need(denominator.op === 'root-count' && denominator.lo === '0' && denominator.hi === '+inf' && denominator.count === 0, 'signs-via-exp: the second premise says D has no root in (0, +∞)');
      need(canonicalJson(denominator.poly) === canonicalJson(D), 'signs-via-exp: the second premise is about another polynomial than D');
      need(BigInt(D[0]) > 0n, 'signs-via-exp: D needs a positive leading coefficient (then D > 0 on (0, ∞))');
      need(count.op === 'root-count' && count.lo === '0' && count.hi === '+inf', 'signs-via-exp: the third premise counts the roots of N in (0, +∞)');
      need(canonicalJson(count.poly) === canonicalJson(N), 'signs-via-exp: the third premise is about another polynomial than N');
      const z = exp(sym(body.var));
      const expected = mul(c, pow(z, m), div(polyExpr(N, z), polyExpr(D, z)));
      need(isZeroFunction(normalForm(sub(body.value, expected))), 'signs-via-exp: the derivative is not c e^{mw} N(e^w)/D(e^w) for the given c, m, N, D');
      need(Array.isArray(o.points) && o.points.length === count.count + 1, `signs-via-exp: args.points lists k + 1 = ${count.count + 1} positive rationals`);
      const points = o.points.map((x, i) => positiveRational(x, `args.points[${i}]`));
      points.forEach((b, i) => {
        if (i === 0) return;
        const a = points[i - 1];
        need(a[0] * b[1] < b[0] * a[1], 'signs-via-exp: args.points must increase strictly');
      });
      const signs = points.map((a) => signAt(N, a));
      need(signs.every((s) => s !== 0), 'signs-via-exp: N vanishes at one of the points');
      need(signs.every((s, i) => i === 0 || s === -signs[i - 1]), 'signs-via-exp: the signs of N at the points do not alternate, so they do not place one root between each pair');
      const cSign = c.value.startsWith('-') ? -1 : 1;
      return { op: 'stationary-signs', loss: body.fn, var: body.var, signs: signs.map((s) => (s * cSign > 0 ? '+' : '-')).join('') };
    },
  },
};
