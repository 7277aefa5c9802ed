import {
  and,
  andIntro,
  byCertificate,
  conv,
  defineClaim,
  deriv,
  derivativeIdentityCertificate,
  forall,
  galoisNoRadical,
  galoisSymmetric,
  irreducible,
  noRadicalRoot,
  parseExpr,
  rootCount,
  type Certificate,
} from '../src/index.js';
import { galoisCertificate, irreducibilityCertificate } from '../src/algebra/galois.js';
import { zFromStrings } from '../src/algebra/poly-z.js';

/** f(h) = h³ + h on the points (1, 1), (2, 1); L(w) = ½Σ(t_i − f(w x_i))². */
const F = (h: string) => `((${h})^3 + ${h})`;
const LOSS = `1/2*(1 - ${F('w')})^2 + 1/2*(1 - ${F('2*w')})^2`;
/** L′(w) = Σ x_i (f(w x_i) − t_i) f′(w x_i) = 195w⁵ + 68w³ − 27w² + 5w − 3 (expanded by hand; the kernel checks it). */
const QUINTIC = ['195', '0', '68', '-27', '5', '-3'];
const QUINTIC_TEXT = '195*w^5 + 68*w^3 - 27*w^2 + 5*w - 3';
/** One point (x, t): d/dw ½(t − f(wx))² = x(3w²x² + 1)(f(wx) − t), a product whose zeros solve the cubic f(wx) = t. */
const POINT_LOSS = `1/2*(t - ${F('w*x')})^2`;
const POINT_SLOPE = 'x*(3*w^2*x^2 + 1)*((w*x)^3 + w*x - t)';

const ONE_POINT = forall(['t', 'w', 'x'], deriv(POINT_LOSS, 'w', POINT_SLOPE));
const TWO_POINTS = forall(['w'], deriv(LOSS, 'w', QUINTIC_TEXT));
const STATEMENT = and(
  ONE_POINT,
  TWO_POINTS,
  rootCount(QUINTIC, '-inf', '+inf', 1),
  irreducible(QUINTIC),
  galoisSymmetric(QUINTIC),
  noRadicalRoot(QUINTIC),
);

/** The two derivative identities, Sturm's count of real roots, irreducibility and S_5 (found by the Galois search, re-checked by the kernel). */
function certificates(): Certificate[] {
  const f = zFromStrings(QUINTIC);
  const irr = irreducibilityCertificate(f);
  const galois = galoisCertificate(f);
  if (irr === null || galois.status !== 'symmetric') throw new Error(`the quintic's certificates were not found (Galois: ${galois.status})`);
  return [
    derivativeIdentityCertificate(parseExpr(POINT_LOSS), 'w', parseExpr(POINT_SLOPE)),
    derivativeIdentityCertificate(parseExpr(LOSS), 'w', parseExpr(QUINTIC_TEXT)),
    { kind: 'real-root-count', polynomial: QUINTIC, interval: ['-inf', '+inf'], count: 1 },
    irr,
    galois.certificate,
  ];
}

/** Conversions of the two derivative identities to the statement's wording; Galois's theorem for the quintic. */
function proof() {
  const [point, slope, count, irr, group] = certificates().map(byCertificate);
  return andIntro(
    conv(point, ONE_POINT),
    conv(slope, TWO_POINTS),
    count,
    irr,
    group,
    galoisNoRadical(irr, group),
  );
}

export default defineClaim({
  id: 'cubic-activation-no-closed-form',
  title: 'f(h) = h³ + h, scalar w, points (1, 1), (2, 1): L′(w) = 195w⁵ + 68w³ − 27w² + 5w − 3, irreducible with Galois group S_5, so its one stationary point is not expressible by radicals (one point alone gives a solvable cubic)',
  statement: STATEMENT,
  gloss:
    'For a polynomial activation L′ is a polynomial in w itself, no substitution z = e^w needed. With f(h) = h³ + h and the two points (1, 1), (2, 1), L′(w) is the quintic 195w⁵ + 68w³ − 27w² + 5w − 3, which has exactly one real root (the unique stationary point, the global minimum since L → ∞), is irreducible over Q and has Galois group S_5: no root is a radical expression. ' +
    'For one point the derivative factors as x(3w²x² + 1)(f(wx) − t), so the stationary point solves the cubic w³x³ + wx = t (Cardano).',
  source: 'what about other non-linear activation functions? Might some lead to closed-form zeroes?',
  hypotheses: [
    'A single neuron with the activation $`f(h) = h^3 + h`$ (odd, strictly increasing, so invertible like the sigmoid), a scalar weight $`w \\in \\mathbb R`$, squared loss $`L(w) = \\tfrac12\\sum_i (t_i - f(w x_i))^2`$, the data $`(1, 1)`$, $`(2, 1)`$.',
    '"Closed form": expressible by radicals over $`\\mathbb Q`$. The pure cube $`f(h) = h^3`$ does have one: $`L\'(w) = 3w^2(w^3 S_{x^6} - S_{t x^3})`$, so $`w^* = (S_{tx^3}/S_{x^6})^{1/3}`$; the linear term breaks the factorisation.',
  ],
  expected: 'proved',
  answers: ['other-activations'],
  argument:
    'The kernel differentiates the loss and reduces $`L\'(w) - (195w^5 + 68w^3 - 27w^2 + 5w - 3)`$ to 0, so the stationary points are exactly the real roots of the quintic $`P`$. Sturm\'s theorem counts one real root; irreducibility and $`\\mathrm{Gal}(P) \\cong S_5`$ come from factor-degree patterns modulo good primes (Dedekind, Jordan); by Galois (rule galois-no-radical) no root of $`P`$, in particular not $`w^*`$, is expressible by radicals. ' +
    'For one point the kernel checks $`\\frac{d}{dw}\\tfrac12(t - f(wx))^2 = x(3w^2x^2 + 1)(f(wx) - t)`$: the factor $`3w^2x^2 + 1`$ never vanishes, so for $`x \\ne 0`$ the stationary point is the real root of the cubic $`x^3 w^3 + x w - t`$, given by Cardano\'s formula.',
  certificate: () => certificates(),
  proof: () => proof(),
});
