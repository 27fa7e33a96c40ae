/**
 * Query terms resolved against the vocabulary: exact, else corrected as a
 * typo (or a word cut short), else unknown. A {@link Mask} resolves them as if part of the
 * knowledge were not there (calibration asks each stored phrasing with
 * itself left out, and each fact's phrasings with the whole fact left out).
 */
import { SEARCH } from '../config.ts';
import { ASKERS_PEOPLE } from '../text/regional.ts';
import type { SearchIndex } from './index.ts';
import { idfOf } from './index.ts';
import { closestWords } from './typos.ts';

/** A query term resolved against the vocabulary. */
export interface ResolvedTerm {
  /** The term as typed (after normalisation). */
  query: string;
  /** The vocabulary term it matched, or null when unknown. */
  term: string | null;
  /**
   * Vocabulary ids of `term` and of the equally close corrections of a typo
   * ("pelbelel" may be one letter from several names: the rest of the
   * question decides between them); empty when unknown.
   */
  ids: number[];
  /** 1 for an exact match, {@link SEARCH.typoWeight} for a typo correction, 0 when unknown. */
  factor: number;
  idf: number;
  /** How it was matched. */
  how: 'exact' | 'typo' | 'unknown';
  /** The word as typed (folded), or null for a phrase of several words. */
  raw: string | null;
}

/**
 * Part of the knowledge treated as absent: text `text` of fact `fact` (one
 * stored phrasing), or the whole fact when `text` is −1.
 */
export interface Mask {
  fact: number;
  text: number;
}

/** Whether fact `fact` contains term `id` in any text but `skip` (−1: any text at all). */
export function factHasTerm(index: SearchIndex, fact: number, id: number, skip = -1): boolean {
  const { textStart, termStart, terms } = index.texts;
  for (let k = textStart[fact]!; k < textStart[fact + 1]!; k++) {
    if (k === skip) continue;
    for (let j = termStart[k]!; j < termStart[k + 1]!; j++) if (terms[j] === id) return true;
  }
  return false;
}

/** How many facts contain term `id` with the mask's part of the knowledge left out. */
function maskedDf(index: SearchIndex, id: number, mask: Mask | undefined): number {
  const df = index.df[id]!;
  if (!mask) return df;
  if (mask.text < 0) return factHasTerm(index, mask.fact, id) ? df - 1 : df;
  return factHasTerm(index, mask.fact, id) && !factHasTerm(index, mask.fact, id, mask.text) ? df - 1 : df;
}

/**
 * For a language whose words take suffixes without a break: the word the
 * knowledge uses that an unknown word starts with, longest first
 * ("beylikovada" → "beylikova", "çine" → "çin"), at least
 * `SEARCH.suffixed.minRoot` letters and leaving at most `maxSuffix`. Counts
 * as a correction (SEARCH.typoWeight), not an exact match: the suffix may
 * change the meaning.
 */
function suffixedWord(index: SearchIndex, word: string, mask: Mask | undefined): { term: string; id: number; df: number } | undefined {
  const { minRoot, maxSuffix } = SEARCH.suffixed;
  for (let len = word.length - 1; len >= Math.max(minRoot, word.length - maxSuffix); len--) {
    // (What is cut off must be able to be suffixes: none opens with three consonants, "elemntler" is a typo of
    // "elementler", not "ele" and something. Two may, a vowel dropped as people type: "isle-tcekler", "işletecekler".)
    if (!SUFFIX_OPENING.test(word.slice(len))) continue;
    const term = index.surface.get(word.slice(0, len));
    const id = term === undefined ? undefined : index.termIds.get(term);
    if (term === undefined || id === undefined) continue;
    const df = maskedDf(index, id, mask);
    if (df > 0) return { term, id, df };
  }
  return undefined;
}

/** How suffixes may open: not with three consonants. */
const SUFFIX_OPENING = /^(?![^aeıioöuüâîû]{3})/u;

/** A word of five letters or more, as names are, with Turkish "with" on it ("-le", "-la", "-yle", "-yla"): the word before it. */
const WITH_SUFFIX = /^(\p{L}{5,}?)y?l[ae]$/u;

const DIGITS = /^\d+$/;
/** Words of a number's size, English and Turkish ("million", "milyar"): parts of a number. */
const MAGNITUDE = /^(?:hundreds?|thousands?|millions?|billions?|trillions?|mn|bn|milyon|milyar|trilyon)$/u;

/**
 * Whether an unknown term weighs as an unknown number (SEARCH.unknownNumberWeight) already: a number, a number's magnitude
 * word, a word naming the kind of answer asked (see resolveTerms). Ranking eases other unknown words the same way in
 * some questions (rank.ts), never these twice.
 */
export function easedWhenUnknown(index: SearchIndex, q: string, raw: string | null): boolean {
  return DIGITS.test(q) || (raw !== null && (MAGNITUDE.test(raw.toLowerCase()) || index.profile.namesAnswerKind(raw.toLowerCase()) || everydayAdverb(index, raw)));
}

/**
 * An everyday adverb made of an adjective ("suddenly", "highly", "roughly", "easily"): how something is said or done,
 * not what is asked about. A knowledge that never writes it weighed it as the question's rarest word. (Not a word that
 * only ends so, "italy", "supply", "family": the rest must be a common word of four letters or more itself.)
 */
function everydayAdverb(index: SearchIndex, raw: string): boolean {
  const common = index.profile.isCommonWord;
  if (!common || !ADVERB.test(raw) || !common(raw)) return false;
  const base = raw.slice(0, -2);
  return (base.length >= 4 && common(base)) || (base.endsWith('i') && common(`${base.slice(0, -1)}y`));
}
const ADVERB = /^[a-z]{4,}ly$/;

/** Per index: the words the knowledge uses (surface forms), by their first SEARCH.prefixMinLength letters; built on first need. */
const byHead = new WeakMap<SearchIndex, Map<string, string[]>>();

/**
 * The most common word of the knowledge that `word` (unknown, at least
 * SEARCH.prefixMinLength letters) starts, as a term: "depos" → "deposit".
 */
function completion(index: SearchIndex, word: string, mask: Mask | undefined): { term: string; id: number; df: number } | undefined {
  const min = SEARCH.prefixMinLength;
  if (word.length < min) return undefined;
  let heads = byHead.get(index);
  if (!heads) {
    heads = new Map();
    for (const w of index.surface.keys()) {
      if (w.length <= min) continue;
      const head = w.slice(0, min);
      const list = heads.get(head);
      if (list) list.push(w);
      else heads.set(head, [w]);
    }
    byHead.set(index, heads);
  }
  // The most common by document frequency; the mask (calibration) is checked for that one only, as it costs a scan of a fact's texts.
  let best: { term: string; id: number } | undefined;
  let bestDf = 0;
  for (const w of heads.get(word.slice(0, min)) ?? []) {
    if (w.length <= word.length || !w.startsWith(word)) continue;
    const term = index.surface.get(w)!;
    const id = index.termIds.get(term);
    if (id === undefined) continue;
    const df = index.df[id]!;
    if (df > bestDf || (df === bestDf && best !== undefined && term < best.term)) {
      best = { term, id };
      bestDf = df;
    }
  }
  if (!best) return undefined;
  const df = maskedDf(index, best.id, mask);
  return df > 0 ? { ...best, df } : undefined;
}

/** Turkish final consonants as they soften before a vowel ("kitap" → "kitabı", "koyacak" → "koyacağı"), typed with or without Turkish letters. */
const SOFTENED: Readonly<Record<string, readonly string[]>> = { k: ['ğ', 'g'], t: ['d'], p: ['b'], ç: ['c'] };
/** {@link completion} of a Turkish word with its last consonant softened: the knowledge has it only with an ending after it. */
function softenedCompletion(index: SearchIndex, word: string, mask: Mask | undefined): { term: string; id: number; df: number } | undefined {
  for (const soft of SOFTENED[word.at(-1) ?? ''] ?? []) {
    const found = completion(index, word.slice(0, -1) + soft, mask);
    if (found) return found;
  }
  return undefined;
}

/**
 * Resolves query terms against the vocabulary: exact, else the closest
 * surface words one edit away (two for long words), the most common first.
 */
export function resolveTerms(index: SearchIndex, tokens: (string | { term: string; raw: string | null })[], mask?: Mask): ResolvedTerm[] {
  const n = mask && mask.text < 0 ? Math.max(1, index.facts.length - 1) : Math.max(1, index.facts.length);
  const unknownIdf = mask ? idfOf(n, 1 / SEARCH.unknownDf) : index.unknownIdf;
  // Every ResolvedTerm has the same fields in the same order: one object shape keeps the scoring code monomorphic.
  // A number the knowledge never mentions ("opening in 2026?") is a detail a fact on the topic confirms or corrects,
  // not a topic of its own: it weighs less than an unknown word (SEARCH.unknownNumberWeight).
  // So is a word naming the kind of answer asked ("which city", "hangi şehrin"): the answer type is checked on its own.
  // (And a number's magnitude word, "694 million tonnes", "694 milyon ton", as the number.)
  const eased = (q: string, raw: string | null) => easedWhenUnknown(index, q, raw);
  const unknown = (q: string, raw: string | null): ResolvedTerm => ({ query: q, term: null, ids: [], factor: 0, idf: eased(q, raw) ? unknownIdf * SEARCH.unknownNumberWeight : unknownIdf, how: 'unknown', raw });
  const known = (q: string, term: string, raw: string | null): ResolvedTerm => {
    const id = index.termIds.get(term);
    const df = id === undefined ? 0 : maskedDf(index, id, mask);
    // A word only the left-out part used is a word the knowledge does not know.
    if (id === undefined || df === 0) return unknown(q, raw);
    return { query: q, term, ids: [id], factor: 1, idf: mask ? idfOf(n, df) : index.idf[id]!, how: 'exact', raw };
  };
  const resolved = tokens.map((t): ResolvedTerm | null => {
    const q = typeof t === 'string' ? t : t.term;
    const raw = typeof t === 'string' ? null : t.raw;
    // "the battery side", "Çin tarafı": a word for a part or party of what the question names says nothing more.
    if (index.profile.lightWords?.has(q)) return null;
    if (index.termIds.has(q)) return known(q, q, raw);
    const { chatWords, stem, isTerm, isStopWordTypo } = index.profile;
    // A word typed without its language's letters ("yatagi" for "yatağı"): the word it is, not a typo.
    const plain = index.plainTerms.get(q);
    if (plain !== undefined) return known(q, plain, raw);
    // The same, for an inflection the knowledge does not have: the letters guessed back ("ortakligini" → "ortaklık").
    const lettered = raw === null ? undefined : index.profile.lettersStem?.(raw);
    if (lettered !== undefined && lettered.length <= q.length) {
      const term = index.analyzer.variants.get(lettered) ?? lettered;
      if (index.termIds.has(term)) return known(q, term, raw);
    }
    // A verb form the stemmer does not cut, of a verb the knowledge has in another form ("kazanır" → "kazanacak").
    for (const guess of raw === null ? [] : (index.profile.verbStems?.(raw) ?? [])) {
      const term = index.analyzer.variants.get(guess) ?? guess;
      if (index.termIds.has(term)) return known(q, term, raw);
    }
    const typed = raw ?? q;
    // Chat shorthand the knowledge does not use stands for its word ("ppl" → "people"); of a shorthand for several
    // words ("min": minimum, minute, minister), the first the knowledge has.
    const long = raw === null ? undefined : chatWords.get(raw);
    if (long !== undefined) {
      const terms = long.split('|').map((w) => stem(w)).map((st) => index.analyzer.variants.get(st) ?? st);
      const st = terms.find((t) => index.termIds.has(t));
      if (st === undefined && ASKERS_PEOPLE.has(raw!)) return null;
      return isTerm(st ?? terms[0]!) ? known(q, st ?? terms[0]!, raw) : null;
    }
    // A word of the knowledge's other language, written into this one ("beylikova deposit'i ne kadar büyük"): the terms
    // found in the same facts, read as a typo's correction is (borrowed.ts).
    const borrowed = raw === null || !index.borrow ? undefined : index.borrow(raw)?.filter((id) => maskedDf(index, id, mask) > 0);
    if (borrowed !== undefined && borrowed.length > 0) {
      const id = borrowed[0]!;
      return { query: q, term: index.terms[id]!, ids: [...borrowed], factor: SEARCH.typoWeight, idf: mask ? idfOf(n, maskedDf(index, id, mask)) : index.idf[id]!, how: 'typo', raw };
    }
    if (index.profile.suffixing && raw !== null) {
      const root = suffixedWord(index, index.profile.plain?.(raw) ?? raw, mask);
      if (root) return { query: q, term: root.term, ids: [root.id], factor: SEARCH.typoWeight, idf: mask ? idfOf(n, root.df) : index.idf[root.id]!, how: 'typo', raw };
    }
    if (!typed.startsWith('~')) {
      // (A misspelt name with "with" on it, "sinpingle" for "Cinping'le": the name's correction, when the whole has none.)
      // (Not a word of address, "bizim reisle", whose four letters were read as a typo of a word of the topic.)
      let near = closestWords(index.deletions, typed).words;
      const withless = near.length === 0 && index.profile.suffixing && raw !== null ? WITH_SUFFIX.exec(raw)?.[1] : undefined;
      if (withless !== undefined) near = closestWords(index.deletions, withless).words;
      if (near.length > 0) {
        // The most common word first; a bounded number of equally close others as alternatives.
        const ranked = near
          .map((word) => {
            const term = index.surface.get(word);
            const id = term === undefined ? undefined : index.termIds.get(term);
            return { word, term, id, df: id === undefined ? 0 : maskedDf(index, id, mask) };
          })
          .filter((c): c is { word: string; term: string; id: number; df: number } => c.id !== undefined && c.df > 0)
          .sort((a, b) => b.df - a.df || (a.word < b.word ? -1 : 1));
        const ids: number[] = [];
        for (const c of ranked) if (!ids.includes(c.id) && ids.length <= SEARCH.maxTypoAlternatives) ids.push(c.id);
        const best = ranked[0];
        // The idf of what was typed is that of the word it stands for.
        if (best) return { query: q, term: best.term, ids, factor: SEARCH.typoWeight, idf: mask ? idfOf(n, best.df) : index.idf[best.id]!, how: 'typo', raw };
      }
    }
    // A mistyped stop word ("somethign") carries no more meaning than the stop word.
    if (raw !== null && isStopWordTypo(raw)) return null;
    // A word cut short ("recyc", "govern"): the most common word the knowledge has that it starts.
    // (In Turkish, with its last consonant softened as it is before a vowel: "koyacak" starts "koyacağına".)
    const whole = raw !== null && !typed.startsWith('~') ? (completion(index, typed, mask) ?? (index.profile.suffixing ? softenedCompletion(index, typed, mask) : undefined)) : undefined;
    if (whole) return { query: q, term: whole.term, ids: [whole.id], factor: SEARCH.typoWeight, idf: mask ? idfOf(n, whole.df) : index.idf[whole.id]!, how: 'typo', raw };
    return unknown(q, raw);
  }).filter((t): t is ResolvedTerm => t !== null);
  if (index.profile.isCommonWord) realWordTypos(index, resolved, unknown, mask);
  const joined = resolved.some((t) => t.how === 'unknown') ? withJoinedWords(index, resolved, known) : resolved;
  return joined.some((t) => t.how === 'typo') ? withCorrectedPhrases(index, joined, known) : joined;
}

/**
 * A typed word that is a common word of the language ("good", "side", "again") read as a typo of a word the knowledge
 * has ("food", "ride", "gain") is more often the word meant: the correction stands only when a fact the rest of the
 * question matches about best (REAL_WORD_TYPO_SHARE of the best fact's weight of words typed right) has it, so the rest
 * of the question says it is that fact's word; otherwise the word is unknown. ("does anyone know a good plumber?" is
 * not about the café's food; "which one is it again?" no question about a benefit because "chinese" is in that fact
 * too.) In place.
 */
function realWordTypos(index: SearchIndex, terms: ResolvedTerm[], unknown: (q: string, raw: string | null) => ResolvedTerm, mask: Mask | undefined): void {
  const isCommon = index.profile.isCommonWord!;
  if (!terms.some((t) => t.how === 'typo' && t.raw !== null && isCommon(t.raw))) return;
  // Each fact's weight of the question's words typed right (question words aside), in a scratch array by fact that is
  // cleared after use (at 100,000 facts a common word's posting list is long, and a Map of it cost milliseconds).
  let weight = typoScratch.get(index);
  if (!weight) typoScratch.set(index, (weight = new Float64Array(index.facts.length)));
  const touched: number[] = [];
  let best = 0;
  for (const t of terms) {
    if (t.how !== 'exact' || index.profile.asksNoTopic(t.raw ?? '')) continue;
    for (const f of index.postings[t.ids[0]!]!.facts) {
      // (The left-out part's words are not the fact's: a whole fact left out, or a word only its left-out phrasing has.)
      if (mask && f === mask.fact && (mask.text < 0 || !factHasTerm(index, f, t.ids[0]!, mask.text))) continue;
      if (weight[f] === 0) touched.push(f);
      weight[f]! += t.idf;
      if (weight[f]! > best) best = weight[f]!;
    }
  }
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (t.how !== 'typo' || t.raw === null || !isCommon(t.raw)) continue;
    const stands = best > 0 && t.ids.some((id) => index.postings[id]!.facts.some((f) => weight[f]! >= REAL_WORD_TYPO_SHARE * best));
    // (Weighing as the correction did: the word asks as much of the question as before, it only matches nothing. An
    // everyday adverb, "mostly" read as "most", weighs as one does unknown: "who controls them mostly?" asks who controls.)
    if (!stands) {
      const u = unknown(t.query, t.raw);
      terms[i] = { ...u, idf: easedWhenUnknown(index, t.query, t.raw) ? Math.min(u.idf, t.idf) : t.idf };
    }
  }
  for (const f of touched) weight[f] = 0;
}
/** Scratch for realWordTypos: a weight per fact, all 0 between calls. */
const typoScratch = new WeakMap<SearchIndex, Float64Array>();
/** How much of the best fact's weight of words typed right a fact needs for a common word's correction in it to stand. */
const REAL_WORD_TYPO_SHARE = 0.75;

/**
 * Two words the knowledge does not know (or only as typos of others) that make
 * one of its words when written together ("the Bey likova deposit"): that
 * word, as a correction. A space typed inside a name is a slip of the thumb
 * as a letter left out is, and each half alone weighs as a word the knowledge
 * never uses.
 */
function withJoinedWords(index: SearchIndex, terms: ResolvedTerm[], known: (q: string, term: string, raw: string | null) => ResolvedTerm): ResolvedTerm[] {
  const out: ResolvedTerm[] = [];
  for (let i = 0; i < terms.length; i++) {
    const [a, b] = [terms[i]!, terms[i + 1]];
    if (b && a.raw !== null && b.raw !== null && a.how !== 'exact' && b.how !== 'exact' && (a.how === 'unknown' || b.how === 'unknown')) {
      const raw = a.raw + b.raw;
      const st = index.profile.stem(raw);
      const term = index.plainTerms.get(st) ?? index.analyzer.variants.get(st) ?? st;
      const whole = index.termIds.has(term) ? known(term, term, raw) : null;
      if (whole && whole.how === 'exact') {
        out.push({ ...whole, factor: SEARCH.typoWeight, how: 'typo' });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * Words that make a phrase of the knowledge once a typo among them is
 * corrected ("global tiems" → "global times") read as that phrase, as the
 * same words typed right would: corrected word by word, "tiems" is "time",
 * which alone barely matches "Global Times" (a phrase's words weigh less
 * than the phrase). Counts as a correction.
 */
function withCorrectedPhrases(index: SearchIndex, terms: ResolvedTerm[], known: (q: string, term: string, raw: string | null) => ResolvedTerm): ResolvedTerm[] {
  // The phrases are of stemmed words: a word as typed stemmed (its term may be a one-word synonym's concept, "global" → "~world"), a typo its correction.
  const { stem } = index.profile;
  const words = terms.map((t) => (t.how === 'exact' && t.raw !== null ? stem(t.raw) : (t.term ?? '')));
  const out: ResolvedTerm[] = [];
  for (let i = 0; i < terms.length; ) {
    const phrase = words[i] ? index.analyzer.phraseAt(words, i) : null;
    if (phrase && terms.slice(i, i + phrase.length).some((t) => t.how === 'typo')) {
      const whole = known(phrase.concept, phrase.concept, null);
      if (whole.how === 'exact') {
        out.push({ ...whole, factor: SEARCH.typoWeight, how: 'typo' });
        i += phrase.length;
        continue;
      }
    }
    out.push(terms[i]!);
    i++;
  }
  return out;
}
