import { genericSigmoidStationarity } from '../../src/neuron/generic-stationarity.js';
import { describe, expect, it } from 'vitest';
import { canonicalProp, decodeProp, propEquals, PropError, type Prop } from '../../src/kernel/proposition.js';
import { propToLatex, printingAmbiguity } from '../../src/kernel/print-prop.js';
import { parseExpr } from '../../src/symbolic/parse.js';
import {
  and,
  atLinearForm,
  deriv,
  eq,
  fact,
  forall,
  galoisSymmetric,
  gradientOfLinearForm,
  gt,
  irreducible,
  limit,
  ne,
  noRadicalRoot,
  not,
  positive,
  radicalRoots,
  real,
  rootCount,
  stationaryCount,
  stationaryNotElementary,
  stationaryNotRadical,
  stationaryTranscendental,
  stationaryViaExp,
  implies,
  stationarySigns,
  range,
  gradientDescentLinear,
  newtonQuadratic,
} from '../../src/claim/statement.js';

const x = { op: 'sym', name: 'x' };
const one = { op: 'num', value: '1' };
/** decodeProp rejects `data` with a PropError whose message starts with `path` and matches `why`. */
function rejects(data: unknown, path: string, why: RegExp): void {
  let error: unknown;
  try {
    decodeProp(data);
  } catch (e) {
    error = e;
  }
  expect(error, path).toBeInstanceOf(PropError);
  const message = (error as Error).message;
  expect(message.startsWith(path), message).toBe(true);
  expect(message).toMatch(why);
}

describe('decodeProp', () => {
  it('rejects malformed input, naming the path of the defect', () => {
    rejects(null, '$', /expected a proposition object/);
    rejects([], '$', /expected a proposition object/);
    rejects({ op: 'equals' }, '$', /unknown proposition form "equals"/);
    rejects({ op: '__proto__' }, '$', /unknown proposition form/);
    rejects({ op: 'constructor' }, '$', /unknown proposition form/);
    rejects({ op: 'eq', lhs: x, rhs: x, extra: 1 }, '$', /unexpected field "extra"/);
    rejects(JSON.parse('{"op":"eq","lhs":{"op":"num","value":"1"},"rhs":{"op":"num","value":"1"},"__proto__":{}}'), '$', /unexpected field "__proto__"/);
    rejects({ op: 'eq', lhs: x, rhs: { op: 'sym', name: '1x' } }, '$.rhs', /valid symbol name/);
    rejects({ op: 'eq', lhs: x, rhs: x, partial: false }, '$.partial', /must be true/);
    rejects({ op: 'and', parts: [] }, '$.parts', /non-empty array/);
    rejects({ op: 'and', parts: [{ op: 'eq', lhs: x, rhs: x }, { op: 'eq', lhs: x }] }, '$.parts[1].rhs', /./);
    rejects({ op: 'not', arg: 7 }, '$.arg', /expected a proposition object/);
    rejects({ op: 'forall', vars: [], body: { op: 'eq', lhs: x, rhs: x } }, '$.vars', /non-empty array/);
    rejects({ op: 'forall', vars: [{ name: 'x', domain: 'real' }, { name: 'x', domain: 'positive' }], body: { op: 'eq', lhs: x, rhs: x } }, '$.vars[1]', /bound twice/);
    rejects({ op: 'forall', vars: [{ name: 'x', domain: 'integer' }], body: { op: 'eq', lhs: x, rhs: x } }, '$.vars[0].domain', /"real" or "positive"/);
    rejects({ op: 'forall', vars: [{ name: 'x', domain: 'real', hint: 1 }], body: { op: 'eq', lhs: x, rhs: x } }, '$.vars[0]', /only name and domain/);
    rejects({ op: 'forall', vars: [{ name: 'exp', domain: 'real' }], body: { op: 'eq', lhs: x, rhs: x } }, '$.vars[0].name', /not a symbol name/);
    rejects({ op: 'deriv', fn: x, var: 3, value: one }, '$.var', /not a symbol name/);
    rejects({ op: 'limit', fn: x, var: 'x', at: '-inf', value: one }, '$.at', /"\+inf" or "0\+"/);
    rejects({ op: 'root-count', poly: ['0', '1'], lo: '0', hi: '1', count: 1 }, '$.poly', /leading coefficient is zero/);
    rejects({ op: 'root-count', poly: ['1', '1.5'], lo: '0', hi: '1', count: 1 }, '$.poly[1]', /not an integer string/);
    rejects({ op: 'root-count', poly: ['1'], lo: '1/0', hi: '1', count: 1 }, '$.lo', /not a rational/);
    rejects({ op: 'root-count', poly: ['1'], lo: '0', hi: 'inf', count: 1 }, '$.hi', /not a rational/);
    rejects({ op: 'root-count', poly: ['1'], lo: '0', hi: '1', count: -1 }, '$.count', /non-negative integer/);
    rejects({ op: 'irreducible', poly: [] }, '$.poly', /non-empty array/);
    rejects({ op: 'stationary-count', loss: x, var: 'x', count: 1.5 }, '$.count', /non-negative integer/);
    rejects({ op: 'fact', kind: 'identity', certificate: [] }, '$.certificate', /an object/);
    rejects({ op: 'fact', kind: 7, certificate: {} }, '$.kind', /checker name/);
  });

  it('rejects cyclic and oversized propositions without hanging', () => {
    const cyclic: { op: string; arg?: unknown } = { op: 'not' };
    cyclic.arg = cyclic;
    rejects(cyclic, '$', /nested more than 200 deep/);
    let deep: unknown = { op: 'eq', lhs: x, rhs: x };
    for (let i = 0; i < 3000; i++) deep = { op: 'not', arg: deep };
    rejects(deep, '$.arg', /nested more than 200 deep/);
    rejects({ op: 'and', parts: Array.from({ length: 6000 }, () => ({ op: 'eq', lhs: x, rhs: x })) }, '$.parts[', /more than 5000 nodes/);
  });

  it('returns a fresh, canonical copy (numbers, ends and coefficients in lowest terms)', () => {
    const data = { op: 'root-count', poly: ['007', '-0'], lo: '2/4', hi: '-6/3', count: 1 };
    const p = decodeProp(data);
    expect(p).toEqual({ op: 'root-count', poly: ['7', '0'], lo: '1/2', hi: '-2', count: 1 });
    data.poly[0] = '9';
    expect((p as unknown as { poly: string[] }).poly[0]).toBe('7');
  });
});

describe('propEquals', () => {
  const body = eq('x + y', 'y + x');
  it('ignores the order in which binders are listed', () => {
    expect(propEquals(decodeProp(forall(['x', 'y'], body)), decodeProp(forall(['y', 'x'], body)))).toBe(true);
    expect(canonicalProp(decodeProp(forall(['x', 'y'], body)))).toBe(canonicalProp(decodeProp(forall(['y', 'x'], body))));
  });
  it('distinguishes everything else: domains, names, relation, sides, partiality, order of conjuncts, counts, ends, polynomials', () => {
    const base = decodeProp(forall(['x', 'y'], body));
    const others: Prop[] = [
      forall([real('x'), positive('y')], body),
      forall(['x', 'z'], eq('x + z', 'z + x')),
      forall(['x', 'y'], gt('x + y', 'y + x')),
      forall(['x', 'y'], eq('y + x', 'x + y')),
      forall(['x', 'y'], eq('x + y', 'y + x', true)),
      forall(['x', 'y', 'z'], body),
      and(forall(['x', 'y'], body)),
    ];
    for (const o of others) expect(propEquals(base, decodeProp(o)), JSON.stringify(o)).toBe(false);
    const p = decodeProp(and(rootCount(['2', '-1'], '0', '+inf', 1), irreducible(['2', '-1'])));
    expect(propEquals(p, decodeProp(and(irreducible(['2', '-1']), rootCount(['2', '-1'], '0', '+inf', 1))))).toBe(false);
    expect(propEquals(p, decodeProp(and(rootCount(['2', '-1'], '0', '+inf', 2), irreducible(['2', '-1']))))).toBe(false);
    expect(propEquals(p, decodeProp(and(rootCount(['2', '-1'], '0', '1', 1), irreducible(['2', '-1']))))).toBe(false);
    expect(propEquals(p, decodeProp(and(rootCount(['4', '-2'], '0', '+inf', 1), irreducible(['2', '-1']))))).toBe(false);
    // Expressions are compared as trees, not as functions: x + y and y + x are different statements.
    expect(propEquals(decodeProp(eq('1 + 1', '2')), decodeProp(eq('2', '2')))).toBe(false);
    expect(propEquals(decodeProp(not(eq('1', '1'))), decodeProp(eq('1', '1')))).toBe(false);
  });
});

/** Crude TeX well-formedness: balanced braces (ignoring \{ \}), \left/\right and \begin/\end pairs. */
function wellFormed(latex: string): void {
  let depth = 0;
  const plain = latex.replace(/\\[{}]/g, '');
  for (const c of plain) {
    if (c === '{') depth++;
    if (c === '}') depth--;
    expect(depth, latex).toBeGreaterThanOrEqual(0);
  }
  expect(depth, latex).toBe(0);
  expect((latex.match(/\\left\b/g) ?? []).length, latex).toBe((latex.match(/\\right\b/g) ?? []).length);
  expect((latex.match(/\\begin\{/g) ?? []).length).toBe((latex.match(/\\end\{/g) ?? []).length);
  expect(latex).not.toMatch(/undefined|NaN|\[object Object\]/);
}

const GENERIC = genericSigmoidStationarity([1n, 2n]);

describe('propToLatex', () => {
  const loss = '1/2*(1/3 - sigmoid(w))^2';
  const every: Record<Prop['op'], Prop> = {
    and: and(gt('1', '0'), ne('1', '0')),
    not: not(limit('1/x', 'x', '+inf', '1')),
    implies: forall(['x'], implies(gt('x', '0'), gt('x^2', '0'))),
    'stationary-signs': stationarySigns(loss, 'w', '-+'),
    range: range(loss, 'w', 2, ['-inf', '+inf'], ['-inf', '163/240']),
    'gradient-descent-linear': gradientDescentLinear(loss, 'w', { step: '240/163', lo: '0', hi: '1/2', rate: '3/4' }),
    'newton-quadratic': newtonQuadratic(loss, 'w', { start: '1/4', radius: '1/20', constant: '9/10' }),
    'generic-galois-symmetric': { op: 'generic-galois-symmetric', params: GENERIC.params, poly: GENERIC.numerator } as unknown as Prop,
    'generic-no-radical-root': { op: 'generic-no-radical-root', params: GENERIC.params, poly: GENERIC.numerator } as unknown as Prop,
    'generic-stationary-via-exp': { op: 'generic-stationary-via-exp', loss: GENERIC.loss, var: 'w', params: GENERIC.params, poly: GENERIC.numerator } as unknown as Prop,
    'generic-stationary-not-radical': { op: 'generic-stationary-not-radical', loss: GENERIC.loss, var: 'w', params: GENERIC.params } as unknown as Prop,
    forall: forall([real('h'), positive('y')], gt('y*exp(h)', '0')),
    eq: forall(['x'], eq('x/x', '1', true)),
    gt: gt('2', '1'),
    ne: forall(['lambda'], ne('exp(lambda)', '0')),
    deriv: forall(['h'], deriv('sigmoid(h)', 'h', 'sigmoid(h)*(1 - sigmoid(h))')),
    limit: forall(['a'], limit('a/x', 'x', '0+', '-inf')),
    'linear-form': atLinearForm('h', 'w', 'x', gt('sigmoid(h)', '0')),
    'gradient-linear-form': forall(['t'], gradientOfLinearForm('1/2*(t - sigmoid(h))^2', 'h', 'w', 'x', '-(t - sigmoid(h))*sigmoid(h)*(1 - sigmoid(h))')),
    'root-count': rootCount(['4', '1', '21', '-6', '-12', '-33', '-5', '-2'], '-3/2', '+inf', 1),
    irreducible: irreducible(['1', '0', '-2']),
    'galois-symmetric': galoisSymmetric(['1', '0', '0', '1', '1']),
    'no-radical-root': noRadicalRoot(['1', '0', '0', '0', '-1', '1']),
    'radical-roots': radicalRoots(['1', '0', '-2']),
    'stationary-via-exp': stationaryViaExp(loss, 'w', ['2', '-1']),
    'stationary-count': stationaryCount(loss, 'w', 1),
    'stationary-transcendental': stationaryTranscendental(loss, 'w'),
    'stationary-not-radical': stationaryNotRadical(loss, 'w'),
    'stationary-not-elementary': stationaryNotElementary(loss, 'w'),
    fact: fact({ kind: 'identity', lhs: parseExpr('x + x'), rhs: parseExpr('2*x') }),
    'poly-system-via-exp': { op: 'poly-system-via-exp', loss: parseExpr('1/2*(1/3 - sigmoid(w_1 + w_2))^2'), vars: ['w_1', 'w_2'], polys: [[['2', [1, 1]], ['-1', [0, 0]]]] },
    'stationary-coordinate-root': { op: 'stationary-coordinate-root', loss: parseExpr('1/2*(1/3 - sigmoid(w_1 + w_2))^2'), vars: ['w_1', 'w_2'], coordinate: 'w_2', poly: ['2', '-1'] },
    'stationary-coordinate-not-radical': { op: 'stationary-coordinate-not-radical', loss: parseExpr('1/2*(1/3 - sigmoid(w_1 + w_2))^2'), vars: ['w_1', 'w_2'], coordinate: 'w_1' },
    'poly-system': { op: 'poly-system', loss: parseExpr('1/2*(1 - (w_1 + w_2)^2)^2'), vars: ['w_1', 'w_2'], polys: [[['1', [3, 0]], ['-1', [1, 0]]]] },
    'stationary-weight-root': { op: 'stationary-weight-root', loss: parseExpr('1/2*(1 - (w_1 + w_2)^2)^2'), vars: ['w_1', 'w_2'], coordinate: 'w_2', poly: ['1', '0', '-1'] },
    'stationary-weight-not-radical': { op: 'stationary-weight-not-radical', loss: parseExpr('1/2*(1 - (w_1 + w_2)^2)^2'), vars: ['w_1', 'w_2'], coordinate: 'w_1' },
  };
  it('prints every form as well-formed LaTeX, with what distinguishes it', () => {
    for (const [op, p] of Object.entries(every)) {
      const latex = propToLatex(decodeProp(p));
      expect(latex.length, op).toBeGreaterThan(0);
      wellFormed(latex);
    }
    expect(propToLatex(decodeProp(every.eq))).toMatch(/wherever both sides are defined/);
    expect(propToLatex(decodeProp(every.forall))).toMatch(/h \\in \\mathbb\{R\}.*y > 0/);
    expect(propToLatex(decodeProp(every.not))).toMatch(/^\\neg/);
    expect(propToLatex(decodeProp(every.deriv))).toMatch(/where \} s\(u\) = \\frac\{1\}\{1 \+ e\^\{-u\}\}/);
    expect(propToLatex(decodeProp(every['root-count']))).toMatch(/\(-\\tfrac\{3\}\{2\}, \+\\infty\)/);
    expect(propToLatex(decodeProp(every['galois-symmetric']))).toMatch(/S_\{4\}/);
    expect(propToLatex(decodeProp(every['linear-form']))).toMatch(/\\mathbf\{w\}\\cdot\\mathbf\{x\}/);
  });
  it('typesets vector names with subscripts like symbols (no double subscript)', () => {
    const latex = propToLatex(decodeProp(gradientOfLinearForm('sigmoid(h)', 'h', 'w_a_b', 'x_1', 'sigmoid(h)*(1 - sigmoid(h))')));
    wellFormed(latex);
    expect(latex).toContain('\\mathbf{w_{a_{b}}}');
    expect(latex).not.toMatch(/_[^{]*_/);
  });
  it('prints different statements differently', () => {
    const printed = Object.values(every).map((p) => propToLatex(decodeProp(p)));
    expect(new Set(printed).size).toBe(printed.length);
    expect(propToLatex(decodeProp(rootCount(['2', '-1'], '0', '1', 1)))).not.toBe(propToLatex(decodeProp(rootCount(['2', '-1'], '0', '1', 2))));
    expect(propToLatex(decodeProp(eq('x', 'x', true)))).not.toBe(propToLatex(decodeProp(eq('x', 'x'))));
  });
  it('escapes the text of a fact and marks a rejected one', () => {
    const rejected = propToLatex(decodeProp(fact({ kind: 'identity', lhs: parseExpr('x'), rhs: parseExpr('2*x') })));
    expect(rejected).toMatch(/rejects/);
    wellFormed(propToLatex(decodeProp(fact({ kind: 'no-such-kind', note: '{ $ } _ ^' }))));
  });
  it('flags statements whose printing would be ambiguous', () => {
    expect(printingAmbiguity(decodeProp(forall(['w1', 'w_1'], eq('w1', 'w_1'))))).toMatch(/both print as w_\{1\}/);
    expect(printingAmbiguity(decodeProp(every['gradient-linear-form']))).toBeNull();
    expect(printingAmbiguity(decodeProp(stationaryViaExp('1/2*(1/3 - sigmoid(z))^2', 'z', ['2', '-1'])))).toMatch(/N\(z\)/);
    expect(printingAmbiguity(decodeProp(stationaryCount('1/2*(1/3 - sigmoid(L))^2', 'L', 1)))).toMatch(/loss L/);
    expect(printingAmbiguity(decodeProp(stationaryCount('1/2*(1/3 - sigmoid(z))^2', 'z', 1)))).toBeNull();
    for (const p of Object.values(every)) expect(printingAmbiguity(decodeProp(p))).toBeNull();
  });
});
