/**
 * The search index, built once per knowledge load: the vocabulary with its
 * inverse document frequencies, an inverted index from terms to facts (the
 * cheap first stage), every fact's texts packed by field (its stored
 * questions, keywords, tags and answer, as term ids), the typo index and the
 * autocomplete index. Nothing here ranks or decides; see rank.ts and answer.ts.
 */
import { hyphenatedSpellings, knowledgeSynonyms } from '../text/labels.ts';
import { SEARCH } from '../config.ts';
import type { Knowledge, LoadedFact } from '../knowledge/load.ts';
import { Analyzer, ANSWER_TYPE_NAMES, ENGLISH, letterBag, questionKey, type TextProfile } from '../text/normalize.ts';
import { packSuggestIndex, type SuggestIndex } from './suggest.ts';
import { buildDeletionIndex, type DeletionIndex } from './typos.ts';
import { detectLanguage } from '../text/language.ts';

/** The kinds of text a fact has, in the order they are packed. */
export const TextKind = { question: 0, keyword: 1, tags: 2, answer: 3 } as const;
export type TextKind = (typeof TextKind)[keyof typeof TextKind];

interface Posting {
  facts: Int32Array;
  weights: Float32Array;
}

/**
 * Every fact's texts as term ids, packed in typed arrays: fact i owns texts
 * `textStart[i]` … before `textStart[i + 1]` (its questions in order, then its
 * keywords, its tags as one text, its answer), and text k the distinct terms
 * `terms[termStart[k]]` … before `termStart[k + 1]`, each with the weight it
 * counts for (1, or {@link SEARCH.phrasePartWeight} for a word of a synonym
 * phrase). Typed arrays, not nested arrays: at 100,000 facts the nested form
 * was most of the build's garbage and a pointer chase per term when scoring.
 */
export interface PackedTexts {
  textStart: Int32Array;
  kind: Uint8Array;
  termStart: Int32Array;
  terms: Int32Array;
  termWeight: Float32Array;
  /** Per term of a text: how often the text uses it. */
  termCount: Uint16Array;
  /** Per text: how many term occurrences it has (its length for BM25). */
  length: Int32Array;
  /** Per kind of text: the average total length of that field over the facts. */
  averageFieldLength: Float64Array;
  /** Per fact and kind (index fact × 4 + kind): the total length of that field. */
  fieldLength: Float32Array;
  /** Per fact: the idf sum of its focus terms (whole terms in two or more of its texts). */
  focusTotal: Float32Array;
  /** Per text: the idf sum of its whole terms (the phrasing's own weight in similarity). */
  own: Float64Array;
  /** Per text: for a stored question, its index in the fact's `questions`, else −1. */
  question: Int32Array;
  /** Per text: for a stored question, the answer type it asks for (index in ANSWER_TYPE_NAMES), else −1. */
  answerType: Int8Array;
}

/** The prepared knowledge: facts, texts and indexes. Immutable after build. */
export interface SearchIndex {
  knowledge: Knowledge;
  facts: LoadedFact[];
  byId: Map<string, number>;
  analyzer: Analyzer;
  /** The language of its texts and questions: words, stems, stop words, answer types (the analyzer's). */
  profile: TextProfile;
  /**
   * A word's term as it would be stemmed typed plainly → its real term, where
   * the two differ ("yatagi" → "yatak"): Turkish typed without its letters.
   * Empty for English.
   */
  plainTerms: Map<string, string>;
  /** The vocabulary: index term → term id (ids index `idf`, `df` and `postings`). */
  termIds: Map<string, number>;
  /** Term id → index term. */
  terms: string[];
  /** Per term id: how many facts contain it, and its inverse document frequency. */
  df: Int32Array;
  idf: Float64Array;
  /** idf given to a word the knowledge never uses. */
  unknownIdf: number;
  /** Per term id: the facts containing it, with the weight of its best field. */
  postings: Posting[];
  texts: PackedTexts;
  /** Typo correction: the one-deletion neighbourhood of the surface words. */
  deletions: DeletionIndex;
  /** Surface word (as written in the knowledge) → the index term it stands for (its stem, or a synonym concept). */
  surface: Map<string, string>;
  /** A word the knowledge writes with a hyphen, typed run together ("ensuite") → its parts as written ("en", "suite"). */
  hyphenated: Map<string, string[]>;
  /** Autocomplete: every stored question, its folded words, and a word index. */
  suggest: SuggestIndex;
  /**
   * A stored question's terms (hashed, see {@link termSetHash}) → its text
   * (−1 when two facts share the set): a question with exactly those terms
   * (chat noise and stop words aside) is answered by that text's fact.
   */
  storedQuestions: Map<number, number>;
  /** Small talk: pattern key → intent index. */
  smalltalk: Map<string, number>;
  smalltalkKeys: string[];
  /** Each small-talk key's {@link letterBag}, by the order of `smalltalkKeys`: most keys are ruled out of a near match by it. */
  smalltalkBags: Int16Array[];
  /**
   * Small-talk keys written in Turkish (a pattern with Turkish letters, or one
   * read as Turkish): "yardım" or "sağ ol" alone has too few words to tell its
   * language, but the pattern it matched does, so the reply is in Turkish.
   */
  smalltalkTurkish: Set<string>;
  /** The bot's names, left out of small-talk messages and patterns alike ({@link smalltalkKey}). */
  smalltalkNames: Set<string>;
  /**
   * A word this index does not know that another language's index of the same facts does → the terms of this index
   * that stand for it (borrowed.ts): Turkish chat writes English words into Turkish ("beylikova deposit'i ne kadar
   * büyük"). Absent for the English index.
   */
  borrow?: (word: string) => readonly number[] | undefined;
}

/** The bot's names as small talk leaves them out ("hello factbot", "good bot"): its name in each language, and "bot". */
export function botNames(knowledge: Pick<Knowledge, 'bot'>): Set<string> {
  return new Set([questionKey(knowledge.bot.name), questionKey(knowledge.bot.tr?.name ?? knowledge.bot.name), 'bot']);
}

/**
 * A message or a small-talk pattern as small talk compares them: its words,
 * folded, without the bot's names, so "thanks factbot" is "thanks" and the
 * pattern "good bot" is "good" (the same rule on both sides, or a pattern
 * naming the bot could never match).
 */
export function smalltalkKey(text: string, names: ReadonlySet<string>): string {
  return questionKey(text)
    .split(' ')
    .filter((w) => !names.has(w))
    .join(' ');
}

/** Codes of {@link buildIndex}'s word cache besides term ids. */
const NOT_A_TERM = -1;
const STARTS_PHRASE = -2;

const FIELD_WEIGHT: Record<TextKind, number> = {
  [TextKind.question]: SEARCH.fieldWeights.questions,
  [TextKind.keyword]: SEARCH.fieldWeights.keywords,
  [TextKind.tags]: SEARCH.fieldWeights.tags,
  [TextKind.answer]: SEARCH.fieldWeights.answer,
};

/** The weight a field gives its terms. */
export function fieldWeight(kind: number): number {
  return FIELD_WEIGHT[kind as TextKind];
}

/** A growable typed array (plain number arrays of millions of entries were most of the build's garbage). */
class Grow<T extends Int32Array | Float32Array | Uint16Array> {
  data: T;
  length = 0;
  constructor(private readonly make: (n: number) => T) {
    this.data = make(1024);
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
  done(): T {
    return this.data.slice(0, this.length) as T;
  }
}

/**
 * The stem of a knowledge word, with plain typing in the knowledge itself
 * read as the lettered word the knowledge also has: a phrasing typed without
 * Turkish letters ("beylikova yataginda") and one with them ("yatağı") give
 * one term ("yatak"), so a question meets both and neither word is rare.
 * Snowball needs the letters to cut an ending ("yataginda" → "yatagi"), so a
 * plain word whose letters would change it is taken as another term when its
 * own term is not a sure one (of a lettered word, or of a plain word the
 * letters would not change: "toprak") and that term cuts more of the word:
 * the term of a lettered word that types plainly as it, else the term of its
 * letters guessed back (`lettersStem`) when that is a sure one. The profile's
 * stem for a language without a plain form.
 */
function plainTypingStem(facts: Knowledge['facts'], profile: TextProfile): (word: string) => string {
  const { words, stem, plain, plainStem } = profile;
  if (!plain || !plainStem) return stem;
  const sure = new Set<string>();
  const byPlain = new Map<string, string>();
  const unlettered = new Set<string>();
  const see = (text: string) => {
    for (const raw of words(text)) {
      const term = stem(raw);
      if (plain(raw) === raw) {
        // A plain word is sure of its term when the letters would not change it ("toprak", "yatak").
        if (profile.lettersStem?.(raw) === undefined) sure.add(term);
        else unlettered.add(raw);
        continue;
      }
      sure.add(term);
      const p = plainStem(raw);
      if (p !== term && !byPlain.has(p)) byPlain.set(p, term);
    }
  };
  for (const f of facts) {
    for (const q of f.questions) see(q);
    for (const k of f.keywords) see(k);
    for (const t of f.tags) see(t);
    see(f.answer);
  }
  const read = new Map<string, string>();
  for (const raw of unlettered) {
    const term = stem(raw);
    if (sure.has(term)) continue;
    // Only a term that cuts more of the word: where Snowball fails on the lettered word ("kurulması" →
    // "kurulmas") its plain stem ("kur") is the better one.
    const cuts = (real: string | undefined): real is string =>
      real !== undefined && real.length <= term.length && term.startsWith(real.slice(0, -1));
    const guess = profile.lettersStem?.(raw);
    const byLetters = byPlain.get(term);
    const real = cuts(byLetters) ? byLetters : guess !== undefined && sure.has(guess) && cuts(guess) ? guess : undefined;
    if (real !== undefined) read.set(raw, real);
  }
  if (read.size === 0) return stem;
  return (word) => read.get(word) ?? stem(word);
}

/**
 * Builds the search index for loaded knowledge, in one language: English
 * unless a profile is given (the Turkish index is built the same way from
 * the facts' Turkish texts, see answer.ts).
 */
export function buildIndex(knowledge: Knowledge, profile: TextProfile = ENGLISH): SearchIndex {
  const facts = knowledge.facts;
  const { words, isTerm } = profile;
  const stem = plainTypingStem(facts, profile);
  // Labels such as "Zone A" and compounds such as "check-in" read as one term each (labels.ts).
  const analyzer = new Analyzer(knowledgeSynonyms(knowledge), profile);
  const plainTerms = new Map<string, string>();
  const byId = new Map(facts.map((f, i) => [f.id, i] as const));

  // Postings are gathered as (term, fact, weight) entries in fact order, then
  // sorted by term (counting sort, stable: each term's facts stay in order).
  // A term seen again in the same fact updates its entry (keeping the best
  // weight). No array per term: at 100,000 facts that was a million arrays.
  const termIds = new Map<string, number>();
  const entryTerm = new Grow((n) => new Int32Array(n));
  const entryFact = new Grow((n) => new Int32Array(n));
  const entryWeight = new Grow((n) => new Float32Array(n));
  // Per term id: the last fact it was seen in and its entry there; the text it was last seen in and its position there.
  let lastFact: Int32Array = new Int32Array(1024).fill(-1);
  let lastEntry: Int32Array = new Int32Array(1024);
  let seenText: Int32Array = new Int32Array(1024).fill(-1);
  let seenAt: Int32Array = new Int32Array(1024);
  const grow = (a: Int32Array, fill: number): Int32Array => {
    const bigger = new Int32Array(a.length * 2).fill(fill);
    bigger.set(a);
    return bigger;
  };
  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(term, id);
      if (id >= seenText.length) {
        lastFact = grow(lastFact, -1);
        lastEntry = grow(lastEntry, 0);
        seenText = grow(seenText, -1);
        seenAt = grow(seenAt, 0);
      }
    }
    return id;
  };
  const textStart = new Grow((n) => new Int32Array(n));
  const kinds = new Grow((n) => new Int32Array(n));
  const termStart = new Grow((n) => new Int32Array(n));
  const terms = new Grow((n) => new Int32Array(n));
  const termWeights = new Grow((n) => new Float32Array(n));
  const termCounts = new Grow((n) => new Uint16Array(n));
  const questionOf = new Grow((n) => new Int32Array(n));
  const types = new Grow((n) => new Int32Array(n));
  // The text being added: its fact, field weight, number and where its terms start.
  // Shared state rather than a closure per text: 100,000 facts have a million texts.
  let fact = 0;
  let weight = 0;
  let textNo = 0;
  const addTerm = (id: number, part: boolean) => {
    const termWeight = part ? SEARCH.phrasePartWeight : 1;
    if (lastFact[id] === fact) {
      const e = lastEntry[id]!;
      if (entryWeight.data[e]! < weight * termWeight) entryWeight.data[e] = weight * termWeight;
    } else {
      lastFact[id] = fact;
      lastEntry[id] = entryTerm.length;
      entryTerm.push(id);
      entryFact.push(fact);
      entryWeight.push(weight * termWeight);
    }
    if (seenText[id] !== textNo) {
      seenText[id] = textNo;
      seenAt[id] = terms.length;
      terms.push(id);
      termWeights.push(termWeight);
      termCounts.push(1);
    } else {
      const at = seenAt[id]!;
      if (termWeights.data[at]! < termWeight) termWeights.data[at] = termWeight;
      if (termCounts.data[at]! < 65535) termCounts.data[at]!++;
    }
  };
  // Typos are corrected against the words as written, not their stems:
  // "holdnigs" is one swap from "holdings", but far from its stem "hold".
  const surface = new Map<string, string>();
  const emit = (term: string, part: boolean, raw: string | null) => {
    addTerm(idOf(term), part);
    if (raw !== null && !surface.has(raw)) surface.set(raw, term);
  };
  // A word as written → its term id, NOT_A_TERM, or STARTS_PHRASE (the analyzer
  // must look at the words after it). Most words are one lookup here instead of
  // stemming, phrase and stop-word checks.
  const wordCodes = new Map<string, number>();
  const addText = (ws: readonly string[], kind: TextKind, question = -1, type = -1): number => {
    weight = FIELD_WEIGHT[kind];
    textNo++;
    const from = terms.length;
    for (let k = 0; k < ws.length; ) {
      const raw = ws[k]!;
      let code = wordCodes.get(raw);
      if (code === undefined) {
        const token = stem(raw);
        code = analyzer.startsPhrase(token) ? STARTS_PHRASE : isTerm(token) ? idOf(token) : NOT_A_TERM;
        wordCodes.set(raw, code);
        if (code >= 0 && !surface.has(raw)) surface.set(raw, token);
        if (code >= 0 && profile.plainStem) {
          // The same word typed without its language's letters: its stem may differ, and typo correction meets it as typed.
          const plain = profile.plainStem(raw);
          if (plain !== token && !plainTerms.has(plain)) plainTerms.set(plain, token);
          const typed = profile.plain?.(raw);
          if (typed !== undefined && !surface.has(typed)) surface.set(typed, token);
        }
      }
      if (code >= 0) addTerm(code, false);
      if (code !== STARTS_PHRASE) k += 1;
      else k += analyzer.eachTermAt(ws, k, stem(raw), emit);
    }
    const added = terms.length - from;
    if (added > 0 || kind === TextKind.question) {
      termStart.push(from);
      kinds.push(kind);
      questionOf.push(question);
      types.push(type);
    }
    return added;
  };
  const suggestTexts: string[] = [];
  const suggestFolded: string[] = [];
  const suggestFact: number[] = [];
  const suggestWords = new Map<string, number[]>();
  const storedQuestions = new Map<number, number>();
  const factOfStored = new Map<number, number>();
  const ids: number[] = [];
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    fact = i;
    textStart.push(kinds.length);
    for (let j = 0; j < f.questions.length; j++) {
      const q = f.questions[j]!;
      // Each phrasing is split into words once, for the index, answer types and autocomplete.
      const ws = words(q);
      const folded = ws.join(' ');
      const type = profile.answerType(q, folded);
      const from = terms.length;
      addText(ws, TextKind.question, j, type === null ? -1 : ANSWER_TYPE_NAMES.indexOf(type));
      ids.length = 0;
      for (let k = from; k < terms.length; k++) if (termWeights.data[k] === 1) ids.push(terms.data[k]!);
      if (ids.length > 0) {
        const key = termSetHash(ids);
        const prior = factOfStored.get(key);
        // A term set two facts share answers neither; a hash collision only ever costs that too.
        if (prior === undefined) {
          storedQuestions.set(key, kinds.length - 1);
          factOfStored.set(key, i);
        } else if (prior !== i) storedQuestions.set(key, -1);
      }
      {
        const id = suggestTexts.length;
        // Autocomplete matches words as typed plainly ("cin" finds "Çin"), in languages that have a plain form.
        const plainWords = profile.plain ? ws.map(profile.plain) : ws;
        suggestTexts.push(q);
        suggestFolded.push(profile.plain ? plainWords.join(' ') : folded);
        suggestFact.push(i);
        for (let k = 0; k < plainWords.length; k++) {
          const word = plainWords[k]!;
          if (plainWords.indexOf(word) !== k) continue;
          const list = suggestWords.get(word);
          if (list) list.push(id);
          else suggestWords.set(word, [id]);
        }
      }
    }
    // A keyword is also a one-line question ("byd?"), unless it is all stop words.
    for (const k of f.keywords) addText(words(k), TextKind.keyword);
    if (f.tags.length > 0) addText(f.tags.flatMap((t) => words(t)), TextKind.tags);
    addText(words(f.answer), TextKind.answer);
  }
  textStart.push(kinds.length);
  termStart.push(terms.length);

  const n = Math.max(facts.length, 1);
  const vocabulary = termIds.size;
  const df = new Int32Array(vocabulary);
  const idf = new Float64Array(vocabulary);
  const entries = entryTerm.length;
  for (let e = 0; e < entries; e++) df[entryTerm.data[e]!]!++;
  const postingStart = new Int32Array(vocabulary + 1);
  for (let id = 0; id < vocabulary; id++) {
    postingStart[id + 1] = postingStart[id]! + df[id]!;
    idf[id] = idfOf(n, df[id]!);
  }
  const allFacts = new Int32Array(entries);
  const allWeights = new Float32Array(entries);
  const fill = postingStart.slice(0, vocabulary);
  for (let e = 0; e < entries; e++) {
    const at = fill[entryTerm.data[e]!]!++;
    allFacts[at] = entryFact.data[e]!;
    allWeights[at] = entryWeight.data[e]!;
  }
  const postings: Posting[] = [];
  for (let id = 0; id < vocabulary; id++) {
    postings.push({ facts: allFacts.subarray(postingStart[id]!, postingStart[id + 1]!), weights: allWeights.subarray(postingStart[id]!, postingStart[id + 1]!) });
  }
  const packed = {
    textStart: textStart.done(),
    kind: Uint8Array.from(kinds.done()),
    termStart: termStart.done(),
    terms: terms.done(),
    termWeight: termWeights.done(),
    termCount: termCounts.done(),
  };
  const { own, length, averageFieldLength, fieldLength, focusTotal } = aggregates(packed, idf, facts.length, seenText.fill(-1));

  // Typo correction works on surface words: the words as written in the
  // knowledge, and the one-word variants of synonym concepts ("beylikva" →
  // "beylikova" → its concept).
  for (const [word, concept] of analyzer.variants) if (termIds.has(concept) && !surface.has(word)) surface.set(word, concept);
  // An English plural's singular too ("mattresses" → "mattress", "toilets" → "toilet"): a typo of the singular
  // ("matress", "toliet") is two or three edits from the plural the knowledge wrote, one from the word meant.
  if (profile.language === 'en') {
    for (const [word, term] of [...surface]) {
      if (word.length < 5 || !word.endsWith('s') || word.endsWith('ss')) continue;
      // "boxes", "dishes" → "box", "dish"; "shoes", "mirrors" → "shoe", "mirror".
      const single = /(?:[sxz]|ch|sh)es$/.test(word) ? word.slice(0, -2) : word.slice(0, -1);
      if (!surface.has(single)) surface.set(single, term);
    }
  }
  const deletions = buildDeletionIndex(surface.keys());
  // (Only spellings the knowledge never writes run together itself.)
  const hyphenated = hyphenatedSpellings(
    facts.flatMap((f) => [f.answer, ...f.questions, ...f.keywords]),
    words,
  );
  for (const joined of [...hyphenated.keys()]) if (surface.has(joined)) hyphenated.delete(joined);

  const smalltalk = new Map<string, number>();
  const smalltalkTurkish = new Set<string>();
  const names = botNames(knowledge);
  knowledge.intents.forEach((intent, i) => {
    for (const p of intent.patterns) {
      const key = smalltalkKey(p, names);
      if (key === '') continue;
      smalltalk.set(key, i);
      // Keys are folded ("sağ ol" and "sag ol" are one key): Turkish when a pattern of it shows it is.
      if (/[çğıöşüİ]/iu.test(p) || detectLanguage(p) === 'tr') smalltalkTurkish.add(key);
    }
  });

  return {
    knowledge,
    facts,
    byId,
    analyzer,
    profile,
    plainTerms,
    termIds,
    terms: [...termIds.keys()],
    df,
    idf,
    unknownIdf: idfOf(n, 1 / SEARCH.unknownDf),
    postings,
    texts: {
      ...packed,
      length,
      averageFieldLength,
      fieldLength,
      focusTotal,
      own,
      question: questionOf.done(),
      answerType: Int8Array.from(types.done()),
    },
    deletions,
    surface,
    hyphenated,
    suggest: packSuggestIndex(suggestTexts, suggestFolded, suggestFact, suggestWords),
    storedQuestions,
    smalltalk,
    smalltalkKeys: [...smalltalk.keys()],
    smalltalkBags: [...smalltalk.keys()].map(letterBag),
    smalltalkTurkish,
    smalltalkNames: names,
  };
}

/**
 * What the scores need per text and per fact, worked out once from the packed
 * texts: each text's own idf sum and length, each fact's field lengths, the
 * average field lengths, and each fact's focus total (the idf of the terms in
 * two or more of its texts; see rank.ts focusCoverage). `mark` is scratch of
 * the vocabulary's size, all −1.
 */
function aggregates(
  t: { textStart: Int32Array; kind: Uint8Array; termStart: Int32Array; terms: Int32Array; termWeight: Float32Array; termCount: Uint16Array },
  idf: Float64Array,
  facts: number,
  mark: Int32Array,
): { own: Float64Array; length: Int32Array; averageFieldLength: Float64Array; fieldLength: Float32Array; focusTotal: Float32Array } {
  const texts = t.kind.length;
  const own = new Float64Array(texts);
  const length = new Int32Array(texts);
  const fieldLength = new Float32Array(facts * 4);
  const focusTotal = new Float32Array(facts);
  const totalFieldLength = new Float64Array(4);
  // Per term: how many of the current fact's texts have it (valid when mark[id] is the fact).
  const count = new Int32Array(mark.length);
  for (let f = 0; f < facts; f++) {
    let focus = 0;
    for (let k = t.textStart[f]!; k < t.textStart[f + 1]!; k++) {
      let sum = 0;
      let len = 0;
      for (let j = t.termStart[k]!; j < t.termStart[k + 1]!; j++) {
        const id = t.terms[j]!;
        len += t.termCount[j]!;
        if (t.termWeight[j] !== 1) continue;
        sum += idf[id]!;
        if (mark[id] !== f) {
          mark[id] = f;
          count[id] = 1;
        } else if (++count[id]! === 2) focus += idf[id]!;
      }
      own[k] = sum;
      length[k] = len;
      fieldLength[f * 4 + t.kind[k]!]! += len;
      totalFieldLength[t.kind[k]!]! += len;
    }
    focusTotal[f] = focus;
  }
  const n = Math.max(facts, 1);
  return { own, length, averageFieldLength: totalFieldLength.map((x) => Math.max(1, x / n)), fieldLength, focusTotal };
}

/** A 32-bit hash of a set of term ids (order does not count): the key of {@link SearchIndex.storedQuestions}. */
export function termSetHash(ids: readonly number[]): number {
  // Sum and xor of a mixed value per id: commutative, so no sorting.
  let sum = 0;
  let x = 0;
  for (const id of ids) {
    const h = Math.imul(id ^ (id >>> 16), 0x45d9f3b) ^ 0x9e3779b9;
    sum = (sum + h) | 0;
    x ^= Math.imul(h, 0x27d4eb2d);
  }
  return (sum ^ Math.imul(x, 31) ^ ids.length) | 0;
}

/** Inverse document frequency of a term found in `df` of `n` facts. */
export function idfOf(n: number, df: number): number {
  return Math.log(1 + n / df);
}
