/** Critical-path scheduling of claims: the ready claim heading the longest remaining chain of work starts first. */
import { describe, expect, it } from 'vitest';
import { nextTask, priorities, type SchedulableTask } from '../../src/runner/schedule.js';

const task = (id: string, ...dependsOn: string[]): SchedulableTask => ({ id, dependsOn });
// The catalogue's shape: a slow claim at the end of a chain, beside quick independent ones.
const TASKS = [task('quick-a'), task('quick-b'), task('base'), task('middle', 'base'), task('slow', 'middle'), task('beside', 'middle')];
const TIMES = new Map([['quick-a', 900], ['quick-b', 800], ['base', 3000], ['middle', 7000], ['slow', 19000], ['beside', 500]]);

describe('claim scheduling', () => {
  it('gives each claim its own time plus the longest chain that waits for it', () => {
    const p = priorities(TASKS, TIMES);
    expect(p.get('slow')).toBe(19000);
    expect(p.get('middle')).toBe(26000);
    expect(p.get('base')).toBe(29000);
    expect(p.get('quick-a')).toBe(900);
  });

  it('starts the head of the slow chain before quick claims listed earlier, and the slow claim before its sibling', () => {
    const p = priorities(TASKS, TIMES);
    const ready = [TASKS[0], TASKS[1], TASKS[2]];
    expect(ready[nextTask(ready, p)].id).toBe('base');
    expect(nextTask([task('beside', 'middle'), task('slow', 'middle')], p)).toBe(1);
  });

  it('without history counts unknown claims alike, so the longest chain of claims goes first, ties in listed order', () => {
    const p = priorities(TASKS, new Map());
    expect(p.get('base')).toBe(3000);
    expect(p.get('quick-a')).toBe(1000);
    expect(nextTask([TASKS[0], TASKS[1], TASKS[2]], p)).toBe(2);
    expect(nextTask([TASKS[0], TASKS[1]], p)).toBe(0);
  });

  it('counts an unknown claim as the median known time, and ignores dependencies outside the run', () => {
    const p = priorities([task('new', 'not-run'), task('old-1'), task('old-2'), task('old-3')], new Map([['old-1', 100], ['old-2', 200], ['old-3', 5000]]));
    expect(p.get('new')).toBe(200);
  });

  it('terminates on a dependency cycle', () => {
    const p = priorities([task('a', 'b'), task('b', 'a')], new Map());
    expect([...p.keys()].sort()).toEqual(['a', 'b']);
  });
});
