/**
 * Precision ladders as tables that show convergence: at each rung every method's value is printed to the characters
 * all methods share plus a few more, the first character where they part shown in bold. A long shared prefix is
 * elided in the middle (its length is in the digits column); full values stay in verdicts.json.
 */
import type { LadderEvidence } from '../claim/types.js';
import type { JudgedEvidence } from '../kernel/verdict.js';

/** Characters of the shared prefix kept at each end when it is elided, and characters shown past it. */
const HEAD = 10;
const TAIL = 6;
const PAST = 3;

/** Length of the longest common prefix of `values` (the whole string when there is one value or all are equal). */
export function sharedPrefix(values: readonly string[]): number {
  if (values.length === 0) return 0;
  let n = 0;
  const first = values[0];
  while (n < first.length && values.every((v) => v[n] === first[n])) n++;
  return n;
}

/** Escapes text for a Markdown table cell: a pipe would end the cell, a newline the row. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Characters of an unbroken run (a long number, a bit string) between the points where a wrap is allowed. */
const WRAP_EVERY = 8;

/**
 * A data cell of an evidence table that wraps in a narrow column: `cell(text)` with <wbr> (an allowed line break,
 * invisible and not copied) every WRAP_EVERY characters of any run of letters, digits and . , : ; = + - longer than
 * twice that. Math spans, code, links and other Markdown are left whole.
 */
export function wrappingCell(text: string): string {
  return cell(text)
    .split(/(\$`[^`]*`\$|`[^`]*`|\[[^\]]*\]\([^)]*\)|<[^>]*>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(new RegExp(`[0-9A-Za-z.,:;=+\\-−]{${2 * WRAP_EVERY + 1},}`, 'g'), (run) => run.match(new RegExp(`.{1,${WRAP_EVERY}}`, 'g'))!.join('<wbr>'))))
    .join('');
}

/**
 * One value as a table cell: the shared prefix (elided in the middle past HEAD + TAIL characters) in code, then the
 * first differing character in bold and up to PAST - 1 more; "(all equal)" when nothing differs.
 */
export function showAgreeing(value: string, prefix: number): string {
  const shared = value.slice(0, prefix);
  const shown = shared.length > HEAD + TAIL + 1 ? `${shared.slice(0, HEAD)}…${shared.slice(-TAIL)}` : shared;
  const rest = value.slice(prefix);
  if (rest === '') return `\`${cell(shown)}\` (all equal)`;
  const more = rest.length > PAST ? '…' : '';
  const code = shown === '' ? '' : `\`${cell(shown)}\``;
  return `${code}**${cell(rest[0])}**${cell(rest.slice(1, PAST))}${more}`;
}

/** The Markdown table of one judged ladder: header row, then one row per rung and method. */
export function ladderTable(judged: JudgedEvidence): string[] {
  const ladder = judged.evidence as LadderEvidence;
  const out = ['| precision | method | value (shared digits, **first difference**) | digits of agreement |', '| ---: | --- | --- | ---: |'];
  ladder.rungs.forEach((rung, i) => {
    const components = Math.max(...rung.values.map((mv) => (Array.isArray(mv.value) ? mv.value.length : 1)));
    const component = (v: string | string[], k: number) => (Array.isArray(v) ? (v[k] ?? '') : v);
    const prefixes = Array.from({ length: components }, (_, k) => sharedPrefix(rung.values.map((mv) => component(mv.value, k))));
    rung.values.forEach((mv, m) => {
      const shown = prefixes.map((p, k) => showAgreeing(component(mv.value, k), p)).join('<br>');
      const digits = m === 0 ? String(judged.digits?.[i] ?? '—') : '';
      out.push(`| ${m === 0 ? rung.precision : ''} | ${cell(mv.method)} | ${shown} | ${digits} |`);
    });
  });
  return out;
}
