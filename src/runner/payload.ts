/**
 * The one message a claim's process sends back: a JSON string `{ nonce, id, payload }` whose payload is plain data
 * (the claim's static fields and the outputs of its producers). Shared by the child, which builds it, and the parent,
 * which parses and validates it before the kernel sees it. This module must not import the kernel's verdict code.
 */
import { arrayOf, certificate, evidence, figure, optional, property, record, shape, str, verdict, type Check } from '../claim/shape.js';
import type { Evidence, Figure, PropertyRun } from '../claim/types.js';
import type { Certificate, Verdict } from '../kernel/types.js';
import { ShapeError } from '../claim/shape.js';

export { ShapeError } from '../claim/shape.js';

/** Largest message accepted from a claim's process, in UTF-16 code units of the JSON string. */
export const MAX_MESSAGE_CHARS = 64 * 1024 * 1024;

/** The claim's text as its process reported it (for the report); `extra` holds any further static fields as JSON. */
export interface ClaimMeta {
  title: string;
  /** A formal proposition (JSON) or prose LaTeX: the kernel decides which, and prints the formal one. */
  statement: unknown;
  gloss?: string;
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
  /** A proof term or a certificate of the statement's negation (data; the kernel replays it). */
  witness?: unknown;
  /** A proof term of the statement (data; the kernel replays it). */
  proof?: unknown;
  figures: Figure[];
}

/**
 * The producers of a claim, ONE row each: the claim's field, the payload's field, what it yields when absent, and
 * the parent's validator of its output. Adding a producer is adding a row here.
 */
export const PRODUCERS = [
  { field: 'evidence', into: 'evidence', fallback: [], check: arrayOf(evidence) },
  { field: 'properties', into: 'properties', fallback: [], check: arrayOf(property) },
  { field: 'certificate', into: 'certificates', fallback: [], check: arrayOf(certificate) },
  { field: 'witness', into: 'witness', fallback: undefined, check: optional(record) },
  { field: 'proof', into: 'proof', fallback: undefined, check: optional(record) },
  { field: 'figures', into: 'figures', fallback: [], check: arrayOf(figure) },
] as const;

/** The claim's static fields with the parent's validator of each; other plain fields travel generically in `extra`. */
export const STATIC_FIELDS = {
  title: str,
  statement: (v: unknown, at: string) => (typeof v === 'string' ? v : record(v, at)),
  gloss: optional(str),
  source: str,
  hypotheses: arrayOf(str),
  answers: (v: unknown, at: string) => arrayOf(str)(v ?? [], at),
  argument: optional(str),
  expected: optional(verdict),
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
