import type { Decimal } from 'decimal.js';
import fc from 'fast-check';
import {
  agreement,
  and,
  andIntro,
  byCertificate,
  checkProperty,
  defineClaim,
  precisionLadder,
  rat,
  rationalIn,
  type Certificate,
  type Rational,
  type TableEvidence,
} from '../src/index.js';
import { flowRate, flowTime, gradientFlow, gradientFlowCertificates, normSquaredOf } from '../src/neuron/single-point.js';
import { factOf } from '../src/claim/facts.js';
import { decimalContext } from '../src/numeric/context.js';
import { logit } from '../src/numeric/elementary.js';
import { richardsonDerivative } from '../src/numeric/richardson.js';

const X = [rat(1n), rat(2n)];
const Q = normSquaredOf(X);
const DIGITS = 40;
const STEP = '0.01';
const CHECKPOINTS = [1, 4, 8];

/** T'(h) by Richardson differences of the closed form T, at `precision` digits, with a step that stays clear of logit(t). */
function timeDerivative(h: Decimal, t: Rational, q: Rational, precision: number, step?: Decimal): Decimal {
  return richardsonDerivative((x, D) => flowTime(x, t, q, D.precision), h, precision, step ? { step } : {}).derivative;
}

/** Integrates dw/dτ = −∇L(w) by RK4 (step 0.01, 40 digits) and reads T(w(τ)·x) − T(w(0)·x) at τ = 1, 4, 8. */
function flowRows(t: Rational, w0: Rational[]): { rows: string[][]; ok: boolean } {
  const D = decimalContext(DIGITS);
  const dec = (r: Rational) => D.div(r.num.toString(), r.den.toString());
  const h = (w: Decimal[]) => w.reduce((acc, wi, i) => D.add(acc, D.mul(wi, dec(X[i]))), new D(0));
  const start = w0.map(dec);
  const t0 = flowTime(h(start), t, Q, DIGITS);
  let w = start;
  let tau = 0;
  let ok = true;
  const rows: string[][] = [];
  for (const stop of CHECKPOINTS) {
    w = gradientFlow(w, X, t, new D(STEP), Math.round((stop - tau) / Number(STEP)), DIGITS);
    tau = stop;
    const elapsed = D.sub(flowTime(h(w), t, Q, DIGITS), t0);
    const error = D.sub(elapsed, tau).abs();
    // w − w0 must stay parallel to x: its cross product with x = (1, 2) is (w − w0)_1·2 − (w − w0)_2·1.
    const cross = D.sub(D.mul(D.sub(w[0], start[0]), 2), D.sub(w[1], start[1])).abs();
    ok &&= error.lt('1e-9') && cross.lt('1e-30');
    rows.push([`${t.num}/${t.den}`, `(${w0.map((r) => `${r.num}`).join(', ')})`, String(tau), h(w).toSignificantDigits(12).toString(), elapsed.toSignificantDigits(15).toString(), error.toSignificantDigits(3).toExponential(), cross.toSignificantDigits(2).toExponential()]);
  }
  return { rows, ok };
}

function flowTable(): TableEvidence {
  const runs = [flowRows(rat(3n, 4n), [rat(0n), rat(0n)]), flowRows(rat(1n, 4n), [rat(0n), rat(0n)]), flowRows(rat(3n, 2n), [rat(1n), rat(-1n)])];
  return {
    kind: 'table',
    title: 'Gradient flow of w for x = (1, 2), integrated by RK4 (step 0.01, 40 digits), against the closed-form time T',
    criterion: '|T(h(τ)) − T(h(0)) − τ| < 10^−9 (the RK4 error) at every checkpoint, and w(τ) − w(0) parallel to x (cross product < 10^−30)',
    columns: ['t', 'w(0)', 'τ', 'h(τ) = w(τ)·x', 'T(h(τ)) − T(h(0))', 'error', '(w − w(0)) × x'],
    rows: runs.flatMap((r) => r.rows),
    passed: runs.every((r) => r.ok),
  };
}

/**
 * The facts of the flow, each as a proposition over all its real symbols: T'(h) = 1/(q(t − s)s(1 − s)) for the
 * branches σ = ±1 and for t = 1, t = 0 (wherever defined: q, t, 1 − t ≠ 0 and t ≠ s(h)); (1 + e^h)(t − s(h)) =
 * t − (1 − t)e^h; and x·(−∇L) = ‖x‖²(t − s)s(1 − s) in coordinates for d ≤ 5. Written from the same expression trees
 * the certificates carry, so that the proof's leaves are these facts.
 */
const ALL: Certificate[] = gradientFlowCertificates(5);
const STATED_CERTIFICATES: Certificate[] = gradientFlowCertificates(2);
/** The certificates of larger sizes, checked beside the proof (a statement with all of them is too long for MathJax to typeset). */
const BESIDE = ALL.filter((c) => !STATED_CERTIFICATES.some((s) => JSON.stringify(s) === JSON.stringify(c)));

/** The four time derivatives hold wherever defined; the identities everywhere. */
const STATEMENT = and(...STATED_CERTIFICATES.map((c) => factOf(c, 'auto')));

export default defineClaim({
  id: 'single-neuron-gradient-flow',
  title: "One data point: the gradient flow's explicit time T(h) in h = w·x has T'(h) = 1/(q(t − s)s(1 − s)) (the ODE step to the flow is in words)",
  statement: STATEMENT,
  gloss:
    "T'(h) = 1/(q (t − s(h)) s(h)(1 − s(h))) for the explicit T of both branches σ = ±1 and of t = 1 and t = 0, wherever defined; the logarithm's argument: (1 + e^h)(t − s(h)) = t − (1 − t)e^h; and x·(−∇L) = ‖x‖² (t − s)s(1 − s) for d = 1, 2 (d = 3, 4, 5 by certificates beside the proof). Not checked: that these give the flow (h' = x·w' = qF(h), w(τ) = w(0) + (h(τ) − h(0))x/q, and d/dτ T(h(τ)) = T'(h)h' = 1 by the chain rule), as in the argument.",
  source: 'If you were trying to solve the dynamical system given by gradient descent you would only be able to do so currently for single neuron layers.',
  hypotheses: [
    'One data point $`(\\mathbf x, t)`$, $`\\mathbf x \\in \\mathbb R^d \\setminus \\{0\\}`$ (any $`d \\ge 1`$), $`q = \\lVert\\mathbf x\\rVert^2`$, $`L(\\mathbf w) = \\tfrac12(t - s(\\mathbf w\\cdot\\mathbf x))^2`$, $`h(\\tau) = \\mathbf w(\\tau)\\cdot\\mathbf x`$ along a solution of the gradient flow.',
    '$`t \\notin \\{0, 1\\}`$ for the formula shown, and $`\\sigma = \\pm 1`$ is the sign of $`t - s(h)`$, assumed non-zero on the time interval considered (by uniqueness of solutions this holds for all $`\\tau`$ once $`s(h(0)) \\neq t`$; if $`s(h(0)) = t`$ the flow is at rest). For $`t = 1`$: $`T = [e^{2h}/2 + 3e^{h} + 3h - e^{-h}]/q`$; for $`t = 0`$: $`T = [-e^{h} - 3h + 3e^{-h} + e^{-2h}/2]/q`$.',
    'Explicit means: the time as a function of $`h`$ is elementary. $`h(\\tau)`$ itself is then defined implicitly by $`T(h) = T(h(0)) + \\tau`$ ($`T`$ is strictly monotone there, as $`T\' \\neq 0`$).',
  ],
  expected: 'proved',
  dependsOn: ['gradient-formula'],
  answers: ['procedure'],
  argument: [
    'By gradient-formula, $`-\\nabla L(\\mathbf w) = F(h)\\,\\mathbf x`$ with $`F(h) = (t - s(h))s(h)(1 - s(h))`$, $`h = \\mathbf w\\cdot\\mathbf x`$. The kernel checks $`\\mathbf x\\cdot(-\\nabla L) = \\lVert\\mathbf x\\rVert^2 F(h)`$ for $`d \\le 5`$ (for any $`d`$ it is $`F(h)\\,\\mathbf x\\cdot\\mathbf x`$). Hence $`h\' = \\mathbf x\\cdot\\mathbf w\' = qF(h)`$, and $`\\mathbf w\' = F(h)\\mathbf x = (h\'/q)\\mathbf x`$ integrates to $`\\mathbf w(\\tau) = \\mathbf w(0) + (h(\\tau) - h(0))\\mathbf x/q`$.',
    'The kernel checks $`T\'(h) = 1/(qF(h))`$ on both branches $`\\sigma = \\pm 1`$ and for $`t \\in \\{0, 1\\}`$, and $`(1 + e^{h})(t - s(h)) = t - (1 - t)e^{h}`$, so the logarithm\'s argument $`\\sigma(t - (1 - t)e^{h})`$ is positive exactly when $`\\sigma`$ is the sign of $`t - s(h)`$. Where $`F(h(\\tau)) \\neq 0`$ the chain rule gives $`\\frac{d}{d\\tau} T(h(\\tau)) = T\'(h)\\,h\' = \\frac{qF(h)}{qF(h)} = 1`$, so $`T(h(\\tau)) - T(h(0)) = \\tau`$.',
  ].join('\n\n'),
  evidence: (ctx) => [
    precisionLadder("T'(h)", 'h = 1/2, t = 3/4, q = 5 (σ = +1)', ctx.precisions, [
      { name: "1/(q(t − s)s(1 − s))", compute: (p) => decimalContext(p).div(1, flowRate(new (decimalContext(p))('0.5'), rat(3n, 4n), Q, p)).toString() },
      { name: 'Richardson differences of the closed form T', compute: (p) => timeDerivative(new (decimalContext(p))('0.5'), rat(3n, 4n), Q, p).toString() },
    ]),
    flowTable(),
  ],
  properties: (ctx) => [
    checkProperty(
      ctx,
      "T'(h) by Richardson differences of the closed form = 1/(q(t − s)s(1 − s)) to ≥ 20 of 30 digits; t ∈ Q ∩ [−2, 3] \\ {0, 1}, h ∈ Q ∩ [−6, 6] at distance ≥ 1/4 from logit(t), q = 5 (difference step ≤ a quarter of that distance)",
      [rationalIn(-2n, 3n, 8n).filter((t) => t.num !== 0n && t.num !== t.den), rationalIn(-6n, 6n, 8n)],
      (t, hr) => {
        const D = decimalContext(30);
        const h = D.div(hr.num.toString(), hr.den.toString());
        const inside = t.num > 0n && t.num < t.den;
        const distance = inside ? D.sub(h, logit(D, D.div(t.num.toString(), t.den.toString()))).abs() : new D(Infinity);
        fc.pre(distance.gte(0.25));
        const step = D.min(D.div(D.max(h.abs(), 1), 8), distance.div(4));
        const expected = D.div(1, flowRate(h, t, Q, 30)).toString();
        return agreement(timeDerivative(h, t, Q, 30, step).toString(), expected, 30) >= 20;
      },
      30,
    ),
  ],
  certificate: () => BESIDE,
  proof: () => andIntro(...STATED_CERTIFICATES.map(byCertificate)),
});
