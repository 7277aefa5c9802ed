/**
 * Trusted check of a substitution u = z^k recorded in an algebra certificate: the minimal polynomial g(z)
 * must equal f(z^k) coefficient by coefficient, so that statements about roots u of f transfer to roots z of g.
 */
import { parsePolynomial } from './exact-polynomial.js';

/** A checked substitution: g(z) = f(z^power). */
export interface CheckedSubstitution {
  power: number;
  minimal: bigint[];
  note: string;
}

/**
 * Null when no substitution is recorded (and no minimal polynomial), the checked substitution when
 * `note` reads "v = z^k" and g(z) = f(z^k) exactly, otherwise a message saying what is wrong.
 */
export function checkSubstitution(f: readonly bigint[], v: string, note: unknown, minimal: unknown): CheckedSubstitution | null | string {
  if (note === undefined && minimal === undefined) return null;
  const m = typeof note === 'string' ? new RegExp(`^${v} = z\\^(\\d+)$`).exec(note) : null;
  if (m === null) return `substitution must read "${v} = z^k"`;
  const power = Number(m[1]);
  if (!Number.isSafeInteger(power) || power < 1) return 'substitution power must be a positive integer';
  const g = parsePolynomial(minimal, 'minimalPolynomial');
  if (typeof g === 'string') return g;
  if (g.length - 1 !== (f.length - 1) * power) return `minimalPolynomial has degree ${g.length - 1}, not ${f.length - 1}·${power}`;
  for (let i = 0; i < g.length; i++) {
    const expected = i % power === 0 ? f[i / power] : 0n;
    if (g[i] !== expected) return `minimalPolynomial is not f(z^${power}): coefficient of z^${i} differs`;
  }
  return { power, minimal: g, note: m[0] };
}
