/** The durations kept between verify runs: read back as written; anything else is "no history", never an error. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { durationsFile, loadDurations, saveDurations } from '../../src/runner/durations.js';

describe('claim durations between runs', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'durations-'));
  const file = path.join(dir, 'sub', 'd.json');

  it('reads back what was written', () => {
    saveDurations(file, new Map([['b', 20], ['a', 1500]]));
    expect(loadDurations(file)).toEqual(new Map([['a', 1500], ['b', 20]]));
    expect(fs.readdirSync(path.dirname(file))).toEqual(['d.json']);
  });

  it('treats a missing or malformed file, and entries that are not times, as no history', () => {
    expect(loadDurations(path.join(dir, 'none.json'))).toEqual(new Map());
    fs.writeFileSync(file, '{ not json');
    expect(loadDurations(file)).toEqual(new Map());
    fs.writeFileSync(file, '[1, 2]');
    expect(loadDurations(file)).toEqual(new Map());
    fs.writeFileSync(file, '{"a": -1, "b": "3", "c": 7}');
    expect(loadDurations(file)).toEqual(new Map([['c', 7]]));
  });

  it('keeps one file per claims folder', () => {
    expect(durationsFile('/x/claims')).not.toBe(durationsFile('/y/claims'));
    expect(durationsFile('/x/claims')).toBe(durationsFile('/x/claims'));
  });
});
