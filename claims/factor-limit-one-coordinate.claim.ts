import { byCertificate, conv, defineClaim, forall, limit, limitCertificate, limitUnique, parseExpr, refuteForall, type TableEvidence } from '../src/index.js';
import type { Prop } from '../src/kernel/proposition.js';
import { substitute } from '../src/symbolic/expr.js';
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

/** The question's reading for d = 2, j = 1: s((w − λe₁)·x) = s((w₁ − λ)x₁ + w₂x₂) → 0 as λ → +∞, for all w, x ∈ R². */
const FACTOR = 'sigmoid((w_1 - lambda)*x_1 + w_2*x_2)';
const STATEMENT = forall(['w_1', 'w_2', 'x_1', 'x_2'], limit(FACTOR, 'lambda', '+inf', '0'));
/** The counterexample: w = 0, x = (0, 1), where the factor is s(0) = 1/2 for every λ. */
const AT = { w_1: '0', w_2: '0', x_1: '0', x_2: '1' };

/**
 * ¬∀w, x: lim s((w₁ − λ)x₁ + w₂x₂) = 0: at AT the factor is the constant 1/2 (the limit certificate of the constant,
 * converted to the factor as written), whose limit 1/2 is not 0.
 */
function witness() {
  const atWitness = Object.entries(AT).reduce((e, [n, v]) => substitute(e, n, parseExpr(v)), parseExpr(FACTOR));
  const half = byCertificate(limitCertificate(parseExpr('1/2'), 'lambda', '+infinity', parseExpr('1/2')));
  const factorLimit = conv(half, { op: 'limit', fn: atWitness, var: 'lambda', at: '+inf', value: parseExpr('1/2') } satisfies Prop);
  return refuteForall(limitUnique(factorLimit, '0'), STATEMENT, AT);
}

export default defineClaim({
  id: 'factor-limit-one-coordinate',
  title: 'Sending one weight to −∞ does not make s(w·x) vanish for every x',
  statement: STATEMENT,
  gloss: 'for all w, x ∈ R² (already d = 2, j = 1 of the question\'s "every d and every j"): s((w − λe₁)·x) → 0 as λ → +∞',
  source: 'The sigmoid zeroes at least one position of the $\\mathbf{w}$ vector set to $-\\infty$, as well as the $1-s(\\mathbf{w}\\cdot\\mathbf{x})$ zeroes with one position of $\\mathbf{w}$ set to $+\\infty$.',
  hypotheses: [
    'The question\'s words read literally: "one position of $`\\mathbf w`$ set to $`-\\infty`$" is the limit along $`\\mathbf w - \\lambda \\mathbf e_j`$, $`\\lambda \\to +\\infty`$, for an arbitrary input $`\\mathbf x`$ and starting point $`\\mathbf w`$.',
    'The formal statement is the case $`d = 2`$, $`j = 1`$, with $`(\\mathbf w - \\lambda\\mathbf e_1)\\cdot\\mathbf x = (w_1 - \\lambda)x_1 + w_2x_2`$ written out; refuting it refutes the statement for every $`d`$ and $`j`$, which contains it.',
    'The counterexample: $`d = 2`$, $`j = 1`$, $`\\mathbf x = (0, 1)`$ (so $`x_1 = 0`$); there $`s((\\mathbf w - \\lambda\\mathbf e_1)\\cdot\\mathbf x) = s(w_2)`$ for every $`\\lambda`$, a positive constant, and $`1/2`$ at $`\\mathbf w = 0`$. (With $`x_1 < 0`$ the factor even tends to 1; see factor-limit-direction for the corrected statement.)',
  ],
  expected: 'refuted',
  answers: ['derivation', 'zero-exists'],
  evidence: () => [alongFirstCoordinate()],
  witness,
});
