// npm run mutation [-- chunk ...] [-- --incremental] [-- --ignore-static]: Stryker over the mutated folders one chunk at a time. Each chunk's
// JSON report is kept as reports/mutation/<chunk>.json (gitignored: it holds the sources) as soon as it finishes and
// summarised at once into reports/mutation/<chunk>.summary.json (committed), so a long run that is stopped keeps what
// it measured; then reports/MUTATION.md is written from every chunk summary present, so running one chunk replaces
// its own figures and keeps the other chunks'. Chunks: the names below, or all of them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';

const CHUNKS = {
  // The files that decide a verdict: proof replay, verdict rules, the catalogue, digits of agreement, sampling.
  'kernel-judge': ['proof', 'verdict', 'catalogue', 'agreement', 'sampling'].map((f) => `src/kernel/${f}.ts`).join(','),
  'kernel-forms': ['proposition', 'print-prop', 'print-generic', 'rules', 'checkers', 'evidence', 'generic-poly', 'interval-expr', 'mpoly', 'types', 'univariate'].map((f) => `src/kernel/${f}.ts`).join(','),
  'kernel-checkers': 'src/kernel/checkers/**/*.ts',
  'kernel-rules': 'src/kernel/rules/**/*.ts',
  numeric: 'src/numeric/**/*.ts',
  algebra: 'src/algebra/**/*.ts',
  symbolic: 'src/symbolic/**/*.ts',
};
// --incremental: Stryker's incremental mode, one file per chunk (reports/mutation/<chunk>.incremental.json, gitignored):
// a re-run re-tests only the mutants whose code or covering tests changed since that chunk's last incremental run.
const incremental = process.argv.includes('--incremental');
// --ignore-static: leave out static mutants (code run when a module loads; each re-runs every test, 86 % of
// kernel-forms' time); they are counted as ignored in MUTATION.md, outside the score.
const ignoreStatic = process.argv.includes('--ignore-static');
const asked = process.argv.slice(2).filter((a) => a !== '--incremental' && a !== '--ignore-static');
for (const name of asked) {
  if (!(name in CHUNKS)) {
    console.error(`mutation: unknown chunk "${name}" (chunks: ${Object.keys(CHUNKS).join(', ')})`);
    process.exit(2);
  }
}
mkdirSync('reports/mutation', { recursive: true });
for (const name of asked.length > 0 ? asked : Object.keys(CHUNKS)) {
  console.error(`mutation: chunk ${name} (${CHUNKS[name]})`);
  const extra = incremental ? ['--incremental', '--incrementalFile', `reports/mutation/${name}.incremental.json`] : [];
  if (ignoreStatic) extra.push('--ignoreStatic');
  execFileSync('npx', ['stryker', 'run', '--mutate', CHUNKS[name], ...extra], { stdio: 'inherit' });
  if (existsSync('reports/mutation/mutation.json')) {
    renameSync('reports/mutation/mutation.json', `reports/mutation/${name}.json`);
    // The committed summary of this chunk (counts and survivors, no source), replacing its previous one.
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/mutation-report.ts', '--summarize', name, `reports/mutation/${name}.json`], { stdio: 'inherit' });
  }
}
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/mutation-report.ts'], { stdio: 'inherit' });
