/**
 * The registry of kernel checkers, one per certificate kind. A kind that is not registered is rejected.
 * Each checker lives in `src/kernel/checkers/<kind>.ts`, is pure, never throws on bad data, and derives the
 * statement it `proves` from the data it checked.
 */
import type { Certificate, Checker, CheckResult } from './types.js';
import { checkChainRule } from './checkers/chain-rule.js';
import { checkDerivativeIdentity } from './checkers/derivative-identity.js';
import { checkIdentity } from './checkers/identity.js';
import { checkLimit } from './checkers/limit.js';
import { checkPositivity } from './checkers/positivity.js';
import { checkGaloisSymmetric } from './checkers/galois-symmetric.js';
import { checkIrreducible } from './checkers/irreducible.js';
import { checkIsolatedRoot } from './checkers/isolated-root.js';
import { checkRealRootCount } from './checkers/real-root-count.js';
import { checkSolvableDegree } from './checkers/solvable-degree.js';
import { checkFloat64Boundary } from './checkers/float64.js';
import { checkStationaryPoints } from './checkers/stationary-points.js';
import { checkExactEvaluation } from './checkers/exact-evaluation.js';
import { checkSumOfSquares } from './checkers/sum-of-squares.js';
import { checkIntervalSign } from './checkers/interval-sign.js';
import { checkRange } from './checkers/range.js';

/** The registry, frozen (and each checker with it) so that nothing running beside the kernel can replace an entry. */
export const CHECKERS: Readonly<Record<string, Checker>> = deepFreeze({
  conjunction: (c) => checkConjunction(c, CHECKERS),
  identity: checkIdentity,
  'derivative-identity': checkDerivativeIdentity,
  positivity: checkPositivity,
  limit: checkLimit,
  'chain-rule': checkChainRule,
  'galois-symmetric': checkGaloisSymmetric,
  'solvable-degree': checkSolvableDegree,
  irreducible: checkIrreducible,
  'real-root-count': checkRealRootCount,
  'isolated-root': checkIsolatedRoot,
  'float64-sigmoid-boundary': checkFloat64Boundary,
  'stationary-points': checkStationaryPoints,
  'exact-evaluation': checkExactEvaluation,
  'sum-of-squares': checkSumOfSquares,
  'interval-sign': checkIntervalSign,
  range: checkRange,
});

function deepFreeze<T extends Record<string, Checker>>(registry: T): Readonly<T> {
  for (const checker of Object.values(registry)) Object.freeze(checker);
  return Object.freeze(registry);
}

/**
 * `{ kind: 'conjunction', parts: Certificate[] }`: accepted iff there is at least one part and every part is accepted
 * by its own checker. It proves the conjunction of what the parts prove; a witness made of several facts uses it.
 */
export function checkConjunction(certificate: Certificate, registry: Readonly<Record<string, Checker>>): CheckResult {
  const parts = certificate.parts;
  if (!Array.isArray(parts) || parts.length === 0) {
    return { kind: 'conjunction', ok: false, proves: '', detail: 'a conjunction needs a non-empty array "parts"', trusts: [] };
  }
  const checks = parts.map((p) => checkCertificate(p as Certificate, registry));
  const rejected = checks.filter((c) => !c.ok);
  return {
    kind: 'conjunction',
    ok: rejected.length === 0,
    proves: checks.map((c) => c.proves).join('; and '),
    detail: rejected.length === 0 ? `all ${checks.length} parts accepted: ${checks.map((c) => c.kind).join(', ')}` : `rejected part(s): ${rejected.map((c) => `${c.kind} (${c.detail})`).join('; ')}`,
    trusts: checks.flatMap((c) => c.trusts),
  };
}

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
