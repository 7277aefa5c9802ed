/**
 * The claim dependency graph as a mermaid flowchart that fits the column: left to right, one box per question bullet
 * holding the claims that answer it first (claims with no link inside a box stack in a column instead of one long
 * row), one arrow per dependency, nodes coloured by verdict.
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

/** A mermaid node id for a claim id (mermaid ids may not contain '-'). */
export function nodeId(id: string): string {
  return `c_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/** The index of the first question bullet a claim answers (QUESTIONS.length when it answers none). */
export function firstBullet(c: Pick<ReportClaim, 'answers'>): number {
  return Math.min(...c.answers.map((a) => QUESTIONS.findIndex((q) => q.id === a)).filter((i) => i >= 0), QUESTIONS.length);
}

/** The lines of the ```mermaid block (without the fence). */
export function mermaidGraph(claims: readonly ReportClaim[]): string[] {
  const ids = new Set(claims.map((c) => c.id));
  const out = ['flowchart LR'];
  const groups = [...QUESTIONS.map((q) => q.label), 'other claims'];
  groups.forEach((label, g) => {
    const members = claims.filter((c) => firstBullet(c) === g);
    if (members.length === 0) return;
    out.push(`  subgraph q${g}["${label}"]`, '    direction TB');
    for (const c of members) out.push(`    ${nodeId(c.id)}["${c.id}"]`);
    out.push('  end');
  });
  for (const c of claims) for (const d of c.dependsOn) if (ids.has(d)) out.push(`  ${nodeId(d)} --> ${nodeId(c.id)}`);
  for (const v of Object.keys(COLOURS) as Verdict[]) {
    const members = claims.filter((c) => c.verdict === v).map((c) => nodeId(c.id));
    if (members.length > 0) out.push(`  classDef ${v} ${COLOURS[v]}`, `  class ${members.join(',')} ${v}`);
  }
  return out;
}
