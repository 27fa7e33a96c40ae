/**
 * Why a question was answered or declined: the words as the engine read them,
 * the best candidates with each signal, the calibrated threshold and the
 * decision (`factbot ask --explain`). For maintainers: a question declined
 * because of one word the knowledge never uses shows that word.
 */
import { SEARCH } from '../config.ts';
import { cleanInput } from '../text/normalize.ts';
import { lackedKind, type LackedKind } from '../text/places.ts';
import { missingOwner } from './owners.ts';
import { answer, askedAsStored, type KnowledgeBase } from './answer.ts';
import { decisionValue, type Calibration } from './calibrate.ts';
import { closestOutOfScope, markedOutOfScope } from './outofscope.ts';
import { rankReading, readingTerms, type RankedFact } from './rank.ts';
import { heardAs } from './spoken.ts';

export interface ExplainedTerm {
  /** The word (or phrase) as typed, folded. */
  word: string;
  /** The term of the knowledge it was matched to, or null. */
  matched: string | null;
  /** 'borrowed': a word of the knowledge's other language, read as the terms found in the same facts (borrowed.ts). */
  how: 'exact' | 'typo' | 'borrowed' | 'unknown';
  /** Words of the question joined into this one, as a phone's dictation writes a name ("bay lee kova"; spoken.ts). */
  heard?: string;
  /** Its share of the question's weight (idf), 0..1. */
  weight: number;
}

export interface Explanation {
  /** The question as the bot read it (cleaned). */
  question: string;
  /** The part of the message that was ranked, when not all of it: its question, the words after it left aside. */
  read: string | null;
  /** True when `read` is the message's last question, ranked with the sentences before it weighing little (`terms` has them). */
  withContext: boolean;
  outcome: 'answered' | 'declined' | 'smalltalk' | 'empty';
  /** The fact answered with, when answered. */
  factId: string | null;
  terms: ExplainedTerm[];
  candidates: RankedFact[];
  /** The best score less {@link SEARCH.runnerUpWeight} × the runner-up's: what the threshold applies to. */
  decisionValue: number;
  calibration: Calibration;
  /** One sentence: why. */
  reason: string;
}

/** How --explain says what a question asked for and the best fact does not give (places.ts, lackedKind). */
const LACKING: Record<LackedKind, { asks: string; gives: string }> = {
  city: { asks: 'which city', gives: 'names none' },
  day: { asks: 'for a day or a date', gives: 'gives none' },
  start: { asks: 'since when', gives: 'gives no beginning' },
  distance: { asks: 'how far', gives: 'gives no distance' },
  share: { asks: 'what share', gives: 'gives none' },
  venue: { asks: 'where it was said', gives: 'names no place or occasion' },
};

/** Explains how the bot treats a question (the same path as `answer`). */
export function explain(rawQuestion: string, kb: KnowledgeBase, top = 5): Explanation {
  const question = cleanInput(rawQuestion);
  const reply = answer(rawQuestion, kb);
  // A Turkish question is ranked by the Turkish index, against its own threshold.
  const index = reply.language === 'tr' && kb.turkish ? kb.turkish : kb;
  const { ranked: candidates, read, withContext } = rankReading(question, index, Math.max(2, top));
  const resolved = readingTerms(index, question, read, withContext);
  const total = resolved.reduce((s, t) => s + t.idf, 0);
  const typed = index.profile.language === 'en' ? index.profile.words(question) : [];
  const terms: ExplainedTerm[] = resolved.map((t) => {
    const heard = t.raw === null ? null : heardAs(t.raw, typed);
    return {
      word: t.raw ?? (t.query.startsWith('~') ? t.query.slice(1).replace(/_/g, ' ') : t.query),
      matched: t.term === null ? null : t.term.startsWith('~') ? t.term.slice(1).replace(/_/g, ' ') : t.term,
      how: t.how === 'typo' && t.raw !== null && index.borrow?.(t.raw)?.includes(t.ids[0]!) ? 'borrowed' : t.how,
      weight: total > 0 ? t.idf / total : 0,
      ...(heard === null ? {} : { heard }),
    };
  });
  const value = decisionValue(candidates, index.calibration.runnerUpWeight);
  const threshold = index.calibration.threshold;
  const outcome = reply.kind === 'fact' ? 'answered' : reply.kind === 'smalltalk' ? 'smalltalk' : reply.kind === 'none' && reply.reason === 'empty' ? 'empty' : 'declined';
  let reason: string;
  const first = candidates[0];
  const marked = closestOutOfScope(index, index.outOfScope, question);
  const owner = first ? missingOwner(index, question, index.byId.get(first.factId)!) : null;
  const lacking = first && !askedAsStored(first) ? lackedKind(question, index.facts[index.byId.get(first.factId)!]!.answer) : null;
  const second = candidates[1];
  const sum = first ? `${first.score.toFixed(2)}${second ? ` − ${index.calibration.runnerUpWeight} × runner-up ${second.score.toFixed(2)}` : ''} = ${value.toFixed(2)}` : '0';
  if (outcome === 'smalltalk') reason = `small talk: the whole message is the "${reply.kind === 'smalltalk' ? reply.intent : ''}" pattern`;
  else if (outcome === 'empty') reason = /[\p{L}\p{N}]/u.test(question) ? 'nothing asked: the message only greets, thanks or says goodbye' : 'nothing to match: no letters or digits';
  else if (outcome === 'answered') reason = `answered: ${sum} ≥ threshold ${threshold.toFixed(2)}`;
  else if (!first) reason = 'declined: no fact shares a word with the question';
  else if (value >= threshold && marked !== null && markedOutOfScope(marked, first.question)) {
    reason = `declined: ${sum} ≥ threshold ${threshold.toFixed(2)}, but the question is as close to “${marked.question}”, marked out of scope (similarity ${marked.similarity.toFixed(2)}; the best fact's closest phrasing ${first.question.toFixed(2)})`;
  } else if (value >= threshold && lacking !== null) {
    reason = `declined: ${sum} ≥ threshold ${threshold.toFixed(2)}, but the question asks ${LACKING[lacking].asks} and "${first.factId}" ${LACKING[lacking].gives}`;
  } else if (value >= threshold && owner !== null) {
    reason = `declined: ${sum} ≥ threshold ${threshold.toFixed(2)}, but the question asks about something of "${owner}", which "${first.factId}" never names`;
  } else {
    const unknown = terms.filter((t) => t.how === 'unknown');
    const share = unknown.reduce((s, t) => s + t.weight, 0);
    reason =
      `declined: ${sum} < threshold ${threshold.toFixed(2)}` +
      (unknown.length > 0 ? `; words the knowledge never uses (${unknown.map((t) => `"${t.word}"`).join(', ')}) carry ${Math.round(share * 100)}% of the question's weight` : '') +
      (second && first.score - second.score < 0.1 ? `; "${first.factId}" and "${second.factId}" are nearly tied` : '');
  }
  return { question, read: read === question ? null : read, withContext, outcome, factId: reply.kind === 'fact' ? reply.factId : null, terms, candidates: candidates.slice(0, top), decisionValue: value, calibration: index.calibration, reason };
}

/** The explanation as text for a terminal. */
export function formatExplanation(e: Explanation): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const lines = [`Question: ${e.question}`];
  if (e.read !== null) {
    // The question before its mark ("…? new in town"), or after a remark ("fyi drafting a memo - …"; see rankReading).
    const left = e.question.startsWith(e.read) ? 'the words after it' : e.question.trim().endsWith(e.read.trim()) ? 'the remark before it' : 'the rest of the message';
    // (A last question after sentences of context is ranked with them, weighing little: SEARCH.contextWeight.)
    lines.push(`Read as: ${e.read}  ` + (e.withContext ? `(its last question: the sentences before it count ${Math.round(SEARCH.contextWeight * 100)}% as much)` : `(its question alone: ${left} matched less)`));
  }
  lines.push('', 'Words (share of the question\'s weight):');
  for (const t of e.terms) {
    const how = t.heard !== undefined ? `  — heard as "${t.heard}"${t.how === 'exact' ? '' : `, ${t.how} of "${t.matched}"`}` : t.how === 'exact' ? '' : t.how === 'unknown' ? '  — unknown to the knowledge' : t.how === 'borrowed' ? `  — the other language's word, read as "${t.matched}"` : `  — ${t.how} of "${t.matched}"`;
    lines.push(`  ${t.word.padEnd(18)} ${pct(t.weight).padStart(4)}${how}`);
  }
  if (e.terms.length === 0) lines.push('  (none: only stop words)');
  lines.push('', 'Candidates:', '  fact                              score  coverage  phrasing  bm25   focus  type');
  for (const c of e.candidates) {
    lines.push(`  ${c.factId.padEnd(32)}  ${c.score.toFixed(2)}   ${c.coverage.toFixed(2)}      ${c.question.toFixed(2)}      ${c.bm25.toFixed(2)}   ${c.focus.toFixed(2)}   ${c.typeFit === 1 ? 'fits' : `×${c.typeFit}`}`);
  }
  if (e.candidates.length === 0) lines.push('  (none)');
  const c = e.calibration;
  lines.push(
    '',
    `Threshold ${c.threshold.toFixed(2)}, calibrated on this knowledge (${c.samples.phrasings} stored questions asked with themselves left out, ${c.samples.factsLeftOut} facts left out, ${c.samples.offTopic} off-topic questions${c.fallback ? `; ${c.fallback}` : ''}).`,
    `Decision value ${e.decisionValue.toFixed(2)}: ${e.reason}.`,
  );
  return lines.join('\n');
}
