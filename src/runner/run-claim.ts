/**
 * Runs one claim file in the current process (a claim's own, disposable process): loads it and calls its producers.
 * It judges nothing: it returns plain data for the parent to validate and the kernel to judge there. Claim code is
 * untrusted: every throw or rejection is caught and becomes a `failure` naming where it happened.
 */
import { pathToFileURL } from 'node:url';
import { isClaim } from '../claim/define.js';
import type { ClaimContext } from '../claim/types.js';
import { emptyPayload, extraFieldNames, PRODUCERS, type ClaimMeta, type ClaimPayload } from './payload.js';

/** Where in `file` an error was raised: ` (file:line)` from its stack, or '' when the stack does not pass through it. */
function locate(error: unknown, file: string, displayPath: string): string {
  const stack = error instanceof Error ? String(error.stack ?? '') : '';
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}:(\\d+)`).exec(stack);
  return match ? `${displayPath}:${match[1]}` : displayPath;
}

/** The error's first line, prefixed by its class unless it is a plain Error. */
function message(error: unknown): string {
  const text = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  return text.split('\n')[0];
}

/**
 * Loads claim `file` (from `moduleUrl`, its compiled copy, when given) and runs its producers (see PRODUCERS),
 * returning the claim's static fields and their outputs.
 */
export async function runClaimFile(file: string, displayPath: string, ctx: ClaimContext, moduleUrl = pathToFileURL(file).href): Promise<ClaimPayload> {
  let module: { default?: unknown };
  try {
    module = (await import(moduleUrl)) as { default?: unknown };
  } catch (e) {
    return emptyPayload(`${locate(e, file, displayPath)}: threw while loading: ${message(e)}`);
  }
  const claim = module.default;
  if (!isClaim(claim)) return emptyPayload(`${displayPath}:1: the default export is not a claim made by defineClaim`);
  const payload = emptyPayload('');
  delete payload.failure;
  try {
    const fields = claim as unknown as Record<string, unknown>;
    const meta: ClaimMeta = {
      title: claim.title,
      statement: claim.statement,
      gloss: claim.gloss,
      source: claim.source,
      hypotheses: claim.hypotheses,
      answers: claim.answers ?? [],
      argument: claim.argument,
      expected: claim.expected,
      dependsOn: claim.dependsOn ?? [],
    };
    const extra = extraFieldNames(fields);
    if (extra.length > 0) meta.extra = Object.fromEntries(extra.map((k) => [k, fields[k]]));
    payload.meta = meta;
  } catch (e) {
    return emptyPayload(`${locate(e, file, displayPath)}: reading the claim's fields threw: ${message(e)}`);
  }
  const target = payload as unknown as Record<string, unknown>;
  for (const { field, into, fallback } of PRODUCERS) {
    const producer = (claim as unknown as Record<string, unknown>)[field];
    if (producer === undefined) continue;
    try {
      if (typeof producer !== 'function') throw new TypeError(`"${field}" is not a function`);
      target[into] = (await producer(ctx)) ?? fallback;
    } catch (e) {
      payload.failure = `${locate(e, file, displayPath)}: ${field} threw: ${message(e)}`;
      break;
    }
  }
  return payload;
}
