/**
 * The question's bullets and the comments' claims, in the order the report answers them. A claim lists the ids of
 * the bullets it helps settle in its `answers` field; the short answer is written here, beside the bullet.
 */
export interface Question {
  id: string;
  /** The bullet, in the asker's words. */
  quote: string;
  /** The short answer (one to three sentences, Markdown); shown only when at least one claim settles the bullet. */
  answer: string;
}

export const QUESTIONS: readonly Question[] = [
  {
    id: 'derivation',
    quote: '(are my derivations correct?)',
    answer: 'Yes. The gradient in the question is the derivative of the squared loss, and the sigmoid factors are right.',
  },
  {
    id: 'zero-exists',
    quote: 'does the gradient expression even have a zero, even if it cannot be found in a closed-form?',
    answer: 'It depends on the data.',
  },
  {
    id: 'procedure',
    quote: 'what would the canonical procedure to solve for the zeroes in this function?',
    answer: 'Numerical root finding.',
  },
  {
    id: 'no-closed-form',
    quote: 'can it be demonstrated that there is no closed form?',
    answer: 'Yes, for specific data.',
  },
  {
    id: 'other-activations',
    quote: 'what about other non-linear activation functions? Might some lead to closed-form zeroes?',
    answer: 'Some do.',
  },
  {
    id: 'one-vs-many',
    quote: 'might be the case that there is a closed form for an individual datapoint but not for an expression that consider multiple datapoints?',
    answer: 'Yes.',
  },
  {
    id: 'dimension-one',
    quote: 'does a dimensionality of x and w set to 1 (scalars) make a difference to find a closed form?',
    answer: 'No.',
  },
  {
    id: 'linear-network',
    quote: 'the linear network case also has infinitely many roots, but all of them have equivalent loss values (comment)',
    answer: 'Not quite.',
  },
];
