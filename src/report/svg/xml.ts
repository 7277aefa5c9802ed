/**
 * Deterministic SVG text emission: fixed number formatting, escaping, elements and the document shell.
 * Nothing here reads the clock, the locale or a random source, so equal inputs give equal bytes.
 */

/** Upper bound on the UTF-8 size of one emitted figure; `svgDocument` throws beyond it. */
export const MAX_SVG_BYTES = 100_000;

/** A coordinate with at most 2 decimals, trailing zeros and "-0" removed (12.50 → "12.5"); throws RangeError if not finite. */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) throw new RangeError(`cannot format non-finite coordinate ${v}`);
  let s = v.toFixed(2);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s === '-0' ? '0' : s;
}

/** `s` with &, < and > replaced by entities, for XML character data. */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values: numbers go through `fmt`, strings are escaped; undefined attributes are omitted. */
export type Attrs = Readonly<Record<string, string | number | undefined>>;

/** `<name a="v"…>inner</name>`, self-closing when `inner` is undefined; `inner` is trusted markup (escape text first). */
export function el(name: string, attrs: Attrs, inner?: string): string {
  let s = `<${name}`;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    const text = typeof v === 'number' ? fmt(v) : escapeText(v).replace(/"/g, '&quot;');
    s += ` ${k}="${text}"`;
  }
  return inner === undefined ? `${s}/>` : `${s}>${inner}</${name}>`;
}

/** A number for a human label: "0", ≤3 significant digits in [1e-3, 1e5), else "m.mme±k"; minus signs as U+2212. */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) throw new RangeError(`cannot format non-finite value ${v}`);
  const a = Math.abs(v);
  const s = a === 0 ? '0' : a >= 1e-3 && a < 1e5 ? String(Number(v.toPrecision(3))) : v.toExponential(2).replace(/\.?0+e/, 'e').replace('e+', 'e');
  return s.replace(/-/g, '\u2212');
}

/** Height in px of the strip at the top of every figure that holds its visible title. */
export const TITLE_PX = 30;

/** A standalone SVG 1.1 document of the given pixel size, titled (tooltip and visible heading); throws RangeError if larger than MAX_SVG_BYTES. */
export function svgDocument(width: number, height: number, title: string, body: readonly string[]): string {
  const root = el('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    version: '1.1',
    width,
    height,
    viewBox: `0 0 ${fmt(width)} ${fmt(height)}`,
    'font-family': 'sans-serif',
    'font-size': 12,
  });
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    root.slice(0, -2) + '>',
    el('title', {}, escapeText(title)),
    el('rect', { width: '100%', height: '100%', fill: '#ffffff' }),
    el('text', { x: width / 2, y: 20, 'text-anchor': 'middle', 'font-size': 15, 'font-weight': 'bold' }, escapeText(title)),
    ...body,
    '</svg>',
  ];
  const svg = lines.join('\n') + '\n';
  const bytes = Buffer.byteLength(svg, 'utf8');
  if (bytes > MAX_SVG_BYTES) throw new RangeError(`SVG "${title}" is ${bytes} bytes, over the ${MAX_SVG_BYTES}-byte budget: pass fewer points`);
  return svg;
}
