/**
 * The catalogue as a regression suite: every claim in claims/ is run once, exactly as `npm run verify` runs it, and
 * each gets one test asserting its expected verdict (or, without one, that it is not `error`).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverClaims } from '../src/claim/discover.js';
import { DEFAULT_SEED, verify } from '../src/cli/verify.js';
import type { Report } from '../src/report/model.js';

const CLAIMS = path.resolve('claims');
const files = discoverClaims(CLAIMS);
let report: Report;

beforeAll(async () => {
  const result = await verify({ claimsDir: CLAIMS, outDir: path.resolve('reports'), seed: DEFAULT_SEED, timeoutMs: 120_000, check: true });
  report = JSON.parse(result.files.get('verdicts.json')!) as Report;
});

describe('claims/', () => {
  it('holds at least the two claims of the walking skeleton', () => {
    expect(files.map((f) => f.id)).toEqual(expect.arrayContaining(['sigmoid-derivative', 'gradient-formula']));
  });

  it.each(files.map((f) => [f.id, f.expected ?? null] as const))('%s is judged %s', (id, expected) => {
    const claim = report.claims.find((c) => c.id === id);
    expect(claim, `${id} is missing from the report`).toBeDefined();
    if (expected) expect(claim!.verdict, claim!.reasons.join('; ')).toBe(expected);
    else expect(claim!.verdict, claim!.reasons.join('; ')).not.toBe('error');
  });
});
