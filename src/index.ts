/**
 * The public API that claim files import: `defineClaim`, the claim types, and the common evidence and certificate
 * helpers. Claims about one subject also import that subject's builders from their modules under src/ directly.
 */
export { defineClaim } from './claim/define.js';
export type { Claim, ClaimContext, ClaimSpec, Evidence, Figure, LadderEvidence, PropertyRun, TableEvidence } from './claim/types.js';
export type { Certificate, Verdict } from './kernel/types.js';
export { checkProperty } from './evidence/property.js';
export { rational, rationalIn, rationalVector, weightsAndInputs } from './evidence/arbitraries.js';
export { precisionLadder, type Method } from './evidence/ladder.js';
export {
  agreement,
  agreesTo,
  gradientScale,
  sigmoidDerivativeAD,
  sigmoidDerivativeFormula,
  sigmoidDerivativeLadder,
  sigmoidDerivativeRichardson,
  squaredLossGradientAD,
  squaredLossGradientFormula,
  squaredLossGradientLadder,
  squaredLossGradientRichardson,
} from './evidence/gradient-checks.js';
export { rat, parseRational, ratToString, type Rational } from './algebra/rational.js';
export { gradientFormulaCertificates, sigmoidBoundsCertificates, sigmoidDerivativeCertificates, sigmoidDirectionalLimitCertificates } from './symbolic/certificates.js';
export { parseExpr } from './symbolic/parse.js';
export { derivativeIdentityCertificate, identityCertificate, positivityCertificate, limitCertificate } from './symbolic/certificates.js';
export { decimalField, dualField, type Field } from './numeric/field.js';
export { richardsonDerivative } from './numeric/richardson.js';
