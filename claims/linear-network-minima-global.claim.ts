import fc from 'fast-check';
import { checkProperty, defineClaim, rat, rational, and, andIntro, byCertificate } from '../src/index.js';
import { factOf } from '../src/claim/facts.js';
import { div, eq, isZero, mul, neg, sub } from '../src/algebra/rational.js';
import { linearNetworkCertificates, linearNetworkGradientAt, linearNetworkLossAt } from '../src/neuron/linear-network.js';
import { dataSums, scalarData } from '../src/neuron/scalar-data.js';

/** The certificates' facts: the formal statement, and the proof's leaves. */
const ALL = linearNetworkCertificates(3);
const STATED_CERTIFICATES = linearNetworkCertificates(2);
const STATEMENT = and(...STATED_CERTIFICATES.map((c) => factOf(c, 'auto')));
/** The certificates of larger sizes, checked beside the proof (a statement with all of them is too long for MathJax to typeset). */
const BESIDE = ALL.filter((c) => !STATED_CERTIFICATES.some((s) => JSON.stringify(s) === JSON.stringify(c)));


export default defineClaim({
  id: 'linear-network-minima-global',
  title: 'The corrected form, f = a·b·x, n ≤ 2 points (n = 3 checked beside) and the summary form: L − min L = ½Σx²(ab − Σtx/Σx²)², the gradient in (a, b), and loss both below and above L(0, 0) arbitrarily near the origin (so the zeros are the global-minimum hyperbola plus a saddle: that reading is in words)',
  statement: STATEMENT,
  gloss:
    'for n = 1, 2 points (n = 3 by certificates beside the proof) and for L = ½S_tt − ab S_tx + ½(ab)² S_xx: L minus ½S_tt − S_tx²/(2S_xx) is ½S_xx(ab − S_tx/S_xx)² wherever defined, and ∂L/∂a = −b(S_tx − ab S_xx), ∂L/∂b = −a(S_tx − ab S_xx); and with P = ±S_tx, Q = S_xx and v > 0, L(a, b) − L(0, 0) takes both signs at points (a, b) that approach the origin as v grows. Not checked: the summary form for every n, and the reading that every zero of the gradient off the origin is a global minimum and the origin a saddle (in words below).',
  source: 'A little more related - the linear network case also has infinitely many roots, but all of them have equivalent loss values.',
  hypotheses: [
    'The linear network $`f(x) = a\\,b\\,x`$ with two real weights, trained on scalar data $`(x_i, t_i)`$, $`i = 1..n`$, with the squared loss.',
    '$`S_{xx} = \\sum_i x_i^2 > 0`$ (some input is non-zero), $`S_{tx} = \\sum_i t_i x_i`$, $`S_{tt} = \\sum_i t_i^2`$, and $`L^* = \\tfrac12 S_{tt} - S_{tx}^2/(2 S_{xx})`$.',
  ],
  expected: 'proved',
  answers: ['linear-network'],
  properties: (ctx) => [
    checkProperty(
      ctx,
      'exact: L(a, b) − L* = ½S_xx(ab − c)² and ∇L(a, b) = −(S_tx − ab S_xx)(b, a) for random data (1..8 points, entries p/q, |p| ≤ 20, q ≤ 6) and random rational (a, b)',
      [scalarData(8), fc.tuple(rational(20n, 6n), rational(20n, 6n))],
      (data, [a, b]) => {
        const { Sxx, Stx, Stt } = dataSums(data);
        if (isZero(Sxx)) return true;
        const c = div(Stx, Sxx);
        const half = rat(1n, 2n);
        const optimum = sub(mul(half, Stt), div(mul(Stx, Stx), mul(rat(2n), Sxx)));
        const ab = mul(a, b);
        const excess = mul(mul(half, Sxx), mul(sub(ab, c), sub(ab, c)));
        const g = sub(Stx, mul(ab, Sxx));
        const [ga, gb] = linearNetworkGradientAt(data, a, b);
        return eq(sub(linearNetworkLossAt(data, a, b), optimum), excess) && eq(ga, neg(mul(b, g))) && eq(gb, neg(mul(a, g)));
      },
      150,
    ),
  ],
  certificate: () => BESIDE,
  proof: () => andIntro(...STATED_CERTIFICATES.map(byCertificate)),
  argument: [
    '1. Expanding the squares, $`L(a, b) = \\ell(a, b) := \\tfrac12 S_{tt} - ab\\,S_{tx} + \\tfrac12 (ab)^2 S_{xx}`$ for every $`n`$; the kernel checks every statement below both for $`\\ell`$ with the sums as symbols and directly on $`n = 1, 2, 3`$ symbolic points.',
    '2. $`L - L^* \\equiv \\tfrac12 S_{xx}(ab - c)^2 \\ge 0`$, with equality iff $`ab = c`$: every point of the hyperbola is a global minimum, with the same loss $`L^*`$.',
    '3. $`\\partial L/\\partial a \\equiv -b\\,g`$ and $`\\partial L/\\partial b \\equiv -a\\,g`$ with $`g = S_{tx} - ab\\,S_{xx}`$. So $`\\nabla L = \\mathbf 0`$ iff $`g = 0`$ (i.e. $`ab = c`$) or $`a = b = 0`$; at the origin $`g = S_{tx}`$, so it is an extra zero exactly when $`c \\ne 0`$, with $`L(0, 0) = \\tfrac12 S_{tt} = L^* + \\tfrac12 S_{xx} c^2`$.',
    '4. Saddle: with $`S_{tx} = \\pm P`$, $`P > 0`$, $`S_{xx} = Q`$, the positivity certificates show $`\\ell < \\ell(0, 0)`$ at $`(\\tfrac1{1+v}, \\pm\\tfrac{P}{Q(1+v)})`$ and $`\\ell > \\ell(0, 0)`$ at $`(\\tfrac1{1+v}, \\mp\\tfrac1{1+v})`$ for every $`v > 0`$; both points tend to the origin as $`v \\to \\infty`$, so the origin is neither a local minimum nor a local maximum.',
  ].join('\n\n'),
});
