/**
 * Runs one claim file in the current process: loads it, calls its checks, and has the kernel judge the outcome.
 * Claim code is untrusted: every throw or rejection is caught and becomes an `error` outcome naming where it happened.
 */
import { pathToFileURL } from 'node:url';
import { isClaim } from '../claim/define.js';
import type { ClaimContext, Figure, PropertyRun } from '../claim/types.js';
import { judgeClaim, type ClaimOutcome, type Judgement } from '../kernel/verdict.js';
import type { Certificate, Verdict } from '../kernel/types.js';

/** The text of a claim, as the loaded file declares it (for the report). */
export interface ClaimMeta {
  title: string;
  statement: string;
  gloss?: string;
  source: string;
  hypotheses: string[];
  answers: string[];
  argument?: string;
  expected?: Verdict;
  dependsOn: string[];
}

/** Everything one run of a claim produced, judged by the kernel but not yet capped by its dependencies. */
export interface ClaimRun {
  id: string;
  meta?: ClaimMeta;
  judgement: Judgement;
  /** Exactly what the kernel judged: the data the claim produced. */
  outcome: ClaimOutcome;
  properties: PropertyRun[];
  certificates: Certificate[];
  witness?: unknown;
  figures: Figure[];
}

/** Where in `file` an error was raised: ` (file:line)` from its stack, or '' when the stack does not pass through it. */
function locate(error: unknown, file: string, displayPath: string): string {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}:(\\d+)`).exec(stack);
  return match ? `${displayPath}:${match[1]}` : displayPath;
}

/** The error's first line, prefixed by its class unless it is a plain Error. */
function message(error: unknown): string {
  const text = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  return text.split('\n')[0];
}

/** Loads `file`, runs its evidence, properties, certificates, witness and figures, and judges the result. */
export async function runClaimFile(file: string, displayPath: string, id: string, ctx: ClaimContext): Promise<ClaimRun> {
  const outcome: ClaimOutcome = { evidence: [], properties: [], certificates: [] };

  const run: ClaimRun = { id, judgement: judgeClaim({ ...outcome, failure: 'not run' }), outcome, properties: [], certificates: [], figures: [] };
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (e) {
    outcome.failure = `${locate(e, file, displayPath)}: threw while loading: ${message(e)}`;
    run.judgement = judgeClaim(outcome);
    return run;
  }
  const claim = module.default;
  if (!isClaim(claim)) {
    outcome.failure = `${displayPath}:1: the default export is not a claim made by defineClaim`;
    run.judgement = judgeClaim(outcome);
    return run;
  }
  run.meta = {
    title: claim.title,
    statement: typeof claim.statement === 'string' ? claim.statement : '',
    gloss: claim.gloss,
    source: claim.source,
    hypotheses: [...claim.hypotheses],
    answers: [...(claim.answers ?? [])],
    argument: claim.argument,
    expected: claim.expected,
    dependsOn: [...(claim.dependsOn ?? [])],
  };
  const step = async <T>(name: string, producer: ((c: ClaimContext) => T | Promise<T>) | undefined, fallback: T): Promise<T> => {
    if (!producer) return fallback;
    try {
      return await producer(ctx);
    } catch (e) {
      throw new Error(`${locate(e, file, displayPath)}: ${name} threw: ${message(e)}`);
    }
  };
  try {
    outcome.evidence = await step('evidence', claim.evidence, []);
    outcome.properties = await step('properties', claim.properties, []);
    outcome.certificates = await step('certificate', claim.certificate, []);
    outcome.witness = await step('witness', claim.witness, undefined);
    outcome.proof = await step('proof', claim.proof, undefined);
    run.figures = await step('figures', claim.figures, []);
  } catch (e) {
    outcome.failure = (e as Error).message;
  }
  outcome.statement = claim.statement;
  run.properties = outcome.properties;
  run.certificates = outcome.certificates;
  run.witness = outcome.witness;
  run.judgement = judgeClaim(outcome);
  if (run.meta && run.judgement.statementLatex) run.meta.statement = run.judgement.statementLatex;
  return run;
}
