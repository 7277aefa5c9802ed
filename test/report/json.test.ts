import { describe, expect, it } from 'vitest';
import { reportToJson, type Report } from '../../src/report/model.js';

const report = (claims: unknown[]) => ({ title: 't', seed: 7, precisions: [30], versions: {}, counts: {}, expectedMet: 0, expectedTotal: 0, claims }) as unknown as Report;

describe('reportToJson', () => {
  it('round-trips to the same data, BigInts as decimal strings, one claim per line', () => {
    const text = reportToJson(report([{ id: 'a', deep: { n: 12345678901234567890n, list: [1, { x: 'y' }] } }, { id: 'b' }]));
    expect(JSON.parse(text)).toEqual({ ...report([]), claims: [{ id: 'a', deep: { n: '12345678901234567890', list: [1, { x: 'y' }] } }, { id: 'b' }] });
    expect(text.split('\n').filter((l) => l.includes('"id"'))).toHaveLength(2);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is valid JSON with no claims', () => {
    expect(JSON.parse(reportToJson(report([]))).claims).toEqual([]);
  });
});
