/**
 * Negative controls for the render checks: each check must flag the fault it exists to catch, and pass the fixed page.
 */
import { describe, expect, it } from 'vitest';
import { checkLinks, checkMath, checkMermaid, checkSize, checkTables, COLUMN_PX, mathSpans, typesetWidth } from './github-render.js';

describe('render checks', () => {
  it('finds display fences and $`…`$ spans (also in tables), not plain code', () => {
    const spans = mathSpans('a $`x^2`$ b `y` c\n\n```math\n\\frac12\n```\n\n| h |\n| --- |\n| $`z`$ |\n');
    expect(spans.map((s) => [s.tex, s.display])).toEqual([['x^2', false], ['\\frac12\n', true], ['z', false]]);
    const quoted = mathSpans('> the loss $$\\frac12 t^2$$ with $\\mathbf w$ set, costs $5 or $ 6\n');
    expect(quoted.map((s) => [s.tex, s.display])).toEqual([['\\frac12 t^2', true], ['\\mathbf w', false]]);
  });

  it('rejects math MathJax cannot typeset and macros GitHub does not define, accepts good math', () => {
    expect(checkMath('p', '```math\n\\frac{1}{\n```\n')).toHaveLength(1);
    expect(checkMath('p', 'x $`\\operatorname{foo}`$ and $`\\nosuchmacro x`$\n')).toHaveLength(2);
    expect(checkMath('p', 'x $`\\tfrac12 \\lVert \\mathbf w \\rVert^2`$\n\n```math\n\\begin{aligned}&a\\\\&b\\end{aligned}\n```\n')).toEqual([]);
  });

  it(`measures the typeset width: a display wider than ${COLUMN_PX} px fails, its aligned version passes`, () => {
    const terms = Array.from({ length: 30 }, (_, i) => `x_{${i}}`);
    const long = terms.join(' + ');
    expect(typesetWidth(long, true)).toBeGreaterThan(COLUMN_PX);
    expect(checkMath('p', `\`\`\`math\n${long}\n\`\`\`\n`)[0]).toMatch(/p:1: display math is \d+ px wide/);
    const rows = [0, 10, 20].map((k) => terms.slice(k, k + 10).join(' + '));
    const split = `\\begin{aligned}&${rows.join('\\\\&\\qquad {}+ ')}\\end{aligned}`;
    const widest = { px: 0, where: '' };
    expect(checkMath('p', `\`\`\`math\n${split}\n\`\`\`\n`, widest)).toEqual([]);
    expect(widest.px).toBeGreaterThan(typesetWidth(long, true) / 4);
    expect(widest.px).toBeLessThan(COLUMN_PX);
  });

  it('flags inline math wider than the column (it cannot wrap)', () => {
    const long = Array.from({ length: 40 }, (_, i) => `x_{${i}}`).join(' + ');
    expect(checkMath('p', `see $\`${long}\`$\n`)[0]).toMatch(/inline math is \d+ px wide/);
  });

  it('flags a table without a header row and rows of unequal width', () => {
    expect(checkTables('p', '| a | b |\n| --- | --- |\n| 1 | 2 |\n')).toEqual([]);
    expect(checkTables('p', 'text\n\n| 1 | 2 |\n| 3 | 4 |\n')[0]).toMatch(/do not parse as a table/);
    expect(checkTables('p', '| a | b |\n| --- | --- |\n| 1 | 2 | 3 |\n')[0]).toMatch(/rows have 2 and 3 cells/);
  });

  it('flags links and images to missing files and missing anchors', () => {
    const pages = new Map([['VERDICTS.md', '# Top\n\n## Claim index\n'], ['claims/a.md', '# A\n'], ['figures/f.svg', '<svg/>']]);
    expect(checkLinks('claims/a.md', '[up](../VERDICTS.md#claim-index) ![f](../figures/f.svg)\n', pages, '/nonexistent')).toEqual([]);
    const bad = checkLinks('claims/a.md', '[x](b.md) ![g](../figures/g.svg) [y](../VERDICTS.md#nope) [web](https://example.org)\n', pages, '/nonexistent');
    expect(bad).toHaveLength(3);
    expect(bad[2]).toMatch(/no heading with anchor #nope/);
  });

  it('flags a page over the size limit', () => {
    expect(checkSize('p', 'x'.repeat(11), 10)).toHaveLength(1);
    expect(checkSize('p', 'x'.repeat(10), 10)).toEqual([]);
  });

  it('parses the mermaid subset strictly', () => {
    const good = 'flowchart LR\n  a["a-<br>long"]\n  b["b"]\n  a --> b\n  classDef proved fill:#2da44e,color:#fff\n  class a,b proved\n';
    expect(checkMermaid(good)).toEqual([]);
    expect(checkMermaid(good.replace('a --> b', 'a --> c'))[0]).toMatch(/c is not a defined node/);
    expect(checkMermaid(good.replace('a --> b', 'a --> b\n  a --> b'))[0]).toMatch(/duplicate edge/);
    expect(checkMermaid(good.replace('  b["b"]', '  b["b"]\n  b["again"]'))[0]).toMatch(/defined twice/);
    expect(checkMermaid(good.replace('b["b"]', 'b[b "quoted"]'))[0]).toMatch(/not flowchart syntax/);
    expect(checkMermaid(good.replace('flowchart LR', 'graph LR'))[0]).toMatch(/expected "flowchart LR"/);
    expect(checkMermaid(good.replace('class a,b proved', 'class a,b refuted'))[0]).toMatch(/no classDef/);
  });
});
