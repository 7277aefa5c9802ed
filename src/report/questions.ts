/**
 * The question's bullets and the comments' claims, in the order the report answers them. A claim lists the ids of
 * the bullets it helps settle in its `answers` field; the short answer is written here, beside the bullet, and the
 * report prints it only when every claim that settles the bullet met its expected verdict.
 */
export interface Question {
  id: string;
  /** A few words for the bullet: its heading under Answers, and the name claim pages and the graph use for it. */
  label: string;
  /** The bullet, in the asker's (or commenter's) words. */
  quote: string;
  /** The short answer, one to three sentences of Markdown. */
  answer: string;
}

export const QUESTIONS: readonly Question[] = [
  {
    id: 'derivation',
    label: 'Derivations right?',
    quote: '(are my derivations correct?)',
    answer:
      'Yes: the gradient $`-(t - s)\\,s\\,(1-s)\\,\\mathbf x`$ is exactly the derivative of $`\\tfrac12(t - s(\\mathbf w\\cdot\\mathbf x))^2`$, proved as an identity of rational functions in $`e^{-\\mathbf w\\cdot\\mathbf x}`$. One reading needs care: setting *one* coordinate of $`\\mathbf w`$ to $`-\\infty`$ does not make $`s(\\mathbf w\\cdot\\mathbf x)`$ vanish for every $`\\mathbf x`$; it depends on the sign of that coordinate of $`\\mathbf x`$.',
  },
  {
    id: 'zero-exists',
    label: 'Does a zero exist?',
    quote: 'does the gradient expression even have a zero, even if it cannot be found in a closed-form?',
    answer:
      'It depends on the data. The factors $`s`$ and $`1-s`$ never vanish at finite $`\\mathbf w`$, so a zero needs $`\\sum_i (t_i - s_i)s_i(1-s_i)\\mathbf x_i = 0`$: for one point it exists iff $`0 < t < 1`$; for separable targets in $`\\{0,1\\}`$ there is none at all; for the two-point example there is exactly one, certified; and there can be several local minima. A float64 solver can report zeros that do not exist.',
  },
  {
    id: 'procedure',
    label: 'How to find zeros',
    quote: 'what would the canonical procedure to solve for the zeroes in this function? (I have experience for linear and polynomial cases, but I am ignorant of more complicated cases such as this).',
    answer:
      'Numerical root finding with a proof attached: Newton\'s method (digits double per step near a simple zero) or gradient descent (linear rate), and, to be *sure* of every zero in a box, interval Newton / Krawczyk with branch-and-prune, which proves existence, uniqueness and absence. For a scalar weight and integer inputs the zeros are logarithms of roots of a polynomial in $`z = e^w`$, which exact algebra (Sturm sequences) isolates completely.',
  },
  {
    id: 'no-closed-form',
    label: 'No closed form?',
    quote: 'can it be demonstrated that there is no closed form?',
    answer:
      'Yes, in the precise sense of radicals: for the data (1, 1/3), (2, 3/4) the stationary point satisfies $`e^{w^*} = z^*`$ with $`z^*`$ a root of an irreducible septic whose Galois group is $`S_7`$, which is not solvable, so $`z^*`$ is not expressible by radicals in the data. The atlas shows this is the rule, not the exception.',
  },
  {
    id: 'other-activations',
    label: 'Other activations',
    quote: 'what about other non-linear activation functions? Might some lead to closed-form zeroes?',
    answer:
      'Some do: identity (normal equations), $`h^2`$ and ReLU have closed-form stationary points for any number of points. Others do not escape: tanh is a rescaled sigmoid and meets the same $`S_n`$ obstruction, and $`e^h`$ gives a cubic for inputs {1, 2} but an $`S_5`$ quintic for {1, 2, 3}. Changing the loss to cross-entropy cancels $`s(1-s)`$ and lowers the degree, but three inputs bring $`S_5`$ back.',
  },
  {
    id: 'one-vs-many',
    label: 'One point vs many',
    quote: 'might be the case that there is a closed form for an individual datapoint but not for an expression that consider multiple datapoints?',
    answer:
      'Yes. One point has the closed form $`\\mathbf w\\cdot\\mathbf x = \\mathrm{logit}(t)`$ (minimum norm $`\\mathbf w = \\mathrm{logit}(t)\\,\\mathbf x/\\lVert\\mathbf x\\rVert^2`$); so do points that can all be fitted exactly ($`n \\le d`$ independent inputs) and repeated inputs. Two points that cannot both be fitted already give an $`S_7`$ septic.',
  },
  {
    id: 'dimension-one',
    label: 'Scalar case',
    quote: 'does a dimensionality of x and w set to 1 (scalars) make a difference to find a closed form?',
    answer:
      'No: the obstruction is already there for a scalar weight, and it embeds in every dimension (inputs along one axis give the same septic for $`w_1`$).',
  },
  {
    id: 'linear-network',
    label: 'Linear network (comment)',
    quote: 'the linear network case also has infinitely many roots, but all of them have equivalent loss values (comment)',
    answer:
      'Not quite: for $`f = a\\,b\\,x`$ the zeros of the gradient are the hyperbola $`ab = \\sum t x/\\sum x^2`$, all global minima with equal loss, **plus the origin**, a saddle with a higher loss. So "all roots have equal loss" is refuted, and "all minima are global" is proved.',
  },
];
