/**
 * `npm run recheck [-- FILE]` (default reports/proofs.json): re-judges the recorded proofs with the kernel alone — no
 * claim file is loaded and no claim code runs. Exit 0 with a one-line summary when every verdict re-checks; exit 1
 * with one line per mismatch when any differs or the file is malformed; exit 2 on bad usage or an unreadable file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { recheckProofs } from '../report/proofs.js';

function main(): void {
  const args = process.argv.slice(2);
  if (args.length > 1 || args.some((a) => a.startsWith('-'))) {
    process.stderr.write(`recheck: expected at most one argument, a proofs file, got ${JSON.stringify(args.join(' '))}\nusage: npm run recheck [-- FILE]\n`);
    process.exit(2);
  }
  const file = path.resolve(args[0] ?? 'reports/proofs.json');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`recheck: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    process.exit(2);
  }
  const result = recheckProofs(text, path.relative(process.cwd(), file) || file);
  for (const p of result.problems) process.stderr.write(`${p}\n`);
  (result.problems.length === 0 ? process.stdout : process.stderr).write(`${result.summary}\n`);
  process.exit(result.problems.length === 0 ? 0 : 1);
}

main();
