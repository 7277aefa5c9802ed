/**
 * `reports/proofs.json`: for every claim, exactly what the kernel judged (the outcome passed to judgeClaim, and the
 * claim's dependencies) and the verdict and reasons it reached after applying them (judgeCatalogue, as verify does). `recheckProofs` re-judges such a
 * file with the kernel alone: it loads no claim file and runs no claim code (it imports no runner or discovery code).
 */
import { arrayOf, certificate, evidence, optional, property, record, shape, ShapeError, str, verdict } from '../claim/shape.js';
import { judgeCatalogue } from '../kernel/catalogue.js';
import type { ClaimOutcome } from '../kernel/verdict.js';
import { VERDICTS, type Verdict } from '../kernel/types.js';

/** The schema number written in the file and required by recheck. */
export const PROOFS_SCHEMA = 1;

/** One claim's record in proofs.json. `statement` is for readers; `outcome` and `dependsOn` are what is re-judged. */
export interface ProofEntry {
  id: string;
  statement?: unknown;
  dependsOn: string[];
  outcome: ClaimOutcome;
  verdict: Verdict;
  reasons: string[];
}

/** The file's text: a header, then one compact line per claim in dependency order; deterministic for the same data. */
export function proofsToJson(seed: number, entries: readonly ProofEntry[]): string {
  const lines = entries.map((e) => `    ${JSON.stringify(e)}`);
  return `{\n  "schema": ${PROOFS_SCHEMA},\n  "seed": ${seed},\n  "count": ${entries.length},\n  "claims": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

const outcomeShape = shape<ClaimOutcome>({
  failure: optional(str),
  evidence: arrayOf(evidence),
  properties: arrayOf(property),
  certificates: arrayOf(certificate),
  witness: optional(record),
  statement: (v: unknown, at: string) => (v === undefined || typeof v === 'string' ? v : record(v, at)),
  proof: optional(record),
});

function readEntry(value: unknown, at: string): ProofEntry {
  const o = record(value, at);
  const entry: ProofEntry = {
    id: str(o.id, `${at}.id`),
    dependsOn: arrayOf(str)(o.dependsOn, `${at}.dependsOn`),
    outcome: outcomeShape(o.outcome, `${at}.outcome`),
    verdict: verdict(o.verdict, `${at}.verdict`),
    reasons: arrayOf(str)(o.reasons, `${at}.reasons`),
  };
  return entry;
}

/** What re-judging a proofs file found: one line per problem (empty when it re-checks), and a one-line summary. */
export interface RecheckResult {
  problems: string[];
  summary: string;
}

/**
 * Re-judges the claims of a proofs.json text with the kernel and applies their dependencies; a problem is a verdict or
 * reasons that differ from the recorded ones, or a malformed file (bad JSON, wrong schema, a field of the wrong type,
 * a duplicate id, a dependency missing from the file, a count that does not match the claims listed).
 */
export function recheckProofs(text: string, name = 'proofs.json'): RecheckResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return malformed(name, `not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  let entries: ProofEntry[];
  try {
    const file = record(parsed, 'file');
    if (file.schema !== PROOFS_SCHEMA) throw new ShapeError(`schema must be ${PROOFS_SCHEMA}, got ${JSON.stringify(file.schema)}`);
    entries = arrayOf(readEntry)(file.claims, 'claims');
    if (file.count !== entries.length) throw new ShapeError(`count says ${JSON.stringify(file.count)} claims, but ${entries.length} are listed`);
  } catch (e) {
    if (e instanceof ShapeError) return malformed(name, e.message);
    throw e;
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) problems.push(`${name}: claim "${e.id}" is listed twice`);
    seen.add(e.id);
  }
  for (const e of entries) for (const d of e.dependsOn) if (!seen.has(d)) problems.push(`${name}: claim "${e.id}" depends on "${d}", which is not in the file`);
  if (problems.length > 0) return { problems, summary: `recheck: ${name} is malformed` };

  // The same judging as verify's: each proof replayed with its dependencies' statements as lemmas, then capped.
  const final = judgeCatalogue(new Map(entries.map((e) => [e.id, e.outcome])), new Map(entries.map((e) => [e.id, e.dependsOn])), entries.map((e) => e.id));
  for (const e of entries) {
    const j = final.get(e.id)!;
    if (j.verdict !== e.verdict) problems.push(`${name}: ${e.id}: recorded ${e.verdict}, but the kernel judges it ${j.verdict} (${j.reasons.join('; ')})`);
    else if (JSON.stringify(j.reasons) !== JSON.stringify(e.reasons)) problems.push(`${name}: ${e.id}: recorded reasons differ from the kernel's: ${j.reasons.join('; ')}`);
  }
  const counts = VERDICTS.map((v) => [v, entries.filter((e) => final.get(e.id)!.verdict === v).length] as const).filter(([, n]) => n > 0);
  const tally = counts.map(([v, n]) => `${n} ${v}`).join(', ');
  return {
    problems,
    summary: problems.length === 0 ? `recheck: ${entries.length} claims re-judged from ${name} by the kernel alone, every verdict as recorded (${tally})` : `recheck: ${problems.length} mismatch${problems.length === 1 ? '' : 'es'} in ${name}`,
  };
}

function malformed(name: string, why: string): RecheckResult {
  return { problems: [`${name}: malformed: ${why}`], summary: `recheck: ${name} is malformed` };
}
