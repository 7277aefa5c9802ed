import { andElim, byLemma, defineClaim, schanuelNotElementary, stationaryNotElementary } from '../src/index.js';

/** The loss of `two-point-no-closed-form`: data (1, 1/3), (2, 3/4), sigmoid, squared loss. */
const LOSS = '1/2*(1/3 - sigmoid(w))^2 + 1/2*(3/4 - sigmoid(2*w))^2';
const LEMMA = 'two-point-no-closed-form';

export default defineClaim({
  id: 'two-point-not-elementary',
  title: "Conditional on Schanuel's conjecture: the stationary point w* of the two points (1, 1/3), (2, 3/4) is not an EL number (no finite expression in rationals with + − × ÷, exp and log)",
  statement: stationaryNotElementary(LOSS, 'w'),
  gloss:
    "If Schanuel's conjecture holds, no zero w* of L' is an EL number: w* cannot be written as any finite expression built from rational numbers with +, −, ×, ÷, exp and log (principal branch), nested any number of times. " +
    'Unconditionally the suite proves less: e^{w*} is not a radical expression and w* is transcendental (two-point-no-closed-form).',
  source: 'can it be demonstrated that there is no closed form?',
  hypotheses: [
    'The data and loss of `two-point-no-closed-form`: $`(1, \\tfrac13)`$, $`(2, \\tfrac34)`$, $`L(w) = \\tfrac12\\sum_i (t_i - s(w x_i))^2`$.',
    "EL numbers (Chow 1999): the smallest subfield $`\\mathbb E`$ of $`\\mathbb C`$ closed under $`\\exp`$ and the principal branch of $`\\log`$; it contains $`e`$, $`\\pi`$, $`i`$ and every radical expression, so it is the natural meaning of \"a closed form built from exp, log and radicals\", nested arbitrarily.",
    "**Conditional.** The step rests on Schanuel's conjecture (open since the 1960s), through Chow's Corollary 1: under it, the algebraic EL numbers are exactly the algebraic numbers expressible by radicals. Without the conjecture, whether $`w^* \\in \\mathbb E`$ is open.",
    'Scope of the algebra: the polynomial $`N`$ exists because the inputs are commensurable (integers, so every $`e^{w x_i}`$ is a power of $`z = e^w`$). For inputs with an irrational ratio, e.g. $`\\{1, \\sqrt2\\}`$, $`L\'(w) = 0`$ involves $`e^{w}`$ and $`e^{\\sqrt2 w}`$, no polynomial equation in one unknown over $`\\mathbb Q`$ results, and neither this claim nor the Galois claims say anything about such data.',
    'Not excluded: closed forms with other special functions. Bring radicals (the real root of $`x^5 + x + a`$), hypergeometric or theta functions solve every polynomial equation, so $`e^{w^*}`$ has a closed form in them, and $`w^*`$ one more logarithm.',
  ],
  expected: 'proved',
  dependsOn: ['two-point-no-closed-form'],
  answers: ['no-closed-form'],
  argument:
    'From `two-point-no-closed-form` the kernel takes $`L\'(w) = 0 \\iff N(e^w) = 0`$ for the integer septic $`N`$ (so every $`e^{w^*}`$ is algebraic) and that no $`e^{w^*}`$ is expressible by radicals. ' +
    "Rule schanuel-not-elementary: if $`w^* \\in \\mathbb E`$ then $`e^{w^*} \\in \\mathbb E`$ ($`\\mathbb E`$ is closed under exp), an algebraic EL number; under Schanuel's conjecture (Chow, Corollary 1) it would be expressible by radicals, which it is not. " +
    "The rule's metadata names Schanuel's conjecture, so this verdict is marked conditional wherever it appears, and so is every claim that rests on this one.",
  proof: () => schanuelNotElementary(andElim(byLemma(LEMMA), 0), andElim(byLemma(LEMMA), 4)),
});
