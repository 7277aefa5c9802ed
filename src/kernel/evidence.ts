/**
 * The evidence a claim sends to the kernel: precision ladders, tables and property-run records, as plain JSON data.
 * The kernel judges them (src/kernel/agreement.ts, verdict.ts); it never runs the code that produced them.
 */

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

