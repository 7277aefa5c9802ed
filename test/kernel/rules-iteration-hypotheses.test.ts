/**
 * gradient-descent-contraction and kantorovich, one hypothesis at a time: each refusal below breaks exactly one
 * hypothesis of the theorem (a premise in the wrong role, at the wrong point, of another function; a bound that does
 * not cover [a, b] or does not exclude 0; the weak end of an enclosure ignored; malformed args) and names it. The
 * boundary cases the theorems allow (q = 1 − ηm, 2η = ρ, C exactly βK/(2(1 − βKρ)), L″(w_0) < 0) must be accepted.
 * Premises are lemmas: the rules see only propositions, so any range proposition may reach them.
 */
import { applyToLemmas } from './rule-application.js';
import { describe, expect, it } from 'vitest';
import { decodeProp } from '../../src/kernel/proposition.js';
import { parseExpr } from '../../src/symbolic/parse.js';

type End = string;
const range = (fn: string, order: number, [lo, hi]: [End, End], [min, max]: [End, End]) => ({ op: 'range', fn: parseExpr(fn), var: 'w', order, lo, hi, min, max });
const rootCount = { op: 'root-count', poly: ['1', '-1'], lo: '0', hi: '+inf', count: 1 };

/** Replays `rule` on the given propositions, decoded, as lemma leaves. */
const apply = (rule: string, premises: readonly object[], args?: unknown) => applyToLemmas(rule, premises.map((p) => decodeProp(p)), args);

describe('gradient-descent-contraction, hypothesis by hypothesis', () => {
  // L(w) = w²/2 − w/4: L′ = w − 1/4, L″ = 1; on [a, b] = [0, 1/2], L′(a) = −1/4, L′(b) = 1/4, w* = 1/4.
  const L = 'w^2/2 - w/4';
  const curvature = range(L, 2, ['0', '1/2'], ['1', '1']);
  const left = range(L, 1, ['0', '0'], ['-1/4', '-1/4']);
  const right = range(L, 1, ['1/2', '1/2'], ['1/4', '1/4']);
  const GD = 'gradient-descent-contraction';
  const gd = (premises: readonly object[] = [curvature, left, right], args: unknown = { step: '1/2', rate: '1/2' }) => apply(GD, premises, args);

  it('accepts the ratio q = 1 − step·m exactly (the theorem holds for every q ≥ 1 − ηm)', () => {
    const n = gd();
    expect(n.ok, n.detail).toBe(true);
    expect(n.conclusion).toMatchObject({ op: 'gradient-descent-linear', step: '1/2', lo: '0', hi: '1/2', rate: '1/2' });
  });

  it('names the theorem it applies (mean value theorem and Banach) among what the step trusts', () => {
    expect(gd().trusts).toContainEqual({ kind: 'theorem', name: expect.stringMatching(/mean value theorem and Banach fixed-point theorem/) });
  });

  it('refuses two premises, and a premise that is not a range, naming its position', () => {
    expect(gd([curvature, left]).detail).toMatch(/^gradient-descent-contraction takes 3 premises \(L″ on \[a, b\], L′\(a\), L′\(b\)\), got 2$/);
    expect(gd([curvature, rootCount, right]).detail).toMatch(/^gradient-descent-contraction: premise 2 is a range$/);
  });

  it('refuses a bound on L″ of another function (the contraction needs the curvature of L itself)', () => {
    expect(gd([range('w^2/2', 2, ['0', '1/2'], ['1', '1']), left, right]).detail).toMatch(/^gradient-descent-contraction: the premises bound derivatives of different functions$/);
  });

  it('refuses each premise in a wrong role on its own: L′ for L″, L for L′(a), L″ for L′(b)', () => {
    const roles = /^gradient-descent-contraction: the premises bound L″ on \[a, b\], then L′ at a and at b$/;
    expect(gd([range(L, 1, ['0', '1/2'], ['-1/4', '1/4']), left, right]).detail).toMatch(roles);
    expect(gd([curvature, range(L, 0, ['0', '0'], ['0', '0']), right]).detail).toMatch(roles);
    expect(gd([curvature, left, range(L, 2, ['1/2', '1/2'], ['1', '1'])]).detail).toMatch(roles);
  });

  it('refuses bounds of L′ over an interval instead of at the end point, naming the premise', () => {
    expect(gd([curvature, range(L, 1, ['0', '1/10'], ['-1/4', '-3/20']), right]).detail).toMatch(/^gradient-descent-contraction: premise 2 is a range at one point \(lo = hi\)$/);
    expect(gd([curvature, left, range(L, 1, ['2/5', '1/2'], ['3/20', '1/4'])]).detail).toMatch(/^gradient-descent-contraction: premise 3 is a range at one point \(lo = hi\)$/);
  });

  it('refuses a = b and a > b', () => {
    const at = (x: string, v: string) => range(L, 1, [x, x], [v, v]);
    expect(gd([curvature, at('1/4', '0'), at('1/4', '0')]).detail).toMatch(/^gradient-descent-contraction: a < b$/);
    expect(gd([curvature, at('1/2', '1/4'), at('0', '-1/4')]).detail).toMatch(/^gradient-descent-contraction: a < b$/);
  });

  it('refuses a bound on L″ that covers only part of [a, b], at either end', () => {
    const cover = /^gradient-descent-contraction: the bound on L″ does not cover \[a, b\]$/;
    expect(gd([range(L, 2, ['0', '1/4'], ['1', '1']), left, right]).detail).toMatch(cover);
    expect(gd([range(L, 2, ['1/4', '1/2'], ['1', '1']), left, right]).detail).toMatch(cover);
  });

  it('refuses an enclosure of L′(b) that does not show L′(b) ≥ 0', () => {
    expect(gd([curvature, left, range(L, 1, ['1/2', '1/2'], ['-1', '1'])]).detail).toMatch(/^gradient-descent-contraction: L′\(b\) ≥ 0 is not shown/);
  });

  it('refuses infinite bounds of L″, naming the bound', () => {
    expect(gd([range(L, 2, ['0', '1/2'], ['-inf', '1']), left, right]).detail).toMatch(/^gradient-descent-contraction: the lower bound m of L″ must be finite$/);
    expect(gd([range(L, 2, ['0', '1/2'], ['1', '+inf']), left, right]).detail).toMatch(/^gradient-descent-contraction: the upper bound M′ of L″ must be finite$/);
  });

  it('refuses a lower bound m of L″ that is 0 or negative', () => {
    const positive = /^gradient-descent-contraction: the lower bound m of L″ on \[a, b\] must be positive$/;
    expect(gd([range(L, 2, ['0', '1/2'], ['0', '1']), left, right]).detail).toMatch(positive);
    expect(gd([range(L, 2, ['0', '1/2'], ['-1', '1']), left, right]).detail).toMatch(positive);
  });

  it('refuses missing or non-object args', () => {
    for (const args of [undefined, null, [], 'step=1/2']) expect(apply(GD, [curvature, left, right], args).detail).toMatch(/^gradient-descent-contraction needs an "args" object$/);
  });

  it('refuses a step or a ratio not written as a rational "p/q" (decimals, padding, numbers, words)', () => {
    for (const step of ['0.5', '1/2 ', ' 1/2', '+1/2', 'half', 0.5, 1]) expect(gd(undefined, { step, rate: '1/2' }).detail).toMatch(/^gradient-descent-contraction: args.step is a rational "p\/q"$/);
    expect(gd(undefined, { step: '1/2', rate: '0.5' }).detail).toMatch(/^gradient-descent-contraction: args.rate is a rational "p\/q"$/);
  });

  it('refuses a step of 0 or below', () => {
    for (const step of ['0', '-1/2']) expect(gd(undefined, { step, rate: '1/2' }).detail).toMatch(/^gradient-descent-contraction: the step must be positive$/);
  });
});

describe('kantorovich, hypothesis by hypothesis', () => {
  // L(w) = w³/6 + w²/2 − w/20: L′(0) = −1/20, L″(0) = 1, L‴ = 1; β = 1, η = 1/20, K = 1.
  const L = 'w^3/6 + w^2/2 - w/20';
  const value = range(L, 1, ['0', '0'], ['-1/20', '-1/20']);
  const slope = range(L, 2, ['0', '0'], ['1', '1']);
  const ball = (r: string, k: [End, End] = ['1', '1'], fn = L) => range(fn, 3, [`-${r}`, r], k);
  const kant = (premises: readonly object[], args: unknown = { constant: '100' }) => apply('kantorovich', premises, args);
  // The same with L″(w_0) < 0: L(w) = −w³/6 − w²/2 + w/20 (a maximum at w* near 0).
  const N = '-(w^3/6) - w^2/2 + w/20';
  const valueN = range(N, 1, ['0', '0'], ['1/20', '1/20']);

  it('accepts a radius exactly 2η and a constant exactly βK/(2(1 − βKρ)) (ρ = 1/10, C = 5/9)', () => {
    const n = kant([value, slope, ball('1/10')], { constant: '5/9' });
    expect(n.ok, n.detail).toBe(true);
    expect(n.conclusion).toMatchObject({ op: 'newton-quadratic', start: '0', radius: '1/10', constant: '5/9' });
  });

  it('accepts L″(w_0) < 0: the theorem is about the zero of L′, of either curvature', () => {
    const n = kant([valueN, range(N, 2, ['0', '0'], ['-1', '-1']), ball('1/10', ['-1', '-1'], N)], { constant: '5/9' });
    expect(n.ok, n.detail).toBe(true);
  });

  it("names Kantorovich's theorem among what the step trusts", () => {
    expect(kant([value, slope, ball('1/10')]).trusts).toContainEqual({ kind: 'theorem', name: expect.stringMatching(/^Kantorovich's theorem/) });
  });

  it('refuses a bound on L″(w_0) that does not exclude 0, whichever end touches or crosses it', () => {
    const zero = /^kantorovich: the bound on L″\(w_0\) does not exclude 0$/;
    expect(kant([value, range(L, 2, ['0', '0'], ['-1', '1']), ball('1/10')]).detail).toMatch(zero);
    expect(kant([value, range(L, 2, ['0', '0'], ['0', '1']), ball('1/10')]).detail).toMatch(zero);
    expect(kant([valueN, range(N, 2, ['0', '0'], ['-1', '0']), ball('1/10', ['-1', '-1'], N)]).detail).toMatch(zero);
  });

  it('takes the weak end of each enclosure: the largest |L′(w_0)|, the smallest |L″(w_0)|, the largest |L‴|', () => {
    const radius = /^kantorovich: 2η = 1\/10 exceeds the radius ρ = 1\/20/;
    // |L′(w_0)| ≤ 1/20 at either end: η = 1/20, so ρ = 1/20 < 2η.
    expect(kant([range(L, 1, ['0', '0'], ['-1/20', '1/1000']), slope, ball('1/20')]).detail).toMatch(radius);
    const P = 'w^3/6 + w^2/2 + w/20';
    expect(kant([range(P, 1, ['0', '0'], ['-1/1000', '1/20']), range(P, 2, ['0', '0'], ['1', '1']), ball('1/20', ['1', '1'], P)]).detail).toMatch(radius);
    // |L″(w_0)| ≥ 1 only: β = 1, not 1/2.
    expect(kant([value, range(L, 2, ['0', '0'], ['1', '2']), ball('1/20')]).detail).toMatch(radius);
    expect(kant([valueN, range(N, 2, ['0', '0'], ['-2', '-1']), ball('1/20', ['-1', '-1'], N)]).detail).toMatch(radius);
    // |L‴| ≤ 2 at either end: K = 2, so βKρ = 1 on the ball of radius 1/2.
    expect(kant([value, slope, ball('1/2', ['-2', '1'])]).detail).toMatch(/^kantorovich: βKρ = 1 ≥ 1/);
    expect(kant([value, slope, ball('1/2', ['-1', '2'])]).detail).toMatch(/^kantorovich: βKρ = 1 ≥ 1/);
  });

  it('allows h = βηK = 1/2 exactly, and refuses that ball because βKρ = 1 ≥ 1 (L″ may vanish on it)', () => {
    const H = 'w^3/6 + w^2/2 - w/2'; // η = 1/2, β = K = 1, ρ = 2η = 1
    const n = kant([range(H, 1, ['0', '0'], ['-1/2', '-1/2']), range(H, 2, ['0', '0'], ['1', '1']), ball('1', ['1', '1'], H)]);
    expect(n.detail).toMatch(/^kantorovich: βKρ = 1 ≥ 1, so L″ may vanish on the ball$/);
  });

  it('refuses a ball of radius 0', () => {
    const Z = 'w^3/6 + w^2/2'; // L′(0) = 0, so 2η = 0 ≤ ρ = 0 would pass
    const n = kant([range(Z, 1, ['0', '0'], ['0', '0']), range(Z, 2, ['0', '0'], ['1', '1']), range(Z, 3, ['0', '0'], ['1', '1'])]);
    expect(n.detail).toMatch(/^kantorovich: the bound on L‴ is not on a ball \[w_0 − ρ, w_0 \+ ρ\] with ρ > 0$/);
  });

  it('refuses a bound on L″ over an interval that only shares one end with w_0', () => {
    const points = /^kantorovich: L′ and L″ are bounded at different points$/;
    expect(kant([value, range(L, 2, ['-1/10', '0'], ['9/10', '1']), ball('1/10')]).detail).toMatch(points);
    expect(kant([value, range(L, 2, ['0', '1/10'], ['1', '11/10']), ball('1/10')]).detail).toMatch(points);
  });

  it('refuses each premise in a wrong role on its own', () => {
    const roles = /^kantorovich: the premises bound L′ at w_0, L″ at w_0 and L‴ on the ball$/;
    expect(kant([range(L, 0, ['0', '0'], ['0', '0']), slope, ball('1/10')]).detail).toMatch(roles);
    expect(kant([value, range(L, 1, ['0', '0'], ['-1/20', '-1/20']), ball('1/10')]).detail).toMatch(roles);
    expect(kant([value, slope, range(L, 2, ['-1/10', '1/10'], ['9/10', '11/10'])]).detail).toMatch(roles);
  });

  it('refuses a bound of L′ over an interval, a premise that is not a range, and bounds of another function', () => {
    expect(kant([range(L, 1, ['0', '1/10'], ['-1/20', '11/200']), slope, ball('1/10')]).detail).toMatch(/^kantorovich: premise 1 is a range at one point \(lo = hi\)$/);
    expect(kant([value, slope, rootCount]).detail).toMatch(/^kantorovich: premise 3 is a range$/);
    expect(kant([value, slope, ball('1/10', ['1', '1'], 'w^3/6')]).detail).toMatch(/^kantorovich: the premises bound derivatives of different functions$/);
  });

  it('refuses an unbounded ball and an infinite bound, naming which', () => {
    expect(kant([value, slope, range(L, 3, ['-inf', '1/10'], ['1', '1'])]).detail).toMatch(/^kantorovich: the ball's lower end must be finite$/);
    expect(kant([value, slope, range(L, 3, ['-1/10', '+inf'], ['1', '1'])]).detail).toMatch(/^kantorovich: the ball's upper end must be finite$/);
    expect(kant([range(L, 1, ['0', '0'], ['-1/20', '+inf']), slope, ball('1/10')]).detail).toMatch(/^kantorovich: every bound must be finite$/);
  });

  it('refuses missing or non-object args, and a constant not written as "p/q"', () => {
    for (const args of [undefined, null, [], '9/10']) expect(apply('kantorovich', [value, slope, ball('1/10')], args).detail).toMatch(/^kantorovich needs an "args" object$/);
    expect(kant([value, slope, ball('1/10')], { constant: '0.9' }).detail).toMatch(/^kantorovich: args.constant is a rational "p\/q"$/);
  });
});
