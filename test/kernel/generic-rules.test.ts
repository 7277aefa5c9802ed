import { describe, expect, it } from 'vitest';
import { rat } from '../../src/algebra/rational.js';
import { galoisCertificate, irreducibilityCertificate } from '../../src/algebra/galois.js';
import { replayProof } from '../../src/kernel/proof.js';
import type { Certificate } from '../../src/kernel/types.js';
import { genericDenominatorCertificate, genericIdentityCertificate, genericSigmoidStationarity, specializedNumerator } from '../../src/neuron/generic-stationarity.js';

const g = genericSigmoidStationarity([1n, 2n]);
const septic = specializedNumerator(g, [rat(1n, 3n), rat(3n, 4n)]);
const galois = galoisCertificate(septic);
const irreducible = irreducibilityCertificate(septic)!;
const cert = (c: Certificate) => ({ rule: 'certificate', certificate: c });
const transfer = (args: Record<string, unknown> = {}) => ({
  rule: 'generic-exp-transfer',
  premises: [cert(genericIdentityCertificate(g)), cert(genericDenominatorCertificate(g))],
  args: { params: g.params, c: { op: 'num', value: g.scale.toString() }, m: g.shift, N: g.numerator, D: g.denominator, ...args },
});
const specialization = (at: Record<string, string>, premises = [cert(irreducible), cert((galois as { certificate: Certificate }).certificate)]) => ({
  rule: 'galois-specialization',
  premises,
  args: { params: g.params, poly: g.numerator, at },
});
const chain = (at: Record<string, string>) => ({ rule: 'generic-stationary-not-radical', premises: [transfer(), { rule: 'hilbert-no-radical', premises: [specialization(at)] }] });
const run = (t: unknown) => replayProof(t, { lemmas: new Map() });

describe('generic theorems with symbolic targets', () => {
  it('one certified specialization gives the statement for all targets outside a thin set', () => {
    expect(galois.status).toBe('symmetric');
    const r = run(chain({ t1: '1/3', t2: '3/4' }));
    expect(r.ok, r.detail).toBe(true);
    expect(r.conclusion?.op).toBe('generic-stationary-not-radical');
  });

  it('refuses a specialization at other targets than the certified polynomial, a degree drop, or missing values', () => {
    expect(JSON.stringify(run(specialization({ t1: '1/2', t2: '3/4' })))).toMatch(/not a rational multiple/);
    expect(JSON.stringify(run(specialization({ t1: '1', t2: '3/4' })))).toMatch(/degree drops/);
    expect(JSON.stringify(run(specialization({ t1: '1/3' })))).toMatch(/exactly the parameters/);
    expect(JSON.stringify(run(specialization({ t1: '1/3', t2: '3/4' }, [cert(irreducible)])))).toMatch(/takes 2 premises/);
  });

  it('refuses a transfer whose derivative is not of the stated form, and Hilbert below degree 5', () => {
    expect(JSON.stringify(run(transfer({ m: g.shift + 1 })))).toMatch(/derivative is not c e\^\{mw\}/);
    expect(JSON.stringify(run(transfer({ c: { op: 'num', value: '0' } })))).toMatch(/non-zero rational/);
    const quadratic = { rule: 'galois-symmetric-stub' };
    expect(run({ rule: 'hilbert-no-radical', premises: [quadratic] }).ok).toBe(false);
    const low = { rule: 'hilbert-no-radical', premises: [{ rule: 'certificate', certificate: { kind: 'galois-symmetric', polynomial: ['1', '0', '-2'], primes: [] } }] };
    expect(run(low).ok).toBe(false);
  });
});
