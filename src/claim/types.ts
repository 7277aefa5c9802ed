/**
 * The claim API's data types: what a claim file declares and what its checks return.
 * All results are JSON-serialisable: they cross from the process that runs a claim to the one that reports.
 */
import type { Certificate, Verdict } from '../kernel/types.js';

/** What every check of a claim receives: the run's seed and its precision ladder (significant digits). */
export interface ClaimContext {
  readonly seed: number;
  readonly precisions: readonly number[];
}

/** One method's value of a quantity at one precision: a decimal string, or a vector of them. */
export interface MethodValue {
  method: string;
  value: string | string[];
}

/** The same quantity computed by independent methods at one working precision (significant digits). */
export interface Rung {
  precision: number;
  values: MethodValue[];
}

/**
 * Precision-ladder evidence: at least two methods at at least two precisions. The kernel computes the digits
 * of agreement per rung and calls the ladder convergent only when they grow with precision.
 */
export interface LadderEvidence {
  kind: 'ladder';
  /** The quantity, as LaTeX, e.g. `s'(h)`. */
  quantity: string;
  /** Where it was evaluated, as text, e.g. `h = 7/3`. */
  at: string;
  rungs: Rung[];
}

/** Tabulated observations with the claim's own pass/fail criterion (e.g. Newton's digits doubling). */
export interface TableEvidence {
  kind: 'table';
  title: string;
  /** The criterion the rows were tested against, in words. */
  criterion: string;
  columns: string[];
  rows: string[][];
  passed: boolean;
}

export type Evidence = LadderEvidence | TableEvidence;

/** The record of one fast-check property run (see `src/evidence/property.ts`). */
export interface PropertyRun {
  name: string;
  runs: number;
  seed: number;
  passed: boolean;
  /** The shrunk counterexample, printed, when the property failed. */
  counterexample?: string;
  shrinks?: number;
  /** fast-check's replay path for the counterexample. */
  path?: string;
  /** The error or message of the failure. */
  failure?: string;
}

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
  /** The proposition, as LaTeX that GitHub renders inside ```math fences. */
  statement: string;
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
  /** Certificates that together prove the statement; every one must pass the kernel. */
  certificate?: Producer<Certificate[]>;
  /**
   * The step from the kernel-checked facts to the statement, in Markdown, when the statement is not literally what
   * the certificates prove (e.g. "the gradient is a positive multiple of (s - t)x, so it vanishes iff s = t").
   * A proved verdict then lists this argument among what it trusts: it is read by people, not checked by the kernel.
   */
  argument?: string;
  /** A certificate of the statement's negation: a counterexample the kernel re-checks. */
  witness?: Producer<Certificate>;
  figures?: Producer<Figure[]>;
}

/** A claim as `defineClaim` returns it: the spec, branded so that the runner can recognise it. */
export interface Claim extends ClaimSpec {
  readonly __claim: true;
}
