import { freeSymbols } from '../src/symbolic/expr.js';
import { and, andIntro, byCertificate, conv, defineClaim, deriv, derivativeIdentityCertificate, eq, forall, identityCertificate, parseExpr, parseRational, rat, ratToString, type Prop, type TableEvidence } from '../src/index.js';
import { cmp, type Rational } from '../src/algebra/rational.js';
import { analyze } from '../src/neuron/analysis.js';
import { reluCells } from '../src/neuron/relu-cells.js';

/** The active points of a cell are (x_i, y_i) with targets t_i, i = 1..k; c collects the inactive points' ½t_j². */
const range = (k: number) => Array.from({ length: k }, (_, i) => i + 1);
const sum = (k: number, term: (i: number) => string) => `(${range(k).map(term).join(' + ')})`;

/** The normal equations A w = b of a cell with k active points, in d = 2, and Cramer's solution w* = adj(A) b / det A. */
function cell(k: number) {
  const A11 = sum(k, (i) => `x_${i}^2`);
  const A12 = sum(k, (i) => `x_${i}*y_${i}`);
  const A22 = sum(k, (i) => `y_${i}^2`);
  const b1 = sum(k, (i) => `t_${i}*x_${i}`);
  const b2 = sum(k, (i) => `t_${i}*y_${i}`);
  const det = `(${A11}*${A22} - ${A12}^2)`;
  const star1 = `((${A22}*${b1} - ${A12}*${b2})/${det})`;
  const star2 = `((${A11}*${b2} - ${A12}*${b1})/${det})`;
  const loss = (w1: string, w2: string) => `${sum(k, (i) => `1/2*(t_${i} - (${w1}*x_${i} + ${w2}*y_${i}))^2`)} + c`;
  const vars = ['c', 'w_1', 'w_2', ...range(k).flatMap((i) => [`t_${i}`, `x_${i}`, `y_${i}`])];
  const gradient1 = `${A11}*w_1 + ${A12}*w_2 - ${b1}`;
  const gradient2 = `${A12}*w_1 + ${A22}*w_2 - ${b2}`;
  const lagrange = sum(k * (k - 1) / 2, (m) => {
    const pairs = range(k).flatMap((i) => range(k).filter((j) => j > i).map((j) => [i, j]));
    const [i, j] = pairs[m - 1];
    return `(x_${i}*y_${j} - x_${j}*y_${i})^2`;
  });
  const shifted = sum(k, (i) => `1/2*((w_1 - ${star1})*x_${i} + (w_2 - ${star2})*y_${i})^2`);
  const pieces: [string, string, string, boolean, string][] = [
    // [kind, lhs (or the differentiated loss), rhs (or the derivative), holds only where det A ≠ 0, variable or note]
    ['deriv', loss('w_1', 'w_2'), gradient1, false, 'w_1'],
    ['deriv', loss('w_1', 'w_2'), gradient2, false, 'w_2'],
    ['eq', det, lagrange, false, `Lagrange's identity, ${k} points`],
    ['eq', `${A11}*${star1} + ${A12}*${star2}`, b1, true, `Cramer, first normal equation, ${k} points`],
    ['eq', `${A12}*${star1} + ${A22}*${star2}`, b2, true, `Cramer, second normal equation, ${k} points`],
    ['eq', `${loss('w_1', 'w_2')} - (${loss(star1, star2)})`, shifted, true, `the cell loss around w*, ${k} points`],
  ];
  const statements: Prop[] = pieces.map(([kind, lhs, rhs, partial, v]) => {
    const vars = [...new Set([...freeSymbols(parseExpr(lhs)), ...freeSymbols(parseExpr(rhs))])];
    return forall(vars, kind === 'deriv' ? deriv(lhs, v, rhs) : eq(lhs, rhs, partial));
  });
  const certificates = pieces.map(([kind, lhs, rhs, , v]) => (kind === 'deriv' ? derivativeIdentityCertificate(parseExpr(lhs), v, parseExpr(rhs)) : identityCertificate(parseExpr(lhs), parseExpr(rhs), v)));
  return { statements, certificates };
}

const CELLS = [2, 3].map(cell);
const STATEMENT = and(...CELLS.flatMap((c) => c.statements));

/** Five points in R², not collinear, n > d: every cell of the arrangement of their 5 lines, and a box that holds every isolated candidate. */
const DATA = '1,0:1;0,1:2;1,1:1/2;-1,1:1;1,-2:1/3'.split(';').map((s) => {
  const [x, t] = s.split(':');
  return { x: x.split(',').map(parseRational), t: parseRational(t) };
});
const BOX = 4;
const MAX_BOXES = 1500;

/**
 * The exact per-cell stationary sets of the relu loss on DATA against the certified box search of `analyze` on
 * [−4, 4]²: every certified point must enclose an exact in-cell point w*_S, and every in-cell w*_S must be enclosed by
 * one certified point. (The search cannot be complete here: boxes on the kinks and the segments of stationary points
 * of the rank-1 cells stay undecided.)
 */
function crossCheck(): TableEvidence {
  const cells = reluCells(DATA);
  const search = analyze({ problem: { activation: 'relu', loss: 'mse', data: DATA }, box: rat(BOX), digits: 20, maxBoxes: MAX_BOXES });
  const within = (w: readonly Rational[], enclosure: readonly [string, string][]) => w.every((c, i) => cmp(parseRational(enclosure[i][0]), c) <= 0 && cmp(c, parseRational(enclosure[i][1])) <= 0);
  const certified = [...search.stationaryPoints, ...search.localPoints];
  const points = cells.flatMap((c) => (c.stationary.kind === 'point' && c.stationary.inCell ? [c.stationary.w] : []));
  const rows = cells.map((c) => {
    const S = `{${c.active.map((i) => i + 1).join(', ')}}`;
    if (c.stationary.kind !== 'point') return [S, c.stationary.kind === 'line' ? 'rank 1: the line A_S w = b_S, where it meets the cell (not isolated)' : 'no active point: ℓ constant', '—', '—'];
    const { w, inCell } = c.stationary;
    const found = certified.filter((p) => within(w, p.enclosure));
    return [S, `w* = (${w.map(ratToString).join(', ')})`, inCell ? 'yes: a stationary point' : 'no: not stationary', inCell ? (found.length === 1 ? `enclosed (${found[0].kind})` : `**${found.length} enclosures**`) : '—'];
  });
  const passed = points.every((w) => certified.filter((p) => within(w, p.enclosure)).length === 1) && certified.every((p) => points.some((w) => within(w, p.enclosure)));
  return {
    kind: 'table',
    title: `relu on 5 points in R²: each cell's stationary set from its normal equations (exact), against the certified box search on [−${BOX}, ${BOX}]² (${MAX_BOXES} boxes)`,
    criterion: `every isolated stationary point the box search certifies (interval Newton / Krawczyk) encloses an exact in-cell w*_S, and each of the ${points.length} in-cell w*_S is enclosed by exactly one of them; an independent check of the cell argument on data with n > d, not part of the proof`,
    columns: ['active set S', 'stationary set of ℓ_S', 'in its cell?', 'box search'],
    rows,
    passed,
  };
}

/** Each statement from its certificate, converted to the statement's wording. */
function proof() {
  return andIntro(...CELLS.flatMap(({ statements, certificates }) => certificates.map((c, i) => conv(byCertificate(c), statements[i]))));
}

export default defineClaim({
  id: 'relu-cell-least-squares-2d',
  title: 'f = relu, w ∈ R², k = 2 or 3 active points (symbolic data): on a cell the loss is a least-squares quadratic with ∇ℓ = A w − b, det A = Σ(x_i y_j − x_j y_i)² ≥ 0, and where det A ≠ 0 the rational w* = A⁻¹b solves A w* = b with ℓ(w) − ℓ(w*) = ½Σ((w − w*)·x_i)² (the split of the relu loss into cells is in words)',
  statement: STATEMENT,
  gloss:
    'On a cell of the arrangement {w : w·x_i = 0} the active set S is fixed and the relu loss is ℓ_S(w) = Σ_{i∈S} ½(t_i − w·x_i)² + c. For |S| = 2 and 3 in the plane, with every coordinate, target and c a symbol, the kernel checks: ∂ℓ/∂w_j = (A w − b)_j with A = Σ x_i x_iᵀ, b = Σ t_i x_i; det A = Σ_{i<j} (x_i y_j − x_j y_i)² (Lagrange); and, wherever det A ≠ 0, Cramer\'s w* = adj(A) b / det A satisfies A w* = b and ℓ(w) − ℓ(w*) = ½Σ((w − w*)·x_i)². ' +
    'So a cell\'s only stationary point is w*, rational in the data, and it is the cell\'s minimum; it is a stationary point of the relu loss iff it lies in its cell.',
  source: 'what about other non-linear activation functions? Might some lead to closed-form zeroes?',
  hypotheses: [
    'A single neuron $`\\mathrm{relu}(\\mathbf w\\cdot\\mathbf x)`$ with $`\\mathbf w \\in \\mathbb R^2`$, no bias, squared loss on points $`\\mathbf x_i = (x_i, y_i)`$ with targets $`t_i`$. A stationary point means a $`\\mathbf w`$ with no $`\\mathbf w\\cdot\\mathbf x_i = 0`$ (off the lines of the arrangement) where $`\\nabla L = 0`$; on those lines relu is not differentiable.',
    'In words, not checked by the kernel: (1) off the lines the active set $`S = \\{i : \\mathbf w\\cdot\\mathbf x_i > 0\\}`$ is constant on each open cell and $`L = \\ell_S`$ there, with $`c = \\tfrac12\\sum_{i \\notin S} t_i^2`$ (definition of relu); (2) the checked identities are for $`|S| = 2, 3`$; for other $`|S|`$ the same expansion gives them (for $`|S| \\le 1`$, $`\\det A = 0`$).',
    'When $`\\det A = 0`$ (active inputs on one line through 0) the stationary points of $`\\ell_S`$ form a line or the cell is flat in a direction; every one of them satisfies the rational linear system $`A\\mathbf w = \\mathbf b`$, so the solution set still has a closed form (an affine set with rational data).',
  ],
  expected: 'proved',
  answers: ['other-activations'],
  argument:
    'Stationary points: $`\\nabla\\ell_S = A\\mathbf w - \\mathbf b`$ vanishes iff $`A\\mathbf w = \\mathbf b`$. Where $`\\det A \\ne 0`$ this has the single solution $`\\mathbf w^*`$, rational in the data by Cramer, and $`\\ell_S(\\mathbf w) - \\ell_S(\\mathbf w^*)`$ is a sum of squares, so $`\\mathbf w^*`$ is the minimum of $`\\ell_S`$; since $`\\det A`$ is a sum of squares, $`\\det A > 0`$ exactly when two active inputs are not collinear. ' +
    'Every stationary point of the relu loss off the lines is therefore $`\\mathbf w^*_S`$ for the active set $`S`$ of its cell (one candidate per cell, at most as many cells as the arrangement has: $`O(n^2)`$ in the plane), and it is one iff $`\\mathbf w^*_S`$ lies in the cell of $`S`$: a finite list of rational points, a closed form.',
  evidence: () => [crossCheck()],
  certificate: () => CELLS.flatMap((c) => c.certificates),
  proof: () => proof(),
});
