/**
 * Stored questions two facts cannot be told apart by: questions of two
 * facts that read as the same terms once stop words, stems and synonyms are
 * applied ("what was the Erdogan-Xi meeting about" and "did Erdogan and Xi
 * meet up" are both {erdogan, meet, xi}). Neither is then answered by its
 * own fact as a stored question, and people asking it get whichever fact
 * scores higher. `check` reports them (src/cli.ts); the engine does not
 * refuse them.
 */
import type { KnowledgeBase } from './answer.ts';
import type { SearchIndex } from './index.ts';

/** A stored question that reads as the same words as a stored question of another fact. */
export interface SameWords {
  factId: string;
  question: string;
  /** 'en' for `questions:`, 'tr' for `tr.questions`. */
  language: 'en' | 'tr';
  otherFactId: string;
  otherQuestion: string;
  /** The terms both read as. */
  terms: string[];
}

function inIndex(index: SearchIndex, language: 'en' | 'tr', useTr: boolean): SameWords[] {
  const seen = new Map<string, { factId: string; question: string }>();
  const out: SameWords[] = [];
  for (const fact of index.facts) {
    // The Turkish index holds a fact's English questions where it has no Turkish ones: those are checked in English.
    if (useTr && !fact.tr) continue;
    for (const question of fact.questions) {
      const key = index.analyzer.sameWordsKey(question);
      if (key === '') continue;
      const terms = key.split(' ');
      const first = seen.get(key);
      if (!first) seen.set(key, { factId: fact.id, question });
      else if (first.factId !== fact.id) out.push({ factId: fact.id, question, language, otherFactId: first.factId, otherQuestion: first.question, terms });
    }
  }
  return out;
}

/** Every stored question (English, then Turkish) that reads as the same words as one stored earlier for another fact. */
export function sameWordsQuestions(kb: KnowledgeBase): SameWords[] {
  return [...inIndex(kb, 'en', false), ...(kb.turkish ? inIndex(kb.turkish, 'tr', true) : [])];
}
