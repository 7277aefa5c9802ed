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
export type { Prop, Binder } from './kernel/proposition.js';
export type { ProofTerm } from './kernel/proof.js';
export {
  and,
  atLinearForm,
  deriv,
  eq,
  expr,
  fact,
  forall,
  galoisSymmetric,
  gradientOfLinearForm,
  gt,
  implies,
  irreducible,
  limit,
  ne,
  noRadicalRoot,
  not,
  poly,
  positive,
  radicalRoots,
  real,
  rootCount,
  stationaryCount,
  stationaryNotElementary,
  stationaryNotRadical,
  stationarySigns,
  stationaryTranscendental,
  stationaryViaExp,
  range,
  gradientDescentLinear,
  newtonQuadratic,
  type ExprLike,
} from './claim/statement.js';
export {
  andElim,
  andIntro,
  byCertificate,
  byLemma,
  byRule,
  chainLinearForm,
  conv,
  countViaExp,
  expTransfer,
  galoisNoRadical,
  gtNe,
  hermiteLindemann,
  irreducibleUnpower,
  limitExpSubstitution,
  limitUnique,
  linearFormIntro,
  noRadicalPower,
  neNotEq,
  refuteForall,
  refuteImplies,
  schanuelNotElementary,
  signsViaExp,
  specialize,
  stationaryNotRadicalRule,
  rangeUnion,
  rangeExpTail,
  gradientDescentContraction,
  kantorovich,
} from './claim/proof-terms.js';
export { propToLatex } from './kernel/print-prop.js';
