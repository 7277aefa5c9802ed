import {
  and,
  andElim,
  andIntro,
  byCertificate,
  byLemma,
  defineClaim,
  galoisNoRadical,
  galoisSymmetric,
  hermiteLindemann,
  irreducible,
  noRadicalRoot,
  rat,
  stationaryNotRadical,
  stationaryNotRadicalRule,
  stationaryTranscendental,
  stationaryViaExp,
  type Certificate,
  type TableEvidence,
} from '../src/index.js';
import { degreePattern } from '../src/algebra/factor-fp.js';
import { galoisCertificate, primesUpTo } from '../src/algebra/galois.js';
import { zFromStrings, type ZPoly } from '../src/algebra/poly-z.js';
import { exactStationaryPoints, type ScalarProblem } from '../src/neuron/stationarity.js';

/** The two points (1, 1/3) and (2, 3/4), sigmoid activation, squared loss. */
const PROBLEM: ScalarProblem = { activation: 'sigmoid', loss: 'mse', data: [{ x: 1n, t: rat(1, 3) }, { x: 2n, t: rat(3, 4) }] };
/** 4z^7 + z^6 + 21z^5 − 6z^4 − 12z^3 − 33z^2 − 5z − 2, highest power first. */
const SEPTIC = ['4', '1', '21', '-6', '-12', '-33', '-5', '-2'];
const PRIME_LIMIT = 3000;
/** The loss as `two-point-unique-stationary-point` states it. */
const LOSS = '1/2*(1/3 - sigmoid(w))^2 + 1/2*(3/4 - sigmoid(2*w))^2';
const LEMMA = 'two-point-unique-stationary-point';

const STATEMENT = and(
  stationaryViaExp(LOSS, 'w', SEPTIC),
  irreducible(SEPTIC),
  galoisSymmetric(SEPTIC),
  noRadicalRoot(SEPTIC),
  stationaryNotRadical(LOSS, 'w'),
  stationaryTranscendental(LOSS, 'w'),
);

/** The irreducibility and S_7 certificates of the septic, found by the exact analysis (checked: the minimal polynomial is the septic). */
function certificates(): Certificate[] {
  const exact = exactStationaryPoints(PROBLEM);
  if (exact.points.length !== 1) throw new Error(`expected one stationary point, found ${exact.points.length}`);
  const [point] = exact.points;
  const g = point.minimalPolynomial;
  const galois = galoisCertificate(g);
  if (galois.status !== 'symmetric') throw new Error(`the Galois search did not certify S_7: ${galois.status}`);
  if (point.irreducibility === null) throw new Error('no irreducibility certificate for the minimal polynomial');
  if (JSON.stringify(point.irreducibility.polynomial) !== JSON.stringify(SEPTIC)) throw new Error('the minimal polynomial is no longer the septic of the statement');
  return [point.irreducibility, galois.certificate];
}

/** The proof: the transfer from the lemma, Galois for the septic, then the two consequences for the stationary point. */
function proof() {
  const [irr, group] = certificates().map(byCertificate);
  const transfer = andElim(byLemma(LEMMA), 1);
  const noRadical = galoisNoRadical(irr, group);
  return andIntro(transfer, irr, group, noRadical, stationaryNotRadicalRule(transfer, noRadical), hermiteLindemann(transfer));
}

/** The partitions of n, largest part first, each sorted decreasing. */
function partitions(n: number, max = n): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (let k = Math.min(n, max); k >= 1; k--) for (const rest of partitions(n - k, k)) out.push([k, ...rest]);
  return out;
}

/** The share of S_n of the elements with cycle type `parts`: 1 / ∏ k^(m_k) m_k!. */
function classShare(parts: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const k of parts) counts.set(k, (counts.get(k) ?? 0) + 1);
  let denominator = 1;
  for (const [k, m] of counts) {
    denominator *= k ** m;
    for (let i = 2; i <= m; i++) denominator *= i;
  }
  return 1 / denominator;
}

/** The factor-degree patterns of f mod every good prime up to PRIME_LIMIT against the cycle-type shares of S_7. */
function chebotarevTable(f: ZPoly): TableEvidence {
  const seen = new Map<string, number>();
  let good = 0;
  for (const p of primesUpTo(PRIME_LIMIT)) {
    const pattern = degreePattern(f, p);
    if (pattern === null) continue;
    good++;
    const key = pattern.join(', ');
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const types = partitions(7).map((parts) => ({ parts, count: seen.get(parts.join(', ')) ?? 0, share: classShare(parts) }));
  const distance = types.reduce((s, t) => s + Math.abs(t.count / good - t.share), 0) / 2;
  const rows = types.map(({ parts, count, share }) => [`(${parts.join(', ')})`, String(count), (count / good).toFixed(3), share.toFixed(3)]);
  return {
    kind: 'table',
    title: `Factor-degree patterns of N mod the ${good} good primes p ≤ ${PRIME_LIMIT}, against the share of each cycle type in S_7`,
    criterion:
      `every cycle type whose share in S_7 exceeds 1/1000 occurs as a pattern (all but the identity, share 1/5040; by Dedekind each pattern is the cycle type of an element of Gal(N)), ` +
      `and the observed shares are within total variation distance 0.1 of those of S_7, as Chebotarev's density theorem predicts for Gal(N) = S_7 (here ${distance.toFixed(3)}); ` +
      'an independent cross-check of the certificate, not part of the proof',
    columns: ['pattern (cycle type)', 'primes', 'observed share', 'share in S_7'],
    rows,
    passed: types.every((t) => t.share <= 1 / 1000 || t.count > 0) && distance <= 0.1,
  };
}

export default defineClaim({
  id: 'two-point-no-closed-form',
  title: 'Two points (1, 1/3), (2, 3/4): e^{w*} is a root of an irreducible septic with Galois group S_7, so it is not expressible by radicals',
  statement: STATEMENT,
  gloss:
    'L\'(w) = 0 exactly when N(e^w) = 0 for the septic N, which is irreducible over Q with Galois group S_7; so no root of N is expressible by radicals over Q, ' +
    'and in particular z* = e^{w*} at the stationary point w* is not: no formula w* = ln R with R a radical expression in the data exists. And w* is transcendental (not even algebraic).',
  source: 'can it be demonstrated that there is no closed form?',
  hypotheses: [
    'The data and loss of `two-point-unique-stationary-point`: $`(1, \\tfrac13)`$, $`(2, \\tfrac34)`$, $`L(w) = \\tfrac12\\sum_i (t_i - s(w x_i))^2`$; $`w^*`$ its unique stationary point.',
    '"Closed form" in the classical sense of Abel–Ruffini and Galois: a finite expression in the (rational) data built with $`+, -, \\times, \\div`$ and $`k`$-th roots, followed by one logarithm to return from $`z = e^w`$ to $`w`$. Other special functions (e.g. theta or hypergeometric functions, which can solve any polynomial equation) are not excluded.',
  ],
  expected: 'proved',
  dependsOn: ['two-point-unique-stationary-point'],
  answers: ['no-closed-form', 'one-vs-many', 'dimension-one'],
  argument:
    'From `two-point-unique-stationary-point` the kernel takes $`L\'(w) = 0 \\iff N(e^w) = 0`$. It proves $`N`$ irreducible over $`\\mathbb Q`$ and $`\\mathrm{Gal}(N/\\mathbb Q) \\cong S_7`$; by Galois (rule galois-no-radical: $`S_7`$ is not solvable) no root of $`N`$ is expressible by radicals, ' +
    'so (rule stationary-not-radical) no $`e^{w^*}`$ at a zero of $`L\'`$ is. If $`w^* = \\ln R`$ for a radical expression $`R`$ in the rational data, then $`e^{w^*} = R`$ would be one. ' +
    'And $`w^*`$ is not algebraic at all (rule hermite-lindemann): $`N(1) = -32 \\ne 0`$, so $`w^* \\ne 0`$, and by Hermite–Lindemann $`e^{a}`$ is transcendental for every algebraic $`a \\ne 0`$, while $`e^{w^*}`$ is algebraic.',
  evidence: () => [chebotarevTable(zFromStrings(SEPTIC))],
  certificate: () => certificates(),
  proof: () => proof(),
});
