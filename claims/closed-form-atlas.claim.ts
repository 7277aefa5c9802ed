import { defineClaim } from '../src/index.js';
import { atlasEntries, atlasTable, type AtlasEntry } from '../src/neuron/atlas.js';
import { CERTIFIED_STATIONARITY_ARGUMENT } from '../src/neuron/stationarity-certificate.js';

let entries: AtlasEntry[] | undefined;

/** The atlas entries, computed once per run (the evidence and the certificates share them). */
function atlas(): AtlasEntry[] {
  entries ??= atlasEntries();
  return entries;
}

export default defineClaim({
  id: 'closed-form-atlas',
  title: 'Atlas of closed forms: which scalar models and input sets give a stationary point expressible by radicals',
  statement: String.raw`\begin{aligned}
&\text{For every row of the table "Atlas of closed forms" (models: sigmoid or tanh or } e^h \text{ with squared loss, sigmoid with cross-entropy;}\\
&\text{inputs } \{1\}, \{1,2\}, \{1,3\}, \{1,2,3\}, \{1,2,4\}; \text{ the listed rational targets}):\ L'(w) = c\, e^{mw} N(e^w)/D(e^w) \text{ with } \deg N \text{ as listed;}\\
&\text{the stationary points on } \mathbb{R} \text{ are exactly those listed, of the listed kinds; } z^* = e^{w^*} \text{ has a minimal polynomial of the listed degree;}\\
&\text{group } S_n \text{ (certified), } n \ge 5 \Rightarrow z^* \text{ is not expressible by radicals over } \mathbb{Q};\ \text{solvable} \Rightarrow \text{it is; "undetermined" claims nothing.}
\end{aligned}`,
  source:
    'can it be demonstrated that there is no closed form? … what about other non-linear activation functions? Might some lead to closed-form zeroes? … might be the case that there is a closed form for an individual datapoint but not for an expression that consider multiple datapoints?',
  hypotheses: [
    'Scalar weight $`w \\in \\mathbb R`$; $`L = \\tfrac12 \\sum_i (f(x_i w) - t_i)^2`$ with $`f \\in \\{s, \\tanh, \\exp\\}`$, or $`L = -\\sum_i [t_i \\ln s(x_i w) + (1 - t_i) \\ln(1 - s(x_i w))]`$.',
    'Targets $`\\tfrac13, \\tfrac34, \\tfrac25`$ given to the inputs in order; for tanh $`2t - 1 = -\\tfrac13, \\tfrac12, -\\tfrac15`$, so that $`(t + 1)/2`$ are the sigmoid targets (tanh(h) = 2s(2h) − 1).',
    '"Closed form" means $`z^* = e^{w^*}`$ expressible by radicals over $`\\mathbb Q`$ (then $`w^* = \\ln`$ of a radical expression). The approximate $`w^*`$ in the table are evidence, not certified digits.',
  ],
  expected: 'proved',
  answers: ['no-closed-form', 'other-activations', 'one-vs-many'],
  argument:
    CERTIFIED_STATIONARITY_ARGUMENT +
    ' Each row lists $`\\deg N`$ from its derivative identity, the number and kinds of stationary points from its root count and isolations, the degree of the minimal polynomial from its `irreducible` certificate (for tanh, $`g(z) = f(z^2)`$ and the group certificate is for $`f`$ in $`u = z^2`$), and the group and closed form from its `galois-symmetric` or `solvable-degree` certificate. ' +
    'In this table: rows with one input have a minimal polynomial of degree 1 or 2 (a closed form: one point can be fitted exactly); the rows with two or more inputs have group $`S_n`$, $`n \\ge 5`$, except three cubics (cross-entropy on $`\\{1, 2\\}`$ and $`\\{1, 3\\}`$, $`e^h`$ on $`\\{1, 2\\}`$).',
  evidence: () => [atlasTable(atlas())],
  certificate: () => atlas().flatMap((e) => e.certificates),
});
