/**
 * `npm run crosscheck [-- FILE] [--write SCRIPT] [--gp PATH]`: a second opinion from PARI/GP on the exact-algebra
 * facts the proofs rest on. Reads FILE (default reports/proofs.json, or reports/verdicts.json while that does not
 * exist), collects every algebra certificate, writes them as a GP script (to SCRIPT with --write) and runs it when
 * gp is installed. Exit 0 when GP agrees with every fact or gp is not installed (said so), 1 on any disagreement
 * or GP error, 2 on bad usage or an unreadable file. Not a source of verdicts: a reader's confirmation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CertificateError, collectAlgebraFacts } from '../crosscheck/collect.js';
import { gpChecks, gpScript } from '../crosscheck/gp-script.js';
import { runGp } from '../crosscheck/run-gp.js';
import { parseFlags, UsageError } from './flags.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const USAGE = 'usage: npm run crosscheck -- [FILE] [--write SCRIPT.gp] [--gp PATH]';

/** What one crosscheck run printed and its exit code. */
export interface CrosscheckResult {
  code: 0 | 1 | 2;
  lines: string[];
}

function defaultFile(): string {
  const proofs = path.join(ROOT, 'reports', 'proofs.json');
  return fs.existsSync(proofs) ? proofs : path.join(ROOT, 'reports', 'verdicts.json');
}

/** Runs the crosscheck for the command line `argv` (without node and script); never exits the process. */
export function crosscheck(argv: readonly string[]): CrosscheckResult {
  let file: string;
  let write: string | undefined;
  let gp: string;
  try {
    const flags = parseFlags(argv, { write: 'value', gp: 'value', help: 'boolean' });
    if (flags.booleans.has('help')) return { code: 0, lines: [USAGE] };
    if (flags.positionals.length > 1) throw new UsageError(`expected at most one FILE, got ${flags.positionals.length}`);
    file = flags.positionals[0] ?? defaultFile();
    write = flags.values.write;
    gp = flags.values.gp ?? process.env.CROSSCHECK_GP ?? 'gp';
  } catch (e) {
    if (e instanceof UsageError) return { code: 2, lines: [`crosscheck: ${e.message}`, USAGE] };
    throw e;
  }
  let document: unknown;
  try {
    document = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return { code: 2, lines: [`crosscheck: ${file}: ${e instanceof SyntaxError ? `not JSON (${e.message})` : (e as Error).message}`] };
  }
  let checks;
  try {
    checks = gpChecks(collectAlgebraFacts(document));
  } catch (e) {
    if (e instanceof CertificateError) return { code: 2, lines: [`crosscheck: ${file}: ${e.message}`] };
    throw e;
  }
  const script = gpScript(checks);
  const lines = [`crosscheck: ${checks.length} exact-algebra facts from ${path.relative(process.cwd(), file) || file}`];
  if (write !== undefined) {
    fs.writeFileSync(write, script);
    lines.push(`crosscheck: wrote the PARI/GP script to ${write}`);
  }
  const run = runGp(gp, script, checks);
  if (run.status === 'missing') {
    lines.push(`crosscheck: gp (PARI/GP) is not installed (${run.reason}): nothing was crosschecked; install the Debian package pari-gp (and pari-galdata for degrees 8 to 11)`);
    return { code: 0, lines };
  }
  const bad = run.outcomes.filter((o) => o.status === 'FAIL' || o.status === 'ERROR' || o.status === 'MISSING');
  const skipped = run.outcomes.filter((o) => o.status === 'SKIP');
  for (const o of bad) {
    const c = checks[o.index];
    const what = o.status === 'FAIL' ? `PARI/GP disagrees: it finds ${o.detail}` : o.status === 'ERROR' ? `PARI/GP error ${o.detail}` : `PARI/GP gave no answer${o.detail ? ` (${o.detail})` : ''}`;
    lines.push(`DISAGREEMENT [${c.where}] ${c.statement}: ${what}`);
  }
  for (const o of skipped) lines.push(`skipped [${checks[o.index].where}] ${checks[o.index].statement}: ${o.detail}`);
  const agreed = run.outcomes.length - bad.length - skipped.length;
  lines.push(`crosscheck: PARI/GP ${run.version} agrees with ${agreed} of ${checks.length} facts${skipped.length ? `, ${skipped.length} skipped` : ''}${bad.length ? `, ${bad.length} disagreement${bad.length === 1 ? '' : 's'}` : ''}`);
  return { code: bad.length > 0 ? 1 : 0, lines };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = crosscheck(process.argv.slice(2));
  for (const line of result.lines) (result.code === 2 ? process.stderr : process.stdout).write(`${line}\n`);
  process.exitCode = result.code;
}
