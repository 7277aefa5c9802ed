/**
 * `npx tsx scripts/browser-check.ts [REPORT_DIR] [--keep DIR]`: the optional browser check of the report. Each page is
 * rendered as GitHub does (markdown-it, math typeset by MathJax 3 with GitHub's TeX packages, GitHub's 890 px
 * column at 16 px), laid out by headless Chromium (Debian `chromium`, /usr/bin/chromium or $CHROMIUM), and every
 * table, math display and image wider than the column, so that the reader must scroll sideways, is listed. Exit 1
 * when any overflows, 2 on bad usage or when Chromium is missing. `--keep DIR` leaves the HTML pages in DIR.
 * It is a script, not part of `npm test`: one Chromium start per page takes about a second on this machine.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
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

const args = process.argv.slice(2);
const keepAt = args.indexOf('--keep');
const keep = keepAt >= 0 ? args[keepAt + 1] : undefined;
const dir = path.resolve(args.find((a, i) => !a.startsWith('--') && !(keepAt >= 0 && i === keepAt + 1)) ?? 'reports');
if ((keepAt >= 0 && !keep) || !fs.existsSync(path.join(dir, 'VERDICTS.md'))) {
  process.stderr.write(`browser-check: no VERDICTS.md in ${dir}\nusage: npx tsx scripts/browser-check.ts [REPORT_DIR] [--keep DIR]\n`);
  process.exit(2);
}
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  process.stderr.write(`browser-check: no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM)\n`);
  process.exit(2);
}

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
const doc = mathjax.document('', {
  InputJax: new TeX({ packages: ['base', 'ams', 'newcommand', 'noundefined', 'boldsymbol'] }),
  OutputJax: new SVG({ fontCache: 'none' }),
});
const tex = (t: string, display: boolean) => adaptor.outerHTML(doc.convert(t, { display }));
const md = new MarkdownIt({ html: true });
const fence = md.renderer.rules.fence!;
md.renderer.rules.fence = (tokens, idx, options, env, self) =>
  tokens[idx].info.trim() === 'math'
    ? `<div class="math-display">${tex(tokens[idx].content, true)}</div>`
    : tokens[idx].info.trim() === 'mermaid'
      ? '<div>(mermaid diagram: GitHub draws it scaled to the column)</div>'
      : fence(tokens, idx, options, env, self);

/** GitHub's column and the rules of github-markdown-css that decide what scrolls sideways. */
const CSS = `body{margin:0}.markdown-body{box-sizing:border-box;width:890px;margin:0 auto;font:16px/1.5 -apple-system,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif}
table{display:block;width:max-content;max-width:100%;overflow:auto;border-collapse:collapse}td,th{padding:6px 13px;border:1px solid #d1d9e0}
code{font-size:85%;padding:.2em .4em}img{max-width:100%}.math-display{overflow-x:auto;text-align:center}details{display:block}details>*{display:block}`;

/** Runs in the page: lists what is wider than the column (tables and displays by their scroll width). */
const PROBE = `<script>addEventListener('load',()=>{document.querySelectorAll('details').forEach(d=>d.open=true);
const col=document.querySelector('.markdown-body').getBoundingClientRect();const out=[];
document.querySelectorAll('table,.math-display').forEach(e=>{if(e.scrollWidth>e.clientWidth+1)out.push(e.tagName.toLowerCase()+' '+e.scrollWidth+' px: '+e.textContent.trim().slice(0,60))});
document.querySelectorAll('.markdown-body *').forEach(e=>{const r=e.getBoundingClientRect();if(r.right>col.right+1&&!e.closest('table,.math-display'))out.push(e.tagName.toLowerCase()+' ends at '+Math.round(r.right-col.left)+' px: '+(e.textContent||'').trim().slice(0,60))});
const p=document.createElement('pre');p.id='overflow';p.textContent=JSON.stringify(out);document.body.appendChild(p)})</script>`;

const pages = ['VERDICTS.md', ...(fs.existsSync(path.join(dir, 'claims')) ? fs.readdirSync(path.join(dir, 'claims')).sort().map((f) => `claims/${f}`) : [])];
const htmlDir = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'browser-check-'));
fs.mkdirSync(htmlDir, { recursive: true });
let overflowing = 0;
for (const page of pages) {
  const text = fs.readFileSync(path.join(dir, page), 'utf8').replace(/\$`([^`]*)`\$/g, (_m, t: string) => tex(t, false));
  const body = md.render(text).replace(/(src|href)="([^":#]+)"/g, (_m, attr: string, rel: string) => `${attr}="file://${path.resolve(dir, path.dirname(page), rel)}"`);
  const file = path.join(htmlDir, `${page.replace(/\//g, '_')}.html`);
  fs.writeFileSync(file, `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body><article class="markdown-body">${body}</article>${PROBE}</body></html>`);
  const dom = execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--window-size=1000,800', '--virtual-time-budget=5000', '--dump-dom', `file://${file}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });
  const found = /<pre id="overflow">([^<]*)<\/pre>/.exec(dom);
  const list = found ? (JSON.parse(found[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')) as string[]) : ['the page did not finish loading'];
  overflowing += list.length;
  for (const item of list) process.stdout.write(`${page}: ${item}\n`);
}
process.stdout.write(`browser-check: ${pages.length} pages, ${overflowing} element(s) wider than the 890 px column${keep ? `; HTML in ${htmlDir}` : ''}\n`);
if (!keep) fs.rmSync(htmlDir, { recursive: true, force: true });
process.exit(overflowing > 0 ? 1 : 0);
