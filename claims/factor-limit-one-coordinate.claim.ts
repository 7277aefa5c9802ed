import { defineClaim, type TableEvidence } from '../src/index.js';
import { oneCoordinateWitness } from '../src/neuron/single-point.js';
import { decimalContext } from '../src/numeric/context.js';
import { sigmoid } from '../src/numeric/elementary.js';

const STEPS = [1, 10, 100, 1000];
const DIGITS = 30;

/** s((w − λe_1)·x) at w = 0 for the inputs x = (0, 1), (−1, 0), (1, 0): the factor is s(−λ x_1). */
function alongFirstCoordinate(): TableEvidence {
  const D = decimalContext(DIGITS);
  const at = (x1: number, lambda: number) => sigmoid(D, new D(-lambda * x1));
  const rows = STEPS.map((lambda) => [String(lambda), ...[0, -1, 1].map((x1) => at(x1, lambda).toSignificantDigits(6).toExponential())]);
  const half = STEPS.every((l) => at(0, l).eq(0.5));
  // 1 − s(λ) = s(−λ): computed without rounding s(λ) to 1, it must decrease to 0.
  const gap = (lambda: number) => at(1, lambda);
  const towardOne = STEPS.every((l, i) => i === 0 || gap(l).lt(gap(STEPS[i - 1]))) && gap(1000).lt('1e-400');
  return {
    kind: 'table',
    title: 'The factor s((w − λe₁)·x) at w = 0 as λ grows (30 digits)',
    criterion: 'the literal claim predicts 0 in every column; observed: x = (0, 1) gives 1/2 at every λ and x = (−1, 0) increases toward 1 (1 − s(λ) = s(−λ) decreases below 10^−400), only x = (1, 0) tends to 0',
    columns: ['λ', 'x = (0, 1)', 'x = (−1, 0)', 'x = (1, 0)'],
    rows,
    passed: half && towardOne,
  };
}

export default defineClaim({
  id: 'factor-limit-one-coordinate',
  title: 'Sending one weight to −∞ does not make s(w·x) vanish for every x',
  statement: String.raw`\text{for every } \mathbf{x}, \mathbf{w} \in \mathbb{R}^d \text{ and every } j: \quad \lim_{\lambda \to +\infty} s\bigl((\mathbf{w} - \lambda \mathbf{e}_j)\cdot\mathbf{x}\bigr) = 0`,
  source: 'The sigmoid zeroes at least one position of the $\\mathbf{w}$ vector set to $-\\infty$, as well as the $1-s(\\mathbf{w}\\cdot\\mathbf{x})$ zeroes with one position of $\\mathbf{w}$ set to $+\\infty$.',
  hypotheses: [
    'The question\'s words read literally: "one position of $`\\mathbf w`$ set to $`-\\infty`$" is the limit along $`\\mathbf w - \\lambda \\mathbf e_j`$, $`\\lambda \\to +\\infty`$, for an arbitrary input $`\\mathbf x`$ and starting point $`\\mathbf w`$.',
    'The counterexample: $`d = 2`$, $`j = 1`$, $`\\mathbf x = (0, 1)`$ (so $`x_1 = 0`$); there $`s((\\mathbf w - \\lambda\\mathbf e_1)\\cdot\\mathbf x) = s(w_2)`$ for every $`\\lambda`$, a positive constant, and $`1/2`$ at $`\\mathbf w = 0`$. (With $`x_1 < 0`$ the factor even tends to 1; see factor-limit-direction for the corrected statement.)',
  ],
  expected: 'refuted',
  answers: ['derivation', 'zero-exists'],
  evidence: () => [alongFirstCoordinate()],
  witness: () => oneCoordinateWitness(),
});
