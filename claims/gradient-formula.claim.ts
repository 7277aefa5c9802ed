import {
  agreesTo,
  gradientScale,
  checkProperty,
  defineClaim,
  rat,
  rationalIn,
  squaredLossGradientAD,
  squaredLossGradientFormula,
  squaredLossGradientLadder,
  squaredLossGradientRichardson,
  weightsAndInputs,
  byCertificate,
  chainLinearForm,
  derivativeIdentityCertificate,
  forall,
  gradientOfLinearForm,
  parseExpr,
} from '../src/index.js';

/** The sampled inputs: w, x in Q^d, d = 1..5, entries p/q in [−3, 3] with q <= 10; t in Q ∩ [−3, 3]; errors measured against (|t| + 1)·max|x_i|. */
const SAMPLE = (what: string) => `${what}; w, x ∈ Q^d (d = 1..5, entries in [−3, 3]), t ∈ Q ∩ [−3, 3]`;

/** The loss of one point as a function of h = w·x, and the question's gradient factor. */
const LOSS = '1/2*(t - sigmoid(h))^2';
const GRADIENT = '-((t - sigmoid(h))*sigmoid(h)*(1 - sigmoid(h)))';

export default defineClaim({
  id: 'gradient-formula',
  title: "The question's gradient of the squared loss is right",
  // For every dimension d and all w, x ∈ R^d, t ∈ R: ∇_w ½(t − s(w·x))² = −(t − s)s(1 − s) x, with s = s(w·x).
  statement: forall(['t'], gradientOfLinearForm(LOSS, 'h', 'w', 'x', GRADIENT)),
  gloss: 'the gradient of the squared error of one point, for every dimension: the question\'s formula',
  source: 'The gradient vector of the MSE loss function w.r.t. the weights is: $$\\frac{\\partial}{\\partial\\mathbf{w}} \\frac{1}{2}\\left( t - f(\\mathbf{w}\\cdot\\mathbf{x}) \\right)^2$$ which becomes: $$ = -(t - s(\\mathbf{w}\\cdot\\mathbf{x}))s(\\mathbf{w}\\cdot\\mathbf{x})(1-s(\\mathbf{w}\\cdot\\mathbf{x}))\\mathbf{x}$$',
  hypotheses: ['$`\\mathbf w, \\mathbf x \\in \\mathbb R^d`$ for any dimension $`d \\ge 1`$, and $`t \\in \\mathbb R`$.'],
  expected: 'proved',
  dependsOn: ['sigmoid-derivative'],
  answers: ['derivation'],
  evidence: (ctx) => [
    squaredLossGradientLadder([rat(1n, 2n), rat(-3n, 4n), rat(2n)], [rat(3n), rat(1n, 5n), rat(-1n)], rat(1n, 3n), ctx.precisions),
    squaredLossGradientLadder([rat(5n)], [rat(2n)], rat(3n, 4n), ctx.precisions),
  ],
  properties: (ctx) => [
    checkProperty(ctx, SAMPLE('formula = forward-mode AD of the loss to 35 of 40 digits'), [weightsAndInputs(5, 30n, 10n), rationalIn(-3n, 3n, 10n)], ({ w, x }, t) =>
      agreesTo(squaredLossGradientFormula(w, x, t, 40), squaredLossGradientAD(w, x, t, 40), 35, gradientScale(x, t)),
    ),
    checkProperty(ctx, SAMPLE('formula = Richardson differences to 20 of 30 digits'), [weightsAndInputs(5, 30n, 10n), rationalIn(-3n, 3n, 10n)], ({ w, x }, t) =>
      agreesTo(squaredLossGradientFormula(w, x, t, 30), squaredLossGradientRichardson(w, x, t, 30), 20, gradientScale(x, t)),
    ),
  ],
  // The kernel differentiates ½(t − s(h))² in h itself; the chain rule for the linear form h = w·x (a named theorem:
  // ∂(w·x)/∂w_j = x_j) turns that one identity into the gradient for every dimension at once.
  proof: () => chainLinearForm(byCertificate(derivativeIdentityCertificate(parseExpr(LOSS), 'h', parseExpr(GRADIENT))), { w: 'w', x: 'x' }),
});
