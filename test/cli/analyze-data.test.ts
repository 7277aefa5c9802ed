import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { rat } from '../../src/algebra/rational.js';
import { parseAnalyzeArgs, withBias } from '../../src/cli/analyze-args.js';
import { analyze, type AnalyzeResult } from '../../src/neuron/analysis.js';
import { parseDataCsv } from '../../src/neuron/data.js';
import { adGradient } from '../../src/neuron/evaluate.js';

const root = join(import.meta.dirname, '../..');
const dataFile = (name: string): string => join(root, 'test/data', name);
const read = (path: string): string => readFileSync(path, 'utf8');

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', ...args], { encoding: 'utf8', cwd: root, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function inside([lo, hi]: [string, string], v: Decimal): boolean {
  return new Decimal(lo).lte(v) && v.lte(hi);
}

describe('--bias', () => {
  it('adds an intercept: identity on (0, 1), (1, 3) fits w = 2, b = 1 exactly (without it the minimum is w = 3)', () => {
    const withB = parseAnalyzeArgs(['--data', '0:1;1:3', '--activation', 'identity', '--bias'], read);
    const r = analyze({ problem: withB.problem, box: rat(10), digits: 20, maxBoxes: 1000 });
    expect(r.complete).toBe(true);
    expect(r.stationaryPoints).toHaveLength(1);
    const [p] = r.stationaryPoints;
    expect(p.kind).toBe('minimum');
    expect(inside(p.enclosure[0], new Decimal(2)) && inside(p.enclosure[1], new Decimal(1))).toBe(true);
    const without = parseAnalyzeArgs(['--data', '0:1;1:3', '--activation', 'identity'], read);
    const q = analyze({ problem: without.problem, box: rat(10), digits: 20, maxBoxes: 1000 }).stationaryPoints;
    expect(q).toHaveLength(1);
    expect(inside(q[0].enclosure[0], new Decimal(3))).toBe(true);
  });

  it('appends the constant input 1 last; --at then takes d + 1 values and names the bias when the count is wrong', () => {
    expect(withBias([{ x: [rat(5)], t: rat(1) }])).toEqual([{ x: [rat(5), rat(1)], t: rat(1) }]);
    expect(() => parseAnalyzeArgs(['--data', '1:1', '--bias', '--at', '1'], read)).toThrow(/--at: has 1 coordinates but the data has dimension 2 \(with the bias last\)/);
    expect(() => parseAnalyzeArgs(['--data', '1:1', '--bias=yes'], read)).toThrow(/--bias: takes no value/);
    const { status, stdout } = run(['--data', '1:0.2;2:0.7;3:0.9', '--bias', '--at', '0,0']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/sigmoid\(w·x \+ b\)/);
    expect(stdout).toMatch(/w2, is the bias b/);
  });
});

describe('real data sets under test/data (sklearn CSV, CC BY 4.0)', () => {
  it.each([
    ['iris.csv', 150, 4],
    ['iris-versicolor-virginica.csv', 100, 4],
    ['iris-versicolor-virginica-petals.csv', 100, 2],
    ['breast-cancer.csv', 569, 30],
  ])('%s: %i points in dimension %i; --at 0 gives a gradient enclosure holding the dual-number gradient', (name, n, d) => {
    const points = parseDataCsv(read(dataFile(name)), name);
    expect(points).toHaveLength(n);
    expect(points[0].x).toHaveLength(d);
    const { status, stdout } = run(['--data-file', dataFile(name), '--bias', '--at', Array(d + 1).fill('1/100').join(','), '--digits', '20', '--json']);
    expect(status).toBe(0);
    const r = JSON.parse(stdout) as AnalyzeResult;
    const problem = { activation: 'sigmoid' as const, loss: 'mse' as const, data: withBias(points) };
    const { gradient } = adGradient(problem, Array.from({ length: d + 1 }, () => new Decimal('0.01')), 40);
    gradient.forEach((g, i) => expect(inside(r.at?.gradientEnclosure[i] ?? ['1', '0'], g)).toBe(true));
  });

  it('iris petals with a small budget: honest INCOMPLETE, undecided boxes by loss lower bound, no fake count', () => {
    const { status, stdout } = run(['--data-file', dataFile('iris-versicolor-virginica-petals.csv'), '--max-boxes', '12', '--digits', '12', '--json']);
    expect(status).toBe(0);
    const r = JSON.parse(stdout) as AnalyzeResult;
    expect(r.complete).toBe(false);
    expect(r.undecidedBoxes.length).toBeGreaterThan(0);
    const bounds = r.undecidedBoxes.map((u) => new Decimal(u.lossLowerBound));
    for (let i = 1; i < bounds.length; i++) expect(bounds[i - 1].lte(bounds[i])).toBe(true);
  });

  it('1 feature with integer lengths in mm: the exact step refuses (degree too large) yet the search reports, exit 0', () => {
    const rows = parseDataCsv(read(dataFile('iris-versicolor-virginica-petals.csv')), 'petals').map((p) => `${p.x[0].num * 10n / p.x[0].den}:${p.t.num}`);
    const { status, stdout } = run(['--data', rows.join(';'), '--box', '1', '--max-boxes', '10', '--digits', '12']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/exact analysis \(d = 1\) not available: .*; the box search above stands alone/);
    expect(stdout).toMatch(/search: \d+ of at most 10 boxes/);
  });
});
