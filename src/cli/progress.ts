/**
 * Progress of a long search on stderr: nothing during the first second, then at most one update a second with
 * boxes done (of the budget), boxes waiting, points certified and the elapsed time: a redrawn bar on a TTY,
 * plain lines otherwise (logs and pipes).
 */
import type { SearchReport } from '../neuron/analysis.js';
import type { SearchProgress } from '../numeric/branch-and-prune.js';

/** Where progress goes: a stream with `write` and whether it is a terminal. */
export interface ProgressSink {
  write(text: string): void;
  isTTY?: boolean;
}

/** The line describing `p` after `seconds`, e.g. "boxes 1200/20000 (6%), 35 waiting, 1 certified, 4.1 s". */
export function progressLine(p: SearchProgress, seconds: number): string {
  const percent = Math.floor((100 * p.boxes) / p.maxBoxes);
  return `boxes ${p.boxes}/${p.maxBoxes} (${percent}%), ${p.pending} waiting, ${p.certified} certified, ${seconds.toFixed(1)} s`;
}

/** A progress callback writing to `sink` once `delayMs` has passed, then every `everyMs`; `done()` ends a TTY bar's line. */
export function progressReporter(sink: ProgressSink, now: () => number = Date.now, delayMs = 1000, everyMs = 1000) {
  const start = now();
  let next = start + delayMs;
  let drawn = false;
  return {
    update(p: SearchProgress): void {
      const t = now();
      if (t < next) return;
      next = t + everyMs;
      const line = progressLine(p, (t - start) / 1000);
      if (sink.isTTY) {
        const width = 20;
        const filled = Math.min(width, Math.floor((width * p.boxes) / p.maxBoxes));
        sink.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${line}\u001b[K`);
        drawn = true;
      } else {
        sink.write(`analyze: ${line}\n`);
      }
    },
    done(): void {
      if (drawn) sink.write('\n');
      drawn = false;
    },
    elapsed(): number {
      return (now() - start) / 1000;
    },
  };
}

/**
 * What to try when the search stopped incomplete: the flag, and what it would cost at the rate just measured
 * (the undecided boxes each need at least one more box; a box search often needs several times more).
 */
export function closingHint(search: SearchReport, seconds: number): string {
  const perBox = seconds / Math.max(1, search.boxes);
  const next = search.maxBoxes * 4;
  return (
    `hint: incomplete after ${search.boxes} boxes (${seconds.toFixed(1)} s, ${(perBox * 1000).toFixed(1)} ms a box); ` +
    `--max-boxes ${next} would take up to about ${Math.ceil(perBox * next)} s, ` +
    `or a smaller --box to shrink the region (${search.unknownBoxes} box${search.unknownBoxes === 1 ? '' : 'es'} still undecided).`
  );
}
