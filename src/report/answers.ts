/**
 * The Answers section: each question's answer printed sentence by sentence, each sentence followed by links to the
 * claims it reports, and printed only when those claims stand (met their expected verdict, and for a sentence of
 * basis `proof`, are proved or refuted, and name in their text every conjecture a cited proof is conditional on). A
 * sentence whose claims do not stand is withheld with the reason.
 */
import type { Verdict } from '../kernel/types.js';
import type { AnswerSentence, Question } from './questions.js';

/** What the Answers need to know of a claim of the run. */
export interface CitedClaim {
  readonly verdict: Verdict;
  readonly expectedMet: boolean;
  /** The conjectures a proved verdict is conditional on (absent or empty: unconditional). */
  readonly conditions?: readonly string[];
}

/** Why a sentence may not be printed: null when it stands, else a short reason naming the claim. */
export function sentenceObjection(s: AnswerSentence, claims: ReadonlyMap<string, CitedClaim>): string | null {
  if (s.basis === 'scope') return s.cites.length === 0 ? null : 'a scope sentence cites no claim';
  if (s.cites.length === 0) return 'it cites no claim';
  for (const id of s.cites) {
    const c = claims.get(id);
    if (!c) return `claim ${id} is not in this run`;
    if (!c.expectedMet) return `claim ${id} did not reach its expected verdict (it is ${c.verdict})`;
    if (s.basis === 'proof' && c.verdict !== 'proved' && c.verdict !== 'refuted') return `claim ${id} is ${c.verdict}, not proved or refuted`;
    // A conditional proof may only be reported as such: the sentence must say which conjecture it rests on.
    const unsaid = c.verdict === 'proved' ? (c.conditions ?? []).filter((k) => !s.text.includes(k)) : [];
    if (unsaid.length > 0) return `claim ${id} is proved only conditionally on ${unsaid.join(' and ')}, which the sentence does not say`;
    if (s.basis === 'evidence' && (c.verdict === 'error' || c.verdict === 'inconclusive')) return `claim ${id} is ${c.verdict}`;
  }
  return null;
}

/**
 * The answer as Markdown list items, one per sentence: a sentence that stands with its citations `link(id)`, a withheld
 * one as "*(A sentence is withheld: reason.)*". Returns null when no sentence of the answer cites a claim of the run.
 */
export function renderAnswer(q: Question, claims: ReadonlyMap<string, CitedClaim>, link: (id: string) => string): string[] | null {
  if (!q.answer.some((s) => s.cites.some((id) => claims.has(id)))) return null;
  const parts = q.answer.map((s) => {
    const objection = sentenceObjection(s, claims);
    if (objection !== null) return `*(A sentence is withheld: ${objection}.)*`;
    if (s.basis === 'scope') return `*${s.text}*`;
    const cites = s.cites.map(link).join(', ');
    return s.basis === 'evidence' ? `${s.text} (evidence, not proof: ${cites})` : `${s.text} (${cites})`;
  });
  return parts.map((p) => `- ${p}`);
}
