import type { Claim, ClaimSpec } from './types.js';

/** Returns the claim a claim file default-exports; the runner recognises it by its brand. */
export function defineClaim(spec: ClaimSpec): Claim {
  return Object.freeze({ ...spec, __claim: true as const });
}

/** True iff `value` was made by `defineClaim`. */
export function isClaim(value: unknown): value is Claim {
  return typeof value === 'object' && value !== null && (value as { __claim?: unknown }).__claim === true;
}
