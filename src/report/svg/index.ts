/**
 * Tiny deterministic SVG figures for the Markdown report: line/marker/bar plots (stackable, log10-values axes with an
 * "= 0" band for exact zeros) and contour plots. Equal inputs give equal bytes; every figure stays under MAX_SVG_BYTES.
 */

export { contourLines, contourPlot, CONTOUR_COLOR, type ContourPlotSpec, type Range } from './contour.js';
export { linePlot, PALETTE, stackedLinePlot, type LinePlotSpec, type Panel, type Series, type SeriesStyle, type StackedPlotSpec } from './line-plot.js';
export type { Axis, Marker, YAxis } from './panel.js';
export { log10Of, type Magnitude, type Sci } from './values.js';
export { assertWellFormedSvg } from './wellformed.js';
export { MAX_SVG_BYTES } from './xml.js';
