/**
 * Autocomplete: stored questions for what someone has typed so far (Discord's
 * `/ask` offers them as choices). All of it lives here: the index of stored
 * questions, prefix and word lookups, and the fuse.js fallback for typos the
 * word index cannot place.
 */
import Fuse from 'fuse.js';
import { SEARCH } from '../config.ts';
import { cleanInput, words } from '../text/normalize.ts';
import type { SearchIndex } from './index.ts';
import { closestWords } from './typos.ts';
import { firstStage } from './rank.ts';
import { resolveTerms } from './terms.ts';

/** Data for autocomplete over stored questions. */
export interface SuggestIndex {
  texts: string[];
  folded: string[];
  fact: Int32Array;
  /** Folded word → ids of questions containing it. */
  words: Map<string, Int32Array>;
  /** All words, sorted, for prefix ranges. */
  sortedWords: string[];
  /** Question ids in the order of their folded text, for whole-phrase prefix ranges. */
  byText: Int32Array;
}

/** Packs the autocomplete index from the stored questions gathered by the index build (all of them: the length a platform allows is asked per lookup). */
export function packSuggestIndex(texts: string[], folded: string[], factOf: number[], wordMap: Map<string, number[]>): SuggestIndex {
  const packed = new Map<string, Int32Array>();
  for (const [w, ids] of wordMap) packed.set(w, Int32Array.from(ids));
  // Question ids sorted by folded text, for whole-phrase prefix lookups.
  const byText = Int32Array.from(texts.keys()).sort((a, b) => (folded[a]! < folded[b]! ? -1 : folded[a]! > folded[b]! ? 1 : a - b));
  return { texts, folded, fact: Int32Array.from(factOf), words: packed, sortedWords: [...packed.keys()].sort(), byText };
}

/** Index of the first element ≥ key in a sorted array. */
function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Stored questions matching what someone has typed so far: every finished word
 * must appear (give or take a typo), and the word being typed as a prefix.
 * Questions longer than `maxChars` are never offered (a platform's limit for a
 * choice: Discord's is 100 characters).
 */
export function suggestQuestions(index: SearchIndex, partial: string, limit: number, maxChars = Infinity): string[] {
  const s = index.suggest;
  const fits = (id: number) => s.texts[id]!.length <= maxChars;
  const { plain } = index.profile;
  const typed = plain ? index.profile.words(partial).map(plain) : words(partial);
  if (typed.length === 0) {
    // Nothing typed yet (Discord asks as soon as /ask opens): the examples, then stored questions, up to the limit.
    const out = new Set<string>();
    const bot = index.knowledge.bot;
    const examples = index.profile.language === 'tr' && bot.tr ? bot.tr.examples : bot.examples;
    for (const q of examples) if (out.size < limit && q.length <= maxChars) out.add(q);
    for (let k = 0; k < s.texts.length && out.size < limit; k++) if (fits(k)) out.add(s.texts[k]!);
    return [...out];
  }
  const typing = /[\p{L}\p{N}]$/u.test(partial);
  const finished = typing ? typed.slice(0, -1) : typed;
  const prefix = typing ? (typed[typed.length - 1] ?? '') : '';
  const out: number[] = [];
  const taken = new Set<number>();

  // 1. Questions that start with what was typed: a binary search in the sorted phrasings.
  const phrase = typed.join(' ');
  let lo = 0;
  let hi = s.byText.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.folded[s.byText[mid]!]! < phrase) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < s.byText.length && out.length < limit; k++) {
    const id = s.byText[k]!;
    if (!s.folded[id]!.startsWith(phrase)) break;
    if (!fits(id)) continue;
    out.push(id);
    taken.add(id);
  }
  if (out.length >= limit) return out.map((id) => s.texts[id]!);

  // 2. Questions containing every finished word (give or take a typo) and a word starting with the one being typed.
  const sets: Int32Array[] = [];
  for (const w of finished.slice(0, 8)) {
    let ids = s.words.get(w);
    if (!ids) {
      const near = closestWords(index.deletions, w).words[0];
      if (near) ids = s.words.get(near);
    }
    if (ids) sets.push(ids);
  }
  const prefixWords: string[] = [];
  if (prefix) {
    for (let k = lowerBound(s.sortedWords, prefix); k < s.sortedWords.length && prefixWords.length < 64; k++) {
      const word = s.sortedWords[k]!;
      if (!word.startsWith(prefix)) break;
      prefixWords.push(word);
    }
  }
  if (sets.length === 0 && prefixWords.length === 0) return out.map((id) => s.texts[id]!);
  // Scan the rarest list only (bounded), checking the other words on each question's text.
  sets.sort((a, b) => a.length - b.length);
  let base: ArrayLike<number>;
  if (sets[0]) base = sets[0];
  else {
    const ids: number[] = [];
    for (const word of prefixWords) for (const id of s.words.get(word)!) if (ids.length < 4096) ids.push(id);
    base = ids;
  }
  const scored: { id: number; hits: number }[] = [];
  const scan = Math.min(base.length, 4096);
  for (let k = 0; k < scan; k++) {
    const id = base[k]!;
    if (taken.has(id) || !fits(id)) continue;
    const text = ` ${s.folded[id]} `;
    let hits = 0;
    for (const w of finished) if (text.includes(` ${w} `)) hits++;
    if (prefix && prefixWords.some((w) => text.includes(` ${w} `))) hits++;
    if (hits > 0) scored.push({ id, hits });
  }
  scored.sort((a, b) => b.hits - a.hits || s.texts[a.id]!.length - s.texts[b.id]!.length || a.id - b.id);
  for (const { id } of scored) {
    if (out.length >= limit) break;
    out.push(id);
  }
  return out.map((id) => s.texts[id]!);
}

/** Known questions for what the user has typed so far (autocomplete), none longer than `maxChars`. */
export function autocomplete(partial: string, kb: SearchIndex, limit: number, maxChars = Infinity): string[] {
  const text = cleanInput(partial);
  const out = suggestQuestions(kb, text, limit, maxChars);
  if (out.length >= limit || kb.profile.words(text).length === 0) return out;
  // Typos the word index cannot place: let fuse.js rank the stored questions of the best candidates.
  const seen = new Set(out);
  const terms = resolveTerms(kb, kb.analyzer.queryTokens(text));
  const candidates = firstStage(kb, terms, 10);
  const records = candidates.flatMap((c) => kb.facts[c.fact]!.questions.filter((q) => q.length <= maxChars));
  if (records.length > 0) {
    const fuse = new Fuse(records, { ignoreLocation: true, threshold: 0.6, ignoreDiacritics: true });
    for (const r of fuse.search(text)) {
      if (out.length >= limit) break;
      if (!seen.has(r.item)) {
        seen.add(r.item);
        out.push(r.item);
      }
    }
  }
  return out;
}
