/**
 * Inference rules for stationary points in several weights w ∈ ℝ^k through z_j = e^{w_j}: the transfer of ∇L = 0 to
 * a polynomial system (exp is a bijection ℝ → (0, ∞), positive denominators), elimination by a cofactor identity
 * Σ A_j P_j = R(z_i) checked exactly in Z[z_1, …, z_k], discarding factors of R that no stationary point can reach
 * (no root in (0, ∞), or a rational root at which the system has no positive solution), and Galois's theorem for one
 * coordinate. Every hypothesis is checked on the decoded premises and arguments; the kernel builds each conclusion.
 */
import { decodeExpr, exp, mul, pow, sym, type Expr } from '../../symbolic/expr.js';
import { normalForm } from '../../symbolic/normal-form.js';
import { difference, isZeroFunction } from '../../symbolic/rational-function.js';
import { decodeMPoly, isCofactorIdentity, mpolyAdd, mpolyDegreeIn, mpolyEquals, mpolyFromUnivariate, mpolyMul, mpolySubstituteRational, mpolyToExpr, type MPoly } from '../mpoly.js';
import { canonicalJson, decodeProp, PropError, type Prop } from '../proposition.js';
import type { Rule } from '../rules.js';
import { isProductWithPower, univariateProduct } from '../univariate.js';

function need(condition: boolean, message: string): asserts condition {
  if (!condition) throw new PropError(message);
}

function argsObject(args: unknown, rule: string): Record<string, unknown> {
  need(typeof args === 'object' && args !== null && !Array.isArray(args), `${rule} needs an "args" object`);
  return args as Record<string, unknown>;
}

const fail = (message: string): never => {
  throw new PropError(message);
};

type System = Extract<Prop, { op: 'poly-system-via-exp' }>;
type CoordinateRoot = Extract<Prop, { op: 'stationary-coordinate-root' }>;

/** An integer polynomial in one variable, highest first, decoded as a proposition's polynomial is (leading ≠ 0). */
function univariateArg(data: unknown, at: string): string[] {
  const p = decodeProp({ op: 'irreducible', poly: data }, at);
  return [...(p as { poly: readonly string[] }).poly];
}

function sameLossAndVars(a: { loss: Expr; vars: readonly string[] }, b: { loss: Expr; vars: readonly string[] }, rule: string): void {
  need(canonicalJson(a.vars) === canonicalJson(b.vars), `${rule}: the premises are about different variables`);
  need(canonicalJson(a.loss) === canonicalJson(b.loss), `${rule}: the premises are about different losses`);
}

function noPositiveRoot(p: Prop, what: string, rule: string): readonly string[] {
  need(p.op === 'root-count' && p.lo === '0' && p.hi === '+inf' && p.count === 0, `${rule}: ${what} says a polynomial has no root in (0, +∞)`);
  return p.poly;
}

/** The index of `coordinate` in vars. */
function coordinateIndex(vars: readonly string[], coordinate: unknown, rule: string): number {
  const i = vars.indexOf(coordinate as string);
  need(typeof coordinate === 'string' && i >= 0, `${rule}: args.coordinate names one of the variables ${vars.join(', ')}`);
  return i;
}

function sameFunction(a: Expr, b: Expr): boolean {
  return isZeroFunction(difference(normalForm(a), normalForm(b)));
}

/** The rules of this module, registered in src/kernel/rules.ts. */
export const ELIMINATION_RULES: Record<string, Rule> = {
  'exp-transfer-system': {
    theorem:
      'exp is a bijection ℝ → (0, ∞) in each coordinate: if ∂L/∂w_j = c_j e^{m_j·w} P_j(e^w)/D_j(e^w) for j = 1..k with c_j ≠ 0 and D_j a non-zero polynomial with non-negative coefficients (so D_j > 0 on (0, ∞)^k), then ∇L(w) = 0 ⟺ P_1(e^w) = … = P_k(e^w) = 0',
    apply(premises, args) {
      const rule = 'exp-transfer-system';
      need(premises.length >= 1 && premises.length <= 8, `${rule} takes one derivative premise per variable (1 to 8)`);
      const o = argsObject(args, rule);
      const parts = o.factors;
      need(Array.isArray(parts) && parts.length === premises.length, `${rule}: args.factors has one {c, m, P, D} per premise`);
      const vars = premises.map((p, j) => {
        need(p.op === 'forall' && p.body.op === 'deriv' && p.body.partial === undefined, `${rule}: premise ${j + 1} is a derivative that holds everywhere, under its quantifier`);
        return p.body.var;
      });
      const k = vars.length;
      need(new Set(vars).size === k, `${rule}: the premises differentiate in ${k} different variables`);
      const first = premises[0] as Extract<Prop, { op: 'forall' }>;
      const loss = (first.body as Extract<Prop, { op: 'deriv' }>).fn;
      const z = vars.map((v) => exp(sym(v)));
      const polys = premises.map((p, j): MPoly => {
        const { vars: bound, body } = p as Extract<Prop, { op: 'forall' }>;
        const d = body as Extract<Prop, { op: 'deriv' }>;
        need(bound.length === k && bound.every((b) => b.domain === 'real' && vars.includes(b.name)), `${rule}: premise ${j + 1} is quantified over exactly the variables ${vars.join(', ')}, over all reals`);
        need(canonicalJson(d.fn) === canonicalJson(loss), `${rule}: premise ${j + 1} differentiates another function`);
        const f = parts[j] as Record<string, unknown>;
        need(typeof f === 'object' && f !== null, `${rule}: args.factors[${j}] is an object {c, m, P, D}`);
        const c = decodeExpr(f.c, `args.factors[${j}].c`);
        need(c.op === 'num' && c.value !== '0', `${rule}: args.factors[${j}].c is a non-zero rational`);
        const m = f.m;
        need(Array.isArray(m) && m.length === k && m.every((x) => typeof x === 'number' && Number.isInteger(x) && Math.abs(x) <= 1000), `${rule}: args.factors[${j}].m is one integer exponent per variable`);
        const P = decodeMPoly(f.P, k, `args.factors[${j}].P`, fail, true);
        const D = decodeMPoly(f.D, k, `args.factors[${j}].D`, fail, true);
        need(D.every(([coefficient]) => BigInt(coefficient) > 0n), `${rule}: D_${j + 1} must have positive coefficients (then D_${j + 1} > 0 on (0, ∞)^${k})`);
        const expected = mul(c, ...(m as number[]).map((x, l) => pow(z[l], x)), mpolyToExpr(P, z), pow(mpolyToExpr(D, z), -1));
        need(sameFunction(d.value, expected), `${rule}: ∂L/∂${vars[j]} is not c e^{m·w} P(e^w)/D(e^w) for the given c, m, P, D`);
        return P;
      });
      return { op: 'poly-system-via-exp', loss, vars, polys };
    },
  },
  eliminate: {
    theorem: 'elimination: if Σ_j A_j P_j = R(z_i) in Z[z_1, …, z_k], then every common zero of the P_j has R(z_i) = 0; so at every zero of ∇L, R(e^{w_i}) = 0',
    apply(premises, args) {
      const rule = 'eliminate';
      need(premises.length === 1 && premises[0].op === 'poly-system-via-exp', `${rule} takes one premise, a poly-system-via-exp`);
      const system = premises[0] as System;
      const o = argsObject(args, rule);
      const k = system.vars.length;
      const i = coordinateIndex(system.vars, o.coordinate, rule);
      const R = univariateArg(o.eliminant, 'args.eliminant');
      const cofactorsFail = (message: string): never => fail(`${rule}: ${message}`);
      need(isCofactorIdentity(system.polys, o.cofactors, R, k, i, cofactorsFail), `${rule}: Σ A_j P_j is not R(z_${i + 1})`);
      return { op: 'stationary-coordinate-root', loss: system.loss, vars: system.vars, coordinate: system.vars[i], poly: R };
    },
  },
  'discard-factor': {
    theorem: 'a factor without positive roots can be cancelled: if R(z) = 0 for some z > 0, R = g·h and h has no root in (0, ∞), then g(z) = 0',
    apply(premises, args) {
      const rule = 'discard-factor';
      need(premises.length === 2 && premises[0].op === 'stationary-coordinate-root', `${rule} takes a stationary-coordinate-root and a root count`);
      const root = premises[0] as CoordinateRoot;
      const h = noPositiveRoot(premises[1], 'the second premise', rule);
      const g = univariateArg(argsObject(args, rule).factor, 'args.factor');
      need(canonicalJson(univariateProduct(g, h)) === canonicalJson(root.poly), `${rule}: g·h is not R`);
      return { ...root, poly: g };
    },
  },
  'discard-rational-root': {
    theorem:
      'a spurious rational root can be cancelled: if every zero of ∇L has R(e^{w_i}) = 0 and P_j(e^w) = 0 for all j, R = (q z − p)^e g, and Σ_j U_j · q^{E_j} P_j|_{z_i = p/q} = G(z_l) with G without roots in (0, ∞), then no zero has e^{w_i} = p/q, so every zero has g(e^{w_i}) = 0',
    apply(premises, args) {
      const rule = 'discard-rational-root';
      need(premises.length === 3 && premises[0].op === 'stationary-coordinate-root' && premises[1].op === 'poly-system-via-exp', `${rule} takes a stationary-coordinate-root, the poly-system-via-exp and a root count`);
      const root = premises[0] as CoordinateRoot;
      const system = premises[1] as System;
      sameLossAndVars(root, system, rule);
      const G = noPositiveRoot(premises[2], 'the third premise', rule);
      const o = argsObject(args, rule);
      const k = system.vars.length;
      const i = system.vars.indexOf(root.coordinate);
      const l = coordinateIndex(system.vars, o.other, rule);
      need(l !== i, `${rule}: args.other must be another variable than the coordinate`);
      const m = typeof o.root === 'string' ? /^(-?\d{1,2000})(?:\/(\d{1,2000}))?$/.exec(o.root) : null;
      need(m !== null && (m[2] === undefined || BigInt(m[2]) > 0n), `${rule}: args.root is a rational "p/q"`);
      const [p, q] = [BigInt(m[1]), BigInt(m[2] ?? '1')];
      const e = o.multiplicity;
      need(typeof e === 'number' && Number.isInteger(e) && e >= 1 && e <= 2000, `${rule}: args.multiplicity is a positive integer`);
      const g = univariateArg(o.factor, 'args.factor');
      need(isProductWithPower(g, [q.toString(), (-p).toString()], e, root.poly), `${rule}: (q z − p)^e · g is not R`);
      const cofactors = o.cofactors;
      need(Array.isArray(cofactors) && cofactors.length === system.polys.length, `${rule}: args.cofactors has one polynomial per P_j`);
      const combination = system.polys.reduce<MPoly>((acc, P, j) => {
        const U = decodeMPoly(cofactors[j], k, `args.cofactors[${j}]`, fail);
        need(mpolyDegreeIn(U, i) === 0, `${rule}: args.cofactors[${j}] must not contain z_${i + 1}`);
        return mpolyAdd(acc, mpolyMul(U, mpolySubstituteRational(P, i, p, q)));
      }, []);
      need(mpolyEquals(combination, mpolyFromUnivariate(G, k, l)), `${rule}: Σ U_j P_j(z_${i + 1} = ${o.root}) is not G(z_${l + 1})`);
      return { ...root, poly: g };
    },
  },
  'coordinate-not-radical': {
    theorem: 'if every zero w* of ∇L has g(e^{w*_i}) = 0 and no root of g is expressible by radicals, then no e^{w*_i} is',
    apply(premises) {
      const rule = 'coordinate-not-radical';
      need(premises.length === 2 && premises[0].op === 'stationary-coordinate-root' && premises[1].op === 'no-radical-root', `${rule}: premises are stationary-coordinate-root and no-radical-root`);
      const root = premises[0] as CoordinateRoot;
      need(canonicalJson(root.poly) === canonicalJson((premises[1] as { poly: readonly string[] }).poly), `${rule}: the premises are about different polynomials`);
      return { op: 'stationary-coordinate-not-radical', loss: root.loss, vars: root.vars, coordinate: root.coordinate };
    },
  },
};
