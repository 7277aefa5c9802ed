/**
 * Runs a crosscheck script through PARI/GP (`gp -q -f`, the script on standard input) and reads back one
 * verdict per check; a check GP printed nothing for (GP stopped early) counts as an error.
 */
import { spawnSync } from 'node:child_process';
import type { GpCheck } from './gp-script.js';

/** What GP said about one check. */
export interface GpOutcome {
  index: number;
  status: 'OK' | 'FAIL' | 'SKIP' | 'ERROR' | 'MISSING';
  /** What GP computed (on FAIL / SKIP) or the GP error (on ERROR). */
  detail: string;
}

/** The result of a run: `missing` when the gp executable cannot be started, else the outcomes and GP's version. */
export type GpRun = { status: 'missing'; reason: string } | { status: 'ran'; version: string; outcomes: GpOutcome[]; stderr: string };

/** Runs `script` with the gp executable `gp` (a name on PATH or a path); `checks` says how many lines to expect. */
export function runGp(gp: string, script: string, checks: readonly GpCheck[], timeoutMs = 600_000): GpRun {
  const probe = spawnSync(gp, ['-q', '-f'], { input: 'print(version());\nquit;\n', encoding: 'utf8', timeout: 30_000 });
  if (probe.error !== undefined || probe.status !== 0) {
    return { status: 'missing', reason: probe.error !== undefined ? probe.error.message : `"${gp}" exited with status ${probe.status}` };
  }
  const version = probe.stdout.trim().replace(/^\[|\]$/g, '').replace(/,\s*/g, '.');
  const run = spawnSync(gp, ['-q', '-f'], { input: script, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 28 });
  const seen = new Map<number, GpOutcome>();
  for (const line of (run.stdout ?? '').split('\n')) {
    const m = /^FACT (\d+) (OK|FAIL|SKIP|ERROR)(?: (.*))?$/.exec(line.trim());
    if (m !== null && !seen.has(Number(m[1]))) seen.set(Number(m[1]), { index: Number(m[1]), status: m[2] as GpOutcome['status'], detail: m[3] ?? '' });
  }
  const stderr = `${run.error !== undefined ? `${run.error.message}\n` : ''}${run.stderr ?? ''}`.trim();
  const outcomes = checks.map((_, i) => seen.get(i) ?? { index: i, status: 'MISSING' as const, detail: stderr.split('\n')[0] ?? '' });
  return { status: 'ran', version, outcomes, stderr };
}
