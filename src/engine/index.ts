/**
 * The search index, built once per knowledge load. Two stages answer a
 * question: a cheap inverted index over stemmed terms (with synonyms and typo
 * correction) picks a bounded set of candidate facts without scanning them
 * all, and their stored phrasings are compared with the question term by term;
 * where that leaves the answer open, fuse.js scores the question against the
 * top candidates' closest phrasings. The blend is the confidence used to
 * answer or abstain (src/engine/answer.ts).
 */
import Fuse from 'fuse.js';
import { SEARCH } from '../config.ts';
import type { Knowledge, LoadedFact } from '../knowledge/load.ts';
import { Analyzer, STOP_WORDS, answerType, editDistance, isTerm, questionKey, stem, words, type AnswerType } from './normalize.ts';

interface Posting {
  facts: Int32Array;
  weights: Float32Array;
}

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
  /** 1 for an exact match, {@link SEARCH.typoWeight} for a typo correction. */
  factor: number;
  idf: number;
}

/** A candidate fact from the first stage. */
export interface Candidate {
  fact: number;
  /** Share of the question's idf-weighted terms found in the fact (0..1). */
  coverage: number;
}

/** The prepared knowledge: facts, texts and indexes. Immutable after build. */
export interface SearchIndex {
  knowledge: Knowledge;
  facts: LoadedFact[];
  byId: Map<string, number>;
  analyzer: Analyzer;
  /** The vocabulary: index term → term id (ids index `idf` and `postings`). */
  termIds: Map<string, number>;
  /** Per term id: inverse document frequency. */
  idf: Float64Array;
  /** idf given to a word the knowledge never uses. */
  unknownIdf: number;
  /** Per term id: the facts containing it, with the weight of its best field. */
  postings: Posting[];
  /**
   * The stored phrasings (each fact's questions, then its keywords), packed:
   * fact i owns phrasings `phrasingStart[i]` … `phrasingStart[i + 1] − 1`, and
   * phrasing k the distinct term ids `phrasingTerms[termStart[k]]` … before
   * `termStart[k + 1]`, whose idf sum is `phrasingOwn[k]`. Typed arrays, not
   * nested arrays: at 100,000 facts the nested form was most of the build's
   * garbage and a pointer chase per term when scoring.
   */
  phrasings: { phrasingStart: Int32Array; termStart: Int32Array; phrasingTerms: Int32Array; phrasingOwn: Float64Array };
  /** Per fact: the answer types its stored questions ask for. */
  answerTypes: Set<AnswerType>[];
  /** Per fact: its stored questions, folded (what fuse.js compares against), filled on first use. */
  fuseTexts: (string[] | undefined)[];
  /** Typo correction: the one-deletion neighbourhood of the surface words (see {@link DeletionIndex}). */
  deletions: DeletionIndex;
  /** Surface word (as written in the knowledge) → the index term it stands for (its stem, or a synonym concept). */
  surface: Map<string, string>;
  /**
   * Scratch space reused by every question so none allocates in proportion to
   * the knowledge: first-stage scores per fact, and the query's weight per term id.
   */
  scratch: { score: Float32Array; touched: Int32Array; queryWeight: Float64Array };
  /** Autocomplete: every stored question, its folded words, and a word index. */
  suggest: SuggestIndex;
  /** Nearest-neighbour related facts, computed on first use. */
  neighbours: Map<number, number[]>;
  /** Small talk: pattern key → intent index. */
  smalltalk: Map<string, number>;
  smalltalkKeys: string[];
}

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

/** Codes of {@link buildIndex}'s word cache besides term ids. */
const NOT_A_TERM = -1;
const STARTS_PHRASE = -2;

/** Builds the search index for loaded knowledge. */
export function buildIndex(knowledge: Knowledge): SearchIndex {
  const facts = knowledge.facts;
  const analyzer = new Analyzer(knowledge.synonyms);
  const byId = new Map(facts.map((f, i) => [f.id, i] as const));
  const w = SEARCH.fieldWeights;

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
  // Phrasings, packed as they are met (see SearchIndex.phrasings).
  const phrasingStart: number[] = [];
  const termStart: number[] = [];
  const phrasingTerms: number[] = [];
  // The text being added: its fact, field weight, whether it is a phrasing and
  // where its terms start. Shared state rather than a closure per text: 100,000
  // facts have a million texts.
  let fact = 0;
  let weight = 0;
  let phrasing = false;
  let from = 0;
  const addTerm = (id: number, part: boolean) => {
    const termWeight = part ? weight * SEARCH.phrasePartWeight : weight;
    const pf = rawFacts[id]!;
    const pw = rawWeights[id]!;
    const last = pf.length - 1;
    if (last >= 0 && pf[last] === fact) {
      if (pw[last]! < termWeight) pw[last] = termWeight;
    } else {
      pf.push(fact);
      pw.push(termWeight);
    }
    // A phrasing records its distinct whole terms (not phrase parts).
    if (phrasing && !part && phrasingTerms.indexOf(id, from) < 0) phrasingTerms.push(id);
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
  const addText = (ws: readonly string[], fieldWeight: number, isPhrasing: boolean): number => {
    weight = fieldWeight;
    phrasing = isPhrasing;
    from = phrasingTerms.length;
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
    return phrasingTerms.length - from;
  };
  const answerTypes: Set<AnswerType>[] = [];
  const suggestTexts: string[] = [];
  const suggestFolded: string[] = [];
  const suggestFact: number[] = [];
  const suggestWords = new Map<string, number[]>();
  const addSuggestion = (q: string, folded: string, ws: readonly string[]) => {
    const id = suggestTexts.length;
    suggestTexts.push(q);
    suggestFolded.push(folded);
    suggestFact.push(fact);
    for (let k = 0; k < ws.length; k++) {
      const word = ws[k]!;
      if (ws.indexOf(word) !== k) continue;
      const list = suggestWords.get(word);
      if (list) list.push(id);
      else suggestWords.set(word, [id]);
    }
  };
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    fact = i;
    phrasingStart.push(termStart.length);
    const types = new Set<AnswerType>();
    for (const q of f.questions) {
      // Each phrasing is split into words once, for the index, answer types and autocomplete.
      const ws = words(q);
      const folded = ws.join(' ');
      termStart.push(phrasingTerms.length);
      addText(ws, w.questions, true);
      const type = answerType(q, folded);
      if (type) types.add(type);
      // Discord's limit for a choice is 100 characters; longer phrasings are not offered.
      if (q.length <= 100) addSuggestion(q, folded, ws);
    }
    for (const k of f.keywords) {
      // A keyword is also a one-line question ("byd?"), unless it is all stop words.
      const start = phrasingTerms.length;
      if (addText(words(k), w.keywords, true) > 0) termStart.push(start);
    }
    for (const tag of f.tags) addText(words(tag), w.tags, false);
    addText(words(f.answer), w.answer, false);
    answerTypes.push(types);
  }
  phrasingStart.push(termStart.length);
  termStart.push(phrasingTerms.length);

  const n = Math.max(facts.length, 1);
  const idf = new Float64Array(rawFacts.length);
  const postings: Posting[] = [];
  for (let id = 0; id < rawFacts.length; id++) {
    idf[id] = Math.log(1 + n / rawFacts[id]!.length);
    postings.push({ facts: Int32Array.from(rawFacts[id]!), weights: Float32Array.from(rawWeights[id]!) });
  }
  rawFacts.length = 0;
  rawWeights.length = 0;
  const phrasingOwn = new Float64Array(termStart.length - 1);
  for (let k = 0; k < phrasingOwn.length; k++) {
    let own = 0;
    for (let j = termStart[k]!; j < termStart[k + 1]!; j++) own += idf[phrasingTerms[j]!]!;
    phrasingOwn[k] = own;
  }

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
    idf,
    unknownIdf: Math.log(1 + SEARCH.unknownDf * n),
    postings,
    phrasings: {
      phrasingStart: Int32Array.from(phrasingStart),
      termStart: Int32Array.from(termStart),
      phrasingTerms: Int32Array.from(phrasingTerms),
      phrasingOwn,
    },
    fuseTexts: [],
    answerTypes,
    deletions,
    surface,
    scratch: { score: new Float32Array(facts.length), touched: new Int32Array(facts.length), queryWeight: new Float64Array(idf.length) },
    suggest: packSuggestIndex(suggestTexts, suggestFolded, suggestFact, suggestWords),
    neighbours: new Map(),
    smalltalk,
    smalltalkKeys: [...smalltalk.keys()],
  };
}

/**
 * One-deletion neighbourhood of the surface words (SymSpell): each word, and
 * each string one deletion from it, is an entry (word id, deleted position or
 * −1) filed under a 32-bit hash of that string. Entries are bucketed by hash
 * in flat typed arrays (counting sort), so the build makes no strings and no
 * map entries: at 100,000 facts there are ~900,000 entries, which as a
 * Map<string, string[]> took a second to build and tens of megabytes to hold.
 * A lookup hashes the query's own deletions and checks each entry's string
 * against them character by character.
 */
export interface DeletionIndex {
  /** The surface words (entry word ids index this list). */
  words: string[];
  /** Bucket b's entries are `bucketStart[b]` … before `bucketStart[b + 1]`. */
  bucketStart: Int32Array;
  /** Per entry: the full hash, the word id, the deleted position (−1: the word itself). */
  hash: Int32Array;
  word: Int32Array;
  deleted: Int32Array;
  /** Buckets are indexed by the hash's low bits. */
  mask: number;
}

/** Multiplier of the polynomial string hash (an odd constant with well-mixed bits). */
const HASH_BASE = 0x01000193;

// Scratch for eachDeletionHash, grown as needed (it runs for every surface word at build).
let prefixHash = new Int32Array(64);
let suffixHash = new Int32Array(64);
let powers = new Int32Array(64);

/**
 * Calls `emit(hash, deleted)` for a word, then for each one-deletion of it in
 * order of the deleted position (`deleted` = that position, −1 for the word
 * itself). The hash is polynomial, so a deletion's hash comes from a prefix
 * and a suffix hash without building the string.
 */
function eachDeletionHash(word: string, emit: (hash: number, deleted: number) => void): void {
  const n = word.length;
  if (prefixHash.length <= n) {
    prefixHash = new Int32Array(n + 1);
    suffixHash = new Int32Array(n + 1);
    powers = new Int32Array(n + 1);
  }
  // prefixHash[i]: hash of word[0, i); suffixHash[i]: hash of word[i, n); powers[i]: HASH_BASE^(n − 1 − i).
  prefixHash[0] = 0;
  for (let i = 0; i < n; i++) prefixHash[i + 1] = (Math.imul(prefixHash[i]!, HASH_BASE) + word.charCodeAt(i)) | 0;
  suffixHash[n] = 0;
  let power = 1;
  for (let i = n - 1; i >= 0; i--) {
    powers[i] = power;
    suffixHash[i] = (suffixHash[i + 1]! + Math.imul(word.charCodeAt(i), power)) | 0;
    power = Math.imul(power, HASH_BASE);
  }
  emit(prefixHash[n]!, -1);
  for (let i = 0; i < n; i++) emit((Math.imul(prefixHash[i]!, powers[i]!) + suffixHash[i + 1]!) | 0, i);
}

/** Builds the deletion index of the words of at least {@link SEARCH.minTypoLength} characters. */
export function buildDeletionIndex(surfaceWords: Iterable<string>): DeletionIndex {
  const list: string[] = [];
  for (const word of surfaceWords) if (word.length >= SEARCH.minTypoLength) list.push(word);
  let entries = 0;
  for (const word of list) entries += word.length + 1;
  let buckets = 1;
  while (buckets < entries) buckets *= 2;
  const mask = buckets - 1;
  const hash = new Int32Array(entries);
  const word = new Int32Array(entries);
  const deleted = new Int32Array(entries);
  // Counting sort by bucket, stable: entries of a bucket stay in word order.
  const bucketStart = new Int32Array(buckets + 1);
  for (const w of list) eachDeletionHash(w, (h) => bucketStart[(h & mask) + 1]!++);
  for (let b = 0; b < buckets; b++) bucketStart[b + 1]! += bucketStart[b]!;
  const fill = bucketStart.slice(0, buckets);
  list.forEach((w, id) =>
    eachDeletionHash(w, (h, at) => {
      const k = fill[h & mask]!++;
      hash[k] = h;
      word[k] = id;
      deleted[k] = at;
    }),
  );
  return { words: list, bucketStart, hash, word, deleted, mask };
}

/** Whether `word` with position `at` removed (−1: nothing removed) is the string `key`. */
function deletionEquals(word: string, at: number, key: string): boolean {
  if (word.length - (at < 0 ? 0 : 1) !== key.length) return false;
  for (let i = 0, j = 0; i < word.length; i++) {
    if (i === at) continue;
    if (word.charCodeAt(i) !== key.charCodeAt(j++)) return false;
  }
  return true;
}

/**
 * Calls `visit` with every surface word sharing a one-deletion key with
 * `word` (so within two edits of it), key by key, possibly more than once.
 */
export function eachNeighbour(d: DeletionIndex, word: string, visit: (candidate: string) => void): void {
  eachDeletionHash(word, (h, at) => {
    const key = at < 0 ? word : word.slice(0, at) + word.slice(at + 1);
    const b = h & d.mask;
    for (let k = d.bucketStart[b]!; k < d.bucketStart[b + 1]!; k++) {
      if (d.hash[k] !== h) continue;
      const candidate = d.words[d.word[k]!]!;
      if (deletionEquals(candidate, d.deleted[k]!, key)) visit(candidate);
    }
  });
}

/**
 * Resolves query terms against the vocabulary: exact, else the closest term
 * one edit away (two for long words), preferring the more common term.
 */
export function resolveTerms(index: SearchIndex, terms: (string | { term: string; raw: string | null })[]): ResolvedTerm[] {
  return terms.map((t) => {
    const q = typeof t === 'string' ? t : t.term;
    const raw = typeof t === 'string' ? null : t.raw;
    const exact = index.termIds.get(q);
    // Every ResolvedTerm has the same fields in the same order: one object shape keeps the scoring code monomorphic.
    if (exact !== undefined) return { query: q, term: q, ids: [exact], factor: 1, idf: index.idf[exact]! };
    const typed = raw ?? q;
    if (typed.length >= SEARCH.minTypoLength && !typed.startsWith('~')) {
      const maxEdits = typed.length >= 8 ? 2 : 1;
      let bestDist = maxEdits + 1;
      let ties: { word: string; df: number }[] = [];
      eachNeighbour(index.deletions, typed, (cand) => {
        // People cut words short ("wher", "eskiseh"): a completion beats a substitution.
        const dist = editDistance(typed, cand, maxEdits) - (cand.startsWith(typed) ? 0.5 : 0);
        if (dist > bestDist) return;
        if (dist < bestDist) {
          bestDist = dist;
          ties = [];
        }
        if (!ties.some((t) => t.word === cand)) ties.push({ word: cand, df: documentFrequency(index, index.surface.get(cand) ?? cand) });
      });
      // The most common word first; a bounded number of equally close others as alternatives.
      ties.sort((a, b) => b.df - a.df || (a.word < b.word ? -1 : 1));
      const terms = [...new Set(ties.map((t) => index.surface.get(t.word)).filter((t): t is string => t !== undefined))].slice(0, SEARCH.maxTypoAlternatives + 1);
      const term = terms[0];
      if (term !== undefined && bestDist <= maxEdits) {
        const ids: number[] = [];
        for (const t of terms) {
          const id = index.termIds.get(t);
          if (id !== undefined) ids.push(id);
        }
        // The idf of what was typed is that of the word it stands for.
        return { query: q, term, ids, factor: SEARCH.typoWeight, idf: ids[0] === undefined ? index.unknownIdf : index.idf[ids[0]]! };
      }
    }
    return { query: q, term: null, ids: [], factor: 0, idf: index.unknownIdf };
  });
}

/** How many facts contain a term (0 for a term the knowledge does not use). */
function documentFrequency(index: SearchIndex, term: string): number {
  const id = index.termIds.get(term);
  return id === undefined ? 0 : index.postings[id]!.facts.length;
}

/**
 * First stage: scores facts by the idf-weighted share of query terms they
 * contain, touching only the facts in the terms' posting lists.
 */
export function firstStage(index: SearchIndex, terms: ResolvedTerm[], limit: number, exclude = -1): Candidate[] {
  const { score, touched } = index.scratch;
  let total = 0;
  for (const t of terms) total += t.idf;
  if (total === 0) return [];
  let count = 0;
  for (const t of terms) {
    const gain = t.idf * t.factor;
    for (const id of t.ids) {
      const p = index.postings[id]!;
      for (let k = 0; k < p.facts.length; k++) {
        const f = p.facts[k]!;
        if (score[f] === 0) touched[count++] = f;
        score[f] = score[f]! + gain * p.weights[k]!;
      }
    }
  }
  // Long, chatty questions carry words no fact needs ("my boss asked me…"):
  // beyond `leniencyTerms` terms, unmatched words count proportionally less.
  const slack = Math.min(1, SEARCH.leniencyTerms / terms.length);
  // Keep the best `limit` in a small sorted array; the scratch is reset as we go.
  const best: Candidate[] = [];
  for (let k = 0; k < count; k++) {
    const f = touched[k]!;
    const share = Math.min(1, score[f]! / total);
    const coverage = share / (share + slack * (1 - share));
    score[f] = 0;
    if (f === exclude) continue;
    if (best.length < limit || coverage > best[best.length - 1]!.coverage) {
      let pos = best.length;
      while (pos > 0 && best[pos - 1]!.coverage < coverage) pos--;
      best.splice(pos, 0, { fact: f, coverage });
      if (best.length > limit) best.pop();
    }
  }
  return best;
}

/** How a fact's stored phrasings match a question. */
export interface PhrasingMatch {
  /** Similarity of the closest phrasing, question or keyword (idf-weighted Dice, 0..1). */
  similarity: number;
  /** Which of the fact's `questions` is closest by words (what fuse.js compares against), or −1 if it has none. */
  closestQuestion: number;
}

/**
 * Compares the question with every stored phrasing of each given fact: the
 * idf-weighted Dice coefficient of their terms, where a long question's
 * unmatched words count less (as in the first stage). The query's weights sit
 * in a scratch array by term id for the duration of the call, so each
 * phrasing costs one array read per term.
 */
export function matchPhrasings(index: SearchIndex, facts: readonly number[], terms: ResolvedTerm[]): PhrasingMatch[] {
  const { queryWeight } = index.scratch;
  let total = 0;
  for (const t of terms) {
    total += t.idf;
    const weight = t.idf * t.factor;
    for (const id of t.ids) queryWeight[id] = weight;
  }
  const slack = Math.min(1, SEARCH.leniencyTerms / Math.max(terms.length, 1));
  const { phrasingStart, termStart, phrasingTerms, phrasingOwn } = index.phrasings;
  const out = facts.map((fact): PhrasingMatch => {
    let similarity = 0;
    let closestQuestion = -1;
    let closestSimilarity = -1;
    const first = phrasingStart[fact]!;
    const questions = index.facts[fact]!.questions.length;
    for (let k = first; k < phrasingStart[fact + 1]!; k++) {
      let shared = 0;
      for (let j = termStart[k]!; j < termStart[k + 1]!; j++) shared += queryWeight[phrasingTerms[j]!]!;
      const denom = shared + slack * (total - shared) + phrasingOwn[k]!;
      const sim = denom > 0 ? (2 * shared) / denom : 0;
      if (sim > similarity) similarity = sim;
      if (k - first < questions && sim > closestSimilarity) {
        closestSimilarity = sim;
        closestQuestion = k - first;
      }
    }
    return { similarity, closestQuestion };
  });
  for (const t of terms) for (const id of t.ids) queryWeight[id] = 0;
  return out;
}

/** A fact's stored question, folded, made on first use (most facts are never fuse.js candidates). */
function fuseTextOf(index: SearchIndex, fact: number, question: number): string {
  let texts = index.fuseTexts[fact];
  if (!texts) {
    texts = index.facts[fact]!.questions.map((s) => words(s).join(' '));
    index.fuseTexts[fact] = texts;
  }
  return texts[question]!;
}

/**
 * fuse.js similarity (1 − score) of the question to each candidate's stored
 * question closest by words. fuse.js runs Bitap over every record (~20 µs
 * each), so it sees one phrasing per candidate: it judges how well the
 * wording matches, typos and word order included, not which phrasing to look at.
 *
 * @param questionWords the question's words (as {@link words} splits them)
 */
export function fuseSimilarity(index: SearchIndex, candidates: readonly { fact: number; closestQuestion: number }[], questionWords: readonly string[]): Map<number, number> {
  const out = new Map<number, number>();
  const facts: number[] = [];
  const texts: string[] = [];
  for (const c of candidates) {
    if (c.closestQuestion < 0) continue;
    facts.push(c.fact);
    texts.push(fuseTextOf(index, c.fact, c.closestQuestion));
  }
  // Bitap runs once per 32-character chunk of the pattern, so a shorter
  // pattern (content words only) is both faster and less diluted by filler.
  const pattern = questionWords
    .filter((w) => !STOP_WORDS.has(w))
    .join(' ')
    .slice(0, SEARCH.fusePatternChars);
  if (!pattern || texts.length === 0) return out;
  // A list of plain strings: fuse.js skips its key machinery.
  const fuse = new Fuse(texts, SEARCH.fuse);
  for (const r of fuse.search(pattern)) {
    const fact = facts[r.refIndex]!;
    const sim = 1 - (r.score ?? 1);
    if (sim > (out.get(fact) ?? 0)) out.set(fact, sim);
  }
  return out;
}

function packSuggestIndex(texts: string[], folded: string[], factOf: number[], wordMap: Map<string, number[]>): SuggestIndex {
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
 */
export function suggestQuestions(index: SearchIndex, partial: string, limit: number): string[] {
  const s = index.suggest;
  const typed = words(partial);
  if (typed.length === 0) {
    // Nothing typed yet (Discord asks as soon as /ask opens): the examples, then stored questions, up to the limit.
    const out = new Set<string>();
    for (const q of index.knowledge.bot.examples) if (out.size < limit) out.add(q);
    for (let k = 0; k < s.texts.length && out.size < limit; k++) out.add(s.texts[k]!);
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
    out.push(id);
    taken.add(id);
  }
  if (out.length >= limit) return out.map((id) => s.texts[id]!);

  // 2. Questions containing every finished word (give or take a typo) and a word starting with the one being typed.
  const sets: Int32Array[] = [];
  for (const w of finished.slice(0, 8)) {
    let ids = s.words.get(w);
    if (!ids && w.length >= SEARCH.minTypoLength) {
      const near = index.deletions.words.length > 0 ? nearestWord(index, w) : undefined;
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
    if (taken.has(id)) continue;
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

/** The surface word one or two edits from `w` (as typo correction finds it), if any. */
function nearestWord(index: SearchIndex, w: string): string | undefined {
  const maxEdits = w.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDist = maxEdits + 1;
  eachNeighbour(index.deletions, w, (cand) => {
    const dist = editDistance(w, cand, maxEdits);
    if (dist < bestDist) {
      best = cand;
      bestDist = dist;
    }
  });
  return best;
}

