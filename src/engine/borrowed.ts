/**
 * Words a question borrows from the other language of the knowledge (issue 16). Turkish chat, at work most of all,
 * writes English words into Turkish sentences: "beylikova deposit'i ne kadar büyük", "rafineri tarafında timeline ne",
 * "rationale ne", "supply chain'e etkisi". The Turkish index knows none of them, and each weighed as the question's
 * rarest word and declined it. The knowledge says every fact in both languages, so it tells what such a word stands
 * for: the Turkish terms found in the same facts as the English word (the facts' English texts against their Turkish
 * ones), read as a typo's correction is. No dictionary: a word means here what the knowledge uses it for.
 */
import { SEARCH } from '../config.ts';
import type { SearchIndex } from './index.ts';

/**
 * How alike the facts of the English word and of a Turkish term must be (shared facts over the facts of either, the
 * Jaccard index) for the term to stand for the word. At 0.5 a word found in two facts is read as a term of those two
 * and at most two others.
 */
const MIN_OVERLAP = 0.5;
/** A word in more facts than this is too common to say what it stands for ("turkey", "what"): not borrowed. */
const MAX_FACTS = 20;

/**
 * A borrow function for `into` (see SearchIndex.borrow): a word `into` does not know that `from` knows exactly →
 * `into`'s terms found in the facts `from` finds it in (the most alike first, ties up to SEARCH.maxTypoAlternatives
 * more), or undefined. Worked out once a word, on first use.
 */
export function borrowedWords(from: SearchIndex, into: SearchIndex): (word: string) => readonly number[] | undefined {
  const known = new Map<string, readonly number[] | null>();
  return (word) => {
    let terms = known.get(word);
    if (terms === undefined) {
      terms = standsFor(from, into, word);
      // Bounded: a word is a few ids, and people's words are finitely many, but a long-running bot sees a lot of them.
      if (known.size < 100_000) known.set(word, terms);
    }
    return terms ?? undefined;
  };
}

function standsFor(from: SearchIndex, into: SearchIndex, word: string): readonly number[] | null {
  // Only a word the other language writes as typed, or lists in a synonym group: not a typo of one of its words, nor a
  // word of this language its stemmer cuts to one of the other's ("liste", a list, is "list" to the English stemmer).
  const term = from.analyzer.queryTerms(word).find((t) => from.termIds.has(t));
  if (term === undefined || !from.profile.isTerm(term) || !(from.surface.has(word) || term.startsWith('~'))) return null;
  const facts = from.postings[from.termIds.get(term)!]!.facts;
  if (facts.length === 0 || facts.length > MAX_FACTS) return null;
  // Each term of `into` in those facts: in how many of them, and in how many of their texts (how central it is there).
  const shared = new Map<number, { facts: number; texts: number }>();
  const { textStart, termStart, terms } = into.texts;
  for (const f of facts) {
    const seen = new Set<number>();
    for (let k = textStart[f]!; k < textStart[f + 1]!; k++) {
      for (let j = termStart[k]!; j < termStart[k + 1]!; j++) {
        const id = terms[j]!;
        const s = shared.get(id) ?? { facts: 0, texts: 0 };
        if (!seen.has(id)) {
          seen.add(id);
          s.facts += 1;
        }
        s.texts += 1;
        shared.set(id, s);
      }
    }
  }
  const scored = [...shared]
    .map(([id, s]) => ({ id, overlap: s.facts / (facts.length + into.df[id]! - s.facts), texts: s.texts }))
    .filter((c) => c.overlap >= MIN_OVERLAP && into.profile.isTerm(into.terms[c.id]!))
    .sort((a, b) => b.overlap - a.overlap || b.texts - a.texts || a.id - b.id);
  if (scored.length === 0) return null;
  const best = scored[0]!.overlap;
  return scored.filter((c) => c.overlap >= best - 1e-9).slice(0, SEARCH.maxTypoAlternatives + 1).map((c) => c.id);
}
