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
  byRule,
  type Certificate,
  type Prop,
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

/** The same loss with symbolic targets t_1, t_2: L′(w) = P(w; t) = 195w⁵ + 68w³ − 3(t_1 + 8t_2)w² + 5w − (t_1 + 2t_2). */
const GENERIC_LOSS = `1/2*(t_1 - ${F('w')})^2 + 1/2*(t_2 - ${F('2*w')})^2`;
const GENERIC_TEXT = '195*w^5 + 68*w^3 - 3*(t_1 + 8*t_2)*w^2 + 5*w - (t_1 + 2*t_2)';
const PARAMS = ['t_1', 't_2'];
/** P(z; t) as a generic polynomial: coefficients highest z-degree first, monomials [c, [e_1, e_2]] for c t_1^{e_1} t_2^{e_2}. */
const GENERIC_P = [[['195', [0, 0]]], [], [['68', [0, 0]]], [['-3', [1, 0]], ['-24', [0, 1]]], [['5', [0, 0]]], [['-1', [1, 0]], ['-2', [0, 1]]]];
/** The specialization t = (1, 1) of P is the quintic of the data (1, 1), (2, 1). */
const AT = { t_1: '1', t_2: '1' };
const GENERIC_DERIVATIVE = forall(['t_1', 't_2', 'w'], deriv(GENERIC_LOSS, 'w', GENERIC_TEXT));
const GENERIC_GROUP = { op: 'generic-galois-symmetric', params: PARAMS, poly: GENERIC_P } as unknown as Prop;
const GENERIC_NO_RADICAL = { op: 'generic-no-radical-root', params: PARAMS, poly: GENERIC_P } as unknown as Prop;

const ONE_POINT = forall(['t', 'w', 'x'], deriv(POINT_LOSS, 'w', POINT_SLOPE));
const TWO_POINTS = forall(['w'], deriv(LOSS, 'w', QUINTIC_TEXT));
const STATEMENT = and(
  ONE_POINT,
  TWO_POINTS,
  rootCount(QUINTIC, '-inf', '+inf', 1),
  irreducible(QUINTIC),
  galoisSymmetric(QUINTIC),
  noRadicalRoot(QUINTIC),
  GENERIC_DERIVATIVE,
  GENERIC_GROUP,
  GENERIC_NO_RADICAL,
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
    derivativeIdentityCertificate(parseExpr(GENERIC_LOSS), 'w', parseExpr(GENERIC_TEXT)),
  ];
}

/** Conversions of the derivative identities to the statement's wording; Galois's theorem for the quintic; specialization and Hilbert for symbolic targets. */
function proof() {
  const [point, slope, count, irr, group, genericSlope] = certificates().map(byCertificate);
  const generic = byRule('galois-specialization', [irr, group], { params: PARAMS, poly: GENERIC_P, at: AT });
  return andIntro(
    conv(point, ONE_POINT),
    conv(slope, TWO_POINTS),
    count,
    irr,
    group,
    galoisNoRadical(irr, group),
    conv(genericSlope, GENERIC_DERIVATIVE),
    generic,
    byRule('hilbert-no-radical', [generic]),
  );
}

export default defineClaim({
  id: 'cubic-activation-no-closed-form',
  title: 'f(h) = h³ + h, scalar w, inputs 1, 2: for targets (1, 1) L′(w) = 195w⁵ + 68w³ − 27w² + 5w − 3, irreducible with Galois group S_5, so its one stationary point is not expressible by radicals; with symbolic targets Gal(L′/Q(t_1, t_2)) = S_5, so the same holds for all rational targets outside a thin set (one point alone gives a solvable cubic)',
  statement: STATEMENT,
  gloss:
    'For a polynomial activation L′ is a polynomial in w itself, no substitution z = e^w needed. With f(h) = h³ + h and the two points (1, 1), (2, 1), L′(w) is the quintic 195w⁵ + 68w³ − 27w² + 5w − 3, which has exactly one real root (the unique stationary point, the global minimum since L → ∞), is irreducible over Q and has Galois group S_5: no root is a radical expression. ' +
    'With symbolic targets t_1, t_2 the derivative is the quintic P(w; t) = 195w⁵ + 68w³ − 3(t_1 + 8t_2)w² + 5w − (t_1 + 2t_2); the specialization t = (1, 1) is the quintic above, so Gal(P/Q(t)) = S_5, and by Hilbert irreducibility, for all rational targets outside a thin set no root of P is a radical expression. ' +
    'For one point the derivative factors as x(3w²x² + 1)(f(wx) − t), so the stationary point solves the cubic w³x³ + wx = t (Cardano).',
  source: 'what about other non-linear activation functions? Might some lead to closed-form zeroes?',
  hypotheses: [
    'A single neuron with the activation $`f(h) = h^3 + h`$ (odd, strictly increasing, so invertible like the sigmoid), a scalar weight $`w \\in \\mathbb R`$, squared loss $`L(w) = \\tfrac12\\sum_i (t_i - f(w x_i))^2`$, the data $`(1, 1)`$, $`(2, 1)`$.',
    'With symbolic targets: "outside a thin set" is Hilbert\'s irreducibility theorem. A thin set of targets holds a proportion tending to 0 of the targets of bounded height (Serre, Topics in Galois Theory, §3.4) but may be infinite, and the claim does not say which targets it contains: at any one target, only a certificate like the one for $`(1, 1)`$ decides.',
    '"Closed form": expressible by radicals over $`\\mathbb Q`$. The pure cube $`f(h) = h^3`$ does have one: $`L\'(w) = 3w^2(w^3 S_{x^6} - S_{t x^3})`$, so $`w^* = (S_{tx^3}/S_{x^6})^{1/3}`$; the linear term breaks the factorisation.',
  ],
  expected: 'proved',
  answers: ['other-activations'],
  argument:
    'The kernel differentiates the loss and reduces $`L\'(w) - (195w^5 + 68w^3 - 27w^2 + 5w - 3)`$ to 0, so the stationary points are exactly the real roots of the quintic $`P`$. Sturm\'s theorem counts one real root; irreducibility and $`\\mathrm{Gal}(P) \\cong S_5`$ come from factor-degree patterns modulo good primes (Dedekind, Jordan); by Galois (rule galois-no-radical) no root of $`P`$, in particular not $`w^*`$, is expressible by radicals. ' +
    'For symbolic targets the kernel checks $`L\'(w; t) = P(w; t)`$ and, by the specialization theorem (rule galois-specialization: the kernel computes $`P(z; 1, 1)`$ itself, checks its degree and squarefreeness, and compares it with the certified quintic), $`\\mathrm{Gal}(P/\\mathbb Q(t_1, t_2)) \\cong S_5`$; rule hilbert-no-radical gives the thin-set statement. ' +
    'For one point the kernel checks $`\\frac{d}{dw}\\tfrac12(t - f(wx))^2 = x(3w^2x^2 + 1)(f(wx) - t)`$: the factor $`3w^2x^2 + 1`$ never vanishes, so for $`x \\ne 0`$ the stationary point is the real root of the cubic $`x^3 w^3 + x w - t`$, given by Cardano\'s formula.',
  certificate: () => certificates(),
  proof: () => proof(),
});
