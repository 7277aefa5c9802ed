import { defineClaim, rat } from '../src/index.js';
import { genericNoRadicalTheorem } from '../src/neuron/generic-stationarity.js';

/** Inputs x = (1, 2), symbolic targets; the certified specialization is the question's (1/3, 3/4), whose N is the S_7 septic. */
const THEOREM = genericNoRadicalTheorem([1n, 2n], [rat(1n, 3n), rat(3n, 4n)]);

export default defineClaim({
  id: 'generic-galois-1-2',
  title: 'Inputs {1, 2}: for all rational targets outside a thin set, no stationary point has e^{w*} expressible by radicals',
  // For the inputs x = (1, 2) and symbolic targets (t1, t2): outside a thin subset of Q², no zero w* of L'(w; t) has
  // e^{w*} expressible by radicals. One certified specialization proves it for (almost) all targets at once.
  statement: THEOREM.statement,
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
  certificate: () => THEOREM.certificates,
  proof: () => THEOREM.proof,
  argument:
    'The kernel differentiates the loss with symbolic targets and checks $`L\'(w; t) = c\\,e^{mw} N(e^w; t)/D(e^w)`$ with $`D = (1+z)^3(1+z^2)^3 > 0`$ on $`(0, \\infty)`$ (Sturm); it computes $`N(z; 1/3, 3/4)`$ itself, checks it keeps degree 7, is squarefree and is a multiple of the septic certified irreducible with group $`S_7`$; by specialization $`\\mathrm{Gal}(N/\\mathbb Q(t)) \\cong S_7`$, and by Hilbert irreducibility the group stays $`S_7`$ outside a thin set of targets, where no root is a radical expression.',
});
