/**
 * "Nice" axis ticks: multiples of 1, 2 or 5 × 10^k, with fixed, locale-free labels.
 * On log10-values axes the ticks are integer decades, also spaced by a nice integer step.
 */

/** A tick label: `text`, followed by `sup` set as a superscript when present (e.g. "10" with sup "−320"). */
export interface TickLabel {
  readonly text: string;
  readonly sup?: string;
}

/** A tick at axis value `value` (a log10 value on log10-values axes). */
export interface Tick {
  readonly value: number;
  readonly label: TickLabel;
}

/** A nice step mantissa × 10^exponent with mantissa ∈ {1, 2, 5}. */
export interface NiceStep {
  readonly mantissa: 1 | 2 | 5;
  readonly exponent: number;
}

const minus = (s: string): string => s.replace(/-/g, '\u2212');

/** The smallest step {1, 2, 5} × 10^k that is ≥ span / target; throws RangeError unless span > 0 and target ≥ 1 are finite. */
export function niceStep(span: number, target: number): NiceStep {
  if (!(span > 0 && Number.isFinite(span) && target >= 1 && Number.isFinite(target))) {
    throw new RangeError(`no nice step for span ${span} and ${target} ticks`);
  }
  const raw = span / target;
  let exponent = Math.floor(Math.log10(raw));
  const f = raw / 10 ** exponent;
  // f is in [1, 10) up to rounding in log10; the comparisons absorb that rounding.
  const mantissa = f <= 1 + 1e-9 ? 1 : f <= 2 + 1e-9 ? 2 : f <= 5 + 1e-9 ? 5 : 10;
  if (mantissa === 10) return { mantissa: 1, exponent: exponent + 1 };
  return { mantissa, exponent };
}

/** i × step, computed so that decimal steps give the shortest decimal (3 × 0.1 = 0.3, not 0.30000000000000004). */
function multiple(i: number, step: NiceStep): number {
  return step.exponent >= 0 ? i * step.mantissa * 10 ** step.exponent : (i * step.mantissa) / 10 ** -step.exponent;
}

function multiplesIn(min: number, max: number, step: NiceStep): number[] {
  const size = multiple(1, step);
  const first = Math.ceil(min / size - 1e-9);
  const last = Math.floor(max / size + 1e-9);
  const out: number[] = [];
  for (let i = first; i <= last; i++) out.push(multiple(i, step) + 0); // + 0 turns −0 (from ceil of −ε) into 0
  return out;
}

/** About `target` ticks at nice multiples inside [min, max] (step ≥ 1 when `integer`); labels use the step's decimals, or m×10^k outside [1e-3, 1e5). */
export function linearTicks(min: number, max: number, target: number, integer = false): Tick[] {
  let step = niceStep(max - min, target);
  if (integer && step.exponent < 0) step = { mantissa: 1, exponent: 0 };
  const values = multiplesIn(min, max, step);
  const maxAbs = Math.max(...values.map(Math.abs));
  const scientific = maxAbs >= 1e5 || (maxAbs > 0 && maxAbs < 1e-3);
  const e = scientific ? Math.floor(Math.log10(maxAbs)) : 0;
  const decimals = Math.max(0, e - step.exponent);
  return values.map((value) => {
    if (!scientific) return { value, label: { text: minus(value.toFixed(Math.max(0, -step.exponent))) } };
    if (value === 0) return { value, label: { text: '0' } };
    return { value, label: { text: `${minus((value / 10 ** e).toFixed(decimals))}\u00d710`, sup: minus(String(e)) } };
  });
}

/** About `target` ticks at integer decades k inside [min, max] (log10 values), equally spaced by a nice integer step, labelled 10^k. */
export function log10Ticks(min: number, max: number, target: number): Tick[] {
  let step = niceStep(max - min, target);
  if (step.exponent < 0) step = { mantissa: 1, exponent: 0 };
  return multiplesIn(min, max, step).map((value) => ({ value, label: { text: '10', sup: minus(String(value)) } }));
}
