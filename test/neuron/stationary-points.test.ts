import { describe, expect, it } from 'vitest';
import { add, cmp, mul, parseRational, rat, ratToString, sub } from '../../src/algebra/rational.js';
import { checkCertificate } from '../../src/kernel/checkers.js';
import { checkStationaryPoints } from '../../src/kernel/checkers/stationary-points.js';
import type { Certificate } from '../../src/kernel/types.js';
import { stationaryPointsCertificate } from '../../src/neuron/analysis.js';
import { parseDataString } from '../../src/neuron/data.js';
import type { Problem } from '../../src/neuron/model.js';
import { symmetricBox } from '../../src/numeric/box.js';
import { lossExpression } from '../../src/neuron/loss-expression.js';
import type { Expr } from '../../src/symbolic/expr.js';
import { toText } from '../../src/symbolic/print.js';

interface ZeroData {
  isolation: [string, string][];
  enclosure: [string, string][];
  kind: string;
}

const problem = (activation: Problem['activation'], data: string): Problem => ({ activation, loss: 'mse', data: parseDataString(data) });

/** 1-D square activation: a maximum at w = 0 (a bisection point of the box) and minima at ±sqrt(5/17). */
const square = problem('square', '1:1;2:1');
/** 2-D sigmoid data with a minimum and a saddle in [-3, 3]^2. */
const saddle = problem('sigmoid', '2,-1:0;0,-2:3/4;1,0:3/4');

const squareCert = stationaryPointsCertificate(square, symmetricBox(rat(2), 1), 30);
const saddleCert = stationaryPointsCertificate(saddle, symmetricBox(rat(3), 2), 30);

function copy(c: Certificate): Certificate & { tree: string; zeros: ZeroData[]; loss: unknown; variables: string[] } {
  return JSON.parse(JSON.stringify(c));
}

function tokens(tree: string): string[] {
  return tree.match(/S|N|\?|U\d+/g) ?? [];
}

function rejected(c: Certificate, reason: RegExp): void {
  const result = checkStationaryPoints(c);
  expect(result.ok).toBe(false);
  expect(result.detail).toMatch(reason);
}

describe('stationary-points: genuine certificates are accepted', () => {
  it('square activation: exactly 3 zeros, a maximum at 0 between two minima at ±sqrt(5/17)', () => {
    const result = checkCertificate(squareCert);
    expect(result.ok).toBe(true);
    expect(result.proves).toMatch(/exactly 3 zeros in \$`\[-2, 2\]`\$/);
    const zeros = copy(squareCert).zeros;
    expect(zeros.map((z) => z.kind).sort()).toEqual(['maximum', 'minimum', 'minimum']);
    for (const z of zeros) {
      const [lo, hi] = z.enclosure[0].map(parseRational);
      expect(cmp(sub(hi, lo), rat(1, 10n ** 20n)) < 0).toBe(true);
      if (z.kind === 'maximum') {
        expect(cmp(lo, rat(0)) <= 0 && cmp(rat(0), hi) <= 0).toBe(true);
      } else {
        // lo^2 <= 5/17 <= hi^2 on the side of the zero: the enclosure holds the exact minimiser.
        const [a, b] = cmp(lo, rat(0)) > 0 ? [lo, hi] : [hi, lo];
        expect(cmp(mul(a, a), rat(5, 17)) <= 0 && cmp(rat(5, 17), mul(b, b)) <= 0).toBe(true);
      }
    }
  });

  it('2-D sigmoid: a minimum and a saddle, kinds re-derived from the interval Hessian', () => {
    const result = checkCertificate(saddleCert);
    expect(result.ok).toBe(true);
    expect(result.proves).toMatch(/exactly 2 zeros/);
    expect(result.proves).toMatch(/\(minimum\)/);
    expect(result.proves).toMatch(/\(saddle\)/);
    expect(result.trusts.some((t) => /Krawczyk/.test(t.name))).toBe(true);
  });

  it('records the loss as the formal expression of the problem, the box as rationals, the tree compactly', () => {
    const c = copy(saddleCert);
    expect(c.loss).toEqual(JSON.parse(JSON.stringify(lossExpression(saddle))));
    expect(c.variables).toEqual(['w_1', 'w_2']);
    expect(toText(c.loss as Expr)).toContain('3/4 - 1/(1 + exp(-(-2*w_2)))');
    expect(c.box).toEqual([
      ['-3', '3'],
      ['-3', '3'],
    ]);
    expect(c.tree).toMatch(/^[SNU0-9]+$/);
  });
});

describe('stationary-points: tampered certificates are rejected', () => {
  it('a wrong leaf status (N turned into U0 outside that isolation box)', () => {
    const c = copy(saddleCert);
    const t = tokens(c.tree);
    t[t.lastIndexOf('N')] = 'U0';
    c.tree = t.join('');
    rejected(c, /not inside the isolation box of zeros\[0\]/);
  });

  it('a zero hidden by marking its leaves N', () => {
    const c = copy(squareCert);
    c.tree = tokens(c.tree)
      .map((x) => (x === 'U1' ? 'N' : x))
      .join('');
    c.zeros[1] = c.zeros[0];
    rejected(c, /overlap|no zero-freeness proof/);
    const d = copy(squareCert);
    d.tree = tokens(d.tree)
      .map((x) => (x.startsWith('U') ? 'N' : x))
      .join('');
    d.zeros = [];
    rejected(d, /marked N: no zero-freeness proof/);
  });

  it('a box dropped from the tree, or a box too many', () => {
    const c = copy(saddleCert);
    c.tree = tokens(c.tree).slice(0, -1).join('');
    rejected(c, /tree ends before covering the box/);
    const d = copy(saddleCert);
    d.tree = `${d.tree}N`;
    rejected(d, /after covering the box/);
    const e = copy(saddleCert);
    e.tree = e.tree.replace('S', 'SS');
    expect(checkStationaryPoints(e).ok).toBe(false);
  });

  it('an undecided leaf', () => {
    const c = copy(saddleCert);
    const t = tokens(c.tree);
    t[t.indexOf('N')] = '?';
    c.tree = t.join('');
    rejected(c, /leaf code "\?"/);
  });

  it('an enclosure moved off the zero (next to it, same width)', () => {
    const c = copy(squareCert);
    const [lo, hi] = c.zeros[0].enclosure[0].map(parseRational);
    const width = sub(hi, lo);
    c.zeros[0].enclosure[0] = [ratToString(add(hi, width)), ratToString(add(hi, mul(rat(2), width)))];
    rejected(c, /zeros\[0\]: existence not proved/);
  });

  it('an enclosure widened beyond its isolation box, or the isolation box shrunk below a leaf', () => {
    const c = copy(squareCert);
    c.zeros[1].enclosure = c.zeros[1].isolation.map(([lo, hi]) => [`${lo}`, `${parseRational(hi).num * 2n}/${parseRational(hi).den}`]) as [string, string][];
    expect(checkStationaryPoints(c).ok).toBe(false);
    const d = copy(saddleCert);
    d.zeros[0].isolation = d.zeros[0].enclosure;
    rejected(d, /not inside the isolation box/);
  });

  it('a changed target, activation or box', () => {
    const c = copy(saddleCert);
    c.loss = JSON.parse(JSON.stringify(c.loss).replace('"3/4"', '"1/10"'));
    expect(checkStationaryPoints(c).ok).toBe(false);
    const d = copy(saddleCert);
    d.loss = JSON.parse(JSON.stringify(lossExpression({ ...saddle, activation: 'tanh' })));
    expect(checkStationaryPoints(d).ok).toBe(false);
    const e = copy(squareCert);
    e.box = [['-3', '3']];
    expect(checkStationaryPoints(e).ok).toBe(false);
  });

  it('a wrong or unknown kind', () => {
    const c = copy(saddleCert);
    c.zeros[0].kind = c.zeros[0].kind === 'minimum' ? 'maximum' : 'minimum';
    rejected(c, /kind is/);
    const d = copy(saddleCert);
    d.zeros[1].kind = 'inflection';
    rejected(d, /kind is/);
  });

  it('a zero outside the box added to the list', () => {
    const inner = copy(stationaryPointsCertificate(square, symmetricBox(rat(1, 2), 1), 30));
    expect(checkStationaryPoints(inner).ok).toBe(true);
    expect(inner.zeros).toHaveLength(1);
    const outside = copy(squareCert).zeros.find((z) => z.kind === 'minimum') as ZeroData;
    inner.zeros.push(outside);
    rejected(inner, /enclosure not inside the box/);
  });

  it('a zero listed twice', () => {
    const c = copy(squareCert);
    c.zeros.push(c.zeros[0]);
    rejected(c, /enclosures overlap/);
  });

  it('malformed data is rejected without throwing', () => {
    const bad: Certificate[] = [
      { kind: 'stationary-points' },
      { ...copy(squareCert), precision: 5 },
      { ...copy(squareCert), precision: 5000 },
      { ...copy(squareCert), precision: '30' },
      { ...copy(squareCert), loss: { op: 'bogus' } },
      { ...copy(squareCert), variables: [] },
      { ...copy(squareCert), variables: ['w', 'w'] },
      { ...copy(squareCert), variables: ['v'] },
      { ...copy(squareCert), loss: { op: 'add', args: [{ op: 'sym', name: 'w' }, { op: 'sym', name: 't' }] } },
      { ...copy(squareCert), box: [['2', '-2']] },
      { ...copy(squareCert), loss: 'xent' },
      { ...copy(squareCert), tree: 42 },
      { ...copy(squareCert), zeros: [{ isolation: 'x' }] },
      { ...copy(squareCert), zeros: null },
    ];
    for (const c of bad) {
      const result = checkCertificate(c);
      expect(result.ok).toBe(false);
      expect(result.detail).not.toMatch(/threw/);
    }
  });
});
