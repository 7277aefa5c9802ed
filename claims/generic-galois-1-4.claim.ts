import { defineClaim, rat } from '../src/index.js';
import { genericNoRadicalTheorem, THIN_SET_HYPOTHESIS } from '../src/neuron/generic-stationarity.js';

/** Inputs x = (1, 4), symbolic targets; the certified specialization is at the atlas targets (1/3, 3/4). */
const THEOREM = genericNoRadicalTheorem([1n, 4n], [rat(1n, 3n), rat(3n, 4n)]);

export default defineClaim({
  id: 'generic-galois-1-4',
  title: 'Inputs {1, 4}: for all rational targets outside a thin set, no stationary point has e^{w*} expressible by radicals (generic group S_13)',
  statement: THEOREM.statement,
  gloss:
    'for the inputs (1, 4) and all rational targets except a thin set (Hilbert), no stationary point has a radical closed form, because Gal(N(z; t)/Q(t)) is S_13 (degree 13)',
  source: 'might be the case that there is a closed form for an individual datapoint but not for an expression that consider multiple datapoints?',
  hypotheses: [
    'Sigmoid activation, squared loss, inputs $`x = (1, 4)`$, targets symbolic (rational when specialized); $`N(z; t)`$ has degree 13 in $`z = e^w`$.',
    THIN_SET_HYPOTHESIS,
  ],
  expected: 'proved',
  dependsOn: [],
  answers: ['no-closed-form', 'one-vs-many'],
  certificate: () => THEOREM.certificates,
  proof: () => THEOREM.proof,
  argument:
    'The kernel differentiates the loss with symbolic targets and checks $`L\'(w; t) = c\\,e^{mw} N(e^w; t)/D(e^w)`$ with $`D = (1+z)^3(1+z^4)^3 > 0`$ on $`(0, \\infty)`$ (Sturm); it computes $`N(z; 1/3, 3/4)`$ itself, checks it keeps degree 13, is squarefree and is a multiple of the polynomial certified irreducible with group $`S_{13}`$; by specialization $`\\mathrm{Gal}(N/\\mathbb Q(t)) \\cong S_{13}`$, and by Hilbert irreducibility the group stays $`S_{13}`$ outside a thin set of targets, where no root is a radical expression.',
});
