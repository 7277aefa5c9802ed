/**
 * The ball rows of the peers section of `npm run bench`: the project's balls (src/numeric/ball/) against Arb on the
 * same inputs at the same precision (bits = digits·log2 10 + 16), in time AND width, with the decimal.js/interval
 * path they replace alongside. Arb runs in src/bench/peers/gradient.c (built with gcc when arb.h is installed;
 * skipped with a note otherwise). Both sides count process CPU time; rounds are interleaved, ratios taken per round.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Decimal } from 'decimal.js';
import { add, rat, type Rational } from '../algebra/rational.js';
import { parseDataString, type DataPoint } from '../neuron/data.js';
import { ballModelField, decimalModelField, gradientAt, intervalModelField, lossAndGradientAt, prepare, type Problem } from '../neuron/model.js';
import { hull, type Ball } from '../numeric/ball/ball.js';
import { BallContext, bitsForDigits } from '../numeric/ball/context.js';
import { decimalContext } from '../numeric/context.js';
import { sigmoid } from '../numeric/elementary.js';
import { IntervalContext, type Interval } from '../numeric/interval.js';

const PEERS = fileURLToPath(new URL('./peers/', import.meta.url));
const ROUNDS = 3;
const H = '-1.234567890123456789012345678901234567890123456789';
const N = 1000;

/**
 * Microseconds of process CPU time per call (the Arb side measures the same, so other work on a shared machine skews
 * neither): the median of 3 batches of at least budgetMs/3 each, after one call.
 */
function perOp(run: () => void, budgetMs = 300): number {
  run();
  const samples: number[] = [];
  for (let b = 0; b < 3; b++) {
    let n = 0;
    const start = process.cpuUsage();
    let elapsed = 0;
    while (elapsed < (budgetMs * 1000) / 3) {
      run();
      n++;
      const d = process.cpuUsage(start);
      elapsed = d.user + d.system;
    }
    samples.push(elapsed / n);
  }
  return samples.sort((a, b) => a - b)[1];
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function fmt(us: number): string {
  if (!Number.isFinite(us)) return '—';
  return us >= 1000 ? `${(us / 1000).toFixed(3)} ms` : `${us.toFixed(us < 10 ? 3 : 1)} µs`;
}

/** The gradient.c data: x_ij = ((i(j+3) + j) mod 13 − 6)/(j+2), t_i = (i+1)/(n+2), w_j = (−1)^j (j+1)/(4(d+1)). */
function peerProblem(d: number): { problem: Problem; w: Rational[] } {
  const data: DataPoint[] = Array.from({ length: N }, (_, i) => ({
    x: Array.from({ length: d }, (_, j) => rat(((i * (j + 3) + j) % 13) - 6, j + 2)),
    t: rat(i + 1, N + 2),
  }));
  return { problem: { activation: 'sigmoid', loss: 'mse', data }, w: Array.from({ length: d }, (_, j) => rat((j % 2 ? -1 : 1) * (j + 1), 4 * (d + 1))) };
}

const BOX_PROBLEM: Problem = { activation: 'sigmoid', loss: 'mse', data: parseDataString('1,0:1/3;0,1:3/4;1,1:1/2;1,-1:2/5') };

function build(name: string, notes: string[]): string | null {
  if (!(fs.existsSync('/usr/include/arb.h') || fs.existsSync('/usr/include/flint/arb.h'))) return null;
  const exe = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ball-')), name);
  const cc = spawnSync('gcc', ['-O2', '-I/usr/include/flint', path.join(PEERS, `${name}.c`), '-o', exe, '-lflint-arb', '-lflint', '-lmpfr', '-lgmp', '-lm'], { encoding: 'utf8' });
  if (cc.status === 0) return exe;
  notes.push(`gcc could not build src/bench/peers/${name}.c (${(cc.stderr || String(cc.error)).split('\n')[0]})`);
  return null;
}

/** "name us value width" lines of a peer program. */
function runPeer(exe: string, args: string[]): Map<string, string[]> {
  const r = spawnSync(exe, args, { encoding: 'utf8' });
  return new Map(r.stdout.trim().split('\n').map((l) => l.split(' ')).map(([k, ...rest]) => [k, rest]));
}

interface BallRow {
  name: string;
  ball: number[];
  arb: number[];
  before: number[];
  beforeName: string;
  widths?: { ball: number; arb: number; before: number };
  agree: string[];
}

/** 2·max radius of a ball vector, as a double. */
function ballWidth(bc: BallContext, g: Ball[]): number {
  return Math.max(...g.map((b) => 2 * bc.radius(b).toNumber()));
}

function intervalWidth(g: Interval[]): number {
  return Math.max(...g.map((x) => x.hi.minus(x.lo).toNumber()));
}

/** Measures the ball rows and returns their Markdown section (progress on stderr). */
export function ballPeerSection(): string[] {
  const notes: string[] = [];
  const gradientExe = build('gradient', notes);
  if (gradientExe === null && notes.length === 0) notes.push('arb.h not found (Debian package libflint-arb-dev)');
  const bc50 = new BallContext(bitsForDigits(50));
  const bc1000 = new BallContext(bitsForDigits(1000));
  const D50 = decimalContext(50);
  const D1000 = decimalContext(1000);
  const ic = new IntervalContext(50);
  const cases = [1, 8].map((d) => {
    const { problem, w } = peerProblem(d);
    const ball = prepare(ballModelField(bc50), problem);
    const point = prepare(decimalModelField(50), problem);
    const interval = prepare(intervalModelField(ic), problem);
    return {
      d,
      ball,
      point,
      interval,
      wBall: w.map((x) => bc50.fromRational(x)),
      wPoint: w.map((x) => D50.div(x.num.toString(), x.den.toString())),
      wInterval: w.map((x) => ic.fromRational(x)),
    };
  });
  const boxBall = prepare(ballModelField(bc50), BOX_PROBLEM);
  const boxInterval = prepare(intervalModelField(ic), BOX_PROBLEM);
  const wBoxBall = [rat(-2, 5), rat(1, 2)].map((x) => hull(bc50.fromRational(x), bc50.fromRational(add(x, rat(1, 100))), bc50.prec));
  const wBoxInterval = [rat(-2, 5), rat(1, 2)].map((x) => ic.hull(ic.fromRational(x), ic.fromRational(add(x, rat(1, 100)))));
  const rows: BallRow[] = [];
  const row = (name: string, beforeName: string): BallRow => {
    let r = rows.find((x) => x.name === name);
    if (r === undefined) rows.push((r = { name, ball: [], arb: [], before: [], beforeName, agree: [] }));
    return r;
  };
  const h50 = bc50.fromDecimal(new Decimal(H));
  const h1000 = bc1000.fromDecimal(new Decimal(H));
  const hd50 = new D50(H);
  const hd1000 = new D1000(H);
  for (let round = 0; round < ROUNDS; round++) {
    process.stderr.write(`ball peers: round ${round + 1} of ${ROUNDS}\n`);
    const s50 = row('sigmoid, 50 digits, per op', 'decimal kernel');
    const s1000 = row('sigmoid, 1000 digits, per op', 'decimal kernel');
    s50.ball.push(perOp(() => void bc50.sigmoid(h50)));
    s50.before.push(perOp(() => void sigmoid(D50, hd50)));
    s1000.ball.push(perOp(() => void bc1000.sigmoid(h1000)));
    s1000.before.push(perOp(() => void sigmoid(D1000, hd1000)));
    const peer = gradientExe !== null ? runPeer(gradientExe, ['50', H]) : null;
    if (gradientExe !== null) {
      for (const [r, digits, bc, h] of [[s50, 50, bc50, h50], [s1000, 1000, bc1000, h1000]] as const) {
        const [us, value] = (digits === 50 ? peer! : runPeer(gradientExe, [String(digits), H])).get('sigmoid') ?? [];
        r.arb.push(Number(us));
        if (round === 0 && value !== undefined) {
          const y = bc.sigmoid(h);
          const v = new (decimalContext(digits + 10))(value);
          if (!(bc.lower(y).lte(v.plus(`1e-${digits - 3}`)) && v.minus(`1e-${digits - 3}`).lte(bc.upper(y)))) r.agree.push('Arb value outside our ball');
        }
      }
    }
    for (const c of cases) {
      const lg = row(`loss + gradient per point, d = ${c.d}, n = ${N}, 50 digits`, 'decimal point');
      lg.ball.push(perOp(() => void lossAndGradientAt(c.ball, c.wBall)) / N);
      lg.before.push(perOp(() => void lossAndGradientAt(c.point, c.wPoint)) / N);
      if (peer !== null) {
        const [us, loss] = peer.get(`lossgrad${c.d}`) ?? [];
        lg.arb.push(Number(us));
        if (round === 0) {
          const ours = bc50.mid(lossAndGradientAt(c.ball, c.wBall).loss).toSD(25).toString();
          if (loss === undefined || new Decimal(loss).toSD(25).toString() !== ours) lg.agree.push(`Arb loss ${loss} differs from ours ${ours}`);
        }
      }
      if (c.d === 8) {
        const ge = row(`rigorous gradient enclosure per point, d = 8, n = ${N}, 50 digits`, 'decimal intervals');
        ge.ball.push(perOp(() => void gradientAt(c.ball, c.wBall)) / N);
        ge.before.push(perOp(() => void gradientAt(c.interval, c.wInterval), 600) / N);
        if (peer !== null) ge.arb.push(Number(peer.get('lossgrad8')?.[0]));
        ge.widths = { ball: ballWidth(bc50, gradientAt(c.ball, c.wBall)), arb: Number(peer?.get('lossgrad8')?.[2]), before: intervalWidth(gradientAt(c.interval, c.wInterval)) };
      }
    }
    const box = row('gradient enclosure over a box, 2-D example, w + [0, 1/100]², 50 digits', 'decimal intervals');
    box.ball.push(perOp(() => void gradientAt(boxBall, wBoxBall)));
    box.before.push(perOp(() => void gradientAt(boxInterval, wBoxInterval)));
    if (peer !== null) box.arb.push(Number(peer.get('box2')?.[0]));
    box.widths = { ball: ballWidth(bc50, gradientAt(boxBall, wBoxBall)), arb: Number(peer?.get('box2')?.[1]), before: intervalWidth(gradientAt(boxInterval, wBoxInterval)) };
  }
  const lines = [
    '### balls against Arb',
    '',
    `Written by src/bench/ball-peers.ts: ${ROUNDS} interleaved rounds; the project's balls (src/numeric/ball/, ${bc50.prec} bits at 50 digits) against Arb 2.23`,
    'at the same precision in bits, and the decimal.js/interval path the balls replace. Times are process CPU time on both sides',
    '(wall time on a shared machine scatters); ratios are ball / Arb within one round (median).',
    'Widths: the largest 2·radius (ball, Arb) or hi − lo (interval) over the gradient\'s entries.',
    ...notes.map((n) => `Skipped Arb: ${n}.`),
    '',
    '| operation | ball | Arb | ratio | before (path) | ball width | Arb width | width ratio | before width | results |',
    '| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of rows) {
    const ratios = r.ball.map((b, i) => b / r.arb[Math.min(i, r.arb.length - 1)]);
    const w = r.widths;
    lines.push(
      `| ${r.name} | ${fmt(median(r.ball))} | ${r.arb.length ? fmt(median(r.arb)) : '—'} | ${r.arb.length ? median(ratios).toFixed(1) : ''} | ${fmt(median(r.before))} (${r.beforeName}) | ${w ? w.ball.toExponential(2) : ''} | ${w && Number.isFinite(w.arb) ? w.arb.toExponential(2) : ''} | ${w && Number.isFinite(w.arb) ? (w.ball / w.arb).toFixed(2) : ''} | ${w ? w.before.toExponential(2) : ''} | ${r.agree.length ? `**${r.agree.join('; ')}**` : r.arb.length ? 'agree' : ''} |`,
    );
  }
  lines.push('');
  return lines;
}
