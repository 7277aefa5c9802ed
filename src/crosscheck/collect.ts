/**
 * Collects the exact-algebra certificates from a judged-claims JSON document (reports/proofs.json or
 * reports/verdicts.json) by walking it recursively, whatever the nesting: every object whose `kind` is one of
 * the algebra checkers' kinds (a checker's result, with its boolean `ok` and `proves` text, is not a certificate),
 * validated strictly into typed data, each once (duplicates dropped).
 */
import { parseRational, type Rational } from '../algebra/rational.js';
import { zFromStrings, type ZPoly } from '../algebra/poly-z.js';

/** The certificate kinds whose facts the crosscheck exports. */
export const ALGEBRA_KINDS = ['galois-symmetric', 'irreducible', 'real-root-count', 'isolated-root', 'solvable-degree'] as const;
export type AlgebraKind = (typeof ALGEBRA_KINDS)[number];

/** An interval end as recorded: a rational or an infinity. */
export type End = Rational | '-inf' | '+inf';

/** A recorded prime with its factor-degree pattern. */
export interface RecordedPattern {
  p: number;
  pattern: number[];
}

/** One algebra certificate in typed form, with the JSON path where it was found. */
export interface AlgebraFact {
  kind: AlgebraKind;
  /** Where in the document, e.g. `claims[3].proof.certificates[0]`. */
  where: string;
  polynomial: ZPoly;
  factor?: ZPoly;
  minimalPolynomial?: ZPoly;
  /** k of a recorded substitution u = z^k. */
  power?: number;
  interval?: [End, End];
  count?: number;
  signChange?: '-+' | '+-' | 'none';
  primes?: RecordedPattern[];
}

/** A certificate field that cannot be read; the message names the JSON path and the field. */
export class CertificateError extends Error {}

const MAX_DEGREE = 2000;

function poly(value: unknown, where: string, field: string): ZPoly {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_DEGREE + 1 || !value.every((c) => typeof c === 'string' && /^-?\d+$/.test(c))) {
    throw new CertificateError(`${where}.${field}: expected a non-empty array of integer strings (degree ≤ ${MAX_DEGREE})`);
  }
  const f = zFromStrings(value as string[]);
  if (f.length !== value.length) throw new CertificateError(`${where}.${field}: zero leading coefficient`);
  return f;
}

function end(value: unknown, where: string): End {
  if (value === '-inf' || value === '+inf') return value;
  if (typeof value !== 'string' || !/^-?\d+(\/\d+)?$/.test(value)) throw new CertificateError(`${where}: expected "-inf", "+inf" or a rational "p/q"`);
  const r = parseRational(value);
  return r;
}

function patterns(value: unknown, where: string): RecordedPattern[] {
  if (!Array.isArray(value)) throw new CertificateError(`${where}.primes: expected an array of {p, pattern}`);
  return value.map((e, i) => {
    const at = `${where}.primes[${i}]`;
    const rec = e as { p?: unknown; pattern?: unknown };
    if (typeof rec !== 'object' || rec === null || !Number.isSafeInteger(rec.p) || (rec.p as number) < 2) throw new CertificateError(`${at}.p: expected an integer ≥ 2`);
    if (!Array.isArray(rec.pattern) || !rec.pattern.every((d) => Number.isSafeInteger(d) && d >= 1)) throw new CertificateError(`${at}.pattern: expected an array of positive integers`);
    return { p: rec.p as number, pattern: rec.pattern as number[] };
  });
}

function substitution(cert: Record<string, unknown>, where: string): { power?: number; minimalPolynomial?: ZPoly } {
  if (cert.substitution === undefined) return {};
  const m = typeof cert.substitution === 'string' ? /^u = z\^(\d+)$/.exec(cert.substitution) : null;
  if (m === null || Number(m[1]) < 2 || Number(m[1]) > MAX_DEGREE) throw new CertificateError(`${where}.substitution: expected "u = z^k" with 2 ≤ k ≤ ${MAX_DEGREE}`);
  return { power: Number(m[1]), minimalPolynomial: poly(cert.minimalPolynomial, where, 'minimalPolynomial') };
}

function typed(cert: Record<string, unknown>, kind: AlgebraKind, where: string): AlgebraFact {
  const fact: AlgebraFact = { kind, where, polynomial: poly(cert.polynomial, where, 'polynomial') };
  if (kind === 'galois-symmetric' || kind === 'irreducible') fact.primes = patterns(cert.primes, where);
  if (kind === 'galois-symmetric' || kind === 'solvable-degree') Object.assign(fact, substitution(cert, where));
  if (kind === 'real-root-count' || kind === 'isolated-root') {
    const iv = cert.interval;
    if (!Array.isArray(iv) || iv.length !== 2) throw new CertificateError(`${where}.interval: expected [lo, hi]`);
    fact.interval = [end(iv[0], `${where}.interval[0]`), end(iv[1], `${where}.interval[1]`)];
  }
  if (kind === 'real-root-count') {
    if (!Number.isSafeInteger(cert.count) || (cert.count as number) < 0) throw new CertificateError(`${where}.count: expected a non-negative integer`);
    fact.count = cert.count as number;
  }
  if (kind === 'isolated-root') {
    fact.factor = poly(cert.factor, where, 'factor');
    if (typeof fact.interval![0] === 'string' || typeof fact.interval![1] === 'string') throw new CertificateError(`${where}.interval: isolating interval ends must be rationals`);
    if (cert.signChange !== undefined) {
      if (cert.signChange !== '-+' && cert.signChange !== '+-' && cert.signChange !== 'none') throw new CertificateError(`${where}.signChange: expected "-+", "+-" or "none"`);
      fact.signChange = cert.signChange;
    }
  }
  return fact;
}

/** Every algebra certificate in the document, in document order, each distinct certificate once. */
export function collectAlgebraFacts(document: unknown): AlgebraFact[] {
  const out: AlgebraFact[] = [];
  const seen = new Set<string>();
  const walk = (node: unknown, where: string): void => {
    if (Array.isArray(node)) {
      node.forEach((v, i) => walk(v, `${where}[${i}]`));
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const obj = node as Record<string, unknown>;
    const isCheckResult = typeof obj.ok === 'boolean' && typeof obj.proves === 'string';
    if (typeof obj.kind === 'string' && (ALGEBRA_KINDS as readonly string[]).includes(obj.kind) && !isCheckResult) {
      const key = JSON.stringify(obj);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(typed(obj, obj.kind as AlgebraKind, where || '$'));
      }
    }
    for (const [k, v] of Object.entries(obj)) walk(v, where === '' ? k : `${where}.${k}`);
  };
  walk(document, '');
  return out;
}
