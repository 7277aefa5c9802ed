import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRational, rat } from '../../src/algebra/rational.js';
import { parseAnalyzeArgs } from '../../src/cli/analyze-args.js';
import { analyze, defaultMaxBoxes, type AnalyzeResult } from '../../src/neuron/analysis.js';
import { InputError } from '../../src/neuron/data.js';
import { adGradient } from '../../src/neuron/evaluate.js';
import { decimalContext } from '../../src/numeric/context.js';
import { newton } from '../../src/numeric/iteration.js';

const EXAMPLE = '1,0:1/3;0,1:3/4;1,1:1/2;1,-1:2/5';
const noFile = (path: string): string => {
  throw new Error(`ENOENT ${path}`);
};

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', ...args], {
    encoding: 'utf8',
    cwd: join(import.meta.dirname, '../..'),
    maxBuffer: 1 << 30,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function inside([lo, hi]: [string, string], v: string | Decimal): boolean {
  return new Decimal(lo).lte(v) && new Decimal(v).lte(hi);
}

describe('analyze arguments', () => {
  it('defaults, --flag=value, fractions and decimals', () => {
    const r = parseAnalyzeArgs(['--data=1,0:1/3;0.5,2:1', '--at', '-3/4,0.25', '--json'], noFile);
    expect(r.problem.activation).toBe('sigmoid');
    expect(r.problem.loss).toBe('mse');
    expect(r.box).toEqual(rat(10));
    expect(r.digits).toBe(30);
    expect(r.maxBoxes).toBe(defaultMaxBoxes(2));
    expect(r.at).toEqual([rat(-3, 4), rat(1, 4)]);
    expect(r.json).toBe(true);
  });

  it.each([
    [['--data', '1:1', '--frobnicate'], /^--frobnicate: unknown flag/],
    [['--data', '1:1', 'stray'], /unexpected argument "stray"/],
    [['--data'], /^--data: missing value/],
    [['--data', '1:1', '--data', '2:2'], /^--data: given twice/],
    [['--data', '1:1', '--activation', 'softsign'], /^--activation: unknown activation "softsign"/],
    [['--data', '1:1', '--loss', 'hinge'], /^--loss: unknown loss "hinge"/],
    [['--data', '1:1', '--activation', 'tanh', '--loss', 'xent'], /^--loss: xent .* needs --activation sigmoid/],
    [['--data', '1:2', '--loss', 'xent'], /^--loss: xent needs targets in \[0, 1\], point 1/],
    [['--data', '1:1', '--data-file', 'f.csv'], /give only one/],
    [[], /^no data/],
    [['--data', '1,2:1;3:1'], /^--data: point 2 .*mixed arity/],
    [['--data', '1,z:1'], /^--data: point 1 .*"z" is not a number/],
    [['--data', ';'], /^--data: no data points/],
    [['--data', '1:1', '--box', '0'], /^--box: must be positive/],
    [['--data', '1:1', '--box', 'ten'], /^--box: "ten" is not a number/],
    [['--data', '1:1', '--digits', '2.5'], /^--digits: expected an integer/],
    [['--data', '1:1', '--max-boxes', '0'], /^--max-boxes: expected an integer/],
    [['--data', '1,0:1', '--at', '1'], /^--at: has 1 coordinates but the data has dimension 2/],
    [['--data', '1:1', '--at', '1/0'], /^--at: .*zero denominator/],
    [['--data-file', 'missing.csv'], /^--data-file missing.csv: cannot read/],
  ])('%j is rejected with one line naming the flag', (argv, message) => {
    expect(() => parseAnalyzeArgs(argv, noFile)).toThrow(InputError);
    expect(() => parseAnalyzeArgs(argv, noFile)).toThrow(message);
  });

  it('names the file and line of bad CSV data', () => {
    const read = () => 'x,t\n1,1\n2,oops\n';
    expect(() => parseAnalyzeArgs(['--data-file', 'd.csv'], read)).toThrow(/^--data-file d.csv: line 3: "oops" is not a number/);
  });
});

describe('analyze results', () => {
  const problem = { activation: 'sigmoid' as const, loss: 'mse' as const, data: parseAnalyzeArgs(['--data', EXAMPLE], noFile).problem.data };

  it('--at: 50-digit loss and gradient equal to dual-number AD, inside rigorous enclosures; no search', () => {
    const at = [rat(1, 3), rat(-2, 5)];
    const r = analyze({ problem, box: rat(10), digits: 50, maxBoxes: 100, at });
    const D = decimalContext(70);
    const ad = adGradient(problem, at.map((x) => D.div(x.num.toString(), x.den.toString())), 70);
    expect(r.at?.w).toEqual([`0.${'3'.repeat(50)}`, '-0.4']);
    expect(r.at?.loss).toBe(ad.loss.toSD(50).toFixed());
    r.at?.gradient.forEach((g, i) => {
      expect(g).toBe(ad.gradient[i].toSD(50).toFixed());
      expect(inside(r.at?.gradientEnclosure[i] as [string, string], ad.gradient[i])).toBe(true);
      expect(inside(r.at?.gradientEnclosure[i] as [string, string], g)).toBe(true);
    });
    expect(r.stationaryPoints).toEqual([]);
    expect(r.complete).toBe(false);
    expect(r.search).toBeUndefined();
  });

  it('every number is a decimal string; data and box are exact when they terminate', () => {
    const r = analyze({ problem, box: rat(10), digits: 20, maxBoxes: 100, at: [rat(0), rat(0)] });
    expect(Object.keys(r)).toEqual(['activation', 'loss', 'data', 'box', 'stationaryPoints', 'undecidedBoxes', 'localPoints', 'complete', 'at']);
    expect(r.data[0]).toEqual({ x: ['1', '0'], t: '0.33333333333333333333' });
    expect(r.data[3]).toEqual({ x: ['1', '-1'], t: '0.4' });
    expect(r.box).toEqual([
      ['-10', '10'],
      ['-10', '10'],
    ]);
  });

  it('incomplete search (one box): the stationary point inside the undecided root box is certified locally, the same as the complete search finds', () => {
    const small = analyze({ problem, box: rat(2), digits: 15, maxBoxes: 1 });
    expect(small.complete).toBe(false);
    expect(small.stationaryPoints).toEqual([]);
    expect(small.localPoints).toHaveLength(1);
    const [local] = small.localPoints;
    expect(local.kind).toBe('minimum');
    const full = analyze({ problem, box: rat(2), digits: 15, maxBoxes: 5000 });
    expect(full.complete).toBe(true);
    expect(full.localPoints).toEqual([]);
    const [p] = full.stationaryPoints;
    // The two enclosures meet: both hold the one minimum.
    p.enclosure.forEach(([lo, hi], i) => expect(new Decimal(lo).lte(local.enclosure[i][1]) && new Decimal(local.enclosure[i][0]).lte(hi)).toBe(true));
  });

  it('a budget too small for the box gives complete: false with the undecided boxes apart, lowest loss bound first', () => {
    const r = analyze({ problem, box: rat(10), digits: 20, maxBoxes: 20 });
    expect(r.complete).toBe(false);
    expect(r.search).toMatchObject({ boxes: 20, maxBoxes: 20 });
    expect(r.undecidedBoxes.length).toBeGreaterThan(1);
    expect(r.undecidedBoxes).toHaveLength(r.search?.unknownBoxes ?? -1);
    expect(r.stationaryPoints.every((p) => p.status === 'unique')).toBe(true);
    const bounds = r.undecidedBoxes.map((u) => new Decimal(u.lossLowerBound));
    for (let i = 1; i < bounds.length; i++) expect(bounds[i - 1].lte(bounds[i])).toBe(true);
    // Each bound is a lower bound: the loss at the box's centre (an independent AD evaluation) is not below it.
    for (const u of r.undecidedBoxes) {
      const { loss } = adGradient(problem, u.w.map((x) => new Decimal(x)), 40);
      expect(loss.gte(u.lossLowerBound)).toBe(true);
    }
  });
});

describe('npm run analyze end to end', () => {
  const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the 2-D example: every stationary point in [-10, 10]^2 unique, narrower than 1e-30, complete, kinds decided', () => {
    const { status, stdout } = run(['--activation', 'sigmoid', '--loss', 'mse', '--data', EXAMPLE, '--box', '10', '--digits', '40', '--json']);
    expect(status).toBe(0);
    const r = JSON.parse(stdout) as AnalyzeResult;
    expect(r.complete).toBe(true);
    expect(r.stationaryPoints).toHaveLength(1);
    const [p] = r.stationaryPoints;
    expect(p.status).toBe('unique');
    expect(p.kind).toBe('minimum');
    for (const [lo, hi] of p.enclosure) expect(new Decimal(hi).sub(lo).lt('1e-30')).toBe(true);
    // Newton's method, an independent computation, converges into the enclosure.
    const limit = newton(problem(), [rat(0), rat(0)], 60, 12).iterates.at(-1) as string[];
    limit.forEach((x, i) => expect(inside(p.enclosure[i], x)).toBe(true));
    expect(p.w.every((x, i) => inside(p.enclosure[i], x))).toBe(true);
  });

  it('human-readable by default', () => {
    const { status, stdout } = run(['--data', '1:1;2:1', '--activation', 'square', '--box', '2', '--digits', '15']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/3 certified stationary points in \[-2, 2\]\^1/);
    expect(stdout).toMatch(/maximum: w = \(0\)/);
    expect(stdout).toMatch(/minimum: w = \(0\.54232614454664\)/);
    expect(stdout).toMatch(/complete: every other point of the box is proved not stationary/);
  });

  it('bad input: one line on stderr and exit code 2', () => {
    const { status, stdout, stderr } = run(['--data', '1,0:1/3;1:2', '--box', '3']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/--data: point 2 "1:2": has 1 coordinates but point 1 has 2 \(mixed arity\)/);
  });

  it('--data-file with 10^5 points and --at', () => {
    const lines = ['x1,x2,t', '# generated'];
    // x1, x2 and t cycle with coprime periods 61, 41, 101: all 10^5 points are distinct (nothing merges).
    for (let i = 0; i < 100_000; i++) lines.push(`${(i % 61) - 30}/10,${(i % 41) - 20}/10,${i % 101}/100`);
    const file = join(dir, 'big.csv');
    writeFileSync(file, lines.join('\n'));
    const { status, stdout } = run(['--data-file', file, '--at', '1/3,-1/2', '--digits', '20', '--json']);
    expect(status).toBe(0);
    const r = JSON.parse(stdout) as AnalyzeResult;
    expect(r.data).toHaveLength(100_000);
    r.at?.gradient.forEach((g, i) => expect(inside(r.at?.gradientEnclosure[i] as [string, string], g)).toBe(true));
    expect(parseRational(r.at?.loss as string).num > 0n).toBe(true);
  });

  function problem() {
    return { activation: 'sigmoid' as const, loss: 'mse' as const, data: parseAnalyzeArgs(['--data', EXAMPLE], noFile).problem.data };
  }
});
