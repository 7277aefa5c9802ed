import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnalyzeResult } from '../../src/neuron/analysis.js';

function run(args: string[], timeout = 60_000): { status: number | null; stdout: string; stderr: string; ms: number } {
  const start = Date.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', ...args], {
    encoding: 'utf8',
    cwd: join(import.meta.dirname, '../..'),
    maxBuffer: 1 << 26,
    timeout,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - start };
}

describe('analyze at the extremes: no wrong answer, no hang, no crash', () => {
  const dir = mkdtempSync(join(tmpdir(), 'analyze-extremes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--at 1e17: the gradient enclosure is not [0, 0] (the true gradient is positive, about e^−1e17) and prints in exponent form', () => {
    const { status, stdout } = run(['--data', '1:0.5;2:0.25', '--at', '1e17', '--json']);
    expect(status).toBe(0);
    const r = JSON.parse(stdout) as AnalyzeResult;
    const [lo, hi] = r.at?.gradientEnclosure[0] ?? ['', ''];
    // ∂L/∂w = Σ (s − t) s' x > 0 there: s ≈ 1 > t and s' > 0.
    expect(new Decimal(hi).gt(0)).toBe(true);
    expect(new Decimal(lo).lte(hi)).toBe(true);
    expect(hi.length).toBeLessThan(100);
  });

  it('--at 1e15: finishes with a tight positive enclosure (it ran out of memory printing 4·10^14 zeros)', () => {
    const { status, stdout } = run(['--data', '1:0.5;2:0.25', '--at', '1e15', '--json']);
    expect(status).toBe(0);
    const [lo, hi] = (JSON.parse(stdout) as AnalyzeResult).at?.gradientEnclosure[0] ?? ['', ''];
    // The gradient is about (1 − 1/2)·e^−1e15 = 0.5·10^−434294481903251.83 = 7.4·10^−434294481903253.
    expect(new Decimal(lo).gt(0)).toBe(true);
    expect(new Decimal(lo).e).toBe(-434294481903253);
    expect(new Decimal(hi).e).toBe(-434294481903253);
  });

  it('--box 1e308: the exact count lists only exact points; undecided boxes are apart from certified points', () => {
    const { status, stdout } = run(['--data', '1:0.5;2:0.25', '--box', '1e308', '--max-boxes', '30', '--json']);
    expect(status).toBe(0);
    const r = JSON.parse(stdout) as AnalyzeResult;
    expect(r.complete).toBe(false);
    expect(r.stationaryPoints).toHaveLength(1);
    expect(r.stationaryPoints[0].kind).toBe('minimum');
    expect(r.undecidedBoxes.length).toBeGreaterThan(0);
    const text = run(['--data', '1:0.5;2:0.25', '--box', '1e308', '--max-boxes', '30']).stdout;
    expect(text).toMatch(/all 1 stationary point on the whole real line/);
    expect(text).toMatch(/INCOMPLETE: \d+ box/);
  });

  it('--data "1:0.99999": the minimum at w ≈ 11.51 is reported outside [-10, 10], not in it', () => {
    const { status, stdout } = run(['--data', '1:0.99999']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^0 certified stationary points in \[-10, 10\]\^1:/m);
    expect(stdout).toMatch(/minimum at w = 11\.51\d* \(outside the box\)/);
    expect(stdout).toMatch(/0 in the box, 1 outside it/);
    const r = JSON.parse(run(['--data', '1:0.99999', '--json']).stdout) as AnalyzeResult;
    expect(r.stationaryPoints.map((p) => p.inBox)).toEqual([false]);
  });

  it('a 10^6-digit number in a CSV file and --box 1e-99999: refused in seconds, naming the limit and the flag', () => {
    const file = join(dir, 'huge.csv');
    writeFileSync(file, `x,t\n${'3'.repeat(1_000_000)},1\n`);
    const a = run(['--data-file', file], 20_000);
    expect(a.status).toBe(2);
    expect(a.stderr).toMatch(/line 2: a number of 1000000 characters exceeds the limit of 1000 digits \(raise it with --max-input-digits\)/);
    const b = run(['--data', '1:0.5', '--box', '1e-99999'], 20_000);
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/^analyze: --box: a number with 100000 digits exceeds the limit of 1000 \(raise it with --max-input-digits\)\n$/);
  });

  it('when the exact d = 1 step refuses (degree too large), the box search still runs, exit 0, with the reason', () => {
    const data = Array.from({ length: 40 }, (_, i) => `${30 + i}:${i % 2}`).join(';');
    const { status, stdout } = run(['--data', data, '--box', '1', '--max-boxes', '20']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/certified stationary points? in \[-1, 1\]\^1/);
    expect(stdout).toMatch(/exact analysis \(d = 1\) not available: .*degree \d+ > \d+.*; the box search above stands alone/);
  });
});
