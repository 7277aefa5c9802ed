/**
 * Inference rules for stationary points of a loss that is polynomial in the weights w ∈ ℝ^k (e.g. the activation
 * f(h) = h²): ∇L = 0 as a polynomial system in w itself (each ∂L/∂w_j a non-zero rational multiple of P_j(w)),
 * elimination to one weight by a cofactor identity Σ A_j P_j = R(w_i) checked exactly in Z[w_1, …, w_k], the
 * product of polynomials whose roots are all radical, and Galois's theorem for the non-zero values of one weight. The kernel builds each conclusion from the checked premises.
 */
import { decodeExpr, mul, sym, type Expr } from '../../symbolic/expr.js';
import { normalForm } from '../../symbolic/normal-form.js';
import { difference, isZeroFunction } from '../../symbolic/rational-function.js';
import { decodeMPoly, isCofactorIdentity, mpolyToExpr, type MPoly } from '../mpoly.js';
import { canonicalJson, decodeProp, PropError, type Prop } from '../proposition.js';
import type { Rule } from '../rules.js';
import { isProductWithPower, univariateProduct } from '../univariate.js';

function need(condition: boolean, message: string): asserts condition {
  if (!condition) throw new PropError(message);
}

const fail = (message: string): never => {
  throw new PropError(message);
};

function argsObject(args: unknown, rule: string): Record<string, unknown> {
  need(typeof args === 'object' && args !== null && !Array.isArray(args), `${rule} needs an "args" object`);
  return args as Record<string, unknown>;
}

/** An integer polynomial in one variable, highest first, decoded as a proposition's polynomial is (leading ≠ 0). */
function univariateArg(data: unknown, at: string): string[] {
  const p = decodeProp({ op: 'irreducible', poly: data }, at);
  return [...(p as { poly: readonly string[] }).poly];
}

type System = Extract<Prop, { op: 'poly-system' }>;

/** The rules of this module, registered in src/kernel/rules.ts. */
export const POLYNOMIAL_SYSTEM_RULES: Record<string, Rule> = {
  'polynomial-gradient-system': {
    theorem: 'if ∂L/∂w_j = c_j P_j(w) on ℝ^k for j = 1..k with rational c_j ≠ 0, then ∇L(w) = 0 ⟺ P_1(w) = … = P_k(w) = 0',
    apply(premises, args) {
      const rule = 'polynomial-gradient-system';
      need(premises.length >= 1 && premises.length <= 8, `${rule} takes one derivative premise per variable (1 to 8)`);
      const parts = argsObject(args, rule).factors;
      need(Array.isArray(parts) && parts.length === premises.length, `${rule}: args.factors has one {c, P} per premise`);
      const vars = premises.map((p, j) => {
        need(p.op === 'forall' && p.body.op === 'deriv' && p.body.partial === undefined, `${rule}: premise ${j + 1} is a derivative that holds everywhere, under its quantifier`);
        return p.body.var;
      });
      const k = vars.length;
      need(new Set(vars).size === k, `${rule}: the premises differentiate in ${k} different variables`);
      const loss = ((premises[0] as Extract<Prop, { op: 'forall' }>).body as Extract<Prop, { op: 'deriv' }>).fn;
      const w = vars.map((v) => sym(v));
      const polys = premises.map((p, j): MPoly => {
        const { vars: bound, body } = p as Extract<Prop, { op: 'forall' }>;
        const d = body as Extract<Prop, { op: 'deriv' }>;
        need(bound.length === k && bound.every((b) => b.domain === 'real' && vars.includes(b.name)), `${rule}: premise ${j + 1} is quantified over exactly the variables ${vars.join(', ')}, over all reals`);
        need(canonicalJson(d.fn) === canonicalJson(loss), `${rule}: premise ${j + 1} differentiates another function`);
        const f = parts[j] as Record<string, unknown>;
        need(typeof f === 'object' && f !== null, `${rule}: args.factors[${j}] is an object {c, P}`);
        const c = decodeExpr(f.c, `args.factors[${j}].c`);
        need(c.op === 'num' && c.value !== '0', `${rule}: args.factors[${j}].c is a non-zero rational`);
        const P = decodeMPoly(f.P, k, `args.factors[${j}].P`, fail, true);
        const expected: Expr = mul(c, mpolyToExpr(P, w));
        need(isZeroFunction(difference(normalForm(d.value), normalForm(expected))), `${rule}: ∂L/∂${vars[j]} is not c·P(w) for the given c, P`);
        return P;
      });
      return { op: 'poly-system', loss, vars, polys };
    },
  },
  'eliminate-weight': {
    theorem: 'elimination: if Σ_j A_j P_j = R(w_i) in Z[w_1, …, w_k], then every common zero of the P_j has R(w_i) = 0; so at every zero of ∇L, R(w_i) = 0',
    apply(premises, args) {
      const rule = 'eliminate-weight';
      need(premises.length === 1 && premises[0].op === 'poly-system', `${rule} takes one premise, a poly-system`);
      const system = premises[0] as System;
      const o = argsObject(args, rule);
      const k = system.vars.length;
      const i = system.vars.indexOf(o.coordinate as string);
      need(typeof o.coordinate === 'string' && i >= 0, `${rule}: args.coordinate names one of the variables ${system.vars.join(', ')}`);
      const R = univariateArg(o.eliminant, 'args.eliminant');
      const cofactorsFail = (message: string): never => fail(`${rule}: ${message}`);
      need(isCofactorIdentity(system.polys, o.cofactors, R, k, i, cofactorsFail), `${rule}: Σ A_j P_j is not R(w_${i + 1})`);
      return { op: 'stationary-weight-root', loss: system.loss, vars: system.vars, coordinate: system.vars[i], poly: R };
    },
  },
  'radical-roots-product': {
    theorem: 'the roots of f·g are the roots of f and the roots of g: if every root of f and every root of g is expressible by radicals over Q, so is every root of f·g',
    apply(premises) {
      const rule = 'radical-roots-product';
      need(premises.length === 2 && premises.every((p) => p.op === 'radical-roots'), `${rule} takes two radical-roots premises`);
      const [f, g] = premises.map((p) => (p as { poly: readonly string[] }).poly);
      return decodeProp({ op: 'radical-roots', poly: univariateProduct(f, g) });
    },
  },
  'nonzero-weight-not-radical': {
    theorem: 'if every zero w* of ∇L has R(w*_i) = 0, R = u · w_i^e · g^m (u a non-zero integer) and no root of g is expressible by radicals, then w*_i = 0 or w*_i is a root of g: no non-zero w*_i is expressible by radicals',
    apply(premises, args) {
      const rule = 'nonzero-weight-not-radical';
      need(premises.length === 2 && premises[0].op === 'stationary-weight-root' && premises[1].op === 'no-radical-root', `${rule}: premises are stationary-weight-root and no-radical-root`);
      const root = premises[0] as Extract<Prop, { op: 'stationary-weight-root' }>;
      const g = (premises[1] as { poly: readonly string[] }).poly;
      const o = argsObject(args, rule);
      const [u, e, m] = [o.unit, o.zeroOrder, o.multiplicity];
      need(typeof u === 'string' && /^-?[1-9]\d{0,2000}$/.test(u), `${rule}: args.unit is a non-zero integer "u"`);
      need(typeof e === 'number' && Number.isInteger(e) && e >= 0 && e <= 2000, `${rule}: args.zeroOrder is an integer e ≥ 0`);
      need(typeof m === 'number' && Number.isInteger(m) && m >= 1 && m <= 2000, `${rule}: args.multiplicity is a positive integer`);
      need(isProductWithPower([u, ...Array<string>(e).fill('0')], g, m, root.poly), `${rule}: u · w^e · g^m is not R`);
      return { op: 'stationary-weight-not-radical', loss: root.loss, vars: root.vars, coordinate: root.coordinate };
    },
  },
};
