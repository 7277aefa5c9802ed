import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverClaims } from '../../src/claim/discover.js';
import { scaffoldClaim } from '../../src/cli/new-claim.js';
import { UsageError } from '../../src/cli/flags.js';
import { verify } from '../../src/cli/verify.js';

describe('new-claim', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-'));

  it('writes a well-formed claim that loads and is judged proved: a complete example with a formal statement and a proof term', async () => {
    const file = scaffoldClaim('my-claim', dir);
    expect(discoverClaims(dir)).toEqual([expect.objectContaining({ id: 'my-claim', problems: [] })]);
    const result = await verify({ claimsDir: dir, outDir: dir, seed: 1, timeoutMs: 30_000, check: false });
    expect(result.files.get('claims/my-claim.md')).toMatch(/^Claim `my-claim` · ✅ \*\*proved\*\*/m);
    expect(result.failures).toEqual([]);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/id: 'my-claim'/);
  });

  it('refuses an existing id and an ill-formed one', () => {
    expect(() => scaffoldClaim('my-claim', dir)).toThrow(UsageError);
    expect(() => scaffoldClaim('My_Claim', dir)).toThrow(/not a claim id/);
    expect(() => scaffoldClaim('-x', dir)).toThrow(/not a claim id/);
  });
});
