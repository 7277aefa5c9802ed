/**
 * Contour plots of a sampled 2-D field: marching squares, chained into polylines, with inline level labels.
 *
 * Grid convention: grid[j][i] is the value at (x_i, y_j), x_i = x.min + i·(x.max − x.min)/(nx − 1), likewise y_j;
 * so rows run along x, row 0 is the bottom edge y = y.min. All grid values must be finite (else RangeError).
 * A corner counts as "above" a level when value ≥ level; saddle cells are resolved by the mean of their corners.
 * Lines are simplified as in line plots: every dropped point lies within 0.25 px of the drawn line.
 */

import { simplify, type Pt } from './geometry.js';
import { drawFrame, drawMarkers, layoutFrame, toUnit, unitToPx, type Axis, type Marker } from './panel.js';
import { el, escapeText, fmt, formatValue, svgDocument, TITLE_PX } from './xml.js';

/** A closed interval [min, max] of one coordinate. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/** A contour plot over linear axes; size defaults to 560 × 520 px, and every level is labelled unless `labelledLevels` says which. */
export interface ContourPlotSpec {
  readonly title: string;
  readonly width?: number;
  readonly height?: number;
  readonly x: Axis;
  readonly y: Axis;
  readonly grid: readonly (readonly number[])[];
  readonly levels: readonly number[];
  readonly labelledLevels?: readonly number[];
  /** Legend text for the contour lines; defaults to "level sets". */
  readonly linesLabel?: string;
  readonly markers?: readonly Marker[];
}

/** Colour of contour lines and their labels. */
export const CONTOUR_COLOR = '#0072B2';

function checkGrid(grid: readonly (readonly number[])[]): void {
  if (grid.length < 2 || grid[0].length < 2) throw new RangeError('a contour grid needs at least 2 × 2 values');
  grid.forEach((row, j) => {
    if (row.length !== grid[0].length) throw new RangeError(`contour grid row ${j} has ${row.length} values, row 0 has ${grid[0].length}`);
    row.forEach((v, i) => {
      if (!Number.isFinite(v)) throw new RangeError(`contour grid value [${j}][${i}] = ${v} is not finite`);
    });
  });
}

/** The level-`level` curves of the field sampled on `grid` over x × y (convention above), as polylines in data coordinates; closed curves end at their start. */
export function contourLines(grid: readonly (readonly number[])[], x: Range, y: Range, level: number): Pt[][] {
  checkGrid(grid);
  if (!Number.isFinite(level)) throw new RangeError(`contour level ${level} is not finite`);
  const ny = grid.length;
  const nx = grid[0].length;
  const xi = (i: number): number => (i === nx - 1 ? x.max : x.min + (i / (nx - 1)) * (x.max - x.min));
  const yj = (j: number): number => (j === ny - 1 ? y.max : y.min + (j / (ny - 1)) * (y.max - y.min));
  const points = new Map<string, Pt>();
  // An edge from corner (i, j) to (i + di, j + dj), named by its lower corner and direction.
  const edge = (i: number, j: number, di: 0 | 1): string => {
    const dj = 1 - di;
    const key = `${di ? 'h' : 'v'}${i},${j}`;
    if (!points.has(key)) {
      const v0 = grid[j][i];
      const t = (level - v0) / (grid[j + dj][i + di] - v0);
      points.set(key, [xi(i) + t * (xi(i + di) - xi(i)), yj(j) + t * (yj(j + dj) - yj(j))]);
    }
    return key;
  };
  const segments: [string, string][] = [];
  for (let j = 0; j < ny - 1; j++) {
    for (let i = 0; i < nx - 1; i++) {
      const [a, b, c, d] = [grid[j][i], grid[j][i + 1], grid[j + 1][i + 1], grid[j + 1][i]].map((v) => v >= level);
      const bottom = a !== b ? edge(i, j, 1) : null;
      const right = b !== c ? edge(i + 1, j, 0) : null;
      const top = d !== c ? edge(i, j + 1, 1) : null;
      const left = a !== d ? edge(i, j, 0) : null;
      if (bottom && right && top && left) {
        const centreLikeA = ((grid[j][i] + grid[j][i + 1] + grid[j + 1][i + 1] + grid[j + 1][i]) / 4 >= level) === a;
        // If the centre joins a and c, the lines cut off corners b and d; otherwise they cut off a and c.
        if (centreLikeA) segments.push([bottom, right], [top, left]);
        else segments.push([left, bottom], [right, top]);
      } else {
        const ends = [bottom, right, top, left].filter((k): k is string => k !== null);
        if (ends.length === 2) segments.push([ends[0], ends[1]]);
      }
    }
  }
  return chain(segments).map((keys) => keys.map((k) => points.get(k)!));
}

/** Joins segments sharing an edge point into maximal chains: open chains first (from an end), then closed ones. */
function chain(segments: readonly [string, string][]): string[][] {
  const touching = new Map<string, number[]>();
  segments.forEach(([a, b], s) => {
    for (const k of [a, b]) touching.set(k, [...(touching.get(k) ?? []), s]);
  });
  const used = new Uint8Array(segments.length);
  const walk = (start: string, first: number): string[] => {
    const keys = [start];
    let key = start;
    let s: number | undefined = first;
    while (s !== undefined) {
      used[s] = 1;
      const [a, b] = segments[s];
      key = a === key ? b : a;
      keys.push(key);
      s = touching.get(key)!.find((t) => used[t] === 0);
    }
    return keys;
  };
  const chains: string[][] = [];
  segments.forEach(([a, b], s) => {
    if (used[s] === 1) return;
    if (touching.get(a)!.length === 1) chains.push(walk(a, s));
    else if (touching.get(b)!.length === 1) chains.push(walk(b, s));
  });
  segments.forEach(([a], s) => {
    if (used[s] === 0) chains.push(walk(a, s));
  });
  return chains;
}

function arcMidpoint(pts: readonly Pt[]): { at: Pt; length: number } {
  const lengths = pts.slice(1).map((p, i) => Math.hypot(p[0] - pts[i][0], p[1] - pts[i][1]));
  const length = lengths.reduce((s, l) => s + l, 0);
  let rest = length / 2;
  for (let i = 0; i < lengths.length; i++) {
    if (rest <= lengths[i] && lengths[i] > 0) {
      const t = rest / lengths[i];
      return { at: [pts[i][0] + t * (pts[i + 1][0] - pts[i][0]), pts[i][1] + t * (pts[i + 1][1] - pts[i][1])], length };
    }
    rest -= lengths[i];
  }
  return { at: pts[0], length };
}

/** A contour plot (lines per level, inline labels at the middle of each labelled level's longest curve, annotated markers) as one SVG document. */
export function contourPlot(spec: ContourPlotSpec): string {
  const width = spec.width ?? 560;
  const height = spec.height ?? 520;
  if (!(width > 0 && height > TITLE_PX && Number.isFinite(width) && Number.isFinite(height))) throw new RangeError(`bad figure size ${width} × ${height}`);
  if (spec.x.scale === 'log10-values' || spec.y.scale === 'log10-values') throw new RangeError('contour plots take linear axes');
  const f = layoutFrame({ x0: 0, y0: TITLE_PX, x1: width, y1: height }, spec.x, spec.y, [
    { label: spec.linesLabel ?? 'level sets', color: CONTOUR_COLOR, kind: 'line' },
  ]);
  const labelled = spec.labelledLevels ?? spec.levels;
  const lines: string[] = [];
  const labels: string[] = [];
  for (const level of spec.levels) {
    const pieces = contourLines(spec.grid, spec.x, spec.y, level).map((c) => simplify(c.map(([x, y]) => unitToPx(f, toUnit(f, x, y))), 0.25));
    if (pieces.length === 0) continue;
    const d = pieces.map((p) => `M${p.map((q) => `${fmt(q[0])} ${fmt(q[1])}`).join('L')}`).join('');
    lines.push(el('path', { d, fill: 'none', stroke: CONTOUR_COLOR, 'stroke-width': 1.2 }));
    if (!labelled.includes(level)) continue;
    const longest = pieces.map(arcMidpoint).reduce((best, m) => (m.length > best.length ? m : best));
    const text = formatValue(level);
    const [x, y] = longest.at;
    const w = 6 * text.length + 4; // a white box under the label interrupts the line it names
    labels.push(el('rect', { x: x - w / 2, y: y - 7, width: w, height: 14, fill: '#ffffff' }));
    labels.push(el('text', { x, y: y + 3.5, 'text-anchor': 'middle', 'font-size': 10, fill: CONTOUR_COLOR }, escapeText(text)));
  }
  return svgDocument(width, height, spec.title, [...drawFrame(f), ...lines, ...labels, ...drawMarkers(f, spec.markers ?? [])]);
}
