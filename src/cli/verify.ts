/**
 * `npm run verify [-- --claims DIR --out DIR --only id,id --seed N --timeout S --jobs N --check]`
 * Runs every claim, writes reports/VERDICTS.md, reports/claims/<id>.md, reports/verdicts.json, reports/proofs.json
 * (what the kernel judged, for `npm run recheck`) and the figures. Exit 0 when no claim is `error` and every expected
 * verdict is met, 1 otherwise, 2 on bad usage. `--check` writes nothing and also fails when the files on disk differ
 * from what it would write. `--only` without `--out` writes to a fresh temporary directory (and says where), never
 * over the committed reports.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { discoverClaims, dependencyOrder, type ClaimFile } from '../claim/discover.js';
import { judgeCatalogue } from '../kernel/catalogue.js';
import type { ClaimOutcome } from '../kernel/verdict.js';
import { buildReport, reportToJson } from '../report/model.js';
import { renderPages } from '../report/markdown.js';
import { kernelCode } from '../report/trusted-base.js';
import { runClaims } from '../runner/pool.js';
import { durationsFile, loadDurations, saveDurations } from '../runner/durations.js';
import { failedRun, type ClaimRun } from '../runner/judge-run.js';
import { proofsToJson, type ProofEntry } from '../report/proofs.js';
import { parseFlags, UsageError } from './flags.js';

/** The seed of every property run unless `--seed` says otherwise: the date the question was asked. */
export const DEFAULT_SEED = 20160829;
/** The precision ladder of every claim's evidence, in significant digits. */
export const PRECISIONS = [30, 60, 120];

/** The repository root, whose src/kernel the Trusted base lists. */
const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
/** Directories of generated files under the out dir; a file in them that verify no longer writes is stale. */
const GENERATED_DIRS = ['figures', 'claims'];

const USAGE = 'usage: npm run verify -- [--claims DIR] [--out DIR] [--only id,id] [--seed N] [--timeout SECONDS] [--jobs N] [--check]';

export interface VerifyOptions {
  claimsDir: string;
  outDir: string;
  only?: string[];
  seed: number;
  timeoutMs: number;
  jobs?: number;
  check: boolean;
  /** Milliseconds per claim id from earlier runs: the pool starts the longest chain first; updated with this run's. */
  durations?: Map<string, number>;
}

/** The outcome of one verify run: the files it would write and whether the run passes. */
export interface VerifyResult {
  files: Map<string, string>;
  failures: string[];
}

/** Parses verify's command line; throws UsageError with a one-line message on bad usage. */
export function parseVerifyArgs(argv: string[]): VerifyOptions {
  const flags = parseFlags(argv, { claims: 'value', out: 'value', only: 'value', seed: 'value', timeout: 'value', jobs: 'value', check: 'boolean' });
  const integer = (name: string, text: string | undefined, min: number): number | undefined => {
    if (text === undefined) return undefined;
    if (!/^\d+$/.test(text) || Number(text) < min) throw new UsageError(`--${name} must be an integer >= ${min}, got "${text}"`);
    return Number(text);
  };
  const claimsDir = path.resolve(flags.values.claims ?? 'claims');
  if (!fs.existsSync(claimsDir) || !fs.statSync(claimsDir).isDirectory()) throw new UsageError(`--claims: no such directory ${claimsDir}`);
  const only = flags.values.only?.split(',').map((s) => s.trim()).filter(Boolean);
  if (flags.values.only !== undefined && (!only || only.length === 0)) throw new UsageError('--only needs a comma-separated list of claim ids');
  const check = flags.booleans.has('check');
  // A partial run must never replace the committed reports: without --out it gets a directory of its own.
  const outDir = flags.values.out ?? (only && !check ? fs.mkdtempSync(path.join(os.tmpdir(), 'verify-only-')) : 'reports');
  return {
    claimsDir,
    outDir: path.resolve(outDir),
    only,
    seed: integer('seed', flags.values.seed, 0) ?? DEFAULT_SEED,
    timeoutMs: (integer('timeout', flags.values.timeout, 1) ?? 60) * 1000,
    jobs: integer('jobs', flags.values.jobs, 1),
    check,
  };
}

function selected(files: ClaimFile[], only: string[] | undefined): ClaimFile[] {
  if (!only) return files;
  const byId = new Map(files.map((f) => [f.id, f]));
  for (const id of only) if (!byId.has(id)) throw new UsageError(`--only: unknown claim "${id}"`);
  const keep = new Set<string>();
  const add = (id: string): void => {
    if (keep.has(id) || !byId.has(id)) return;
    keep.add(id);
    for (const d of byId.get(id)!.dependsOn) add(d);
  };
  only.forEach(add);
  return files.filter((f) => keep.has(f.id));
}

function versions(): Record<string, string> {
  const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
    dependencies: Record<string, string>;
  };
  return { suite: pkg.version, ...pkg.dependencies };
}

/** Runs the selected claims and returns the report files (relative to the out dir) and the reasons the run fails. */
export async function verify(options: VerifyOptions, log: (line: string) => void = () => {}): Promise<VerifyResult> {
  const files = selected(discoverClaims(options.claimsDir), options.only);
  const order = dependencyOrder(files);
  for (const f of files) for (const p of f.problems) log(p);
  const ctx = { seed: options.seed, precisions: PRECISIONS };
  const runnable = files.filter((f) => f.problems.length === 0);
  let done = 0;
  const runs = await runClaims(
    runnable.map((f) => ({ id: f.id, file: f.file, displayPath: f.displayPath, dependsOn: f.dependsOn })),
    {
      ctx,
      timeoutMs: options.timeoutMs,
      concurrency: options.jobs,
      expectedMs: options.durations,
      onResult: (run, ms) => {
        options.durations?.set(run.id, ms);
        // Progress only: the verdict is the kernel's, reached below once every claim's lemmas are known.
        log(`ran [${++done}/${runnable.length}] ${run.id.padEnd(40)} ${String(ms).padStart(7)} ms`);
      },
    },
  );
  const judged = new Map<string, ClaimRun>();
  for (const f of files) {
    const run: ClaimRun | undefined = runs.get(f.id);
    judged.set(f.id, f.problems.length > 0 || !run ? failedRun(f.id, f.problems.join('; ') || 'not run') : run);
  }
  // The kernel judges here, in this process, with each claim's declared dependencies' statements as its only lemmas.
  const known = new Set(files.map((f) => f.id));
  const dependsOn = new Map(files.map((f) => [f.id, f.dependsOn.filter((d) => known.has(d))]));
  const outcomes = new Map<string, ClaimOutcome>([...judged].map(([id, run]) => [id, run.outcome]));
  const judgements = judgeCatalogue(outcomes, dependsOn, order);
  const proofs: ProofEntry[] = order.flatMap((id) => {
    const run = judged.get(id);
    const judgement = judgements.get(id);
    if (!run || !judgement) return [];
    const entry: ProofEntry = { id, dependsOn: dependsOn.get(id) ?? [], outcome: run.outcome, verdict: judgement.verdict, reasons: judgement.reasons };
    return [entry];
  });
  for (const id of order) {
    const j = judgements.get(id);
    if (j) log(`${(j.verdict + (j.conditions?.length ? '*' : '')).padEnd(13)} ${id}`);
  }
  if ([...judgements.values()].some((j) => j.conditions?.length)) log('(* proved conditionally on a conjecture: see the claim page)');
  const report = buildReport(files, order, runs, judgements, { seed: options.seed, precisions: PRECISIONS, versions: versions() });

  const out = new Map<string, string>();
  for (const [rel, text] of renderPages(report, kernelCode(ROOT))) out.set(rel, text);
  out.set('verdicts.json', reportToJson(report));
  out.set('proofs.json', proofsToJson(options.seed, proofs));
  for (const run of runs.values()) for (const fig of run.figures) out.set(path.join('figures', fig.file), fig.svg);

  const failures: string[] = [];
  for (const c of report.claims) {
    if (c.verdict === 'error') failures.push(`${c.id}: error: ${c.reasons.join('; ')}`);
    else if (!c.expectedMet) failures.push(`${c.id}: expected ${c.expected}, got ${c.verdict}`);
  }
  return { files: out, failures };
}

/** Files under `outDir` that differ from `files` (missing, changed, or stale figures and claim pages). */
export function staleFiles(outDir: string, files: ReadonlyMap<string, string>): string[] {
  const stale: string[] = [];
  for (const [rel, text] of files) {
    const full = path.join(outDir, rel);
    if (!fs.existsSync(full) || fs.readFileSync(full, 'utf8') !== text) stale.push(rel);
  }
  for (const dir of GENERATED_DIRS) {
    const full = path.join(outDir, dir);
    if (!fs.existsSync(full)) continue;
    for (const f of fs.readdirSync(full)) if (!files.has(path.join(dir, f))) stale.push(path.join(dir, f));
  }
  return stale;
}

async function main(): Promise<void> {
  const started = Date.now();
  let options: VerifyOptions;
  let result: VerifyResult;
  try {
    options = parseVerifyArgs(process.argv.slice(2));
    options.durations = loadDurations(durationsFile(options.claimsDir));
    result = await verify(options, (line) => process.stderr.write(`${line}\n`));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`verify: ${e.message}\n${USAGE}\n`);
      process.exit(2);
    }
    throw e;
  }
  let exit = result.failures.length > 0 ? 1 : 0;
  if (options.check) {
    const stale = staleFiles(options.outDir, result.files);
    for (const s of stale) process.stderr.write(`verify --check: ${path.join(path.relative(process.cwd(), options.outDir), s)} differs from what verify writes: run npm run verify and commit\n`);
    if (stale.length > 0) exit = 1;
  } else {
    try {
      saveDurations(durationsFile(options.claimsDir), options.durations!);
    } catch {
      // Only the order of the next run depends on it; an unwritable temporary folder costs nothing else.
    }
    for (const dir of GENERATED_DIRS) {
      fs.mkdirSync(path.join(options.outDir, dir), { recursive: true });
      for (const f of fs.readdirSync(path.join(options.outDir, dir))) {
        if (!result.files.has(path.join(dir, f))) fs.rmSync(path.join(options.outDir, dir, f));
      }
    }
    for (const [rel, text] of result.files) fs.writeFileSync(path.join(options.outDir, rel), text);
    const where = path.relative(process.cwd(), options.outDir) || '.';
    const pages = [...result.files.keys()].filter((k) => k.startsWith('claims/')).length;
    process.stderr.write(`wrote ${path.join(where, 'VERDICTS.md')}, ${pages} claim pages, verdicts.json and proofs.json\n`);
    if (options.only && !process.argv.includes('--out')) process.stdout.write(`verify --only: wrote the partial report to ${options.outDir} (the committed reports are untouched; pass --out DIR to choose)\n`);
  }
  for (const f of result.failures) process.stderr.write(`FAIL ${f}\n`);
  process.stderr.write(`verify: ${result.failures.length === 0 ? 'all claims as expected' : `${result.failures.length} failing`} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  process.exit(exit);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) await main();
