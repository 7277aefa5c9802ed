/**
 * Math that fits GitHub's column: long LaTeX displays are broken into `aligned` lines at top-level relations,
 * connectives and spaces, continuation lines indented. Widths are estimated from the TeX source (about one ex per
 * glyph, fractions as wide as their wider part, scripts at 70 %); the render checks in test/ measure the typeset
 * result with MathJax, so the estimate only has to be conservative, never exact.
 */

/** Estimated widths, in ex, that a display line and an inline span may take (GitHub's 890 px column is ~104 ex). */
export const DISPLAY_BUDGET_EX = 84;
export const INLINE_BUDGET_EX = 70;

const SPACE_EX: Record<string, number> = { '\\quad': 2.3, '\\qquad': 4.6, '\\,': 0.4, '\\;': 0.6, '\\:': 0.5, '\\ ': 0.6, '\\!': -0.4 };
const WIDE_COMMANDS = new Set(['\\Longrightarrow', '\\Longleftrightarrow', '\\longrightarrow', '\\iff', '\\implies']);
const ZERO_WIDTH = new Set(['\\left', '\\right', '\\bigl', '\\bigr', '\\Bigl', '\\Bigr', '\\big', '\\Big', '\\biggl', '\\biggr', '\\mathrm', '\\mathbf', '\\mathsf', '\\mathbb', '\\mathcal', '\\boldsymbol', '\\displaystyle', '\\textstyle', '\\operatorname', '\\limits', '\\nolimits']);

/** A TeX token: a control word or symbol, a brace group (with its braces), or one character. */
function tokens(tex: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tex.length) {
    const ch = tex[i];
    if (ch === '\\') {
      const word = /^\\([a-zA-Z]+|.)/.exec(tex.slice(i));
      const t = word ? word[0] : '\\';
      out.push(t);
      i += t.length;
    } else if (ch === '{') {
      let depth = 0;
      let j = i;
      for (; j < tex.length; j++) {
        if (tex[j] === '\\') j++;
        else if (tex[j] === '{') depth++;
        else if (tex[j] === '}' && --depth === 0) break;
      }
      out.push(tex.slice(i, j + 1));
      i = j + 1;
    } else {
      out.push(ch);
      i++;
    }
  }
  return out;
}

/** True iff `symbol` occurs in `tex` as a standalone letter (not part of a command or a longer word). */
const usesSymbol = (tex: string, symbol: string) => new RegExp(`(^|[^\\\\a-zA-Z])${symbol}(?![a-zA-Z])`).test(tex);

const inner = (group: string): string => (group.startsWith('{') ? group.slice(1, -1) : group);

/** Estimated typeset width of `tex` in ex (display style). */
export function estimateWidth(tex: string): number {
  const ts = tokens(tex);
  let w = 0;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (t === '\\frac' || t === '\\dfrac' || t === '\\tfrac') {
      const scale = t === '\\tfrac' ? 0.7 : 1;
      w += scale * Math.max(estimateWidth(inner(ts[i + 1] ?? '')), estimateWidth(inner(ts[i + 2] ?? ''))) + 0.6;
      i += 2;
    } else if (t === '^' || t === '_') {
      w += 0.7 * estimateWidth(inner(ts[i + 1] ?? ''));
      i += 1;
    } else if (t === '\\text' || t === '\\mathrm' || t === '\\operatorname') {
      w += t === '\\text' ? inner(ts[i + 1] ?? '').length * 1.05 : estimateWidth(inner(ts[i + 1] ?? ''));
      i += 1;
    } else if (t === '\\begin' || t === '\\end') i += 1;
    else if (t === '\\sqrt') w += 1.5;
    else if (t in SPACE_EX) w += SPACE_EX[t];
    else if (WIDE_COMMANDS.has(t)) w += 5.5;
    else if (ZERO_WIDTH.has(t)) w += 0;
    else if (t.startsWith('{')) w += estimateWidth(inner(t));
    else if (t.startsWith('\\')) w += 2.4; // a symbol, relation or operator name with its spacing
    else if (/[=<>+\-]/.test(t)) w += 2.8;
    else if (t === ' ' || t === '&') w += 0;
    else if (t === ',' || t === ';') w += 1;
    else w += 1.25;
  }
  return w;
}

/** Where a line may break, and how much a reader prefers it there (higher is better). */
interface Piece {
  text: string;
  /** Preference for breaking *before* this piece: 3 after a \quad or ;, 2 before a relation, 1 before + or -, 0 none. */
  before: number;
  /** Unclosed \left delimiters at the start of this piece (a break there closes them with \right. and reopens). */
  open: number;
  /** Unclosed plain ( and [ at the start of this piece (a break there is allowed but less readable). */
  paren: number;
}

const RELATIONS = /^(=|<|>|\\equiv|\\le|\\ge|\\leq|\\geq|\\ne|\\neq|\\iff|\\implies|\\Longrightarrow|\\Rightarrow|\\longrightarrow|\\approx|\\in|\\subset)$/;

/** Splits one line of TeX into pieces at the points where a break is allowed (never inside a brace group or environment). */
function pieces(line: string): Piece[] {
  const ts = tokens(line);
  const out: Piece[] = [];
  let current = '';
  let env = 0;
  let open = 0;
  let pending = 0;
  let openAtStart = 0;
  let paren = 0;
  let parenAtStart = 0;
  let prevSignificant = '';
  const cut = (before: number) => {
    if (current.trim() !== '') out.push({ text: current, before: pending, open: openAtStart, paren: parenAtStart });
    current = '';
    pending = before;
    openAtStart = open;
    parenAtStart = paren;
  };
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (env === 0 && (t === '\\text') && ts[i + 1]?.startsWith('{')) {
      // Prose in \text{…} may break between its words.
      const words = inner(ts[i + 1]).split(/(?<= )/);
      words.forEach((word, k) => {
        if (k > 0 && inner(ts[i + 1]).length > 24) cut(1.5);
        current += `\\text{${word}}`;
      });
      i++;
      prevSignificant = 'text';
      continue;
    }
    if (t === '\\begin') env++;
    if (t === '\\end') env--;
    if (env === 0) {
      const binary = (t === '+' || t === '-') && prevSignificant !== '' && !/^(=|\(|\[|\\left|,|\{|\\equiv|\\le|\\ge|<|>|\\cdot|\^|_)$/.test(prevSignificant);
      if (RELATIONS.test(t) && current.trim() !== '') cut(2);
      else if (binary || t === '\\times') cut(open === 0 ? 1.2 : 1);
    }
    current += t;
    const delimiter = prevSignificant === '\\left' || prevSignificant === '\\right';
    if (!delimiter && (t === '(' || t === '[')) paren++;
    if (!delimiter && (t === ')' || t === ']')) paren--;
    if (t === '\\left') open++;
    if (t === '\\right') open--;
    if (env === 0 && open === 0 && (t === '\\quad' || t === '\\qquad' || t === ';' || t === ',')) cut(t === ',' ? 2.5 : 3);
    if (t !== ' ') prevSignificant = t;
  }
  cut(0);
  return out;
}

/** Closes `n` unclosed \left delimiters at the end of a line, and reopens them at the start of the next. */
const closeLefts = (n: number) => ' \\right.'.repeat(Math.max(0, n));
const reopenLefts = (n: number) => '\\left. '.repeat(Math.max(0, n));

/** A line's TeX without leading or trailing spacing commands, adjacent \text groups merged back into one. */
function tidy(line: string): string {
  let out = line.replace(/^(\s|\\(quad|qquad|,|;|:| ))+/, '').replace(/(\s|\\(quad|qquad|,|;|:| ))+$/, '');
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(/(\\text\{[^{}]*)\}\\text\{/, '$1');
  }
  return out;
}

/** Breaks one line into lines of at most `budget` ex where it can; continuation lines start with an indent. */
function breakLine(line: string, budget: number): string[] {
  if (estimateWidth(line) <= budget) return [line.trim()];
  const ps = pieces(line);
  const lines: string[] = [];
  let start = 0;
  const indent = 4.6;
  while (start < ps.length) {
    const room = lines.length === 0 ? budget : budget - indent;
    let width = 0;
    let best = -1;
    let bestScore = -Infinity;
    let end = start;
    for (; end < ps.length; end++) {
      width += estimateWidth(ps[end].text);
      if (width > room && end > start) break;
      if (end + 1 < ps.length) {
        const next = ps[end + 1];
        const score = next.before - 0.8 * (next.open + next.paren) + (width / room) * 1.5;
        if (next.before > 0 && score >= bestScore) {
          best = end + 1;
          bestScore = score;
        }
      }
    }
    const stop = end >= ps.length ? ps.length : best > start ? best : Math.max(end, start + 1);
    const body = tidy(ps.slice(start, stop).map((p) => p.text).join(''));
    const close = stop < ps.length ? ps[stop].open : 0;
    lines.push(`${reopenLefts(ps[start].open)}${body}${closeLefts(close)}`);
    start = stop;
  }
  return lines;
}

/** The rows of a display: the lines of a top-level aligned environment, or the display itself as one row. */
function rows(tex: string): string[] {
  const m = /^\s*\\begin\{aligned\}([\s\S]*)\\end\{aligned\}\s*$/.exec(tex);
  if (!m) return [tex.trim()];
  const body = m[1];
  const out: string[] = [];
  let depth = 0;
  let env = 0;
  let current = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\' && body[i + 1] === '\\' && depth === 0 && env === 0) {
      out.push(current);
      current = '';
      i++;
      continue;
    }
    if (ch === '\\') {
      const word = /^\\([a-zA-Z]+|.)/.exec(body.slice(i))?.[0] ?? '\\';
      if (word === '\\begin') env++;
      if (word === '\\end') env--;
      current += word;
      i += word.length - 1;
      continue;
    }
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    current += ch;
  }
  out.push(current);
  return out.map((r) => r.trim().replace(/^&\s*/, '')).filter((r) => r !== '');
}

/** Letters that may name a sub-expression, in order of preference. */
const NAMES = ['P', 'Q', 'R', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'K', 'M', 'U', 'V', 'W'];

/**
 * `tex` with every numerator or denominator wider than `threshold` ex replaced by a name X_{k} (equal parts get equal
 * names; inner fractions are named first), and the definitions in order. The letter X is one `tex` does not use.
 */
export function nameLargeParts(tex: string, threshold: number): { tex: string; definitions: [string, string][] } {
  const letter = NAMES.find((n) => !usesSymbol(tex, n));
  const definitions: [string, string][] = [];
  if (!letter) return { tex, definitions };
  const names = new Map<string, string>();
  const rewrite = (text: string): string => {
    const ts = tokens(text);
    let out = '';
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i];
      if ((t === '\\frac' || t === '\\dfrac') && ts[i + 1]?.startsWith('{') && ts[i + 2]?.startsWith('{')) {
        const parts = [ts[i + 1], ts[i + 2]].map((g) => {
          const body = rewrite(inner(g));
          if (estimateWidth(body) <= threshold) return `{${body}}`;
          if (!names.has(body)) {
            names.set(body, `${letter}_{${names.size + 1}}`);
            definitions.push([names.get(body)!, body]);
          }
          return `{${names.get(body)}}`;
        });
        out += `${t}${parts[0]}${parts[1]}`;
        i += 2;
      } else if (t.startsWith('{')) out += `{${rewrite(inner(t))}}`;
      else out += t;
    }
    return out;
  };
  return { tex: rewrite(tex), definitions };
}

/**
 * A display that fits: unchanged when it is estimated to fit, otherwise an `aligned` environment whose lines each fit
 * (lines of an existing top-level `aligned` are kept and broken further where still too long).
 */
export function fitDisplay(tex: string, budget = DISPLAY_BUDGET_EX): string {
  const source = rows(tex);
  const multi = source.length > 1 || tex.includes('\\begin{aligned}');
  if (!multi && estimateWidth(tex) <= budget) return tex.trim();
  const lines: string[] = [];
  const push = (row: string) =>
    breakLine(row, budget).forEach((l, k) => lines.push(k === 0 ? `&${l}` : `&\\qquad {}${l}`)); // {} keeps a leading + or = binary
  for (const row of source) {
    const named = estimateWidth(row) > budget ? nameLargeParts(row, budget * 0.45) : { tex: row, definitions: [] };
    push(named.tex);
    named.definitions.forEach(([name, body], k) => push(`\\text{${k === 0 ? 'where' : 'and'} } ${name} = ${body}`));
  }
  return `\\begin{aligned}\n${lines.join('\\\\\n')}\n\\end{aligned}`;
}

const SIGMOID = /\\frac\{1\}\{1 \+ e\^\{-(\\left\((?:[^{}]|\{[^{}]*\})*?\\right\)|(?:[^{}]|\{[^{}]*\})*?)\}\}/g;
/** Width (ex) past which a repeated sigmoid argument gets a name of its own. */
const LONG_ARGUMENT_EX = 12;

/** True iff `tex` is exactly one \\left( … \\right) group (its first \\left is closed by its last \\right). */
function isOneLeftGroup(tex: string): boolean {
  if (!tex.startsWith('\\left(') || !tex.endsWith('\\right)')) return false;
  let depth = 0;
  const ts = tokens(tex);
  for (let i = 0; i < ts.length; i++) {
    if (ts[i] === '\\left') depth++;
    if (ts[i] === '\\right' && --depth === 0) return i === ts.length - 2;
  }
  return false;
}

/**
 * `tex` with every expanded logistic sigmoid 1/(1 + e^{-u}) written s(u), and a long argument repeated in them named
 * h (h_1, h_2, … when there are several), with the definitions the reader needs beside it (`s(u) = …`, `h = …`);
 * undefined if there is no sigmoid or `tex` already uses the symbol s (the abbreviation would be ambiguous).
 */
export function abbreviateSigmoid(tex: string): { tex: string; where: string[] } | undefined {
  if (usesSymbol(tex, 's')) return undefined;
  const args: string[] = [];
  const out = tex.replace(SIGMOID, (_m, arg: string) => {
    const bare = isOneLeftGroup(arg) ? arg.slice('\\left('.length, -'\\right)'.length) : arg;
    args.push(bare);
    return `s\\left(${bare}\\right)`;
  });
  if (args.length === 0) return undefined;
  const where = ['s(u) = \\frac{1}{1 + e^{-u}}'];
  const long = [...new Set(args)].filter((a) => estimateWidth(a) > LONG_ARGUMENT_EX && args.filter((b) => b === a).length > 1);
  if (long.length === 0 || usesSymbol(tex, 'h')) return { tex: out, where };
  let named = out;
  long.forEach((a, k) => {
    const name = long.length === 1 ? 'h' : `h_{${k + 1}}`;
    named = named.split(`s\\left(${a}\\right)`).join(`s(${name})`);
    where.push(`${name} = ${a}`);
  });
  return { tex: named, where };
}
