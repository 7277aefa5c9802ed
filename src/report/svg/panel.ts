/**
 * One plotting panel: axis validation, data → pixel mapping, frame, grid, ticks, legend and annotated markers.
 * Shared by the line and contour plots. Layout is fixed arithmetic on the panel box, so output is deterministic.
 *
 * Non-finite inputs (the one rule for all plots): NaN anywhere, ±Infinity in x, and +Infinity in y throw RangeError.
 * y = −Infinity is accepted only on a log10-values y axis with `zeroBand`: it is log10(0), drawn on the "= 0" band.
 */

import type { Pt, Rect } from './geometry.js';
import { linearTicks, log10Ticks, type Tick, type TickLabel } from './ticks.js';
import { el, escapeText, fmt } from './xml.js';

/** An axis over [min, max]; on 'log10-values' axes min, max and data are log10 of the plotted magnitudes. */
export interface Axis {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  /** 'linear' (default) or 'log10-values' (decade ticks labelled 10^k; needs max − min ≥ 1). */
  readonly scale?: 'linear' | 'log10-values';
  /** Only integer ticks (e.g. iteration counts). */
  readonly integer?: boolean;
}

/** A y axis; `zeroBand` (log10-values only) adds a strip below the plot where y = −Infinity (exact zeros) is drawn. */
export interface YAxis extends Axis {
  readonly zeroBand?: boolean;
}

/** An annotated point: a black diamond and its label; it must lie within the axes (or on the zero band). */
export interface Marker {
  readonly x: number;
  readonly y: number;
  readonly label: string;
}

/** How a legend swatch is drawn. */
export type SwatchKind = 'line' | 'markers' | 'line+markers' | 'bars';

/** One legend entry. */
export interface LegendEntry {
  readonly label: string;
  readonly color: string;
  readonly kind: SwatchKind;
  readonly dash?: boolean;
}

/** A laid-out panel: pixel rectangles (y grows downwards) and the validated axes. */
export interface Frame {
  readonly box: Rect;
  readonly plot: Rect;
  readonly band: Rect | null;
  readonly x: Axis;
  readonly y: YAxis;
  readonly legend: readonly LegendEntry[];
}

/** Dash pattern of dashed series. */
export const DASH = '6 4';

const DOT_PX = 6; // diameter of data dots
const CHAR_PX = 7; // estimated advance of one 12 px sans-serif character
const LEFT = 72;
const RIGHT = 20;
const TOP = 8;
const BOTTOM = 44;
const LEGEND_ROW = 18;
const BAND_GAP = 6;
const BAND_H = 16;
const MIN_PLOT_PX = 40;

function checkAxis(a: Axis, name: string): void {
  if (!(Number.isFinite(a.min) && Number.isFinite(a.max) && a.max > a.min)) {
    throw new RangeError(`${name} axis needs finite min < max, got [${a.min}, ${a.max}]`);
  }
  if (a.scale === 'log10-values' && a.max - a.min < 1) throw new RangeError(`${name} log10-values axis must span at least one decade`);
}

function legendSlots(entries: readonly LegendEntry[], x0: number, x1: number): { row: number; x: number }[] {
  const slots: { row: number; x: number }[] = [];
  let row = 0;
  let x = x0;
  for (const e of entries) {
    const w = 28 + e.label.length * CHAR_PX;
    if (x > x0 && x + w > x1) {
      row++;
      x = x0;
    }
    slots.push({ row, x });
    x += w + 16;
  }
  return slots;
}

/** Lays out a panel inside `box` and validates its axes; entries with an empty label are left out of the legend. */
export function layoutFrame(box: Rect, x: Axis, y: YAxis, legend: readonly LegendEntry[]): Frame {
  checkAxis(x, 'x');
  checkAxis(y, 'y');
  if (x.scale === 'log10-values' && (x as YAxis).zeroBand) throw new RangeError('a zero band exists only on the y axis');
  if (y.zeroBand && y.scale !== 'log10-values') throw new RangeError('zeroBand needs a log10-values y axis');
  const shown = legend.filter((e) => e.label !== '');
  const slots = legendSlots(shown, box.x0 + LEFT, box.x1 - RIGHT);
  const rows = slots.length === 0 ? 0 : slots[slots.length - 1].row + 1;
  const top = box.y0 + TOP + rows * LEGEND_ROW + (rows > 0 ? 4 : 0);
  const bottom = box.y1 - BOTTOM - (y.zeroBand ? BAND_GAP + BAND_H : 0);
  const plot = { x0: box.x0 + LEFT, y0: top, x1: box.x1 - RIGHT, y1: bottom };
  if (plot.x1 - plot.x0 < MIN_PLOT_PX || plot.y1 - plot.y0 < MIN_PLOT_PX) throw new RangeError('figure too small for its plot area');
  const band = y.zeroBand ? { x0: plot.x0, y0: bottom + BAND_GAP, x1: plot.x1, y1: bottom + BAND_GAP + BAND_H } : null;
  return { box, plot, band, x, y, legend: shown };
}

function unit(a: Axis, v: number): number {
  const u = (v - a.min) / (a.max - a.min);
  if (!Number.isFinite(u)) throw new RangeError(`coordinate ${v} too large to map onto [${a.min}, ${a.max}]`);
  return u;
}

/** Throws RangeError for the non-finite coordinates the module rule rejects (see the file comment). */
export function checkPoint(f: Frame, x: number, y: number, what: string): void {
  if (Number.isNaN(x) || Number.isNaN(y)) throw new RangeError(`${what}: NaN coordinate`);
  if (!Number.isFinite(x)) throw new RangeError(`${what}: x = ${x} is not finite`);
  if (y === Infinity) throw new RangeError(`${what}: y = +Infinity`);
  if (y === -Infinity && f.band === null) throw new RangeError(`${what}: y = −Infinity needs a log10-values y axis with zeroBand`);
}

/** Data point → unit square coordinates [u, v] (0..1 inside the axes); y must be finite. */
export function toUnit(f: Frame, x: number, y: number): Pt {
  return [unit(f.x, x), unit(f.y, y)];
}

/** Unit square coordinates → pixels in the plot rectangle. */
export function unitToPx(f: Frame, p: Pt): Pt {
  const { x0, y0, x1, y1 } = f.plot;
  return [x0 + p[0] * (x1 - x0), y1 - p[1] * (y1 - y0)];
}

/** Pixel of a checked point: y = −Infinity lands on the band's centre line; null when outside the axis ranges. */
export function project(f: Frame, x: number, y: number): Pt | null {
  const u = unit(f.x, x);
  if (u < 0 || u > 1) return null;
  if (y === -Infinity) return [unitToPx(f, [u, 0])[0], (f.band!.y0 + f.band!.y1) / 2];
  const v = unit(f.y, y);
  return v < 0 || v > 1 ? null : unitToPx(f, [u, v]);
}

/** One <path> of round dots (zero-length round-capped subpaths, compact and SVG 1.1-valid), or none for no points. */
export function dots(points: readonly Pt[], color: string): string[] {
  if (points.length === 0) return [];
  const d = points.map((p) => `M${fmt(p[0])} ${fmt(p[1])}h0`).join('');
  return [el('path', { d, fill: 'none', stroke: color, 'stroke-width': DOT_PX, 'stroke-linecap': 'round' })];
}

/** A label drawn twice, over a white halo, so that it stays readable on top of lines. */
function haloText(x: number, y: number, anchor: 'start' | 'end', content: string): string[] {
  const base = { x, y, 'text-anchor': anchor };
  return [
    el('text', { ...base, fill: '#ffffff', stroke: '#ffffff', 'stroke-width': 3, 'stroke-linejoin': 'round' }, escapeText(content)),
    el('text', base, escapeText(content)),
  ];
}

function labelMarkup(l: TickLabel): string {
  return escapeText(l.text) + (l.sup === undefined ? '' : el('tspan', { dy: -5, 'font-size': 9 }, escapeText(l.sup)));
}

function ticksFor(a: Axis, pixels: number, pxPerTick: number): Tick[] {
  const target = Math.max(2, Math.round(pixels / pxPerTick));
  return a.scale === 'log10-values' ? log10Ticks(a.min, a.max, target) : linearTicks(a.min, a.max, target, a.integer);
}

function swatch(e: LegendEntry, x: number, y: number): string[] {
  const out: string[] = [];
  if (e.kind === 'bars') out.push(el('rect', { x: x + 5, y: y - 5, width: 12, height: 10, fill: e.color }));
  if (e.kind === 'line' || e.kind === 'line+markers') {
    out.push(el('path', { d: `M${fmt(x)} ${fmt(y)}h22`, stroke: e.color, 'stroke-width': 2, 'stroke-dasharray': e.dash ? DASH : undefined }));
  }
  if (e.kind === 'markers' || e.kind === 'line+markers') out.push(...dots([[x + 11, y]], e.color));
  return out;
}

/** Grid, zero band, frame, ticks with labels, axis labels and legend of a laid-out panel. */
export function drawFrame(f: Frame): string[] {
  const { plot, band, box } = f;
  const xTicks = ticksFor(f.x, plot.x1 - plot.x0, 90);
  const yTicks = ticksFor(f.y, plot.y1 - plot.y0, 45);
  const xs = xTicks.map((t) => unitToPx(f, [unit(f.x, t.value), 0])[0]);
  const ys = yTicks.map((t) => unitToPx(f, [0, unit(f.y, t.value)])[1]);
  const axisBottom = band === null ? plot.y1 : band.y1;
  const grid = xs.map((x) => `M${fmt(x)} ${fmt(plot.y0)}V${fmt(plot.y1)}`).join('') + ys.map((y) => `M${fmt(plot.x0)} ${fmt(y)}H${fmt(plot.x1)}`).join('');
  const marks = xs.map((x) => `M${fmt(x)} ${fmt(axisBottom)}v5`).join('') + ys.map((y) => `M${fmt(plot.x0)} ${fmt(y)}h-5`).join('');
  const out: string[] = [];
  if (grid !== '') out.push(el('path', { d: grid, stroke: '#e5e5e5', 'stroke-width': 1 }));
  if (band !== null) {
    out.push(el('rect', { x: band.x0, y: band.y0, width: band.x1 - band.x0, height: band.y1 - band.y0, fill: '#f2f2f2', stroke: '#999999' }));
    out.push(el('text', { x: plot.x0 - 8, y: (band.y0 + band.y1) / 2 + 4, 'text-anchor': 'end' }, '= 0'));
  }
  out.push(el('rect', { x: plot.x0, y: plot.y0, width: plot.x1 - plot.x0, height: plot.y1 - plot.y0, fill: 'none', stroke: '#333333' }));
  if (marks !== '') out.push(el('path', { d: marks, stroke: '#333333', 'stroke-width': 1 }));
  xTicks.forEach((t, i) => out.push(el('text', { x: xs[i], y: axisBottom + 18, 'text-anchor': 'middle' }, labelMarkup(t.label))));
  yTicks.forEach((t, i) => out.push(el('text', { x: plot.x0 - 8, y: ys[i] + 4, 'text-anchor': 'end' }, labelMarkup(t.label))));
  const midX = (plot.x0 + plot.x1) / 2;
  const midY = (plot.y0 + plot.y1) / 2;
  out.push(el('text', { x: midX, y: box.y1 - 8, 'text-anchor': 'middle' }, escapeText(f.x.label)));
  out.push(el('text', { x: box.x0 + 16, y: midY, 'text-anchor': 'middle', transform: `rotate(-90 ${fmt(box.x0 + 16)} ${fmt(midY)})` }, escapeText(f.y.label)));
  legendSlots(f.legend, plot.x0, plot.x1).forEach((s, i) => {
    const e = f.legend[i];
    const y = box.y0 + TOP + s.row * LEGEND_ROW + LEGEND_ROW / 2;
    out.push(...swatch(e, s.x, y), el('text', { x: s.x + 28, y: y + 4 }, escapeText(e.label)));
  });
  return out;
}

/** Annotated markers (diamond + label); throws RangeError for a marker outside the axes, since it would silently vanish. */
export function drawMarkers(f: Frame, markers: readonly Marker[]): string[] {
  const out: string[] = [];
  for (const m of markers) {
    checkPoint(f, m.x, m.y, `marker "${m.label}"`);
    const p = project(f, m.x, m.y);
    if (p === null) throw new RangeError(`marker "${m.label}" at (${m.x}, ${m.y}) lies outside the axes`);
    const [x, y] = p;
    out.push(el('path', { d: `M${fmt(x)} ${fmt(y - 6)}l6 6-6 6-6-6z`, fill: '#000000', stroke: '#ffffff', 'stroke-width': 1 }));
    const right = x > (f.plot.x0 + f.plot.x1) / 2;
    // Above the marker, below it near the top edge; for a zero-band marker, just above the band inside the plot.
    const ty = m.y === -Infinity ? f.plot.y1 - 5 : y - 10 < f.plot.y0 + 12 ? y + 18 : y - 9;
    out.push(...haloText(x + (right ? -9 : 9), ty, right ? 'end' : 'start', m.label));
  }
  return out;
}
