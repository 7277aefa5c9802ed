/**
 * Line, marker and bar plots, alone or as panels stacked vertically (e.g. L(w) above L'(w)).
 *
 * Decimation, which keeps figures under MAX_SVG_BYTES without visible change:
 * - lines are clipped to the axes, then simplified (Ramer–Douglas–Peucker): every dropped point lies within 0.25 px of the drawn line;
 * - markers outside the axes are dropped, and so is a marker whose drawn centre rounds to the same whole pixel as an
 *   earlier one of its series;
 * - bars whose x lies outside the axes are dropped; bar heights are clamped to the plot area.
 * Points with y = −Infinity (log10 of an exact zero, zero-band axes only) break lines and are drawn as dots on the band.
 * Non-finite inputs otherwise follow the rule in panel.ts (RangeError).
 */

import { clipPolyline, simplify, type Pt, type Rect } from './geometry.js';
import { checkPoint, DASH, dots, drawFrame, drawMarkers, layoutFrame, project, toUnit, unitToPx, type Axis, type Frame, type Marker, type YAxis } from './panel.js';
import { el, fmt, svgDocument, TITLE_PX } from './xml.js';

/** How a series is drawn. */
export type SeriesStyle = 'line' | 'markers' | 'line+markers' | 'bars';

/** A data series: points [x, y] in drawing order; an empty label keeps it out of the legend. */
export interface Series {
  readonly label: string;
  readonly points: readonly (readonly [number, number])[];
  readonly style: SeriesStyle;
  readonly dash?: boolean;
  /** Any SVG colour; defaults to the colour-blind-safe palette in series order. */
  readonly color?: string;
}

/** One panel of a stacked plot; `height` in px defaults to 300. */
export interface Panel {
  readonly x: Axis;
  readonly y: YAxis;
  readonly series: readonly Series[];
  readonly markers?: readonly Marker[];
  readonly height?: number;
}

/** A single-panel plot; size defaults to 640 × 400 px. */
export interface LinePlotSpec {
  readonly title: string;
  readonly width?: number;
  readonly height?: number;
  readonly x: Axis;
  readonly y: YAxis;
  readonly series: readonly Series[];
  readonly markers?: readonly Marker[];
}

/** Panels stacked top to bottom under one title; width defaults to 640 px. */
export interface StackedPlotSpec {
  readonly title: string;
  readonly width?: number;
  readonly panels: readonly Panel[];
}

/** Okabe–Ito colours (colour-blind safe), assigned to series in order. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const;

const LINE_TOLERANCE_PX = 0.25;
const UNIT_SQUARE: Rect = { x0: 0, y0: 0, x1: 1, y1: 1 };

function pathOf(pieces: readonly (readonly Pt[])[]): string {
  return pieces.map((p) => `M${fmt(p[0][0])} ${fmt(p[0][1])}L${p.slice(1).map((q) => `${fmt(q[0])} ${fmt(q[1])}`).join(' ')}`).join('');
}

function uniquePixels(points: readonly Pt[]): Pt[] {
  const seen = new Set<string>();
  return points.filter((p) => {
    const key = `${Math.round(Number(fmt(p[0])))},${Math.round(Number(fmt(p[1])))}`; // the drawn centre's whole pixel
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function lineMarkup(f: Frame, s: Series, color: string): string[] {
  const runs: Pt[][] = [[]];
  for (const [x, y] of s.points) {
    if (y === -Infinity) runs.push([]);
    else runs[runs.length - 1].push(toUnit(f, x, y));
  }
  const pieces = runs
    .flatMap((run) => clipPolyline(run, UNIT_SQUARE))
    .map((piece) => simplify(piece.map((p) => unitToPx(f, p)), LINE_TOLERANCE_PX));
  if (pieces.length === 0) return [];
  return [el('path', { d: pathOf(pieces), fill: 'none', stroke: color, 'stroke-width': 2, 'stroke-linejoin': 'round', 'stroke-dasharray': s.dash ? DASH : undefined })];
}

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

function barMarkup(f: Frame, s: Series, color: string): string[] {
  const bars = s.points.filter(([, y]) => y !== -Infinity).map(([x, y]) => toUnit(f, x, y)).filter(([u]) => u >= 0 && u <= 1);
  const us = [...new Set(bars.map(([u]) => u))].sort((a, b) => a - b);
  let gap = 0.1;
  for (let i = 1; i < us.length; i++) gap = Math.min(gap, us[i] - us[i - 1]);
  const half = Math.min(20, 0.3 * gap * (f.plot.x1 - f.plot.x0));
  const base = f.y.scale === 'log10-values' ? 0 : clamp01(toUnit(f, f.x.min, 0)[1]);
  const bottom = fmt(unitToPx(f, [0, base])[1]);
  const d = bars
    .map(([u, v]) => {
      const [px, top] = unitToPx(f, [u, clamp01(v)]);
      return `M${fmt(px - half)} ${bottom}V${fmt(top)}H${fmt(px + half)}V${bottom}Z`;
    })
    .join('');
  return d === '' ? [] : [el('path', { d, fill: color, 'fill-opacity': 0.85 })];
}

function seriesMarkup(f: Frame, s: Series, color: string): string[] {
  s.points.forEach(([x, y], i) => checkPoint(f, x, y, `series "${s.label}" point ${i}`));
  const out: string[] = [];
  if (s.style === 'bars') out.push(...barMarkup(f, s, color));
  if (s.style === 'line' || s.style === 'line+markers') out.push(...lineMarkup(f, s, color));
  const shown = s.points.filter(([, y]) => s.style === 'markers' || s.style === 'line+markers' || y === -Infinity);
  const px = shown.map(([x, y]) => project(f, x, y)).filter((p): p is Pt => p !== null);
  out.push(...dots(uniquePixels(px), color));
  return out;
}

function panelMarkup(box: Rect, p: Panel): string[] {
  const colors = p.series.map((s, i) => s.color ?? PALETTE[i % PALETTE.length]);
  const legend = p.series.map((s, i) => ({ label: s.label, color: colors[i], kind: s.style, dash: s.dash }));
  const f = layoutFrame(box, p.x, p.y, legend);
  return [...drawFrame(f), ...p.series.flatMap((s, i) => seriesMarkup(f, s, colors[i])), ...drawMarkers(f, p.markers ?? [])];
}

function checkSize(v: number, what: string): void {
  if (!(Number.isFinite(v) && v > 0)) throw new RangeError(`${what} must be a positive number, got ${v}`);
}

/** Panels stacked vertically, each with its own axes and legend, as one SVG document. */
export function stackedLinePlot(spec: StackedPlotSpec): string {
  const width = spec.width ?? 640;
  checkSize(width, 'width');
  if (spec.panels.length === 0) throw new RangeError('a stacked plot needs at least one panel');
  const body: string[] = [];
  let y0 = TITLE_PX;
  for (const p of spec.panels) {
    const h = p.height ?? 300;
    checkSize(h, 'panel height');
    body.push(...panelMarkup({ x0: 0, y0, x1: width, y1: y0 + h }, p));
    y0 += h;
  }
  return svgDocument(width, y0, spec.title, body);
}

/** A single-panel line/marker/bar plot as one SVG document. */
export function linePlot(spec: LinePlotSpec): string {
  const height = spec.height ?? 400;
  checkSize(height, 'height');
  const { title, width, x, y, series, markers } = spec;
  return stackedLinePlot({ title, width, panels: [{ x, y, series, markers, height: height - TITLE_PX }] });
}
