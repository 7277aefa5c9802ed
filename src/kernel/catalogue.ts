/**
 * Judging a whole catalogue: every claim's outcome judged in dependency order, each proof replayed with the formal
 * statements of exactly the claims it declares it depends on as lemmas, then verdicts capped by those dependencies.
 * This is the one function both `verify` and `recheck` call, so that the two cannot judge differently.
 */
import { applyDependencies, formalStatement, judgeClaim, type ClaimOutcome, type Judgement } from './verdict.js';
import type { Prop } from './proposition.js';

/** Judges every outcome (ids in `order`, dependencies first) and applies the dependency rules. */
export function judgeCatalogue(
  outcomes: ReadonlyMap<string, ClaimOutcome>,
  dependsOn: ReadonlyMap<string, readonly string[]>,
  order: readonly string[],
): Map<string, Judgement> {
  const own = new Map<string, Judgement>();
  for (const id of order) {
    const outcome = outcomes.get(id);
    if (!outcome) continue;
    const lemmas = new Map<string, Prop>();
    for (const dep of dependsOn.get(id) ?? []) {
      const statement = outcomes.get(dep)?.statement;
      const formal = statement === undefined ? null : formalStatement(statement);
      if (formal !== null && typeof formal !== 'string') lemmas.set(dep, formal);
    }
    own.set(id, judgeClaim(outcome, undefined, { lemmas }));
  }
  return applyDependencies(own, dependsOn, order);
}
