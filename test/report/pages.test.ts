import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JudgedEvidence } from '../../src/kernel/verdict.js';
import type { CheckResult } from '../../src/kernel/types.js';
import { certificateFamilies, renderFamily } from '../../src/report/certificates.js';
import { mermaidGraph, nodeLabel, unlinkedClaims } from '../../src/report/graph.js';
import { ladderTable, sharedPrefix, showAgreeing, wrappingCell } from '../../src/report/ladder.js';
import { isProofNode, renderProofTree, type ProofNode } from '../../src/report/proof-tree.js';
import { kernelCode, trustIndex } from '../../src/report/trusted-base.js';
import type { ReportClaim } from '../../src/report/model.js';
import { checkMath, checkMermaid, checkTables } from './github-render.js';

describe('ladder tables', () => {
  it('show the shared digits and the first differing one in bold', () => {
    expect(sharedPrefix(['0.12345', '0.12349', '0.1234'])).toBe(6);
    expect(sharedPrefix(['0.12345', '0.12349'])).toBe(6);
    expect(sharedPrefix(['9.1', '0.1'])).toBe(0);
    expect(sharedPrefix(['1.5'])).toBe(3);
    expect(showAgreeing('0.123456789', 5)).toBe('`0.123`**4**56…');
    expect(showAgreeing('0.12', 4)).toBe('`0.12` (all equal)');
    expect(showAgreeing('7.5', 0)).toBe('**7**.5');
    const long = `0.${'1234567890'.repeat(5)}`;
    expect(showAgreeing(long, 40)).toBe('`0.12345678…345678`**9**01…');
  });

  it('have a header row, one row per method and rung, and parse as GFM tables', () => {
    const judged: JudgedEvidence = {
      evidence: {
        kind: 'ladder',
        quantity: 'f',
        at: 'x = 1',
        rungs: [
          { precision: 30, values: [{ method: 'a', value: '0.3333333333' }, { method: 'b', value: '0.3333333334' }] },
          { precision: 60, values: [{ method: 'a', value: ['1.25', '2'] }, { method: 'b', value: ['1.26', '2'] }] },
        ],
      },
      passed: true,
      digits: [9, 2],
      why: '',
    };
    const table = ladderTable(judged);
    expect(table[0]).toMatch(/^\| precision \| method \|/);
    expect(table).toHaveLength(2 + 4);
    expect(table[2]).toBe('| 30 | a | `0.333333333`**3** | 9 |');
    expect(table[5]).toBe('|  | b | `1.2`**6**<br>`2` (all equal) |  |');
    expect(checkTables('t', `${table.join('\n')}\n`)).toEqual([]);
  });
});

describe('certificate families', () => {
  const check = (kind: string, ok: boolean, proves: string): CheckResult => ({ kind, ok, proves, detail: 'd.', trusts: [] });

  it('group checks by checker and outcome, in order of first appearance', () => {
    const families = certificateFamilies([check('a', true, '1'), check('b', true, '2'), check('a', true, '3'), check('a', false, '4')]);
    expect(families.map((f) => [f.kind, f.ok, f.members.length])).toEqual([['a', true, 2], ['b', true, 1], ['a', false, 1]]);
  });

  it('show a family of several in <details> with a count, a single check inline, long formulas as displays that fit', () => {
    const long = `$\`${Array.from({ length: 40 }, (_, i) => `y_{${i}}`).join(' + ')} = 0\`$ for all real $\`y\`$`;
    const several = renderFamily({ kind: 'identity', ok: true, members: [check('identity', true, long), check('identity', true, '$`a = a`$')] }).join('\n');
    expect(several).toMatch(/^<details><summary><code>identity<\/code>: 2 certificates accepted<\/summary>/);
    expect(several).toContain('```math\n\\begin{aligned}');
    expect(several).toMatch(/<\/details>/);
    expect(checkMath('c', several)).toEqual([]);
    expect(renderFamily({ kind: 'x', ok: false, members: [check('x', false, '')] }).join('\n')).toBe('`x` — **rejected**. d.\n');
  });
});

describe('proof trees', () => {
  const leaf: ProofNode = { rule: 'certificate: identity', conclusion: '$`a = a`$', ok: true, premises: [] };
  const root: ProofNode = { rule: 'conjunction', conclusion: '$`a = a`$ and $`b = b`$', ok: true, detail: 'both parts', premises: [leaf, { ...leaf, ok: false, conclusion: '$`b = b`$' }] };

  it('are recognised only when well formed all the way down', () => {
    expect(isProofNode(root)).toBe(true);
    expect(isProofNode({ ...root, premises: [{ rule: 'x' }] })).toBe(false);
    expect(isProofNode({ ...root, ok: 'yes' })).toBe(false);
    expect(isProofNode(undefined)).toBe(false);
  });

  it('render as a nested list, premises indented under their rule, failures marked', () => {
    const text = renderProofTree(root).join('\n');
    expect(text).toMatch(/^- ✅ \*\*conjunction\*\* \(both parts\):\n\n {2}\$`a = a`\$ and/);
    expect(text).toContain('  - ✅ **certificate: identity**:');
    expect(text).toContain('  - ❌ **certificate: identity**:');
  });
});

describe('the trusted base', () => {
  it('lists each distinct trust once with the claims that use it, theorems first', () => {
    const index = trustIndex([
      { id: 'a', trusts: [{ kind: 'library', name: 'L' }, { kind: 'theorem', name: 'T' }] },
      { id: 'b', trusts: [{ kind: 'theorem', name: 'T' }, { kind: 'theorem', name: 'T' }] },
    ]);
    expect(index).toEqual([
      { trust: { kind: 'theorem', name: 'T' }, claims: ['a', 'b'] },
      { trust: { kind: 'library', name: 'L' }, claims: ['a'] },
    ]);
  });

  it('follows value imports from src/kernel transitively, skips type-only ones, and counts lines', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-'));
    fs.mkdirSync(path.join(root, 'src', 'kernel'), { recursive: true });
    fs.mkdirSync(path.join(root, 'src', 'algebra'), { recursive: true });
    fs.writeFileSync(path.join(root, 'src', 'kernel', 'k.ts'), "import { f } from '../algebra/f.js';\nimport type { T } from '../algebra/t.js';\nimport { Decimal } from 'decimal.js';\n");
    fs.writeFileSync(path.join(root, 'src', 'algebra', 'f.ts'), "export {\n  g,\n} from './g.js';\n");
    fs.writeFileSync(path.join(root, 'src', 'algebra', 'g.ts'), 'export const g = 1;\n');
    fs.writeFileSync(path.join(root, 'src', 'algebra', 't.ts'), 'export type T = 1;\n');
    expect(kernelCode(root)).toEqual({
      files: [{ file: 'src/algebra/f.ts', lines: 3 }, { file: 'src/algebra/g.ts', lines: 1 }, { file: 'src/kernel/k.ts', lines: 3 }],
      packages: ['decimal.js'],
    });
    fs.writeFileSync(path.join(root, 'src', 'kernel', 'bad.ts'), "import { x } from './missing.js';\n");
    expect(() => kernelCode(root)).toThrow(/bad\.ts: imports \.\/missing\.js, which does not exist/);
  });

  it('covers the real kernel: its own files and what they import', () => {
    const files = kernelCode(path.resolve('.')).files.map((f) => f.file);
    expect(files).toEqual(expect.arrayContaining(['src/kernel/verdict.ts', 'src/kernel/checkers.ts']));
    expect(files).toEqual([...files].sort());
  });
});

describe('the dependency graph', () => {
  const claim = (id: string, answers: string[], dependsOn: string[] = [], verdict = 'proved') => ({ id, answers, dependsOn, verdict }) as unknown as ReportClaim;
  const claims = [claim('a', ['derivation']), claim('b-long-name-of-a-claim', ['zero-exists', 'derivation'], ['a'], 'refuted'), claim('c', [], ['a', 'gone']), claim('d', ['zero-exists']), claim('e', [])];

  it('draws only linked claims, one arrow per dependency between claims of the report, coloured by verdict', () => {
    const lines = mermaidGraph(claims);
    expect(checkMermaid(lines.join('\n'))).toEqual([]);
    expect(lines[0]).toBe('flowchart LR');
    expect(lines.filter((l) => l.includes('-->'))).toEqual(['  c_a --> c_b_long_name_of_a_claim', '  c_a --> c_c']);
    expect(lines.some((l) => l.includes('c_d') || l.includes('c_e'))).toBe(false);
    expect(lines).toContain('  class c_b_long_name_of_a_claim refuted');
  });

  it('wraps labels after hyphens into short lines', () => {
    expect(nodeLabel('two-point-unique-stationary-point')).toBe('two-point-unique-<br>stationary-point');
    expect(nodeLabel('gradient-formula')).toBe('gradient-formula');
    expect(nodeLabel('x')).toBe('x');
  });

  it('lists the unlinked claims by the first bullet they answer', () => {
    expect(unlinkedClaims(claims).map((g) => [g.label, g.claims.map((c) => c.id)])).toEqual([['Does a zero exist?', ['d']], ['other claims', ['e']]]);
  });
});

describe('evidence table cells', () => {
  it('allow a wrap inside long unbroken runs, never inside math, and keep every character', () => {
    const digits = '0.4847955702554921432134363479987562860199';
    const wrapped = wrappingCell(`${digits} and $\`${'x'.repeat(30)}\`$ short`);
    expect(wrappingCell('0x40425e4f7b273')).toBe('0x40425e4f7b273');
    expect(wrapped).toBe(`0.484795<wbr>57025549<wbr>21432134<wbr>36347998<wbr>75628601<wbr>99 and $\`${'x'.repeat(30)}\`$ short`);
    expect(wrapped.replace(/<wbr>/g, '')).toBe(`${digits} and $\`${'x'.repeat(30)}\`$ short`);
    expect(wrappingCell('a|b')).toBe('a\\|b');
  });
});

describe('evidence table cells with Markdown', () => {
  it('leave links and code untouched', () => {
    const link = `[x](${'a'.repeat(40)}.md) \`${'b'.repeat(30)}\``;
    expect(wrappingCell(link)).toBe(link);
  });
});
