import { checkProperty, defineClaim, parseRational } from '../src/index.js';
import { cmp, div, isZero } from '../src/algebra/rational.js';
import { dataSums, linearNetworkGradientAt, linearNetworkLossAt, linearNetworkWitness, scalarData, type ScalarDatum } from '../src/neuron/closed-forms.js';

/** Two points (x, t) = (1, 1), (2, 3): S_xx = 5, S_tx = 7, so the hyperbola of minima is ab = 7/5. */
const DATA: ScalarDatum[] = [
  { x: parseRational('1'), t: parseRational('1') },
  { x: parseRational('2'), t: parseRational('3') },
];

export default defineClaim({
  id: 'linear-network-roots-equal-loss',
  title: "The comment's words: in the linear network all roots of the gradient have the same loss",
  statement: String.raw`\text{for } f(x) = a\,b\,x,\ L(a, b) = \tfrac12 \sum_i (t_i - a b x_i)^2: \quad \nabla L(a, b) = \nabla L(a', b') = \mathbf 0 \;\Longrightarrow\; L(a, b) = L(a', b')`,
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
  witness: () => linearNetworkWitness(DATA),
  argument:
    'The witness: for the data $`(1, 1), (2, 3)`$ the kernel differentiates $`L`$ and evaluates exactly: both partial derivatives vanish at the origin and at $`(a, b) = (1, 7/5)`$ (a point of the hyperbola $`ab = S_{tx}/S_{xx}`$), while $`L(0, 0) = 5 \\ne \\tfrac1{10} = L(1, 7/5)`$. The origin is a root of the gradient whose loss is higher: it is a saddle (see `linear-network-minima-global`), not a minimum.',
});
