import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closingHint, progressReporter } from '../../src/cli/progress.js';

const step = (boxes: number) => ({ boxes, maxBoxes: 100, pending: 7, certified: 1 });

function fakeClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('progress on stderr', () => {
  it('silent for the first second, then plain lines at most once a second when not a TTY', () => {
    const out: string[] = [];
    const clock = fakeClock();
    const p = progressReporter({ write: (s) => out.push(s), isTTY: false }, clock.now);
    clock.advance(500);
    p.update(step(10));
    expect(out).toEqual([]);
    clock.advance(600);
    p.update(step(20));
    clock.advance(100);
    p.update(step(21));
    expect(out).toEqual(['analyze: boxes 20/100 (20%), 7 waiting, 1 certified, 1.1 s\n']);
    p.done();
    expect(out).toHaveLength(1);
  });

  it('a redrawn bar on a TTY, ended by a newline', () => {
    const out: string[] = [];
    const clock = fakeClock();
    const p = progressReporter({ write: (s) => out.push(s), isTTY: true }, clock.now);
    clock.advance(1500);
    p.update(step(50));
    expect(out[0]).toMatch(/^\r\[#{10}\.{10}\] boxes 50\/100 \(50%\)/);
    p.done();
    expect(out.at(-1)).toBe('\n');
  });

  it('the closing hint names the flag and a cost from the measured rate', () => {
    const hint = closingHint({ boxes: 200, maxBoxes: 200, precision: 40, unknownBoxes: 3 }, 2);
    expect(hint).toMatch(/--max-boxes 800 would take up to about 8 s/);
    expect(hint).toMatch(/3 boxes still undecided/);
  });

  it('end to end: an incomplete search prints the hint on stderr, a complete one does not', () => {
    const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', ...args], { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') });
    const incomplete = run(['--data', '1,0:1/3;0,1:3/4;1,1:1/2', '--max-boxes', '5']);
    expect(incomplete.status).toBe(0);
    expect(incomplete.stderr).toMatch(/^hint: incomplete after 5 boxes .*--max-boxes 20 /m);
    const complete = run(['--data', '1:1/3']);
    expect(complete.stderr).not.toMatch(/hint/);
  });
});
