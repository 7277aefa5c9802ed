/**
 * The build step and the compiled commands, on a copy of the package in a temporary folder (src/, the build scripts,
 * package.json and some claim fixtures; node_modules linked), run exactly as the npm scripts run them
 * (`node --import ./scripts/fresh.mjs dist/cli/X.js`): the first command builds dist/, an unchanged src/ is not
 * rebuilt, an edited one is rebuilt before it runs, one that does not compile stops with one line naming it; and
 * compiled verify, whose claim processes run the parent-compiled claims without tsx, keeps `file:line` errors of the
 * .ts sources and its isolation. The tests themselves never need a build: everything else runs the sources.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
let copy: string;
/** The copy's own temporary folder (TMPDIR of every command run here), where verify compiles the claims. */
let tmp: string;

/** Runs `node --import ./scripts/fresh.mjs dist/cli/<cli>.js ...args` in the copy, as `npm run <cli>` does. */
const run = (cli: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', './scripts/fresh.mjs', `dist/cli/${cli}.js`, ...args], {
    cwd: copy,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, TMPDIR: tmp },
  });
const buildLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('build:'));

beforeAll(() => {
  copy = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'build-test-')));
  fs.cpSync(path.join(ROOT, 'src'), path.join(copy, 'src'), { recursive: true });
  for (const f of ['scripts/build.mjs', 'scripts/fresh.mjs', 'package.json']) fs.cpSync(path.join(ROOT, f), path.join(copy, f));
  for (const dir of ['broken-claims', 'hostile']) fs.cpSync(path.join(ROOT, 'test/fixtures', dir), path.join(copy, 'test/fixtures', dir), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
  tmp = path.join(copy, 'tmp');
  fs.mkdirSync(tmp);
});

afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

describe('the build step', () => {
  it('is what npm ci runs (prepare) and what npm run build runs', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.prepare).toBe('node scripts/build.mjs');
    expect(pkg.scripts.build).toBe('node scripts/build.mjs');
    for (const cli of ['verify', 'recheck', 'new-claim', 'analyze', 'bench', 'crosscheck', 'soundness']) {
      expect(pkg.scripts[cli]).toBe(`node --import ./scripts/fresh.mjs dist/cli/${cli}.js`);
      expect(fs.existsSync(path.join(ROOT, 'src', 'cli', `${cli}.ts`))).toBe(true);
    }
  });

  it('builds dist/ on the first command, saying why, and then runs the compiled CLI', () => {
    const r = run('analyze', '--help');
    expect(r.status, r.stderr).toBe(0);
    expect(buildLines(r.stderr)).toEqual([expect.stringMatching(/^build: dist\/ has not been built: rebuilt dist\/ \(\d+ files\)/)]);
    expect(r.stdout).toMatch(/^usage: npm run analyze/);
    expect(fs.existsSync(path.join(copy, 'dist', 'cli', 'analyze.js'))).toBe(true);
  });

  it('does not rebuild an unchanged src/', () => {
    const r = run('analyze', '--data', '1:1/3;2:3/4');
    expect(r.status, r.stderr).toBe(0);
    expect(buildLines(r.stderr)).toEqual([]);
    expect(r.stdout).toMatch(/1 certified stationary point/);
  });

  it('rebuilds an edited src/ before running it, so the edit is what runs', () => {
    const file = path.join(copy, 'src/cli/analyze-args.ts');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('usage: npm run analyze', 'usage (edited): npm run analyze'));
    const r = run('analyze', '--help');
    expect(r.status, r.stderr).toBe(0);
    expect(buildLines(r.stderr)).toEqual([expect.stringMatching(/^build: src\/cli\/analyze-args\.ts changed since the last build: rebuilt/)]);
    expect(r.stdout).toMatch(/^usage \(edited\): npm run analyze/);
  });

  it('stops with one line naming the file and line when src/ does not compile, and keeps the last dist/', () => {
    const file = path.join(copy, 'src/cli/flags.ts');
    const before = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, `${before}\nexport const broken = ;\n`);
    try {
      const r = run('analyze', '--help');
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^build: src\/cli\/flags\.ts changed since the last build, and rebuilding dist\/ failed: src\/cli\/flags\.ts:\d+: Unexpected ";"$/)]);
      expect(fs.existsSync(path.join(copy, 'dist', 'cli', 'analyze.js'))).toBe(true);
      expect(fs.readdirSync(copy).filter((f) => f.startsWith('dist.'))).toEqual([]);
    } finally {
      fs.writeFileSync(file, before);
    }
  });
});

describe('compiled verify: claim processes without tsx', () => {
  let broken: Report;
  let hostile: Report;
  const reasons = (report: Report, id: string) => report.claims.find((c) => c.id === id)!.reasons.join('; ');
  const verdict = (report: Report, id: string) => report.claims.find((c) => c.id === id)!.verdict;

  beforeAll(() => {
    const verify = (dir: string, only: string, ...extra: string[]) => {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'build-test-out-'));
      const r = run('verify', '--claims', path.join(copy, 'test/fixtures', dir), '--only', only, '--out', out, '--timeout', '20', ...extra);
      expect(r.status, r.stderr).toBe(1);
      const report = JSON.parse(fs.readFileSync(path.join(out, 'verdicts.json'), 'utf8')) as Report;
      fs.rmSync(out, { recursive: true, force: true });
      return report;
    };
    broken = verify('broken-claims', 'good,rests-on-good,throws-on-load,check-throws,exits-process');
    hostile = verify('hostile', 'patch-object-prototype,true-after-poison,two-messages,other-id,early-exit', '--jobs', '1');
  }, 120_000);

  it('judges well-formed claims as the sources do', () => {
    expect(verdict(broken, 'good')).toBe('supported');
    expect(verdict(broken, 'rests-on-good')).toBe('supported');
    expect(verdict(hostile, 'true-after-poison')).toBe('proved');
  });

  it('names the line of the .ts source of an error', () => {
    expect(reasons(broken, 'throws-on-load')).toMatch(/throws-on-load\.claim\.ts:4: threw while loading: the table of constants is empty/);
    expect(reasons(broken, 'check-throws')).toMatch(/check-throws\.claim\.ts:10: certificate threw: RangeError: no prime below the search bound/);
    expect(reasons(broken, 'exits-process')).toMatch(/exits-process\.claim\.ts: the claim's process exited \(code 3\)/);
  });

  it('keeps each claim in its own process, judged on its one message', () => {
    expect(verdict(hostile, 'patch-object-prototype')).toBe('inconclusive');
    expect(reasons(hostile, 'two-messages')).toMatch(/sent 2 messages; exactly one result is allowed/);
    expect(reasons(hostile, 'other-id')).toMatch(/message\.id names "true-after-poison"/);
    expect(reasons(hostile, 'early-exit')).toMatch(/exited \(code 0\) before it finished/);
  });

  it('leaves no compiled claim files behind', () => {
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('claims-'))).toEqual([]);
  });
});
