/**
 * The one message a claim's process sends back: a JSON string `{ nonce, id, payload }` whose payload is plain data
 * (the claim's static fields and the outputs of its producers). Shared by the child, which builds it, and the parent,
 * which parses and validates it before the kernel sees it. This module must not import the kernel's verdict code.
 */
import type { Evidence, Figure, PropertyRun } from '../claim/types.js';
import type { Certificate, Verdict } from '../kernel/types.js';
import { isVerdict } from '../kernel/types.js';

/** Largest message accepted from a claim's process, in UTF-16 code units of the JSON string. */
export const MAX_MESSAGE_CHARS = 64 * 1024 * 1024;

/** The claim's text as its process reported it (for the report); `extra` holds any further static fields as JSON. */
export interface ClaimMeta {
  title: string;
  statement: string;
  source: string;
  hypotheses: string[];
  answers: string[];
  argument?: string;
  expected?: Verdict;
  dependsOn: string[];
  extra?: Record<string, unknown>;
}

/** What one claim's process produced: its text and its producers' outputs, or the failure that stopped it. */
export interface ClaimPayload {
  /** Set when the claim could not be loaded or one of its producers threw. */
  failure?: string;
  meta?: ClaimMeta;
  evidence: Evidence[];
  properties: PropertyRun[];
  certificates: Certificate[];
  witness?: Certificate;
  figures: Figure[];
}

/** A validator: returns the value as the parent accepts it, or throws ShapeError naming what is wrong. */
type Check<T> = (value: unknown, at: string) => T;

/** A payload field of the wrong shape; the message names the field. */
export class ShapeError extends Error {}

const fail = (at: string, want: string, value: unknown): never => {
  const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  throw new ShapeError(`${at} must be ${want}, got ${got}`);
};
const str: Check<string> = (v, at) => (typeof v === 'string' ? v : fail(at, 'a string', v));
const num: Check<number> = (v, at) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(at, 'a finite number', v));
const bool: Check<boolean> = (v, at) => (typeof v === 'boolean' ? v : fail(at, 'a boolean', v));
const arrayOf = <T>(item: Check<T>): Check<T[]> => (v, at) => (Array.isArray(v) ? v.map((x, i) => item(x, `${at}[${i}]`)) : fail(at, 'an array', v));
const optional = <T>(item: Check<T>): Check<T | undefined> => (v, at) => (v === undefined ? undefined : item(v, at));
const record = (v: unknown, at: string): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(at, 'an object', v);
/** An object with the listed fields checked; fields not listed are dropped. */
const shape = <T>(fields: { [K in keyof T]: Check<T[K]> }): Check<T> => (v, at) => {
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
const evidence: Check<Evidence> = (v, at) => (record(v, at).kind === 'ladder' ? ladder(v, at) : record(v, at).kind === 'table' ? table(v, at) : fail(`${at}.kind`, '"ladder" or "table"', record(v, at).kind));
const property = shape<PropertyRun>({ name: str, runs: num, seed: num, passed: bool, counterexample: optional(str), shrinks: optional(num), path: optional(str), failure: optional(str) });
/** A certificate is data for its checker: any JSON object with a string `kind`, kept whole. */
const certificate: Check<Certificate> = (v, at) => {
  str(record(v, at).kind, `${at}.kind`);
  return v as Certificate;
};
const FIGURE_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.svg$/;
const figure = shape<Figure>({ file: (v, at) => (typeof v === 'string' && FIGURE_FILE.test(v) && !v.includes('..') ? v : fail(at, 'a plain file name ending in .svg', v)), caption: str, svg: str });

/**
 * The producers of a claim, ONE row each: the claim's field, the payload's field, what it yields when absent, and
 * the parent's validator of its output. Adding a producer is adding a row here.
 */
export const PRODUCERS = [
  { field: 'evidence', into: 'evidence', fallback: [], check: arrayOf(evidence) },
  { field: 'properties', into: 'properties', fallback: [], check: arrayOf(property) },
  { field: 'certificate', into: 'certificates', fallback: [], check: arrayOf(certificate) },
  { field: 'witness', into: 'witness', fallback: undefined, check: optional(certificate) },
  { field: 'figures', into: 'figures', fallback: [], check: arrayOf(figure) },
] as const;

/** The claim's static fields with the parent's validator of each; other plain fields travel generically in `extra`. */
export const STATIC_FIELDS = {
  title: str,
  statement: str,
  source: str,
  hypotheses: arrayOf(str),
  answers: (v: unknown, at: string) => arrayOf(str)(v ?? [], at),
  argument: optional(str),
  expected: optional((v, at) => (isVerdict(v) ? v : fail(at, 'a verdict name', v))),
  dependsOn: (v: unknown, at: string) => arrayOf(str)(v ?? [], at),
} satisfies Record<string, Check<unknown>>;

/** Fields of a claim that are neither static text nor producers, so never copied into `extra`. */
const NOT_EXTRA = new Set<string>(['id', '__claim', ...Object.keys(STATIC_FIELDS), ...PRODUCERS.map((p) => p.field)]);

/** The names of a claim object's extra static fields (not functions, not listed above). */
export function extraFieldNames(claim: Record<string, unknown>): string[] {
  return Object.keys(claim).filter((k) => !NOT_EXTRA.has(k) && typeof claim[k] !== 'function');
}

/**
 * The message text for `payload`: JSON.stringify inside try/catch, so a throwing getter or toJSON becomes a failure
 * (prefixed by `where`, the claim's display path), as does a result over MAX_MESSAGE_CHARS.
 */
export function encodeMessage(nonce: string, id: string, payload: ClaimPayload, where: string): string {
  const bigints = (_key: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value);
  let text: string;
  try {
    text = JSON.stringify({ nonce, id, payload }, bigints);
  } catch (e) {
    return encodeMessage(nonce, id, emptyPayload(`${where}: the claim's data could not be serialised as JSON: ${e instanceof Error ? e.message : String(e)}`), where);
  }
  if (typeof text !== 'string') return encodeMessage(nonce, id, emptyPayload(`${where}: the claim's data could not be serialised as JSON`), where);
  if (text.length > MAX_MESSAGE_CHARS) return encodeMessage(nonce, id, emptyPayload(`${where}: the claim's data is ${text.length} characters of JSON, more than the limit of ${MAX_MESSAGE_CHARS}`), where);
  return text;
}

/** A payload with nothing produced and `failure` set. */
export function emptyPayload(failure: string): ClaimPayload {
  return { failure, evidence: [], properties: [], certificates: [], figures: [] };
}

/** The payload as the parent accepts it: every field validated (wrong type throws ShapeError naming it), unknown ones dropped. */
export function validatePayload(value: unknown, at = 'payload'): ClaimPayload {
  const o = record(value, at);
  const out: ClaimPayload = emptyPayload('');
  delete out.failure;
  const failure = optional(str)(o.failure, `${at}.failure`);
  if (failure !== undefined) out.failure = failure;
  if (o.meta !== undefined) {
    const m = record(o.meta, `${at}.meta`);
    const meta = shape(STATIC_FIELDS)(m, `${at}.meta`) as ClaimMeta;
    if (m.extra !== undefined) meta.extra = record(m.extra, `${at}.meta.extra`);
    out.meta = meta;
  }
  const target = out as unknown as Record<string, unknown>;
  for (const p of PRODUCERS) {
    const v = p.check(o[p.into] ?? p.fallback, `${at}.${p.into}`);
    if (v !== undefined) target[p.into] = v;
  }
  return out;
}

/** Parses one message from a claim's process and checks it belongs to the task sent; throws ShapeError otherwise. */
export function decodeMessage(message: unknown, expected: { id: string; nonce: string }): ClaimPayload {
  if (typeof message !== 'string') throw new ShapeError(`the message must be a JSON string, got ${message === null ? 'null' : typeof message}`);
  if (message.length > MAX_MESSAGE_CHARS) throw new ShapeError(`the message is ${message.length} characters, more than the limit of ${MAX_MESSAGE_CHARS}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch (e) {
    throw new ShapeError(`the message is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const o = record(parsed, 'message');
  if (o.nonce !== expected.nonce) throw new ShapeError('message.nonce does not match the task sent to this process');
  if (o.id !== expected.id) throw new ShapeError(`message.id names ${JSON.stringify(o.id)}, but this process was given "${expected.id}"`);
  return validatePayload(o.payload);
}
