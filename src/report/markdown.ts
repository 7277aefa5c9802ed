/**
 * Renders the report as GitHub Markdown pages: the front page VERDICTS.md (summary, Answers, Atlas, what the verdicts
 * mean, Trusted base, dependency graph, claim index) and one page claims/<id>.md per claim, linked both ways by
 * relative paths. Math goes in ```math fences or $`…`$; nothing time-dependent is written.
 */
import type { TableEvidence } from '../claim/types.js';
import type { Verdict } from '../kernel/types.js';
import { claimMark, claimPage, claimPagePath, CONDITIONAL_MARK, digitsFigure, digitsFigurePath, isConditional, MARK, verdictBadge } from './claim-page.js';
import { cell, wrappingCell } from './ladder.js';
import { mermaidGraph, unlinkedClaims } from './graph.js';
import type { Report, ReportClaim } from './model.js';
import { renderAnswer } from './answers.js';
import { QUESTIONS } from './questions.js';
import { trustIndex, type KernelCode } from './trusted-base.js';

const PROMISE: Record<Verdict, string> = {
  proved: 'the statement holds for every input its hypotheses allow: a certificate was checked by the kernel',
  refuted: 'the statement is false: a counterexample was re-checked by the kernel',
  supported: 'every test passed, but nothing proves the statement',
  inconclusive: 'the evidence does not decide',
  error: 'the claim could not be checked (it did not load, was malformed, threw or ran out of time)',
};
/** The claim whose table becomes the report's Atlas section, and that table's title. */
const ATLAS = 'closed-form-atlas';
const ATLAS_TITLE = 'Atlas of closed forms';

/**
 * The report's pages and the figures they draw, by path relative to the report directory: VERDICTS.md,
 * claims/<id>.md for every claim, figures/<id>-digits.svg for every claim with several ladders.
 */
export function renderPages(report: Report, kernel: KernelCode): Map<string, string> {
  const pages = new Map<string, string>();
  pages.set('VERDICTS.md', renderFrontPage(report, kernel));
  for (const c of report.claims) {
    pages.set(claimPagePath(c.id), claimPage(c, report));
    const figure = digitsFigure(c);
    if (figure) pages.set(digitsFigurePath(c.id), figure);
  }
  return pages;
}

function link(id: string, byId: ReadonlyMap<string, ReportClaim>): string {
  const c = byId.get(id);
  return c ? `[${id}](${claimPagePath(id)}) ${claimMark(c)}` : `${id} (missing)`;
}

/** The number of claims per verdict as shown: proved counts only unconditional proofs; `conditional` the proofs that rest on a conjecture. */
function shownCounts(report: Report): Record<Verdict | 'conditional', number> {
  const conditional = report.claims.filter(isConditional).length;
  return { ...report.counts, proved: report.counts.proved - conditional, conditional };
}

const CONDITIONAL_PROMISE = 'the kernel derived the statement, but a rule of the proof (or of a claim it rests on) assumes an unproved conjecture, named beside the verdict and under Trusted base: a proof only if the conjecture holds';

function quote(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** The text of VERDICTS.md. */
export function renderFrontPage(report: Report, kernel: KernelCode): string {
  const byId = new Map(report.claims.map((c) => [c.id, c]));
  const verdicts = Object.keys(PROMISE) as Verdict[];
  const counts = shownCounts(report);
  const out: string[] = [];
  out.push(`# Verdicts: ${report.title}`, '');
  out.push(
    `${report.claims.length} claims, each a checked proposition with its own page: ${[...verdicts.slice(0, 1).map((v) => [MARK[v], v] as const), [CONDITIONAL_MARK, 'conditional'] as const, ...verdicts.slice(1).map((v) => [MARK[v], v] as const)].filter(([, v]) => counts[v] > 0).map(([mark, v]) => `${mark} ${counts[v]} ${v === 'conditional' ? 'proved conditionally on a conjecture' : v}`).join(' · ')}.`,
    `Expected verdicts met: **${report.expectedMet} of ${report.expectedTotal}**.`,
    '',
  );
  for (const c of report.claims.filter((x) => !x.expectedMet)) out.push(`- **not met:** ${link(c.id, byId)} expected ${c.expected}, got ${c.verdict}.`);
  out.push('');

  out.push('## Answers', '', 'Each sentence names the claims it reports; a sentence is printed only when they met their expected verdict (and, unless it says "evidence, not proof", are proved or refuted). Sentences in italics state scope, not results.', '');
  for (const q of QUESTIONS) {
    out.push(`### ${q.label}`, '', quote(q.quote), '');
    const answer = renderAnswer(q, byId, (id) => link(id, byId));
    out.push(...(answer === null ? ['*Not settled: no claim in this run addresses it.*'] : ['**Answer.**', '', ...answer]), '');
    const others = report.claims.filter((c) => c.answers.includes(q.id) && !q.answer.some((s) => s.cites.includes(c.id)));
    if (others.length > 0) out.push(`Also bearing on it: ${others.map((c) => link(c.id, byId)).join(', ')}.`, '');
  }
  out.push(...renderAtlas(report));

  out.push('## What the verdicts mean', '', '| verdict | claims | it means |', '| --- | ---: | --- |');
  for (const v of verdicts) {
    out.push(`| ${verdictBadge(v)} | ${counts[v]} | ${PROMISE[v]} |`);
    if (v === 'proved') out.push(`| ${CONDITIONAL_MARK} **proved, conditional on a conjecture** | ${counts.conditional} | ${CONDITIONAL_PROMISE} |`);
  }
  out.push('');
  out.push(`Property seed ${report.seed}; precision ladder ${report.precisions.join(', ')} significant digits; versions: ${Object.entries(report.versions).map(([k, v]) => `${k} ${v}`).join(', ')}.`, '');

  out.push(...renderTrustedBase(report, kernel));

  out.push('## Dependency graph', '', 'An arrow runs from a claim to a claim that rests on it. Colours: green proved, pale green (dashed) proved only conditionally on a conjecture, red refuted, yellow supported, grey inconclusive, purple error.', '');
  out.push('```mermaid', ...mermaidGraph(report.claims), '```', '');
  const unlinked = unlinkedClaims(report.claims);
  if (unlinked.length > 0) {
    out.push('Claims that neither rest on another claim nor support one, by the question bullet they answer first:', '');
    for (const group of unlinked) out.push(`- ${group.label}: ${group.claims.map((c) => link(c.id, byId)).join(', ')}`);
    out.push('');
  }

  out.push('## Claim index', '', '| # | verdict | claim | title | expected |', '| ---: | --- | --- | --- | --- |');
  report.claims.forEach((c, i) => {
    const expected = c.expected === undefined ? '—' : c.expectedMet ? `${c.expected} ✓` : `${c.expected} (**not met**)`;
    out.push(`| ${i + 1} | ${verdictBadge(c.verdict, c.conditions)} | [${c.id}](${claimPagePath(c.id)}) | ${cell(c.title)} | ${expected} |`);
  });
  out.push('');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** The atlas claim's table, as its own section, when the run has it. */
function renderAtlas(report: Report): string[] {
  const atlas = report.claims.find((c) => c.id === ATLAS);
  const table = atlas?.evidence.map((e) => e.evidence).find((e): e is TableEvidence => e.kind === 'table' && e.title === ATLAS_TITLE);
  if (!atlas || !table) return [];
  return [
    '## Atlas: where closed forms live',
    '',
    `Generated by the suite over models and input sets with fixed rational targets; every certified entry is re-checked by the kernel (claim [${ATLAS}](${claimPagePath(ATLAS)}): ${verdictBadge(atlas.verdict, atlas.conditions)}). "Undetermined" claims nothing.`,
    '',
    `| ${table.columns.map(cell).join(' | ')} |`,
    `| ${table.columns.map(() => '---').join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(wrappingCell).join(' | ')} |`),
    '',
  ];
}

/** The conjectures the verdicts rest on, each with the claims proved only conditionally on it (empty when there are none). */
function renderConjectures(report: Report): string[] {
  const uses = trustIndex(report.claims).filter((u) => u.trust.kind === 'conjecture');
  if (uses.length === 0) return [];
  const out = ['### Conjectures', '', `Unproved conjectures that some rules assume. A claim that rests on one is ${CONDITIONAL_MARK} proved only conditionally on it (or is capped below proved for another reason, shown on its page).`, ''];
  for (const use of uses) out.push(`- **${use.trust.name}**: ${use.claims.map((id) => link(id, new Map(report.claims.map((c) => [c.id, c])))).join(', ')}`);
  out.push('');
  return out;
}

/** What the verdicts rest on: every trusted theorem, library and piece of kernel code with its claims; the kernel's files. */
function renderTrustedBase(report: Report, kernel: KernelCode): string[] {
  const out = ['## Trusted base', '', 'What the verdicts rest on without re-proving it (the `#print axioms` of this suite), and which claims use each.', ''];
  out.push(...renderConjectures(report));
  out.push('| kind | trusted | claims |', '| --- | --- | --- |');
  for (const use of trustIndex(report.claims).filter((u) => u.trust.kind !== 'claim')) {
    const others = report.claims.map((c) => c.id).filter((id) => !use.claims.includes(id));
    const links = (ids: string[]) => ids.map((id) => `[${id}](${claimPagePath(id)})`).join(', ');
    // The shorter list: the claims that use it, or all but those that do not.
    const users = others.length === 0 ? `all ${use.claims.length} claims` : others.length < use.claims.length ? `${use.claims.length} claims: all but ${links(others)}` : links(use.claims);
    out.push(`| ${use.trust.kind} | ${cell(use.trust.name)} | ${users} |`);
  }
  out.push('');
  const total = kernel.files.reduce((s, f) => s + f.lines, 0);
  out.push(
    `**The kernel's code**: the files under \`src/kernel\` and every file they import, ${kernel.files.length} files, ${total} lines (type-only imports carry no code and are not followed); packages: ${kernel.packages.map((p) => `\`${p}\``).join(', ') || 'none'}.`,
    '',
    '<details><summary>Kernel files and their line counts</summary>',
    '',
    '| file | lines |',
    '| --- | ---: |',
    ...kernel.files.map((f) => `| \`${f.file}\` | ${f.lines} |`),
    '',
    '</details>',
    '',
  );
  return out;
}
