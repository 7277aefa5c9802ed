import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/mutation-report.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const statuses = (s: Record<string, number>) => Object.entries(s).flatMap(([status, k]) => Array.from({ length: k }, () => ({ status })));
/** A Stryker JSON report (the fields Stryker writes that matter here, with the source the summary must not keep). */
const stryker = (files: Record<string, { status: string; line?: number; mutatorName?: string; replacement?: string }[]>) => ({
  schemaVersion: '2',
  files: Object.fromEntries(
    Object.entries(files).map(([f, ms]) => [
      f,
      {
        language: 'typescript',
        source: 'const SECRET_SOURCE_TEXT = 1;\n',
        mutants: ms.map((m, i) => ({ id: String(i), status: m.status, mutatorName: m.mutatorName ?? 'ConditionalExpression', replacement: m.replacement ?? 'true', location: { start: { line: m.line ?? 1, column: 3 }, end: { line: m.line ?? 1, column: 9 } } })),
      },
    ]),
  ),
});

describe('scripts/mutation-report.ts', () => {
  it('scores folders the way Stryker does and marks goals met or not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mutation-report-'));
    writeFileSync(
      join(dir, 'm.json'),
      JSON.stringify({
        files: {
          'src/kernel/a.ts': { mutants: statuses({ Killed: 8, Survived: 1, CompileError: 5 }) },
          'src/kernel/b.ts': { mutants: statuses({ Timeout: 1, NoCoverage: 1 }) },
          'src/numeric/c.ts': { mutants: statuses({ Killed: 3, Survived: 1, Ignored: 2 }) },
        },
      }),
    );
    run([join(dir, 'm.json'), '--out', join(dir, 'M.md')]);
    const md = readFileSync(join(dir, 'M.md'), 'utf8');
    // kernel: (8 + 1) detected of 11 valid = 81.8 % < 85 %; numeric: 3 of 4 = 75 % meets 75 %, its 2 ignored
    // (static) mutants shown but outside the score.
    expect(md).toContain('| `src/kernel` | 81.8 % | 8 | 1 | 1 | 1 | 5 | 0 | ≥ 85 % (**not met**) |');
    expect(md).toContain('| `src/numeric` | 75.0 % | 3 | 0 | 1 | 0 | 0 | 2 | ≥ 75 % (met) |');
    expect(md).toContain('| `src/kernel/b.ts` | 50.0 % |');
  });
  it('refuses a file that is not a Stryker report, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mutation-report-'));
    writeFileSync(join(dir, 'bad.json'), '{"nofiles": 1}');
    expect(() => run([join(dir, 'bad.json'), '--out', join(dir, 'M.md')])).toThrow(/bad\.json has no "files" object/);
    writeFileSync(join(dir, 'bad2.json'), '{"files": {"src/a.ts": {"nomutants": []}}}');
    expect(() => run([join(dir, 'bad2.json'), '--out', join(dir, 'M.md')])).toThrow(/bad2\.json: the entry for src\/a\.ts has no "mutants" array/);
  });
  it('summarises a chunk without its source: counts by status and every survivor or uncovered mutant with its place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mutation-report-'));
    const long = `x${'y'.repeat(200)}`;
    writeFileSync(
      join(dir, 'k.json'),
      JSON.stringify(stryker({ 'src/kernel/a.ts': [{ status: 'Killed' }, { status: 'Survived', line: 7, mutatorName: 'EqualityOperator', replacement: 'a <= b' }, { status: 'NoCoverage', line: 2, replacement: long }, { status: 'Timeout' }] })),
    );
    run(['--summarize', 'kernel-x', join(dir, 'k.json'), '--dir', dir]);
    const text = readFileSync(join(dir, 'kernel-x.summary.json'), 'utf8');
    expect(text).not.toContain('SECRET_SOURCE_TEXT');
    const summary = JSON.parse(text);
    expect(summary.chunk).toBe('kernel-x');
    expect(summary.files['src/kernel/a.ts'].counts).toEqual({ Killed: 1, NoCoverage: 1, Survived: 1, Timeout: 1 });
    // In source order; a long replacement is cut so that no block of code is copied.
    const left = summary.files['src/kernel/a.ts'].left;
    expect(left.map((m: { line: number; status: string }) => [m.line, m.status])).toEqual([
      [2, 'NoCoverage'],
      [7, 'Survived'],
    ]);
    expect(left[1]).toEqual({ line: 7, column: 3, mutator: 'EqualityOperator', replacement: 'a <= b', status: 'Survived' });
    expect(left[0].replacement.length).toBeLessThanOrEqual(60);
    expect(() => run(['--summarize', '../evil', join(dir, 'k.json'), '--dir', dir])).toThrow(/not a chunk name/);
  });
  it('builds MUTATION.md from every chunk summary: a fresh run of one chunk replaces its figures and keeps the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mutation-report-'));
    const md = () => {
      run(['--dir', dir, '--out', join(dir, 'M.md')]);
      return readFileSync(join(dir, 'M.md'), 'utf8');
    };
    expect(() => md()).toThrow(/no mutation summary/);
    writeFileSync(join(dir, 'one.json'), JSON.stringify(stryker({ 'src/kernel/a.ts': [{ status: 'Killed' }, { status: 'Survived', line: 4, replacement: 'a | b' }] })));
    writeFileSync(join(dir, 'two.json'), JSON.stringify(stryker({ 'src/algebra/b.ts': [{ status: 'Killed' }, { status: 'Killed' }, { status: 'NoCoverage', line: 9 }] })));
    run(['--summarize', 'one', join(dir, 'one.json'), '--dir', dir]);
    run(['--summarize', 'two', join(dir, 'two.json'), '--dir', dir]);
    let out = md();
    expect(out).toContain('| `src/kernel/a.ts` | 50.0 % | 1 | 0 | 1 | 0 | 0 | 0 |  |');
    expect(out).toContain('| `src/algebra/b.ts` | 66.7 % | 2 | 0 | 0 | 1 | 0 | 0 |  |');
    expect(out).toContain('Chunks measured: `one`, `two`.');
    // The survivors appendix names each live mutant (a | in a replacement is escaped for the table).
    expect(out).toContain('<code>src/kernel/a.ts</code>: 1 survived, 0 not covered (chunk <code>one</code>)');
    expect(out).toContain('| 4:3 | ConditionalExpression | `a \\| b` | survived |');
    expect(out).toContain('| 9:3 | ConditionalExpression | `true` | no coverage |');
    // Chunk one again, now all killed: its file's figures change, chunk two's stay.
    writeFileSync(join(dir, 'one.json'), JSON.stringify(stryker({ 'src/kernel/a.ts': [{ status: 'Killed' }, { status: 'Killed' }] })));
    run(['--summarize', 'one', join(dir, 'one.json'), '--dir', dir]);
    writeFileSync(join(dir, 'NOTES.md'), '## Notes\n\nEquivalent: none.\n');
    out = md();
    expect(out).toContain('| `src/kernel/a.ts` | 100.0 % | 2 | 0 | 0 | 0 | 0 | 0 |  |');
    expect(out).toContain('| `src/algebra/b.ts` | 66.7 % | 2 | 0 | 0 | 1 | 0 | 0 |  |');
    expect(out).not.toContain('<code>src/kernel/a.ts</code>');
    expect(out).toContain('## Notes\n\nEquivalent: none.');
    expect(out.indexOf('## Notes')).toBeLessThan(out.indexOf('## Survivors'));
  });
});
