import {
  andIntro,
  byCertificate,
  checkProperty,
  defineClaim,
  eq,
  forall,
  identityCertificate,
  implies,
  and,
  neNotEq,
  parseRational,
  refuteForall,
  refuteImplies,
} from '../src/index.js';
import { derivative } from '../src/symbolic/derivative.js';
import { num, substitute, sym, type Expr } from '../src/symbolic/expr.js';
import { cmp, div, isZero } from '../src/algebra/rational.js';
import { linearNetworkGradientAt, linearNetworkLoss, linearNetworkLossAt } from '../src/neuron/linear-network.js';
import { dataSums, scalarData, type ScalarDatum } from '../src/neuron/scalar-data.js';

/** Two points (x, t) = (1, 1), (2, 3): S_xx = 5, S_tx = 7, so the hyperbola of minima is ab = 7/5. */
const DATA: ScalarDatum[] = [
  { x: parseRational('1'), t: parseRational('1') },
  { x: parseRational('2'), t: parseRational('3') },
];

/** The loss at (a, b), its partial derivatives, and the same at a second point (p, q). */
const LOSS = linearNetworkLoss(DATA);
const [LA, LB] = [derivative(LOSS, 'a'), derivative(LOSS, 'b')];
const second = (e: Expr): Expr => substitute(substitute(e, 'a', sym('p')), 'b', sym('q'));
const [LOSS2, LA2, LB2] = [second(LOSS), second(LA), second(LB)];
const STATEMENT = forall(['a', 'b', 'p', 'q'], implies(and(eq(LA, '0'), eq(LB, '0'), eq(LA2, '0'), eq(LB2, '0')), eq(LOSS, LOSS2)));
/** The counterexample: the origin (a saddle) and a point of the hyperbola ab = S_tx/S_xx = 7/5. */
const WITNESS: Record<string, string> = { a: '0', b: '0', p: '1', q: '7/5' };
const at = (e: Expr, values: Record<string, string>): Expr => Object.entries(values).reduce((acc, [n, v]) => substitute(acc, n, num(v)), e);

export default defineClaim({
  id: 'linear-network-roots-equal-loss',
  title: "The comment's words: in the linear network all roots of the gradient have the same loss",
  // For the data below: any two zeros (a, b) and (p, q) of ∇L have the same loss. (The comment says it for all data;
  // refuting it for one data set refutes it.) The partial derivatives are written out as the kernel's derivatives.
  statement: STATEMENT,
  gloss: 'for f(x) = a·b·x and the data (1, 1), (2, 3): ∂L/∂a = ∂L/∂b = 0 at (a, b) and at (p, q) implies L(a, b) = L(p, q)',
  source: 'A little more related - the linear network case also has infinitely many roots, but all of them have equivalent loss values. Maybe take a look at solving the linear network case and see if that builds your intuition?',
  hypotheses: [
    'The linear network is read as the smallest network with a hidden unit, $`f(x) = a\\,b\\,x`$ (two weights in series, no activation): it has infinitely many roots, the hyperbola $`ab = c`$, as the comment says. A one-layer linear model $`f = \\mathbf w \\cdot \\mathbf x`$ has a convex loss, whose roots do all share one loss (see `linear-activation-closed-form`).',
    'Scalar data $`(x_i, t_i)`$ with $`S_{xx} = \\sum_i x_i^2 > 0`$ and $`S_{tx} = \\sum_i t_i x_i \\ne 0`$.',
  ],
  expected: 'refuted',
  answers: ['linear-network'],
  properties: (ctx) => [
    checkProperty(
      ctx,
      'exact: for random data with S_tx ≠ 0 (1..8 points, entries p/q, |p| ≤ 20, q ≤ 6), ∇L = 0 at (0, 0) and at (1, S_tx/S_xx), and L(0, 0) > L(1, S_tx/S_xx)',
      [scalarData(8)],
      (data) => {
        const { Sxx, Stx } = dataSums(data);
        if (isZero(Sxx) || isZero(Stx)) return true;
        const c = div(Stx, Sxx);
        const zero = parseRational('0');
        const one = parseRational('1');
        const grads = [...linearNetworkGradientAt(data, zero, zero), ...linearNetworkGradientAt(data, one, c)];
        return grads.every(isZero) && cmp(linearNetworkLossAt(data, zero, zero), linearNetworkLossAt(data, one, c)) > 0;
      },
      150,
    ),
  ],
  // At (a, b) = (0, 0) and (p, q) = (1, 7/5) both gradients vanish (exact identities of closed expressions), but the
  // losses differ (an outward-rounded enclosure of L(0, 0) − L(1, 7/5) excludes 0).
  witness: () => {
    const zero = (e: Expr) => byCertificate(identityCertificate(at(e, WITNESS), num(0)));
    const hypothesis = andIntro(zero(LA), zero(LB), zero(LA2), zero(LB2));
    const differ = neNotEq(byCertificate({ kind: 'interval-sign', lhs: at(LOSS, WITNESS), rhs: at(LOSS2, WITNESS), relation: 'ne', precision: 30 }));
    return refuteForall(refuteImplies(hypothesis, differ), STATEMENT, Object.fromEntries(Object.entries(WITNESS).map(([n, v]) => [n, num(v)])));
  },
  argument:
    'The witness (replayed by the kernel): for the data $`(1, 1), (2, 3)`$ the kernel differentiates $`L`$ and evaluates exactly: both partial derivatives vanish at the origin and at $`(a, b) = (1, 7/5)`$ (a point of the hyperbola $`ab = S_{tx}/S_{xx}`$), while $`L(0, 0) = 5 \\ne \\tfrac1{10} = L(1, 7/5)`$. The origin is a root of the gradient whose loss is higher: it is a saddle (see `linear-network-minima-global`), not a minimum.',
});
