/**
 * The question's bullets and the comments' claims, in the order the report answers them. A claim lists the ids of
 * the bullets it helps settle in its `answers` field; the answer is written here, beside the bullet, one sentence at a
 * time, each naming the claims it reports (src/report/answers.ts prints a sentence only when those claims stand).
 */

/** What one sentence of an answer rests on. */
export type AnswerBasis =
  /** Every cited claim is `proved` or `refuted` (as expected): the sentence says what they prove and no more. */
  | 'proof'
  /** The cited claims may be only `supported`: the sentence reports evidence, and is printed as such. */
  | 'evidence'
  /** A definition or a limit of scope (what "closed form" means, what no claim covers): it cites nothing. */
  | 'scope';

/** One sentence of an answer: Markdown text, the claims whose verdicts it reports, and its basis. */
export interface AnswerSentence {
  readonly text: string;
  readonly cites: readonly string[];
  readonly basis: AnswerBasis;
}

/** A sentence that reports proved (or refuted) claims. */
const proof = (text: string, ...cites: string[]): AnswerSentence => ({ text, cites, basis: 'proof' });
/** A sentence that reports evidence (supported claims): printed with "evidence, not proof". */
const evidence = (text: string, ...cites: string[]): AnswerSentence => ({ text, cites, basis: 'evidence' });
/** A definition or scope limit: printed in italics, cites nothing. */
const scope = (text: string): AnswerSentence => ({ text, cites: [], basis: 'scope' });

export interface Question {
  id: string;
  /** A few words for the bullet: its heading under Answers, and the name claim pages and the graph use for it. */
  label: string;
  /** The bullet, in the asker's (or commenter's) words. */
  quote: string;
  /** The answer, sentence by sentence, each with the claims behind it. */
  answer: readonly AnswerSentence[];
}

export const QUESTIONS: readonly Question[] = [
  {
    id: 'derivation',
    label: 'Derivations right?',
    quote: '(are my derivations correct?)',
    answer: [
      proof(
        'Yes: for one point in any dimension the gradient of $`\\tfrac12(t - s(\\mathbf w\\cdot\\mathbf x))^2`$ is exactly $`-(t - s)\\,s\\,(1-s)\\,\\mathbf x`$, an identity of rational functions in $`e^{-\\mathbf w\\cdot\\mathbf x}`$, with $`s\' = s(1-s)`$.',
        'gradient-formula',
        'sigmoid-derivative',
      ),
      proof(
        'One reading needs care: moving one coordinate $`w_j`$ to $`-\\infty`$ sends $`s(\\mathbf w\\cdot\\mathbf x)`$ to 0 only when $`x_j > 0`$; it tends to 1 when $`x_j < 0`$ and does not move when $`x_j = 0`$, so "the sigmoid zeroes" is false as a statement about every input.',
        'factor-limit-direction',
        'factor-limit-one-coordinate',
      ),
    ],
  },
  {
    id: 'zero-exists',
    label: 'Does a zero exist?',
    quote: 'does the gradient expression even have a zero, even if it cannot be found in a closed-form?',
    answer: [
      proof(
        'It depends on the data. The factors $`s`$ and $`1-s`$ are positive at every finite $`\\mathbf w`$, so a zero of the gradient needs the weighted sum $`\\sum_i (t_i - s_i)s_i(1-s_i)\\mathbf x_i`$ itself to vanish.',
        'sigmoid-factors-no-finite-root',
      ),
      proof(
        'For one point ($`t \\ne 1`$) the gradient factor vanishes exactly where $`e^{\\mathbf w\\cdot\\mathbf x} = t/(1-t)`$, which has a real solution exactly when $`0 < t < 1`$.',
        'single-point-zero-set',
      ),
      proof(
        'For a scalar weight with non-zero inputs and every target in $`(0, 1)`$ a finite stationary point always exists ($`L\'`$ is negative far left and positive far right, then the intermediate value theorem; proved for $`n \\le 3`$ points, every sign pattern of the inputs).',
        'stationary-point-exists-d1',
      ),
      proof(
        'For targets at or beyond $`\\{0, 1\\}`$ on the sides of a separating direction $`\\mathbf v`$, each point\'s term of $`-\\nabla L\\cdot\\mathbf v`$ is proved positive for $`d \\le 3`$ (that their sum, and hence no finite zero, follows for every $`n`$ is the step in words).',
        'no-finite-zero-separable',
      ),
      proof(
        'For the two points $`(1, \\tfrac13)`$, $`(2, \\tfrac34)`$ there is exactly one stationary point on the real line, the global minimum; for $`(1, \\tfrac9{10})`$, $`(3, \\tfrac23)`$ there are three, two of them local minima.',
        'two-point-unique-stationary-point',
        'multiple-local-minima',
      ),
      proof(
        'In float64 the factors round to 0 for $`h \\ge 36.7368\\ldots`$ ($`1 - s`$) and $`h \\le -709.78\\ldots`$ ($`s`$), so a float64 solver can report zeros that do not exist.',
        'float64-spurious-roots',
      ),
    ],
  },
  {
    id: 'procedure',
    label: 'How to find zeros',
    quote: 'what would the canonical procedure to solve for the zeroes in this function? (I have experience for linear and polynomial cases, but I am ignorant of more complicated cases such as this).',
    answer: [
      proof(
        'To be *sure* of every zero in a box: branch-and-prune with interval Newton / Krawczyk, which proves existence, uniqueness and absence; for the 2-D four-point example it encloses every zero of $`\\nabla L`$ in $`[-10, 10]^2`$ (one, a minimum).',
        'many-points-zero-certified',
      ),
      proof(
        'For a scalar weight and integer inputs the stationary points are the logarithms of the positive roots of a polynomial in $`z = e^w`$, which Sturm sequences count and isolate on the whole real line.',
        'two-point-unique-stationary-point',
        'multiple-local-minima',
      ),
      proof(
        "Both classical iterations come with proofs on the two-point example: $`L'' \\le \\tfrac{163}{240}`$ on all of $`\\mathbb R`$, and gradient descent with step $`\\tfrac{240}{163}`$ satisfies $`|w_k - w^*| \\le (\\tfrac34)^k |w_0 - w^*|`$ from every start in $`[0, \\tfrac12]`$ (Ostrowski); Newton's method from $`w_0 = \\tfrac14`$ satisfies $`|w_{k+1} - w^*| \\le \\tfrac9{10}|w_k - w^*|^2`$ (Kantorovich).",
        'gradient-descent-linear-rate',
        'newton-quadratic-convergence',
      ),
      evidence(
        "Beyond what is proved, the tables show the observed linear ratio $`\\approx 0.5576`$ and Newton doubling its digits also from $`w_0 = 0`$, where Kantorovich's condition fails.",
        'gradient-descent-linear-rate',
        'newton-quadratic-convergence',
      ),
      proof(
        'For one point the gradient flow in $`h = \\mathbf w\\cdot\\mathbf x`$ has an explicit time $`T(h)`$ with $`T\'(h) = 1/(q(t-s)s(1-s))`$ (the step from this antiderivative to the flow is in words).',
        'single-neuron-gradient-flow',
      ),
    ],
  },
  {
    id: 'no-closed-form',
    label: 'No closed form?',
    quote: 'can it be demonstrated that there is no closed form?',
    answer: [
      proof(
        'Yes, in the sense of radicals: for the data $`(1, \\tfrac13)`$, $`(2, \\tfrac34)`$ the stationary point has $`e^{w^*} = z^*`$, a root of an irreducible septic with Galois group $`S_7`$, which is not solvable, so $`e^{w^*}`$ is not expressible by radicals in the data.',
        'two-point-no-closed-form',
      ),
      proof(
        'This is not an accident of the targets: with the targets as symbolic parameters $`t`$, the Galois group of the stationarity polynomial over $`\\mathbb Q(t)`$ is $`S_7`$ for the inputs $`\\{1, 2\\}`$ and $`\\{1, 3\\}`$, $`S_{11}`$ for $`\\{2, 3\\}`$ and $`S_{13}`$ for $`\\{1, 4\\}`$ and $`\\{1, 2, 3\\}`$, so for each of these input sets and all rational targets outside a thin set (Hilbert irreducibility) no stationary point has a radical $`e^{w^*}`$.',
        'generic-galois-1-2',
        'generic-galois-1-3',
        'generic-galois-2-3',
        'generic-galois-1-4',
        'generic-galois-1-2-3',
      ),
      proof('The Atlas lists, for each scalar model and input set with one choice of targets, whether the stationary point is radical or certified $`S_n`$.', 'closed-form-atlas'),
      proof(
        'Beyond radicals: $`w^*`$ itself is transcendental (Hermite–Lindemann, since $`e^{w^*}`$ is algebraic and not 1), and, conditional on Schanuel\'s conjecture, $`w^*`$ is not an EL number (no finite expression in rationals with $`+, -, \\times, \\div`$, exp and log; Chow 1999).',
        'two-point-no-closed-form',
        'two-point-not-elementary',
      ),
      scope(
        '"Closed form" above means radicals over $`\\mathbb Q`$ followed by one logarithm; nested exp and log are excluded only under Schanuel\'s conjecture. Special functions do give closed forms (a quintic is solved by Bring radicals, any degree by hypergeometric functions), and inputs with irrational ratios such as $`\\{1, \\sqrt 2\\}`$ give no polynomial in $`e^w`$, so this method says nothing about them.',
      ),
    ],
  },
  {
    id: 'other-activations',
    label: 'Other activations',
    quote: 'what about other non-linear activation functions? Might some lead to closed-form zeroes?',
    answer: [
      proof(
        'Some do. The identity gives $`\\nabla L = -X^\\top(\\mathbf t - X\\mathbf w)`$ and an exactly quadratic loss, so the minimisers are the solutions of the normal equations (proved for $`(n, d) \\in \\{(1,1), (2,1), (2,2)\\}`$).',
        'linear-activation-closed-form',
      ),
      proof(
        'For a scalar weight, $`h^2`$ has stationary points $`w = 0`$ and $`w^2 = A/B`$ ($`n \\le 4`$ points, and the summary form), and in a certified two-dimensional instance with three non-collinear points every stationary point has radical coordinates (eliminants whose factors have degree $`\\le 4`$).',
        'quadratic-activation-closed-form',
        'quadratic-activation-d2-radical',
      ),
      proof(
        'This does not extend to $`d = 3`$: for four points in $`\\mathbb R^3`$ no non-zero stationary $`w_1`$ is expressible by radicals ($`w_1^2`$ is a root of a degree-13 polynomial with Galois group $`S_{13}`$), and such a stationary point, a local minimum, exists.',
        'quadratic-activation-d3-no-closed-form',
      ),
      proof(
        'ReLU with a scalar weight has on each side a quadratic loss with minimiser $`S_{tx}/S_{xx}`$ (up to 3 active points; the split into sides is in words).',
        'relu-piecewise-closed-form',
      ),
      proof(
        'Others do not escape: tanh is a rescaled sigmoid, and on the two-point data its stationary point has $`e^{2w^*}`$ a root of the same $`S_7`$ septic; $`e^h`$ gives a solvable cubic for inputs $`\\{1, 2\\}`$ but an $`S_5`$ quintic for $`\\{1, 2, 3\\}`$.',
        'tanh-same-obstruction',
        'exponential-activation-degree',
      ),
      proof(
        'The tanh case is no accident of the data: for every point in every dimension $`\\tfrac12(t - \\tanh h)^2 = 4\\cdot\\tfrac12\\bigl(\\tfrac{t+1}2 - s(2h)\\bigr)^2`$, with the gradients matching at $`2\\mathbf w`$ (the whole loss checked for 4 symbolic points in $`\\mathbb R^3`$; summing over $`n`$ points is in words), so every sigmoid obstruction transfers to tanh.',
        'tanh-sigmoid-loss-identity',
      ),
      proof(
        'A polynomial activation does not escape either: for $`f(h) = h^3 + h`$ and inputs $`\\{1, 2\\}`$, $`L\'(w)`$ is a quintic whose Galois group over $`\\mathbb Q(t_1, t_2)`$ is $`S_5`$, so for the targets $`(1, 1)`$ and for all rational targets outside a thin set no stationary point is expressible by radicals.',
        'cubic-activation-no-closed-form',
      ),
      proof(
        'ReLU in $`\\mathbb R^2`$: on a cell of the arrangement $`\\{\\mathbf w\\cdot\\mathbf x_i = 0\\}`$ with 2 or 3 active points the loss is least squares, $`\\nabla\\ell = A\\mathbf w - \\mathbf b`$, and where $`\\det A \\ne 0`$ its only stationary point is the rational $`A^{-1}\\mathbf b`$, the cell\'s minimum (symbolic data; the split of the loss into cells is in words).',
        'relu-cell-least-squares-2d',
      ),
      proof(
        'Changing the loss to cross-entropy cancels $`s(1-s)`$ in the gradient and lowers the degree (a cubic for $`\\{1, 2\\}`$), but three inputs bring an $`S_5`$ quintic back.',
        'cross-entropy-gradient',
        'cross-entropy-two-point-radicals',
      ),
    ],
  },
  {
    id: 'one-vs-many',
    label: 'One point vs many',
    quote: 'might be the case that there is a closed form for an individual datapoint but not for an expression that consider multiple datapoints?',
    answer: [
      proof(
        'Yes. One point has the closed form $`\\mathbf w\\cdot\\mathbf x = \\mathrm{logit}(t)`$, whose minimum-norm solution is $`\\mathbf w = \\mathrm{logit}(t)\\,\\mathbf x/\\lVert\\mathbf x\\rVert^2`$ (proved for $`d \\le 3`$).',
        'single-point-zero-set',
        'single-point-min-norm-closed-form',
      ),
      proof(
        'Points that can all be fitted exactly also have one ($`n \\le d`$ independent inputs, proved for $`(n, d) \\in \\{(1,1), (1,2)\\}`$ and a $`3 \\times 4`$ instance), and so do repeated inputs ($`n \\le 5`$ equal inputs: $`s(\\mathbf w\\cdot\\mathbf x) = \\bar t`$).',
        'interpolation-closed-form',
        'repeated-input-closed-form',
      ),
      proof(
        'Two distinct inputs can already rule radicals out: the $`S_7`$ septic for $`(1, \\tfrac13)`$, $`(2, \\tfrac34)`$, and for inputs $`\\{1, 2\\}`$ with all rational targets outside a thin set.',
        'two-point-no-closed-form',
        'generic-galois-1-2',
      ),
      proof(
        'Not every pair does: the Atlas has input sets and models whose stationary points are radical, e.g. cross-entropy with inputs $`\\{1, 2\\}`$ (a cubic).',
        'closed-form-atlas',
        'cross-entropy-two-point-radicals',
      ),
    ],
  },
  {
    id: 'dimension-one',
    label: 'Scalar case',
    quote: 'does a dimensionality of x and w set to 1 (scalars) make a difference to find a closed form?',
    answer: [
      proof('A scalar weight does not make it easier: the $`S_7`$ obstruction is already there for $`d = 1`$.', 'two-point-no-closed-form'),
      proof('It also embeds in higher dimension: inputs along one axis of $`\\mathbb R^d`$ give the same septic for $`w_1`$ (proved for $`d = 2, \\dots, 5`$).', 'scalar-case-no-easier'),
      proof('Higher dimension can also *create* closed forms: with $`n \\le d`$ independent inputs every target is fitted exactly.', 'interpolation-closed-form'),
      proof(
        'Genuinely two-dimensional data behaves the same: for the three points with inputs $`(1, 0)`$, $`(0, 1)`$, $`(1, 1)`$ (targets $`\\tfrac13, \\tfrac34, \\tfrac12`$) a stationary point exists and at none is $`e^{w^*_1}`$ or $`e^{w^*_2}`$ expressible by radicals (resultant eliminants of degree 15 with group $`S_{15}`$); for the two independent inputs $`(1, 1)`$, $`(1, 2)`$ the only stationary point is $`X^{-1}\\mathrm{logit}(\\mathbf t)`$.',
        'two-dimensional-no-closed-form',
        'two-dimensional-interpolation-closed-form',
      ),
      scope('These are instances: that exact fit ($`n \\le d`$ independent inputs) is what brings a closed form back is shown on them, not proved for all data, and other $`d \\ge 2`$ data is covered by the certified box search (`npm run analyze`, exact for $`d = 2`$ integer inputs), not by a claim.'),
    ],
  },
  {
    id: 'linear-network',
    label: 'Linear network (comment)',
    quote: 'the linear network case also has infinitely many roots, but all of them have equivalent loss values (comment)',
    answer: [
      proof(
        'Not quite: for $`f = a\\,b\\,x`$ on the data $`(1, 1)`$, $`(2, 3)`$ two zeros of the gradient have different losses (the origin, a saddle, lies above the minima), so "all roots have equal loss" is refuted.',
        'linear-network-roots-equal-loss',
      ),
      proof(
        'What is true is that all minima are global: $`L - \\min L = \\tfrac12\\sum x^2\\,(ab - \\sum tx/\\sum x^2)^2`$ (proved for $`n \\le 2`$ points and in the summary form), so the zeros off the origin form the hyperbola $`ab = \\sum tx/\\sum x^2`$, all with the same loss.',
        'linear-network-minima-global',
      ),
    ],
  },
];
