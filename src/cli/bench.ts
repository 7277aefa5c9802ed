/**
 * `npm run bench`: times every case exported (as `...BenchCases` arrays) by src/bench/*.bench-cases.ts and writes
 * reports/BENCHMARKS.md: time per operation and, for cases with a baseline, the ratio taken in the same run.
 * Absolute times depend on the machine; the ratios are what the goals are stated in.
 * `npm run bench -- --peers algebra` measures only the exact-algebra rows of the peers table and prints them,
 * leaving reports/BENCHMARKS.md as it is (a partial run never overwrites the committed report).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { peerSection, type PeerRows } from '../bench/peers.js';
import type { BenchCase } from '../bench/types.js';

const BENCH_DIR = fileURLToPath(new URL('../bench/', import.meta.url));
/** A file of bench cases: `.ts` from the sources, `.js` when compiled into dist/. */
const CASES_FILE = /\.bench-cases\.[jt]s$/;
const OUT = fileURLToPath(new URL('../../reports/BENCHMARKS.md', import.meta.url));

/** Microseconds per call of `run`: the median of 5 batches of at least `budgetMs / 5` each, after a warm-up. */
export function timePerOperation(run: () => void, budgetMs = 500): number {
  const until = performance.now() + budgetMs / 10;
  while (performance.now() < until) run();
  const samples: number[] = [];
  for (let batch = 0; batch < 5; batch++) {
    let n = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < budgetMs / 5) {
      run();
      n++;
      elapsed = performance.now() - start;
    }
    samples.push((elapsed * 1000) / n);
  }
  samples.sort((a, b) => a - b);
  return samples[2];
}

async function loadCases(): Promise<{ file: string; cases: BenchCase[] }[]> {
  const files = fs.readdirSync(BENCH_DIR).filter((f) => CASES_FILE.test(f)).sort();
  const groups: { file: string; cases: BenchCase[] }[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(BENCH_DIR, file)).href)) as Record<string, unknown>;
    const cases = Object.entries(mod)
      .filter(([name, value]) => name.endsWith('BenchCases') && Array.isArray(value))
      .flatMap(([, value]) => value as BenchCase[]);
    groups.push({ file, cases });
  }
  return groups;
}

function format(us: number): string {
  return us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(us < 10 ? 2 : 1)} µs`;
}

/** The rows asked for by `--peers <rows>` (null without the flag); exits with a one-line error on a bad value. */
function peersOption(argv: readonly string[]): PeerRows | null {
  const i = argv.indexOf('--peers');
  if (i < 0) {
    const unknown = argv.find((a) => a.startsWith('-'));
    if (unknown !== undefined) fail(`bench: unknown flag ${unknown} (the only flag is --peers algebra|all)`);
    return null;
  }
  const value = argv[i + 1];
  if (value !== 'algebra' && value !== 'all') fail(`bench: --peers takes "algebra" or "all", got ${value === undefined ? 'nothing' : `"${value}"`}`);
  return value;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const only = peersOption(process.argv.slice(2));
  if (only !== null) {
    process.stdout.write(`${peerSection(only).join('\n')}\n`);
    return;
  }
  const groups = await loadCases();
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench`. Each time is the median of five batches after a warm-up, on the machine named below;',
    'ratios are taken within the same run, so they are the figures to compare across machines.',
    '',
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}.`,
    '',
  ];
  for (const { file, cases } of groups) {
    lines.push(`## ${file.replace(CASES_FILE, '')}`, '', '| operation | time per op | baseline | ratio | goal |', '| --- | ---: | --- | ---: | --- |');
    const times = new Map<string, number>();
    for (const c of cases) {
      const us = timePerOperation(c.run);
      times.set(c.name, us);
      process.stderr.write(`${format(us).padStart(12)}  ${c.name}\n`);
    }
    for (const c of cases) {
      const us = times.get(c.name)!;
      const base = c.baseline !== undefined ? times.get(c.baseline) : undefined;
      const ratio = base !== undefined ? us / base : undefined;
      const goal = c.goal !== undefined && ratio !== undefined ? `≤ ${c.goal} ${ratio <= c.goal ? '(met)' : '(**not met**)'}` : '';
      lines.push(`| ${c.name} | ${format(us)} | ${c.baseline ?? ''} | ${ratio !== undefined ? ratio.toFixed(3) : ''} | ${goal} |`);
    }
    lines.push('');
  }
  lines.push(...peerSection());
  fs.writeFileSync(OUT, `${lines.join('\n').trimEnd()}\n`);
  process.stderr.write(`wrote ${path.relative(process.cwd(), OUT)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
