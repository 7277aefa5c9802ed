/**
 * The cost of isolation: every claim runs in a fresh process, so each pays one start of Node with tsx and the
 * runner's child entry point (without an IPC channel it exits as soon as it has loaded). Baseline: a bare Node start.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchCase } from './types.js';

const CHILD = fileURLToPath(new URL('../runner/child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const forkBenchCases: BenchCase[] = [
  { name: 'start bare node', run: () => execFileSync(process.execPath, ['-e', ''], { cwd: ROOT }) },
  { name: 'start one claim process (node + tsx + runner child)', baseline: 'start bare node', run: () => execFileSync(process.execPath, ['--import', 'tsx', CHILD], { cwd: ROOT }) },
];
