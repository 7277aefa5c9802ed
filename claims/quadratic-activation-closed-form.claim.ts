import fc from 'fast-check';
import { checkProperty, defineClaim, parseRational, rat, rational, and, andIntro, byCertificate } from '../src/index.js';
import { factOf } from '../src/claim/facts.js';
import { add, div, eq, isZero, mul, neg, sub } from '../src/algebra/rational.js';
import { decimalContext } from '../src/numeric/context.js';
import { quadraticActivationCertificates, quadraticActivationLadder, quadraticLoss, quadraticSums } from '../src/neuron/quadratic-activation.js';
import { adDerivativeVanishes, scalarData, scalarProblem, type ScalarDatum } from '../src/neuron/scalar-data.js';
import { exactValueAt } from '../src/symbolic/exact-certificates.js';

const data = (points: [string, string][]): ScalarDatum[] => points.map(([x, t]) => ({ x: parseRational(x), t: parseRational(t) }));

/** The certificates' facts: the formal statement, and the proof's leaves. */
const CERTIFICATES = quadraticActivationCertificates(4);
const STATEMENT = and(...CERTIFICATES.map((c) => factOf(c, 'auto')));

export default defineClaim({
  id: 'quadratic-activation-closed-form',
  title: 'f(h) = h², scalar w, n ≤ 4 points (and any n in the summary form A = Σtx², B = Σx⁴): L′(w) = −2w(A − w²B) and L − min L = ½B(w² − A/B)², so the stationary points are w = 0 and w² = A/B, a closed form (reading off the zeros is in words)',
  statement: STATEMENT,
  gloss:
    'for n = 1, …, 4 points with symbols x_i, t_i: the derivative of L(w) = ½Σ(t_i − (w x_i)²)² is −2w(Σt_i x_i² − w²Σx_i⁴), and L minus ½Σt_i² − (Σt_i x_i²)²/(2Σx_i⁴) is ½Σx_i⁴ (w² − Σt_i x_i²/Σx_i⁴)² wherever defined; the same two facts for L = ½S_tt − w²A + ½w⁴B with A, B, S_tt symbols. Not checked: writing L in that summary form for every n, and reading off that L′ = 0 iff w = 0 or w² = A/B (in words below).',
  source: 'what about other non-linear activation functions? Might some lead to closed-form zeroes? … might be the case that there is a closed form for an individual datapoint but not for an expression that consider multiple datapoints?',
  hypotheses: [
    'A single neuron with the quadratic activation $`f(h) = h^2`$ and a scalar weight $`w`$, trained with the squared loss on any number $`n \\ge 1`$ of scalar points $`(x_i, t_i)`$.',
    '$`B = \\sum_i x_i^4 > 0`$ (some input is non-zero); $`L^* = \\tfrac12 \\sum_i t_i^2 - A^2/(2B)`$.',
  ],
  expected: 'proved',
  answers: ['other-activations'],
  evidence: (ctx) => [
    quadraticActivationLadder(data([['1', '2'], ['2', '1'], ['-1', '3/2']]), ctx.precisions),
    quadraticActivationLadder(data([['3', '1/7'], ['1/2', '5'], ['-2', '-1'], ['1', '4']]), ctx.precisions),
  ],
  properties: (ctx) => [
    checkProperty(
      ctx,
      "exact: L'(w) = −2w(A − w²B) and L(w) − L* = ½B(w² − A/B)² for random data (1..8 points, entries p/q, |p| ≤ 20, q ≤ 6) and random rational w (kernel derivative, exact evaluation)",
      [scalarData(8), rational(20n, 6n)],
      (points, w) => {
        const { A, B } = quadraticSums(points);
        if (isZero(B)) return true;
        const loss = quadraticLoss(points);
        const w2 = mul(w, w);
        const slope = neg(mul(mul(rat(2n), w), sub(A, mul(w2, B))));
        const Stt = points.map(({ t }) => mul(t, t)).reduce(add, rat(0n));
        const optimum = sub(mul(rat(1n, 2n), Stt), div(mul(A, A), mul(rat(2n), B)));
        const excess = mul(mul(rat(1n, 2n), B), mul(sub(w2, div(A, B)), sub(w2, div(A, B))));
        return eq(exactValueAt(loss, { w }, ['w']), slope) && eq(sub(exactValueAt(loss, { w }), optimum), excess);
      },
      150,
    ),
    checkProperty(
      ctx,
      'at w = ±√(A/B) (A > 0) the AD derivative of the loss is below 10^−30·(A + B) at 40 digits (same data)',
      [scalarData(8), fc.boolean()],
      (points, negative) => {
        const { A, B } = quadraticSums(points);
        if (A.num <= 0n) return true;
        const D = decimalContext(50);
        const root = D.div(A.num.toString(), A.den.toString()).div(D.div(B.num.toString(), B.den.toString())).sqrt();
        return adDerivativeVanishes(scalarProblem('square', points), negative ? root.neg() : root, 40, 30, add(A, B));
      },
      100,
    ),
  ],
  proof: () => andIntro(...CERTIFICATES.map(byCertificate)),
  argument: [
    "1. Expanding the squares, $`L(w) = \\tfrac12 S_{tt} - w^2 A + \\tfrac12 w^4 B`$ for every $`n`$; the kernel checks $`L'(w) \\equiv -2w(A - w^2 B)`$ and $`L - L^* \\equiv \\tfrac12 B (w^2 - A/B)^2`$ in that form (every $`n`$) and directly on $`n = 1..4`$ symbolic points.",
    "2. $`L'(w) = 0`$ iff $`w = 0`$ or $`w^2 = A/B`$: if $`A > 0`$ the stationary points are $`0`$ and $`\\pm\\sqrt{A/B}`$, and the latter are global minima ($`L - L^* = \\tfrac12 B(w^2 - A/B)^2 \\ge 0`$, $`= 0`$ there); if $`A \\le 0`$, $`w = 0`$ is the only one. Either way every stationary point is a square root of a rational function of the data.",
  ].join('\n\n'),
});
