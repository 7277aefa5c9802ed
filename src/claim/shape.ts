/**
 * Validators of claim data that crossed a process boundary or was read from a file: each returns the value as
 * accepted (fields not listed dropped) or throws ShapeError naming the field. Shared by the runner's parent and
 * `recheck`; it imports no runner and no kernel code.
 */
import type { Evidence, Figure, PropertyRun } from './types.js';
import { isVerdict, type Certificate, type Verdict } from '../kernel/types.js';

/** A validator: returns the value as accepted, or throws ShapeError naming what is wrong. */
export type Check<T> = (value: unknown, at: string) => T;

/** Claim data of the wrong shape; the message names the field. */
export class ShapeError extends Error {}

/** Throws ShapeError: `at` must be `want`, and names what `value` was instead. */
export const fail = (at: string, want: string, value: unknown): never => {
  const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  throw new ShapeError(`${at} must be ${want}, got ${got}`);
};
/** A string. */
export const str: Check<string> = (v, at) => (typeof v === 'string' ? v : fail(at, 'a string', v));
/** A finite number. */
export const num: Check<number> = (v, at) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(at, 'a finite number', v));
/** A boolean. */
export const bool: Check<boolean> = (v, at) => (typeof v === 'boolean' ? v : fail(at, 'a boolean', v));
/** An array whose every item passes `item`. */
export const arrayOf = <T>(item: Check<T>): Check<T[]> => (v, at) => (Array.isArray(v) ? v.map((x, i) => item(x, `${at}[${i}]`)) : fail(at, 'an array', v));
/** Absent (undefined), or passing `item`. */
export const optional = <T>(item: Check<T>): Check<T | undefined> => (v, at) => (v === undefined ? undefined : item(v, at));
/** A plain object (not null, not an array). */
export const record = (v: unknown, at: string): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(at, 'an object', v);
/** An object with the listed fields checked; fields not listed are dropped. */
export const shape = <T>(fields: { [K in keyof T]: Check<T[K]> }): Check<T> => (v, at) => {
  const o = record(v, at);
  const out: Record<string, unknown> = {};
  for (const [key, check] of Object.entries(fields) as [string, Check<unknown>][]) {
    const value = check(o[key], `${at}.${key}`);
    if (value !== undefined) out[key] = value;
  }
  return out as T;
};

const methodValue = shape({ method: str, value: (v, at) => (Array.isArray(v) ? arrayOf(str)(v, at) : str(v, at)) });
const ladder = shape({ kind: (v, at) => (v === 'ladder' ? 'ladder' as const : fail(at, '"ladder"', v)), quantity: str, at: str, rungs: arrayOf(shape({ precision: num, values: arrayOf(methodValue) })) });
const table = shape({ kind: (v, at) => (v === 'table' ? 'table' as const : fail(at, '"table"', v)), title: str, criterion: str, columns: arrayOf(str), rows: arrayOf(arrayOf(str)), passed: bool });
/** A ladder or table evidence item. */
export const evidence: Check<Evidence> = (v, at) => (record(v, at).kind === 'ladder' ? ladder(v, at) : record(v, at).kind === 'table' ? table(v, at) : fail(`${at}.kind`, '"ladder" or "table"', record(v, at).kind));
/** A property run record. */
export const property = shape<PropertyRun>({ name: str, runs: num, seed: num, passed: bool, counterexample: optional(str), shrinks: optional(num), path: optional(str), failure: optional(str) });
/** A certificate is data for its checker: any JSON object with a string `kind`, kept whole. */
export const certificate: Check<Certificate> = (v, at) => {
  str(record(v, at).kind, `${at}.kind`);
  return v as Certificate;
};
/** A figure's file name: one plain path segment ending in .svg. */
const FIGURE_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.svg$/;
export const figure = shape<Figure>({ file: (v, at) => (typeof v === 'string' && FIGURE_FILE.test(v) && !v.includes('..') ? v : fail(at, 'a plain file name ending in .svg', v)), caption: str, svg: str });

/** A verdict name. */
export const verdict: Check<Verdict> = (v, at) => (isVerdict(v) ? v : fail(at, 'a verdict name', v));
