import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rat } from '../../src/algebra/rational.js';
import { checkCertificate } from '../../src/kernel/checkers.js';
import { pointModel } from '../../src/neuron/evaluate.js';
import {
  certifiedStationarity,
  lossExpr,
  stationarityIdentityCertificate,
  toModelProblem,
} from '../../src/neuron/stationarity-certificate.js';
import { stationarityPolynomial, type Activation, type Loss, type ScalarProblem } from '../../src/neuron/stationarity.js';
import { decimalContext } from '../../src/numeric/context.js';
import type { Expr } from '../../src/symbolic/expr.js';

const SEED = 271828;

const problem = (activation: Activation, loss: Loss, data: [number, number, number][]): ScalarProblem => ({
  activation,
  loss,
  data: data.map(([x, p, q]) => ({ x: BigInt(x), t: rat(p, q) })),
});

/** A double-precision value of an expression in the one symbol w (test oracle only). */
function evaluate(e: Expr, w: number): number {
  switch (e.op) {
    case 'num': {
      const [p, q] = e.value.split('/');
      return Number(p) / (q === undefined ? 1 : Number(q));
    }
    case 'sym':
      return w;
    case 'add':
      return e.args.reduce((s, a) => s + evaluate(a, w), 0);
    case 'mul':
      return e.args.reduce((s, a) => s * evaluate(a, w), 1);
    case 'neg':
      return -evaluate(e.arg, w);
    case 'div':
      return evaluate(e.numerator, w) / evaluate(e.denominator, w);
    case 'pow':
      return evaluate(e.base, w) ** e.exponent;
    case 'exp':
      return Math.exp(evaluate(e.arg, w));
    case 'ln':
      return Math.log(evaluate(e.arg, w));
  }
}

const EXAMPLES: ScalarProblem[] = [
  problem('sigmoid', 'mse', [[1, 1, 3], [2, 3, 4]]),
  problem('sigmoid', 'mse', [[1, 9, 10], [3, 2, 3]]),
  problem('sigmoid', 'mse', [[-2, 1, 3], [0, 5, 7], [1, 1, 2]]),
  problem('sigmoid', 'xent', [[1, 1, 3], [2, 3, 4], [3, 2, 5]]),
  problem('tanh', 'mse', [[1, -1, 3], [2, 1, 2]]),
  problem('tanh', 'mse', [[-1, 1, 5], [3, -1, 2]]),
  problem('exp', 'mse', [[1, 1, 3], [2, 3, 4], [3, 2, 5]]),
  problem('exp', 'mse', [[-2, 1, 3], [1, 2, 1]]),
];

describe('stationarityIdentityCertificate', () => {
  it.each(EXAMPLES.map((p) => [`${p.activation}/${p.loss} ${p.data.map((d) => `(${d.x}, ${d.t.num}/${d.t.den})`).join(' ')}`, p] as const))(
    'is accepted by the kernel for %s',
    (_, p) => {
      const result = checkCertificate(stationarityIdentityCertificate(p));
      expect(result.ok, result.detail).toBe(true);
      expect(result.kind).toBe('derivative-identity');
    },
  );

  it('is rejected when N, the scale or the shift is perturbed, or a data point is dropped', () => {
    const p = EXAMPLES[0];
    const sp = stationarityPolynomial(p);
    const tampered = [
      { ...sp, numerator: sp.numerator.map((c, i) => (i === 0 ? c + 1n : c)) },
      { ...sp, numerator: sp.numerator.map((c, i) => (i === sp.numerator.length - 1 ? -c : c)) },
      { ...sp, scale: rat(1, 5) },
      { ...sp, shift: sp.shift + 1 },
      { ...sp, denominator: sp.denominator.map((c, i) => (i === 1 ? c + 1n : c)) },
    ];
    for (const bad of tampered) expect(checkCertificate(stationarityIdentityCertificate(p, bad)).ok).toBe(false);
    const fewer: ScalarProblem = { ...p, data: p.data.slice(0, 1) };
    expect(checkCertificate(stationarityIdentityCertificate(fewer, sp)).ok).toBe(false);
  });

  it('writes the loss the model evaluates: lossExpr at sampled w agrees with the 30-digit model to 1e-12', () => {
    const data = fc.array(fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -2, max: 6 }), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 3 });
    const kind = fc.constantFrom<[Activation, Loss]>(['sigmoid', 'mse'], ['sigmoid', 'xent'], ['tanh', 'mse'], ['exp', 'mse']);
    fc.assert(
      fc.property(kind, data, fc.integer({ min: -20, max: 20 }), ([a, l], pts, k) => {
        const p = problem(a, l, pts);
        const w = k / 10;
        const D = decimalContext(30);
        const expected = pointModel(toModelProblem(p), 30).loss([new D(w)]).toNumber();
        const actual = evaluate(lossExpr(p), w);
        expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('refuses cross-entropy without the sigmoid', () => {
    expect(() => lossExpr(problem('tanh', 'xent', [[1, 1, 2]]))).toThrow(/cross-entropy needs the sigmoid/);
  });
});

describe('certifiedStationarity', () => {
  it('bundles the identity, D > 0, the root count and one isolation per point, all accepted', () => {
    const { exact, certificates } = certifiedStationarity(EXAMPLES[1]);
    expect(exact.points.map((p) => p.kind)).toEqual(['minimum', 'maximum', 'minimum']);
    expect(certificates.map((c) => c.kind)).toEqual(['derivative-identity', 'real-root-count', 'real-root-count', 'isolated-root', 'isolated-root', 'isolated-root']);
    for (const c of certificates) expect(checkCertificate(c).ok).toBe(true);
  });
});
