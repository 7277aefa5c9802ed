/**
 * The verdict rules of DESIGN.md. This is the only place where a verdict is decided.
 *
 * - `error`: the claim could not be checked (load failure, malformed claim, a check threw or timed out), or its
 *   own results contradict each other (an accepted proof beside failed tests or an accepted counterexample).
 * - `refuted`: the statement is a formal proposition and the kernel replayed the claim's witness to a conclusion that
 *   is exactly the statement's negation.
 * - `proved`: the statement is a formal proposition, the kernel replayed the claim's proof (its proof term, or the
 *   conjunction of its certificates) to a conclusion that is exactly the statement, every attached certificate was
 *   accepted, and no test failed beside it.
 * - `supported`: not proved, but at least one test, and every ladder converged, every table passed, every property
 *   held (accepted certificates of another statement, or beside a prose statement, add nothing: the reasons name
 *   the missing step).
 * - `inconclusive`: everything else (nothing checked, a ladder that does not converge, a failed property whose
 *   counterexample the kernel has not re-checked, a rejected certificate with no other evidence).
 * `applyDependencies` then caps a `proved` claim that rests on a non-proved claim at `supported`, and makes a claim
 * that rests on a `refuted` claim `inconclusive`.
 * A `proved` verdict whose proof applies a rule resting on a conjecture (rule metadata `conjecture`), or that depends
 * on a claim proved so, is proved *conditional* on it: `conditions` lists the conjectures and a reason says so.
 */
import type { Evidence, PropertyRun } from './evidence.js';
import { ladderConverges } from './agreement.js';
import { checkCertificate, CHECKERS } from './checkers.js';
import { proofLemmas, proofTrusts, replayProof, type ProofNode, type ReplayContext } from './proof.js';
import { decodeProp, propEquals, PropError, type Prop } from './proposition.js';
import { printingAmbiguity, propToLatex } from './print-prop.js';
import { assertClosed } from './rules.js';
import { sampleStatement, type StatementTest } from './sampling.js';
import type { Certificate, CheckResult, Checker, Trust, Verdict } from './types.js';

/** What running a claim produced, before the kernel judges it. */
export interface ClaimOutcome {
  /** Set when the claim could not be loaded or one of its checks threw or timed out. */
  failure?: string;
  evidence: Evidence[];
  properties: PropertyRun[];
  certificates: Certificate[];
  /** A refutation: a proof term of the statement's negation, or a single certificate concluding it. */
  witness?: unknown;
  /** The statement: a formal proposition (JSON), or prose LaTeX (then it can be at most supported). */
  statement?: unknown;
  /** The proof term whose conclusion must be the statement (default: the conjunction of the certificates). */
  proof?: unknown;
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
  /** The statement as the kernel printed it from the formal proposition (absent for a prose statement). */
  statementLatex?: string;
  /** The replayed proof tree (conclusions printed), when there was one. */
  proofTree?: ReportedNode;
  /** The replayed witness tree, when there was one. */
  witnessTree?: ReportedNode;
  /** The kernel's own test of the statement at sampled instances (absent when its form cannot be sampled). */
  statementTest?: Omit<StatementTest, 'counterexample'>;
  /** The dependency claims whose statements the witness cites as lemmas (a refutation is only as good as they are). */
  witnessLemmas?: string[];
  /** For a proved claim: the dependency claims its proof cites as lemmas, and whether it has tests of its own (all passed). */
  proofLemmas?: string[];
  ownTests?: boolean;
  /** For a proved verdict only: the conjectures it is conditional on (its proof's and its dependencies'), sorted; absent when unconditional. */
  conditions?: string[];
}

/** A replayed proof step as the report shows it: the rule, its conclusion (Markdown with inline math), its premises. */
export interface ReportedNode {
  rule: string;
  ok: boolean;
  /** The conclusion printed by the kernel as inline math, or why the step failed. */
  conclusion: string;
  detail?: string;
  premises: ReportedNode[];
}

function reported(node: ProofNode): ReportedNode {
  const conclusion = node.ok && node.conclusionLatex ? `$\`${node.conclusionLatex}\`$` : `not accepted: ${node.detail}`;
  return { rule: node.rule, ok: node.ok, conclusion, ...(node.ok ? { detail: node.detail } : {}), premises: node.premises.map(reported) };
}

/** The negation of `p` (¬¬q is written q). */
export function negation(p: Prop): Prop {
  return p.op === 'not' ? p.arg : { op: 'not', arg: p };
}

/** The formal statement of an outcome: a decoded closed proposition that prints unambiguously, null for prose, or the reason it is malformed. */
export function formalStatement(statement: unknown): Prop | null | string {
  if (statement === undefined || typeof statement === 'string') return null;
  try {
    const p = decodeProp(statement, 'statement');
    assertClosed(p);
    const ambiguity = printingAmbiguity(p);
    if (ambiguity !== null) return `statement: ${ambiguity}, so the printed statement would not determine the proposition`;
    return p;
  } catch (e) {
    return e instanceof PropError ? e.message : `statement: ${(e as Error).message}`;
  }
}

/** A proof term or a bare certificate (a witness may be either) as a proof term. */
function asProofTerm(data: unknown): unknown {
  if (typeof data === 'object' && data !== null && !('rule' in data) && 'kind' in data) return { rule: 'certificate', certificate: data };
  return data;
}

const KERNEL: Trust = { kind: 'kernel', name: 'the verdict rules and certificate checkers in src/kernel' };
const DECIMAL: Trust = { kind: 'library', name: 'decimal.js: arithmetic correct to the working precision' };
const FAST_CHECK: Trust = { kind: 'library', name: 'fast-check: random sampling of inputs (evidence, not exhaustive)' };

/**
 * Judges the outcome of one claim by the rules above, checking its certificates with `registry` and replaying its
 * proof and witness with the statements of its dependencies (`ctx.lemmas`) as the only premises from outside.
 */
export function judgeClaim(outcome: ClaimOutcome, registry: Readonly<Record<string, Checker>> = CHECKERS, ctx: ReplayContext = { lemmas: new Map() }): Judgement {
  const evidence = outcome.evidence.map(judgeEvidence);
  if (outcome.failure !== undefined) {
    return { verdict: 'error', reasons: [outcome.failure], trusts: [KERNEL], evidence, certificateChecks: [] };
  }
  const formal = formalStatement(outcome.statement);
  if (typeof formal === 'string') {
    return { verdict: 'error', reasons: [`the statement is not a well-formed closed proposition: ${formal}`], trusts: [KERNEL], evidence, certificateChecks: [] };
  }
  const certificateChecks = outcome.certificates.map((c) => checkCertificate(c, registry));
  const implicit = outcome.certificates.length === 0 ? undefined : { rule: 'and-intro', premises: outcome.certificates.map((certificate) => ({ rule: 'certificate', certificate })) };
  const proofTerm = outcome.proof ?? implicit;
  const replayCtx: ReplayContext = { ...ctx, registry };
  const proofNode = proofTerm === undefined ? undefined : replayProof(proofTerm, replayCtx);
  const witnessNode = outcome.witness === undefined ? undefined : replayProof(asProofTerm(outcome.witness), replayCtx);
  const witnessCheck: CheckResult | undefined = witnessNode && {
    kind: witnessNode.rule,
    ok: witnessNode.ok,
    proves: witnessNode.conclusionLatex ? `$\`${witnessNode.conclusionLatex}\`$` : '',
    detail: witnessNode.detail,
    trusts: witnessNode.ok ? proofTrusts(witnessNode) : [],
  };
  const base = {
    evidence,
    certificateChecks,
    witnessCheck,
    ...(formal ? { statementLatex: propToLatex(formal) } : {}),
    ...(proofNode ? { proofTree: reported(proofNode) } : {}),
    ...(witnessNode ? { witnessTree: reported(witnessNode), witnessLemmas: [...new Set(proofLemmas(witnessNode))] } : {}),
  };

  const failedEvidence = evidence.filter((e) => !e.passed);
  const failedProperties = outcome.properties.filter((p) => !propertyHeld(p));
  const testCount = evidence.length + outcome.properties.length;
  const testsPass = failedEvidence.length === 0 && failedProperties.length === 0;
  const certificatesOk = certificateChecks.every((c) => c.ok);
  const derived = formal !== null && proofNode?.ok === true && certificatesOk && propEquals(proofNode.conclusion!, formal);
  const refutation = formal !== null && witnessNode?.ok === true && propEquals(witnessNode.conclusion!, negation(formal));
  const sampled = formal ? sampleStatement(formal) : null;
  const sampleNode = sampled?.counterexample ? replayProof(sampled.counterexample, replayCtx) : undefined;
  const sampleRefutes = formal !== null && sampleNode?.ok === true && propEquals(sampleNode.conclusion!, negation(formal));
  const statementTested = sampled !== null && sampled.tested > 0 && !sampled.counterexample && sampled.undefinedAt === undefined;
  if (sampled) {
    const { counterexample: _c, ...shown } = sampled;
    Object.assign(base, { statementTest: shown });
  }
  const testTrusts = [...(evidence.length > 0 || statementTested ? [DECIMAL] : []), ...(outcome.properties.length > 0 ? [FAST_CHECK] : [])];

  if (derived && sampleRefutes) {
    return { verdict: 'error', reasons: [`the kernel derived the statement, yet its own sampling found a counterexample at ${sampled!.at}: the kernel is inconsistent (please report this)`], trusts: [KERNEL], ...base };
  }
  const diagnostics: string[] = [];
  for (const c of certificateChecks.filter((c) => !c.ok)) diagnostics.push(`certificate "${c.kind}" rejected by the kernel: ${c.detail}`);
  if (proofNode && !proofNode.ok) diagnostics.push(`the proof does not replay: ${proofNode.rule}: ${proofNode.detail}`);
  const accepted = proofNode?.ok === true && certificatesOk;
  if (accepted && formal === null) diagnostics.push('the kernel accepted the certificates, but the statement is prose, not a formal proposition, so no proof can reach it: the step from the checked facts to the statement is not checked');
  else if (accepted) diagnostics.push(`the proof replays, but its conclusion is not the statement: it proves ${proofNode!.conclusionLatex ? `$\`${proofNode!.conclusionLatex}\`$` : 'something else'}`);
  if (witnessNode && !witnessNode.ok) diagnostics.push(`the witness does not replay: ${witnessNode.rule}: ${witnessNode.detail}`);
  else if (witnessNode && formal === null) diagnostics.push('the witness replays, but the statement is prose, so the witness cannot be checked to be its negation');
  else if (witnessNode) diagnostics.push('the witness replays, but its conclusion is not the negation of the statement');
  if (sampleRefutes && !refutation) {
    const reasons = [`the kernel tested the statement itself and found a counterexample at ${sampled!.at}, re-checked by an outward-rounded enclosure`, ...diagnostics];
    return { verdict: 'refuted', reasons, trusts: dedupe([KERNEL, ...proofTrusts(sampleNode!)]), ...base, witnessTree: reported(sampleNode!) };
  }
  if (derived && refutation) {
    return { verdict: 'error', reasons: ['the kernel derived both the statement and its negation: the claim is inconsistent'], trusts: [KERNEL], ...base };
  }
  if (refutation) {
    const reasons = ['the kernel replayed the witness to the negation of the statement'];
    return { verdict: 'refuted', reasons, trusts: dedupe([KERNEL, ...proofTrusts(witnessNode!)]), ...base };
  }
  if (derived && !testsPass) {
    const failed = [...failedEvidence.map((e) => e.why), ...failedProperties.map((p) => `property "${p.name}" failed`)];
    return { verdict: 'error', reasons: [`the kernel derived the statement but tests failed (${failed.join('; ')}): the claim is inconsistent`], trusts: [KERNEL], ...base };
  }
  if (derived) {
    const steps = countSteps(proofNode!);
    const reasons = [`the kernel derived exactly the statement by replaying the proof (${steps.leaves} checked ${steps.leaves === 1 ? 'leaf' : 'leaves'}, ${steps.rules} inference step${steps.rules === 1 ? '' : 's'})`];
    if (testCount > 0) reasons.push(`and ${tests(testCount)} ${testCount === 1 ? 'agrees' : 'agree'}`);
    const trusts = dedupe([KERNEL, ...proofTrusts(proofNode!), ...testTrusts]);
    const conditions = conjectures(trusts);
    const conditional = conditions.length === 0 ? [] : [`conditional on ${conditions.join(' and ')}: a rule of the proof rests on ${conditions.length === 1 ? 'it' : 'them'}, and ${conditions.length === 1 ? 'it is' : 'they are'} not proved`];
    return { verdict: 'proved', reasons: [reasons.join(' '), ...conditional], trusts, ...base, proofLemmas: [...new Set(proofLemmas(proofNode!))], ownTests: testCount > 0, ...(conditions.length > 0 ? { conditions } : {}) };
  }

  const reasons = [...diagnostics];
  if (testCount === 0 && !statementTested) {
    reasons.push('nothing else was checked: the claim has no evidence or properties, and a proof of another statement supports nothing');
    return { verdict: 'inconclusive', reasons, trusts: [KERNEL], ...base };
  }
  if (sampled?.undefinedAt !== undefined && !sampled.counterexample) {
    reasons.push(`the statement says it holds everywhere, but the kernel could not evaluate it at ${sampled.undefinedAt} (a denominator or logarithm there is not certified non-zero or positive): not supported`);
    return { verdict: 'inconclusive', reasons, trusts: dedupe([KERNEL, ...testTrusts]), ...base };
  }
  if (!testsPass) {
    for (const e of failedEvidence) reasons.push(e.why);
    for (const p of failedProperties) {
      reasons.push(propertyFailure(p));
    }
    return { verdict: 'inconclusive', reasons, trusts: dedupe([KERNEL, ...testTrusts]), ...base };
  }
  if (statementTested) reasons.push(`the kernel tested the statement itself at ${sampled!.tested} sampled instance${sampled!.tested === 1 ? '' : 's'} (outward-rounded, ${sampled!.precisions.join(' and ')} digits): no counterexample`);
  else if (formal !== null) reasons.push('the statement itself was not tested (its form cannot be sampled): the tests below are about related quantities');
  if (testCount > 0) reasons.push(`${tests(testCount)} passed, but the kernel did not derive the statement`);
  return { verdict: 'supported', reasons, trusts: dedupe([KERNEL, ...testTrusts]), ...base };
}

/** The names of the conjectures among `trusts`, sorted, without repeats. */
function conjectures(trusts: readonly Trust[]): string[] {
  return [...new Set(trusts.filter((t) => t.kind === 'conjecture').map((t) => t.name))].sort();
}

function countSteps(node: ProofNode): { leaves: number; rules: number } {
  if (node.premises.length === 0) return { leaves: 1, rules: node.rule.startsWith('certificate') || node.rule === 'lemma' ? 0 : 1 };
  return node.premises.map(countSteps).reduce((a, b) => ({ leaves: a.leaves + b.leaves, rules: a.rules + b.rules }), { leaves: 0, rules: 1 });
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
 * Caps verdicts by dependencies: a `proved` or `supported` claim that depends (directly or through other claims) on a
 * `refuted` claim becomes `inconclusive` (a proof from a false lemma proves nothing); a `proved` claim whose proof cites
 * the statement of a claim that is neither proved nor supported, and that has no passing test of its own, becomes
 * `inconclusive`; any other `proved` claim that depends on a claim that is not `proved` becomes `supported`; a
 * `refuted` claim whose witness cites the statement of a claim that is not `proved` becomes `inconclusive` (a false
 * lemma refutes anything); every claim trusts the claims it depends on and the conjectures they trust, and a claim that
 * stays `proved` is conditional on every conjecture of its dependencies. `judgements` must contain every dependency;
 * `order` lists ids so that dependencies come first.
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
    // Only a proved verdict carries conditions; every other branch drops them.
    const { conditions: _conditions, ...unconditional } = own;
    const inherited = deps.flatMap((d) => (result.get(d)?.trusts ?? []).filter((t) => t.kind === 'conjecture'));
    const trusts = dedupe([...own.trusts, ...deps.map((d): Trust => ({ kind: 'claim', name: d })), ...inherited]);
    const refuted = [...new Set(deps.flatMap((d) => [...(result.get(d)?.verdict === 'refuted' ? [d] : []), ...(restsOnRefuted.get(d) ?? [])]))];
    restsOnRefuted.set(id, refuted);
    const weak = deps.filter((d) => result.get(d)?.verdict !== 'proved');
    const list = (ids: string[]) => ids.map((d) => `${d} (${result.get(d)?.verdict ?? 'missing'})`).join(', ');
    const unprovedLemmas = (own.witnessLemmas ?? []).filter((d) => result.get(d)?.verdict !== 'proved');
    // A proof from the statement of a claim that is not even supported (inconclusive, error) is evidence of nothing.
    const baseless = (own.proofLemmas ?? []).filter((d) => !['proved', 'supported'].includes(result.get(d)?.verdict ?? 'missing'));
    if ((own.verdict === 'proved' || own.verdict === 'supported') && refuted.length > 0) {
      const reason = `inconclusive: it rests on ${refuted.join(', ')}, which the kernel refuted, and a conclusion from a false premise establishes nothing`;
      result.set(id, { ...unconditional, verdict: 'inconclusive', reasons: [...own.reasons, reason], trusts });
    } else if (own.verdict === 'proved' && baseless.length > 0 && own.ownTests !== true) {
      result.set(id, { ...unconditional, verdict: 'inconclusive', reasons: [...own.reasons, `not proved: the proof cites the statement of ${list(baseless)}, which is neither proved nor supported, and the claim has no test of its own`], trusts });
    } else if (own.verdict === 'proved' && weak.length > 0) {
      result.set(id, { ...unconditional, verdict: 'supported', reasons: [...own.reasons, `capped at supported: it depends on ${list(weak)}, which is not proved`], trusts });
    } else if (own.verdict === 'refuted' && unprovedLemmas.length > 0) {
      result.set(id, { ...unconditional, verdict: 'inconclusive', reasons: [...own.reasons, `not refuted: the witness cites the statement of ${list(unprovedLemmas)}, which is not proved`], trusts });
    } else if (own.verdict === 'proved') {
      result.set(id, withConditions(own, trusts, deps, result));
    } else {
      result.set(id, { ...unconditional, trusts });
    }
  }
  return result;
}

/** A proved judgement with the conjectures of its trusts as conditions, and a reason naming each one it inherits and from which dependency. */
function withConditions(own: Judgement, trusts: Trust[], deps: readonly string[], result: ReadonlyMap<string, Judgement>): Judgement {
  const { conditions: _own, ...rest } = own;
  const conditions = conjectures(trusts);
  if (conditions.length === 0) return { ...rest, trusts };
  const inherited = conditions
    .filter((c) => !(own.conditions ?? []).includes(c))
    .map((c) => `conditional on ${c}, through ${deps.filter((d) => (result.get(d)?.trusts ?? []).some((t) => t.kind === 'conjecture' && t.name === c)).join(', ')}, which rests on it`);
  return { ...rest, reasons: [...own.reasons, ...inherited], trusts, conditions };
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
