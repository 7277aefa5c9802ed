/**
 * The parent's side of a claim run: the kernel judges a validated payload. This is where claim data meets the
 * kernel; it runs only in processes that load no claim code.
 */
import type { Figure, PropertyRun } from '../claim/types.js';
import { judgeClaim, type ClaimOutcome, type Judgement } from '../kernel/verdict.js';
import type { Certificate } from '../kernel/types.js';
import type { ClaimMeta, ClaimPayload } from './payload.js';

export type { ClaimMeta } from './payload.js';

/** Everything one run of a claim produced, judged by the kernel but not yet capped by its dependencies. */
export interface ClaimRun {
  id: string;
  meta?: ClaimMeta;
  /** Exactly what the kernel judged (see outcomeOfPayload). */
  outcome: ClaimOutcome;
  judgement: Judgement;
  properties: PropertyRun[];
  certificates: Certificate[];
  witness?: unknown;
  figures: Figure[];
}

/** The kernel's input for a payload: its failure, evidence, properties, certificates, witness and argument. */
export function outcomeOfPayload(payload: ClaimPayload): ClaimOutcome {
  const outcome: ClaimOutcome = { evidence: payload.evidence, properties: payload.properties, certificates: payload.certificates };
  if (payload.failure !== undefined) outcome.failure = payload.failure;
  if (payload.witness !== undefined) outcome.witness = payload.witness;
  if (payload.proof !== undefined) outcome.proof = payload.proof;
  if (payload.meta !== undefined) outcome.statement = payload.meta.statement;
  return outcome;
}

/** Judges a validated payload with the kernel and returns the claim's run. */
export function judgeRun(id: string, payload: ClaimPayload): ClaimRun {
  const outcome = outcomeOfPayload(payload);
  const run: ClaimRun = {
    id,
    outcome,
    judgement: judgeClaim(outcome),
    properties: payload.properties,
    certificates: payload.certificates,
    figures: payload.figures,
  };
  if (payload.meta) run.meta = payload.meta;
  if (payload.witness) run.witness = payload.witness;
  return run;
}

/** The run of a claim that never ran (a static problem): an `error` judged from `failure`. */
export function failedRun(id: string, failure: string): ClaimRun {
  return judgeRun(id, { failure, evidence: [], properties: [], certificates: [], figures: [] });
}
