/**
 * The catalogue as a regression suite: every claim in claims/ is run once, exactly as `npm run verify` runs it, and
 * each gets one test asserting its expected verdict (or, without one, that it is not `error`).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverClaims } from '../src/claim/discover.js';
import { DEFAULT_SEED, verify } from '../src/cli/verify.js';
import type { Report } from '../src/report/model.js';
import { QUESTIONS } from '../src/report/questions.js';
import { checkLinks, checkMath, checkMermaid, checkSize, checkTables, COLUMN_PX } from './report/github-render.js';

const CLAIMS = path.resolve('claims');
const files = discoverClaims(CLAIMS);
let report: Report;
let pages: Map<string, string>;

beforeAll(async () => {
  const result = await verify({ claimsDir: CLAIMS, outDir: path.resolve('reports'), seed: DEFAULT_SEED, timeoutMs: 120_000, check: true });
  report = JSON.parse(result.files.get('verdicts.json')!) as Report;
  pages = result.files;
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

describe('the report as GitHub renders it (MathJax 3, markdown-it 14)', () => {
  const markdown = () => [...pages].filter(([rel]) => rel.endsWith('.md'));

  it('keeps verdicts.json one file for machines, schema 2, one claim per line', () => {
    const json = pages.get('verdicts.json')!;
    expect(report.schema).toBe(2);
    expect(json.split('\n').filter((l) => l.startsWith('    {"id":')).length).toBe(report.claims.length);
  });

  it('has a front page and one page per claim, linked both ways', () => {
    expect(pages.has('VERDICTS.md')).toBe(true);
    for (const c of report.claims) {
      expect(pages.get(`claims/${c.id}.md`), c.id).toMatch(/\]\(\.\.\/VERDICTS\.md#claim-index\)/);
      expect(pages.get('VERDICTS.md')).toContain(`](claims/${c.id}.md)`);
      for (const d of c.dependsOn) {
        expect(pages.get(`claims/${c.id}.md`)!.split('Depends on:')[1], `${c.id} -> ${d}`).toContain(`](${d}.md)`);
        expect(pages.get(`claims/${d}.md`)!.split('Used by:')[1], `${d} <- ${c.id}`).toContain(`](${c.id}.md)`);
      }
    }
  });

  it(`typesets every math expression of every page, no display wider than ${COLUMN_PX} px`, () => {
    const problems = markdown().flatMap(([rel, text]) => checkMath(rel, text));
    expect(problems).toEqual([]);
  });

  it('gives every table a header row and consistent columns', () => {
    expect(markdown().flatMap(([rel, text]) => checkTables(rel, text))).toEqual([]);
  });

  it('has a dependency graph that parses, every relative link and figure resolves, and no page over 400 KB', () => {
    const front = pages.get('VERDICTS.md')!;
    const graph = /```mermaid\n([\s\S]*?)```/.exec(front);
    expect(graph, 'no mermaid block').not.toBeNull();
    expect(checkMermaid(graph![1])).toEqual([]);
    expect(markdown().flatMap(([rel, text]) => [...checkLinks(rel, text, pages, path.resolve('reports')), ...checkSize(rel, text)])).toEqual([]);
    expect(Buffer.byteLength(front)).toBeLessThan(100 * 1024);
  });

  it('gives an Answer only where every claim behind it met its expected verdict, citing only existing claims', () => {
    const front = pages.get('VERDICTS.md')!;
    for (const q of QUESTIONS) {
      const section = front.split(`### ${q.label}\n`)[1]?.split(/\n##/)[0] ?? '';
      expect(section, q.id).not.toBe('');
      const behind = report.claims.filter((c) => c.answers.includes(q.id));
      const cited = [...section.matchAll(/\]\(claims\/([a-z0-9-]+)\.md\)/g)].map((m) => m[1]);
      expect(new Set(cited), q.id).toEqual(new Set(behind.map((c) => c.id)));
      for (const id of cited) expect(report.claims.find((c) => c.id === id), `${q.id} cites ${id}`).toBeDefined();
      if (section.includes('**Answer.**')) for (const c of behind) expect(c.verdict, `${q.id} rests on ${c.id}`).toBe(c.expected ?? c.verdict);
      expect(section.includes('**Answer.**'), q.id).toBe(behind.length > 0 && behind.every((c) => c.expectedMet));
    }
  });
});
