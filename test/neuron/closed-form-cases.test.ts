import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, eq, isZero, mul, parseRational, rat, ratToString, sub, type Rational } from '../../src/algebra/rational.js';
import { rational } from '../../src/evidence/arbitraries.js';
import { checkCertificate } from '../../src/kernel/checkers.js';
import type { Certificate } from '../../src/kernel/types.js';
import { decimalContext } from '../../src/numeric/context.js';
import { determinant, identityMatrix, inverseExact, ldlt, leadingPrincipalMinors, matMul, matVec, pseudoInverseRows, solveExact, transpose, type QMatrix } from '../../src/algebra/matrix-q.js';
import { crossEntropyGradientAD, crossEntropyGradientFormula, crossEntropyGradientRichardson } from '../../src/neuron/cross-entropy-evidence.js';
import { independentRowsInstance, interpolationGradientVanishes, pseudoInverseInstanceCertificates, sigmoidAtLogitCertificates, symbolicPseudoInverseCertificates } from '../../src/neuron/interpolation.js';
import { fullRankData, leastSquaresCertificates, normalEquationsSolution, symbolicLeastSquaresCertificates } from '../../src/neuron/least-squares.js';
import { linearNetworkCertificates, linearNetworkLoss, linearNetworkWitness } from '../../src/neuron/linear-network.js';
import { quadraticActivationCertificates, quadraticSums } from '../../src/neuron/quadratic-activation.js';
import { reluInstanceCertificates, reluPiecewiseCertificates, reluSides, reluSlopeAD, reluSlopeExact, reluUnexplainedSignChanges } from '../../src/neuron/relu-activation.js';
import { mean, repeatedInputCertificates, repeatedInputGradientAD, repeatedInputGradientVanishes } from '../../src/neuron/repeated-input.js';
import { dataSums, newtonStationaryPoint, scalarProblem, type ScalarDatum } from '../../src/neuron/scalar-data.js';
import { exactValueAt } from '../../src/symbolic/exact-certificates.js';
import { linearCombination, shiftedSymbol } from '../../src/symbolic/linear-forms.js';
import { crossEntropyGradientCertificates } from '../../src/symbolic/cross-entropy.js';
import { sym } from '../../src/symbolic/expr.js';
import { toLatex } from '../../src/symbolic/print.js';

const SEED = 20160829;
const R = (rows: string[][]): QMatrix => rows.map((row) => row.map(parseRational));
const data = (points: [string, string][]): ScalarDatum[] => points.map(([x, t]) => ({ x: parseRational(x), t: parseRational(t) }));
const sameMatrix = (A: QMatrix, B: QMatrix): boolean => A.length === B.length && A.every((row, i) => row.length === B[i].length && row.every((v, j) => eq(v, B[i][j])));
const accepted = (cs: Certificate[]): boolean => cs.every((c) => checkCertificate(c).ok);

/** det by cofactor expansion: an independent reference for the fraction-free elimination. */
function cofactorDeterminant(A: QMatrix): Rational {
  if (A.length === 0) return rat(1n);
  return A[0].reduce((acc, a, j) => {
    const minor = cofactorDeterminant(A.slice(1).map((row) => row.filter((_, k) => k !== j)));
    const term = mul(a, minor);
    return j % 2 === 0 ? add(acc, term) : sub(acc, term);
  }, rat(0n));
}

const square = fc.integer({ min: 1, max: 4 }).chain((n) => fc.array(fc.array(rational(9n, 4n), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }));

describe('exact linear algebra over Q', () => {
  it('transposes and multiplies', () => {
    const A = R([['1', '2', '3'], ['4', '5', '6']]);
    expect(transpose(A)).toEqual(R([['1', '4'], ['2', '5'], ['3', '6']]));
    expect(matMul(A, transpose(A))).toEqual(R([['14', '32'], ['32', '77']]));
    expect(matVec(A, R([['1', '0', '-1']])[0])).toEqual(R([['-2', '-2']])[0]);
    expect(identityMatrix(2)).toEqual(R([['1', '0'], ['0', '1']]));
  });

  it('computes determinants equal to cofactor expansion, with row swaps and singular matrices (fixed seed)', () => {
    expect(determinant(R([['0', '1'], ['1', '0']]))).toEqual(rat(-1n));
    expect(determinant(R([['0', '2', '1'], ['1', '1', '0'], ['3', '0', '1/2']]))).toEqual(cofactorDeterminant(R([['0', '2', '1'], ['1', '1', '0'], ['3', '0', '1/2']])));
    expect(determinant(R([['1', '2'], ['2', '4']]))).toEqual(rat(0n));
    expect(determinant([])).toEqual(rat(1n));
    fc.assert(fc.property(square, (A) => eq(determinant(A), cofactorDeterminant(A))), { seed: SEED, numRuns: 300 });
  });

  it('solves and inverts exactly, and reports singular systems (fixed seed)', () => {
    fc.assert(
      fc.property(square, (A) => {
        const inverse = inverseExact(A);
        if (isZero(cofactorDeterminant(A))) return inverse === null;
        const n = A.length;
        return inverse !== null && sameMatrix(matMul(A, inverse), identityMatrix(n)) && sameMatrix(matMul(inverse, A), identityMatrix(n));
      }),
      { seed: SEED, numRuns: 300 },
    );
    expect(solveExact(R([['1', '1'], ['1', '1']]), R([['1'], ['2']]))).toBeNull();
    expect(solveExact(R([['0', '2'], ['3', '0']]), R([['4'], ['9']]))).toEqual(R([['3'], ['2']]));
  });

  it('pseudo-inverts matrices with independent rows: X·X⁺ = I (fixed seed); dependent rows give null', () => {
    fc.assert(
      fc.property(independentRowsInstance(4), ({ X }) => {
        const P = pseudoInverseRows(X);
        return P !== null && sameMatrix(matMul(X, P), identityMatrix(X.length));
      }),
      { seed: SEED, numRuns: 150 },
    );
    expect(pseudoInverseRows(R([['1', '2', '3'], ['2', '4', '6']]))).toBeNull();
  });

  it('factors symmetric matrices as L·diag(D)·Lᵀ, and leading minors are the products of the pivots (fixed seed)', () => {
    fc.assert(
      fc.property(square, (B) => {
        const A = matMul(transpose(B), B);
        const minors = leadingPrincipalMinors(A);
        const f = ldlt(A);
        if (f === null) return minors.some(isZero);
        const rebuilt = matMul(matMul(f.L, f.D.map((d, i) => f.D.map((_, j) => (i === j ? d : rat(0n))))), transpose(f.L));
        let product = rat(1n);
        return sameMatrix(rebuilt, A) && f.D.every((d, k) => eq(minors[k], (product = mul(product, d))));
      }),
      { seed: SEED, numRuns: 200 },
    );
    expect(ldlt(R([['0', '1'], ['1', '0']]))).toBeNull();
    expect(leadingPrincipalMinors(R([['2', '1'], ['1', '-3']]))).toEqual([rat(2n), rat(-7n)]);
  });

  it('solves the normal equations exactly (fixed seed)', () => {
    fc.assert(
      fc.property(fullRankData(3, 6), ({ X, t }) => {
        const w = normalEquationsSolution(X, t);
        return w !== null && matVec(transpose(X), matVec(X, w).map((v, i) => sub(v, t[i]))).every(isZero);
      }),
      { seed: SEED, numRuns: 150 },
    );
    expect(normalEquationsSolution(R([['1', '2'], ['2', '4']]), [rat(1n), rat(2n)])).toBeNull();
  });
});

describe('expressions', () => {
  it('prints linear combinations and shifts without double signs', () => {
    const [a, b, c] = ['a', 'b', 'c'].map(sym);
    expect(toLatex(linearCombination([rat(1n), rat(-1n), rat(-3n, 2n)], [a, b, c]))).toBe('a - b - \\frac{3}{2} c');
    expect(toLatex(linearCombination([rat(0n), rat(2n)], [a, b]))).toBe('2 b');
    expect(toLatex(linearCombination([rat(0n)], [a]))).toBe('0');
    expect(toLatex(shiftedSymbol('w', rat(-2n, 5n)))).toBe('w + \\frac{2}{5}');
    expect(toLatex(shiftedSymbol('w', rat(8n, 5n)))).toBe('w - \\frac{8}{5}');
  });
});

describe('certificate builders: accepted by the kernel', () => {
  const X = R([['1', '2', '0', '-1'], ['0', '1', '3', '1/2'], ['2', '-1', '1', '1']]);
  const NETWORK = data([['1', '1'], ['2', '3']]);
  const MIXED = data([['1', '2'], ['2', '3'], ['-1', '1'], ['-2', '1/2'], ['0', '1']]);

  it('for cross-entropy, interpolation and repeated inputs', () => {
    expect(accepted(crossEntropyGradientCertificates(2))).toBe(true);
    expect(accepted(symbolicPseudoInverseCertificates(2, 2))).toBe(true);
    expect(accepted(pseudoInverseInstanceCertificates(X))).toBe(true);
    expect(accepted(sigmoidAtLogitCertificates())).toBe(true);
    expect(accepted(repeatedInputCertificates(3))).toBe(true);
    expect(() => pseudoInverseInstanceCertificates(R([['1', '2'], ['2', '4']]))).toThrow(RangeError);
  });

  it('for the linear network, least squares, the quadratic and the relu activation', () => {
    expect(accepted(linearNetworkCertificates(2))).toBe(true);
    expect(checkCertificate(linearNetworkWitness(NETWORK)).ok).toBe(true);
    expect(accepted(leastSquaresCertificates(R([['1', '0'], ['1', '1'], ['1', '2']]), [rat(1n), rat(3n), rat(2n)]))).toBe(true);
    expect(accepted(symbolicLeastSquaresCertificates(2, 2))).toBe(true);
    expect(accepted(quadraticActivationCertificates(2))).toBe(true);
    expect(accepted(reluPiecewiseCertificates(2))).toBe(true);
    expect(accepted(reluInstanceCertificates(MIXED))).toBe(true);
  });

  it('negative controls: tampered instances are rejected', () => {
    const instance = pseudoInverseInstanceCertificates(X)[0];
    const otherRow = { ...instance, rhs: sym('c_2') };
    expect(checkCertificate(otherRow).ok).toBe(false);
    // A witness at a point off the hyperbola: the gradient there is not 0.
    const witness = linearNetworkWitness(NETWORK) as unknown as { parts: Certificate[] };
    const moved = JSON.parse(JSON.stringify(witness.parts[0]).replace('"7/5"', '"3/2"')) as Certificate;
    expect(checkCertificate(moved).detail).toContain('exact value');
    expect(() => linearNetworkWitness(data([['1', '1'], ['1', '-1']]))).toThrow(RangeError);
    // Least squares at a perturbed "solution": the exact gradient is not 0.
    const [gradient] = leastSquaresCertificates(R([['1', '0'], ['1', '1'], ['1', '2']]), [rat(1n), rat(3n), rat(2n)]);
    const perturbed = JSON.parse(JSON.stringify(gradient)) as { points: { at: Record<string, string> }[] } & Certificate;
    expect(perturbed.points[0].at.w_1).toBe('3/2');
    perturbed.points[0].at.w_1 = '2';
    const r = checkCertificate(perturbed);
    expect(r.ok).toBe(false);
    expect(r.detail).toContain('exact value');
    expect(() => leastSquaresCertificates(R([['1', '2'], ['2', '4']]), [rat(1n), rat(2n)])).toThrow(RangeError);
  });
});

describe('scalar closed forms', () => {
  it('computes sums, means and relu sides exactly', () => {
    const d = data([['1', '2'], ['2', '3'], ['-1', '1'], ['-2', '1/2'], ['0', '1']]);
    expect(dataSums(d)).toEqual({ Sxx: rat(10n), Stx: rat(6n), Stt: rat(61n, 4n) });
    expect(mean([rat(1n), rat(2n), rat(1n, 2n)])).toEqual(rat(7n, 6n));
    expect(quadraticSums(data([['1', '2'], ['2', '1'], ['-1', '3/2']]))).toEqual({ A: rat(15n, 2n), B: rat(18n) });
    const [plus, minus] = reluSides(d);
    expect(plus.point && ratToString(plus.point)).toBe('8/5');
    expect(minus.point && ratToString(minus.point)).toBe('-2/5');
    expect(plus.onSide && minus.onSide).toBe(true);
    expect(plus.inactive.length).toBe(3);
    const flat = reluSides(data([['-1', '1']]))[0];
    expect(flat.point).toBeNull();
    expect(flat.onSide).toBe(false);
  });

  it('relu: the AD slope equals the side formula, and the grid scan finds only closed-form points', () => {
    const d = data([['1', '2'], ['2', '3'], ['-1', '1'], ['-2', '1/2'], ['0', '1']]);
    expect(reluSlopeExact(d, rat(1n))).toEqual(rat(-3n));
    expect(reluSlopeAD(d, rat(1n), 30).toNumber()).toBeCloseTo(-3, 20);
    expect(reluSlopeExact(d, rat(-1n))).toEqual(rat(-3n));
    expect(() => reluSlopeExact(d, rat(0n))).toThrow(RangeError);
    expect(reluUnexplainedSignChanges(d, 30)).toEqual([]);
  });

  it('finds √(A/B) by Newton on AD derivatives, and the exact helpers differentiate exactly', () => {
    const d = data([['1', '2'], ['2', '1'], ['-1', '3/2']]);
    const w = newtonStationaryPoint(scalarProblem('square', d), new (decimalContext(40))(0.6), 40);
    const D = decimalContext(45);
    expect(w.minus(D.div(5, 12).sqrt()).abs().lt('1e-38')).toBe(true);
    const L = linearNetworkLoss(data([['1', '1'], ['2', '3']]));
    expect(exactValueAt(L, { a: rat(0n), b: rat(0n) })).toEqual(rat(5n));
    expect(exactValueAt(L, { a: rat(0n), b: rat(0n) }, ['a', 'b'])).toEqual(rat(-7n));
    expect(exactValueAt(L, { a: rat(1n), b: rat(7n, 5n) }, ['a'])).toEqual(rat(0n));
  });
});

describe('numeric evidence helpers', () => {
  const w = [rat(1n, 2n), rat(-3n, 4n)];
  const x = [rat(3n), rat(1n, 5n)];
  it('cross-entropy: formula, AD and Richardson agree', () => {
    const D = decimalContext(40);
    const f = crossEntropyGradientFormula(w, x, rat(1n, 3n), 30);
    const a = crossEntropyGradientAD(w, x, rat(1n, 3n), 30);
    const r = crossEntropyGradientRichardson(w, x, rat(1n, 3n), 30);
    for (let j = 0; j < 2; j++) {
      expect(new D(f[j]).minus(a[j]).abs().lt('1e-27')).toBe(true);
      expect(new D(f[j]).minus(r[j]).abs().lt('1e-20')).toBe(true);
    }
    // A wrong target changes the gradient: the comparison is not vacuous.
    expect(new D(crossEntropyGradientAD(w, x, rat(1n, 2n), 30)[0]).minus(f[0]).abs().gt('1e-3')).toBe(true);
  });

  it('the closed-form zeros make the AD gradient vanish; other points do not', () => {
    const X = R([['1', '2', '0'], ['0', '1', '3']]);
    expect(interpolationGradientVanishes(X, [rat(1n, 3n), rat(3n, 4n)], 40, 32)).toBe(true);
    expect(repeatedInputGradientVanishes([rat(2n), rat(-1n)], [rat(1n, 5n), rat(1n, 2n), rat(9n, 10n)], 40, 32)).toBe(true);
    const away = repeatedInputGradientAD([rat(0n), rat(0n)], [rat(2n), rat(-1n)], [rat(1n, 5n), rat(1n, 2n), rat(9n, 10n)], 40);
    expect(Math.abs(Number(away[0]))).toBeGreaterThan(0.01);
  });
});
