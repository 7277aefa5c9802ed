import fc from 'fast-check';
import type { Decimal } from 'decimal.js';
import {
  and,
  andElim,
  andIntro,
  byCertificate,
  byLemma,
  byRule,
  checkProperty,
  conv,
  defineClaim,
  eq,
  forall,
  gtNe,
  identityCertificate,
  limit,
  limitCertificate,
  not,
  parseExpr,
  positive,
  positivityCertificate,
  rat,
  rationalIn,
  type ProofTerm,
  type Prop,
  type Rational,
  type TableEvidence,
} from '../src/index.js';
import { directionalLimitCertificates } from '../src/neuron/single-point.js';
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

/** The factor along w − λe_j with h = w·x, in the three cases of x_j: a > 0, −a < 0, and 0. */
const TO_ZERO = 'sigmoid(h - lambda*a)';
const TO_ONE = 'sigmoid(h + lambda*a)';
const STILL = 'sigmoid(h - lambda*0)';
const HA = [positive('a'), 'h'] as const;
const CASES = {
  positiveToZero: forall([...HA], limit(TO_ZERO, 'lambda', '+inf', '0')),
  positiveNotOne: forall([...HA], not(limit(TO_ZERO, 'lambda', '+inf', '1'))),
  negativeToOne: forall([...HA], limit(TO_ONE, 'lambda', '+inf', '1')),
  negativeNotZero: forall([...HA], not(limit(TO_ONE, 'lambda', '+inf', '0'))),
  zeroConstant: forall(['h', 'lambda'], eq(STILL, 'sigmoid(h)')),
  zeroNotZero: forall(['h'], not(limit(STILL, 'lambda', '+inf', '0'))),
  zeroNotOne: forall(['h'], not(limit(STILL, 'lambda', '+inf', '1'))),
};
const STATEMENT = and(...Object.values(CASES));

/** The proof: the two limits in v = e^{±λa} composed with exp, their uniqueness, and the constant case from 0 < s < 1. */
function proof(): ProofTerm {
  const inV = parseExpr('1/(1 + exp(-h)*v)');
  const compose = (at: '+infinity' | '0+', value: string): ProofTerm =>
    byRule('limit-exp-compose', [byCertificate(limitCertificate(inV, 'v', at, parseExpr(value)))], { lambda: 'lambda', a: parseExpr('a'), vars: [positive('a')] });
  const toZero = conv(compose('+infinity', '0'), CASES.positiveToZero);
  const toOne = conv(compose('0+', '1'), CASES.negativeToOne);
  const oneIsNotZero = gtNe(byCertificate(positivityCertificate(parseExpr('1'))));
  const distinct = (lim: ProofTerm, ne: ProofTerm): ProofTerm => byRule('limit-distinct', [lim, ne]);
  const bounds = byLemma('sigmoid-factors-no-finite-root');
  const still = conv(byCertificate(limitCertificate(parseExpr('sigmoid(h)'), 'lambda', '+infinity', parseExpr('sigmoid(h)'))), forall(['h'], limit(STILL, 'lambda', '+inf', 'sigmoid(h)')));
  return andIntro(
    toZero,
    distinct(toZero, oneIsNotZero),
    toOne,
    distinct(toOne, oneIsNotZero),
    byCertificate(identityCertificate(parseExpr(STILL), parseExpr('sigmoid(h)'))),
    distinct(still, gtNe(andElim(bounds, 0))),
    distinct(still, gtNe(andElim(bounds, 1))),
  );
}

export default defineClaim({
  id: 'factor-limit-direction',
  title: 'Along one coordinate, s(w·x) tends to 0, to 1 or stays put, by the sign of x_j',
  statement: STATEMENT,
  gloss:
    'with h = w·x, (w − λe_j)·x = h − λx_j; the three cases of x_j: for x_j = a > 0 the factor tends to 0 (and not to 1), for x_j = −a < 0 it tends to 1 (and not to 0), for x_j = 0 it is s(h) at every λ and tends to neither 0 nor 1; as these cases cover every real x_j, it tends to 0 iff x_j > 0 and to 1 iff x_j < 0',
  source: 'The sigmoid zeroes at least one position of the $\\mathbf{w}$ vector set to $-\\infty$, as well as the $1-s(\\mathbf{w}\\cdot\\mathbf{x})$ zeroes with one position of $\\mathbf{w}$ set to $+\\infty$. This is not useful.',
  hypotheses: [
    '$`\\mathbf w, \\mathbf x \\in \\mathbb R^d`$ (any $`d \\ge 1`$), $`j \\in \\{1, \\dots, d\\}`$, $`\\mathbf e_j`$ the $`j`$-th unit vector, $`\\lambda \\to +\\infty`$.',
    'Moving $`w_j`$ to $`+\\infty`$ instead (along $`\\mathbf w + \\lambda\\mathbf e_j`$) is the same with $`x_j`$ replaced by $`-x_j`$: then $`1 - s \\to 0`$ iff $`x_j > 0`$. This corrects the question\'s reading (refuted in factor-limit-one-coordinate), which holds only for $`x_j > 0`$.',
  ],
  expected: 'proved',
  dependsOn: ['sigmoid-factors-no-finite-root'],
  answers: ['derivation', 'zero-exists'],
  argument: [
    'Let $`h = \\mathbf w\\cdot\\mathbf x`$ and $`v(\\lambda) = e^{\\lambda x_j} > 0`$. The kernel checks $`s((\\mathbf w - \\lambda\\mathbf e_j)\\cdot\\mathbf x) \\equiv 1/(1 + e^{-h} v(\\lambda))`$ (directly for $`d \\le 5`$ and every $`j`$; for any $`d`$, $`(\\mathbf w - \\lambda\\mathbf e_j)\\cdot\\mathbf x = h - \\lambda x_j`$ and it checks $`s(h - \\lambda x_j)`$), and that $`1/(1 + e^{-h}v) \\to 0`$ as $`v \\to +\\infty`$ and $`\\to 1`$ as $`v \\to 0^+`$.',
    'Since $`e^{u} \\to +\\infty`$ as $`u \\to +\\infty`$ and $`e^{u} \\to 0^+`$ as $`u \\to -\\infty`$: if $`x_j > 0`$ then $`v(\\lambda) \\to +\\infty`$ and the factor tends to 0; if $`x_j < 0`$ then $`v(\\lambda) \\to 0^+`$ and it tends to 1 (a limit of a composition). If $`x_j = 0`$ the kernel checks $`s(h - \\lambda\\cdot 0) \\equiv s(h)`$, and $`0 < s(h) < 1`$ (sigmoid-factors-no-finite-root), so it is constant and tends to neither 0 nor 1.',
    'The three cases exhaust the sign of $`x_j`$ and give three different behaviours, so each holds only in its own case: hence each "iff".',
  ].join('\n\n'),
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
  // Includes s((w − λe_j)·x) ≡ 1/(1 + e^{−w·x} e^{λx_j}) for every d ≤ 5 and j: a cross-check of (w − λe_j)·x = h − λx_j.
  certificate: () => directionalLimitCertificates(5),
  proof,
});
