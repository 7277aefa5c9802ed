/**
 * The exact-algebra facts of the collected certificates as PARI/GP checks: factorisations over Q, factor-degree
 * patterns mod each recorded prime (factormod), real-root counts in half-open intervals (polsturm), isolating
 * intervals with their sign changes, substitutions u = z^k, and Galois groups up to degree 11 (polgalois).
 * Only validated integers and rationals reach the script, so the data cannot inject GP code.
 */
import { factorOverZ } from '../algebra/factor-z.js';
import { ratToString } from '../algebra/rational.js';
import { zDegree, zToStrings, zToText, type ZPoly } from '../algebra/poly-z.js';
import type { AlgebraFact, End } from './collect.js';

/** The largest degree polgalois handles (with the galdata package beyond degree 7). */
export const MAX_GALOIS_DEGREE = 11;

/** One check: a statement, where it comes from, and the GP expressions of its truth value and of what GP finds. */
export interface GpCheck {
  statement: string;
  where: string;
  /** A GP expression that is 1 when GP agrees, 0 when it does not, −1 when GP cannot decide (then skipped). */
  ok: string;
  /** A GP expression for what GP computes, printed on disagreement. */
  got: string;
}

const PREAMBLE = [
  '\\\\ Written by `npm run crosscheck`: every line FACT i OK means PARI/GP agrees with fact i.',
  'default(debugmem, 0); default(parisizemax, 2^30);',
  'ccFact(i, ok, got) = if(ok == 1, print("FACT ", i, " OK"), ok == -1, print("FACT ", i, " SKIP ", got()), print("FACT ", i, " FAIL ", got()));',
  'ccPattern(P, p) = my(F = factormod(P, p, 1), v = List()); for(i = 1, #F~, for(j = 1, F[i, 2], listput(v, F[i, 1]))); vecsort(Vec(v), , 4);',
  'ccGood(P, p) = isprime(p) && pollead(P) % p != 0 && poldegree(gcd(Mod(1, p) * P, Mod(1, p) * P\')) == 0;',
  'ccAt(P, a) = subst(P, \'x, a);',
  'ccCount(P, a, b) = polsturm(P, [a, b]) - (type(a) != "t_INFINITY" && ccAt(P, a) == 0);',
  'ccSigns(P, a, b) = my(s = sign(ccAt(P, a)), t = sign(ccAt(P, b))); if(s == 0 || t == 0, "zero", s == t, "none", s < 0, "-+", "+-");',
  'ccFactors(P) = my(F = factor(P)); Set(vector(#F~, i, [Vec(F[i, 1] / content(F[i, 1]) * sign(pollead(F[i, 1]))), F[i, 2]]));',
  'ccGaloisOrder(P) = iferr(polgalois(P)[1], E, -1);',
  'ccGaloisIs(P, order) = my(o = ccGaloisOrder(P)); if(o == -1, -1, o == order);',
  'ccGaloisSeen(P) = if(ccGaloisOrder(P) == -1, "polgalois could not run (degree > 7 needs the galdata package)", polgalois(P));',
  'ccDegreeIn(P, a, b) = my(d = poldegree(P)); d >= a && d <= b;',
];

const gpPoly = (f: ZPoly): string => `Pol([${zToStrings(f).join(', ')}])`;
const gpEnd = (e: End): string => (e === '-inf' ? '-oo' : e === '+inf' ? '+oo' : ratToString(e));
const endText = (e: End): string => (e === '-inf' ? '−∞' : e === '+inf' ? '+∞' : ratToString(e));
const text = (f: ZPoly): string => zToText(f, 'x');

function factorisationCheck(f: ZPoly, where: string): GpCheck {
  const { factors } = factorOverZ(f);
  const ours = `Set([${factors.map((g) => `[[${zToStrings(g.factor).join(', ')}], ${g.multiplicity}]`).join(', ')}])`;
  const shown = factors.map((g) => `(${text(g.factor)})${g.multiplicity > 1 ? `^${g.multiplicity}` : ''}`).join('·');
  return { statement: `over Q, ${text(f)} = c·${shown} (factorisation found by src/algebra)`, where, ok: `ccFactors(${gpPoly(f)}) == ${ours}`, got: `ccFactors(${gpPoly(f)})` };
}

function patternChecks(fact: AlgebraFact): GpCheck[] {
  const P = gpPoly(fact.polynomial);
  return (fact.primes ?? []).map(({ p, pattern }) => {
    const sorted = [...pattern].sort((a, b) => b - a);
    return {
      statement: `${p} is a good prime for ${text(fact.polynomial)} and its factor degrees mod ${p} are (${sorted.join(', ')})`,
      where: fact.where,
      ok: `ccGood(${P}, ${p}) && ccPattern(${P}, ${p}) == [${sorted.join(', ')}]`,
      got: `[ccGood(${P}, ${p}), ccPattern(${P}, ${p})]`,
    };
  });
}

function substitutionCheck(fact: AlgebraFact): GpCheck[] {
  if (fact.power === undefined || fact.minimalPolynomial === undefined) return [];
  return [
    {
      statement: `${text(fact.minimalPolynomial)} = f(x^${fact.power}) for f = ${text(fact.polynomial)}`,
      where: fact.where,
      ok: `${gpPoly(fact.minimalPolynomial)} == subst(${gpPoly(fact.polynomial)}, 'x, 'x^${fact.power})`,
      got: `subst(${gpPoly(fact.polynomial)}, 'x, 'x^${fact.power})`,
    },
  ];
}

function countCheck(f: ZPoly, lo: End, hi: End, count: number, where: string): GpCheck {
  const close = hi === '+inf' ? ')' : ']';
  return {
    statement: `${text(f)} has exactly ${count} distinct real root${count === 1 ? '' : 's'} in (${endText(lo)}, ${endText(hi)}${close}`,
    where,
    ok: `ccCount(${gpPoly(f)}, ${gpEnd(lo)}, ${gpEnd(hi)}) == ${count}`,
    got: `ccCount(${gpPoly(f)}, ${gpEnd(lo)}, ${gpEnd(hi)})`,
  };
}

/** The checks one certificate's facts give (without the factorisations, which `gpChecks` adds per polynomial). */
export function checksOf(fact: AlgebraFact): GpCheck[] {
  const P = gpPoly(fact.polynomial);
  const n = zDegree(fact.polynomial);
  const irreducible: GpCheck = { statement: `${text(fact.polynomial)} is irreducible over Q`, where: fact.where, ok: `polisirreducible(${P})`, got: `factor(${P})` };
  switch (fact.kind) {
    case 'irreducible':
      return [irreducible, ...patternChecks(fact)];
    case 'galois-symmetric': {
      const galois: GpCheck[] =
        n <= MAX_GALOIS_DEGREE
          ? [
              {
                statement: `Gal(${text(fact.polynomial)}) has order ${n}! (it is S_${n})`,
                where: fact.where,
                ok: `ccGaloisIs(${P}, ${n}!)`,
                got: `ccGaloisSeen(${P})`,
              },
            ]
          : [];
      return [irreducible, ...patternChecks(fact), ...galois, ...substitutionCheck(fact)];
    }
    case 'solvable-degree':
      return [{ statement: `${text(fact.polynomial)} has degree from 1 to 4`, where: fact.where, ok: `ccDegreeIn(${P}, 1, 4)`, got: `poldegree(${P})` }, ...substitutionCheck(fact)];
    case 'real-root-count':
      return [countCheck(fact.polynomial, fact.interval![0], fact.interval![1], fact.count!, fact.where)];
    case 'isolated-root': {
      const [lo, hi] = fact.interval!;
      const G = gpPoly(fact.factor!);
      const checks: GpCheck[] = [
        { statement: `${text(fact.factor!)} divides ${text(fact.polynomial)} over Q`, where: fact.where, ok: `${P} % ${G} == 0`, got: `${P} % ${G}` },
        countCheck(fact.polynomial, lo, hi, 1, fact.where),
        countCheck(fact.factor!, lo, hi, 1, fact.where),
      ];
      if (fact.signChange !== undefined) {
        checks.push({
          statement: `the signs of ${text(fact.polynomial)} at ${endText(lo)} and ${endText(hi)} are "${fact.signChange}"`,
          where: fact.where,
          ok: `ccSigns(${P}, ${gpEnd(lo)}, ${gpEnd(hi)}) == "${fact.signChange}"`,
          got: `ccSigns(${P}, ${gpEnd(lo)}, ${gpEnd(hi)})`,
        });
      }
      return checks;
    }
  }
}

/** Every check of the facts, each distinct check once (first source kept), factorisations of every polynomial first. */
export function gpChecks(facts: readonly AlgebraFact[]): GpCheck[] {
  const out: GpCheck[] = [];
  const seen = new Set<string>();
  const add = (c: GpCheck): void => {
    if (seen.has(c.ok)) return;
    seen.add(c.ok);
    out.push(c);
  };
  for (const fact of facts) {
    for (const f of [fact.polynomial, fact.factor, fact.minimalPolynomial]) if (f !== undefined && zDegree(f) >= 1) add(factorisationCheck(f, fact.where));
  }
  for (const fact of facts) checksOf(fact).forEach(add);
  return out;
}

/** The GP script: the helper functions, then one line per check printing `FACT i OK|FAIL|SKIP|ERROR ...`, then quit. */
export function gpScript(checks: readonly GpCheck[]): string {
  const lines = [...PREAMBLE];
  checks.forEach((c, i) => {
    lines.push(`\\\\ ${i}: ${c.statement.replace(/[\r\n]/g, ' ')} [${c.where}]`);
    lines.push(`iferr(ccFact(${i}, ${c.ok}, () -> ${c.got}), E, print("FACT ", ${i}, " ERROR ", errname(E)));`);
  });
  lines.push('quit;');
  return `${lines.join('\n')}\n`;
}
