/**
 * A verdict that rests on a conjecture is never shown as an unconditional proof: on its own page, on the front page
 * (summary, Answers links, claim index, Trusted base, dependency graph) and in verdicts.json; and a claim resting on
 * it is shown conditional too. The judgements come from the kernel (the rule schanuel-not-elementary), not by hand.
 */
import { describe, expect, it } from 'vitest';
import { andElim, andIntro, byCertificate, byLemma, schanuelNotElementary } from '../../src/claim/proof-terms.js';
import { and, deriv, forall, stationaryNotElementary, stationaryNotRadical, stationaryViaExp } from '../../src/claim/statement.js';
import type { ClaimFile } from '../../src/claim/discover.js';
import { decodeProp, type Prop } from '../../src/kernel/proposition.js';
import { applyDependencies, judgeClaim, type ClaimOutcome, type Judgement } from '../../src/kernel/verdict.js';
import { sentenceObjection, type CitedClaim } from '../../src/report/answers.js';
import { renderPages } from '../../src/report/markdown.js';
import type { AnswerSentence } from '../../src/report/questions.js';
import { buildReport, reportToJson } from '../../src/report/model.js';
import type { ClaimRun } from '../../src/runner/judge-run.js';
import { checkMermaid } from './github-render.js';
import { derivativeIdentityCertificate } from '../../src/symbolic/certificates.js';
import { parseExpr } from '../../src/symbolic/parse.js';

const LOSS = '1/2*(1/3 - sigmoid(w))^2 + 1/2*(3/4 - sigmoid(2*w))^2';
const BASE = and(stationaryViaExp(LOSS, 'w', ['4', '1', '21', '-6', '-12', '-33', '-5', '-2']), stationaryNotRadical(LOSS, 'w'));
const EL = stationaryNotElementary(LOSS, 'w');
const DERIVATIVE = forall(['w'], deriv('w^2', 'w', '2*w'));
const derivativeProof = byCertificate(derivativeIdentityCertificate(parseExpr('w^2'), 'w', parseExpr('2*w')));
const USES = and(EL, DERIVATIVE);

const outcome = (statement: Prop, proof: unknown): ClaimOutcome => ({ evidence: [], properties: [], certificates: [], statement, proof });
const lemma = (id: string, p: Prop) => ({ lemmas: new Map([[id, decodeProp(p)]]) });
const OUTCOMES: Record<string, ClaimOutcome> = {
  'base-claim': outcome(BASE, undefined),
  'el-claim': outcome(EL, schanuelNotElementary(andElim(byLemma('base-claim'), 0), andElim(byLemma('base-claim'), 1))),
  'uses-el': outcome(USES, andIntro(byLemma('el-claim'), derivativeProof)),
  'plain-claim': outcome(DERIVATIVE, derivativeProof),
};
const DEPS: Record<string, string[]> = { 'base-claim': [], 'el-claim': ['base-claim'], 'uses-el': ['el-claim'], 'plain-claim': [] };
const ORDER = ['base-claim', 'el-claim', 'uses-el', 'plain-claim'];

/** The report of the four claims; base-claim's verdict is given as `proved` (its own proof is not the point here). */
function report() {
  const own = new Map<string, Judgement>([
    ['base-claim', { verdict: 'proved', reasons: ['given'], trusts: [], evidence: [], certificateChecks: [] }],
    ['el-claim', judgeClaim(OUTCOMES['el-claim'], undefined, lemma('base-claim', BASE))],
    ['uses-el', judgeClaim(OUTCOMES['uses-el'], undefined, lemma('el-claim', EL))],
    ['plain-claim', judgeClaim(OUTCOMES['plain-claim'])],
  ]);
  const judgements = applyDependencies(own, new Map(Object.entries(DEPS)), ORDER);
  const files: ClaimFile[] = ORDER.map((id) => ({ id, file: `/x/${id}.claim.ts`, displayPath: `claims/${id}.claim.ts`, title: `title of ${id}`, expected: 'proved', dependsOn: DEPS[id], problems: [] }));
  const runs = new Map<string, ClaimRun>(ORDER.map((id) => [id, { id, outcome: OUTCOMES[id], judgement: own.get(id)!, properties: [], certificates: [], figures: [] }]));
  return buildReport(files, ORDER, runs, judgements, { seed: 1, precisions: [30, 60, 120], versions: {} });
}

const CONDITIONAL = ['el-claim', 'uses-el'];

describe('conditional verdicts in the report', () => {
  const r = report();
  const pages = renderPages(r, { files: [], packages: [] });

  it('are proved in the data, with their conditions, and unconditional claims carry none', () => {
    const byId = new Map(r.claims.map((c) => [c.id, c]));
    for (const id of CONDITIONAL) expect([byId.get(id)!.verdict, byId.get(id)!.conditions], id).toEqual(['proved', ["Schanuel's conjecture"]]);
    for (const id of ['base-claim', 'plain-claim']) expect(byId.get(id)!.conditions, id).toBeUndefined();
    const json = reportToJson(r);
    for (const line of json.split('\n').filter((l) => CONDITIONAL.some((id) => l.includes(`"id":"${id}"`)))) expect(line).toContain(`"conditions":["Schanuel's conjecture"]`);
  });

  it('never show a conditional claim with the mark or badge of an outright proof, on any page', () => {
    let shown = 0;
    for (const [path, text] of pages) {
      for (const id of CONDITIONAL) {
        const marks = [...text.matchAll(new RegExp(`\\[${id}\\]\\([^)]*\\) ([^\\s,.;|]+)`, 'g'))].map((m) => m[1]);
        for (const mark of marks) expect(mark, `${path}: ${id}`).toBe('🟢');
        shown += marks.length;
        const rows = text.split('\n').filter((l) => l.includes(`[${id}](`) && l.startsWith('| '));
        for (const row of rows) expect(row, `${path}: ${id}`).not.toMatch(/✅/);
      }
    }
    expect(shown).toBeGreaterThanOrEqual(4);
    for (const id of CONDITIONAL) {
      const page = pages.get(`claims/${id}.md`)!;
      expect(page).toContain("🟢 **proved, conditional on Schanuel's conjecture**");
      expect(page).not.toContain('✅ **proved**');
      expect(page).toContain("- conjecture: Schanuel's conjecture");
    }
    const plain = pages.get('claims/plain-claim.md')!;
    expect(plain).toContain('✅ **proved**');
    expect(plain).not.toContain('🟢');
  });

  it('count them apart on the front page, list them under Conjectures, and colour them apart in the graph', () => {
    const front = pages.get('VERDICTS.md')!;
    expect(front).toContain('✅ 2 proved · 🟢 2 proved conditionally on a conjecture');
    const conjectures = front.split('\n').find((l) => l.startsWith("- **Schanuel's conjecture**"))!;
    for (const id of CONDITIONAL) expect(conjectures).toContain(`[${id}]`);
    expect(conjectures).not.toContain('plain-claim');
    const classes = front.split('\n').filter((l) => /^\s+class /.test(l));
    expect(classes.find((l) => l.endsWith(' proved'))).not.toMatch(/el_claim|uses_el/);
    expect(classes.find((l) => l.endsWith(' conditional'))).toMatch(/c_el_claim,c_uses_el/);
    expect(checkMermaid(/```mermaid\n([\s\S]*?)```/.exec(front)![1])).toEqual([]);
  });
});

describe('Answer sentences citing a conditional proof', () => {
  const claims = new Map<string, CitedClaim>([
    ['el', { verdict: 'proved', expectedMet: true, conditions: ["Schanuel's conjecture"] }],
    ['p', { verdict: 'proved', expectedMet: true }],
  ]);
  const sentence = (text: string, ...cites: string[]): AnswerSentence => ({ text, cites, basis: 'proof' });
  it('are withheld unless they name the conjecture, and evidence sentences must name it too', () => {
    expect(sentenceObjection(sentence('w* is not an EL number.', 'el', 'p'), claims)).toMatch(/claim el is proved only conditionally on Schanuel's conjecture/);
    expect(sentenceObjection({ text: 'w* is not an EL number.', cites: ['el'], basis: 'evidence' }, claims)).toMatch(/only conditionally/);
    expect(sentenceObjection(sentence("Under Schanuel's conjecture, w* is not an EL number.", 'el', 'p'), claims)).toBeNull();
    expect(sentenceObjection(sentence('An unconditional proof.', 'p'), claims)).toBeNull();
  });
});
