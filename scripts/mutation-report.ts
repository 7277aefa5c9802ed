/**
 * Writes reports/MUTATION.md from Stryker's JSON reports (the mutation-testing-report schema; by default every
 * reports/mutation/*.json, one per chunk that ran): the mutation score per folder and per file, against the goals
 * (kernel ≥ 85 %, the rest ≥ 75 %). Usage: tsx scripts/mutation-report.ts [report.json ...] [--out MUTATION.md]
 */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

interface Mutant {
  status: string;
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

/** Counts of one set of mutants by outcome, Stryker's way: score = (killed + timeout) / (all − ignored − errors). */
interface Tally {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  errors: number;
  ignored: number;
}

const GOALS: Record<string, number> = { 'src/kernel': 85 };
const DEFAULT_GOAL = 75;

function emptyTally(): Tally {
  return { killed: 0, timeout: 0, survived: 0, noCoverage: 0, errors: 0, ignored: 0 };
}

function count(t: Tally, status: string): void {
  if (status === 'Killed') t.killed++;
  else if (status === 'Timeout') t.timeout++;
  else if (status === 'Survived') t.survived++;
  else if (status === 'NoCoverage') t.noCoverage++;
  else if (status === 'Ignored') t.ignored++;
  else t.errors++; // CompileError, RuntimeError
}

function score(t: Tally): number {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return valid === 0 ? 100 : (100 * (t.killed + t.timeout)) / valid;
}

function row(name: string, t: Tally, goal?: number): string {
  const s = score(t);
  const verdict = goal === undefined ? '' : s >= goal ? `≥ ${goal} % (met)` : `≥ ${goal} % (**not met**)`;
  return `| ${name} | ${s.toFixed(1)} % | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} | ${t.errors} | ${verdict} |`;
}

/** The folder a mutated file belongs to for scoring: its first two path components (src/kernel, src/numeric, …). */
function folderOf(path: string): string {
  return path.split('/').slice(0, 2).join('/');
}

function main(): void {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const output = outAt >= 0 ? args[outAt + 1] : 'reports/MUTATION.md';
  if (outAt >= 0 && output === undefined) {
    console.error('mutation-report: --out needs a file name');
    process.exit(2);
  }
  const named = args.filter((_, i) => i !== outAt && i !== outAt + 1);
  const dir = 'reports/mutation';
  const inputs = named.length > 0 ? named : existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)) : [];
  if (inputs.length === 0) {
    console.error(`mutation-report: no Stryker report in ${dir} (run npm run mutation first)`);
    process.exit(2);
  }
  const files: Report['files'] = {};
  for (const input of inputs) {
    let report: Report;
    try {
      report = JSON.parse(readFileSync(input, 'utf8')) as Report;
    } catch (e) {
      console.error(`mutation-report: cannot read ${input}: ${(e as Error).message}`);
      process.exit(2);
    }
    if (typeof report.files !== 'object' || report.files === null) {
      console.error(`mutation-report: ${input} has no "files" object: not a Stryker JSON report`);
      process.exit(2);
    }
    Object.assign(files, report.files);
  }
  const report: Report = { files };
  const root = process.cwd();
  const folders = new Map<string, Tally>();
  const byFile = new Map<string, Tally>();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const path = file.startsWith('/') ? relative(root, file) : file;
    const folder = folderOf(path);
    const ft = byFile.get(path) ?? emptyTally();
    const dt = folders.get(folder) ?? emptyTally();
    for (const m of mutants) {
      count(ft, m.status);
      count(dt, m.status);
    }
    byFile.set(path, ft);
    folders.set(folder, dt);
  }
  const header = '| scope | score | killed | timeout | survived | no coverage | errors | goal |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |';
  const lines = [
    '# Mutation testing',
    '',
    'Written by `npm run mutation` (Stryker 9 with the vitest runner, `stryker.config.json`; the tests run are the in-process',
    'unit tests of `vitest.mutation.config.ts`). A mutant is a small change to the code (an operator, a condition, a',
    'constant); it is *killed* when some test fails. Score = (killed + timeout) / (killed + timeout + survived + no',
    'coverage). Goals: the trusted kernel at least 85 %, the other folders at least 75 %. A folder missing below was not',
    'run (each chunk of `scripts/mutation.mjs` writes its own report; a stopped run keeps the chunks that finished).',
    '',
    '## By folder',
    '',
    header,
    ...[...folders.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([f, t]) => row(`\`${f}\``, t, GOALS[f] ?? DEFAULT_GOAL)),
    '',
    '## By file',
    '',
    header,
    ...[...byFile.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([f, t]) => row(`\`${f}\``, t)),
    '',
  ];
  const tmp = `${output}.tmp`;
  writeFileSync(tmp, lines.join('\n'));
  renameSync(tmp, output);
  console.log(`mutation-report: wrote ${output} (${byFile.size} files in ${folders.size} folders, from ${inputs.length} report(s))`);
}

main();
