/**
 * The search index, built once per knowledge load. Two stages answer a
 * question: a cheap inverted index over stemmed terms (with synonyms and typo
 * correction) picks a bounded set of candidate facts without scanning them
 * all; fuse.js then scores the question against those candidates' stored
 * phrasings. The blend of both is the confidence used to answer or abstain.
 */
import Fuse from 'fuse.js';
import { SEARCH } from '../config.ts';
import type { Knowledge, LoadedFact } from '../knowledge/load.ts';
import { Analyzer, STOP_WORDS, answerType, editDistance, fold, questionKey, words, type AnswerType } from './normalize.ts';

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
  idf: Map<string, number>;
  /** idf given to a word the knowledge never uses. */
  unknownIdf: number;
  postings: Map<string, Posting>;
  /** Per fact, per stored question: its distinct terms. */
  questionTerms: string[][][];
  /** Per fact: the answer types its stored questions ask for. */
  answerTypes: Set<AnswerType>[];
  /** Per fact: its stored questions and keywords, folded (what fuse.js compares against). */
  fuseTexts: string[][];
  /** One-deletion neighbourhood of the surface vocabulary (SymSpell): deletion → words. */
  deletions: Map<string, string[]>;
  /** Surface word → the index term it stands for (itself, or a synonym concept). */
  surface: Map<string, string>;
  /** Scratch space for the first stage, reused so a question allocates nothing per fact. */
  scratch: { score: Float32Array; touched: Int32Array };
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
}

/** Builds the search index for loaded knowledge. */
export function buildIndex(knowledge: Knowledge): SearchIndex {
  const facts = knowledge.facts;
  const analyzer = new Analyzer(knowledge.synonyms);
  const byId = new Map(facts.map((f, i) => [f.id, i] as const));
  const w = SEARCH.fieldWeights;

  // Term → (fact → best field weight). Built as maps, then packed into typed arrays.
  const raw = new Map<string, Map<number, number>>();
  const add = (term: string, fact: number, weight: number) => {
    let m = raw.get(term);
    if (!m) raw.set(term, (m = new Map()));
    if ((m.get(fact) ?? 0) < weight) m.set(fact, weight);
  };
  const questionTerms: string[][][] = [];
  const surface = new Map<string, string>();
  const fuseTexts: string[][] = [];
  facts.forEach((fact, i) => {
    const qTerms = fact.questions.map((q) => [...new Set(analyzer.terms(q))]);
    questionTerms.push(qTerms);
    const addText = (text: string, weight: number) => {
      for (const t of analyzer.documentTerms(text)) {
        add(t.term, i, t.part ? weight * SEARCH.phrasePartWeight : weight);
        // Typos are corrected against the words as written, not their stems:
        // "holdnigs" is one swap from "holdings", but far from its stem "hold".
        if (t.raw !== null && !surface.has(t.raw)) surface.set(t.raw, t.term);
      }
    };
    for (const q of fact.questions) addText(q, w.questions);
    for (const k of fact.keywords) {
      // A keyword is also a one-line question ("byd?").
      const terms = [...new Set(analyzer.terms(k))];
      if (terms.length > 0) qTerms.push(terms);
      addText(k, w.keywords);
    }
    for (const tag of fact.tags) addText(tag.replace(/-/g, ' '), w.tags);
    addText(fact.answer, w.answer);
    fuseTexts.push([...fact.questions, ...fact.keywords].map((s) => words(s).join(' ')));
  });

  const n = Math.max(facts.length, 1);
  const idf = new Map<string, number>();
  const postings = new Map<string, Posting>();
  for (const [term, m] of raw) {
    idf.set(term, Math.log(1 + n / m.size));
    const ids = new Int32Array(m.size);
    const weights = new Float32Array(m.size);
    let k = 0;
    for (const [fact, weight] of m) {
      ids[k] = fact;
      weights[k] = weight;
      k++;
    }
    postings.set(term, { facts: ids, weights });
  }

  // Typo correction works on surface words: the words as written in the
  // knowledge, and the one-word variants of synonym concepts ("beylikva" →
  // "beylikova" → its concept).
  const deletions = new Map<string, string[]>();
  for (const [word, concept] of analyzer.variants) if (raw.has(concept) && !surface.has(word)) surface.set(word, concept);
  for (const word of surface.keys()) {
    if (word.length < SEARCH.minTypoLength) continue;
    for (const d of deletesOf(word)) {
      const list = deletions.get(d);
      if (list) list.push(word);
      else deletions.set(d, [word]);
    }
  }

  const smalltalk = new Map<string, number>();
  knowledge.intents.forEach((intent, i) => {
    for (const p of intent.patterns) smalltalk.set(questionKey(p), i);
  });

  return {
    knowledge,
    facts,
    byId,
    analyzer,
    idf,
    unknownIdf: Math.log(1 + SEARCH.unknownDf * n),
    postings,
    questionTerms,
    fuseTexts,
    answerTypes: facts.map((f) => new Set(f.questions.map(answerType).filter((t): t is AnswerType => t !== null))),
    deletions,
    surface,
    scratch: { score: new Float32Array(facts.length), touched: new Int32Array(facts.length) },
    suggest: buildSuggestIndex(facts),
    neighbours: new Map(),
    smalltalk,
    smalltalkKeys: [...smalltalk.keys()],
  };
}

/** The term itself and every string one deletion away. */
function deletesOf(term: string): string[] {
  const out = [term];
  for (let i = 0; i < term.length; i++) out.push(term.slice(0, i) + term.slice(i + 1));
  return out;
}

/**
 * Resolves query terms against the vocabulary: exact, else the closest term
 * one edit away (two for long words), preferring the more common term.
 */
export function resolveTerms(index: SearchIndex, terms: (string | { term: string; raw: string | null })[]): ResolvedTerm[] {
  return terms.map((t) => {
    const q = typeof t === 'string' ? t : t.term;
    const raw = typeof t === 'string' ? null : t.raw;
    const exact = index.idf.get(q);
    if (exact !== undefined) return { query: q, term: q, factor: 1, idf: exact };
    const typed = raw ?? q;
    if (typed.length >= SEARCH.minTypoLength && !typed.startsWith('~')) {
      const maxEdits = typed.length >= 8 ? 2 : 1;
      let best: string | null = null; // a surface word
      let bestDist = maxEdits + 1;
      let bestDf = -1;
      for (const d of deletesOf(typed)) {
        for (const cand of index.deletions.get(d) ?? []) {
          // People cut words short ("wher", "eskiseh"): a completion beats a substitution.
          const dist = editDistance(typed, cand, maxEdits) - (cand.startsWith(typed) ? 0.5 : 0);
          const df = index.postings.get(index.surface.get(cand) ?? cand)?.facts.length ?? 0;
          if (dist < bestDist || (dist === bestDist && df > bestDf)) {
            best = cand;
            bestDist = dist;
            bestDf = df;
          }
        }
      }
      const term = best === null ? undefined : index.surface.get(best);
      if (term !== undefined && bestDist <= maxEdits) {
        // The idf of what was typed is that of the word it stands for.
        return { query: q, term, factor: SEARCH.typoWeight, idf: index.idf.get(term) ?? index.unknownIdf };
      }
    }
    return { query: q, term: null, factor: 0, idf: index.unknownIdf };
  });
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
    if (t.term === null) continue;
    const p = index.postings.get(t.term);
    if (!p) continue;
    const gain = t.idf * t.factor;
    for (let k = 0; k < p.facts.length; k++) {
      const f = p.facts[k]!;
      if (score[f] === 0) touched[count++] = f;
      score[f] = score[f]! + gain * p.weights[k]!;
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

/** Similarity of the query to a fact's closest stored question (idf-weighted Dice, 0..1). */
export function questionSimilarity(index: SearchIndex, fact: number, terms: ResolvedTerm[]): number {
  let queryWeight = 0;
  const queryTerms = new Map<string, number>();
  for (const t of terms) {
    queryWeight += t.idf;
    if (t.term !== null) queryTerms.set(t.term, t.idf * t.factor);
  }
  // As in the first stage, a long question's unmatched words count less.
  const slack = Math.min(1, SEARCH.leniencyTerms / Math.max(terms.length, 1));
  let best = 0;
  for (const qt of index.questionTerms[fact] ?? []) {
    let shared = 0;
    let own = 0;
    for (const term of qt) {
      own += index.idf.get(term) ?? 0;
      shared += queryTerms.get(term) ?? 0;
    }
    const denom = shared + slack * (queryWeight - shared) + own;
    if (denom > 0) best = Math.max(best, (2 * shared) / denom);
  }
  return best;
}

/** fuse.js similarity (1 − score) of the folded question to each candidate's best stored phrasing. */
export function fuseSimilarity(index: SearchIndex, candidates: Candidate[], question: string): Map<number, number> {
  const records: { fact: number; text: string }[] = [];
  for (const c of candidates.slice(0, SEARCH.fuseCandidates)) for (const text of index.fuseTexts[c.fact] ?? []) records.push({ fact: c.fact, text });
  const out = new Map<number, number>();
  // fuse.js runs Bitap once per 32-character chunk of the pattern, so a shorter
  // pattern (content words only) is both faster and less diluted by filler.
  const pattern = words(question)
    .filter((w) => !STOP_WORDS.has(w))
    .join(' ')
    .slice(0, SEARCH.fusePatternChars);
  if (!pattern || records.length === 0) return out;
  const fuse = new Fuse(records, { ...SEARCH.fuse, keys: ['text'] });
  for (const r of fuse.search(pattern)) {
    const sim = 1 - (r.score ?? 1);
    if (sim > (out.get(r.item.fact) ?? 0)) out.set(r.item.fact, sim);
  }
  return out;
}

function buildSuggestIndex(facts: LoadedFact[]): SuggestIndex {
  const texts: string[] = [];
  const folded: string[] = [];
  const factOf: number[] = [];
  const wordMap = new Map<string, number[]>();
  facts.forEach((fact, i) => {
    for (const q of fact.questions) {
      if (q.length > 100) continue; // Discord's limit for a choice; longer phrasings are not offered.
      const id = texts.length;
      texts.push(q);
      folded.push(words(q).join(' '));
      factOf.push(i);
      for (const w of new Set(words(q))) {
        const list = wordMap.get(w);
        if (list) list.push(id);
        else wordMap.set(w, [id]);
      }
    }
  });
  const packed = new Map<string, Int32Array>();
  for (const [w, ids] of wordMap) packed.set(w, Int32Array.from(ids));
  return { texts, folded, fact: Int32Array.from(factOf), words: packed, sortedWords: [...packed.keys()].sort() };
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
  const finished = /[\p{L}\p{N}]$/u.test(partial) ? typed.slice(0, -1) : typed;
  const prefix = /[\p{L}\p{N}]$/u.test(partial) ? (typed[typed.length - 1] ?? '') : '';
  if (typed.length === 0) return [...new Set([...index.knowledge.bot.examples, ...s.texts])].slice(0, limit);

  // Each finished word selects the questions containing it (or a word one typo away).
  const sets: Int32Array[] = [];
  for (const w of finished.slice(0, 8)) {
    let ids = s.words.get(w);
    if (!ids && w.length >= SEARCH.minTypoLength) {
      const near = s.sortedWords.find((v) => Math.abs(v.length - w.length) <= 1 && v[0] === w[0] && editDistance(v, w, 1) <= 1);
      if (near) ids = s.words.get(near);
    }
    if (ids) sets.push(ids);
  }
  // The prefix selects questions with a word starting with it (bounded number of words).
  if (prefix) {
    const from = lowerBound(s.sortedWords, prefix);
    const ids = new Set<number>();
    for (let k = from, seen = 0; k < s.sortedWords.length && seen < 64; k++, seen++) {
      const word = s.sortedWords[k]!;
      if (!word.startsWith(prefix)) break;
      for (const id of s.words.get(word)!) ids.add(id);
    }
    sets.push(Int32Array.from(ids));
  }
  if (sets.length === 0) return [];
  // Rank by how many of the typed words a question has; scan from the rarest set.
  sets.sort((a, b) => a.length - b.length);
  const hits = new Map<number, number>();
  for (const set of sets) {
    for (const id of set) {
      const h = hits.get(id);
      if (h !== undefined) hits.set(id, h + 1);
      else if (hits.size < 5000) hits.set(id, 1);
    }
  }
  const phrase = typed.join(' ');
  return [...hits.entries()]
    .map(([id, h]) => ({ id, h, starts: s.folded[id]!.startsWith(phrase) ? 1 : 0 }))
    .sort((a, b) => b.starts - a.starts || b.h - a.h || s.texts[a.id]!.length - s.texts[b.id]!.length || a.id - b.id)
    .slice(0, limit)
    .map((x) => s.texts[x.id]!);
}

export { fold };
