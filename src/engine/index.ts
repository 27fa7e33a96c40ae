/**
 * The search index, built once per knowledge load: the vocabulary with its
 * inverse document frequencies, an inverted index from terms to facts (the
 * cheap first stage), every fact's texts packed by field (its stored
 * questions, keywords, tags and answer, as term ids), the typo index and the
 * autocomplete index. Nothing here ranks or decides; see rank.ts and answer.ts.
 */
import { SEARCH } from '../config.ts';
import type { Knowledge, LoadedFact } from '../knowledge/load.ts';
import { Analyzer, ANSWER_TYPE_NAMES, answerType, answerTypesSupported, isTerm, questionKey, stem, words } from '../text/normalize.ts';
import { buildSuggestIndex, type SuggestIndex } from './suggest.ts';
import { buildDeletionIndex, type DeletionIndex } from './typos.ts';

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
  /** Per text: the idf sum of its whole terms (the phrasing's own weight in similarity). */
  own: Float64Array;
  /** Per text: for a stored question, its index in the fact's `questions`, else −1. */
  question: Int32Array;
  /** Per text: for a stored question, the answer type it asks for (index in ANSWER_TYPE_NAMES), else −1. */
  answerType: Int8Array;
  /** Per fact: the answer types its answer's wording can satisfy (bit i: ANSWER_TYPE_NAMES[i]). */
  answerSupports: Uint8Array;
}

/** The prepared knowledge: facts, texts and indexes. Immutable after build. */
export interface SearchIndex {
  knowledge: Knowledge;
  facts: LoadedFact[];
  byId: Map<string, number>;
  analyzer: Analyzer;
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
  /** Autocomplete: every stored question, its folded words, and a word index. */
  suggest: SuggestIndex;
  /**
   * A stored question's terms (sorted ids, see {@link termSetKey}) → its fact
   * and text: a question with exactly those terms (chat noise and stop words
   * aside) is answered by that fact. Term sets two facts share are left out.
   */
  storedQuestions: Map<string, { fact: number; text: number }>;
  /** Small talk: pattern key → intent index. */
  smalltalk: Map<string, number>;
  smalltalkKeys: string[];
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

/** Builds the search index for loaded knowledge. */
export function buildIndex(knowledge: Knowledge): SearchIndex {
  const facts = knowledge.facts;
  const analyzer = new Analyzer(knowledge.synonyms);
  const byId = new Map(facts.map((f, i) => [f.id, i] as const));

  // Term id → postings, built as growing arrays: facts are added in order, so a
  // term seen again in the same fact is always the last entry (keep the best weight).
  const termIds = new Map<string, number>();
  const rawFacts: number[][] = [];
  const rawWeights: number[][] = [];
  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = rawFacts.length;
      termIds.set(term, id);
      rawFacts.push([]);
      rawWeights.push([]);
    }
    return id;
  };
  const textStart: number[] = [];
  const kinds: number[] = [];
  const termStart: number[] = [];
  const terms: number[] = [];
  const termWeights: number[] = [];
  const termCounts: number[] = [];
  const questionOf: number[] = [];
  const types: number[] = [];
  // The text being added: its fact, field weight and where its terms start.
  // Shared state rather than a closure per text: 100,000 facts have a million texts.
  let fact = 0;
  let weight = 0;
  let from = 0;
  const addTerm = (id: number, part: boolean) => {
    const termWeight = part ? SEARCH.phrasePartWeight : 1;
    const pf = rawFacts[id]!;
    const pw = rawWeights[id]!;
    const last = pf.length - 1;
    if (last >= 0 && pf[last] === fact) {
      if (pw[last]! < weight * termWeight) pw[last] = weight * termWeight;
    } else {
      pf.push(fact);
      pw.push(weight * termWeight);
    }
    const at = terms.indexOf(id, from);
    if (at < 0) {
      terms.push(id);
      termWeights.push(termWeight);
      termCounts.push(1);
    } else {
      if (termWeights[at]! < termWeight) termWeights[at] = termWeight;
      if (termCounts[at]! < 65535) termCounts[at]!++;
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
    from = terms.length;
    for (let k = 0; k < ws.length; ) {
      const raw = ws[k]!;
      let code = wordCodes.get(raw);
      if (code === undefined) {
        const token = stem(raw);
        code = analyzer.startsPhrase(token) ? STARTS_PHRASE : isTerm(token) ? idOf(token) : NOT_A_TERM;
        wordCodes.set(raw, code);
        if (code >= 0 && !surface.has(raw)) surface.set(raw, token);
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
  const suggestions: { text: string; folded: string; words: readonly string[]; fact: number }[] = [];
  const storedQuestions = new Map<string, { fact: number; text: number }>();
  const supports = new Uint8Array(facts.length);
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    fact = i;
    textStart.push(kinds.length);
    f.questions.forEach((q, j) => {
      // Each phrasing is split into words once, for the index, answer types and autocomplete.
      const ws = words(q);
      const folded = ws.join(' ');
      const type = answerType(q, folded);
      const text = kinds.length;
      addText(ws, TextKind.question, j, type === null ? -1 : ANSWER_TYPE_NAMES.indexOf(type));
      const ids: number[] = [];
      for (let k = termStart[text]!; k < terms.length; k++) if (termWeights[k] === 1) ids.push(terms[k]!);
      if (ids.length > 0) {
        const key = termSetKey(ids);
        const prior = storedQuestions.get(key);
        if (prior === undefined) storedQuestions.set(key, { fact: i, text });
        else if (prior.fact !== i) storedQuestions.set(key, { fact: -1, text: -1 });
      }
      suggestions.push({ text: q, folded, words: ws, fact: i });
    });
    // A keyword is also a one-line question ("byd?"), unless it is all stop words.
    for (const k of f.keywords) addText(words(k), TextKind.keyword);
    if (f.tags.length > 0) addText(f.tags.flatMap((t) => words(t)), TextKind.tags);
    addText(words(f.answer), TextKind.answer);
    for (const type of answerTypesSupported(f.answer)) supports[i]! |= 1 << ANSWER_TYPE_NAMES.indexOf(type);
  }
  textStart.push(kinds.length);
  termStart.push(terms.length);

  const n = Math.max(facts.length, 1);
  const df = new Int32Array(rawFacts.length);
  const idf = new Float64Array(rawFacts.length);
  const postings: Posting[] = [];
  for (let id = 0; id < rawFacts.length; id++) {
    df[id] = rawFacts[id]!.length;
    idf[id] = idfOf(n, df[id]!);
    postings.push({ facts: Int32Array.from(rawFacts[id]!), weights: Float32Array.from(rawWeights[id]!) });
  }
  rawFacts.length = 0;
  rawWeights.length = 0;
  const own = new Float64Array(kinds.length);
  const length = new Int32Array(kinds.length);
  const totalFieldLength = new Float64Array(4);
  for (let k = 0; k < own.length; k++) {
    let sum = 0;
    let len = 0;
    for (let j = termStart[k]!; j < termStart[k + 1]!; j++) {
      if (termWeights[j] === 1) sum += idf[terms[j]!]!;
      len += termCounts[j]!;
    }
    own[k] = sum;
    length[k] = len;
    totalFieldLength[kinds[k]!]! += len;
  }
  const averageFieldLength = totalFieldLength.map((t) => Math.max(1, t / n));

  // Typo correction works on surface words: the words as written in the
  // knowledge, and the one-word variants of synonym concepts ("beylikva" →
  // "beylikova" → its concept).
  for (const [word, concept] of analyzer.variants) if (termIds.has(concept) && !surface.has(word)) surface.set(word, concept);
  const deletions = buildDeletionIndex(surface.keys());

  const smalltalk = new Map<string, number>();
  knowledge.intents.forEach((intent, i) => {
    for (const p of intent.patterns) smalltalk.set(questionKey(p), i);
  });

  return {
    knowledge,
    facts,
    byId,
    analyzer,
    termIds,
    terms: [...termIds.keys()],
    df,
    idf,
    unknownIdf: idfOf(n, 1 / SEARCH.unknownDf),
    postings,
    texts: {
      textStart: Int32Array.from(textStart),
      kind: Uint8Array.from(kinds),
      termStart: Int32Array.from(termStart),
      terms: Int32Array.from(terms),
      termWeight: Float32Array.from(termWeights),
      termCount: Uint16Array.from(termCounts),
      length,
      averageFieldLength,
      own,
      question: Int32Array.from(questionOf),
      answerType: Int8Array.from(types),
      answerSupports: supports,
    },
    deletions,
    surface,
    suggest: buildSuggestIndex(suggestions),
    storedQuestions,
    smalltalk,
    smalltalkKeys: [...smalltalk.keys()],
  };
}

/** The key of a set of term ids (order and repeats do not count). */
export function termSetKey(ids: readonly number[]): string {
  return [...new Set(ids)].sort((a, b) => a - b).join(',');
}

/** Inverse document frequency of a term found in `df` of `n` facts. */
export function idfOf(n: number, df: number): number {
  return Math.log(1 + n / df);
}
