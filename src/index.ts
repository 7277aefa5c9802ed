/**
 * The public API that claim files import: `defineClaim`, the claim types, and the evidence helpers.
 * Everything a claim needs is re-exported here; claim files import nothing else from src/.
 */
export { defineClaim } from './claim/define.js';
export type { Claim, ClaimContext, ClaimSpec, Evidence, Figure, LadderEvidence, PropertyRun, TableEvidence } from './claim/types.js';
export type { Certificate, Verdict } from './kernel/types.js';
export { checkProperty } from './evidence/property.js';
export { rational, rationalVector, weightsAndInputs } from './evidence/arbitraries.js';
