import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { galoisCertificate, irreducibilityCertificate } from '../../src/algebra/galois.js';
import { rat } from '../../src/algebra/rational.js';
import { zPoly } from '../../src/algebra/poly-z.js';
import { crosscheck } from '../../src/cli/crosscheck.js';
import { collectAlgebraFacts } from '../../src/crosscheck/collect.js';
import { gpChecks } from '../../src/crosscheck/gp-script.js';
import { exactStationaryPoints } from '../../src/neuron/stationarity.js';

const GP_PRESENT = spawnSync('gp', ['-q', '-f'], { input: 'quit;\n' }).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A proofs.json-shaped document built from the certificates the claims' builders produce. */
function fixture(): { schema: number; claims: unknown[] } {
  const exact = exactStationaryPoints({ activation: 'sigmoid', loss: 'mse', data: [1, 3, 5].map((x, i) => ({ x: BigInt(x), t: rat(i + 1, 5) })) });
  const points = exact.points.map((p) => ({
    isolation: p.isolation,
    irreducibility: p.irreducibility,
    galois: galoisCertificate(p.minimalPolynomial),
  }));
  const octic = galoisCertificate(zPoly([-1, -1, 0, 0, 0, 0, 0, 0, 1])); // x^8 − x − 1: polgalois needs galdata
  const deflated = galoisCertificate(zPoly([-1, 3, 1]), { power: 3, minimalPolynomial: zPoly([-1, 0, 0, 3, 0, 0, 1]) });
  return {
    schema: 1,
    claims: [
      { id: 'degree-19', verdict: 'proved', proof: { rootCount: exact.rootCount, positive: exact.denominatorPositive, points } },
      { id: 'octic', verdict: 'proved', certificates: [{ certificate: octic }, { nested: [[irreducibilityCertificate(zPoly([1, 1, 0, 0, 1]))]] }] },
      { id: 'deflated', verdict: 'proved', witness: deflated },
    ],
  };
}

function writeJson(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

/** The first certificate of `kind` in the document (searched recursively), to tamper with. */
function first(node: unknown, kind: string): Record<string, unknown> {
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (typeof n !== 'object' || n === null) continue;
    if (!Array.isArray(n) && (n as { kind?: unknown }).kind === kind) return n as Record<string, unknown>;
    stack.push(...Object.values(n as object).reverse());
  }
  throw new Error(`no ${kind} certificate in the fixture`);
}

describe('collecting the exact-algebra certificates', () => {
  it('finds them at any depth, once each, and skips checker results that share their kind', () => {
    const doc = fixture();
    const facts = collectAlgebraFacts(doc);
    const kinds = new Set(facts.map((f) => f.kind));
    expect([...kinds].sort()).toEqual(['galois-symmetric', 'irreducible', 'isolated-root', 'real-root-count', 'solvable-degree']);
    expect(facts.some((f) => f.where === 'claims[1].certificates[1].nested[0][0]')).toBe(true);
    const doubled = { a: doc, b: doc, c: { kind: 'irreducible', ok: true, proves: 'something', detail: '', trusts: [] } };
    expect(collectAlgebraFacts(doubled).length).toBe(facts.length);
    const checks = gpChecks(facts);
    expect(checks.some((c) => c.ok.startsWith('ccGaloisIs(') && c.statement.includes('8!'))).toBe(true);
    expect(checks.some((c) => c.ok.includes("'x^3"))).toBe(true);
  });

  it('rejects certificate data that is not plain integers and rationals, naming the path and field', () => {
    const hostile = { claims: [{ proof: { kind: 'irreducible', polynomial: ['1', '0); system("true"); ('], primes: [] } }] };
    const r = crosscheck([writeJson('hostile.json', hostile)]);
    expect(r.code).toBe(2);
    expect(r.lines.join('\n')).toMatch(/claims\[0\]\.proof\.polynomial: expected a non-empty array of integer strings/);
    const badEnd = { kind: 'real-root-count', polynomial: ['1', '0', '-2'], interval: ['0', 'oo'], count: 1 };
    expect(crosscheck([writeJson('bad-end.json', [badEnd])]).lines.join('\n')).toMatch(/\[0\]\.interval\[1\]: expected "-inf", "\+inf" or a rational/);
  });

  it('refuses unreadable files and bad usage with exit 2 and a one-line message', () => {
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ claims: ');
    expect(crosscheck([notJson])).toMatchObject({ code: 2 });
    expect(crosscheck([notJson]).lines[0]).toMatch(/not\.json: not JSON/);
    expect(crosscheck([join(dir, 'absent.json')]).code).toBe(2);
    expect(crosscheck(['--frobnicate']).lines[0]).toMatch(/unknown flag --frobnicate/);
    expect(crosscheck(['a.json', 'b.json']).code).toBe(2);
  });
});

describe(`PARI/GP's second opinion (gp ${GP_PRESENT ? 'installed: runs it' : 'not installed: says so'})`, () => {
  it('agrees with every fact of the claims’ certificates, Galois groups of degree 8 included', () => {
    const script = join(dir, 'facts.gp');
    const r = crosscheck([writeJson('good.json', fixture()), '--write', script]);
    expect(readFileSync(script, 'utf8')).toMatch(/^iferr\(ccFact\(0, ccFactors\(Pol\(\[/m);
    const text = r.lines.join('\n');
    expect(r.code).toBe(0);
    if (GP_PRESENT) {
      const m = /agrees with (\d+) of (\d+) facts$/m.exec(text);
      expect(m).not.toBeNull();
      expect(m![1]).toBe(m![2]);
      expect(text).not.toMatch(/DISAGREEMENT|skipped/);
    } else {
      expect(text).toMatch(/gp \(PARI\/GP\) is not installed/);
    }
  });

  const tamperings: [string, (doc: { claims: unknown[] }) => void, RegExp][] = [
    ['a degree pattern mod p', (d) => ((first(d, 'galois-symmetric').primes as { pattern: number[] }[])[0].pattern = [1, 1, 1, 1, 1, 1, 1, 1]), /factor degrees mod \d+ are \(1, 1, 1, 1, 1, 1, 1, 1\): PARI\/GP disagrees/],
    ['a real-root count', (d) => (first(d, 'real-root-count').count = 2), /has exactly 2 distinct real roots in \(0, \+∞\): PARI\/GP disagrees/],
    ['an isolating interval', (d) => (first(d, 'isolated-root').interval = ['1000', '1001']), /has exactly 1 distinct real root in \(1000, 1001\]: PARI\/GP disagrees: it finds 0/],
    ['an irreducible factor', (d) => (first(d, 'irreducible').polynomial = ['1', '0', '-1']), /x\^2 - 1 is irreducible over Q: PARI\/GP disagrees/],
    ['a substitution', (d) => (first(d, 'solvable-degree').minimalPolynomial = ['1', '0', '0', '3', '0', '0', '1']), /= f\(x\^3\).*PARI\/GP disagrees/],
  ];
  for (const [what, tamper, message] of tamperings) {
    it(`reports a disagreement (exit 1) when ${what} is tampered with`, () => {
      const doc = fixture();
      tamper(doc);
      const r = crosscheck([writeJson(`tampered-${what.replace(/\W+/g, '-')}.json`, doc)]);
      const text = r.lines.join('\n');
      if (GP_PRESENT) {
        expect(r.code).toBe(1);
        expect(text).toMatch(message);
        expect(text).toMatch(/^DISAGREEMENT \[claims\[\d\]/m);
      } else {
        expect(r.code).toBe(0);
        expect(text).toMatch(/gp \(PARI\/GP\) is not installed/);
      }
    });
  }

  it('says gp is not installed, and exits 0, when the gp executable cannot be started', () => {
    const r = crosscheck([writeJson('good2.json', fixture()), '--gp', join(dir, 'no-such-gp')]);
    expect(r.code).toBe(0);
    expect(r.lines.join('\n')).toMatch(/gp \(PARI\/GP\) is not installed \(.*ENOENT.*\): nothing was crosschecked/);
  });
});
