/**
 * Render checks of report pages with the renderers GitHub uses: markdown-it 14 (GFM tables) finds the math and the
 * tables, MathJax 3 (mathjax-full 3.2.2, TeX packages base, ams, newcommand, noundefined, boldsymbol) typesets every
 * math span and fence to SVG, whose width in ex gives each display's widest line. Each check returns a list of
 * one-line problems (empty = the page passes), so a test can show every problem at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { mathjax } from 'mathjax-full/js/mathjax.js';
import { TeX } from 'mathjax-full/js/input/tex.js';
import { SVG } from 'mathjax-full/js/output/svg.js';
import { liteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js';
import 'mathjax-full/js/input/tex/base/BaseConfiguration.js';
import 'mathjax-full/js/input/tex/ams/AmsConfiguration.js';
import 'mathjax-full/js/input/tex/newcommand/NewcommandConfiguration.js';
import 'mathjax-full/js/input/tex/noundefined/NoUndefinedConfiguration.js';
import 'mathjax-full/js/input/tex/boldsymbol/BoldsymbolConfiguration.js';

/** GitHub's Markdown column, in px, and the px of one ex of its 16 px body font (x-height about 0.53 em, rounded up). */
export const COLUMN_PX = 890;
export const EX_PX = 8.5;
/** GitHub stops rendering Markdown near 512 KB; the suite's own limit per page. */
export const MAX_PAGE_BYTES = 400 * 1024;

const md = new MarkdownIt({ html: true, linkify: false });
const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
const doc = mathjax.document('', {
  InputJax: new TeX({ packages: ['base', 'ams', 'newcommand', 'noundefined', 'boldsymbol'], formatError: (_jax: unknown, err: Error) => { throw err; } }),
  OutputJax: new SVG({ fontCache: 'none' }),
});

/** One math expression of a page: its TeX, whether it is a display (```math fence) and the line it starts on. */
export interface MathSpan {
  tex: string;
  display: boolean;
  line: number;
}

/**
 * Every math expression GitHub would typeset: ```math fences, $`…`$ spans (in paragraphs, lists, tables), and in the
 * rest of a paragraph's source $$…$$ displays and $…$ spans (an opening $ not followed by a space, a closing one not
 * preceded by a space nor followed by a digit), as they appear in quotes of the question.
 */
export function mathSpans(markdown: string): MathSpan[] {
  const spans: MathSpan[] = [];
  const walk = (tokens: Token[], line: number): void => {
    tokens.forEach((t, i) => {
      const here = t.map ? t.map[0] + 1 : line;
      if (t.type === 'fence' && t.info.trim() === 'math') spans.push({ tex: t.content, display: true, line: here });
      if (t.type === 'code_inline' && tokens[i - 1]?.content.endsWith('$') && tokens[i + 1]?.content.startsWith('$')) spans.push({ tex: t.content, display: false, line });
      if (t.type === 'inline') {
        const rest = t.content.replace(/\$`[^`]*`\$/g, ' ').replace(/`[^`]*`/g, ' ');
        for (const m of rest.matchAll(/\$\$([^]+?)\$\$/g)) spans.push({ tex: m[1], display: true, line: here });
        for (const m of rest.replace(/\$\$[^]+?\$\$/g, ' ').matchAll(/\$(?!\s)([^$]+?)(?<!\s)\$(?!\d)/g)) spans.push({ tex: m[1], display: false, line: here });
      }
      if (t.children) walk(t.children, here);
    });
  };
  walk(md.parse(markdown, {}), 1);
  return spans;
}

/** Macros MathJax's packages define but GitHub's math renderer rejects (see ECOSYSTEM.md). */
const GITHUB_REJECTS = ['\\operatorname'];

/** Typesets `tex`; returns its width in px at GitHub's font size, or throws with MathJax's message. */
export function typesetWidth(tex: string, display: boolean): number {
  for (const macro of GITHUB_REJECTS) if (new RegExp(`${macro.replace(/\\/g, '\\\\')}(?![a-zA-Z])`).test(tex)) throw new Error(`${macro} is rejected by GitHub`);
  const node = doc.convert(tex, { display });
  const html = adaptor.outerHTML(node);
  if (/<merror|data-mjx-error/.test(html)) throw new Error(`merror: ${/data-mjx-error="([^"]*)"/.exec(html)?.[1] ?? 'error node'}`);
  // noundefined typesets an unknown macro as red text instead of failing: GitHub would show it, so it is an error here.
  if (/fill="red"|mathcolor="red"/.test(html)) throw new Error('undefined macro (shown in red by noundefined)');
  const width = /<svg[^>]*\swidth="([\d.]+)ex"/.exec(html);
  if (!width) throw new Error('no width on the typeset SVG');
  return Number(width[1]) * EX_PX;
}

/** Problems of a page's math: expressions that do not typeset, and any wider than the column (inline math cannot wrap). */
export function checkMath(page: string, markdown: string, widest?: { px: number; where: string }): string[] {
  const problems: string[] = [];
  for (const span of mathSpans(markdown)) {
    try {
      const px = typesetWidth(span.tex, span.display);
      if (widest && px > widest.px) Object.assign(widest, { px, where: `${page}:${span.line}` });
      if (px > COLUMN_PX) problems.push(`${page}:${span.line}: ${span.display ? 'display' : 'inline'} math is ${Math.round(px)} px wide (column ${COLUMN_PX} px): ${span.tex.slice(0, 80)}`);
    } catch (e) {
      problems.push(`${page}:${span.line}: math does not typeset (${(e as Error).message}): ${span.tex.slice(0, 80)}`);
    }
  }
  return problems;
}

/** Problems of a page's GFM tables as markdown-it parses them: a table without a header row, or rows of unequal width. */
export function checkTables(page: string, markdown: string): string[] {
  const problems: string[] = [];
  const tokens = md.parse(markdown, {});
  let table: { line: number; header: number } | undefined;
  for (const t of tokens) {
    if (t.type === 'table_open') table = { line: (t.map?.[0] ?? 0) + 1, header: 0 };
    if (!table) continue;
    if (t.type === 'thead_open') table.header++;
    if (t.type === 'table_close') {
      if (table.header !== 1) problems.push(`${page}:${table.line}: table has no header row`);
      table = undefined;
    }
  }
  // markdown-it pads or cuts body rows to the header's width, so row widths are counted in the source.
  const source = markdown.split('\n');
  for (const t of tokens.filter((x) => x.type === 'table_open' && x.map)) {
    const [from, to] = t.map!;
    const widths = source.slice(from, to).filter((l, i) => i !== 1 && l.trim() !== '').map((l) => l.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).length);
    if (new Set(widths).size > 1) problems.push(`${page}:${from + 1}: table rows have ${[...new Set(widths)].join(' and ')} cells`);
  }
  // A run of pipe rows that markdown-it did not read as a table is a table GitHub shows as a paragraph.
  const inline = tokens.filter((t) => t.type === 'inline' && /^\|.*\|$/m.test(t.content));
  for (const t of inline) problems.push(`${page}:${(t.map?.[0] ?? 0) + 1}: pipe rows that do not parse as a table (no header row?)`);
  return problems;
}

/**
 * Problems of a page's relative links and images: targets that do not exist, anchors that no heading defines. `page`
 * is the page's path relative to the report directory; a target is looked up among `pages` (the generated files, by
 * the same relative paths) and then on disk relative to `reportDir`.
 */
export function checkLinks(page: string, markdown: string, pages: ReadonlyMap<string, string>, reportDir: string): string[] {
  const problems: string[] = [];
  const targets: { href: string; line: number }[] = [];
  const walk = (tokens: Token[], line: number): void => {
    for (const t of tokens) {
      const here = t.map ? t.map[0] + 1 : line;
      if (t.type === 'link_open') targets.push({ href: t.attrGet('href') ?? '', line: here });
      if (t.type === 'image') targets.push({ href: t.attrGet('src') ?? '', line: here });
      if (t.children) walk(t.children, here);
    }
  };
  walk(md.parse(markdown, {}), 1);
  for (const { href, line } of targets) {
    if (/^[a-z]+:/i.test(href)) continue;
    const [file, anchor] = href.split('#');
    const target = file ? path.posix.normalize(path.posix.join(path.posix.dirname(page), file)) : page;
    const text = pages.get(target) ?? (fs.existsSync(path.resolve(reportDir, target)) ? fs.readFileSync(path.resolve(reportDir, target), 'utf8') : undefined);
    if (text === undefined) problems.push(`${page}:${line}: link target ${href} does not exist`);
    else if (anchor !== undefined && target.endsWith('.md') && !headingAnchors(text).has(anchor)) problems.push(`${page}:${line}: link ${href}: no heading with anchor #${anchor}`);
  }
  return problems;
}

/** The anchors GitHub gives a page's headings (lower case, punctuation dropped, spaces to hyphens, repeats numbered). */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const tokens = md.parse(markdown, {});
  tokens.forEach((t, i) => {
    if (t.type !== 'heading_open') return;
    const text = tokens[i + 1].children?.map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : '')).join('') ?? '';
    const base = text.toLowerCase().trim().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    let anchor = base;
    for (let k = 1; anchors.has(anchor); k++) anchor = `${base}-${k}`;
    anchors.add(anchor);
  });
  return anchors;
}

/** Problems of a page's size. */
export function checkSize(page: string, markdown: string, limit = MAX_PAGE_BYTES): string[] {
  const bytes = Buffer.byteLength(markdown, 'utf8');
  return bytes > limit ? [`${page}: ${bytes} bytes (limit ${limit})`] : [];
}

/**
 * Problems of a mermaid flowchart, by a strict parse of the subset the report emits (mermaid itself needs a DOM):
 * a `flowchart LR|TB|TD` header; nodes `id["label"]` defined once (a label may hold <br> but no quotes or brackets); edges `a --> b` between defined nodes, no self-loops or
 * duplicates; `classDef name style` and `class a,b name` naming defined nodes and classes. Any other line is a problem.
 */
export function checkMermaid(source: string): string[] {
  const problems: string[] = [];
  const lines = source.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const classes = new Set<string>();
  const uses: { line: number; ids: string[]; cls?: string }[] = [];
  const ID = '[A-Za-z_][A-Za-z0-9_]*';
  const LABEL = '\\["[^"\\[\\]]+"\\]';
  if (!/^flowchart (LR|TB|TD)$/.test(lines[0] ?? '')) problems.push(`line 1: expected "flowchart LR", got "${lines[0] ?? ''}"`);
  lines.slice(1).forEach((line, k) => {
    const n = k + 2;
    let m: RegExpExecArray | null;
    if ((m = new RegExp(`^(${ID})${LABEL}$`).exec(line))) {
      if (nodes.has(m[1])) problems.push(`line ${n}: id ${m[1]} defined twice`);
      nodes.add(m[1]);
    } else if ((m = new RegExp(`^(${ID}) --> (${ID})$`).exec(line))) {
      if (m[1] === m[2]) problems.push(`line ${n}: self-loop on ${m[1]}`);
      if (edges.has(line)) problems.push(`line ${n}: duplicate edge ${line}`);
      edges.add(line);
      uses.push({ line: n, ids: [m[1], m[2]] });
    } else if ((m = new RegExp(`^classDef (${ID}) ([a-z-]+:#?[A-Za-z0-9]+)(,[a-z-]+:#?[A-Za-z0-9]+)*$`).exec(line))) {
      classes.add(m[1]);
    } else if ((m = new RegExp(`^class (${ID}(?:,${ID})*) (${ID})$`).exec(line))) {
      uses.push({ line: n, ids: m[1].split(','), cls: m[2] });
    } else problems.push(`line ${n}: not flowchart syntax the report emits: "${line}"`);
  });
  for (const u of uses) {
    for (const id of u.ids) if (!nodes.has(id)) problems.push(`line ${u.line}: ${id} is not a defined node`);
    if (u.cls !== undefined && !classes.has(u.cls)) problems.push(`line ${u.line}: class ${u.cls} has no classDef`);
  }
  return problems;
}
