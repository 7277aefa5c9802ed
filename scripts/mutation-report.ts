/**
 * Writes reports/MUTATION.md: the mutation score per folder and per file against the goals (kernel ≥ 85 %, the rest
 * ≥ 75 %), and an appendix listing every mutant left alive (survived or not covered).
 *
 * Its inputs are the per-chunk summaries reports/mutation/<chunk>.summary.json (committed): per file, the counts of
 * mutants by status and the mutants left alive (line, column, mutator, replacement; no source text). Stryker's own
 * JSON report of a chunk (reports/mutation/<chunk>.json, gitignored: it carries every file's source) is turned into
 * that chunk's summary by `--summarize`, which scripts/mutation.mjs runs as soon as the chunk finishes; the fresh
 * summary replaces the chunk's old one, and the other chunks' summaries keep their figures.
 *
 * Usage:
 *   tsx scripts/mutation-report.ts [--out MUTATION.md] [--dir reports/mutation]     MUTATION.md from every summary in dir
 *   tsx scripts/mutation-report.ts [--out MUTATION.md] report.json ...               MUTATION.md from the files named
 *                                                                                    (summaries or Stryker reports)
 *   tsx scripts/mutation-report.ts --summarize CHUNK stryker.json [--dir DIR]        writes DIR/CHUNK.summary.json
 */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A mutant of Stryker's JSON report (the mutation-testing-report schema), the fields read here. */
interface StrykerMutant {
  status: string;
  mutatorName?: string;
  replacement?: string;
  location?: { start: { line: number; column: number } };
}
interface StrykerReport {
  files: Record<string, { mutants: StrykerMutant[] }>;
}

/** A mutant left alive, as a summary keeps it. */
export interface LeftMutant {
  line: number;
  column: number;
  mutator: string;
  replacement: string;
  status: 'Survived' | 'NoCoverage';
}
/** One chunk's results, small enough to commit. */
export interface Summary {
  schema: 'mutation-summary/1';
  chunk: string;
  /** Per mutated file (relative to the repository root): counts by Stryker status, and the mutants left alive. */
  files: Record<string, { counts: Record<string, number>; left: LeftMutant[] }>;
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
/** A replacement longer than this is cut (a summary records where a mutant is and what kind, not the code). */
const MAX_REPLACEMENT = 60;

function fail(message: string): never {
  console.error(`mutation-report: ${message}`);
  process.exit(2);
}

function emptyTally(): Tally {
  return { killed: 0, timeout: 0, survived: 0, noCoverage: 0, errors: 0, ignored: 0 };
}

function count(t: Tally, status: string, k: number): void {
  if (status === 'Killed') t.killed += k;
  else if (status === 'Timeout') t.timeout += k;
  else if (status === 'Survived') t.survived += k;
  else if (status === 'NoCoverage') t.noCoverage += k;
  else if (status === 'Ignored') t.ignored += k;
  else t.errors += k; // CompileError, RuntimeError
}

function score(t: Tally): number {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return valid === 0 ? 100 : (100 * (t.killed + t.timeout)) / valid;
}

function row(name: string, t: Tally, goal?: number): string {
  const s = score(t);
  const verdict = goal === undefined ? '' : s >= goal ? `≥ ${goal} % (met)` : `≥ ${goal} % (**not met**)`;
  return `| ${name} | ${s.toFixed(1)} % | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} | ${t.errors} | ${t.ignored} | ${verdict} |`;
}

/** The folder a mutated file belongs to for scoring: its first two path components (src/kernel, src/numeric, …). */
function folderOf(path: string): string {
  return path.split('/').slice(0, 2).join('/');
}

/** One line of text, cut to MAX_REPLACEMENT characters. */
function compact(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= MAX_REPLACEMENT ? one : `${one.slice(0, MAX_REPLACEMENT - 1)}…`;
}

/** The summary of a Stryker JSON report: counts by status per file, the surviving and uncovered mutants in source order. */
export function summarize(chunk: string, report: StrykerReport, root: string): Summary {
  const files: Summary['files'] = {};
  for (const [file, { mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const path = file.startsWith('/') ? relative(root, file) : file;
    const counts: Record<string, number> = {};
    const left: LeftMutant[] = [];
    for (const m of mutants) {
      counts[m.status] = (counts[m.status] ?? 0) + 1;
      if (m.status === 'Survived' || m.status === 'NoCoverage') {
        left.push({ line: m.location?.start.line ?? 0, column: m.location?.start.column ?? 0, mutator: m.mutatorName ?? '?', replacement: compact(m.replacement ?? ''), status: m.status });
      }
    }
    left.sort((a, b) => a.line - b.line || a.column - b.column || a.mutator.localeCompare(b.mutator) || a.replacement.localeCompare(b.replacement));
    files[path] = { counts: Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b))), left };
  }
  return { schema: 'mutation-summary/1', chunk, files };
}

/** A file read as a summary: a summary as it is, a Stryker report summarised (chunk named after the file). */
function load(input: string, root: string): Summary {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(input, 'utf8'));
  } catch (e) {
    fail(`cannot read ${input}: ${(e as Error).message}`);
  }
  const o = data as Record<string, unknown>;
  if (typeof o !== 'object' || o === null || typeof o.files !== 'object' || o.files === null) fail(`${input} has no "files" object: not a Stryker JSON report or a mutation summary`);
  if (o.schema === 'mutation-summary/1') {
    for (const [file, f] of Object.entries(o.files as Record<string, unknown>)) {
      const entry = f as Summary['files'][string];
      if (typeof entry !== 'object' || entry === null || typeof entry.counts !== 'object' || !Array.isArray(entry.left)) fail(`${input}: the entry for ${file} needs "counts" and "left"`);
    }
    return data as Summary;
  }
  for (const [file, f] of Object.entries(o.files as Record<string, unknown>)) {
    if (typeof f !== 'object' || f === null || !Array.isArray((f as { mutants?: unknown }).mutants)) fail(`${input}: the entry for ${file} has no "mutants" array: not a Stryker JSON report`);
  }
  return summarize(input.replace(/^.*\//, '').replace(/\.json$/, ''), data as StrykerReport, root);
}

/** A summary as JSON with one line per file's counts and one line per mutant left alive (small, readable diffs). */
function serialize(s: Summary): string {
  const files = Object.entries(s.files).map(([file, f]) => {
    const left = f.left.map((m) => `      ${JSON.stringify(m)}`).join(',\n');
    return `    ${JSON.stringify(file)}: {\n      "counts": ${JSON.stringify(f.counts)},\n      "left": [${left === '' ? ']' : `\n${left}\n      ]`}\n    }`;
  });
  return `{\n  "schema": ${JSON.stringify(s.schema)},\n  "chunk": ${JSON.stringify(s.chunk)},\n  "files": {\n${files.join(',\n')}\n  }\n}\n`;
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** MUTATION.md from the summaries (a file in a later summary replaces the same file in an earlier one). */
export function markdown(summaries: readonly Summary[], notes?: string): string {
  const files = new Map<string, { counts: Record<string, number>; left: LeftMutant[]; chunk: string }>();
  for (const s of summaries) for (const [file, f] of Object.entries(s.files)) files.set(file, { ...f, chunk: s.chunk });
  const folders = new Map<string, Tally>();
  const byFile = new Map<string, Tally>();
  for (const [path, { counts }] of files) {
    const folder = folderOf(path);
    const ft = emptyTally();
    const dt = folders.get(folder) ?? emptyTally();
    for (const [status, k] of Object.entries(counts)) {
      count(ft, status, k);
      count(dt, status, k);
    }
    byFile.set(path, ft);
    folders.set(folder, dt);
  }
  const sorted = [...files.keys()].sort((a, b) => a.localeCompare(b));
  const chunks = [...new Set(summaries.map((s) => s.chunk))].sort();
  const header = '| scope | score | killed | timeout | survived | no coverage | errors | ignored | goal |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |';
  const left = sorted.filter((f) => files.get(f)!.left.length > 0);
  const lines = [
    '# Mutation testing',
    '',
    'Written by `npm run mutation` (Stryker 9 with the vitest runner, `stryker.config.json`; the tests run are the in-process',
    'unit tests of `vitest.mutation.config.ts`). A mutant is a small change to the code (an operator, a condition, a',
    'constant); it is *killed* when some test fails. Score = (killed + timeout) / (killed + timeout + survived + no',
    'coverage). *Ignored* mutants are static ones (in code run once when a module loads, such as a table of rules),',
    'left out by `npm run mutation -- --ignore-static` because each would re-run the whole suite; they are not in the',
    'score. Goals: the trusted kernel at least 85 %, the other folders at least 75 %. A folder missing below was not',
    'run. Each chunk of `scripts/mutation.mjs` keeps its results in `reports/mutation/<chunk>.summary.json` (committed),',
    'so running one chunk again replaces that chunk\'s figures and keeps the others\'.',
    '',
    `Chunks measured: ${chunks.map((c) => `\`${c}\``).join(', ')}.`,
    '',
    '## By folder',
    '',
    header,
    ...[...folders.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([f, t]) => row(`\`${f}\``, t, GOALS[f] ?? DEFAULT_GOAL)),
    '',
    '## By file',
    '',
    header,
    ...sorted.map((f) => row(`\`${f}\``, byFile.get(f)!)),
    '',
  ];
  if (notes !== undefined) lines.push(notes.trimEnd(), '');
  lines.push('## Survivors', '');
  if (left.length === 0) lines.push('No mutant survived and every mutant was covered.', '');
  else {
    lines.push(
      'Every mutant still alive, by file: where it is (line:column), the mutator and its replacement (cut to',
      `${MAX_REPLACEMENT} characters), and whether a test ran it and passed (survived) or no test ran it (no coverage).`,
      '',
    );
    for (const f of left) {
      const entry = files.get(f)!;
      const survived = entry.left.filter((m) => m.status === 'Survived').length;
      const uncovered = entry.left.length - survived;
      lines.push(`<details><summary><code>${f}</code>: ${survived} survived, ${uncovered} not covered (chunk <code>${entry.chunk}</code>)</summary>`, '');
      lines.push('| at | mutator | replacement | status |', '| --- | --- | --- | --- |');
      for (const m of entry.left) {
        const replacement = m.replacement.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, "'");
        lines.push(`| ${m.line}:${m.column} | ${m.mutator} | ${replacement === '' ? '(empty)' : `\`${replacement}\``} | ${m.status === 'Survived' ? 'survived' : 'no coverage'} |`);
      }
      lines.push('', '</details>', '');
    }
  }
  return lines.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name);
    if (at < 0) return undefined;
    const value = args[at + 1];
    if (value === undefined || value.startsWith('--')) fail(`${name} needs a value`);
    args.splice(at, 2);
    return value;
  };
  const root = process.cwd();
  const dir = option('--dir') ?? 'reports/mutation';
  const chunk = option('--summarize');
  if (chunk !== undefined) {
    if (!/^[a-z0-9-]+$/.test(chunk)) fail(`--summarize: "${chunk}" is not a chunk name (lower-case letters, digits, hyphens)`);
    if (args.length !== 1) fail('--summarize CHUNK needs exactly one Stryker JSON report');
    const summary = load(args[0], root);
    const out = join(dir, `${chunk}.summary.json`);
    writeAtomic(out, serialize({ ...summary, chunk }));
    console.log(`mutation-report: wrote ${out} (${Object.keys(summary.files).length} files)`);
    return;
  }
  const output = option('--out') ?? 'reports/MUTATION.md';
  const inputs = args.length > 0 ? args : existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.summary.json')).sort().map((f) => join(dir, f)) : [];
  if (inputs.length === 0) fail(`no mutation summary in ${dir} (run npm run mutation first)`);
  const summaries = inputs.map((input) => load(input, root));
  // Hand-written notes (equivalent mutants and the like) kept beside the summaries go in before the appendix.
  const notes = join(dir, 'NOTES.md');
  writeAtomic(output, markdown(summaries, existsSync(notes) ? readFileSync(notes, 'utf8') : undefined));
  const fileCount = new Set(summaries.flatMap((s) => Object.keys(s.files))).size;
  console.log(`mutation-report: wrote ${output} (${fileCount} files, from ${inputs.length} summar${inputs.length === 1 ? 'y' : 'ies'})`);
}

main();
