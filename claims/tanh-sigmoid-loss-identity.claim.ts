import { and, andIntro, byCertificate, chainLinearForm, conv, defineClaim, deriv, derivativeIdentityCertificate, eq, forall, gradientOfLinearForm, identityCertificate, linearFormIntro, parseExpr, atLinearForm } from '../src/index.js';

/** The full-loss identity is stated for N points (x_i, y_i, z_i) in R^3 with targets t_i and weights w_1, w_2, w_3; per point it holds for every d. */
const N = 4;
const D = 3;
const range = (k: number) => Array.from({ length: k }, (_, i) => i + 1);
/** w·x_i for point i, written out in D coordinates. */
const COORDINATES = ['x', 'y', 'z'];
const dot = (i: number) => `(${COORDINATES.map((c, j) => `w_${j + 1}*${c}_${i}`).join(' + ')})`;
const L_TANH = range(N).map((i) => `1/2*(t_${i} - tanh${dot(i)})^2`).join(' + ');
const L_SIGMOID_2W = range(N).map((i) => `1/2*((t_${i} + 1)/2 - sigmoid(2*${dot(i)}))^2`).join(' + ');
const DATA = [...range(N).flatMap((i) => [`t_${i}`, ...COORDINATES.map((c) => `${c}_${i}`)]), ...range(D).map((j) => `w_${j}`)];

/** One point: ½(t − tanh h)² = 4 · ½((t + 1)/2 − s(2h))². */
const POINT_TANH = '1/2*(t - tanh(h))^2';
const POINT_SIGMOID = '4*(1/2*((t + 1)/2 - sigmoid(2*h))^2)';
/** d/dh of the one-point tanh loss, written as 8 times the one-point sigmoid slope −(u − s(v)) s(v)(1 − s(v)) at u = (t + 1)/2, v = 2h. */
const POINT_SLOPE = '8*(-((t + 1)/2 - sigmoid(2*h))*sigmoid(2*h)*(1 - sigmoid(2*h)))';

const POINT = forall(['h', 't'], eq(POINT_TANH, POINT_SIGMOID));
const POINT_EVERY_D = forall(['t'], atLinearForm('h', 'w', 'x', eq(POINT_TANH, POINT_SIGMOID)));
const GRADIENT_EVERY_D = forall(['t'], gradientOfLinearForm(POINT_TANH, 'h', 'w', 'x', POINT_SLOPE));
const FULL_LOSS = forall(DATA, eq(L_TANH, `4*(${L_SIGMOID_2W})`));
const STATEMENT = and(POINT, POINT_EVERY_D, GRADIENT_EVERY_D, FULL_LOSS);

/** Three normal-form identities (one point; its derivative; the whole loss for N points in R^D) and the linear-form rules. */
function proof() {
  const point = conv(byCertificate(identityCertificate(parseExpr(POINT_TANH), parseExpr(POINT_SIGMOID), 'tanh(h) = 2 s(2h) − 1 inside one squared error')), POINT);
  const slope = conv(byCertificate(derivativeIdentityCertificate(parseExpr(POINT_TANH), 'h', parseExpr(POINT_SLOPE))), forall(['h', 't'], deriv(POINT_TANH, 'h', POINT_SLOPE)));
  const full = conv(byCertificate(identityCertificate(parseExpr(L_TANH), parseExpr(`4*(${L_SIGMOID_2W})`), `${N} points in R^${D}, every coordinate a symbol`)), FULL_LOSS);
  return andIntro(point, linearFormIntro(point, { h: 'h', w: 'w', x: 'x' }), chainLinearForm(slope, { w: 'w', x: 'x' }), full);
}

export default defineClaim({
  id: 'tanh-sigmoid-loss-identity',
  title: `For all data, the tanh loss is 4 × the sigmoid loss at doubled weights with targets (t + 1)/2: per point in every dimension (loss and gradient), and the whole loss for ${N} symbolic points in R^${D}`,
  statement: STATEMENT,
  gloss:
    'tanh h = 2 s(2h) − 1, so ½(t − tanh h)² = 4 · ½((t + 1)/2 − s(2h))² for all real h and t; at h = w·x this holds for every dimension d and all w, x ∈ R^d, ' +
    'and its gradient in w is 8 times the sigmoid point gradient at 2w with target (t + 1)/2. ' +
    `Written out for ${N} points in R^${D} with every input, target and weight a symbol: L_tanh(w; x, t) = 4 L_s(2w; x, (t + 1)/2).`,
  source: 'what about other non-linear activation functions? Might some lead to closed-form zeroes?',
  hypotheses: [
    'A single neuron without bias, $`f(\\mathbf w\\cdot\\mathbf x_i)`$, squared loss $`L_f(\\mathbf w; \\mathbf x, t) = \\sum_i \\tfrac12 (t_i - f(\\mathbf w\\cdot\\mathbf x_i))^2`$; every $`t_i`$, $`\\mathbf x_i`$ and $`\\mathbf w`$ real, with no further condition.',
    `The per-point identities hold for every dimension $\`d \\ge 1\`$ (rule linear-form-intro, chain-linear-form); the whole-loss identity is checked for exactly $\`n = ${N}\`$ points in $\`\\mathbb R^{${D}}\`$. For other $\`n\`$ the loss is the sum of the per-point terms, so the identity and the gradient relation follow by adding them (finite sums; this summation step is in words, not a kernel rule).`,
    'Not stated here: for which targets the sigmoid problem has no radical stationary point; that is what the sigmoid claims prove, and this identity carries it over with $`u_i = (t_i + 1)/2`$ (tanh targets in $`(-1, 1)`$ map to sigmoid targets in $`(0, 1)`$).',
  ],
  expected: 'proved',
  answers: ['other-activations'],
  argument: [
    'The kernel reduces $`\\tfrac12(t - \\tanh h)^2 - 4\\cdot\\tfrac12(\\tfrac{t+1}{2} - s(2h))^2`$ to 0 in its normal form (tanh and the sigmoid by their definitions in $`e^{h}`$), and checks $`\\frac{d}{dh}\\tfrac12(t - \\tanh h)^2 = 8\\,g(2h)`$ with $`g(v) = -(u - s(v))\\,s(v)(1 - s(v))`$, $`u = (t+1)/2`$, the sigmoid point slope. ' +
      'linear-form-intro puts $`h = \\mathbf w\\cdot\\mathbf x`$ in the identity for every $`d`$; chain-linear-form turns the derivative into $`\\nabla_{\\mathbf w}\\tfrac12(t - \\tanh(\\mathbf w\\cdot\\mathbf x))^2 = 8\\,g(2\\,\\mathbf w\\cdot\\mathbf x)\\,\\mathbf x = 4 \\cdot 2\\,(\\nabla_{\\mathbf v} \\ell_s)(2\\mathbf w)`$.',
    'Summing over the points: $`\\nabla L_{\\tanh}(\\mathbf w) = 8\\,\\nabla L_s(2\\mathbf w)`$, so $`\\mathbf w^*`$ is a stationary point of the tanh loss iff $`2\\mathbf w^*`$ is one of the sigmoid loss with targets $`(t_i+1)/2`$, of the same kind (the Hessians differ by the factor 16). ' +
      'Hence every statement about the sigmoid\'s stationary points transfers: for a scalar weight and integer inputs $`e^{2w^*}`$ is a root of the sigmoid stationarity polynomial of the mapped targets, so an $`S_n`$ obstruction (n ≥ 5) for those targets is one for tanh (see `tanh-same-obstruction` for the instance (1, −1/3), (2, 1/2)).',
  ].join('\n\n'),
  proof: () => proof(),
});
