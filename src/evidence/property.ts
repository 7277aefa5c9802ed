/**
 * Property runs for claims: fast-check with the run's fixed seed, recorded so that any failure can be replayed.
 */
import fc from 'fast-check';
import type { ClaimContext, PropertyRun } from '../claim/types.js';

/** At least this many runs per property unless a claim asks for more. */
export const DEFAULT_RUNS = 200;

/**
 * Checks `predicate` on `runs` inputs drawn from `arbitraries` with seed `ctx.seed`; a predicate that returns false
 * or throws fails. Returns the run record with the shrunk counterexample and its replay path on failure.
 */
export function checkProperty<Ts extends [unknown, ...unknown[]]>(
  ctx: ClaimContext,
  name: string,
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  predicate: (...args: Ts) => boolean,
  runs: number = DEFAULT_RUNS,
): PropertyRun {
  const prop = fc.property(...arbitraries, predicate);
  const details = fc.check(prop, { seed: ctx.seed, numRuns: runs });
  const record: PropertyRun = { name, runs: details.numRuns, seed: ctx.seed, passed: !details.failed };
  if (details.failed) {
    record.counterexample = details.counterexample ? fc.stringify(details.counterexample) : undefined;
    record.shrinks = details.numShrinks;
    record.path = details.counterexamplePath ?? undefined;
    const cause = details.errorInstance;
    record.failure = cause instanceof Error ? cause.message : 'the predicate returned false';
  }
  return record;
}
