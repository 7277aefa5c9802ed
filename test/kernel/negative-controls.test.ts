/**
 * Negative controls (issue 9, item 8): wrong claims modelled on real mistakes, each with the most convincing proof,
 * certificates or witness an honest-but-wrong or hostile author would attach. Each is judged directly by the kernel
 * (the claim's producers are called here, not through the process pool); none may come out `proved` or `supported`.
 * A refutation must be the kernel's: `refuted` only when the witness replays to the statement's negation.
 * Dependencies are wired as the runner wires them: the formal statement of every declared dependency is a lemma, and
 * `applyDependencies` then applies the dependency rules.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Claim, ClaimContext } from '../../src/claim/types.js';
import { negation, applyDependencies, formalStatement, judgeClaim, type ClaimOutcome, type Judgement } from '../../src/kernel/verdict.js';
import { replayProof } from '../../src/kernel/proof.js';
import { decodeProp, propEquals, type Prop } from '../../src/kernel/proposition.js';

const DIR = resolve('test/fixtures/negative');
const CTX: ClaimContext = { seed: 20160829, precisions: [30, 60, 120] };
const files = readdirSync(DIR).filter((f) => f.endsWith('.claim.ts')).sort();

async function load(id: string): Promise<Claim> {
  // Dependencies live beside the controls, in lemmas/ (true claims a control cites, not controls), or in claims/.
  const lemma = join(DIR, 'lemmas', `${id}.claim.ts`);
  const local = files.includes(`${id}.claim.ts`) ? join(DIR, `${id}.claim.ts`) : existsSync(lemma) ? lemma : resolve('claims', `${id}.claim.ts`);
  return (await import(pathToFileURL(local).href)).default as Claim;
}

async function outcome(claim: Claim): Promise<ClaimOutcome> {
  return {
    evidence: claim.evidence ? await claim.evidence(CTX) : [],
    properties: claim.properties ? await claim.properties(CTX) : [],
    certificates: claim.certificate ? await claim.certificate(CTX) : [],
    statement: claim.statement,
    proof: claim.proof ? await claim.proof(CTX) : undefined,
    witness: claim.witness ? await claim.witness(CTX) : undefined,
  };
}

/** Judges `id` after its dependencies, with their formal statements as lemmas, then applies the dependency rules. */
async function judge(id: string, seen = new Map<string, Judgement>(), deps = new Map<string, readonly string[]>(), order: string[] = []): Promise<{ judgement: Judgement; outcome: ClaimOutcome }> {
  const claim = await load(id);
  const lemmas = new Map<string, Prop>();
  for (const d of claim.dependsOn ?? []) {
    if (!seen.has(d)) await judge(d, seen, deps, order);
    const formal = formalStatement((await load(d)).statement);
    if (formal !== null && typeof formal !== 'string') lemmas.set(d, formal);
  }
  const out = await outcome(claim);
  seen.set(id, judgeClaim(out, undefined, { lemmas }));
  deps.set(id, claim.dependsOn ?? []);
  order.push(id);
  return { judgement: applyDependencies(seen, deps, order).get(id)!, outcome: out };
}

/** Why each control must be refused: the kernel's reason, so that a control cannot pass for an unrelated defect. */
const WHY: Record<string, RegExp> = {
  'neg-conv-domain-change': /conversion cannot change the bound variables/,
  'neg-conv-partial-inequality': /a partial gt may only be rewritten/,
  'neg-conv-under-negation': /conv: a converted expression is not certified defined everywhere/,
  'neg-conv-x-over-x': /not certified defined everywhere/,
  'neg-conv-zero-times-log': /not certified defined everywhere/,
  'neg-count-via-exp-other-polynomial': /root count is about another polynomial/,
  'neg-cross-entropy-with-squared-loss-certificates': /conclusion is not the statement/,
  'neg-curvature-bound-below-sup': /does not stay ≤ 3\/10/,
  'neg-cyclic-proof': /nested more than 200 deep/,
  'neg-d2-discard-genuine-root': /third premise says a polynomial has no root in \(0, \+∞\)/,
  'neg-d2-eliminant-perturbed': /Σ A_j P_j is not R\(z_1\)/,
  'neg-derivative-dropped-two': /derivative with respect to h minus the claimed one normalises to/,
  'neg-enclosure-misses-root': /0 distinct real roots in \(2, 3\], not 1/,
  'neg-enclosure-narrowed-past-root': /0 distinct real roots in \(0, 1\/3\], not 1/,
  'neg-exp-transfer-denominator-claimed-rootless': /gives 1 distinct real roots in \(0, \+∞\), not 0/,
  'neg-exp-transfer-denominator-root': /second premise says D has no root/,
  'neg-exp-transfer-negative-denominator': /positive leading coefficient/,
  'neg-false-limit': /replayed the witness to the negation/,
  'neg-float64-sigmoid-is-one': /normalises to \(-1\) \/ \(1 \+ exp\(40\)\)/,
  'neg-float64-stationary-point': /gives 0 distinct real roots in \(0, \+∞\), not 1/,
  'neg-forged-conclusion': /conclusion is not the statement/,
  'neg-generic-uncancelled-factor': /the specialized polynomial is not squarefree/,
  'neg-gradient-descent-rate-below-bound': /below 1 − step·m/,
  'neg-gradient-dropped-factor': /minus the claimed one normalises to/,
  'neg-gradient-sign-flipped': /the functions of the gradient differ/,
  'neg-gt-ne-factor-never-half': /not certified positive/,
  'neg-hermite-lindemann-at-zero': /N\(1\) = 0/,
  'neg-schanuel-from-transcendence': /schanuel-not-elementary: premises are stationary-via-exp and stationary-not-radical/,
  'neg-kantorovich-from-zero': /h = βηK = .* > 1\/2/,
  'neg-newton-constant-other-statement': /conclusion is not the statement/,
  'neg-huge-proof': /more than 200 deep|more than 20000 nodes/,
  'neg-ivt-target-one': /positive-substitution: F is not P with each name replaced/,
  'neg-lemma-converted-wrongly': /conv: the expressions differ/,
  'neg-lemma-not-declared': /not a claim this one depends on/,
  'neg-limit-unique-same-value': /the two limits are the same[^]*replayed the witness to the negation|replayed the witness to the negation/,
  'neg-linear-form-name-clash': /must not already be symbols of the premise/,
  'neg-limit-nowhere-defined': /not certified defined for every positive x/,
  'neg-log-of-square': /the identity is not proved/,
  'neg-logit-sign-error': /the derivative is not c e\^\{mw\} N/,
  'neg-min-norm-certificate-other-statement': /conclusion is not the statement/,
  'neg-min-norm-wrong-formula': /lhs − rhs differ as functions/,
  'neg-one-point-two-stationary-points': /gives 1 distinct real roots in \(0, \+∞\), not 2/,
  'neg-print-alike-symbols': /w1 and w_1 both print as w_\{1\}/,
  'neg-prototype-keys': /no kernel checker for certificate kind "__proto__"[^]*no inference rule named "__proto__"/,
  'neg-proved-from-refuted-lemma': /rests on neg-false-limit, which the kernel refuted/,
  'neg-quartic-no-radical': /S_n is solvable for n ≤ 4/,
  'neg-quad-drop-zero-root': /Σ A_j P_j is not R\(w_1\)/,
  'neg-quad-forgotten-square': /u · w\^e · g\^m is not R/,
  'neg-quad-gradient-other-targets': /∂L\/∂w_1 is not c·P\(w\)/,
  'neg-range-exp-tail-wrong-side': /is not F\(e\^\{w\}\)/,
  'neg-refute-forall-wrong-instance': /not the negation of the statement at the given values/,
  'neg-refuted-by-unproved-lemma': /cites the statement of neg-false-limit \(refuted\)/,
  'neg-septic-solvable': /degree 7: only degrees 1 to 4/,
  'neg-shadowed-binder': /inner quantifier rebinds a substituted name/,
  'neg-sigmoid-certificates-other-statement': /conclusion is not the statement/,
  'neg-sigmoid-derivative-wrong-sign': /minus the claimed one normalises to/,
  'neg-sigmoid-one-plus-s': /conv: the expressions differ/,
  'neg-specialize-captured': /would be captured/,
  'neg-specialize-derivative-variable': /cannot substitute for x: it is the variable of a derivative/,
  'neg-specialize-non-positive': /value of y is not certified positive/,
  'neg-tolerance-as-exact-evaluation': /exact value is 1249999995804921\/625000000000000, not the recorded 2/,
  'neg-tolerance-stationary-point': /the identity is not proved/,
  'neg-true-statement-unrelated-witness': /witness replays, but its conclusion is not the negation/,
  'neg-two-point-two-roots': /conclusion is not the statement/,
};

/**
 * Controls whose statement is TRUE (the defect is in the proof or witness): they must be neither proved nor refuted.
 * The kernel's own sampling of the statement then finds no counterexample, so `supported` is their honest verdict.
 */
const TRUE_STATEMENTS = new Set(['neg-generic-uncancelled-factor', 'neg-quad-forgotten-square', 'neg-lemma-not-declared', 'neg-log-of-square', 'neg-range-exp-tail-wrong-side', 'neg-true-statement-unrelated-witness']);

describe('negative controls', () => {
  it('names the reason of every control', () => {
    expect(Object.keys(WHY).sort()).toEqual(files.map((f) => f.replace(/\.claim\.ts$/, '')));
  });

  it('has at least 30 of them', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it('rests the lemma-based controls on true lemmas that reach their expected (supported) verdict', async () => {
    const lemmas = readdirSync(join(DIR, 'lemmas')).filter((f) => f.endsWith('.claim.ts'));
    expect(lemmas.length).toBeGreaterThan(0);
    for (const f of lemmas) {
      const id = f.replace(/\.claim\.ts$/, '');
      const claim = await load(id);
      expect((await judge(id)).judgement.verdict, id).toBe(claim.expected);
    }
  });

  for (const file of files) {
    const id = file.replace(/\.claim\.ts$/, '');
    it(`${id} is refused`, async () => {
      const claim = await load(id);
      expect(claim.id).toBe(id);
      const { judgement, outcome: out } = await judge(id);
      const why = `${judgement.verdict}: ${judgement.reasons.join(' | ')}`;
      expect(TRUE_STATEMENTS.has(id) ? ['proved', 'refuted'] : ['proved', 'supported'], why).not.toContain(judgement.verdict);
      expect(judgement.verdict, why).toBe(claim.expected);
      expect(judgement.reasons.join(' | ')).toMatch(WHY[id]);
      // `error` only for a statement the kernel refuses to read (it would print as another proposition).
      if (judgement.verdict === 'error') expect(judgement.reasons.join(' ')).toMatch(/the printed statement would not determine the proposition/);
      else expect(TRUE_STATEMENTS.has(id) ? ['supported', 'inconclusive'] : ['refuted', 'inconclusive']).toContain(judgement.verdict);
      if (judgement.verdict === 'refuted' && /tested the statement itself and found a counterexample/.test(why)) {
        // The kernel's own counterexample: its witness tree replayed (every step ok) to the negation.
        expect(judgement.witnessTree?.ok).toBe(true);
      } else if (judgement.verdict === 'refuted') {
        // The refutation is the kernel's: the witness replays to exactly the negation of the statement.
        const formal = formalStatement(out.statement) as Prop;
        const lemmas = new Map<string, Prop>();
        for (const d of claim.dependsOn ?? []) lemmas.set(d, decodeProp((await load(d)).statement));
        const w = replayProof(out.witness, { lemmas });
        expect(w.ok).toBe(true);
        expect(propEquals(w.conclusion!, negation(formal))).toBe(true);
      }
    });
  }
});
