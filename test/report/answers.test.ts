import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderAnswer, sentenceObjection, type CitedClaim } from '../../src/report/answers.js';
import { QUESTIONS, type AnswerSentence, type Question } from '../../src/report/questions.js';

interface CommittedClaim {
  id: string;
  verdict: CitedClaim['verdict'];
  expectedMet: boolean;
  answers: string[];
}
const committed = (JSON.parse(readFileSync('reports/verdicts.json', 'utf8')) as { claims: CommittedClaim[] }).claims;
const byId = new Map(committed.map((c) => [c.id, c]));

describe('every Answer sentence cites only claims that stand (against the committed reports/verdicts.json)', () => {
  for (const q of QUESTIONS) {
    for (const [i, s] of q.answer.entries()) {
      it(`${q.id} sentence ${i + 1} (${s.basis})`, () => {
        expect(sentenceObjection(s, byId)).toBeNull();
        for (const id of s.cites) {
          expect(existsSync(`claims/${id}.claim.ts`), `claims/${id}.claim.ts`).toBe(true);
          // A cited claim says, in its own file, that it bears on this bullet: the claim page links back to the answer.
          expect(byId.get(id)!.answers, `${id}.answers`).toContain(q.id);
        }
        if (s.basis !== 'scope') expect(s.cites.length).toBeGreaterThan(0);
      });
    }
  }
});

describe('sentenceObjection refuses what does not stand', () => {
  const claims = new Map<string, CitedClaim>([
    ['p', { verdict: 'proved', expectedMet: true }],
    ['r', { verdict: 'refuted', expectedMet: true }],
    ['s', { verdict: 'supported', expectedMet: true }],
    ['x', { verdict: 'proved', expectedMet: false }],
    ['e', { verdict: 'error', expectedMet: false }],
  ]);
  const sentence = (basis: AnswerSentence['basis'], ...cites: string[]): AnswerSentence => ({ text: 'T.', cites, basis });
  it('accepts proved and refuted claims for proof sentences, supported ones only for evidence sentences', () => {
    expect(sentenceObjection(sentence('proof', 'p', 'r'), claims)).toBeNull();
    expect(sentenceObjection(sentence('evidence', 's', 'p'), claims)).toBeNull();
    expect(sentenceObjection(sentence('scope'), claims)).toBeNull();
  });
  it('refuses a proof sentence resting on a supported claim, a missed expectation, a missing claim, no citation', () => {
    expect(sentenceObjection(sentence('proof', 'p', 's'), claims)).toMatch(/claim s is supported/);
    expect(sentenceObjection(sentence('proof', 'x'), claims)).toMatch(/expected verdict/);
    expect(sentenceObjection(sentence('evidence', 'e'), claims)).toMatch(/claim e/);
    expect(sentenceObjection(sentence('proof', 'nope'), claims)).toMatch(/not in this run/);
    expect(sentenceObjection(sentence('proof'), claims)).toMatch(/cites no claim/);
    expect(sentenceObjection(sentence('scope', 'p'), claims)).toMatch(/scope/);
  });
  it('prints standing sentences with their links and withholds the others', () => {
    const q: Question = {
      id: 'q',
      label: 'Q',
      quote: 'q?',
      answer: [sentence('proof', 'p'), { text: 'Second.', cites: ['s'], basis: 'proof' }, { text: 'Third.', cites: ['s'], basis: 'evidence' }, { text: 'Scope.', cites: [], basis: 'scope' }],
    };
    const items = renderAnswer(q, claims, (id) => `<${id}>`)!;
    expect(items).toEqual(['- T. (<p>)', '- *(A sentence is withheld: claim s is supported, not proved or refuted.)*', '- Third. (evidence, not proof: <s>)', '- *Scope.*']);
    expect(renderAnswer(q, new Map(), (id) => id)).toBeNull();
  });
});
