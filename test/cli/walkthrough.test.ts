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

  it('is refuted, not proved, once its statement is wrong, though the same proof is attached', async () => {
    const wrong = path.resolve('test/fixtures/walkthrough-wrong');
    const text = fs.readFileSync(path.join(wrong, 'softplus-derivative-wrong.claim.ts'), 'utf8');
    expect(text).toContain("byCertificate(derivativeIdentityCertificate(parseExpr('softplus(h)'), 'h', parseExpr('sigmoid(h)')))");
    const result = await verify({ claimsDir: wrong, outDir: os.tmpdir(), seed: 20160829, timeoutMs: 60_000, check: false });
    expect(result.failures).toEqual([]);
    const json = JSON.parse(result.files.get('verdicts.json')!) as { claims: { id: string; verdict: string; reasons: string[] }[] };
    const claim = json.claims.find((c) => c.id === 'softplus-derivative-wrong')!;
    // The proof replays but concludes another statement; the kernel then tests the statement itself and refutes it.
    expect(claim.verdict).toBe('refuted');
    expect(claim.reasons.join(' ')).toMatch(/counterexample at h = 1/);
  });
});
