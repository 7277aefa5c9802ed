import { describe, expect, it } from 'vitest';
import { add, mul, parseRational, rat, ratToString, sign, sub, ZERO, type Rational } from '../../src/algebra/rational.js';
import type { DataPoint } from '../../src/neuron/data.js';
import { reluCells } from '../../src/neuron/relu-cells.js';

const data = (text: string): DataPoint[] =>
  text.split(';').map((s) => {
    const [x, t] = s.split(':');
    return { x: x.split(',').map(parseRational), t: parseRational(t) };
  });
/** ∇L of the relu loss at w, exactly, from the definition (relu(h) = max(h, 0), relu'(h) = [h > 0]), independent of the cells. */
function gradient(points: readonly DataPoint[], w: readonly Rational[]): Rational[] {
  return [0, 1].map((j) =>
    points.reduce((g, p) => {
      const h = add(mul(w[0], p.x[0]), mul(w[1], p.x[1]));
      return sign(h) > 0 ? add(g, mul(sub(h, p.t), p.x[j])) : g;
    }, ZERO),
  );
}

describe('reluCells', () => {
  const five = data('1,0:1;0,1:2;1,1:1/2;-1,1:1;1,-2:1/3');

  it('finds the 2m cells of m lines, each active set once, and the in-cell points where the exact gradient vanishes', () => {
    const cells = reluCells(five);
    expect(cells).toHaveLength(10);
    expect(new Set(cells.map((c) => c.active.join(','))).size).toBe(10);
    const inCell = cells.flatMap((c) => (c.stationary.kind === 'point' && c.stationary.inCell ? [c.stationary.w] : []));
    expect(inCell.map((w) => w.map(ratToString).join(',')).sort()).toEqual(['-1/4,7/6', '-7/3,-4/3', '1/6,7/6']);
    for (const w of inCell) expect(gradient(five, w).map(ratToString)).toEqual(['0', '0']);
    // Out-of-cell candidates are not stationary points of the relu loss (unless another cell's point is the same): its gradient there is not 0.
    const key = (w: readonly Rational[]) => w.map(ratToString).join(',');
    const outside = cells.flatMap((c) => (c.stationary.kind === 'point' && !c.stationary.inCell && !inCell.some((w) => key(w) === key((c.stationary as { w: Rational[] }).w)) ? [c.stationary.w] : []));
    expect(outside).toHaveLength(4);
    for (const w of outside) expect(gradient(five, w).some((g) => sign(g) !== 0), key(w)).toBe(true);
    // Each direction lies in its cell.
    for (const c of cells) expect(five.flatMap((p, i) => (sign(add(mul(c.direction[0], p.x[0]), mul(c.direction[1], p.x[1]))) > 0 ? [i] : []))).toEqual(c.active);
  });

  it('reports rank-1 cells as lines and the cell with no active point as flat', () => {
    const cells = reluCells(data('1,0:1;2,0:3'));
    expect(cells.map((c) => [c.active.join(','), c.stationary.kind]).sort()).toEqual([['', 'flat'], ['0,1', 'line']]);
    expect(cells.find((c) => c.stationary.kind === 'flat')!.direction[0]).toEqual(expect.objectContaining({ num: expect.any(BigInt) }));
  });

  it('refuses inputs outside R^2', () => {
    expect(() => reluCells([{ x: [rat(1), rat(2), rat(3)], t: rat(1) }])).toThrow(/R\^2/);
  });
});
