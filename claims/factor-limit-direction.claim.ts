import fc from 'fast-check';
import type { Decimal } from 'decimal.js';
import {
  and,
  andIntro,
  byCertificate,
  checkProperty,
  conv,
  defineClaim,
  eq,
  forall,
  identityCertificate,
  limit,
  limitCertificate,
  limitExpSubstitution,
  parseExpr,
  positive,
  rat,
  rationalIn,
  type Rational,
  type TableEvidence,
} from '../src/index.js';

/** x_j > 0: the factor tends to 0. */
const TO_ZERO = forall(['h', positive('x_j')], limit('sigmoid(h - lambda*x_j)', 'lambda', '+inf', '0'));
/** x_j = −c < 0: the factor tends to 1. */
const TO_ONE = forall(['h', positive('c')], limit('sigmoid(h + lambda*c)', 'lambda', '+inf', '1'));
/** x_j = 0: the factor does not move. */
const UNCHANGED = forall(['h', 'lambda'], eq('sigmoid(h - lambda*0)', 'sigmoid(h)'));
import { decimalContext } from '../src/numeric/context.js';
import { sigmoid } from '../src/numeric/elementary.js';

const DIGITS = 30;
const STEPS = [1, 10, 100, 1000];
const INPUTS = [rat(1n, 2n), rat(-1n, 2n), rat(0n)];
const D = decimalContext(DIGITS);

interface Factor {
  s: Decimal;
  complement: Decimal;
}

/** s(h − λ x_j) and 1 − s(h − λ x_j) = s(λ x_j − h) at 30 digits (the complement without cancellation). */
function factor(h: Rational, xj: Rational, lambda: number): Factor {
  const q = (r: Rational) => D.div(r.num.toString(), r.den.toString());
  const arg = D.sub(q(h), D.mul(lambda, q(xj)));
  return { s: sigmoid(D, arg), complement: sigmoid(D, arg.neg()) };
}

/** The factor along w − λe_j at h = w·x = 1 for x_j = 1/2, −1/2, 0, as λ grows. */
function table(): TableEvidence {
  const at = (xj: Rational) => STEPS.map((l) => factor(rat(1n), xj, l));
  const [pos, negative, zero] = INPUTS.map(at);
  const decreasing = (v: Factor[], key: keyof Factor) => v.every((x, i) => i === 0 || x[key].lt(v[i - 1][key]));
  const passed =
    decreasing(pos, 's') && pos[3].s.lt('1e-200') &&
    decreasing(negative, 'complement') && negative[3].complement.lt('1e-200') &&
    zero.every((x) => x.s.eq(zero[0].s));
  const show = (x: Decimal) => x.toSignificantDigits(6).toExponential();
  return {
    kind: 'table',
    title: 'The factor s((w − λe_j)·x) with w·x = 1, as λ grows (30 digits; 1 − s computed as s(−·), without cancellation)',
    criterion: 'x_j = 1/2: s decreases below 10^−200; x_j = −1/2: 1 − s decreases below 10^−200 (s → 1); x_j = 0: s is the same at every λ',
    columns: ['λ', 's, x_j = 1/2', '1 − s, x_j = −1/2', 's, x_j = 0'],
    rows: STEPS.map((l, i) => [String(l), show(pos[i].s), show(negative[i].complement), show(zero[i].s)]),
    passed,
  };
}

export default defineClaim({
  id: 'factor-limit-direction',
  title: 'Along one coordinate, s(w·x) tends to 0, to 1 or stays put, by the sign of x_j',
  // With h = w·x: (w − λe_j)·x = h − λx_j. Three cases by the sign of x_j (for x_j < 0 write x_j = −c, c > 0).
  statement: and(TO_ZERO, TO_ONE, UNCHANGED),
  gloss: 'along w − λe_j the factor s tends to 0 when x_j > 0, to 1 when x_j < 0, and stays s(w·x) when x_j = 0 (three different behaviours, so each case is also the only one giving its behaviour)',
  source: 'The sigmoid zeroes at least one position of the $\\mathbf{w}$ vector set to $-\\infty$, as well as the $1-s(\\mathbf{w}\\cdot\\mathbf{x})$ zeroes with one position of $\\mathbf{w}$ set to $+\\infty$. This is not useful.',
  hypotheses: [
    '$`\\mathbf w, \\mathbf x \\in \\mathbb R^d`$ (any $`d \\ge 1`$), $`j \\in \\{1, \\dots, d\\}`$, $`\\mathbf e_j`$ the $`j`$-th unit vector, $`\\lambda \\to +\\infty`$.',
    'Moving $`w_j`$ to $`+\\infty`$ instead (along $`\\mathbf w + \\lambda\\mathbf e_j`$) is the same with $`x_j`$ replaced by $`-x_j`$: then $`1 - s \\to 0`$ iff $`x_j > 0`$. This corrects the question\'s reading (refuted in factor-limit-one-coordinate), which holds only for $`x_j > 0`$.',
  ],
  expected: 'proved',
  answers: ['derivation', 'zero-exists'],
  argument:
    'The kernel checks $`\\lim_{v \\to +\\infty} 1/(1 + e^{-h} v) = 0`$ and $`\\lim_{v \\to 0^+} 1/(1 + e^{-h} v) = 1`$ by degrees in $`v`$; the rule that limits compose with $`v = e^{\\lambda c} \\to +\\infty`$ (and $`e^{-\\lambda c} \\to 0^+`$) for $`c > 0`$ moves them to $`\\lambda \\to +\\infty`$, and conversion by normal form identifies $`1/(1 + e^{-h} e^{\\lambda c})`$ with $`s(h - \\lambda c)`$. The case $`x_j = 0`$ is an identity.',
  evidence: () => [table()],
  properties: (ctx) => [
    checkProperty(
      ctx,
      'at λ = 2000, with h ∈ Q ∩ [−10, 10] and |x_j| ∈ [1/10, 3]: x_j > 0 gives s < 10^−50 and x_j < 0 gives 1 − s < 10^−50 (30 digits)',
      [rationalIn(-10n, 10n), rationalIn(1n, 30n), fc.boolean()],
      (h, tenths, positive) => {
        const { s, complement } = factor(h, rat(positive ? tenths.num : -tenths.num, tenths.den * 10n), 2000);
        return (positive ? s : complement).lt('1e-50');
      },
      100,
    ),
  ],
  proof: () => {
    const F = parseExpr('1/(1 + exp(-h)*v)');
    const atInfinity = byCertificate(limitCertificate(F, 'v', '+infinity', parseExpr('0')));
    const atZero = byCertificate(limitCertificate(F, 'v', '0+', parseExpr('1')));
    return andIntro(
      conv(limitExpSubstitution(atInfinity, { lambda: 'lambda', c: 'x_j' }), TO_ZERO),
      conv(limitExpSubstitution(atZero, { lambda: 'lambda', c: 'c' }), TO_ONE),
      byCertificate(identityCertificate(parseExpr('sigmoid(h - lambda*0)'), parseExpr('sigmoid(h)'))),
    );
  },
});
