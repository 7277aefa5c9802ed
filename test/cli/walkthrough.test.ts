import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/cli/verify.js';

const FIXTURE = path.resolve('test/fixtures/walkthrough');

describe("README's walk-through claim", () => {
  it('is in the README verbatim (up to its import path)', () => {
    const code = fs.readFileSync(path.join(FIXTURE, 'softplus-derivative.claim.ts'), 'utf8').replace("'../../../src/index.js'", "'../src/index.js'");
    expect(fs.readFileSync('README.md', 'utf8')).toContain(code);
  });

  it('is proved, as the README says', async () => {
    const result = await verify({ claimsDir: FIXTURE, outDir: os.tmpdir(), seed: 20160829, timeoutMs: 60_000, check: false });
    expect(result.failures).toEqual([]);
    expect(result.files.get('claims/softplus-derivative.md')).toMatch(/^Claim `softplus-derivative` · ✅ \*\*proved\*\*/m);
  });
});
