/**
 * The claim API's data types: what a claim file declares and what its checks return.
 * All results are JSON-serialisable: they cross from the process that runs a claim to the one that reports.
 */
import type { ProofTerm } from '../kernel/proof.js';
import type { Prop } from '../kernel/proposition.js';
import type { Certificate, Verdict } from '../kernel/types.js';

/** What every check of a claim receives: the run's seed and its precision ladder (significant digits). */
export interface ClaimContext {
  readonly seed: number;
  readonly precisions: readonly number[];
}

export type { Evidence, LadderEvidence, MethodValue, PropertyRun, Rung, TableEvidence } from '../kernel/evidence.js';
import type { Evidence, PropertyRun } from '../kernel/evidence.js';

/** A generated figure: written to `<out>/figures/<file>` and linked from the claim's section. */
export interface Figure {
  file: string;
  caption: string;
  svg: string;
}

type Producer<T> = (ctx: ClaimContext) => T | Promise<T>;

/** What a claim file passes to `defineClaim`. */
export interface ClaimSpec {
  /** Kebab-case, equal to the file's base name (`<id>.claim.ts`). */
  id: string;
  title: string;
  /**
   * The proposition: a formal `Prop` (built with the helpers of src/claim/statement.ts), which the kernel prints and
   * must derive for `proved`; or prose LaTeX, which can be at most `supported`.
   */
  statement: Prop | string;
  /** The statement in words, shown beside it as "in words (not checked)". */
  gloss?: string;
  /** The words of the question or comment that this claim formalises. */
  source: string;
  /** Its hypotheses, each as Markdown with inline $`…`$ math. */
  hypotheses: string[];
  /** The verdict this claim must reach; a mismatch fails `npm run verify` and `npm test`. */
  expected?: Verdict;
  /** Ids of claims this one rests on. A `proved` claim with a non-proved dependency is at most `supported`. */
  dependsOn?: string[];
  /** Ids of the question's bullets this claim helps answer (see `src/report/questions.ts`). */
  answers?: string[];
  evidence?: Producer<Evidence[]>;
  properties?: Producer<PropertyRun[]>;
  /** Certificates the kernel checks; every one must pass. Without `proof`, their conjunction is the proof. */
  certificate?: Producer<Certificate[]>;
  /** A proof term (src/claim/proof-terms.ts) whose conclusion, replayed by the kernel, must be the statement. */
  proof?: Producer<ProofTerm>;
  /**
   * A human explanation of the proof, in Markdown. Shown with the claim; never trusted: the verdict rests on the
   * proof term alone.
   */
  argument?: string;
  /** A refutation: a proof term (or one certificate) whose conclusion is the statement's negation. */
  witness?: Producer<ProofTerm | Certificate>;
  figures?: Producer<Figure[]>;
}

/** A claim as `defineClaim` returns it: the spec, branded so that the runner can recognise it. */
export interface Claim extends ClaimSpec {
  readonly __claim: true;
}
