import { byCertificate, byRule, defineClaim, rat, type Prop, type ProofTerm } from '../src/index.js';
import { galoisCertificate, irreducibilityCertificate } from '../src/algebra/galois.js';
import { genericDenominatorCertificate, genericIdentityCertificate, genericSigmoidStationarity, specializedNumerator } from '../src/neuron/generic-stationarity.js';

/** Inputs x = (1, 2), symbolic targets t1, t2: L(w; t) = ½(t1 − s(w))² + ½(t2 − s(2w))², N(z; t) of degree 7 in z. */
const GENERIC = genericSigmoidStationarity([1n, 2n]);
/** The certified specialization: the question's two-point targets (1/3, 3/4), whose numerator is the S_7 septic. */
const AT = { t1: '1/3', t2: '3/4' };

const STATEMENT: Prop = { op: 'generic-stationary-not-radical', loss: GENERIC.loss, var: 'w', params: GENERIC.params };

export default defineClaim({
  id: 'generic-galois-1-2',
  title: 'Inputs {1, 2}: for all rational targets outside a thin set, no stationary point has e^{w*} expressible by radicals',
  // For the inputs x = (1, 2) and symbolic targets (t1, t2): outside a thin subset of Q², no zero w* of L'(w; t) has
  // e^{w*} expressible by radicals. One certified specialization proves it for (almost) all targets at once.
  statement: STATEMENT,
  gloss:
    'not just for the targets (1/3, 3/4): for the inputs (1, 2) and all rational targets except a thin set (Hilbert), the stationary points have no radical closed form, because Gal(N(z; t)/Q(t1, t2)) is S_7',
  source: 'might be the case that there is a closed form for an individual datapoint but not for an expression that consider multiple datapoints?',
  hypotheses: [
    'Sigmoid activation, squared loss, inputs $`x = (1, 2)`$, targets $`t_1, t_2`$ symbolic (rational when specialized).',
    '"Thin set" in the sense of Hilbert\'s irreducibility theorem (Serre, *Topics in Galois Theory*, §3): a set that contains no open box of $`\\mathbb Q^2`$ and whose points of height ≤ H are a vanishing share as H grows; it may be infinite.',
  ],
  expected: 'proved',
  dependsOn: [],
  answers: ['no-closed-form', 'one-vs-many'],
  proof: () => {
    const cert = (c: Parameters<typeof byCertificate>[0]): ProofTerm => byCertificate(c);
    const septic = specializedNumerator(GENERIC, [rat(1n, 3n), rat(3n, 4n)]);
    const galois = galoisCertificate(septic);
    const irreducible = irreducibilityCertificate(septic);
    if (galois.status !== 'symmetric' || irreducible === null) throw new Error('the specialization at (1/3, 3/4) did not certify S_7');
    const transfer = byRule('generic-exp-transfer', [cert(genericIdentityCertificate(GENERIC)), cert(genericDenominatorCertificate(GENERIC))], {
      params: GENERIC.params,
      c: { op: 'num', value: GENERIC.scale.toString() },
      m: GENERIC.shift,
      N: GENERIC.numerator,
      D: GENERIC.denominator,
    });
    const generic = byRule('galois-specialization', [cert(irreducible), cert(galois.certificate)], { params: GENERIC.params, poly: GENERIC.numerator, at: AT });
    return byRule('generic-stationary-not-radical', [transfer, byRule('hilbert-no-radical', [generic])]);
  },
  argument:
    'The kernel differentiates the loss with symbolic targets and checks $`L\'(w; t) = c\\,e^{mw} N(e^w; t)/D(e^w)`$ with $`D = (1+z)^3(1+z^2)^3 > 0`$ on $`(0, \\infty)`$ (Sturm); it computes $`N(z; 1/3, 3/4)`$ itself, checks it keeps degree 7, is squarefree and is a multiple of the septic certified irreducible with group $`S_7`$; by specialization $`\\mathrm{Gal}(N/\\mathbb Q(t)) \\cong S_7`$, and by Hilbert irreducibility the group stays $`S_7`$ outside a thin set of targets, where no root is a radical expression.',
});
