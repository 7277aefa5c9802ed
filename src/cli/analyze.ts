/**
 * `npm run analyze`: the stationary points of a neuron's loss on the user's data, certified, or the loss and
 * gradient at one point (`--at`). Thin: parses (analyze-args.ts), calls `analyze` (neuron/analysis.ts), prints.
 * Exit codes: 0 done, 2 bad input (one line on stderr naming the flag, file or line), 1 anything else.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../neuron/data.js';
import { analyze, type AnalyzeResult } from '../neuron/analysis.js';
import { parseAnalyzeArgs, USAGE } from './analyze-args.js';

function lossFormula(r: AnalyzeResult): string {
  const f = r.activation === 'identity' ? 'w·x' : `${r.activation}(w·x)`;
  return r.loss === 'mse' ? `L(w) = ½ Σ (t − ${f})²` : 'L(w) = −Σ [t ln σ(w·x) + (1 − t) ln σ(−w·x)]';
}

/** The human-readable report of an analyze result. */
function formatResult(r: AnalyzeResult): string {
  const d = r.box.length;
  const lines = [`${lossFormula(r)} over ${r.data.length} points in dimension ${d}`];
  if (r.at) {
    lines.push(`at w = (${r.at.w.join(', ')}):`, `  L(w) = ${r.at.loss}`);
    r.at.gradient.forEach((g, i) => {
      const [lo, hi] = r.at?.gradientEnclosure[i] ?? ['', ''];
      lines.push(`  ∂L/∂w${i + 1} = ${g}`, `        ∈ [${lo}, ${hi}]`);
    });
    return lines.join('\n');
  }
  const box = r.box.every(([lo, hi]) => lo === r.box[0][0] && hi === r.box[0][1])
    ? `[${r.box[0][0]}, ${r.box[0][1]}]^${d}`
    : r.box.map(([lo, hi]) => `[${lo}, ${hi}]`).join(' × ');
  const unique = r.stationaryPoints.filter((p) => p.status === 'unique');
  const unknown = r.stationaryPoints.filter((p) => p.status === 'unknown');
  lines.push(`${unique.length} certified stationary point${unique.length === 1 ? '' : 's'} in ${box}:`);
  unique.forEach((p, k) => {
    lines.push(`  ${k + 1}. ${p.kind}: w = (${p.w.join(', ')}), L = ${p.loss}`);
    lines.push(`     enclosure ${p.enclosure.map(([lo, hi]) => `[${lo}, ${hi}]`).join(' × ')}`);
  });
  if (r.complete) {
    lines.push('complete: every other point of the box is proved not stationary.');
  } else {
    lines.push(`INCOMPLETE: ${unknown.length} box${unknown.length === 1 ? '' : 'es'} left undecided (may hold stationary points):`);
    for (const p of unknown.slice(0, 10)) lines.push(`  ${p.enclosure.map(([lo, hi]) => `[${lo}, ${hi}]`).join(' × ')}`);
    if (unknown.length > 10) lines.push(`  ... and ${unknown.length - 10} more (see --json)`);
  }
  if (r.search) {
    lines.push(`search: ${r.search.boxes} of at most ${r.search.maxBoxes} boxes (--max-boxes), ${r.search.precision} working digits`);
  }
  return lines.join('\n');
}

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const request = parseAnalyzeArgs(argv, (path) => readFileSync(path, 'utf8'));
    const result = analyze(request);
    process.stdout.write(request.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatResult(result)}\n`);
    return 0;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`analyze: ${message.split('\n')[0]}\n`);
    return e instanceof InputError ? 2 : 1;
  }
}

process.exitCode = main(process.argv.slice(2));
