import { describe, expect, it } from 'vitest';
import { replayProof, type ProofNode } from '../../src/kernel/proof.js';
import { decodeProp, propEquals, type Prop } from '../../src/kernel/proposition.js';
import { RULES } from '../../src/kernel/rules.js';
import type { Certificate } from '../../src/kernel/types.js';
import { parseExpr } from '../../src/symbolic/parse.js';
import { derivativeIdentityCertificate, identityCertificate, limitCertificate, positivityCertificate } from '../../src/symbolic/certificates.js';
import { and, deriv, eq, forall, gt, limit, ne, not, positive, real } from '../../src/claim/statement.js';
import {
  andElim,
  andIntro,
  byCertificate,
  byLemma,
  byRule,
  chainLinearForm,
  conv,
  countViaExp,
  expTransfer,
  galoisNoRadical,
  gtNe,
  hermiteLindemann,
  limitUnique,
  linearFormIntro,
  refuteForall,
  specialize,
  stationaryNotRadicalRule,
} from '../../src/claim/proof-terms.js';

const e = parseExpr;
const run = (term: unknown, lemmas: Record<string, Prop> = {}): ProofNode => replayProof(term, { lemmas: new Map(Object.entries(lemmas).map(([k, v]) => [k, decodeProp(v)])) });
/** The replayed conclusion, which must exist and equal `expected`. */
function concludes(term: unknown, expected: Prop, lemmas: Record<string, Prop> = {}): void {
  const node = run(term, lemmas);
  expect(node.ok, node.detail).toBe(true);
  expect(propEquals(node.conclusion!, decodeProp(expected))).toBe(true);
}
/** The replay fails, and the failing detail matches `why`. */
function refuses(term: unknown, why: RegExp, lemmas: Record<string, Prop> = {}): void {
  const node = run(term, lemmas);
  expect(node.ok).toBe(false);
  const details = (n: ProofNode): string[] => [n.detail, ...n.premises.flatMap(details)];
  expect(details(node).join(' | ')).toMatch(why);
}
const dcert = (fn: string, v: string, value: string): Certificate => derivativeIdentityCertificate(e(fn), v, e(value));

describe('specialize', () => {
  const dax = byCertificate(dcert('a*x', 'x', 'a'));
  it('instantiates a bound variable with a constant or with an expression in the remaining variables', () => {
    concludes(specialize(dax, { a: '3' }), forall(['x'], deriv('3*x', 'x', '3')));
    concludes(specialize(byCertificate(identityCertificate(e('(a+b)^2'), e('a^2 + 2*a*b + b^2'))), { a: 'b' }), forall(['b'], eq('(b+b)^2', 'b^2 + 2*b*b + b^2')));
  });
  it('refuses to instantiate the variable of a derivative', () => {
    refuses(specialize(dax, { x: '2' }), /variable of a derivative/);
  });
  it('refuses a value that the derivative would capture (d(ax)/dx = a with a := x is not d(x²)/dx = x)', () => {
    refuses(specialize(dax, { a: 'x' }), /captured/);
    refuses(specialize(dax, { a: 'x + 1' }), /captured/);
  });
  it('refuses an inner quantifier capturing a value', () => {
    const lemma = forall([positive('a'), positive('b')], forall([real('b')], gt('a + exp(b)', '0')));
    concludes(specialize(byLemma('l'), { a: '2' }), forall([positive('b')], forall([real('b')], gt('2 + exp(b)', '0'))), { l: lemma });
    refuses(specialize(byLemma('l'), { a: 'b' }), /capture/, { l: lemma });
  });
  it('refuses a non-positive value for a positive variable, a value with foreign symbols, an unbound name, nothing to do', () => {
    const pos = byCertificate(positivityCertificate(e('y'), ['y']));
    concludes(specialize(pos, { y: '1/2' }), gt('1/2', '0'));
    refuses(specialize(pos, { y: '0' }), /not certified positive/);
    refuses(specialize(pos, { y: '-2' }), /not certified positive/);
    refuses(specialize(pos, { y: 'q' }), /remaining bound variables/);
    refuses(specialize(pos, { z: '1' }), /not bound/);
    refuses(byRule('specialize', [pos], { values: {} }), /nothing to substitute/);
    refuses(specialize(pos, { y: '1/(1-1)' }), /./);
  });
});
