/**
 * Start-up costs, in wall time per process. Every claim runs in a fresh process, so each pays one start of the
 * runner's child entry point (without an IPC channel it exits as soon as it has loaded): compiled from dist/ with the
 * claim hooks, as `npm run verify` runs it, and through tsx as it ran before the build step. The CLI rows time what
 * `npm run analyze` runs (the freshness check, then compiled JavaScript) against the same command through tsx.
 * Baseline: a bare Node start. The compiled rows need dist/ (`npm run build`; `npm run bench` builds it when stale).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchCase } from './types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TINY = ['--data', '1:1/3;2:3/4'];

/** Runs `node ...args` in the package root to completion, output discarded. */
const node = (...args: string[]) => () => {
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
};

export const forkBenchCases: BenchCase[] = [
  { name: 'start bare node', run: node('-e', '') },
  { name: 'start one claim process, compiled (node dist/runner/child.js)', baseline: 'start bare node', run: node('dist/runner/child.js') },
  { name: 'start one claim process through tsx (before the build step)', baseline: 'start bare node', run: node('--import', 'tsx', 'src/runner/child.ts') },
  { name: 'analyze --help, compiled, with the freshness check', baseline: 'start bare node', run: node('--import', './scripts/fresh.mjs', 'dist/cli/analyze.js', '--help') },
  { name: 'analyze --help through tsx', baseline: 'start bare node', run: node('--import', 'tsx', 'src/cli/analyze.ts', '--help') },
  { name: 'analyze of 2 points (d = 1), compiled, with the freshness check', baseline: 'start bare node', run: node('--import', './scripts/fresh.mjs', 'dist/cli/analyze.js', ...TINY) },
  { name: 'analyze of 2 points (d = 1) through tsx', baseline: 'start bare node', run: node('--import', 'tsx', 'src/cli/analyze.ts', ...TINY) },
];
