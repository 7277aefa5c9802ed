/**
 * The claim dependency graph as a mermaid flowchart that fits the column: left to right, only the claims that rest on
 * or support another (one arrow per dependency), labels wrapped at hyphens to short lines, nodes coloured by verdict.
 * Measured in Chromium with mermaid 11, the 19 linked claims of the catalogue draw about 1070 px wide (so GitHub scales
 * labels to about 13 px); boxes per question bullet doubled that. The claims with no link are listed beside the
 * graph, grouped by the first bullet they answer, instead of drawn as one long row.
 */
import type { Verdict } from '../kernel/types.js';
import type { ReportClaim } from './model.js';
import { QUESTIONS } from './questions.js';

const COLOURS: Record<Verdict, string> = {
  proved: 'fill:#2da44e,color:#fff',
  refuted: 'fill:#cf222e,color:#fff',
  supported: 'fill:#d4a72c,color:#000',
  inconclusive: 'fill:#8c959f,color:#fff',
  error: 'fill:#6e40c9,color:#fff',
};
/** The colour of a proved claim that is conditional on a conjecture (pale green, unlike an outright proof). */
const CONDITIONAL_COLOUR = 'fill:#aceebb,color:#000,stroke:#2da44e,stroke-dasharray:4';
/** Longest line of a node label, in characters (a single hyphen-free word may be longer). */
const LABEL_LINE = 16;

/** A mermaid node id for a claim id (mermaid ids may not contain '-'). */
export function nodeId(id: string): string {
  return `c_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/** A claim id wrapped after hyphens into lines of at most LABEL_LINE characters, joined by <br>. */
export function nodeLabel(id: string): string {
  const lines: string[] = [];
  for (const part of id.split('-')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + part.length <= LABEL_LINE) lines[last] += `-${part}`;
    else {
      if (last >= 0) lines[last] += '-';
      lines.push(part);
    }
  }
  return lines.join('<br>');
}

/** The index of the first question bullet a claim answers (QUESTIONS.length when it answers none). */
export function firstBullet(c: Pick<ReportClaim, 'answers'>): number {
  return Math.min(...c.answers.map((a) => QUESTIONS.findIndex((q) => q.id === a)).filter((i) => i >= 0), QUESTIONS.length);
}

/** The dependencies between claims of the report, as [from, to] with `to` resting on `from`. */
function edges(claims: readonly ReportClaim[]): [string, string][] {
  const ids = new Set(claims.map((c) => c.id));
  return claims.flatMap((c) => c.dependsOn.filter((d) => ids.has(d)).map((d) => [d, c.id] as [string, string]));
}

/** The lines of the ```mermaid block (without the fence): the claims with at least one dependency link. */
export function mermaidGraph(claims: readonly ReportClaim[]): string[] {
  const links = edges(claims);
  const linked = new Set(links.flat());
  const drawn = claims.filter((c) => linked.has(c.id));
  const out = ['flowchart LR'];
  for (const c of drawn) out.push(`  ${nodeId(c.id)}["${nodeLabel(c.id)}"]`);
  for (const [from, to] of links) out.push(`  ${nodeId(from)} --> ${nodeId(to)}`);
  const conditional = (c: ReportClaim) => c.verdict === 'proved' && (c.conditions?.length ?? 0) > 0;
  for (const v of Object.keys(COLOURS) as Verdict[]) {
    const members = drawn.filter((c) => c.verdict === v && !conditional(c)).map((c) => nodeId(c.id));
    if (members.length > 0) out.push(`  classDef ${v} ${COLOURS[v]}`, `  class ${members.join(',')} ${v}`);
  }
  const members = drawn.filter(conditional).map((c) => nodeId(c.id));
  if (members.length > 0) out.push(`  classDef conditional ${CONDITIONAL_COLOUR}`, `  class ${members.join(',')} conditional`);
  return out;
}

/** The claims with no dependency link, grouped by the label of the first bullet they answer, bullets in order. */
export function unlinkedClaims(claims: readonly ReportClaim[]): { label: string; claims: ReportClaim[] }[] {
  const linked = new Set(edges(claims).flat());
  const labels = [...QUESTIONS.map((q) => q.label), 'other claims'];
  return labels
    .map((label, g) => ({ label, claims: claims.filter((c) => !linked.has(c.id) && firstBullet(c) === g) }))
    .filter((group) => group.claims.length > 0);
}
