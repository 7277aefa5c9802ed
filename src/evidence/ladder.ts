/**
 * Precision ladders: one quantity computed by independent methods at each precision of the run's ladder.
 * The kernel (src/kernel/agreement.ts) then reads the digits of agreement; this module only computes and records.
 */
import type { LadderEvidence, MethodValue } from '../claim/types.js';

/** A way to compute the quantity at a given number of significant digits: a decimal string or a vector of them. */
export interface Method {
  name: string;
  compute: (precision: number) => string | string[];
}

/** Evaluates every method at every precision and returns the ladder, values printed to their working precision. */
export function precisionLadder(quantity: string, at: string, precisions: readonly number[], methods: readonly Method[]): LadderEvidence {
  return {
    kind: 'ladder',
    quantity,
    at,
    rungs: precisions.map((precision) => ({
      precision,
      values: methods.map((m): MethodValue => ({ method: m.name, value: m.compute(precision) })),
    })),
  };
}
