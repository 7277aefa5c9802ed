import fc from 'fast-check';
import { checkProperty, defineClaim, parseRational, rational, and, andIntro, byCertificate } from '../src/index.js';
import { factOf } from '../src/claim/facts.js';
import { decimalContext } from '../src/numeric/context.js';
import { reluInstanceCertificates, reluLadder, reluPiecewiseCertificates, reluSlopeAD, reluSlopeExact, reluUnexplainedSignChanges } from '../src/neuron/relu-activation.js';
import { scalarData, type ScalarDatum } from '../src/neuron/scalar-data.js';

const data = (points: [string, string][]): ScalarDatum[] => points.map(([x, t]) => ({ x: parseRational(x), t: parseRational(t) }));
/** Mixed signs and a zero input: w_+ = 8/5 on the right, w_− = −2/5 on the left, and a kink at 0 (L'(0−) = 2, L'(0+) = −8). */
const MIXED = data([['1', '2'], ['2', '3'], ['-1', '1'], ['-2', '1/2'], ['0', '1']]);

/** The certificates; those of the kinds in STATED state the formal statement and are the proof's leaves. */
const CERTIFICATES = [...reluPiecewiseCertificates(3), ...reluInstanceCertificates(MIXED)];
const STATED = new Set(['identity', 'derivative-identity', 'positivity']);
const STATEMENT = and(...CERTIFICATES.filter((c) => STATED.has(c.kind)).map((c) => factOf(c, 'auto')));

export default defineClaim({
  id: 'relu-piecewise-closed-form',
  title: 'f = relu, scalar w, k ≤ 3 active points: each side\'s loss ℓ(w) = Σ½(t_i − w x_i)² + c has ℓ′ = −(S_tx − wS_xx) and ℓ − ℓ(S_tx/S_xx) = ½S_xx(w − S_tx/S_xx)², with S_xx > 0 (the relu split into sides and the step to every k are in words)',
  statement: STATEMENT,
  gloss:
    'for k = 1, 2, 3 active points (symbols x_i, t_i) and a constant c for the inactive ones: ℓ′(w) = −(S_tx − w S_xx), ℓ(w) − ℓ(S_tx/S_xx) = ½S_xx (w − S_tx/S_xx)² wherever S_xx ≠ 0, and S_xx > 0 for positive x_i. Checked beside the proof, as certificates with no formal conclusion yet: the rational instance\'s side losses as sums of squares around w₊ = 8/5, w₋ = −2/5, with ℓ′ = 0 there exactly. Not checked: that relu(w x) splits the loss into these sides, every k, and that every stationary point is w₊, w₋ or 0 (in words below).',
  source: 'what about other non-linear activation functions? Might some lead to closed-form zeroes?',
  hypotheses: [
    'A single neuron $`f(h) = \\mathrm{relu}(h) = \\max(h, 0)`$ with a scalar weight $`w`$, trained with the squared loss on scalar points $`(x_i, t_i)`$, any $`n \\ge 1`$.',
    'A stationary point means a $`w \\ne 0`$ with $`L\'(w) = 0`$: $`L`$ is differentiable at every $`w \\ne 0`$ (the active set is constant near it). At $`w = 0`$ relu is not differentiable: $`L`$ has the one-sided derivatives $`L\'(0^+) = -\\sum_{x_i > 0} t_i x_i`$ and $`L\'(0^-) = -\\sum_{x_i < 0} t_i x_i`$, is differentiable there only when they agree, and $`w = 0`$ (a kink, itself a closed-form candidate) is critical in the generalised sense iff 0 lies between them.',
  ],
  expected: 'proved',
  answers: ['other-activations'],
  evidence: (ctx) => [reluLadder(MIXED, ctx.precisions), reluLadder(data([['3', '1'], ['1/2', '2'], ['-1', '3'], ['-4', '1/3']]), ctx.precisions)],
  properties: (ctx) => [
    checkProperty(
      ctx,
      "forward-mode AD of the relu loss (relu as max(h, 0)) = the side formula −Σ_active (t_i − w x_i) x_i to 35 of 40 digits, at random rational w ≠ 0; random data (1..8 points, entries p/q, |p| ≤ 20, q ≤ 6)",
      [scalarData(8), rational(40n, 7n).filter((w) => w.num !== 0n)],
      (points, w) => {
        const D = decimalContext(60);
        const exact = reluSlopeExact(points, w);
        const diff = reluSlopeAD(points, w, 40).minus(D.div(exact.num.toString(), exact.den.toString())).abs();
        const scale = points.reduce((m, { x, t }) => m.plus(D.div(x.num.toString(), x.den.toString()).abs().times(D.div(t.num.toString(), t.den.toString()).abs().plus(1)).times(1 + Math.abs(Number(w.num) / Number(w.den)))), new D(1));
        return diff.lte(scale.times('1e-35'));
      },
    ),
    checkProperty(
      ctx,
      "every sign change or zero of L' (AD, 40 digits) on the grid w = k/4, 0 < |k| ≤ 40, lies in a cell containing w_+ or w_− on its side, or on a flat side (same data)",
      [scalarData(8)],
      (points) => reluUnexplainedSignChanges(points, 40).length === 0,
      100,
    ),
  ],
  // The exact evaluations, sums of squares and chain-rule certificates have no formal conclusion yet: checked, beside the proof.
  certificate: () => CERTIFICATES.filter((c) => !STATED.has(c.kind)),
  proof: () => andIntro(...CERTIFICATES.filter((c) => STATED.has(c.kind)).map(byCertificate)),
  argument: [
    '1. For $`w > 0`$, $`\\mathrm{relu}(w x_i) = w x_i`$ if $`x_i > 0`$ and $`0`$ if $`x_i \\le 0`$ (definition of relu), so on $`(0, \\infty)`$ the loss is $`\\ell_+(w) = \\sum_{x_i > 0} \\tfrac12 (t_i - w x_i)^2 + c`$ with the constant $`c = \\tfrac12\\sum_{x_i \\le 0} t_i^2`$; for $`w < 0`$ the same holds with the points $`x_i < 0`$ active. Each $`\\ell_\\pm`$ is a polynomial, so $`L`$ is differentiable at every $`w \\ne 0`$ with $`L\' = \\ell_\\pm\'`$.',
    "2. The kernel checks, for $`k = 1, 2, 3`$ active points with symbolic data (identities valid for all real $`x_i`$, hence on both sides), $`\\ell'(w) \\equiv -(S_{tx} - w S_{xx})`$ and $`\\ell(w) - \\ell(S_{tx}/S_{xx}) \\equiv \\tfrac12 S_{xx}(w - S_{tx}/S_{xx})^2`$; with $`k`$ active points the same holds by expanding the squares. With at least one active point $`S_{xx} > 0`$, so $`\\ell_\\pm' = 0`$ exactly at $`w_\\pm = S_{tx}/S_{xx}`$, a stationary point of $`L`$ iff it lies on its side; with none, $`L`$ is constant on that side. So every stationary point is $`w_+`$, $`w_-`$, or in a flat side, all rational in the data.",
    '3. The rational instance shows both sides at work: the kernel checks each side loss as a sum of squares around $`w_+ = 8/5`$ and $`w_- = -2/5`$ and its derivative there exactly 0; at $`w = 0`$ the one-sided derivatives are $`-8`$ and $`2`$, so $`L`$ has a kink (a local maximum) there and is not differentiable.',
  ].join('\n\n'),
});
