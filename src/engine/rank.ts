/**
 * Ranking: from a question to scored candidate facts. Two stages: a cheap
 * pass over the inverted index scores facts by the share of the question's
 * (idf-weighted) words they contain, touching only the facts in the words'
 * posting lists; the best of those are compared with the question phrasing by
 * phrasing, and where that leaves the answer open fuse.js scores the wording.
 * The blend is the score the answer threshold (calibrate.ts) applies to.
 */
import Fuse from 'fuse.js';
import { SEARCH } from '../config.ts';
import { ANSWER_TYPE_NAMES, answerType, cleanInput, STOP_WORDS, words } from '../text/normalize.ts';
import { fieldWeight, TextKind, termSetKey, type SearchIndex } from './index.ts';
import { resolveTerms, type Mask, type ResolvedTerm } from './terms.ts';

/** A candidate fact from the first stage. */
export interface Candidate {
  fact: number;
  /** Share of the question's idf-weighted terms found in the fact (0..1). */
  coverage: number;
}

/** One scored fact, with the signals its score is made of. */
export interface RankedFact {
  factId: string;
  score: number;
  /** Share of the question's idf-weighted words the fact contains, in any field (0..1). */
  coverage: number;
  /** Similarity of the closest stored phrasing (idf-weighted Dice, 0..1). */
  question: number;
  /** BM25F over the fact's fields, normalised (0..1). */
  bm25: number;
  /** fuse.js similarity of the wording to the closest stored question (0 when not consulted). */
  fuse: number;
  /** 1, or {@link SEARCH.answerTypeMismatch} when no stored question asks for the kind of answer the question wants. */
  typeFit: number;
}

/** Options of {@link rank}: leave a fact out (related questions), or part of the knowledge (calibration). */
export interface RankOptions {
  exclude?: number;
  mask?: Mask;
}

/**
 * Scratch space reused by every question, so none allocates in proportion to
 * the knowledge: first-stage scores per fact, and the query's weight per term
 * id. Kept beside the index, not in it: the index itself never changes.
 */
interface Scratch {
  score: Float32Array;
  touched: Int32Array;
  queryWeight: Float64Array;
}
const scratches = new WeakMap<SearchIndex, Scratch>();
function scratchOf(index: SearchIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    s = { score: new Float32Array(index.facts.length), touched: new Int32Array(index.facts.length), queryWeight: new Float64Array(index.idf.length) };
    scratches.set(index, s);
  }
  return s;
}

/** The best weight (field weight × phrase-part weight) with which fact `fact` contains any of `ids`, text `skip` left out. */
function bestWeight(index: SearchIndex, fact: number, ids: readonly number[], skip: number): number {
  const { textStart, termStart, terms, termWeight, kind } = index.texts;
  let best = 0;
  for (let k = textStart[fact]!; k < textStart[fact + 1]!; k++) {
    if (k === skip) continue;
    const w = fieldWeight(kind[k]!);
    for (let j = termStart[k]!; j < termStart[k + 1]!; j++) if (ids.includes(terms[j]!) && w * termWeight[j]! > best) best = w * termWeight[j]!;
  }
  return best;
}

/**
 * First stage: scores facts by the idf-weighted share of query terms they
 * contain, touching only the facts in the terms' posting lists.
 */
export function firstStage(index: SearchIndex, terms: ResolvedTerm[], limit: number, options: RankOptions = {}): Candidate[] {
  const { score, touched } = scratchOf(index);
  const exclude = options.mask && options.mask.text < 0 ? options.mask.fact : (options.exclude ?? -1);
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
  // A phrasing left out: its fact's score is worked out again without it (its posting weights include it).
  const loo = options.mask && options.mask.text >= 0 ? options.mask : undefined;
  if (loo && score[loo.fact]! > 0) {
    let s = 0;
    for (const t of terms) if (t.ids.length > 0) s += t.idf * t.factor * bestWeight(index, loo.fact, t.ids, loo.text);
    // A tiny positive score keeps it in `touched` bookkeeping (it is reset below like the rest).
    score[loo.fact] = Math.max(s, 1e-12);
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
    if (f === exclude || coverage < 1e-9) continue;
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
  /** The answer types the fact's stored questions ask for (bit i: ANSWER_TYPE_NAMES[i]). */
  types: number;
}

/**
 * Compares the question with every stored phrasing (question or keyword) of
 * each given fact: the idf-weighted Dice coefficient of their terms, where a
 * long question's unmatched words count less (as in the first stage). The
 * query's weights sit in a scratch array by term id for the duration of the
 * call, so each phrasing costs one array read per term.
 */
export function matchPhrasings(index: SearchIndex, facts: readonly number[], terms: ResolvedTerm[], mask?: Mask): PhrasingMatch[] {
  const { queryWeight } = scratchOf(index);
  let total = 0;
  for (const t of terms) {
    total += t.idf;
    const weight = t.idf * t.factor;
    for (const id of t.ids) queryWeight[id] = weight;
  }
  const slack = Math.min(1, SEARCH.leniencyTerms / Math.max(terms.length, 1));
  const { textStart, termStart, terms: textTerms, termWeight, own, kind, question, answerType: types } = index.texts;
  const skip = mask ? (mask.text >= 0 ? mask.text : -1) : -1;
  const out = facts.map((fact): PhrasingMatch => {
    let similarity = 0;
    let closestQuestion = -1;
    let closestSimilarity = -1;
    let typeBits = 0;
    for (let k = textStart[fact]!; k < textStart[fact + 1]!; k++) {
      const kk = kind[k]!;
      if (kk !== TextKind.question && kk !== TextKind.keyword) break;
      if (k === skip) continue;
      let shared = 0;
      for (let j = termStart[k]!; j < termStart[k + 1]!; j++) if (termWeight[j] === 1) shared += queryWeight[textTerms[j]!]!;
      const denom = shared + slack * (total - shared) + own[k]!;
      const sim = denom > 0 ? (2 * shared) / denom : 0;
      if (sim > similarity) similarity = sim;
      if (kk === TextKind.question) {
        if (types[k]! >= 0) typeBits |= 1 << types[k]!;
        if (sim > closestSimilarity) {
          closestSimilarity = sim;
          closestQuestion = question[k]!;
        }
      }
    }
    return { similarity, closestQuestion, types: typeBits };
  });
  for (const t of terms) for (const id of t.ids) queryWeight[id] = 0;
  return out;
}

/**
 * BM25F of a fact for the question, normalised to 0..1: per query term, the
 * occurrences in each field (stored questions, keywords, tags, answer)
 * weighted by field and normalised by the field's length against its average
 * over the facts, saturated (`k1`), weighted by idf, and divided by the
 * question's idf total. Text `skip` is left out (calibration).
 */
export function bm25f(index: SearchIndex, fact: number, terms: ResolvedTerm[], skip = -1): number {
  const { textStart, termStart, terms: textTerms, termCount, termWeight, kind, length, averageFieldLength } = index.texts;
  const { k1, b, fields } = SEARCH.bm25;
  const fieldLen = [0, 0, 0, 0];
  for (let k = textStart[fact]!; k < textStart[fact + 1]!; k++) if (k !== skip) fieldLen[kind[k]!]! += length[k]!;
  const norm = fieldLen.map((len, kk) => 1 - b + (b * len) / averageFieldLength[kk]!);
  const boost = [fields.questions, fields.keywords, fields.tags, fields.answer];
  let total = 0;
  let score = 0;
  for (const t of terms) {
    total += t.idf;
    if (t.ids.length === 0) continue;
    let tf = 0;
    for (let k = textStart[fact]!; k < textStart[fact + 1]!; k++) {
      if (k === skip) continue;
      const kk = kind[k]!;
      for (let j = termStart[k]!; j < termStart[k + 1]!; j++) {
        if (t.ids.includes(textTerms[j]!)) tf += (boost[kk]! * termCount[j]! * termWeight[j]!) / norm[kk]!;
      }
    }
    if (tf > 0) score += t.idf * t.factor * (tf / (tf + k1));
  }
  return total > 0 ? score / total : 0;
}

/**
 * How much of a fact's own focus the question names: the idf-weighted share
 * of the fact's focus terms (those in at least two of its texts: what its
 * phrasings, keywords and answer keep coming back to) that the question has.
 * A fact that merely mentions the question's words in passing has a focus
 * the question does not touch. Text `skip` is left out (calibration).
 */
export function focusCoverage(index: SearchIndex, fact: number, terms: ResolvedTerm[], skip = -1): number {
  const { textStart, termStart, terms: textTerms, termWeight } = index.texts;
  const seen = new Map<number, number>();
  for (let k = textStart[fact]!; k < textStart[fact + 1]!; k++) {
    if (k === skip) continue;
    for (let j = termStart[k]!; j < termStart[k + 1]!; j++) if (termWeight[j] === 1) seen.set(textTerms[j]!, (seen.get(textTerms[j]!) ?? 0) + 1);
  }
  let total = 0;
  let found = 0;
  for (const [id, count] of seen) {
    if (count < 2) continue;
    const w = index.idf[id]!;
    total += w;
    if (terms.some((t) => t.ids.includes(id))) found += w;
  }
  return total > 0 ? found / total : 0;
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
    texts.push(words(index.facts[c.fact]!.questions[c.closestQuestion]!).join(' '));
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

/** Ranks facts for a question (best first, at most `limit`), with the signals of each score. */
export function rank(rawQuestion: string, index: SearchIndex, limit: number = SEARCH.candidates, options: RankOptions = {}): RankedFact[] {
  // Idempotent and cheap: callers may pass raw or cleaned text.
  const question = cleanInput(rawQuestion);
  // The question is split into words once, for terms, answer type and fuse.js.
  const ws = words(question);
  const terms = resolveTerms(index, index.analyzer.queryTokens(ws), options.mask);
  if (terms.length === 0) return [];
  const candidates = firstStage(index, terms, SEARCH.candidates, options);
  if (candidates.length === 0) return [];
  const b = SEARCH.blend;
  const type = answerType(question, ws.join(' '));
  const typeBit = type === null ? 0 : 1 << ANSWER_TYPE_NAMES.indexOf(type);
  const phrasings = matchPhrasings(
    index,
    candidates.map((c) => c.fact),
    terms,
    options.mask,
  );
  // Lexical score first: cheap, and decisive for most questions.
  const skip = options.mask && options.mask.text >= 0 ? options.mask.text : -1;
  const ranked = candidates.map((c, k) => {
    const { similarity: q, closestQuestion, types } = phrasings[k]!;
    // "How many tonnes…" is not answered by a fact nobody asks "how many" of.
    const supported = SEARCH.answerTypeFromAnswer ? index.texts.answerSupports[c.fact]! : 0;
    const typeFit = typeBit === 0 || ((types | supported) & typeBit) !== 0 ? 1 : SEARCH.answerTypeMismatch;
    const own = c.fact === options.mask?.fact ? skip : -1;
    const bm = b.bm25 > 0 ? bm25f(index, c.fact, terms, own) : 0;
    const focus = b.focus > 0 ? focusCoverage(index, c.fact, terms, own) : 0;
    const lexical = (b.coverage * c.coverage + b.question * q + b.bm25 * bm + b.focus * focus) / (b.coverage + b.question + b.bm25 + b.focus);
    return { factId: index.facts[c.fact]!.id, fact: c.fact, coverage: c.coverage, question: q, fuse: 0, bm25: bm, focus, typeFit, closestQuestion, score: typeFit * lexical };
  });
  // A stored question asked word for word is answered by its fact, whatever else shares its words.
  const stored = terms.every((t) => t.how === 'exact') ? index.storedQuestions.get(termSetKey(terms.map((t) => t.ids[0]!))) : undefined;
  if (stored && stored.fact >= 0 && stored.fact !== options.exclude && !(options.mask && options.mask.fact === stored.fact && (options.mask.text < 0 || options.mask.text === stored.text))) {
    const hit = ranked.find((r) => r.fact === stored.fact);
    if (hit) {
      hit.score = 1;
      hit.question = 1;
    }
  }
  ranked.sort(byScore);
  // fuse.js (Bitap, typo-tolerant over whole phrasings) costs ~20 µs per stored
  // phrasing, so it only weighs in where the lexical score leaves the answer open:
  // a top score short of certain, or a close second.
  const [first, second] = ranked;
  if (first && (first.score < SEARCH.fuseWhenBelow || (second !== undefined && first.score - second.score < SEARCH.fuseWhenMarginBelow))) {
    // (A left-out phrasing is never the closest: matchPhrasings skips it.)
    const top = ranked.slice(0, SEARCH.fuseCandidates);
    const fuse = fuseSimilarity(index, top, ws);
    for (const r of top) {
      if (r.score === 1 && r.question === 1) continue;
      r.fuse = fuse.get(r.fact) ?? 0;
      r.score = Math.min(1, (r.typeFit * (b.coverage * r.coverage + b.question * r.question + b.bm25 * r.bm25 + b.focus * r.focus + b.fuse * r.fuse)) / (b.coverage + b.question + b.bm25 + b.focus + b.fuse));
    }
    ranked.sort(byScore);
  }
  return ranked.slice(0, limit).map(({ factId, score, coverage, question: q, bm25, fuse, typeFit }) => ({ factId, score, coverage, question: q, bm25, fuse, typeFit }));
}

function byScore(x: { score: number; factId: string }, y: { score: number; factId: string }): number {
  // Ties in id order (code units: localeCompare allocates, and this runs for every comparison).
  return y.score - x.score || (x.factId < y.factId ? -1 : x.factId > y.factId ? 1 : 0);
}
