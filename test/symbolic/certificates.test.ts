import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCertificate } from '../../src/kernel/checkers.js';
import type { Certificate } from '../../src/kernel/types.js';
import {
  gradientFormulaCertificates,
  sigmoidBoundsCertificates,
  sigmoidDerivativeCertificates,
  sigmoidDirectionalLimitCertificates,
} from '../../src/symbolic/certificates.js';

/** The certificate after a JSON round trip, as a claim's runner hands it to the kernel. */
const viaJson = (c: Certificate): Certificate => JSON.parse(JSON.stringify(c)) as Certificate;

/** Paths (as key lists) to every leaf of kind `op` inside `data`. */
function leaves(data: unknown, op: 'num' | 'sym', path: (string | number)[] = []): (string | number)[][] {
  if (typeof data !== 'object' || data === null) return [];
  const o = data as Record<string, unknown>;
  if (o.op === op) return [path];
  return Object.entries(o).flatMap(([k, v]) => leaves(v, op, [...path, Array.isArray(data) ? Number(k) : k]));
}

function replaceAt(data: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(data)) as Record<string | number, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  at[path[path.length - 1]] = value;
  return copy;
}

describe('certificate builders', () => {
  it("sigmoid-derivative: s'(h) = s(h)(1 − s(h)) is accepted", () => {
    const [c] = sigmoidDerivativeCertificates();
    const r = checkCertificate(viaJson(c));
    expect(r.ok).toBe(true);
    expect(r.proves).toContain('\\frac{\\partial}{\\partial h}');
    expect(r.proves).toContain('for all real $`h`$');
  });

  it('gradient-formula: the scalar identity, the chain rule for every d, and each (d, j) with d ≤ 5 are accepted', () => {
    const cs = gradientFormulaCertificates();
    expect(cs.map((c) => c.kind)).toEqual(['derivative-identity', 'chain-rule', ...Array(15).fill('derivative-identity')]);
    for (const c of cs) {
      const r = checkCertificate(viaJson(c));
      expect(r.ok, r.detail).toBe(true);
    }
    expect(gradientFormulaCertificates(2)).toHaveLength(5);
    expect(checkCertificate(cs[cs.length - 1]).proves).toContain('w_{5} x_{5}');
  });

  it('sigmoid bounds and directional limits are accepted', () => {
    for (const c of [...sigmoidBoundsCertificates(), ...sigmoidDirectionalLimitCertificates()]) {
      const r = checkCertificate(viaJson(c));
      expect(r.ok, r.detail).toBe(true);
    }
  });

  it('any changed number or symbol in a gradient certificate is rejected (property, fixed seed)', () => {
    const cert = gradientFormulaCertificates(3)[2 + 1 + 2 + 1];
    expect(cert.variable).toBe('w_2');
    const nums = leaves(cert, 'num');
    const syms = leaves(cert, 'sym');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(fc.constant('num' as const), fc.nat(nums.length - 1), fc.integer({ min: -3, max: 3 })),
          fc.tuple(fc.constant('sym' as const), fc.nat(syms.length - 1), fc.constantFrom('t', 'w_1', 'w_2', 'w_3', 'x_1', 'x_2', 'x_3', 'r')),
        ),
        ([op, i, replacement]) => {
          const path = op === 'num' ? nums[i] : syms[i];
          const leaf = path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], cert) as Record<string, string>;
          const value = op === 'num' ? { op, value: String(replacement) } : { op, name: String(replacement) };
          fc.pre(op === 'num' ? leaf.value !== String(replacement) : leaf.name !== replacement);
          expect(checkCertificate(replaceAt(cert, path, value) as Certificate).ok).toBe(false);
        },
      ),
      { seed: 161803, numRuns: 60 },
    );
  });

  it('rejects a changed variable, a swapped expression and a dropped field', () => {
    const cert = gradientFormulaCertificates(2)[3];
    expect(checkCertificate({ ...cert, variable: 'w_2' }).ok).toBe(false);
    expect(checkCertificate({ ...cert, derivative: cert.expression }).ok).toBe(false);
    const { derivative: _dropped, ...rest } = cert;
    expect(checkCertificate(rest as Certificate).ok).toBe(false);
    const [bound] = sigmoidBoundsCertificates();
    expect(checkCertificate({ ...bound, sign: 'negative' }).ok).toBe(false);
  });
});
