/**
 * Proof terms and their replay. A proof is a tree: a leaf is a certificate (checked by its checker, concluding the
 * checker's proposition) or a `lemma` (the statement of a claim the proving claim declares it depends on); an inner
 * node applies a named inference rule (src/kernel/rules.ts) to the conclusions of its premises. The kernel replays
 * the whole tree from the leaves; nothing a proof says about its own conclusions is read.
 */
import { checkCertificate } from './checkers.js';
import { decodeProp, PropError, type Prop } from './proposition.js';
import { propToInlineLatex } from './print-prop.js';
import { RULES } from './rules.js';
import type { Certificate, Checker, Trust } from './types.js';

/** A proof term as claims write it (plain JSON). */
export type ProofTerm =
  | { readonly rule: 'certificate'; readonly certificate: Certificate }
  | { readonly rule: 'lemma'; readonly claim: string }
  | { readonly rule: string; readonly premises?: readonly ProofTerm[]; readonly args?: unknown };

/** One replayed node: the rule, its conclusion when it holds, why, its premises and what it trusts. */
export interface ProofNode {
  rule: string;
  ok: boolean;
  /** The conclusion as a proposition (absent when the step failed). */
  conclusion?: Prop;
  /** The conclusion printed by the kernel, LaTeX on one line. */
  conclusionLatex?: string;
  detail: string;
  premises: ProofNode[];
  trusts: Trust[];
  /** The dependency claim a `lemma` leaf cites. */
  lemma?: string;
}

/** What a replay may use beyond its own leaves: the statements of the claims the proving claim depends on. */
export interface ReplayContext {
  readonly lemmas: ReadonlyMap<string, Prop>;
  /** The checker registry for certificate leaves (default: the kernel's). */
  readonly registry?: Readonly<Record<string, Checker>>;
}

const MAX_PROOF_NODES = 20_000;
const MAX_PROOF_DEPTH = 200;

/** Replays `term` (untrusted JSON); never throws. The root's `ok` and `conclusion` are the result. */
export function replayProof(term: unknown, ctx: ReplayContext): ProofNode {
  let nodes = 0;
  const fail = (rule: string, detail: string, premises: ProofNode[] = []): ProofNode => ({ rule, ok: false, detail, premises, trusts: [] });
  const replay = (t: unknown, depth: number): ProofNode => {
    if (++nodes > MAX_PROOF_NODES) return fail('?', `the proof has more than ${MAX_PROOF_NODES} nodes`);
    if (depth > MAX_PROOF_DEPTH) return fail('?', `the proof is nested more than ${MAX_PROOF_DEPTH} deep`);
    if (typeof t !== 'object' || t === null || Array.isArray(t)) return fail('?', 'a proof step must be an object with a "rule"');
    const o = t as Record<string, unknown>;
    const rule = typeof o.rule === 'string' ? o.rule : '?';
    if (rule === 'certificate') return certificateLeaf(o.certificate, ctx.registry);
    if (rule === 'lemma') return lemmaLeaf(o.claim, ctx);
    const spec = Object.prototype.hasOwnProperty.call(RULES, rule) ? RULES[rule] : undefined;
    if (!spec) return fail(rule, `no inference rule named ${JSON.stringify(rule)}`);
    const premisesData = o.premises ?? [];
    if (!Array.isArray(premisesData)) return fail(rule, '"premises" must be an array of proof steps');
    const premises = premisesData.map((p) => replay(p, depth + 1));
    const broken = premises.find((p) => !p.ok);
    if (broken) return fail(rule, `a premise does not hold (${broken.rule}: ${broken.detail})`, premises);
    try {
      // Decoding canonicalises (binders sorted) and re-validates what the rule built.
      const conclusion = decodeProp(spec.apply(premises.map((p) => p.conclusion!), o.args), `conclusion of ${rule}`);
      const trusts: Trust[] = [{ kind: 'theorem', name: spec.theorem }, ...(spec.conjecture ? [{ kind: 'conjecture' as const, name: spec.conjecture }] : [])];
      return { rule, ok: true, conclusion, conclusionLatex: propToInlineLatex(conclusion), detail: spec.theorem, premises, trusts };
    } catch (e) {
      return fail(rule, e instanceof PropError ? e.message : `the rule could not be applied: ${e instanceof Error ? e.message : String(e)}`, premises);
    }
  };
  return replay(term, 0);
}

function certificateLeaf(data: unknown, registry: Readonly<Record<string, Checker>> | undefined): ProofNode {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { rule: 'certificate', ok: false, detail: 'a certificate leaf needs a "certificate" object', premises: [], trusts: [] };
  const check = checkCertificate(data as Certificate, registry);
  const rule = `certificate:${check.kind}`;
  if (!check.ok) return { rule, ok: false, detail: check.detail, premises: [], trusts: [] };
  let conclusion: Prop;
  try {
    conclusion = check.conclusion ? decodeProp(check.conclusion) : { op: 'fact', kind: check.kind, certificate: factData(data as Certificate) };
  } catch (e) {
    return { rule, ok: false, detail: `the checker's conclusion is malformed: ${(e as Error).message}`, premises: [], trusts: [] };
  }
  return { rule, ok: true, conclusion, conclusionLatex: propToInlineLatex(conclusion), detail: check.detail, premises: [], trusts: check.trusts };
}

/** The certificate without its `kind` (a `fact` carries the kind beside it). */
function factData(c: Certificate): Record<string, unknown> {
  const { kind: _kind, ...rest } = c;
  return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
}

function lemmaLeaf(claim: unknown, ctx: ReplayContext): ProofNode {
  const id = typeof claim === 'string' ? claim : '?';
  const statement = ctx.lemmas.get(id);
  if (!statement) return { rule: 'lemma', ok: false, detail: `"${id}" is not a claim this one depends on (declare it in dependsOn), or its statement is not a formal proposition`, premises: [], trusts: [], lemma: id };
  return { rule: 'lemma', ok: true, conclusion: statement, conclusionLatex: propToInlineLatex(statement), detail: `the statement of claim ${id}`, premises: [], trusts: [{ kind: 'claim', name: id }], lemma: id };
}

/** Every trust of the replayed tree, leaves and rules, in order of first appearance. */
export function proofTrusts(node: ProofNode): Trust[] {
  return [...node.trusts, ...node.premises.flatMap(proofTrusts)];
}

/** The claim ids the tree cites as lemmas. */
export function proofLemmas(node: ProofNode): string[] {
  return [...(node.lemma ? [node.lemma] : []), ...node.premises.flatMap(proofLemmas)];
}
