/**
 * Certificates on a claim page: checks grouped into families (same checker, same outcome), each family one line with
 * its members expandable in a <details> block; what each proves printed with its long formulas as displays that fit.
 */
import type { CheckResult } from '../kernel/types.js';
import { abbreviateSigmoid, estimateWidth, fitDisplay, INLINE_BUDGET_EX } from './latex.js';

/** Checks of one checker with one outcome, in the order the claim produced them. */
export interface CertificateFamily {
  kind: string;
  ok: boolean;
  members: CheckResult[];
}

/** The checks grouped by (kind, outcome), families in order of their first member. */
export function certificateFamilies(checks: readonly CheckResult[]): CertificateFamily[] {
  const families = new Map<string, CertificateFamily>();
  for (const check of checks) {
    const key = `${check.kind}\u0000${check.ok}`;
    if (!families.has(key)) families.set(key, { kind: check.kind, ok: check.ok, members: [] });
    families.get(key)!.members.push(check);
  }
  return [...families.values()];
}

/**
 * Markdown text whose inline math spans ($`…`$, or $…$ as GitHub reads it) that would not fit a line are moved to ```math displays broken to fit;
 * expanded sigmoids in such a display are written s(u), with the definition of s after it. `indent` prefixes every
 * line (for use inside list items).
 */
export function fitProse(text: string, indent = ''): string[] {
  const out: string[] = [];
  let prose = '';
  let last = 0;
  const flush = () => {
    if (prose.trim() !== '') out.push(`${indent}${prose.trim()}`, '');
    prose = '';
  };
  for (const m of text.matchAll(/\$`([^`]*)`\$|\$(?![\s`])([^$]+?)(?<!\s)\$(?!\d)/g)) {
    prose += text.slice(last, m.index);
    last = m.index + m[0].length;
    const tex = m[1] ?? m[2];
    if (estimateWidth(tex) <= INLINE_BUDGET_EX) {
      prose += m[0];
      continue;
    }
    flush();
    const short = abbreviateSigmoid(tex);
    out.push(`${indent}\`\`\`math`, ...fitDisplay(short?.tex ?? tex).split('\n').map((l) => `${indent}${l}`), `${indent}\`\`\``, '');
    if (short) prose += `(where ${short.where.map((w) => '$`' + w + '`$').join(' and ')}) `;
  }
  prose += text.slice(last);
  flush();
  return out;
}

/** One check: outcome and checker's detail, then what it proves. */
function renderMember(check: CheckResult, n: number | undefined): string[] {
  const status = check.ok ? 'accepted' : '**rejected**';
  const label = n === undefined ? '' : `**${n}.** `;
  const out = [`${label}\`${check.kind}\` — ${status}. ${check.detail}`, ''];
  if (check.proves) out.push(...fitProse(`Proves: ${check.proves}`));
  return out;
}

/** A family as Markdown: a single check inline, several as a counted line with the members in <details>. */
export function renderFamily(family: CertificateFamily): string[] {
  if (family.members.length === 1) return renderMember(family.members[0], undefined);
  const outcome = family.ok ? 'accepted' : 'rejected';
  const out = [`<details><summary><code>${family.kind}</code>: ${family.members.length} certificates ${outcome}</summary>`, ''];
  family.members.forEach((m, i) => out.push(...renderMember(m, i + 1)));
  out.push('</details>', '');
  return out;
}
