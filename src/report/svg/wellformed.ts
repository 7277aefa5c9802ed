/**
 * An independent, minimal XML well-formedness check for emitted figures (it shares no code with the emitter).
 * Covers the subset SVG figures use: an optional XML declaration, comments, elements, quoted attributes,
 * character data and the predefined and numeric entities. No DTDs, CDATA or processing instructions.
 */

const NAME = /^[A-Za-z_:][A-Za-z0-9_.:-]*/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/;

function checkCharData(s: string, at: number): void {
  for (let k = s.indexOf('&'); k >= 0; k = s.indexOf('&', k + 1)) {
    if (!ENTITY.test(s.slice(k))) throw new Error(`bare or unknown entity "&" at offset ${at + k}`);
  }
}

/** Throws Error naming the first problem unless `svg` is well-formed XML with one <svg> root carrying the SVG xmlns and a viewBox, and a <title> child. */
export function assertWellFormedSvg(svg: string): void {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${i}`);
  };
  const skipSpace = (): void => {
    while (i < svg.length && /\s/.test(svg[i])) i++;
  };
  if (svg.startsWith('<?xml')) {
    const end = svg.indexOf('?>');
    if (end < 0) fail('unterminated XML declaration');
    i = end + 2;
  }
  const stack: string[] = [];
  let root: { name: string; attrs: Map<string, string> } | null = null;
  let rootClosed = false;
  const rootChildren: string[] = [];
  while (i < svg.length) {
    if (svg.startsWith('<!--', i)) {
      const end = svg.indexOf('-->', i + 4);
      if (end < 0 || svg.slice(i + 4, end).includes('--')) fail('bad comment');
      i = end + 3;
    } else if (svg.startsWith('</', i)) {
      i += 2;
      const name = NAME.exec(svg.slice(i))?.[0] ?? fail('bad end-tag name');
      i += name.length;
      skipSpace();
      if (svg[i] !== '>') fail(`end tag </${name}> not closed`);
      i++;
      if (stack.pop() !== name) fail(`</${name}> does not match the open element`);
      if (stack.length === 0) rootClosed = true;
    } else if (svg[i] === '<') {
      i++;
      if (rootClosed || (root !== null && stack.length === 0)) fail('content after the root element');
      const name = NAME.exec(svg.slice(i))?.[0] ?? fail('bad element name');
      i += name.length;
      const attrs = new Map<string, string>();
      for (;;) {
        const before = i;
        skipSpace();
        if (svg.startsWith('/>', i) || svg[i] === '>') break;
        if (i === before) fail(`missing space before attribute in <${name}>`);
        const attr = NAME.exec(svg.slice(i))?.[0] ?? fail(`bad attribute name in <${name}>`);
        i += attr.length;
        skipSpace();
        if (svg[i] !== '=') fail(`attribute ${attr} without "="`);
        i++;
        skipSpace();
        const quote = svg[i];
        if (quote !== '"' && quote !== "'") fail(`unquoted value of ${attr}`);
        const end = svg.indexOf(quote, i + 1);
        if (end < 0) fail(`unterminated value of ${attr}`);
        const value = svg.slice(i + 1, end);
        if (value.includes('<')) fail(`"<" in value of ${attr}`);
        checkCharData(value, i + 1);
        if (attrs.has(attr)) fail(`duplicate attribute ${attr}`);
        attrs.set(attr, value);
        i = end + 1;
      }
      if (root === null) root = { name, attrs };
      else if (stack.length === 1) rootChildren.push(name);
      if (svg[i] === '>') {
        stack.push(name);
        i++;
      } else {
        i += 2;
        if (stack.length === 0) rootClosed = true;
      }
    } else {
      const end = svg.indexOf('<', i) < 0 ? svg.length : svg.indexOf('<', i);
      const text = svg.slice(i, end);
      if (stack.length === 0 && text.trim() !== '') fail('text outside the root element');
      checkCharData(text, i);
      i = end;
    }
  }
  if (root === null || !rootClosed) fail('no complete root element');
  if (root!.name !== 'svg') fail(`root is <${root!.name}>, not <svg>`);
  if (root!.attrs.get('xmlns') !== 'http://www.w3.org/2000/svg') fail('root lacks the SVG namespace');
  if (!root!.attrs.has('viewBox')) fail('root lacks a viewBox');
  if (!rootChildren.includes('title')) fail('root has no <title> child');
}
