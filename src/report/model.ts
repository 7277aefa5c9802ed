/**
 * The report as data: what `verdicts.json` holds and what the Markdown writer renders. Built deterministically from
 * the claims' runs (no timings, no dates): the same code and seed give the same bytes.
 */
import type { ClaimFile } from '../claim/discover.js';
import type { Figure, PropertyRun } from '../claim/types.js';
import type { JudgedEvidence, Judgement } from '../kernel/verdict.js';
import { VERDICTS, type Certificate, type CheckResult, type Trust, type Verdict } from '../kernel/types.js';
import type { ClaimMeta, ClaimRun } from '../runner/judge-run.js';
import { isProofNode, type ProofNode } from './proof-tree.js';
import { firstBullet } from './graph.js';

export interface CheckedCertificate {
  certificate: Certificate;
  check: CheckResult;
}

/** One claim's section of the report: its text as the file declares it, and what the kernel made of it. */
export interface ReportClaim extends Omit<ClaimMeta, 'statement'> {
  id: string;
  /** The statement as LaTeX: printed by the kernel from the formal proposition, or the claim's prose. */
  statement: string;
  file: string;
  /** True iff there is no expected verdict or it was met. */
  expectedMet: boolean;
  /** Prose beside the statement, "in words (not checked)", when the claim gives one. */
  gloss?: string;
  verdict: Verdict;
  /** For a proved verdict that rests on unproved conjectures: their names (the verdict is conditional on them). */
  conditions?: string[];
  reasons: string[];
  trusts: Trust[];
  evidence: JudgedEvidence[];
  properties: PropertyRun[];
  certificates: CheckedCertificate[];
  /** The proof as the kernel replayed it, when the judgement carries one. */
  proofTree?: ProofNode;
  witness?: CheckedCertificate;
  figures: { file: string; caption: string }[];
}

/** The version of verdicts.json's layout: 2 since claims have their own pages (and `gloss`, `proofTree`). */
export const REPORT_SCHEMA = 2;

export interface Report {
  schema: typeof REPORT_SCHEMA;
  title: string;
  seed: number;
  precisions: number[];
  versions: Record<string, string>;
  counts: Record<Verdict, number>;
  expectedMet: number;
  expectedTotal: number;
  claims: ReportClaim[];
}

/**
 * Builds the report from the static claim files, their runs and their final (dependency-capped) judgements; claims
 * are ordered by the first question bullet they answer, in dependency order within a bullet.
 */
export function buildReport(
  files: readonly ClaimFile[],
  order: readonly string[],
  runs: ReadonlyMap<string, ClaimRun>,
  judgements: ReadonlyMap<string, Judgement>,
  settings: { seed: number; precisions: number[]; versions: Record<string, string> },
): Report {
  const byId = new Map(files.map((f) => [f.id, f]));
  const claims: ReportClaim[] = [];
  for (const id of order) {
    const file = byId.get(id);
    const judgement = judgements.get(id);
    if (!file || !judgement) continue;
    const run = runs.get(id);
    const meta = run?.meta;
    const expected = file.expected ?? meta?.expected;
    const gloss = meta?.gloss;
    const proofTree = judgement.proofTree;
    claims.push({
      id,
      file: file.displayPath,
      title: meta?.title ?? file.title,
      statement: judgement.statementLatex ?? (typeof meta?.statement === 'string' ? meta.statement : ''),
      ...(typeof gloss === 'string' && gloss.trim() !== '' ? { gloss } : {}),
      source: meta?.source ?? '',
      hypotheses: meta?.hypotheses ?? [],
      answers: meta?.answers ?? [],
      argument: meta?.argument,
      expected,
      expectedMet: expected === undefined || expected === judgement.verdict,
      dependsOn: meta?.dependsOn ?? file.dependsOn,
      verdict: judgement.verdict,
      ...(judgement.verdict === 'proved' && judgement.conditions && judgement.conditions.length > 0 ? { conditions: judgement.conditions } : {}),
      reasons: judgement.reasons,
      trusts: judgement.trusts,
      evidence: judgement.evidence,
      properties: run?.properties ?? [],
      certificates: (run?.certificates ?? []).map((certificate, i) => ({ certificate, check: judgement.certificateChecks[i] })).filter((c) => c.check),
      ...(isProofNode(proofTree) ? { proofTree } : {}),
      witness: run?.witness && judgement.witnessCheck ? { certificate: run.witness as Certificate, check: judgement.witnessCheck } : undefined,
      figures: (run?.figures ?? []).map((f: Figure) => ({ file: `figures/${f.file}`, caption: f.caption })),
    });
  }
  // Sections follow the question's bullets (a claim goes with the first bullet it answers), dependency order within.
  claims.sort((a, b) => firstBullet(a) - firstBullet(b));
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, claims.filter((c) => c.verdict === v).length])) as Record<Verdict, number>;
  const withExpected = claims.filter((c) => c.expected !== undefined);
  return {
    schema: REPORT_SCHEMA,
    title: 'Why is there no closed form for the weights of a sigmoid neuron trained with squared loss?',
    seed: settings.seed,
    precisions: settings.precisions,
    versions: settings.versions,
    counts,
    expectedMet: withExpected.filter((c) => c.expectedMet).length,
    expectedTotal: withExpected.length,
    claims,
  };
}

/**
 * The report as deterministic JSON text: BigInts as decimal strings, the summary indented, each claim compact on a line
 * of its own (certificates hold deep expression trees; indenting them would multiply the file's size), final newline.
 */
export function reportToJson(report: Report): string {
  const replacer = (_key: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value);
  const { claims, ...summary } = report;
  const head = JSON.stringify(summary, replacer, 2).replace(/\n}$/, '');
  const lines = claims.map((c) => `    ${JSON.stringify(c, replacer)}`);
  return `${head},\n  "claims": [\n${lines.join(',\n')}\n  ]\n}\n`;
}
