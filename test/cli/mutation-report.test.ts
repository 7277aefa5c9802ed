import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/mutation-report.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('scripts/mutation-report.ts', () => {
  it('scores folders the way Stryker does and marks goals met or not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mutation-report-'));
    const statuses = (s: Record<string, number>) => Object.entries(s).flatMap(([status, k]) => Array.from({ length: k }, () => ({ status })));
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
    // kernel: (8 + 1) detected of 11 valid = 81.8 % < 85 %; numeric: 3 of 4 = 75 % meets 75 %.
    expect(md).toContain('| `src/kernel` | 81.8 % | 8 | 1 | 1 | 1 | 5 | ≥ 85 % (**not met**) |');
    expect(md).toContain('| `src/numeric` | 75.0 % | 3 | 0 | 1 | 0 | 0 | ≥ 75 % (met) |');
    expect(md).toContain('| `src/kernel/b.ts` | 50.0 % |');
  });
  it('refuses a file that is not a Stryker report, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mutation-report-'));
    writeFileSync(join(dir, 'bad.json'), '{"nofiles": 1}');
    expect(() => run([join(dir, 'bad.json'), '--out', join(dir, 'M.md')])).toThrow(/bad\.json has no "files" object/);
  });
});
