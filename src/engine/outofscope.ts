/**
 * Questions the maintainers marked out of scope (`out_of_scope:` files,
 * `learn --out-of-scope`, `o` in `review` and the console) are declined, and
 * so are new wordings of them: a question at least
 * SEARCH.outOfScopeSimilarity alike to a marked question, and at least as
 * alike to it as to the best fact's closest stored phrasing, is declined
 * however well that fact scores. Calibration alone (the marked questions
 * join its questions to decline) moves the threshold for every question; a
 * maintainer who marks "what is neodymium" expects that question declined.
 */
import { SEARCH } from '../config.ts';
import type { SearchIndex } from './index.ts';

/** One marked question, as the index reads it: its terms and their weights (idf; unknown words the weight of a word in one fact). */
export interface OutOfScopeQuestion {
  question: string;
  weights: Map<string, number>;
  total: number;
}

/** The weighted terms of a question, as {@link OutOfScopeQuestion} holds them. */
function weighted(index: SearchIndex, question: string): { weights: Map<string, number>; total: number } {
  const weights = new Map<string, number>();
  for (const term of index.analyzer.queryTerms(question)) {
    const id = index.termIds.get(term);
    weights.set(term, id === undefined ? index.unknownIdf : index.idf[id]!);
  }
  let total = 0;
  for (const w of weights.values()) total += w;
  return { weights, total };
}

/** The marked questions, read by the index they are matched against (its language's analysis and weights). */
export function outOfScopeQuestions(index: SearchIndex, questions: readonly string[]): OutOfScopeQuestion[] {
  return questions.map((question) => ({ question, ...weighted(index, question) })).filter((q) => q.total > 0);
}

/** The marked question most alike to `question` (idf-weighted Dice of their terms, 0..1), or null when none shares a term. */
export function closestOutOfScope(index: SearchIndex, marked: readonly OutOfScopeQuestion[], question: string): { question: string; similarity: number } | null {
  if (marked.length === 0) return null;
  const asked = weighted(index, question);
  if (asked.total === 0) return null;
  let best: { question: string; similarity: number } | null = null;
  for (const m of marked) {
    let shared = 0;
    for (const [term, w] of asked.weights) if (m.weights.has(term)) shared += w;
    if (shared === 0) continue;
    const similarity = (2 * shared) / (asked.total + m.total);
    if (!best || similarity > best.similarity) best = { question: m.question, similarity };
  }
  return best;
}

/**
 * Whether a question is declined as a marked one: alike enough to it, and at
 * least as alike as to the best fact's closest phrasing (`phrasing`, the
 * ranking's `question` signal): a maintainer's mark wins a tie.
 */
export function markedOutOfScope(closest: { similarity: number } | null, phrasing: number): boolean {
  return closest !== null && closest.similarity >= SEARCH.outOfScopeSimilarity && closest.similarity >= phrasing;
}
