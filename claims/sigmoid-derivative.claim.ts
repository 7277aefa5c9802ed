import {
  agreement,
  byCertificate,
  conv,
  deriv,
  forall,
  checkProperty,
  defineClaim,
  rat,
  rationalIn,
  sigmoidDerivativeAD,
  sigmoidDerivativeCertificates,
  sigmoidDerivativeFormula,
  sigmoidDerivativeLadder,
  sigmoidDerivativeRichardson,
} from '../src/index.js';

export default defineClaim({
  id: 'sigmoid-derivative',
  title: "The sigmoid's derivative is s(1 − s)",
  statement: forall(['h'], deriv('sigmoid(h)', 'h', 'sigmoid(h)*(1 - sigmoid(h))')),
  gloss: "the sigmoid's derivative is s(1 − s) at every real h",
  source: 'with $s(\\mathbf{h})$ being defined as the sigmoid function: $$s(\\mathbf{h}) = \\frac{1}{1+e^{-\\mathbf{h}}}$$ … which becomes: $$ = -(t - s(\\mathbf{w}\\cdot\\mathbf{x}))s(\\mathbf{w}\\cdot\\mathbf{x})(1-s(\\mathbf{w}\\cdot\\mathbf{x}))\\mathbf{x}$$',
  hypotheses: ['$`h`$ is any real number.'],
  expected: 'proved',
  answers: ['derivation'],
  evidence: (ctx) => [rat(7n, 3n), rat(-25n, 2n), rat(40n)].map((h) => sigmoidDerivativeLadder(h, ctx.precisions)),
  properties: (ctx) => [
    checkProperty(ctx, 'formula s(1 − s) = forward-mode AD of 1/(1+e^{−h}) to ≥ 35 of 40 digits, h ∈ Q ∩ [−60, 60]', [rationalIn(-60n, 60n)], (h) =>
      agreement(sigmoidDerivativeFormula(h, 40), sigmoidDerivativeAD(h, 40), 40) >= 35,
    ),
    checkProperty(ctx, 'formula = Richardson differences to ≥ 20 of 30 digits, h ∈ Q ∩ [−20, 20] (beyond, differences of s near 0 or 1 cancel)', [rationalIn(-20n, 20n)], (h) =>
      agreement(sigmoidDerivativeFormula(h, 30), sigmoidDerivativeRichardson(h, 30), 30) >= 20,
    ),
    checkProperty(ctx, "s'(h) = s'(−h) (the derivative is even), by AD at 40 digits to ≥ 35 digits, h ∈ Q ∩ [−60, 60]", [rationalIn(-60n, 60n)], (h) =>
      agreement(sigmoidDerivativeAD(h, 40), sigmoidDerivativeAD({ num: -h.num, den: h.den }, 40), 40) >= 35,
    ),
  ],
  proof: () => conv(byCertificate(sigmoidDerivativeCertificates()[0]), forall(['h'], deriv('sigmoid(h)', 'h', 'sigmoid(h)*(1 - sigmoid(h))'))),
});
