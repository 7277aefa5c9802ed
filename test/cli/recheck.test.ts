/**
 * `npm run recheck` re-judges reports/proofs.json with the kernel alone: it passes on the committed file and fails,
 * one line per mismatch, on a copy with one verdict changed, one certificate coefficient changed, or one claim dropped.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { recheckProofs } from '../../src/report/proofs.js';

const COMMITTED = path.resolve('reports/proofs.json');
const text = fs.readFileSync(COMMITTED, 'utf8');
type Entry = { id: string; verdict: string; dependsOn: string[]; outcome: { certificates: unknown[] } };
const file = () => JSON.parse(text) as { schema: number; count: number; claims: Entry[] };
const serialise = (f: unknown) => JSON.stringify(f);

/** Every local module reachable from `entry` by import specifiers, relative to the package root. */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  const rel = path.relative(process.cwd(), path.resolve(entry));
  if (seen.has(rel)) return seen;
  seen.add(rel);
  for (const m of fs.readFileSync(rel, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = path.resolve(path.dirname(rel), m[1]).replace(/\.js$/, '.ts');
    if (fs.existsSync(target)) moduleGraph(target, seen);
  }
  return seen;
}

describe('recheck', () => {
  it('re-judges the committed proofs and finds every verdict as recorded', () => {
    const r = recheckProofs(text);
    expect(r.problems).toEqual([]);
    expect(r.summary).toMatch(/^recheck: \d+ claims re-judged .* every verdict as recorded/);
  });

  it('fails when one verdict was changed', () => {
    const f = file();
    // A refuted claim recorded as proved: the kernel, judging the same data, says refuted.
    const target = f.claims.find((c) => c.verdict === 'refuted')!;
    target.verdict = 'proved';
    const r = recheckProofs(serialise(f));
    expect(r.problems).toEqual([expect.stringMatching(new RegExp(`${target.id}: recorded proved, but the kernel judges it refuted`))]);
  });

  it('fails when one certificate coefficient was changed', () => {
    const f = file();
    const target = f.claims.find((c) => c.verdict === 'proved' && c.dependsOn.length === 0 && /"value":"2"/.test(JSON.stringify(c.outcome.certificates)))!;
    const certificates = JSON.stringify(target.outcome.certificates).replace('"value":"2"', '"value":"3"');
    target.outcome.certificates = JSON.parse(certificates) as unknown[];
    const r = recheckProofs(serialise(f));
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems[0]).toMatch(new RegExp(`${target.id}: recorded proved, but the kernel judges it (inconclusive|supported|error)`));
  });

  it('fails when a claim was dropped, or a field has the wrong type', () => {
    const dropLeaf = file();
    const leaf = dropLeaf.claims.findIndex((c) => !dropLeaf.claims.some((d) => d.dependsOn.includes(c.id)));
    dropLeaf.claims.splice(leaf, 1);
    expect(recheckProofs(serialise(dropLeaf)).problems).toEqual([expect.stringMatching(/count says \d+ claims, but \d+ are listed/)]);

    const dropDependency = file();
    const lemma = dropDependency.claims.findIndex((c) => dropDependency.claims.some((d) => d.dependsOn.includes(c.id)));
    const lemmaId = dropDependency.claims[lemma].id;
    dropDependency.claims.splice(lemma, 1);
    dropDependency.count--;
    expect(recheckProofs(serialise(dropDependency)).problems.join('\n')).toMatch(new RegExp(`depends on "${lemmaId}", which is not in the file`));

    const wrongType = file();
    (wrongType.claims[0] as unknown as { dependsOn: unknown }).dependsOn = 'none';
    expect(recheckProofs(serialise(wrongType)).problems).toEqual([expect.stringMatching(/claims\[0\]\.dependsOn must be an array, got string/)]);
    expect(recheckProofs('{"schema": 2, "claims": []}').problems).toEqual([expect.stringMatching(/schema must be 1/)]);
    expect(recheckProofs('not json').problems).toEqual([expect.stringMatching(/malformed: not valid JSON/)]);
  });

  it('loads no claim file: it imports neither the runner nor claim discovery', () => {
    const graph = [...moduleGraph('src/cli/recheck.ts')];
    expect(graph).toContain(path.join('src', 'kernel', 'verdict.ts'));
    expect(graph.filter((f) => f.startsWith(path.join('src', 'runner')) || f === path.join('src', 'claim', 'discover.ts'))).toEqual([]);
  });

  it('exits 0 on the committed file and 1 with one line per mismatch on a tampered copy', async () => {
    const run = promisify(execFile);
    const tsx = path.resolve('node_modules/.bin/tsx');
    const ok = await run(tsx, ['src/cli/recheck.ts']);
    expect(ok.stdout).toMatch(/every verdict as recorded/);
    // The tampered copy keeps one claim without dependencies, so the second run costs one claim, not the catalogue.
    const whole = file();
    const f = { ...whole, count: 1, claims: [whole.claims.find((c) => c.dependsOn.length === 0)!] };
    f.claims[0].verdict = f.claims[0].verdict === 'error' ? 'proved' : 'error';
    const tampered = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'recheck-')), 'proofs.json');
    fs.writeFileSync(tampered, serialise(f));
    const failed = await run(tsx, ['src/cli/recheck.ts', tampered]).then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => e);
    expect(failed.code).toBe(1);
    expect(failed.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`${f.claims[0].id}: recorded`)), expect.stringMatching(/^recheck: 1 mismatch in/)]);
  }, 120_000);
});
