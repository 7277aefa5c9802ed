import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eq } from '../../src/algebra/rational.js';
import { derivative } from '../../src/symbolic/derivative.js';
import { exp, mul, num, pow, sym } from '../../src/symbolic/expr.js';
import { equivalent } from '../../src/symbolic/normal-form.js';
import { parseExpr } from '../../src/symbolic/parse.js';
import { attempt, evaluate, evaluateDual, exprArb, pointArb, polynomialExprArb } from './helpers.js';

const P = parseExpr;
const SEED = 1729;

describe('symbolic derivative', () => {
  it('agrees with exact dual-number evaluation wherever the tree is defined (property, fixed seed)', () => {
    fc.assert(
      fc.property(exprArb(), pointArb, fc.constantFrom('a', 'b', 'c'), (e, point, v) => {
        const dual = attempt(() => evaluateDual(e, v, point));
        if (!dual.ok) return;
        expect(eq(evaluate(derivative(e, v), point), dual.value[1])).toBe(true);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('differentiates exp by the chain rule: ∂ exp(p) = exp(p) ∂p (property, fixed seed)', () => {
    fc.assert(
      fc.property(polynomialExprArb, (p) => {
        expect(equivalent(derivative(exp(p), 'a'), mul(exp(p), derivative(p, 'a')))).toBe(true);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('knows the textbook cases and not their wrong twins', () => {
    expect(equivalent(derivative(P('1/(1 + exp(-h))'), 'h'), P('1/(1 + exp(-h)) * (1 - 1/(1 + exp(-h)))'))).toBe(true);
    expect(equivalent(derivative(P('1/(1 + exp(-h))'), 'h'), P('1/(1 + exp(-h)) * (1 + 1/(1 + exp(-h)))'))).toBe(false);
    expect(equivalent(derivative(P('ln(x^2 + 1)'), 'x'), P('2*x/(x^2 + 1)'))).toBe(true);
    expect(equivalent(derivative(P('ln(x^2 + 1)'), 'x'), P('1/(x^2 + 1)'))).toBe(false);
    expect(equivalent(derivative(P('exp(-w*x)'), 'w'), P('-x*exp(-w*x)'))).toBe(true);
    expect(equivalent(derivative(P('exp(-w*x)'), 'w'), P('x*exp(-w*x)'))).toBe(false);
    expect(equivalent(derivative(P('x^(-2)'), 'x'), P('-2/x^3'))).toBe(true);
  });

  it('gives 0 for expressions free of the variable and for x^0', () => {
    expect(derivative(P('exp(t)*ln(t + 2)'), 'h')).toEqual(num(0));
    expect(derivative(pow(sym('x'), 0), 'x')).toEqual(num(0));
  });
});
