/**
 * The verdict rules of DESIGN.md. This is the only place where a verdict is decided.
 *
 * - `error`: the claim could not be checked (load failure, malformed claim, a check threw or timed out), or its
 *   own results contradict each other (an accepted proof beside failed tests or an accepted counterexample).
 * - `refuted`: the kernel accepted the claim's witness (a certificate of the negation).
 * - `proved`: at least one certificate, every one accepted by the kernel, and no failed test beside it.
 * - `supported`: no proof, but at least one test, and every ladder converged, every table passed, every property held.
 * - `inconclusive`: everything else (nothing checked, a ladder that does not converge, a failed property whose
 *   counterexample the kernel has not re-checked, a rejected certificate with no other evidence).
 * `applyDependencies` then caps a `proved` claim that rests on a non-proved claim at `supported`, and makes a claim
 * that rests on a `refuted` claim `inconclusive`.
 */
import type { Evidence, PropertyRun } from '../claim/types.js';
import { ladderConverges } from './agreement.js';
import { checkCertificate, CHECKERS } from './checkers.js';
import type { Certificate, CheckResult, Checker, Trust, Verdict } from './types.js';

/** What running a claim produced, before the kernel judges it. */
export interface ClaimOutcome {
  /** Set when the claim could not be loaded or one of its checks threw or timed out. */
  failure?: string;
  evidence: Evidence[];
  properties: PropertyRun[];
  certificates: Certificate[];
  witness?: Certificate;
  /** The claim's argument from the checked facts to its statement, if it needs one (see ClaimSpec.argument). */
  argument?: string;
}

/** A ladder or table as judged: the evidence item with the kernel's reading of it. */
export interface JudgedEvidence {
  evidence: Evidence;
  passed: boolean;
  /** Digits of agreement per rung (ladders only). */
  digits?: number[];
  /** The convergence rule's finding on its own, e.g. "agreement grew from 28 to 118 digits" (ladders only). */
  rule?: string;
  why: string;
}

/** The kernel's judgement of one claim. */
export interface Judgement {
  verdict: Verdict;
  /** Why, one sentence each, in the order the rules applied. */
  reasons: string[];
  trusts: Trust[];
  evidence: JudgedEvidence[];
  certificateChecks: CheckResult[];
  witnessCheck?: CheckResult;
}

const KERNEL: Trust = { kind: 'kernel', name: 'the verdict rules and certificate checkers in src/kernel' };
const DECIMAL: Trust = { kind: 'library', name: 'decimal.js: arithmetic correct to the working precision' };
const FAST_CHECK: Trust = { kind: 'library', name: 'fast-check: random sampling of inputs (evidence, not exhaustive)' };

/** Judges the outcome of one claim by the rules above, checking its certificates and witness with `registry`. */
export function judgeClaim(outcome: ClaimOutcome, registry: Readonly<Record<string, Checker>> = CHECKERS): Judgement {
  const evidence = outcome.evidence.map(judgeEvidence);
  if (outcome.failure !== undefined) {
    return { verdict: 'error', reasons: [outcome.failure], trusts: [KERNEL], evidence, certificateChecks: [] };
  }
  const certificateChecks = outcome.certificates.map((c) => checkCertificate(c, registry));
  const witnessCheck = outcome.witness ? checkCertificate(outcome.witness, registry) : undefined;
  const base = { evidence, certificateChecks, witnessCheck };

  const failedEvidence = evidence.filter((e) => !e.passed);
  const failedProperties = outcome.properties.filter((p) => !propertyHeld(p));
  const testCount = evidence.length + outcome.properties.length;
  const testsPass = failedEvidence.length === 0 && failedProperties.length === 0;
  const proof = certificateChecks.length > 0 && certificateChecks.every((c) => c.ok);
  const refutation = witnessCheck?.ok === true;
  const testTrusts = [...(evidence.length > 0 ? [DECIMAL] : []), ...(outcome.properties.length > 0 ? [FAST_CHECK] : [])];

  if (proof && refutation) {
    return { verdict: 'error', reasons: ['the kernel accepted both a proof and a counterexample: the claim is inconsistent'], trusts: [KERNEL], ...base };
  }
  if (refutation) {
    const reasons = [`the kernel accepted a counterexample: ${witnessCheck.proves}`];
    return { verdict: 'refuted', reasons, trusts: dedupe([KERNEL, ...witnessCheck.trusts]), ...base };
  }
  if (proof && !testsPass) {
    const failed = [...failedEvidence.map((e) => e.why), ...failedProperties.map((p) => `property "${p.name}" failed`)];
    return { verdict: 'error', reasons: [`the certificates were accepted but tests failed (${failed.join('; ')}): the claim is inconsistent`], trusts: [KERNEL], ...base };
  }
  if (proof) {
    const reasons = [`the kernel accepted ${certificateChecks.length} certificate${certificateChecks.length > 1 ? 's' : ''}`];
    if (testCount > 0) reasons.push(`and ${tests(testCount)} ${testCount === 1 ? 'agrees' : 'agree'}`);
    const argument: Trust[] = outcome.argument ? [{ kind: 'argument', name: 'the claim\'s argument from the checked facts to its statement (shown with the claim)' }] : [];
    return { verdict: 'proved', reasons: [reasons.join(' ')], trusts: dedupe([KERNEL, ...certificateChecks.flatMap((c) => c.trusts), ...argument, ...testTrusts]), ...base };
  }

  const reasons: string[] = [];
  for (const c of certificateChecks.filter((c) => !c.ok)) reasons.push(`certificate "${c.kind}" rejected by the kernel: ${c.detail}`);
  if (witnessCheck && !witnessCheck.ok) reasons.push(`witness "${witnessCheck.kind}" rejected by the kernel: ${witnessCheck.detail}`);
  if (testCount === 0) {
    reasons.push('nothing was checked: the claim has no evidence, properties or accepted certificate');
    return { verdict: 'inconclusive', reasons, trusts: [KERNEL], ...base };
  }
  if (!testsPass) {
    for (const e of failedEvidence) reasons.push(e.why);
    for (const p of failedProperties) {
      reasons.push(propertyFailure(p));
    }
    return { verdict: 'inconclusive', reasons, trusts: dedupe([KERNEL, ...testTrusts]), ...base };
  }
  reasons.push(`${tests(testCount)} passed, but no certificate proves the statement`);
  return { verdict: 'supported', reasons, trusts: dedupe([KERNEL, ...testTrusts]), ...base };
}

function tests(n: number): string {
  return n === 1 ? 'the one numeric or property test' : `all ${n} numeric and property tests`;
}

/** True iff the property record counts as a passed test: it says it passed, after at least one run (a whole number). */
export function propertyHeld(p: PropertyRun): boolean {
  return p.passed === true && Number.isInteger(p.runs) && p.runs >= 1;
}

/** Why a property that did not hold counts against the claim (never as a refutation: the kernel has not re-run it). */
function propertyFailure(p: PropertyRun): string {
  if (p.passed === true) return `property "${p.name}" reports ${p.runs} runs: a property is a passed test only after at least one run`;
  return `property "${p.name}" failed on ${p.counterexample ?? 'an input'}; the kernel has not re-checked this counterexample, so it is evidence against the claim, not a refutation`;
}

function judgeEvidence(evidence: Evidence): JudgedEvidence {
  if (evidence.kind === 'ladder') {
    const { converges, digits, why } = ladderConverges(evidence);
    return { evidence, passed: converges, digits, rule: why, why: `ladder for ${evidence.quantity} at ${evidence.at}: ${why}` };
  }
  // The kernel cannot recompute a table's criterion: its pass flag is the claim's own judgement, shown as such.
  const own = evidence.passed === true;
  return { evidence, passed: own, why: `${evidence.title}: ${own ? 'criterion met' : 'criterion not met'}, by the claim's own judgement (${evidence.criterion})` };
}

/**
 * Caps verdicts by dependencies: a `proved` or `supported` claim that depends (directly or through other claims) on a `refuted` claim becomes
 * `inconclusive` (a proof from a false lemma proves nothing); a `proved` claim that depends (directly or through other
 * claims) on a claim that is not `proved` becomes `supported`; every claim trusts the claims it depends on.
 * `judgements` must contain every dependency; `order` lists ids so that dependencies come first.
 */
export function applyDependencies(
  judgements: ReadonlyMap<string, Judgement>,
  dependsOn: ReadonlyMap<string, readonly string[]>,
  order: readonly string[],
): Map<string, Judgement> {
  const result = new Map<string, Judgement>();
  // The refuted claims each claim rests on, directly or through other claims.
  const restsOnRefuted = new Map<string, string[]>();
  for (const id of order) {
    const own = judgements.get(id);
    if (!own) continue;
    const deps = dependsOn.get(id) ?? [];
    const trusts = dedupe([...own.trusts, ...deps.map((d): Trust => ({ kind: 'claim', name: d }))]);
    const refuted = [...new Set(deps.flatMap((d) => [...(result.get(d)?.verdict === 'refuted' ? [d] : []), ...(restsOnRefuted.get(d) ?? [])]))];
    restsOnRefuted.set(id, refuted);
    const weak = deps.filter((d) => result.get(d)?.verdict !== 'proved');
    const list = (ids: string[]) => ids.map((d) => `${d} (${result.get(d)?.verdict ?? 'missing'})`).join(', ');
    if ((own.verdict === 'proved' || own.verdict === 'supported') && refuted.length > 0) {
      const reason = `inconclusive: it rests on ${refuted.join(', ')}, which the kernel refuted, and a conclusion from a false premise establishes nothing`;
      result.set(id, { ...own, verdict: 'inconclusive', reasons: [...own.reasons, reason], trusts });
    } else if (own.verdict === 'proved' && weak.length > 0) {
      result.set(id, { ...own, verdict: 'supported', reasons: [...own.reasons, `capped at supported: it depends on ${list(weak)}, which is not proved`], trusts });
    } else {
      result.set(id, { ...own, trusts });
    }
  }
  return result;
}

function dedupe(trusts: Trust[]): Trust[] {
  const seen = new Set<string>();
  return trusts.filter((t) => {
    const key = `${t.kind}:${t.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
