import {
  agreesTo,
  byCertificate,
  chainLinearForm,
  derivativeIdentityCertificate,
  expr,
  forall,
  gradientOfLinearForm,
  gradientScale,
  checkProperty,
  defineClaim,
  gradientFormulaCertificates,
  rat,
  rationalIn,
  squaredLossGradientAD,
  squaredLossGradientFormula,
  squaredLossGradientLadder,
  squaredLossGradientRichardson,
  weightsAndInputs,
} from '../src/index.js';

/** The loss ½(t − s(h))² and the question's derivative −(t − s)s(1 − s), as functions of h = w·x. */
const LOSS = '(t - sigmoid(h))^2/2';
const GRADIENT = '-(t - sigmoid(h))*sigmoid(h)*(1 - sigmoid(h))';
const STATEMENT = forall(['t'], gradientOfLinearForm(LOSS, 'h', 'w', 'x', GRADIENT));

/** The sampled inputs: w, x in Q^d, d = 1..5, entries p/q in [−3, 3] with q <= 10; t in Q ∩ [−3, 3]; errors measured against (|t| + 1)·max|x_i|. */
const SAMPLE = (what: string) => `${what}; w, x ∈ Q^d (d = 1..5, entries in [−3, 3]), t ∈ Q ∩ [−3, 3]`;

export default defineClaim({
  id: 'gradient-formula',
  title: "The question's gradient of the squared loss is right",
  statement: STATEMENT,
  gloss: 'for every dimension d ≥ 1, all w, x ∈ R^d and every real t, the gradient in w of ½(t − s(w·x))² is −(t − s(w·x)) s(w·x)(1 − s(w·x)) x',
  source: 'The gradient vector of the MSE loss function w.r.t. the weights is: $$\\frac{\\partial}{\\partial\\mathbf{w}} \\frac{1}{2}\\left( t - f(\\mathbf{w}\\cdot\\mathbf{x}) \\right)^2$$ which becomes: $$ = -(t - s(\\mathbf{w}\\cdot\\mathbf{x}))s(\\mathbf{w}\\cdot\\mathbf{x})(1-s(\\mathbf{w}\\cdot\\mathbf{x}))\\mathbf{x}$$',
  hypotheses: ['$`\\mathbf w, \\mathbf x \\in \\mathbb R^d`$ for any dimension $`d \\ge 1`$, and $`t \\in \\mathbb R`$.'],
  expected: 'proved',
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
  // The coordinate identities for d = 1..5 (each ∂/∂w_j differentiated in full) cross-check the chain-rule step of the proof.
  certificate: () => gradientFormulaCertificates(5).filter((c) => c.kind === 'derivative-identity' && c.variable !== 'h'),
  proof: () => chainLinearForm(byCertificate(derivativeIdentityCertificate(expr(LOSS), 'h', expr(GRADIENT))), { w: 'w', x: 'x' }),
  argument:
    'The kernel differentiates the loss in the scalar $`h`$ and obtains the question\'s factor; the chain rule for a linear form (every dimension at once: $`\\partial (\\mathbf w\\cdot\\mathbf x)/\\partial w_j = x_j`$) carries it to the gradient in $`\\mathbf w`$. The attached identities for $`d = 1..5`$ differentiate each coordinate in full, as a cross-check of that step.',
});
