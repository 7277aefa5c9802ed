/** One benchmarked operation: `run` does the operation once; `baseline` names the case it is compared with. */
export interface BenchCase {
  name: string;
  baseline?: string;
  /** The goal for time(case) / time(baseline), e.g. 0.1 for "at least 10x faster", stated in the report. */
  goal?: number;
  run: () => void;
}
