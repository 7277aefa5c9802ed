import fc from 'fast-check';
import { and, andIntro, checkProperty, defineClaim, rat, rationalIn, squaredLossGradientAD, type Rational } from '../src/index.js';
import { decimalContext } from '../src/numeric/context.js';
import { existenceTheorem } from '../src/neuron/existence-d1.js';

/** The input signs of n = 1, 2, 3 points up to the order of the points (the loss is a sum): every non-zero sign pattern. */
const SIGNS: (1 | -1)[][] = [[1], [-1], [1, 1], [1, -1], [-1, -1], [1, 1, 1], [1, 1, -1], [1, -1, -1], [-1, -1, -1]];
/** One statement and one proof per sign pattern, conjoined. */
const THEOREMS = SIGNS.map(existenceTheorem);

/** L′(w) = Σ_i ∂/∂w ½(t_i − s(x_i w))² by forward-mode AD at 60 digits (not the gradient formula), at an integer w. */
function slope(data: readonly { x: bigint; t: Rational }[], w: bigint): number {
  const D = decimalContext(60);
  const total = data.reduce((acc, { x, t }) => D.add(acc, squaredLossGradientAD([rat(w)], [rat(x)], t, 60)[0]), new D(0));
  return total.cmp(0);
}

/** Data of 1–5 points, inputs non-zero integers in [−5, 5] of either sign, targets in (0, 1) with denominators ≤ 20. */
const data = fc.array(
  fc.record({
    x: fc.bigInt({ min: -5n, max: 5n }).filter((x) => x !== 0n),
    t: rationalIn(0n, 1n, 20n).filter((t) => t.num > 0n && t.num < t.den),
  }),
  { minLength: 1, maxLength: 5 },
);

export default defineClaim({
  id: 'stationary-point-exists-d1',
  title: 'd = 1, n = 1, 2, 3 points with non-zero inputs and any targets in (0, 1): L′ has a finite zero (intermediate value theorem)',
  statement: and(...THEOREMS.map((t) => t.statement)),
  gloss:
    "for n = 1, 2, 3 points with non-zero inputs y_i = ±x_i (x_i > 0; every sign pattern, up to the order of the points) and targets t_i = s(y_i(a_i − b_i)), a_i, b_i > 0 (which is every target in (0, 1)): the kernel's derivative of L(w) = ½Σ(t_i − s(y_i w))² is the stated L′, and L′(w) = 0 for some real w",
  source: 'does the gradient expression even have a zero, even if it cannot be found in a closed-form?',
  hypotheses: [
    'Scalar weight $`w`$, sigmoid activation, squared loss, $`n \\in \\{1, 2, 3\\}`$ points (the proposition language has no symbolic $`n`$), inputs $`y_i = \\pm x_i`$ with $`x_i > 0`$ symbolic: one conjunct per sign pattern, up to the order of the points (the loss is a sum over the points, so reordering them only renames symbols).',
    'Targets are written $`t_i = s(y_i(a_i - b_i))`$ with $`a_i, b_i > 0`$: every $`t_i \\in (0, 1)`$ is of this form (take $`c = \\ln\\frac{t_i}{1 - t_i} / y_i`$, $`a_i = |c| + 1`$, $`b_i = a_i - c`$), so the statement covers every target in $`(0, 1)`$.',
    'Not checked by the kernel (said here, not proved): a point with input $`0`$ adds a constant to $`L`$ and nothing to $`L\'`$, so with it the result extends to every data set of at most 3 points with targets in $`(0, 1)`$ and some $`x_i \\neq 0`$. The property test below samples 1 to 5 points.',
    'What can fail outside these hypotheses: targets at or beyond $`\\{0, 1\\}`$ on separable data give no finite zero at all (claim no-finite-zero-separable).',
  ],
  expected: 'proved',
  dependsOn: [],
  answers: ['zero-exists'],
  argument: [
    "The kernel differentiates $`L`$ and checks the stated $`L'`$. With $`W = 1 + \\sum_j (a_j + b_j)`$ and $`c_i = a_i - b_i`$, the numbers $`v_i = x_i(W - c_i)`$ and $`x_i(W + c_i)`$ are polynomials with positive coefficients in positive symbols (positivity), so by exp-increasing $`e^{v_i} > 1`$.",
    "For $`y_i = x_i`$, writing $`e^{x_i W} = e^{x_i c_i}(1 + d_i)`$ with $`d_i = e^{v_i} - 1 > 0`$, the term $`y_i (s(y_i W) - t_i)\\, s(1 - s)`$ of $`L'(W)`$ becomes a rational function of $`d_i`$ and exponentials with positive coefficients; for $`y_i = -x_i`$ the same holds with $`e^{-x_i c_i} = e^{-x_i W}(1 + d_i)`$. So $`L'(W) > 0`$ (positive-substitution), and likewise $`L'(-W) < 0`$.",
    "$`L'`$ is built from $`+, \\times, \\div`$ and $`\\exp`$ with denominators $`1 + e^{\\cdots} > 0`$, so it is defined, hence continuous, on all of $`\\mathbb R`$, and the intermediate value theorem gives a zero in $`(-W, W)`$.",
  ].join('\n\n'),
  properties: (ctx) => [
    checkProperty(
      ctx,
      "random data, 1–5 points, inputs non-zero integers in [−5, 5] of either sign, targets in (0, 1): L′(W) > 0 > L′(−W) at the integer W = 1 + Σ ⌈|logit t_i|/|x_i|⌉ (forward-mode AD at 60 digits)",
      [data],
      (points) => {
        const W = 1n + points.reduce((acc, { x, t }) => acc + BigInt(Math.ceil(Math.abs(Math.log(Number(t.num) / Number(t.den - t.num))) / Math.abs(Number(x)))), 0n);
        return slope(points, W) > 0 && slope(points, -W) < 0;
      },
    ),
  ],
  certificate: () => THEOREMS.flatMap((t) => t.certificates),
  proof: () => andIntro(...THEOREMS.map((t) => t.proof)),
});
