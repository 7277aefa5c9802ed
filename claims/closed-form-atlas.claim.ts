import { and, andIntro, defineClaim, radicalRoots, stationaryNotRadical, stationarySigns, stationaryViaExp, type ProofTerm, type Prop } from '../src/index.js';
import { ATLAS_MODELS, atlasEntries, atlasTable, type AtlasEntry } from '../src/neuron/atlas.js';
import { lossExpr } from '../src/neuron/stationarity-certificate.js';
import { stationarityProofs } from '../src/neuron/stationarity-proof.js';

let entries: AtlasEntry[] | undefined;

/** The atlas entries, computed once per run (the evidence, the certificates and the proof share them). */
function atlas(): AtlasEntry[] {
  entries ??= atlasEntries();
  return entries;
}

/**
 * What the statement asserts for each row, written here (not read from the analysis): the sign pattern of L′ (every
 * row: one zero, L′ < 0 before and > 0 after it, the global minimum) and whether z* = e^{w*} is a radical expression.
 * Rows of one model follow the inputs {1}, {1, 2}, {1, 3}, {1, 2, 3}, {1, 2, 4}.
 */
const EXPECTED: Readonly<Record<string, readonly ('radicals' | 'none')[]>> = {
  'sigmoid, squared loss': ['radicals', 'none', 'none', 'none', 'none'],
  'sigmoid, cross-entropy': ['radicals', 'radicals', 'radicals', 'none', 'none'],
  'tanh, squared loss': ['radicals', 'none', 'none', 'none', 'none'],
  'exp, squared loss': ['radicals', 'radicals', 'none', 'none', 'none'],
};

/** One row's part of the statement: the signs, then "no e^{w*} is a radical expression" or "L′ = 0 ⟺ N(e^w) = 0 and every root of N is one". */
function rowStatement(entry: AtlasEntry, closedForm: 'radicals' | 'none', N: readonly string[]): Prop[] {
  const L = lossExpr(entry.problem);
  return [stationarySigns(L, 'w', '-+'), ...(closedForm === 'none' ? [stationaryNotRadical(L, 'w')] : [stationaryViaExp(L, 'w', N), radicalRoots(N)])];
}

/** The statement and its proof, row by row in atlas order; throws when a row's certificates do not give what EXPECTED says. */
function statementAndProof(): { statement: Prop; proof: ProofTerm } {
  const parts: Prop[] = [];
  const proofs: ProofTerm[] = [];
  const rows = atlas();
  const expectedRows = ATLAS_MODELS.flatMap((m) => EXPECTED[m.label].map((closedForm) => ({ label: m.label, closedForm })));
  if (rows.length !== expectedRows.length) throw new Error(`the atlas has ${rows.length} rows, the statement ${expectedRows.length}`);
  rows.forEach((entry, i) => {
    const { label, closedForm } = expectedRows[i];
    if (entry.model.label !== label) throw new Error(`row ${i + 1} is ${entry.model.label}, the statement expects ${label}`);
    const p = stationarityProofs(entry.problem, entry.certificates);
    const closing = closedForm === 'none' ? p.notRadical : p.radical;
    if (!closing) throw new Error(`row ${label} ${JSON.stringify(entry.inputs)}: the certificates do not show ${closedForm === 'none' ? 'Galois S_n' : 'radicals'}`);
    parts.push(...rowStatement(entry, closedForm, p.numerator));
    proofs.push(p.signs, ...(closedForm === 'none' ? [closing] : [p.transfer, closing]));
  });
  return { statement: and(...parts), proof: andIntro(...proofs) };
}

export default defineClaim({
  id: 'closed-form-atlas',
  title: 'Atlas of closed forms: which scalar models and input sets give a stationary point expressible by radicals',
  statement: statementAndProof().statement,
  gloss:
    'For every row of the table "Atlas of closed forms" (sigmoid, tanh or e^h with squared loss, sigmoid with cross-entropy; inputs {1}, {1,2}, {1,3}, {1,2,3}, {1,2,4}; the listed rational targets): ' +
    "L' has exactly one zero w* on R, with L' < 0 before and > 0 after it (the global minimum); where the table says no closed form, e^{w*} is not expressible by radicals over Q; " +
    "where it says radicals, L'(w) = 0 exactly when N(e^w) = 0 and every root of N is a radical expression. The degrees, groups and approximate w* of the table are evidence beside it; so is its generic-group column (Gal(N(z; t)/Q(t)) for sigmoid with squared loss, proved for {1, 2}, {1, 3}, {1, 2, 3} by the claims generic-galois-1-2, generic-galois-1-3, generic-galois-1-2-3).",
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
    "For each row the kernel differentiates the loss and proves $`L'(w) \\equiv c\\, e^{mw} N(e^w)/D(e^w)`$; Sturm's counts ($`D`$ no positive root, $`N`$ one) and the signs of $`N`$ at the ends of the isolating interval give, by signs-via-exp, the sign pattern. " +
    'Rows without a closed form: $`N`$ irreducible and $`\\mathrm{Gal} \\cong S_n`$, $`n \\ge 5`$ (for tanh in $`u = z^2`$, carried to $`N(z) = f(z^2)`$ by irreducible-unpower and no-radical-power), then galois-no-radical and stationary-not-radical. ' +
    'Rows with radicals: exp-transfer and a solvable-degree certificate (degree at most 4, for tanh in $`u = z^2`$). ' +
    'In this table: rows with one input have a minimal polynomial of degree 1 or 2 (one point can be fitted exactly); the rows with two or more inputs have group $`S_n`$, $`n \\ge 5`$, except three cubics (cross-entropy on $`\\{1, 2\\}`$ and $`\\{1, 3\\}`$, $`e^h`$ on $`\\{1, 2\\}`$).',
  evidence: () => [atlasTable(atlas())],
  certificate: () => atlas().flatMap((e) => e.certificates),
  proof: () => statementAndProof().proof,
});
