import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import claim from '../../claims/float64-spurious-roots.claim.js';
import { checkCertificate } from '../../src/kernel/checkers.js';
import { checkFloat64Boundary } from '../../src/kernel/checkers/float64.js';
import type { Certificate } from '../../src/kernel/types.js';
import { fromBits, nextDown, nextUp, parseHex, roundedExpNeg, textbookSigmoid, toHex } from '../../src/numeric/ieee754.js';

const SEED = 20160829;
const KIND = 'float64-sigmoid-boundary';

// The boundary doubles and every rounded step at them and their neighbours, written out by hand from the search.
const H_PLUS = '0x40425e4f7b2737fb'; // 36.73680056967710783055736101232469081878662109375
const H_MINUS = '0xc0862e42fefa39f0'; // -709.782712893384086783044040203094482421875
const ONE = '0x3ff0000000000000';
const ZERO = '0x0000000000000000';
const INF = '0x7ff0000000000000';

const UPPER: Certificate = {
  kind: KIND,
  side: 'upper',
  precision: 40,
  boundary: { h: H_PLUS, e: '0x3c9fffffffffffc6', d: ONE, s: ONE, r: ZERO },
  neighbour: { h: '0x40425e4f7b2737fa', e: '0x3ca0000000000003', d: '0x3ff0000000000001', s: '0x3feffffffffffffe', r: '0x3cb0000000000000' },
};

const LOWER: Certificate = {
  kind: KIND,
  side: 'lower',
  precision: 40,
  boundary: { h: H_MINUS, e: INF, d: INF, s: ZERO, r: ONE },
  neighbour: { h: '0xc0862e42fefa39ef', e: '0x7fefffffffffff2a', d: '0x7fefffffffffff2a', s: '0x000400000000001b', r: ONE },
};

/** The honest steps at the double h (what an untampered certificate says about h). */
function honest(h: number, precision = 40): Record<string, string> {
  const e = roundedExpNeg(h, precision).value;
  if (e === null) throw new Error(`undecided at ${h}`);
  const s = textbookSigmoid(e);
  return { h: toHex(h), e: toHex(s.e), d: toHex(s.d), s: toHex(s.s), r: toHex(s.r) };
}

/** A copy of `c` with `path` (e.g. "boundary.e") set to `value`. */
function tamper(c: Certificate, path: string, value: unknown): Certificate {
  const copy = JSON.parse(JSON.stringify(c)) as Record<string, unknown>;
  const keys = path.split('.');
  let node = copy;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
  return copy as Certificate;
}

function certificateAt(side: 'upper' | 'lower', h: number, precision = 40): Certificate {
  const neighbour = side === 'upper' ? nextDown(h) : nextUp(h);
  return { kind: KIND, side, precision, boundary: honest(h, precision), neighbour: honest(neighbour, precision) };
}

function expectRejected(c: Certificate, why: RegExp): void {
  const result = checkFloat64Boundary(c);
  expect(result.ok, result.detail).toBe(false);
  expect(result.proves).toBe('');
  expect(result.detail).toMatch(why);
}

describe('float64-sigmoid-boundary: accepted certificates', () => {
  it('accepts the upper boundary h+ and states it exactly', () => {
    const result = checkCertificate(UPPER);
    expect(result.ok, result.detail).toBe(true);
    expect(result.proves).toContain('`36.73680056967710783055736101232469081878662109375` (`0x40425e4f7b2737fb`)');
    expect(result.proves).toContain('h \\ge h_+');
    expect(result.proves).toContain('`[1.110223e-16, 1.110224e-16]`');
    expect(result.trusts.map((t) => t.name).join('\n')).toMatch(/round to nearest is monotone/);
  });

  it('accepts the lower boundary h- where exp(-h) overflows', () => {
    const result = checkCertificate(LOWER);
    expect(result.ok, result.detail).toBe(true);
    expect(result.proves).toContain('`-709.782712893384086783044040203094482421875` (`0xc0862e42fefa39f0`)');
    expect(result.proves).toContain('h \\le h_-');
    expect(result.proves).toContain('rounds to $`+\\infty`$');
    expect(result.proves).toContain('`[5.562684e-309, 5.562685e-309]`');
  });

  it('is what the claim finds and certifies', async () => {
    const certificates = await claim.certificate!({ seed: SEED, precisions: [30, 60, 120] });
    expect(certificates.slice(0, 2)).toEqual([UPPER, LOWER]);
    expect(certificates.slice(2).map((c) => c.kind)).toEqual(['positivity']);
    expect(parseHex(H_PLUS)).toBe(36.73680056967711);
    expect(parseHex(H_MINUS)).toBe(-709.7827128933841);
  });

  it('accepts a higher precision for the same data', () => {
    expect(checkFloat64Boundary({ ...UPPER, precision: 200 }).ok).toBe(true);
    expect(checkFloat64Boundary({ ...LOWER, precision: 200 }).ok).toBe(true);
  });
});

describe('float64-sigmoid-boundary: tampered certificates are rejected', () => {
  const hPlus = parseHex(H_PLUS);
  const hMinus = parseHex(H_MINUS);

  it('rejects a boundary moved by one ulp, each way, on each side', () => {
    expectRejected(certificateAt('upper', nextUp(hPlus)), /not the least double with r = 0/);
    expectRejected(certificateAt('upper', nextDown(hPlus)), /r = RN\(1 - s\) at the boundary is 0x3cb0000000000000, not \+0/);
    expectRejected(certificateAt('lower', nextDown(hMinus)), /not the greatest double with s = 0/);
    expectRejected(certificateAt('lower', nextUp(hMinus)), /s = RN\(1\/d\) at the boundary is 0x000400000000001b, not \+0/);
  });

  it('rejects a wrong rounding at any step', () => {
    expectRejected(tamper(UPPER, 'boundary.e', '0x3c9fffffffffffc7'), /claims e = 0x3c9fffffffffffc7 but the exact rounding gives 0x3c9fffffffffffc6/);
    expectRejected(tamper(UPPER, 'neighbour.d', ONE), /claims d = 0x3ff0000000000000 but the exact rounding gives 0x3ff0000000000001/);
    expectRejected(tamper(UPPER, 'neighbour.s', ONE), /claims s = /);
    expectRejected(tamper(UPPER, 'neighbour.r', ZERO), /claims r = 0x0000000000000000/);
    expectRejected(tamper(UPPER, 'boundary.r', '0x8000000000000000'), /claims r = 0x8000000000000000/);
    expectRejected(tamper(LOWER, 'boundary.e', '0x7fefffffffffffff'), /claims e = 0x7fefffffffffffff but the exact rounding gives 0x7ff0000000000000/);
    expectRejected(tamper(LOWER, 'neighbour.s', ZERO), /claims s = 0x0000000000000000 but the exact rounding gives 0x000400000000001b/);
    expectRejected(tamper(LOWER, 'neighbour.e', INF), /claims e = 0x7ff0000000000000/);
  });

  it('rejects an enclosure of exp(-h) too wide to decide RN', () => {
    expectRejected({ ...UPPER, precision: 10 }, /10-digit enclosure of e\^-h is too wide/);
    expectRejected({ ...LOWER, precision: 5 }, /at boundary h = -709.78.* the 5-digit enclosure of e\^-h is too wide/);
    expectRejected({ ...UPPER, precision: 16 }, /too wide/);
  });

  it('rejects a neighbour that is not adjacent, and swapped sides', () => {
    const farther = { ...UPPER, neighbour: honest(nextDown(nextDown(hPlus))) };
    expectRejected(farther, /neighbour must be nextDown\(boundary\) = 0x40425e4f7b2737fa/);
    expectRejected({ ...UPPER, side: 'lower' }, /neighbour must be nextUp/);
    expectRejected({ ...LOWER, side: 'upper' }, /neighbour must be nextDown/);
    const swapped = { ...certificateAt('lower', hPlus), side: 'lower' };
    expectRejected(swapped, /s = RN\(1\/d\) at the boundary is 0x3ff0000000000000, not \+0/);
  });

  it('rejects malformed data with a reason', () => {
    expectRejected({ ...UPPER, side: 'middle' }, /field "side"/);
    for (const p of [0, 1.5, '40', 1001, null]) expectRejected({ ...UPPER, precision: p }, /field "precision"/);
    expectRejected({ kind: KIND, side: 'upper', precision: 40 }, /field "boundary" must be an object/);
    expectRejected({ ...UPPER, boundary: null }, /field "boundary" must be an object/);
    expectRejected(tamper(UPPER, 'boundary.h', '36.7'), /field "boundary.h" must be a 64-bit pattern/);
    expectRejected(tamper(UPPER, 'neighbour.r', 0), /field "neighbour.r" must be a 64-bit pattern/);
    const nan = '0x7ff8000000000000';
    expectRejected({ ...UPPER, boundary: { ...(UPPER.boundary as object), h: nan }, neighbour: { ...(UPPER.neighbour as object), h: nan } }, /must be a finite double/);
    expectRejected(certificateAt('upper', 3000), /\|h\| <= 2000/);
    expectRejected({ ...UPPER, boundary: { ...(UPPER.boundary as object), h: INF }, neighbour: { ...(UPPER.neighbour as object), h: toHex(Number.MAX_VALUE) } }, /must be a finite double/);
  });

  it('never throws, whatever the fields hold', () => {
    const field = fc.oneof(fc.anything(), fc.constantFrom(UPPER.boundary, UPPER.neighbour, LOWER.boundary, 'upper', 'lower', 40));
    fc.assert(
      fc.property(field, field, field, field, (side, precision, boundary, neighbour) => {
        const c = { kind: KIND, side, precision, boundary, neighbour } as Certificate;
        const result = checkFloat64Boundary(c);
        return result.kind === KIND && typeof result.ok === 'boolean' && (result.ok ? result.proves !== '' : result.proves === '');
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('accepts an honest certificate at a double near a boundary exactly when it is the boundary', () => {
    const offsets = fc.integer({ min: -400, max: 400 });
    fc.assert(
      fc.property(offsets, fc.constantFrom('upper' as const, 'lower' as const), (k, side) => {
        const centre = side === 'upper' ? hPlus : hMinus;
        const h = fromBits(BigInt.asUintN(64, BigInt(toHex(centre)) + BigInt(k)));
        return checkFloat64Boundary(certificateAt(side, h)).ok === (k === 0);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});
