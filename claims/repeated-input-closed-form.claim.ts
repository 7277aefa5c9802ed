import fc from 'fast-check';
import { agreesTo, checkProperty, defineClaim, gradientScale, parseRational, rat, rationalIn, rationalVector, and, andIntro, byCertificate, chainLinearForm, derivativeIdentityCertificate, expr, forall, gradientOfLinearForm, type Prop, type ProofTerm } from '../src/index.js';
import { factOf } from '../src/claim/facts.js';
import { cmp, mul, neg } from '../src/algebra/rational.js';
import { sigmoidAtLogitCertificates } from '../src/neuron/interpolation.js';
import { repeatedInputCertificates, repeatedInputGradientAD, repeatedInputGradientFormula, repeatedInputGradientVanishes, repeatedInputLadder } from '../src/neuron/repeated-input.js';

const R = (xs: string[]) => xs.map(parseRational);

/** Non-zero inputs x ∈ Q^d, d = 1..3 (entries p/q, |p| ≤ 30, q ≤ 10). */
const input = fc.integer({ min: 1, max: 3 }).chain((d) => rationalVector(d, 30n, 10n)).filter((x) => x.some((v) => v.num !== 0n));
/** Weights of the input's dimension, entries in [−3, 3]. */
const withWeights = input.chain((x) => rationalVector(x.length, 30n, 10n).map((w) => ({ x, w })));

const COUNTS = [1, 2, 3, 4, 5];
/** The loss of n points with the shared input, in h = w·x, and its derivative −n(t̄ − s)s(1 − s). */
function lossAndGradient(n: number): [string, string] {
  const i = Array.from({ length: n }, (_, k) => k + 1);
  const mean = `(${i.map((k) => `t_${k}`).join(' + ')})/${n}`;
  return [i.map((k) => `(t_${k} - sigmoid(h))^2/2`).join(' + '), `-${n}*(${mean} - sigmoid(h))*sigmoid(h)*(1 - sigmoid(h))`];
}
const gradientOf = (n: number): Prop => {
  const [loss, gradient] = lossAndGradient(n);
  return forall(Array.from({ length: n }, (_, k) => `t_${k + 1}`), gradientOfLinearForm(loss, 'h', 'w', 'x', gradient));
};
/** The sign and logit facts of the sigmoid, as their certificates state them. */
const SIGMOID_FACTS = [...repeatedInputCertificates(5), ...sigmoidAtLogitCertificates()].filter((c) => c.kind === 'positivity' || c.kind === 'identity');
const STATEMENT = and(...COUNTS.map(gradientOf), ...SIGMOID_FACTS.map((c) => factOf(c, 'auto')));

/** Each gradient by the derivative in h and the chain rule for a linear form (every d); the facts by their certificates. */
function proof(): ProofTerm {
  const gradients = COUNTS.map((n) => {
    const [loss, gradient] = lossAndGradient(n);
    return chainLinearForm(byCertificate(derivativeIdentityCertificate(expr(loss), 'h', expr(gradient))), { w: 'w', x: 'x' });
  });
  return andIntro(...gradients, ...SIGMOID_FACTS.map(byCertificate));
}

export default defineClaim({
  id: 'repeated-input-closed-form',
  title: 'All inputs equal, n ≤ 5 points, every d: ∇L = −n(t̄ − s)s(1 − s)x, so the stationary points are where s(w·x) = mean(t), a closed form (the step to every n and the zero set are in words)',
  statement: STATEMENT,
  gloss:
    'for n = 1, …, 5 points sharing the input x, every d ≥ 1 and all w, x ∈ R^d: ∇_w Σ½(t_i − s(w·x))² = −n(t̄ − s(w·x)) s(w·x)(1 − s(w·x)) x with t̄ the mean target; s(1 − s) > 0, s > 0 and 1 − s > 0 on R; s(h) = e^h/(1 + e^h), and at z = t/(1 − t), z/(1 + z) = t and the gradient factor is 0. Not checked: every n, and that with x ≠ 0 the zeros are exactly s(w·x) = t̄, i.e. w·x = logit(t̄) for 0 < t̄ < 1 (in words below).',
  source: 'might be the case that there is a closed form for an individual datapoint but not for an expression that consider multiple datapoints?',
  hypotheses: [
    '$`n \\ge 1`$ data points that share one input: $`\\mathbf x_i = \\mathbf x \\in \\mathbb R^d \\setminus \\{\\mathbf 0\\}`$, any $`d \\ge 1`$, with real targets $`t_i`$ and mean $`\\bar t`$.',
    'The loss is $`L(\\mathbf w) = \\sum_i \\tfrac12 (t_i - s(\\mathbf w \\cdot \\mathbf x))^2`$ with $`s(h) = 1/(1 + e^{-h})`$.',
    'The last equivalence (and the existence of a stationary point) needs $`0 < \\bar t < 1`$; otherwise the gradient has no zero at all.',
  ],
  expected: 'proved',
  dependsOn: ['sigmoid-derivative'],
  answers: ['one-vs-many'],
  evidence: (ctx) => [repeatedInputLadder(R(['2', '-1']), R(['1/5', '1/2', '9/10', '0']), ctx.precisions), repeatedInputLadder(R(['3/2']), R(['1', '1', '-1/4']), ctx.precisions)],
  properties: (ctx) => [
    checkProperty(
      ctx,
      'formula −n(t̄ − s)s(1 − s)x = forward-mode AD of the n-point loss to 35 of 40 digits; x ≠ 0 in Q^d (d ≤ 3), n = 1..6 targets in Q ∩ [−1, 2]; errors against n(max|t_i| + 1)·max|x_j|',
      [withWeights, fc.array(rationalIn(-1n, 2n, 10n), { minLength: 1, maxLength: 6 })],
      ({ x, w }, ts) => {
        const big = ts.map((t) => (t.num < 0n ? neg(t) : t)).reduce((m, t) => (cmp(t, m) > 0 ? t : m));
        return agreesTo(repeatedInputGradientFormula(w, x, ts, 40), repeatedInputGradientAD(w, x, ts, 40), 35, mul(rat(ts.length), gradientScale(x, big)));
      },
    ),
    checkProperty(
      ctx,
      'at w* = logit(t̄)·x/‖x‖² the AD gradient is below 10^−32·n·max|x_j| at 40 digits; n = 1..6 targets p/q ∈ (0, 1), q ≤ 20',
      [input, fc.array(fc.integer({ min: 2, max: 20 }).chain((q) => fc.integer({ min: 1, max: q - 1 }).map((p) => rat(p, q))), { minLength: 1, maxLength: 6 })],
      (x, ts) => repeatedInputGradientVanishes(x, ts, 40, 32),
      100,
    ),
  ],
  proof,
  argument: [
    '1. The derivative in $`h = \\mathbf w\\cdot\\mathbf x`$ and the chain rule for a linear form give, for $`n = 1..5`$ and every dimension, $`\\partial L/\\partial w_j = -n(\\bar t - s)s(1 - s)\\, x_j`$ with $`s = s(\\mathbf w\\cdot\\mathbf x)`$; for any $`n`$ the same holds because $`\\frac{d}{dh}\\sum_i \\tfrac12(t_i - s(h))^2 = -\\sum_i (t_i - s)s(1 - s) = -n(\\bar t - s)s(1 - s)`$ by linearity ($`\\sum_i t_i = n\\bar t`$).',
    '2. As $`\\mathbf x \\ne \\mathbf 0`$ and $`s(1 - s) > 0`$ (certified), $`\\nabla L(\\mathbf w) = \\mathbf 0`$ iff $`s(\\mathbf w \\cdot \\mathbf x) = \\bar t`$. Since $`0 < s < 1`$ (certified) there is no zero unless $`0 < \\bar t < 1`$.',
    "3. If $`0 < \\bar t < 1`$: $`s(\\mathrm{logit} \\bar t) = \\bar t`$ (the certificates in $`z = e^{h}`$, with $`e^{\\mathrm{logit} \\bar t} = \\bar t/(1 - \\bar t)`$), and $`s`$ is strictly increasing ($`s' = s(1 - s) > 0`$, `sigmoid-derivative`), so $`s(h) = \\bar t`$ iff $`h = \\mathrm{logit} \\bar t`$: the stationary points are the hyperplane $`\\mathbf w \\cdot \\mathbf x = \\ln(\\bar t/(1 - \\bar t))`$, e.g. $`\\mathbf w^* = \\mathrm{logit}(\\bar t)\\, \\mathbf x/\\lVert \\mathbf x \\rVert^2`$.",
  ].join('\n\n'),
});
