import { agreesTo, checkProperty, defineClaim, gradientScale, rat, rationalIn, weightsAndInputs,
  byCertificate,
  chainLinearForm,
  derivativeIdentityCertificate,
  forall,
  gradientOfLinearForm,
  parseExpr,
} from '../src/index.js';
import { crossEntropyGradientAD, crossEntropyGradientFormula, crossEntropyGradientLadder, crossEntropyGradientRichardson } from '../src/neuron/cross-entropy-evidence.js';

/** The sampled inputs: w, x in Q^d, d = 1..5, entries p/q in [−3, 3] with q <= 10; t in Q ∩ [−1, 2]. */
const SAMPLE = (what: string) => `${what}; w, x ∈ Q^d (d = 1..5, entries in [−3, 3]), t ∈ Q ∩ [−1, 2]; errors measured against (|t| + 1)·max|x_i|`;

/** The cross-entropy of one point as a function of h = w·x, and its derivative. */
const LOSS = '-(t*ln(sigmoid(h)) + (1 - t)*ln(1 - sigmoid(h)))';
const GRADIENT = 'sigmoid(h) - t';

export default defineClaim({
  id: 'cross-entropy-gradient',
  title: 'With cross-entropy loss the factor s(1 − s) cancels: the gradient is (s − t)x',
  // For every dimension d and all w, x ∈ R^d, t ∈ R: ∇_w of the cross-entropy of s(w·x) is (s(w·x) − t) x.
  statement: forall(['t'], gradientOfLinearForm(LOSS, 'h', 'w', 'x', GRADIENT)),
  gloss: 'with cross-entropy the factor s(1 − s) cancels: the gradient is (s − t)x in every dimension',
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
  // One derivative identity in h (the kernel differentiates ln as u'/u, defined here since 0 < s < 1 everywhere), then
  // the chain rule for the linear form h = w·x, for every dimension at once.
  proof: () => chainLinearForm(byCertificate(derivativeIdentityCertificate(parseExpr(LOSS), 'h', parseExpr(GRADIENT))), { w: 'w', x: 'x' }),
});
