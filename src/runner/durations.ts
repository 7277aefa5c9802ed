/**
 * How long each claim of a claims folder took on the last run that timed it, kept between runs of `npm run verify`
 * in a file of the temporary folder (one per claims folder) so that the pool can start the slowest chain of claims
 * first. It only orders the work: a missing, stale or malformed file means "no history", never a different verdict.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The file that keeps the durations of the claims under `claimsDir` (an absolute path). */
export function durationsFile(claimsDir: string): string {
  const key = createHash('sha256').update(claimsDir).digest('hex').slice(0, 16);
  return path.join(os.tmpdir(), 'sigmoid-verify-durations', `${key}.json`);
}

/** The recorded milliseconds per claim id in `file`; empty when the file is missing or not such a record. */
export function loadDurations(file: string): Map<string, number> {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return new Map();
    return new Map(Object.entries(data).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]) && e[1] >= 0));
  } catch {
    return new Map();
  }
}

/** Writes `durations` to `file` (whole, through a temporary file and a rename, so a reader never sees half of it). */
export function saveDurations(file: string, durations: ReadonlyMap<string, number>): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(Object.fromEntries([...durations].sort(([a], [b]) => a.localeCompare(b))))}\n`);
  fs.renameSync(tmp, file);
}
