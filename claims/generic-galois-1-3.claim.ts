import { defineClaim, rat } from '../src/index.js';
import { genericNoRadicalTheorem, THIN_SET_HYPOTHESIS } from '../src/neuron/generic-stationarity.js';

/** Inputs x = (1, 3), symbolic targets; the certified specialization is at the atlas targets (1/3, 3/4). */
const THEOREM = genericNoRadicalTheorem([1n, 3n], [rat(1n, 3n), rat(3n, 4n)]);

export default defineClaim({
  id: 'generic-galois-1-3',
  title: 'Inputs {1, 3}: for all rational targets outside a thin set, no stationary point has e^{w*} expressible by radicals (generic group S_7)',
  statement: THEOREM.statement,
  gloss:
    'for the inputs (1, 3) and all rational targets except a thin set (Hilbert), no stationary point has a radical closed form, because Gal(N(z; t)/Q(t)) is S_7 (degree 7, not 10: 1 + z divides 1 + z^3, so (1 + z)^3 cancels from numerator and denominator for every t)',
  source: 'might be the case that there is a closed form for an individual datapoint but not for an expression that consider multiple datapoints?',
  hypotheses: [
    'Sigmoid activation, squared loss, inputs $`x = (1, 3)`$, targets symbolic (rational when specialized); $`N(z; t)`$ has degree 7 in $`z = e^w`$.',
    THIN_SET_HYPOTHESIS,
  ],
  expected: 'proved',
  dependsOn: [],
  answers: ['no-closed-form', 'one-vs-many'],
  certificate: () => THEOREM.certificates,
  proof: () => THEOREM.proof,
  argument:
    'The kernel differentiates the loss with symbolic targets and checks $`L\'(w; t) = c\\,e^{mw} N(e^w; t)/D(e^w)`$ with $`D = (1+z^3)^3 > 0`$ on $`(0, \\infty)`$ (Sturm). Here $`1 + z`$ divides $`1 + z^3`$: with the product $`(1+z)^3(1+z^3)^3`$ as denominator the numerator would carry the factor $`(1+z)^3`$ for every $`t`$, so no specialization of it could be irreducible; cancelled, $`N`$ has degree 7. The kernel computes $`N(z; 1/3, 3/4)`$ itself, checks it keeps degree 7, is squarefree and is a multiple of the polynomial certified irreducible with group $`S_{7}`$; by specialization $`\\mathrm{Gal}(N/\\mathbb Q(t)) \\cong S_{7}`$, and by Hilbert irreducibility the group stays $`S_{7}`$ outside a thin set of targets, where no root is a radical expression.',
});
