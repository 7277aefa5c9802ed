/**
 * Proof terms (src/claim/proof-terms.ts) from the certificates of `certifiedStationarity` or an atlas entry: the
 * sign pattern of L′ on ℝ (signs-via-exp), the transfer L′(w) = 0 ⟺ N(e^w) = 0 (exp-transfer), and, when the
 * certificates allow it, that no e^{w*} is a radical expression (Galois) or that every root of N is one.
 * This is untrusted claim-side code: it only assembles terms, the kernel replays them.
 */
import type { ProofTerm } from '../kernel/proof.js';
import type { Certificate } from '../kernel/types.js';
import { zToStrings } from '../algebra/poly-z.js';
import {
  andElim,
  byCertificate,
  expTransfer,
  galoisNoRadical,
  hermiteLindemann,
  irreducibleUnpower,
  noRadicalPower,
  signsViaExp,
  stationaryNotRadicalRule,
} from '../claim/proof-terms.js';
import { num } from '../symbolic/expr.js';
import { stationarityPolynomial, type ScalarProblem } from './stationarity.js';

/** The proof terms about the stationary points of one scalar problem. */
export interface StationarityProofs {
  /** N, coefficients highest first (the polynomial of stationary-via-exp). */
  numerator: string[];
  /** stationary-signs of the loss the kernel differentiates. */
  signs: ProofTerm;
  /** stationary-via-exp(loss, w, N). */
  transfer: ProofTerm;
  /** stationary-transcendental (Hermite–Lindemann), when N(1) ≠ 0 (the kernel checks). */
  transcendental: ProofTerm;
  /** stationary-not-radical, when N is irreducible with a galois-symmetric certificate (in z or in u = z^k). */
  notRadical?: ProofTerm;
  /** radical-roots(N), when a solvable-degree certificate covers N. */
  radical?: ProofTerm;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The k with g(z) = f(z^k) for coefficient lists highest first, or 0 when there is none. */
function powerOf(g: readonly string[], f: readonly string[]): number {
  for (let k = 1; k <= 100 && (f.length - 1) * k <= g.length - 1; k++) {
    const lifted = f.flatMap((c, i) => (i === f.length - 1 ? [c] : [c, ...Array<string>(k - 1).fill('0')]));
    if (same(lifted, g)) return k;
  }
  return 0;
}

/**
 * The proof terms for `problem` from `certificates` (which must include its derivative-identity, the real-root-count
 * of N in (0, ∞) and one isolated-root per positive root of N; irreducible, galois-symmetric and solvable-degree
 * certificates are used when present). Throws when a needed certificate is missing.
 */
export function stationarityProofs(problem: ScalarProblem, certificates: readonly Certificate[]): StationarityProofs {
  const sp = stationarityPolynomial(problem);
  const N = zToStrings(sp.numerator);
  const D = zToStrings(sp.denominator);
  const find = (test: (c: Certificate) => boolean, what: string): Certificate => {
    const c = certificates.find(test);
    if (!c) throw new Error(`stationarityProofs: no ${what} certificate`);
    return c;
  };
  const identity = byCertificate(find((c) => c.kind === 'derivative-identity', 'derivative-identity'));
  const denominator = byCertificate({ kind: 'real-root-count', polynomial: D, interval: ['0', '+inf'], count: 0 });
  const count = find((c) => c.kind === 'real-root-count' && same(c.polynomial, N), 'real-root-count of N');
  const isolations = certificates.filter((c) => c.kind === 'isolated-root' && same(c.polynomial, N)).map((c) => c.interval as [string, string]);
  if (isolations.length !== count.count) throw new Error(`stationarityProofs: ${isolations.length} isolations for ${String(count.count)} roots`);
  const points = isolations.length === 0 ? ['1'] : [isolations[0][0], ...isolations.map((i) => i[1])];
  const data = { c: num(sp.scale), m: sp.shift, N, D };
  const transfer = expTransfer(identity, denominator, data);
  const proofs: StationarityProofs = {
    numerator: N,
    signs: signsViaExp(identity, denominator, byCertificate(count), { ...data, points }),
    transfer,
    transcendental: hermiteLindemann(transfer),
  };
  const irreducible = certificates.find((c) => c.kind === 'irreducible' && same(c.polynomial, N));
  const galois = certificates.find((c) => c.kind === 'galois-symmetric' && Array.isArray(c.polynomial) && powerOf(N, c.polynomial as string[]) > 0);
  if (irreducible && galois) {
    const k = powerOf(N, galois.polynomial as string[]);
    const irr = byCertificate(irreducible);
    const group = byCertificate(galois);
    const noRadical = k === 1 ? galoisNoRadical(irr, group) : noRadicalPower(galoisNoRadical(irreducibleUnpower(irr, k), group), k);
    proofs.notRadical = stationaryNotRadicalRule(transfer, noRadical);
  }
  const solvable = certificates.find((c) => c.kind === 'solvable-degree' && (same(c.polynomial, N) || same(c.minimalPolynomial, N)));
  if (solvable) proofs.radical = same(solvable.polynomial, N) ? byCertificate(solvable) : andElim(byCertificate(solvable), 1);
  return proofs;
}
