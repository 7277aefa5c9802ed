/**
 * The peers table of `npm run bench`: the project against the tools a user would pick instead, on the same inputs
 * at the same precision, results checked to agree first. mpmath always (python3); Arb and MPFR through a small C
 * program (src/bench/peers/sigmoid.c, built with gcc when arb.h and mpfr.h are installed); PARI/GP through
 * src/bench/peers/algebra.gp when `gp` is installed; a missing peer is skipped with a note. Rounds are
 * interleaved (project, then peers, per round) and each ratio is project / peer within one round; the table gives
 * median times and the median ratio. Growth exponents are least-squares slopes of log time.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearFactorizationCache, factorOverZFresh } from '../algebra/factor-z.js';
import { clearPatternCache, degreePattern } from '../algebra/factor-fp.js';
import { primesUpTo } from '../algebra/galois.js';
import { rat } from '../algebra/rational.js';
import { clearSturmCache, isolateRealRoots, refineRoot } from '../algebra/real-roots.js';
import { zDegree, zFromStrings, zPoly, zToStrings, type ZPoly } from '../algebra/poly-z.js';
import { ballPeerSection } from './ball-peers.js';
import { parseDataString } from '../neuron/data.js';
import { decimalModelField, lossAndGradientAt, prepare } from '../neuron/model.js';
import { exactStationaryPoints, stationarityPolynomial, type ScalarProblem } from '../neuron/stationarity.js';
import { decimalContext } from '../numeric/context.js';
import { sigmoid } from '../numeric/elementary.js';

const PEERS = fileURLToPath(new URL('./peers/', import.meta.url));
const ROUNDS = 3;
const H = '-1.234567890123456789012345678901234567890123456789';
const P7 = zFromStrings(['4', '1', '21', '-6', '-12', '-33', '-5', '-2']);
const PROBLEM19: ScalarProblem = { activation: 'sigmoid', loss: 'mse', data: [1, 3, 5].map((x, i) => ({ x: BigInt(x), t: rat(i + 1, 5) })) };
const N19 = stationarityPolynomial(PROBLEM19).numerator;
const X200 = zPoly([-1, -1, ...new Array<number>(198).fill(0), 1]);
const SCAN_PRIMES = primesUpTo(2600).slice(0, 371);

/** Milliseconds on a clock: wall time, or this process's CPU time (user + system, as gp's getabstime counts). */
type Clock = () => number;
const wallClock: Clock = () => performance.now();
const cpuClock: Clock = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Microseconds per call of `run` on `clock`: the median of 3 batches of at least `budgetMs / 3` each, after one call. */
function perOp(run: () => void, budgetMs = 300, clock: Clock = wallClock): number {
  run();
  const samples: number[] = [];
  for (let b = 0; b < 3; b++) {
    let n = 0;
    const start = clock();
    let elapsed = 0;
    while (elapsed < budgetMs / 3) {
      run();
      n++;
      elapsed = clock() - start;
    }
    samples.push((elapsed * 1000) / n);
  }
  return samples.sort((a, b) => a - b)[1];
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Least-squares slope of log y against log x. */
function slope(xs: readonly number[], ys: readonly number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  lx.forEach((x, i) => {
    num += (x - mx) * (ly[i] - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

function fmt(us: number): string {
  if (!Number.isFinite(us)) return '—';
  return us >= 1e6 ? `${(us / 1e6).toFixed(2)} s` : us >= 1000 ? `${(us / 1000).toFixed(3)} ms` : `${us.toFixed(us < 10 ? 3 : 1)} µs`;
}

// ---- peers -------------------------------------------------------------------------------------------------------

interface Tools {
  mpmath: string | null;
  gp: string | null;
  arb: string | null;
  notes: string[];
}

function detectTools(): Tools {
  const notes: string[] = [];
  const py = spawnSync('python3', ['-c', 'import mpmath; print(mpmath.__version__, mpmath.libmp.BACKEND)'], { encoding: 'utf8' });
  const mpmath = py.status === 0 ? py.stdout.trim() : null;
  if (mpmath === null) notes.push('mpmath: python3 with mpmath not found, skipped');
  const gpProbe = spawnSync('gp', ['-q', '-f'], { input: 'print(version());quit;\n', encoding: 'utf8' });
  const gp = gpProbe.status === 0 ? gpProbe.stdout.trim().replace(/^\[|\]$/g, '').replace(/,\s*/g, '.') : null;
  if (gp === null) notes.push('PARI/GP: `gp` not installed (Debian package pari-gp), skipped');
  let arb: string | null = null;
  if (fs.existsSync('/usr/include/arb.h') || fs.existsSync('/usr/include/flint/arb.h')) {
    const exe = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-peers-')), 'sigmoid');
    const cc = spawnSync('gcc', ['-O2', '-I/usr/include/flint', path.join(PEERS, 'sigmoid.c'), '-o', exe, '-lflint-arb', '-lflint', '-lmpfr', '-lgmp', '-lm'], { encoding: 'utf8' });
    if (cc.status === 0) arb = exe;
    else notes.push(`Arb/MPFR: gcc could not build src/bench/peers/sigmoid.c (${(cc.stderr || String(cc.error)).split('\n')[0]}), skipped`);
  } else notes.push('Arb/MPFR: arb.h not found (Debian package libflint-arb-dev), skipped');
  return { mpmath, gp, arb, notes };
}

function mpmathRun(requests: object[]): { us: number; value: string }[] {
  const r = spawnSync('python3', [path.join(PEERS, 'mpmath_peer.py')], { input: requests.map((q) => JSON.stringify(q)).join('\n') + '\n', encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mpmath peer failed: ${r.stderr.split('\n').slice(-2).join(' ')}`);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { us: number; value: string });
}

function arbRun(exe: string, digits: number): { arb: number; mpfr: number; arbValue: string; mpfrValue: string } {
  const r = spawnSync(exe, [String(digits), H], { encoding: 'utf8' });
  const [a, m] = r.stdout.trim().split('\n').map((l) => l.split(' '));
  return { arb: Number(a[1]), arbValue: a[2], mpfr: Number(m[1]), mpfrValue: m[2] };
}

function gpRun(): Map<string, { us: number; check: string }> {
  const defs = `P7 = Pol([${zToStrings(P7).join(',')}]); N19 = Pol([${zToStrings(N19).join(',')}]); X200 = x^200 - x - 1; SCANPRIMES = ${SCAN_PRIMES[SCAN_PRIMES.length - 1]};\n`;
  const r = spawnSync('gp', ['-q', '-f'], { input: defs + fs.readFileSync(path.join(PEERS, 'algebra.gp'), 'utf8'), encoding: 'utf8', maxBuffer: 1 << 24 });
  const out = new Map<string, { us: number; check: string }>();
  for (const line of r.stdout.split('\n')) {
    const m = /^(\w+) ([\d.]+) (.*)$/.exec(line.trim());
    if (m) out.set(m[1], { us: Number(m[2]), check: m[3] });
  }
  return out;
}

// ---- the project's side --------------------------------------------------------------------------------------------

const D50 = decimalContext(50);
const D1000 = decimalContext(1000);
const h50 = new D50(H);
const h1000 = new D1000(H);

function lossProblem(n: number) {
  const data = parseDataString(Array.from({ length: n }, (_, i) => `${n + i}/${n}:${i}/${n + 1}`).join(';'));
  const prepared = prepare(decimalModelField(50), { activation: 'sigmoid', loss: 'mse', data });
  const w = [D50.div(2, 5)];
  return { run: () => lossAndGradientAt(prepared, w), n };
}

const analysis19 = (): number => {
  clearFactorizationCache();
  clearSturmCache();
  clearPatternCache();
  const e = exactStationaryPoints(PROBLEM19);
  for (const p of e.points) refineRoot(p.minimalPolynomial, p.interval, 50);
  return e.points.length;
};
const isolate19 = (): number => {
  clearSturmCache();
  return isolateRealRoots(N19).map((iv) => refineRoot(N19, iv, 50)).length;
};
const factorFresh = (f: ZPoly): void => {
  clearPatternCache();
  factorOverZFresh(f);
};
const degrees = (f: ZPoly): string => `[${factorOverZFresh(f).factors.map((g) => zDegree(g.factor)).sort((a, b) => a - b).join(', ')}]`;
const scan = (): number => {
  clearPatternCache();
  return SCAN_PRIMES.reduce((total, p) => total + (degreePattern(X200, p)?.length ?? 0), 0);
};

/** One peers-table row: per round, the project's time and each peer's. */
interface Row {
  name: string;
  project: number[];
  peers: Map<string, number[]>;
  agree: string[];
}

function row(rows: Row[], name: string): Row {
  let r = rows.find((x) => x.name === name);
  if (r === undefined) rows.push((r = { name, project: [], peers: new Map(), agree: [] }));
  return r;
}

function addPeer(r: Row, peer: string, us: number): void {
  if (!r.peers.has(peer)) r.peers.set(peer, []);
  r.peers.get(peer)!.push(us);
}

const sameDigits = (a: string, b: string, k: number): boolean => a.replace(/^-?0\.|e.*$/g, '').replace('.', '').slice(0, k) === b.replace(/^-?0\.|e.*$/g, '').replace('.', '').slice(0, k);

/** Which rows of the peers table to measure: all of them, or only the exact-algebra rows (against PARI). */
export type PeerRows = 'all' | 'algebra';

/**
 * Measures the peers and returns the Markdown section for reports/BENCHMARKS.md (progress on stderr); with
 * `rows = 'algebra'` only the exact-algebra rows, without the numeric rows and the growth exponents.
 */
export function peerSection(rows: PeerRows = 'all'): string[] {
  const numeric = rows === 'all';
  const loadBefore = os.loadavg()[0];
  const tools = detectTools();
  const table: Row[] = [];
  const loss1000 = numeric ? lossProblem(1000) : null;
  const scanTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    process.stderr.write(`peers: round ${round + 1} of ${ROUNDS}\n`);
    if (loss1000 !== null) numericRound(tools, table, loss1000, round);
    algebraRound(tools, table, scanTimes, round);
  }
  return [...tableLines(tools, table, loadBefore, scanTimes), ...(numeric ? [...ballPeerSection(), ...growth(tools)] : [])];
}

function numericRound(tools: Tools, table: Row[], loss1000: ReturnType<typeof lossProblem>, round: number): void {
  const s50 = row(table, 'sigmoid, 50 digits, per op');
  const s1000 = row(table, 'sigmoid, 1000 digits, per op');
  const lg = row(table, 'loss + gradient per point, d = 1, n = 1000, 50 digits');
  s50.project.push(perOp(() => void sigmoid(D50, h50)));
  s1000.project.push(perOp(() => void sigmoid(D1000, h1000)));
  lg.project.push(perOp(() => void loss1000.run()) / loss1000.n);
  if (tools.arb !== null) {
    for (const [r, digits] of [[s50, 50], [s1000, 1000]] as const) {
      const a = arbRun(tools.arb, digits);
      addPeer(r, 'Arb', a.arb);
      addPeer(r, 'MPFR', a.mpfr);
      const ours = sigmoid(digits === 50 ? D50 : D1000, digits === 50 ? h50 : h1000).toString();
      if (round === 0 && !(sameDigits(ours, a.arbValue, digits - 5) && sameDigits(ours, a.mpfrValue, digits - 5))) r.agree.push(`Arb/MPFR value differs from ours in the first ${digits - 5} digits`);
    }
  }
  if (tools.mpmath !== null) {
    const [m50, m1000, ml] = mpmathRun([
      { op: 'sigmoid', digits: 50, h: H },
      { op: 'sigmoid', digits: 1000, h: H },
      { op: 'loss', digits: 50, n: 1000 },
    ]);
    addPeer(s50, 'mpmath', m50.us);
    addPeer(s1000, 'mpmath', m1000.us);
    addPeer(lg, 'mpmath', ml.us);
    if (round === 0) {
      if (!sameDigits(sigmoid(D50, h50).toString(), m50.value, 40)) s50.agree.push('mpmath value differs');
      if (!sameDigits(loss1000.run().loss.toString(), ml.value, 25)) lg.agree.push(`mpmath loss ${ml.value} differs from ours`);
    }
  }
}

function algebraRound(tools: Tools, table: Row[], scanTimes: number[], round: number): void {
  const an = row(table, 'exact d = 1 analysis, degree 19, without Galois (50 digits)');
  const f7 = row(table, 'factorisation over Z, degree 7');
  const f19 = row(table, 'factorisation over Z, degree 19');
  const iso = row(table, 'real-root isolation + refinement to 50 digits, degree 19');
  const sc = row(table, 'degree patterns of x^200 − x − 1 over 371 primes');
  // CPU time on both sides: gp's getabstime is CPU time, so wall time here would charge the machine's load to us
  an.project.push(perOp(analysis19, 300, cpuClock));
  f7.project.push(perOp(() => factorFresh(P7), 300, cpuClock));
  f19.project.push(perOp(() => factorFresh(N19), 300, cpuClock));
  iso.project.push(perOp(isolate19, 300, cpuClock));
  const t0 = cpuClock();
  const scanTotal = scan();
  scanTimes.push((cpuClock() - t0) * 1000);
  sc.project.push(scanTimes[scanTimes.length - 1]);
  if (tools.gp !== null) {
    const g = gpRun();
    const pairs: [Row, string, string][] = [
      [an, 'analysis19', String(exactStationaryPoints(PROBLEM19).points.length)],
      [f7, 'factor7', degrees(P7)],
      [f19, 'factor19', degrees(N19)],
      [iso, 'isolate19', String(isolateRealRoots(N19).length)],
      [sc, 'scan200', String(scanTotal)],
    ];
    for (const [r, key, ours] of pairs) {
      const got = g.get(key);
      if (got === undefined) {
        if (round === 0) r.agree.push(`gp printed no ${key}`);
        continue;
      }
      addPeer(r, 'PARI', got.us);
      if (round === 0 && got.check.replace(/\s/g, '') !== ours.replace(/\s/g, '')) r.agree.push(`PARI gives ${got.check}, we give ${ours}`);
    }
  }
}

function tableLines(tools: Tools, rows: readonly Row[], loadBefore: number, scanTimes: readonly number[]): string[] {
  const lines = [
    '## peers',
    '',
    `Written by src/bench/peers.ts: ${ROUNDS} interleaved rounds (the project, then every peer, per round) on this shared machine;`,
    'times are medians over the rounds, each ratio is project / best peer taken within one round (median over rounds).',
    'Results are compared first (values to 40+ digits, factor degrees, root counts, the scan’s factor total).',
    'The exact-algebra rows are CPU time on both sides (gp reports getabstime, CPU time); the other rows are wall time.',
    `Load average (1 min) ${loadBefore.toFixed(1)} at the start and ${os.loadavg()[0].toFixed(1)} at the end on ${os.cpus().length} cores: other work shares the machine, so single times scatter; the ratios are the figures.`,
    `Peers: ${[tools.mpmath ? `mpmath ${tools.mpmath}` : '', tools.arb ? 'Arb 2.23 + MPFR (C, gcc -O2)' : '', tools.gp ? `PARI/GP ${tools.gp}` : ''].filter(Boolean).join('; ')}.`,
    ...tools.notes.map((n) => `Skipped: ${n}.`),
    '',
    '| operation | project | best peer | other peers | ratio | results |',
    '| --- | ---: | --- | --- | ---: | --- |',
  ];
  for (const r of rows) {
    const peers = [...r.peers.entries()].map(([name, ts]) => ({ name, t: median(ts), ts }));
    peers.sort((a, b) => a.t - b.t);
    const best = peers[0];
    const ratios = r.project.map((p, i) => (best ? p / best.ts[Math.min(i, best.ts.length - 1)] : NaN));
    const others = peers.slice(1).map((p) => `${p.name} ${fmt(p.t)}`).join(', ');
    lines.push(
      `| ${r.name} | ${fmt(median(r.project))} | ${best ? `${best.name} ${fmt(best.t)}` : '—'} | ${others} | ${best ? median(ratios).toFixed(1) : ''} | ${r.agree.length ? `**${r.agree.join('; ')}**` : best ? 'agree' : ''} |`,
    );
  }
  lines.push('', `Pattern scan by round (no slowdown on repetition wanted): ${scanTimes.map(fmt).join(', ')}.`, '');
  return lines;
}

/** Growth exponents: time ∝ digits^a for sigmoid, time ∝ n^b for loss + gradient over n points. */
function growth(tools: Tools): string[] {
  const digits = [50, 100, 200, 400, 1000];
  const ours = digits.map((d) => {
    const D = decimalContext(d);
    const h = new D(H);
    return perOp(() => void sigmoid(D, h), 200);
  });
  const arb = tools.arb !== null ? digits.map((d) => arbRun(tools.arb!, d).arb) : null;
  const ns = [100, 1000, 10000];
  const oursN = ns.map((n) => {
    const p = lossProblem(n);
    return perOp(() => void p.run(), 300);
  });
  const mpN = tools.mpmath !== null ? mpmathRun(ns.map((n) => ({ op: 'loss', digits: 50, n }))).map((r, i) => r.us * ns[i]) : null;
  return [
    '### growth exponents',
    '',
    '| quantity | project | peer |',
    '| --- | --- | --- |',
    `| sigmoid time ∝ digits^a, digits ${digits.join(', ')} | a = ${slope(digits, ours).toFixed(2)} (${ours.map(fmt).join(', ')}) | ${arb ? `Arb a = ${slope(digits, arb).toFixed(2)} (${arb.map(fmt).join(', ')})` : 'Arb skipped'} |`,
    `| loss + gradient time ∝ n^b, d = 1, 50 digits, n ${ns.join(', ')} | b = ${slope(ns, oursN).toFixed(2)} (${oursN.map(fmt).join(', ')}) | ${mpN ? `mpmath b = ${slope(ns, mpN).toFixed(2)} (${mpN.map(fmt).join(', ')})` : 'mpmath skipped'} |`,
    '',
  ];
}
