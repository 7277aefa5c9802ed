/**
 * `npm run analyze`: the stationary points of a neuron's loss on the user's data, certified, or the loss and
 * gradient at one point (`--at`). Thin: parses (analyze-args.ts), calls `analyze` (neuron/analysis.ts), prints.
 * Exit codes: 0 done, 2 bad input (one line on stderr naming the flag, file or line), 1 anything else.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../neuron/data.js';
import { analyze, COMPLETE_MAX_DIMENSION, type AnalyzeResult } from '../neuron/analysis.js';
import type { ExactD2Analysis } from '../neuron/exact-d2-analysis.js';
import { closingHint, progressReporter } from './progress.js';
import { parseAnalyzeArgs, USAGE } from './analyze-args.js';

function lossFormula(r: AnalyzeResult, bias: boolean): string {
  const arg = bias ? 'w·x + b' : 'w·x';
  const f = r.activation === 'identity' ? arg : `${r.activation}(${arg})`;
  return r.loss === 'mse' ? `L(w) = ½ Σ (t − ${f})²` : `L(w) = −Σ [t ln σ(${arg}) + (1 − t) ln σ(−(${arg}))]`;
}

/** The human-readable report of an analyze result. */
function formatResult(r: AnalyzeResult, bias: boolean): string {
  const d = r.box.length;
  const lines = [`${lossFormula(r, bias)} over ${r.data.length} point${r.data.length === 1 ? '' : 's'} in dimension ${d}`];
  if (bias) lines.push(`(--bias: the last coordinate, w${d}, is the bias b, the weight of a constant input 1)`);
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
  const inBox = r.stationaryPoints.filter((p) => p.inBox);
  lines.push(`${inBox.length} certified stationary point${inBox.length === 1 ? '' : 's'} in ${box}:`);
  inBox.forEach((p, k) => {
    lines.push(`  ${k + 1}. ${p.kind}: w = (${p.w.join(', ')}), L = ${p.loss}`);
    lines.push(`     enclosure ${p.enclosure.map(([lo, hi]) => `[${lo}, ${hi}]`).join(' × ')}`);
  });
  const boundary = r.stationaryPoints.filter((p) => !p.inBox && p.onBoundary);
  if (boundary.length > 0) {
    lines.push(`${boundary.length} certified stationary point${boundary.length === 1 ? '' : 's'} on the boundary of the box (the enclosure straddles it: inside or just outside):`);
    boundary.forEach((p, k) => {
      lines.push(`  ${k + 1}. ${p.kind}: w = (${p.w.join(', ')}), L = ${p.loss}`);
      lines.push(`     enclosure ${p.enclosure.map(([lo, hi]) => `[${lo}, ${hi}]`).join(' × ')}`);
    });
  }
  const undecided = r.undecidedBoxes;
  if (r.complete) {
    lines.push('complete: every other point of the box is proved not stationary.');
  } else {
    lines.push(`INCOMPLETE: ${undecided.length} box${undecided.length === 1 ? '' : 'es'} left undecided (may hold stationary points), lowest loss bound first:`);
    for (const u of undecided.slice(0, 10)) {
      lines.push(`  ${u.enclosure.map(([lo, hi]) => `[${lo}, ${hi}]`).join(' × ')}  (L >= ${u.lossLowerBound})`);
    }
    if (undecided.length > 10) lines.push(`  ... and ${undecided.length - 10} more (see --json)`);
    const local = r.localPoints;
    if (local.length > 0) {
      const kinds = local.map((p) => p.kind).join(', ');
      lines.push(`certified inside the undecided boxes: ${local.length === 1 ? 'this stationary point exists, unique' : `these ${local.length} stationary points exist, each unique`} in its enclosure (kinds: ${kinds}):`);
      local.forEach((p, k) => {
        lines.push(`  ${k + 1}. ${p.kind}: w = (${p.w.join(', ')}), L = ${p.loss}`);
        lines.push(`     enclosure ${p.enclosure.map(([lo, hi]) => `[${lo}, ${hi}]`).join(' × ')}`);
      });
      lines.push('  other stationary points may exist in the undecided boxes (outside the explored region).');
    }
  }
  if (r.mode === 'local') {
    lines.push(`local mode (d = ${d} > ${COMPLETE_MAX_DIMENSION}: no complete search): the stationary points above were found by damped Newton from 3 starts and proved;`);
    lines.push('  other stationary points may exist anywhere in the box (outside the explored region).');
  }
  if (r.divergence) {
    lines.push(`the loss decreases towards infinity along v = (${r.divergence.direction.map((x) => Number(x).toPrecision(6)).join(', ')}) (exact v in --json):`);
    lines.push(`  proved: ${r.divergence.statement}.`);
  }
  if (r.search && r.mode !== 'local') {
    lines.push(`search: ${r.search.boxes} of at most ${r.search.maxBoxes} boxes (--max-boxes), ${r.search.precision} working digits`);
  }
  for (const t of r.trust ?? []) lines.push(`trusted: ${t}`);
  if (r.allFound) lines.push(...formatExact(r));
  if (r.exactD2) lines.push(...formatExactD2(r.exactD2));
  if (r.exactD2Refused) lines.push(`exact analysis (d = 2) not available: ${r.exactD2Refused}; the box search above stands alone.`);
  if (r.exactRefused) lines.push(`exact analysis (d = 1) not available: ${r.exactRefused}; the box search above stands alone.`);
  return lines.join('\n');
}

/** A polynomial from its integer coefficients, highest degree first, in the variable `v`. */
function polynomialText(coefficients: string[], v: string): string {
  const n = coefficients.length - 1;
  const terms = coefficients
    .map((c, i) => ({ c: BigInt(c), k: n - i }))
    .filter(({ c }) => c !== 0n)
    .map(({ c, k }, i) => {
      const abs = c < 0n ? -c : c;
      const body = k === 0 ? `${abs}` : `${abs === 1n ? '' : abs}${v}${k === 1 ? '' : `^${k}`}`;
      return i === 0 ? `${c < 0n ? '-' : ''}${body}` : ` ${c < 0n ? '-' : '+'} ${body}`;
    });
  return terms.join('') || '0';
}

/** The exact analysis for d = 2 (sigmoid, squared loss, integer inputs): every stationary point on R², with the eliminants. */
function formatExactD2(x: ExactD2Analysis): string[] {
  const lines = [`exact analysis (d = 2, z_j = e^w_j): every stationary point has g_1(z_1) = 0 and g_2(z_2) = 0 with`];
  x.eliminants.forEach((g, i) => lines.push(`  g_${i + 1} = ${polynomialText(g, `z${i + 1}`)}`));
  const n = x.stationaryPoints.length;
  lines.push(x.allFound ? `all ${n} stationary point${n === 1 ? '' : 's'} on the whole plane R^2:` : `${n} stationary point${n === 1 ? '' : 's'} certified; ${x.undecided.length} candidate(s) undecided, others may exist there:`);
  for (const p of x.stationaryPoints) {
    const form = p.closedForm === 'radicals' ? 'expressible by radicals' : p.closedForm === 'none-in-radicals' ? 'NOT expressible by radicals' : 'closed form unknown';
    lines.push(`  ${p.kind} at w = (${p.w.join(', ')}); z* ${form}`);
    p.coordinates.forEach((c, i) => {
      const group = c.galois === 'symmetric' ? `Galois group S_${c.degree} (certified)` : c.galois === 'solvable' ? `degree ${c.degree} <= 4: solvable` : 'Galois group undetermined';
      lines.push(`    z_${i + 1} = ${c.z}: minimal polynomial of degree ${c.degree}; ${group}`);
    });
  }
  return lines;
}

/** The exact analysis (d = 1, integer inputs): every stationary point on the real line with its closed-form status. */
function formatExact(r: AnalyzeResult): string[] {
  const lines = [`exact analysis (z = e^w): L'(w) has the sign of N(z) = ${polynomialText(r.numerator ?? [], 'z')}`];
  if (r.explanation) return [...lines, `no stationary point on the whole real line: ${r.explanation}`];
  const exact = r.stationaryPoints.filter((p) => 'minimalPolynomial' in p);
  const outside = exact.filter((p) => !p.inBox).length;
  const where = outside === 0 ? 'all in the box' : `${exact.length - outside} in the box, ${outside} outside it`;
  lines.push(`all ${exact.length} stationary point${exact.length === 1 ? '' : 's'} on the whole real line (${where}):`);
  for (const p of r.stationaryPoints) {
    if (!('minimalPolynomial' in p)) continue;
    const group = p.galois === 'symmetric' ? `Galois group S_${p.degree} (certified)` : p.galois === 'solvable' ? `degree ${p.degree} <= 4: solvable` : 'Galois group undetermined';
    const form = p.closedForm === 'radicals' ? 'expressible by radicals' : p.closedForm === 'none-in-radicals' ? 'NOT expressible by radicals' : 'closed form unknown';
    lines.push(`  ${p.kind} at w = ${p.w[0]}${p.inBox ? '' : ' (outside the box)'}, z = e^w = ${p.z}`);
    lines.push(`    minimal polynomial ${polynomialText(p.minimalPolynomial, 'z')}; ${group}; z* ${form}`);
  }
  return lines;
}

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const request = parseAnalyzeArgs(argv, (path) => readFileSync(path, 'utf8'));
    const progress = progressReporter(process.stderr);
    const result = analyze({ ...request, onProgress: (p) => progress.update(p) });
    progress.done();
    process.stdout.write(request.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatResult(result, request.bias)}\n`);
    if (!result.complete && result.search && result.mode !== 'local') process.stderr.write(`${closingHint(result.search, progress.elapsed())}\n`);
    return 0;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`analyze: ${message.split('\n')[0]}\n`);
    return e instanceof InputError ? 2 : 1;
  }
}

process.exitCode = main(process.argv.slice(2));
