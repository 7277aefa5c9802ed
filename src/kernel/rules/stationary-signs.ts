/**
 * The sign pattern of L′ on all of ℝ from its stationarity polynomial: the intermediate value theorem on (0, ∞)
 * carried back to ℝ by the increasing bijection w ↦ e^w. The kernel evaluates N at the given points itself, exactly.
 */
import { canonicalJson, PropError, type Prop } from '../proposition.js';
import { expFactorisation, type Rule } from '../rules.js';

function need(condition: boolean, message: string): asserts condition {
  if (!condition) throw new PropError(message);
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
      const { loss, w, N, c } = expFactorisation(derivative, denominator, o, 'signs-via-exp');
      need(count.op === 'root-count' && count.lo === '0' && count.hi === '+inf', 'signs-via-exp: the third premise counts the roots of N in (0, +∞)');
      need(canonicalJson(count.poly) === canonicalJson(N), 'signs-via-exp: the third premise is about another polynomial than N');
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
      return { op: 'stationary-signs', loss, var: w, signs: signs.map((s) => (s * cSign > 0 ? '+' : '-')).join('') };
    },
  },
};
