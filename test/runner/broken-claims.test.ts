import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { verify, type VerifyResult } from '../../src/cli/verify.js';

const FIXTURES = path.resolve('test/fixtures/broken-claims');
let result: VerifyResult;
let report: Report;
const claim = (id: string) => report.claims.find((c) => c.id === id)!;

beforeAll(async () => {
  result = await verify({ claimsDir: FIXTURES, outDir: os.tmpdir(), seed: 20160829, timeoutMs: 3000, check: false });
  report = JSON.parse(result.files.get('verdicts.json')!) as Report;
});

describe('a claims folder with broken files beside good ones', () => {
  it('judges the well-formed claims normally', () => {
    expect(claim('good').verdict).toBe('supported');
    expect(claim('rests-on-good').verdict).toBe('supported');
    expect(claim('false-property').verdict).toBe('inconclusive');
  });

  it.each([
    ['syntax-error', /syntax-error\.claim\.ts:9: syntax error/],
    ['throws-on-load', /throws-on-load\.claim\.ts:4: threw while loading: the table of constants is empty/],
    ['check-throws', /check-throws\.claim\.ts:10: certificate threw: RangeError: no prime below the search bound/],
    ['never-resolves', /never-resolves\.claim\.ts: did not finish within the time limit of 3 s/],
    ['loops-forever', /loops-forever\.claim\.ts: did not finish within the time limit of 3 s/],
    ['exits-process', /exits-process\.claim\.ts: the claim's process exited \(code 3\)/],
    ['cycle-a', /dependency cycle/],
    ['cycle-b', /dependency cycle/],
    ['wrong-id', /does not match the file name/],
    ['missing-fields', /missing required field "statement"/],
    ['not-a-claim', /defineClaim/],
  ])('%s comes out error with a precise message', (id, message) => {
    expect(claim(id).verdict).toBe('error');
    expect(claim(id).reasons.join('; ')).toMatch(message);
  });

  it('still writes the whole report and lists every failure', () => {
    expect(result.files.get('VERDICTS.md')).toMatch(/\[loops-forever\]\(claims\/loops-forever\.md\)/);
    expect(result.files.get('claims/loops-forever.md')).toMatch(/💥 \*\*error\*\*/);
    expect(result.failures.length).toBe(report.counts.error + report.claims.filter((c) => c.verdict !== 'error' && !c.expectedMet).length);
    expect(result.failures.some((f) => f.startsWith('loops-forever: error'))).toBe(true);
  });
});

describe('the verify command line', () => {
  const run = promisify(execFile);
  const tsx = path.resolve('node_modules/.bin/tsx');
  const exitCode = async (args: string[]) => {
    try {
      const { stderr } = await run(tsx, ['src/cli/verify.ts', ...args]);
      return { code: 0, stderr };
    } catch (e) {
      const err = e as { code: number; stderr: string };
      return { code: err.code, stderr: err.stderr };
    }
  };

  it('exits 1 when a claim is error and still writes the report', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-'));
    const { code, stderr } = await exitCode(['--claims', FIXTURES, '--out', out, '--timeout', '3', '--only', 'good,throws-on-load']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/supported\s+good/);
    expect(fs.readFileSync(path.join(out, 'VERDICTS.md'), 'utf8')).toMatch(/\[throws-on-load\]\(claims\/throws-on-load\.md\)/);
    expect(fs.readFileSync(path.join(out, 'claims', 'throws-on-load.md'), 'utf8')).toMatch(/💥 \*\*error\*\*/);
  });

  it('exits 0 on a passing selection, and --check fails once the report on disk is stale', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-'));
    expect((await exitCode(['--claims', FIXTURES, '--out', out, '--only', 'rests-on-good'])).code).toBe(0);
    expect((await exitCode(['--claims', FIXTURES, '--out', out, '--only', 'rests-on-good', '--check'])).code).toBe(0);
    fs.appendFileSync(path.join(out, 'VERDICTS.md'), 'tampered\n');
    const stale = await exitCode(['--claims', FIXTURES, '--out', out, '--only', 'rests-on-good', '--check']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/VERDICTS\.md differs/);
  });

  it('--only without --out leaves the reports folder alone and says where it wrote', async () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-cwd-'));
    fs.mkdirSync(path.join(cwd, 'reports', 'figures'), { recursive: true });
    fs.writeFileSync(path.join(cwd, 'reports', 'VERDICTS.md'), 'committed\n');
    fs.writeFileSync(path.join(cwd, 'reports', 'figures', 'kept.svg'), '<svg/>');
    const { stdout } = await run(tsx, [path.resolve('src/cli/verify.ts'), '--claims', FIXTURES, '--only', 'good'], { cwd });
    expect(fs.readFileSync(path.join(cwd, 'reports', 'VERDICTS.md'), 'utf8')).toBe('committed\n');
    expect(fs.existsSync(path.join(cwd, 'reports', 'figures', 'kept.svg'))).toBe(true);
    const where = /wrote the partial report to (\S+)/.exec(stdout)?.[1];
    expect(where, stdout).toBeDefined();
    expect(path.resolve(where!)).not.toBe(path.join(cwd, 'reports'));
    expect(fs.existsSync(path.join(where!, 'claims', 'good.md'))).toBe(true);
  });

  it('exits 2 with a one-line message on bad usage', async () => {
    for (const args of [['--bogus'], ['--seed', 'x'], ['--claims', '/no/such/dir'], ['--claims', FIXTURES, '--only', 'nope']]) {
      const { code, stderr } = await exitCode(args);
      expect(code).toBe(2);
      expect(stderr.split('\n')[0]).toMatch(/^verify: /);
    }
  });
});
