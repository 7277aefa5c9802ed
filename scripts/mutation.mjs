// npm run mutation [-- chunk ...]: Stryker over the mutated folders one chunk at a time (each chunk's JSON report is
// kept as reports/mutation/<chunk>.json as soon as it finishes, so a long run that is stopped keeps what it measured),
// then reports/MUTATION.md from every chunk report present. Chunks: the names below, or all of them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';

const CHUNKS = {
  // The files that decide a verdict: proof replay, verdict rules, the catalogue, digits of agreement, sampling.
  'kernel-judge': ['proof', 'verdict', 'catalogue', 'agreement', 'sampling'].map((f) => `src/kernel/${f}.ts`).join(','),
  'kernel-forms': ['proposition', 'print-prop', 'print-generic', 'rules', 'checkers', 'evidence', 'generic-poly', 'interval-expr', 'mpoly', 'types'].map((f) => `src/kernel/${f}.ts`).join(','),
  'kernel-checkers': 'src/kernel/checkers/**/*.ts',
  'kernel-rules': 'src/kernel/rules/**/*.ts',
  numeric: 'src/numeric/**/*.ts',
  algebra: 'src/algebra/**/*.ts',
  symbolic: 'src/symbolic/**/*.ts',
};
const asked = process.argv.slice(2);
for (const name of asked) {
  if (!(name in CHUNKS)) {
    console.error(`mutation: unknown chunk "${name}" (chunks: ${Object.keys(CHUNKS).join(', ')})`);
    process.exit(2);
  }
}
mkdirSync('reports/mutation', { recursive: true });
for (const name of asked.length > 0 ? asked : Object.keys(CHUNKS)) {
  console.error(`mutation: chunk ${name} (${CHUNKS[name]})`);
  execFileSync('npx', ['stryker', 'run', '--mutate', CHUNKS[name]], { stdio: 'inherit' });
  if (existsSync('reports/mutation/mutation.json')) renameSync('reports/mutation/mutation.json', `reports/mutation/${name}.json`);
}
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/mutation-report.ts'], { stdio: 'inherit' });
