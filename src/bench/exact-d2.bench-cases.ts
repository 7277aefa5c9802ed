/**
 * Benchmark cases of the exact d = 2 elimination (src/algebra/resultant-cofactors.ts): the resultant of P_1, P_2 with
 * its cofactors for the README's four-point example (inputs (1, 0), (0, 1), (1, 1), (1, −1), eliminant of degree 75),
 * with the cofactors per evaluation point from the Sylvester system by fraction-free elimination, against the
 * univariate extended Euclidean algorithm over Q (the first implementation) as baseline.
 */
import { qExtendedGcd, resultantWithCofactors } from '../algebra/resultant-cofactors.js';
import { mpSubstitute, mpToUnivariate } from '../algebra/mpoly-q.js';
import { rat } from '../algebra/rational.js';
import { resultant } from '../algebra/resultant.js';
import { parseDataString } from '../neuron/data.js';
import { sigmoidGradientFactors } from '../neuron/exact-d2.js';
import type { BenchCase } from './types.js';

const FACTORS = sigmoidGradientFactors({ activation: 'sigmoid', loss: 'mse', data: parseDataString('1,0:1/3;0,1:3/4;1,1:1/2;1,-1:2/5') });
const [P1, P2] = FACTORS.map((f) => f.P);
const BASE = 'Euclid over Q at the 92 evaluation points of the 4-point eliminant (resultant + cofactors)';

export const exactD2BenchCases: BenchCase[] = [
  {
    name: BASE,
    run: () => {
      for (let a = 0n; a < 92n; a++) {
        const [f, g] = [P1, P2].map((p) => mpToUnivariate(mpSubstitute(p, 0, rat(a)), 1));
        resultant(f, g);
        qExtendedGcd(f, g);
      }
    },
  },
  { name: 'resultantWithCofactors, 4-point example (Sylvester per point + interpolation + exact identity check)', baseline: BASE, goal: 0.5, run: () => void resultantWithCofactors(P1, P2, 1, 0) },
];
