/**
 * One claim's page, reports/claims/<id>.md: statement (display math broken to fit, optional gloss), source,
 * hypotheses, verdict and why, evidence (one headed table per ladder, a digits-vs-precision figure when there are
 * several), properties, proof (the replayed proof tree when the judgement carries one, else the certificate families),
 * argument, counterexample, figures, trusts, and links to the claims it depends on and that depend on it.
 */
import type { LadderEvidence, TableEvidence } from '../claim/types.js';
import type { Verdict } from '../kernel/types.js';
import { certificateFamilies, fitProse, renderFamily } from './certificates.js';
import { fitDisplay } from './latex.js';
import { cell, ladderTable, wrappingCell } from './ladder.js';
import type { Report, ReportClaim } from './model.js';
import { renderProofTree } from './proof-tree.js';
import { QUESTIONS } from './questions.js';
import { linePlot } from './svg/index.js';

/** The mark of each verdict, as the report shows it. */
export const MARK: Record<Verdict, string> = { proved: '✅', refuted: '❌', supported: '🟡', inconclusive: '⚪', error: '💥' };

/** The mark of a proved verdict that is conditional on a conjecture: never the mark of an unconditional proof. */
export const CONDITIONAL_MARK = '🟢';

/** True iff the claim is proved conditionally (its verdict rests on at least one conjecture). */
export function isConditional(c: Pick<ReportClaim, 'verdict' | 'conditions'>): boolean {
  return c.verdict === 'proved' && (c.conditions?.length ?? 0) > 0;
}

/** The mark a claim's verdict is shown with: the verdict's, or the conditional mark for a conditional proof. */
export function claimMark(c: Pick<ReportClaim, 'verdict' | 'conditions'>): string {
  return isConditional(c) ? CONDITIONAL_MARK : MARK[c.verdict];
}

/** A verdict as a bold badge with its mark; a proved verdict with conditions reads "proved, conditional on …". */
export function verdictBadge(v: Verdict, conditions: readonly string[] = []): string {
  if (v === 'proved' && conditions.length > 0) return `${CONDITIONAL_MARK} **proved, conditional on ${conditions.join(' and ')}**`;
  return `${MARK[v]} **${v}**`;
}

/** Path of a claim's page relative to the report directory. */
export function claimPagePath(id: string): string {
  return `claims/${id}.md`;
}

/** Path (relative to the report directory) of a claim's digits-vs-precision figure, drawn when it has two or more ladders. */
export function digitsFigurePath(id: string): string {
  return `figures/${id}-digits.svg`;
}

function ladders(c: ReportClaim) {
  return c.evidence.filter((e) => e.evidence.kind === 'ladder');
}

/** The digits-vs-precision figure of a claim with two or more ladders (SVG text), or undefined. */
export function digitsFigure(c: ReportClaim): string | undefined {
  const judged = ladders(c).filter((j) => j.digits && j.digits.length > 0);
  if (judged.length < 2) return undefined;
  const precisions = judged.flatMap((j) => (j.evidence as LadderEvidence).rungs.map((r) => r.precision));
  const digits = judged.flatMap((j) => j.digits!);
  return linePlot({
    title: `${c.id}: digits of agreement vs working precision`,
    x: { label: 'working precision (significant digits)', min: 0, max: Math.max(...precisions) * 1.05 },
    y: { label: 'digits on which all methods agree', min: 0, max: Math.max(...digits, ...precisions) * 1.05 },
    series: [
      { label: 'digits = precision', points: [[0, 0], [Math.max(...precisions), Math.max(...precisions)]], style: 'line', dash: true, color: '#8c959f' },
      ...judged.map((j, k) => ({
        label: `ladder ${k + 1}: ${(j.evidence as LadderEvidence).at}`.slice(0, 60),
        points: (j.evidence as LadderEvidence).rungs.map((r, i) => [r.precision, j.digits![i]] as [number, number]),
        style: 'line+markers' as const,
      })),
    ],
  });
}

const up = (rel: string) => `../${rel}`;

/** The text of claims/<id>.md; links are relative to that page. */
export function claimPage(c: ReportClaim, report: Report): string {
  const byId = new Map(report.claims.map((x) => [x.id, x]));
  const link = (id: string) => (byId.has(id) ? `[${id}](${id}.md) ${claimMark(byId.get(id)!)}` : `${id} (missing)`);
  const out: string[] = [];
  out.push(`# ${c.title}`, '');
  const expectation = c.expected === undefined ? '' : c.expectedMet ? ` (expected: ${c.expected} ✓)` : ` (expected: ${c.expected} — **not met**)`;
  out.push(`Claim \`${c.id}\` · ${verdictBadge(c.verdict, c.conditions)}${expectation} · file [\`${c.file}\`](../../${c.file}) · [all verdicts](../VERDICTS.md#claim-index)`, '');
  const bullets = QUESTIONS.filter((q) => c.answers.includes(q.id));
  if (bullets.length > 0) out.push(`Helps answer: ${bullets.map((q) => `[${q.label}](../VERDICTS.md#${anchor(q.label)})`).join(', ')}.`, '');

  out.push('## Statement', '');
  if (c.statement) out.push(...statementDisplays(c.statement));
  if (c.gloss) out.push(`*In words (not checked):* ${c.gloss.trim()}`, '');
  if (c.source) out.push('**Source.**', '', ...c.source.trim().split('\n').map((l) => `> ${l}`), '');
  if (c.hypotheses.length > 0) out.push('**Hypotheses.**', '', ...c.hypotheses.flatMap((h) => fitProse(`- ${h}`)), '');

  out.push('## Verdict', '', `${verdictBadge(c.verdict, c.conditions)}${expectation}`, '', ...c.reasons.map((r) => `- ${r}`), '');

  const judgedLadders = ladders(c);
  if (judgedLadders.length > 0 || c.evidence.length > 0) out.push('## Evidence', '');
  if (judgedLadders.length > 1 && digitsFigure(c)) out.push(`![digits of agreement vs precision](${up(digitsFigurePath(c.id))})`, '');
  judgedLadders.forEach((judged, k) => {
    const ladder = judged.evidence as LadderEvidence;
    out.push(`### Ladder ${k + 1}: $\`${ladder.quantity}\`$ at ${cell(ladder.at)}`, '');
    out.push(...ladderTable(judged), '');
    out.push(`${judged.passed ? 'Converges' : '**Does not converge**'}: ${judged.rule ?? judged.why}.`, '');
  });
  if (judgedLadders.length > 0) out.push('Each value is shown to the digits all methods share at that precision (long runs elided with …), then the **first digit where they differ**; full values are in `verdicts.json`.', '');
  for (const judged of c.evidence.filter((e) => e.evidence.kind === 'table')) {
    const table = judged.evidence as TableEvidence;
    out.push(`### ${cell(table.title)}`, '', `Criterion: ${table.criterion} — ${judged.passed ? 'met' : '**not met**'}.`, '');
    out.push(`| ${table.columns.map(cell).join(' | ')} |`, `| ${table.columns.map(() => '---').join(' | ')} |`);
    for (const row of table.rows) out.push(`| ${row.map(wrappingCell).join(' | ')} |`);
    out.push('');
  }

  if (c.properties.length > 0) {
    out.push('## Property tests', '', '(fast-check)', '', '| property | runs | seed | result | counterexample |', '| --- | ---: | ---: | --- | --- |');
    for (const p of c.properties) {
      const cx = p.passed ? '—' : `\`${cell(p.counterexample ?? '')}\` after ${p.shrinks ?? 0} shrinks (path ${p.path ?? '?'}): ${cell(p.failure ?? '')}`;
      out.push(`| ${cell(p.name)} | ${p.runs} | ${p.seed} | ${p.passed ? 'passed' : '**failed**'} | ${cx} |`);
    }
    out.push('');
  }

  if (c.proofTree) out.push('## Proof', '', 'The proof as the kernel replayed it: each rule with its conclusion, premises indented below it.', '', ...renderProofTree(c.proofTree), '');
  if (c.certificates.length > 0) {
    out.push(c.proofTree ? '### Certificates' : '## Certificates', '', `Re-checked by the kernel: ${c.certificates.length} certificate${c.certificates.length === 1 ? '' : 's'}, grouped by checker.`, '');
    for (const family of certificateFamilies(c.certificates.map((cc) => cc.check))) out.push(...renderFamily(family));
  }
  if (c.argument) out.push('## Argument', '', '(from the checked facts to the statement; read by people, not by the kernel)', '', c.argument.trim(), '');
  if (c.witness) out.push('## Counterexample', '', '(re-checked by the kernel)', '', ...renderFamily({ kind: c.witness.check.kind, ok: c.witness.check.ok, members: [c.witness.check] }));
  if (c.figures.length > 0) out.push('## Figures', '');
  for (const f of c.figures) out.push(`![${f.caption}](${up(f.file)})`, '', `*${f.caption}*`, '');

  out.push('## Trusts', '', ...c.trusts.map((t) => `- ${t.kind}: ${t.kind === 'claim' && byId.has(t.name) ? link(t.name) : t.name}`), '');
  const usedBy = report.claims.filter((x) => x.dependsOn.includes(c.id)).map((x) => x.id);
  out.push('## Dependencies', '');
  out.push(`Depends on: ${c.dependsOn.length > 0 ? c.dependsOn.map(link).join(', ') : 'nothing'}.`, '');
  out.push(`Used by: ${usedBy.length > 0 ? usedBy.map(link).join(', ') : 'no claim'}.`, '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** The anchor GitHub gives a heading with this text. */
export function anchor(heading: string): string {
  return heading.toLowerCase().trim().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

/**
 * The statement as display math: one fence, or, when it is too long for one formula (MathJax refuses one that expands
 * past about 5 000 characters), one fence per line of its `aligned` block, in order.
 */
function statementDisplays(tex: string): string[] {
  const inner = /^\\begin\{aligned\}\n([\s\S]*)\n\\end\{aligned\}$/.exec(tex.trim());
  if (!inner || tex.length <= MAX_DISPLAY_CHARS) return ['```math', fitDisplay(tex), '```', ''];
  return inner[1].split('\\\\\n').flatMap((line) => ['```math', fitDisplay(line.replace(/^&/, '')), '```', '']);
}

const MAX_DISPLAY_CHARS = 3000;
