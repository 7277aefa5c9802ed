/**
 * A claim's proof as the kernel replayed it: a tree of inference rules, each with its conclusion, the certificates
 * at its leaves. Rendered as a nested list, the root's conclusion first; conclusions too long for a line become
 * displays inside their list item.
 */
import { fitProse } from './certificates.js';

/** One node of a replayed proof: the rule applied, what it concluded, whether the kernel accepted it, its premises. */
export interface ProofNode {
  rule: string;
  /** Markdown with inline math ($`…`$). */
  conclusion: string;
  ok: boolean;
  detail?: string;
  premises: ProofNode[];
}

/** True iff `value` has the shape of a ProofNode (checked all the way down), so a malformed tree is never rendered. */
export function isProofNode(value: unknown): value is ProofNode {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.rule === 'string' &&
    typeof v.conclusion === 'string' &&
    typeof v.ok === 'boolean' &&
    (v.detail === undefined || typeof v.detail === 'string') &&
    Array.isArray(v.premises) &&
    v.premises.every(isProofNode)
  );
}

/**
 * Longest conclusion typeset in a tree. MathJax (and so GitHub) refuses a formula that expands past about 5 000
 * characters; a root that restates the whole statement, or a conjunction of many certificates, can be longer.
 */
const MAX_CONCLUSION_CHARS = 3000;

/** The tree as nested Markdown list items, two spaces of indent per level. */
export function renderProofTree(node: ProofNode, depth = 0): string[] {
  const indent = '  '.repeat(depth);
  const mark = node.ok ? '✅' : '❌';
  const long = node.conclusion.length > MAX_CONCLUSION_CHARS;
  const conclusion = !long
    ? fitProse(node.conclusion, `${indent}  `)
    : [`${indent}  *(a conclusion of ${node.conclusion.length} characters of LaTeX, too long to typeset on a page${node.rule === 'and-intro' ? ': the conjunction of the conclusions below' : ''}; it is recorded in full in proofs.json)*`];
  const out = [`${indent}- ${mark} **${node.rule}**${node.detail ? ` (${node.detail})` : ''}:`, '', ...conclusion];
  for (const p of node.premises) out.push(...renderProofTree(p, depth + 1));
  return out;
}
