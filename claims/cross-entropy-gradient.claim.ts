import {
  agreesTo,
  and,
  andIntro,
  byCertificate,
  chainLinearForm,
  checkProperty,
  defineClaim,
  derivativeIdentityCertificate,
  eq,
  expr,
  forall,
  gradientOfLinearForm,
  gradientScale,
  identityCertificate,
  rat,
  rationalIn,
  weightsAndInputs,
} from '../src/index.js';
import {
  crossEntropyGradientAD,
  crossEntropyGradientFormula,
  crossEntropyGradientLadder,
  crossEntropyGradientRichardson,
} from '../src/neuron/closed-forms.js';
import { crossEntropyGradientCertificates } from '../src/symbolic/cross-entropy.js';

/** The cross-entropy of one point and its gradient factor, as functions of h = w·x. */
const LOSS = '-(t*ln(sigmoid(h)) + (1 - t)*ln(1 - sigmoid(h)))';
const GRADIENT = 'sigmoid(h) - t';
/**
 * The cancellation with the sigmoid's value as a free real u (not s, which prints like the sigmoid):
 * dL/du · u(1 − u) = u − t, wherever the left side is defined (u ≠ 0, 1).
 */
const CANCEL_LHS = '-(t/u - (1 - t)/(1 - u))*u*(1 - u)';
const CANCELLATION = eq(CANCEL_LHS, 'u - t', true);
const STATEMENT = and(forall(['t'], gradientOfLinearForm(LOSS, 'h', 'w', 'x', GRADIENT)), forall(['t', 'u'], CANCELLATION));

/** The sampled inputs: w, x in Q^d, d = 1..5, entries p/q in [−3, 3] with q <= 10; t in Q ∩ [−1, 2]. */
const SAMPLE = (what: string) => `${what}; w, x ∈ Q^d (d = 1..5, entries in [−3, 3]), t ∈ Q ∩ [−1, 2]; errors measured against (|t| + 1)·max|x_i|`;

export default defineClaim({
  id: 'cross-entropy-gradient',
  title: 'With cross-entropy loss the factor s(1 − s) cancels: the gradient is (s − t)x',
  statement: STATEMENT,
  gloss: 'for every dimension d ≥ 1, all w, x ∈ R^d and every real t, the gradient in w of the cross-entropy −t ln s(w·x) − (1 − t) ln(1 − s(w·x)) is (s(w·x) − t) x; and the reason, with u = s(w·x): −(t/u − (1 − t)/(1 − u)) · u(1 − u) = u − t wherever u ≠ 0, 1',
  source:
    'The gradient vector of the MSE loss function w.r.t. the weights is: … which becomes: $$ = -(t - s(\\mathbf{w}\\cdot\\mathbf{x}))s(\\mathbf{w}\\cdot\\mathbf{x})(1-s(\\mathbf{w}\\cdot\\mathbf{x}))\\mathbf{x}$$ … what about other non-linear activation functions? Might some lead to closed-form zeroes? … (are my derivations correct?)',
  hypotheses: [
    '$`\\mathbf w, \\mathbf x \\in \\mathbb R^d`$ for any dimension $`d \\ge 1`$, $`t \\in \\mathbb R`$ (as a loss, $`0 \\le t \\le 1`$), $`s(h) = 1/(1 + e^{-h})`$.',
    'The loss is the cross-entropy $`-t \\ln s - (1 - t) \\ln(1 - s)`$ of one data point instead of the squared error; both logarithms are defined for every real $`h`$ since $`0 < s(h) < 1`$.',
  ],
  expected: 'proved',
  answers: ['other-activations', 'derivation'],
  evidence: (ctx) => [
    crossEntropyGradientLadder([rat(1n, 2n), rat(-3n, 4n), rat(2n)], [rat(3n), rat(1n, 5n), rat(-1n)], rat(1n, 3n), ctx.precisions),
    crossEntropyGradientLadder([rat(5n)], [rat(2n)], rat(3n, 4n), ctx.precisions),
  ],
  properties: (ctx) => [
    checkProperty(ctx, SAMPLE('formula (s − t)x = forward-mode AD of the loss (exp, ln) to 35 of 40 digits'), [weightsAndInputs(5, 30n, 10n), rationalIn(-1n, 2n, 10n)], ({ w, x }, t) =>
      agreesTo(crossEntropyGradientFormula(w, x, t, 40), crossEntropyGradientAD(w, x, t, 40), 35, gradientScale(x, t)),
    ),
    checkProperty(ctx, SAMPLE('formula = Richardson differences to 20 of 30 digits'), [weightsAndInputs(5, 30n, 10n), rationalIn(-1n, 2n, 10n)], ({ w, x }, t) =>
      agreesTo(crossEntropyGradientFormula(w, x, t, 30), crossEntropyGradientRichardson(w, x, t, 30), 20, gradientScale(x, t)),
    ),
  ],
  // The coordinate identities for d = 1..5 (each ∂/∂w_j differentiated in full) cross-check the chain-rule step of the proof.
  certificate: () => crossEntropyGradientCertificates(5).filter((c) => c.kind === 'derivative-identity' && c.variable !== 'h'),
  proof: () =>
    andIntro(
      chainLinearForm(byCertificate(derivativeIdentityCertificate(expr(LOSS), 'h', expr(GRADIENT))), { w: 'w', x: 'x' }),
      byCertificate(identityCertificate(expr(CANCEL_LHS), expr('u - t'), 'dL/du times du/dh = s(1 − s): the factor cancels')),
    ),
  argument:
    'The kernel differentiates the loss in the scalar $`h = \\mathbf w\\cdot\\mathbf x`$, and the chain rule for a linear form carries $`\\partial L/\\partial h = s(h) - t`$ to $`\\nabla_{\\mathbf w} L = (s(\\mathbf w\\cdot\\mathbf x) - t)\\, \\mathbf x`$ for every dimension at once; the attached derivative identities for $`d = 1..5`$ check it coordinate by coordinate. The symbolic layer treats $`\\ln`$ as an opaque atom differentiated by $`(\\ln u)\' = u\'/u`$, valid where $`u > 0`$, which holds here for every real argument.',
});
