import type { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { and, andIntro, byCertificate, checkProperty, defineClaim, rat, rationalIn, rationalVector, squaredLossGradientAD, type Rational, type TableEvidence } from '../src/index.js';
import { add, mul, neg, sign, ZERO } from '../src/algebra/rational.js';
import { factOf } from '../src/claim/facts.js';
import { separableTermCertificates } from '../src/neuron/single-point.js';
import { decimalContext } from '../src/numeric/context.js';
import { sigmoid } from '../src/numeric/elementary.js';

interface Point {
  x: Rational[];
  t: Rational;
}

const ratToNumber = (r: Rational): number => Number(r.num) / Number(r.den);
const dot = (a: readonly Rational[], b: readonly Rational[]): Rational => a.reduce((acc, ai, i) => add(acc, mul(ai, b[i])), ZERO);

/** ∇L(w)·v by forward-mode AD of each point's ½(t − s(w·x))² (never the gradient formula), summed, at `precision` digits. */
function slope(data: readonly Point[], w: readonly Rational[], v: readonly Rational[], precision: number): Decimal {
  const D = decimalContext(precision);
  let total = new D(0);
  for (const { x, t } of data) {
    const g = squaredLossGradientAD(w, x, t, precision);
    g.forEach((gi, i) => (total = D.add(total, D.mul(gi, D.div(v[i].num.toString(), v[i].den.toString())))));
  }
  return total;
}

/** L(w) = ½ Σ (t_i − s(w·x_i))² at `precision` digits. */
function loss(data: readonly Point[], w: readonly Rational[], precision: number): Decimal {
  const D = decimalContext(precision);
  return data.reduce((acc, { x, t }) => {
    const h = dot(w, x);
    const r = D.sub(D.div(t.num.toString(), t.den.toString()), sigmoid(D, D.div(h.num.toString(), h.den.toString())));
    return D.add(acc, D.mul(0.5, D.mul(r, r)));
  }, new D(0));
}

/** Separable data in the plane: x·v = 1, 2 with targets 1, 3/2; x·v = −1, −3 with targets 0, −1/2; v = (1, 0). */
const DATA: Point[] = [
  { x: [rat(1n), rat(2n)], t: rat(1n) },
  { x: [rat(2n), rat(-1n)], t: rat(3n, 2n) },
  { x: [rat(-1n), rat(1n)], t: rat(0n) },
  { x: [rat(-3n), rat(-2n)], t: rat(-1n, 2n) },
];
const V = [rat(1n), rat(0n)];
/** The limit of L along λv: targets beyond [0, 1] keep a residual ½((3/2 − 1)² + (−1/2 − 0)²) = 1/4. */
const INFIMUM = '0.25';
const DIGITS = 120;

function alongV(): TableEvidence {
  const lambdas = [0, 1, 2, 4, 8, 16, 32, 64];
  const values = lambdas.map((l) => {
    const w = V.map((vi) => mul(vi, rat(BigInt(l))));
    return { l, L: loss(DATA, w, DIGITS), slope: slope(DATA, w, V, DIGITS) };
  });
  const D = decimalContext(DIGITS);
  const excess = values.map((r) => D.sub(r.L, INFIMUM));
  const passed = values.every((r, i) => r.slope.lt(0) && excess[i].gt(0) && (i === 0 || r.L.lt(values[i - 1].L)));
  const show = (x: Decimal) => x.toSignificantDigits(6).toExponential();
  return {
    kind: 'table',
    title: 'Loss along w = λv for separable data: x = (1, 2), (2, −1), (−1, 1), (−3, −2), t = 1, 3/2, 0, −1/2, v = (1, 0) (120 digits)',
    criterion: '∇L·v < 0 (forward-mode AD) at every λ, L strictly decreasing, L − 1/4 > 0 shrinking toward 0: the infimum 1/4 is approached, never attained',
    columns: ['λ', 'L(λv)', 'L(λv) − 1/4', '∇L(λv)·v'],
    rows: values.map((r, i) => [String(r.l), show(r.L), show(excess[i]), show(r.slope)]),
    passed,
  };
}

/** Random strictly separable data in the plane: points with x·v ≠ 0, targets 1 + u on the positive side and −u on the other, u ∈ [0, 2]. */
const separable = fc
  .record({
    v: rationalVector(2, 3n, 1n).filter((v) => v.some((vi) => vi.num !== 0n)),
    points: fc.array(fc.record({ x: rationalVector(2, 30n, 10n), u: fc.oneof(fc.constant(rat(0n)), rationalIn(0n, 2n, 10n)) }), { minLength: 1, maxLength: 5 }),
  })
  .filter(({ v, points }) => points.every((p) => sign(dot(p.x, v)) !== 0))
  .map(({ v, points }) => ({
    v,
    data: points.map(({ x, u }): Point => ({ x, t: sign(dot(x, v)) > 0 ? add(rat(1n), u) : neg(u) })),
  }));

/** The four sign facts of one point's term and the directional derivatives for d ≤ 3 (d = 4, 5 checked beside), all everywhere: the proof's leaves. */
const ALL = separableTermCertificates(5);
const STATED_CERTIFICATES = separableTermCertificates(3);
const STATEMENT = and(...STATED_CERTIFICATES.map((c) => factOf(c)));
/** The certificates of larger sizes, checked beside the proof (a statement with all of them is too long for MathJax to typeset). */
const BESIDE = ALL.filter((c) => !STATED_CERTIFICATES.some((s) => JSON.stringify(s) === JSON.stringify(c)));


export default defineClaim({
  id: 'no-finite-zero-separable',
  title: 'Separable data, one point at a time: each term of −∇L·v is positive for targets at or beyond {0, 1} (the sum over n points, hence no finite zero, is in words)',
  statement: STATEMENT,
  gloss:
    'each point\'s term (t − s(h)) s(h)(1 − s(h)) p of −∇L·v (p = x·v, h = w·x) is positive when p > 0 and t = 1 + u or t = 1, and when p = −q < 0 and t = −u or t = 0 (u, q > 0); and for d = 1, 2, 3 (d = 4, 5 by certificates beside the proof), ∂/∂ε ½(t − s((w + εv)·x))² = −(t − s)s(1 − s)(v·x). Not checked: that these four cases cover every point of separable data, and that a sum of n ≥ 1 positive terms is positive, so ∇L(w)·v < 0 at every finite w (in words below).',
  source: 'does the gradient expression even have a zero, even if it cannot be found in a closed-form?',
  hypotheses: [
    'Data $`(\\mathbf x_i, t_i)`$, $`i = 1, \\dots, n`$, $`n \\ge 1`$, $`\\mathbf x_i \\in \\mathbb R^d`$ (any $`d \\ge 1`$), real targets.',
    'A direction $`\\mathbf v \\in \\mathbb R^d`$ separates the inputs strictly ($`\\mathbf x_i\\cdot\\mathbf v \\neq 0`$ for every $`i`$) and the targets agree with it: $`t_i \\ge 1`$ where $`\\mathbf x_i\\cdot\\mathbf v > 0`$, $`t_i \\le 0`$ where $`\\mathbf x_i\\cdot\\mathbf v < 0`$ (e.g. 0/1 labels of linearly separable classes, with a bias input folded into $`\\mathbf x`$).',
    'Consequences: $`\\nabla L(\\mathbf w) \\neq 0`$ at every finite $`\\mathbf w`$, and $`L(\\mathbf w + \\varepsilon\\mathbf v)`$ strictly decreases in $`\\varepsilon`$, so no minimiser is finite.',
  ],
  expected: 'proved',
  dependsOn: ['gradient-formula'],
  answers: ['zero-exists'],
  argument: [
    'Write $`s_i = s(\\mathbf w\\cdot\\mathbf x_i)`$ and $`p_i = \\mathbf x_i\\cdot\\mathbf v`$. By gradient-formula, applied to each point and summed, $`\\nabla L(\\mathbf w)\\cdot\\mathbf v = -\\sum_i T_i`$ with $`T_i = (t_i - s_i)\\, s_i(1 - s_i)\\, p_i`$; the kernel also checks the directional form $`\\partial_\\varepsilon \\tfrac12(t - s((\\mathbf w + \\varepsilon\\mathbf v)\\cdot\\mathbf x))^2`$ for $`d \\le 5`$, which at $`\\varepsilon = 0`$ is one point\'s $`\\nabla L\\cdot\\mathbf v`$.',
    'Each $`T_i > 0`$, by the kernel\'s sign certificates with $`h = \\mathbf w\\cdot\\mathbf x_i`$: if $`p_i > 0`$ then $`t_i = 1`$ or $`t_i = 1 + u`$ with $`u > 0`$ (take $`p = p_i`$); if $`p_i < 0`$ then $`t_i = 0`$ or $`t_i = -u`$ with $`u > 0`$ (take $`q = -p_i > 0`$). By hypothesis $`p_i \\neq 0`$, so these four cases cover every point.',
    'A sum of $`n \\ge 1`$ positive numbers is positive, so $`\\nabla L(\\mathbf w)\\cdot\\mathbf v < 0`$ for every $`\\mathbf w`$; in particular $`\\nabla L(\\mathbf w) \\neq 0`$. Applied at $`\\mathbf w + \\varepsilon\\mathbf v`$: $`\\frac{d}{d\\varepsilon} L(\\mathbf w + \\varepsilon\\mathbf v) < 0`$ for every $`\\varepsilon`$.',
  ].join('\n\n'),
  evidence: () => [alongV()],
  properties: (ctx) => [
    checkProperty(
      ctx,
      'random strictly separable data in the plane (1–5 points, x ∈ [−3, 3]², targets 1 + u or −u, u ∈ [0, 2]) and w ∈ [−20, 20]²: ∇L(w)·v < 0 by forward-mode AD at 30 + max|h_i|/ln 10 digits (so that t − s(h_i) = 1 − s(h_i) ≈ e^{−h_i} is resolved)',
      [separable, rationalVector(2, 200n, 10n)],
      ({ v, data }, w) => {
        const maxH = Math.max(...data.map(({ x }) => Math.abs(ratToNumber(dot(w, x)))));
        return slope(data, w, v, 30 + Math.ceil(maxH / Math.LN10)).lt(0);
      },
    ),
  ],
  certificate: () => BESIDE,
  proof: () => andIntro(...STATED_CERTIFICATES.map(byCertificate)),
});
