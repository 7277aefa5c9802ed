/**
 * The registry of kernel checkers, one per certificate kind. A kind that is not registered is rejected.
 * Each checker lives in `src/kernel/checkers/<kind>.ts`, is pure, never throws on bad data, and derives the
 * statement it `proves` from the data it checked.
 */
import type { Certificate, Checker, CheckResult } from './types.js';

export const CHECKERS: Readonly<Record<string, Checker>> = {};

/** Checks one certificate with the checker of its kind; an unknown kind or a checker that throws is a rejection. */
export function checkCertificate(
  certificate: Certificate,
  registry: Readonly<Record<string, Checker>> = CHECKERS,
): CheckResult {
  const kind = typeof certificate?.kind === 'string' ? certificate.kind : String(certificate?.kind);
  const checker = Object.prototype.hasOwnProperty.call(registry, kind) ? registry[kind] : undefined;
  if (!checker) {
    return { kind, ok: false, proves: '', detail: `no kernel checker for certificate kind "${kind}"`, trusts: [] };
  }
  try {
    return checker(certificate);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { kind, ok: false, proves: '', detail: `checker for "${kind}" threw: ${message}`, trusts: [] };
  }
}
