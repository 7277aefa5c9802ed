/**
 * Hostile claim files: each attacks the runner or the kernel from inside its own process, aiming to get `proved` for
 * 1 = 2 (a certificate the kernel rejects). Each must come out as it would without the attack: `inconclusive` (the
 * rejected certificate) when the attack cannot touch the data, `error` when it spoils the one message its process
 * may send. A true claim run after a poisoner (one process at a time) keeps `proved`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { verify, type VerifyResult } from '../../src/cli/verify.js';
import type { Report } from '../../src/report/model.js';

const FIXTURES = path.resolve('test/fixtures/hostile');
const REJECTED = /certificate "identity" rejected by the kernel: lhs − rhs normalises to -1/;
const CASES: [id: string, verdict: string, reason: RegExp][] = [
  ['wrap-send', 'inconclusive', REJECTED],
  ['replace-checker', 'inconclusive', REJECTED],
  ['patch-array-every', 'inconclusive', REJECTED],
  ['patch-object-prototype', 'inconclusive', REJECTED],
  ['patch-json', 'inconclusive', REJECTED],
  ['lying-getter', 'inconclusive', REJECTED],
  ['poison-next', 'inconclusive', REJECTED],
  ['output-spam', 'inconclusive', REJECTED],
  ['zero-runs', 'inconclusive', /property "one equals two" reports 0 runs/],
  ['forged-at-load', 'error', /forged-at-load\.claim\.ts: the claim's process sent 2 messages/],
  ['two-messages', 'error', /two-messages\.claim\.ts: the claim's process sent 2 messages; exactly one result is allowed/],
  ['other-id', 'error', /other-id\.claim\.ts: rejected the claim's result: message\.id names "true-after-poison"/],
  ['late-message', 'error', /late-message\.claim\.ts: did not finish within the time limit of 3 s/],
  ['early-exit', 'error', /early-exit\.claim\.ts: the claim's process exited \(code 0\) before it finished/],
  ['throwing-tojson', 'error', /throwing-tojson\.claim\.ts: the claim's data could not be serialised as JSON: no serialising me/],
  ['huge-payload', 'error', /huge-payload\.claim\.ts: the claim's data is \d+ characters of JSON, more than the limit/],
  ['bad-figure-path', 'error', /payload\.figures\[0\]\.file must be a plain file name ending in \.svg/],
  ['true-after-poison', 'proved', /the kernel derived exactly the statement/],
];

let result: VerifyResult;
let report: Report;
let relayed = '';
const claim = (id: string) => report.claims.find((c) => c.id === id)!;

beforeAll(async () => {
  const write = process.stderr.write.bind(process.stderr);
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: never[]) => {
    relayed += String(chunk);
    return String(chunk).startsWith('output-spam | ') ? true : write(chunk, ...rest);
  }) as typeof process.stderr.write);
  try {
    result = await verify({ claimsDir: FIXTURES, outDir: fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-')), seed: 1, timeoutMs: 3000, jobs: 1, check: false });
  } finally {
    spy.mockRestore();
  }
  report = JSON.parse(result.files.get('verdicts.json')!) as Report;
}, 120_000);

afterAll(() => vi.restoreAllMocks());

describe('hostile claim files', () => {
  it('cover every fixture in the folder', () => {
    expect(report.claims.map((c) => c.id).sort()).toEqual(CASES.map(([id]) => id).sort());
  });

  it.each(CASES)('%s comes out %s, as without the attack', (id, verdict, reason) => {
    expect(claim(id).verdict, claim(id).reasons.join('; ')).toBe(verdict);
    expect(claim(id).reasons.join('; ')).toMatch(reason);
  });

  it('never proves the false statement', () => {
    expect(report.claims.filter((c) => c.verdict === 'proved').map((c) => c.id)).toEqual(['true-after-poison']);
  });

  it('reports the certificate the kernel judged, not the forged check a toJSON added', () => {
    const c = claim('lying-getter').certificates[0];
    expect(c.check.ok).toBe(false);
    expect(c.certificate.rhs).toEqual({ op: 'num', value: '2' });
  });

  it("writes no figure outside the figures folder, and passes on only a bounded, marked part of a claim's output", () => {
    expect([...result.files.keys()].every((f) => !f.includes('..'))).toBe(true);
    const spam = relayed.split('\n').filter((l) => l.startsWith('output-spam | '));
    expect(spam.length).toBeGreaterThan(0);
    expect(spam.join('\n').length).toBeLessThan(40_000); // of the 2 MB it wrote
    expect(spam.at(-1)).toMatch(/more characters of the claim's output not shown/);
    expect(relayed).not.toMatch(/^proved\s+output-spam/m);
  });
});
