/**
 * Ranking: from a question to scored candidate facts. Two stages: a cheap
 * pass over the inverted index scores facts by the share of the question's
 * (idf-weighted) words they contain, touching only the facts in the words'
 * posting lists; the best of those are compared with the question phrasing by
 * phrasing and field by field (BM25F, focus). The blend is the score; the
 * decision value made from it is what the calibrated threshold applies to
 * (calibrate.ts).
 */
import { SEARCH } from '../config.ts';
import { ANSWER_TYPE_NAMES, asksToConfirm, cleanInput, PERSON_PRONOUNS, QUESTION_OPENERS, reactionBefore, reactionSentence, stem, STOP_WORDS, unstretched, withoutPreamble, words } from '../text/normalize.ts';
import { fieldWeight, TextKind, termSetHash, type SearchIndex } from './index.ts';
import { easedWhenUnknown, factHasTerm, resolveTerms, type Mask, type ResolvedTerm } from './terms.ts';
import { countedThing, counts } from './asks.ts';
import { withSpokenNames } from './spoken.ts';
import { foldTurkish, isQuestionParticle, isTurkishQuestionWord, questionAfterTurkishLead, questionInTurkishStory, turkishWords } from '../text/turkish.ts';

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
  /** Share of the fact's focus terms the question names (0..1). */
  focus: number;
  /** 1, or {@link SEARCH.answerTypeMismatch} when no stored question asks for the kind of answer the question wants. */
  typeFit: number;
}

/** Options of {@link rank}: leave a fact out (related questions), or part of the knowledge (calibration). */
export interface RankOptions {
  exclude?: number;
  mask?: Mask;
  /** Rank the text as one question, never its question before an aside: a reading the conversation code put together ("and when? who is leading…"). */
  oneQuestion?: boolean;
  /** A message's last question: the terms of its other words weigh SEARCH.contextWeight (see rankReading). */
  questionWords?: OwnWords;
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
  /** Per term id: 1 + its query term's index (0: not asked). */
  slot: Int32Array;
  evidence: Float64Array;
}
const scratches = new WeakMap<SearchIndex, Scratch>();
function scratchOf(index: SearchIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    s = {
      score: new Float32Array(index.facts.length),
      touched: new Int32Array(index.facts.length),
      queryWeight: new Float64Array(index.idf.length),
      slot: new Int32Array(index.idf.length),
      evidence: new Float64Array(5 * SEARCH.maxQueryTokens + 5),
    };
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
    score[loo.fact] = s;
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
    // (Left-out phrasing's fact with nothing else matching: share 0, not a candidate.)
    if (f === exclude || share === 0) continue;
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
function matchPhrasings(index: SearchIndex, facts: readonly number[], terms: ResolvedTerm[], mask?: Mask): PhrasingMatch[] {
  const { queryWeight } = scratchOf(index);
  let total = 0;
  for (const t of terms) {
    total += t.idf;
    const weight = t.idf * t.factor;
    for (const id of t.ids) queryWeight[id] = weight;
  }
  const slack = Math.min(1, SEARCH.leniencyTerms / Math.max(terms.length, 1));
  const { textStart, termStart, terms: textTerms, termWeight, own, kind, answerType: types } = index.texts;
  const skip = mask ? (mask.text >= 0 ? mask.text : -1) : -1;
  const out = facts.map((fact): PhrasingMatch => {
    let similarity = 0;
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
      if (kk === TextKind.question && types[k]! >= 0) typeBits |= 1 << types[k]!;
    }
    return { similarity, types: typeBits };
  });
  for (const t of terms) for (const id of t.ids) queryWeight[id] = 0;
  return out;
}

/**
 * A fact's BM25F for the question and its focus coverage, in one pass over
 * the fact's texts (text `skip` left out, for calibration).
 *
 * - BM25F, normalised to 0..1: per query term, its occurrences in each field
 *   (stored questions, keywords, tags, answer) weighted by field and divided
 *   by the field's length against its average over the facts, saturated
 *   (`k1`), weighted by idf, over the question's idf total.
 * - Focus: the idf-weighted share of the fact's focus terms (those in two or
 *   more of its texts: what its phrasings, keywords and answer keep coming
 *   back to) that the question names. A fact that only mentions the
 *   question's words in passing has a focus the question does not touch.
 *
 * `slot[id]` is 1 + the index in `terms` of the query term with vocabulary id
 * `id` (0: not in the question); `scratch` has room for 5 numbers per term.
 */
function evidence(index: SearchIndex, fact: number, terms: ResolvedTerm[], slot: Int32Array, scratch: Float64Array, skip: number): { bm25: number; focus: number } {
  const { textStart, termStart, terms: textTerms, termCount, termWeight, kind, length, averageFieldLength, fieldLength, focusTotal } = index.texts;
  const { k1, b, fields } = SEARCH.bm25;
  const nt = terms.length;
  // scratch: [0, 4·nt) occurrences per term and field; [4·nt, 5·nt) texts per term having it whole.
  scratch.fill(0, 0, 5 * nt);
  for (let k = textStart[fact]!; k < textStart[fact + 1]!; k++) {
    if (k === skip) continue;
    const kk = kind[k]!;
    for (let j = termStart[k]!; j < termStart[k + 1]!; j++) {
      const q = slot[textTerms[j]!]!;
      if (q === 0) continue;
      scratch[(q - 1) * 4 + kk]! += termCount[j]! * termWeight[j]!;
      if (termWeight[j] === 1) scratch[4 * nt + q - 1]! += 1;
    }
  }
  const base = fact * 4;
  const skipped = skip >= 0 && skip >= textStart[fact]! && skip < textStart[fact + 1]! ? skip : -1;
  // (Each field's length normalisation, without the text left out. Written out, not as a closure: made for every
  // candidate, a closure costs more than the sums, as the build names each function it makes.)
  const skippedKind = skipped >= 0 ? kind[skipped]! : -1;
  const skippedLength = skipped >= 0 ? length[skipped]! : 0;
  const n0 = 1 - b + (b * (fieldLength[base]! - (skippedKind === 0 ? skippedLength : 0))) / averageFieldLength[0]!;
  const n1 = 1 - b + (b * (fieldLength[base + 1]! - (skippedKind === 1 ? skippedLength : 0))) / averageFieldLength[1]!;
  const n2 = 1 - b + (b * (fieldLength[base + 2]! - (skippedKind === 2 ? skippedLength : 0))) / averageFieldLength[2]!;
  const n3 = 1 - b + (b * (fieldLength[base + 3]! - (skippedKind === 3 ? skippedLength : 0))) / averageFieldLength[3]!;
  let total = 0;
  let score = 0;
  let focus = 0;
  for (let q = 0; q < nt; q++) {
    const t = terms[q]!;
    total += t.idf;
    if (t.ids.length === 0) continue;
    const tf =
      (fields.questions * scratch[q * 4]!) / n0 + (fields.keywords * scratch[q * 4 + 1]!) / n1 + (fields.tags * scratch[q * 4 + 2]!) / n2 + (fields.answer * scratch[q * 4 + 3]!) / n3;
    if (tf > 0) score += t.idf * t.factor * (tf / (tf + k1));
    if (scratch[4 * nt + q]! >= 2) focus += index.idf[t.ids[0]!]! * t.factor;
  }
  const focusAll = skipped >= 0 ? focusTotalWithout(index, fact, skipped) : focusTotal[fact]!;
  return { bm25: total > 0 ? score / total : 0, focus: focusAll > 0 ? Math.min(1, focus / focusAll) : 0 };
}

/** A fact's focus total with one text left out (calibration only: the index has it without). */
function focusTotalWithout(index: SearchIndex, fact: number, skip: number): number {
  const { textStart, termStart, terms, termWeight } = index.texts;
  const count = new Map<number, number>();
  for (let k = textStart[fact]!; k < textStart[fact + 1]!; k++) {
    if (k === skip) continue;
    for (let j = termStart[k]!; j < termStart[k + 1]!; j++) if (termWeight[j] === 1) count.set(terms[j]!, (count.get(terms[j]!) ?? 0) + 1);
  }
  let total = 0;
  for (const [id, c] of count) if (c >= 2) total += index.idf[id]!;
  return total;
}

/**
 * The answer types each fact's answer can satisfy (see answerTypesSupported), read on first need: most facts never are
 * candidates. (16 bits: a bit per type, and −1 for not read yet; with eight types an 8-bit cell read the eighth as −1.)
 */
const supportsCache = new WeakMap<SearchIndex, Int16Array>();
function answerSupports(index: SearchIndex, fact: number): number {
  let cache = supportsCache.get(index);
  if (!cache) supportsCache.set(index, (cache = new Int16Array(index.facts.length).fill(-1)));
  let bits = cache[fact]!;
  if (bits < 0) {
    bits = 0;
    for (const type of index.profile.answerTypesSupported(index.facts[fact]!.answer)) bits |= 1 << ANSWER_TYPE_NAMES.indexOf(type);
    cache[fact] = bits;
  }
  return bits;
}

/** Ranks facts for a question (best first, at most `limit`), with the signals of each score. */
export function rank(rawQuestion: string, index: SearchIndex, limit: number = SEARCH.candidates, options: RankOptions = {}): RankedFact[] {
  return rankCleaned(cleanInput(rawQuestion), index, limit, options);
}

/** A question's words as the engine reads them: stretched letters written as the knowledge would (see unstretched), a greeting or remark around it left out (withoutPreamble). */
export function queryWords(index: SearchIndex, question: string): string[] {
  return queryWordsOf(index, index.profile.words(question));
}

/** {@link queryWords} of the words as typed. */
function queryWordsOf(index: SearchIndex, typed: string[]): string[] {
  const { stem, isTerm } = index.profile;
  // ("ensuite" for a knowledge that writes "en-suite": its parts, as written.)
  const spelled = index.hyphenated.size === 0 ? typed : typed.flatMap((w) => index.hyphenated.get(w) ?? [w]);
  // (Chat's short form of a little word, "abt", "w", "bc", written out, so a phrase with it is found: "care abt" is the
  // knowledge's "care about". Its weight is a stop word's either way.)
  // (And a verb's "-ing" typed without its "g", "sayin", "diggin", "plannin", when the knowledge knows the word with it.)
  const little = index.profile.language === 'en' ? spelled.map((w) => (index.surface.has(w) ? w : gWritten(index, littleWordWritten(w, index.profile.chatWords)))) : spelled;
  // ("bay lee kova", "buy rock tar": a name dictated as words the knowledge never uses, joined when it sounds like one of its words.)
  // (English: a Turkish word's endings, typed without its letters, are no words of their own to join.)
  const written = index.profile.language === 'en' ? withSpokenNames(index, little, (w) => index.surface.has(w) || !isTerm(stem(w)) || index.profile.asksNoTopic(w), (w) => w.length <= 3 && !index.surface.has(w) && !isTerm(stem(w))) : little;
  // (The bot's own name, "@factbot beylikova nerede", addresses it in any language: no word of the question unless the
  // knowledge writes it. English read it as an address before; the Turkish index weighed it 51% and declined.)
  // (After the preambles: "hi factbot," is one.)
  const read = withoutPreamble(unstretched(written, (w) => index.surface.has(w) || !isTerm(stem(w))));
  const words = read.some((w) => index.smalltalkNames.has(w) && !index.surface.has(w)) ? read.filter((w) => !index.smalltalkNames.has(w) || index.surface.has(w)) : read;
  return timeGuessed(index, withoutOtherScript(index, words));
}

/**
 * A question without its words in a script the knowledge never writes, beside two words or more in the Latin script
 * ("… amacı ne, я не понял", a learner's aside in Russian; "where is it 在哪里"): an aside in the asker's own language,
 * no word a fact could have (each weighed as an unknown word and declined the question). A question all in another
 * script keeps its words (and is declined as unknown).
 */
function withoutOtherScript(index: SearchIndex, ws: string[]): string[] {
  const other = (w: string) => !LATIN_LETTER.test(w) && LETTER.test(w);
  if (!ws.some(other) || ws.filter((w) => LATIN_LETTER.test(w)).length < 2 || knowsOtherScript(index)) return ws;
  return ws.filter((w) => !other(w));
}
const LATIN_LETTER = /\p{Script=Latin}/u;
/** Whether the knowledge writes a word with no Latin letter (Greek, Cyrillic, Arabic …), so such words may be its own. */
function knowsOtherScript(index: SearchIndex): boolean {
  let known = otherScriptKnown.get(index);
  if (known === undefined) {
    known = false;
    for (const w of index.surface.keys()) {
      if (!LATIN_LETTER.test(w) && LETTER.test(w)) {
        known = true;
        break;
      }
    }
    otherScriptKnown.set(index, known);
  }
  return known;
}
const otherScriptKnown = new WeakMap<SearchIndex, boolean>();

/**
 * A word ending in "in" with the "g" of "-ing" dropped, as spoken and typed ("what're they sayin", "just diggin the stuff
 * out", "who's been sniffin around"): the "-ing" word when the knowledge has its stem or it is a stop word, and the word
 * as typed is neither ("margin", "protein" stay).
 */
function gWritten(index: SearchIndex, w: string): string {
  if (w.length < 4 || !w.endsWith('in') || STOP_WORDS.has(w)) return w;
  const { stem, isCommonWord } = index.profile;
  if (index.termIds.has(stem(w))) return w;
  const ing = `${w}g`;
  // (Or a word of the knowledge's phrases, "up and running", as typed there.)
  // (Or a common word the typed one is not, "changin the subject", "sendin": so a phrase with it is found, and the word
  // weighs as the knowledge's "-ing" words do. Not "margin", "cousin": common words as typed.)
  return STOP_WORDS.has(ing) || index.termIds.has(stem(ing)) || index.surface.has(ing) || (isCommonWord?.(ing) === true && isCommonWord(w) === false) ? ing : w;
}

/** An English chat short form of a stop word ("abt", "w", "bc", "thru") as written (`chatWords`, the profile's); else the word. */
function littleWordWritten(w: string, chatWords: ReadonlyMap<string, string>): string {
  const long = chatWords.get(w);
  return long !== undefined && !long.includes('|') && STOP_WORDS.has(long) ? long : w;
}

/**
 * A month or season the knowledge never writes is a guess at when ("is the delegation going in november?", "this
 * autumn?", "kasımda mı?"), and so is "soon" in a question whether: asked as when, so the answer that gives the time is
 * found (the word weighed as the question's rarest, and declined it).
 */
function timeGuessed(index: SearchIndex, ws: string[]): string[] {
  const turkish = index.profile.language === 'tr';
  for (let i = 0; i < ws.length; i++) {
    // (Turkish letters folded, "ağustosta mı" as "agustosta mi": a month typed either way.)
    const m = (turkish ? TR_MONTH : EN_MONTH).exec(turkish ? foldTurkish(ws[i]!) : ws[i]!);
    if (m === null || index.termIds.has(index.profile.stem(m[1]!)) || index.surface.has(ws[i]!)) continue;
    // (Only in a question whether: "how many crossings each day in february?" asks of February, no guess.)
    // (In Turkish the particle may come last, "kasımda gidecekti, di mi?": a guess all the same.)
    // (And a statement typed as a question, with no question word: "iirc turkey is sending a delegation in september?")
    if (turkish ? !/^m[iu]/.test(foldTurkish(ws[i + 1] ?? '')) && !ws.slice(i + 2).some((w) => /^m[iu]$/.test(foldTurkish(w))) : !GUESS_OPENERS.has(ws[0] ?? '') && ws.some((w) => ASKING_WORDS.has(w))) continue;
    return [...ws.slice(0, i), ...(turkish ? ['ne', 'zaman'] : ['when']), ...ws.slice(i + 1)];
  }
  // "ne zaman bulduk, geçen ay mıydı?" (when did we find it, last month?): a time guessed after the particle's question,
  // known words or not ("ay" weighed 30% as a word of the topic and declined it), asks when.
  for (let i = 0; turkish && i + 2 < ws.length; i++) {
    if (!TR_RELATIVE.has(foldTurkish(ws[i]!)) || !TR_PERIOD.has(foldTurkish(ws[i + 1]!)) || !isQuestionParticle(foldTurkish(ws[i + 2]!))) continue;
    const asked = ws.some((w, j) => w === 'zaman' && ws[j - 1] === 'ne');
    return [...ws.slice(0, i), ...(asked ? [] : ['ne', 'zaman']), ...ws.slice(i + 3)];
  }
  // "is turkey sending anyone to china soon?": whether it is soon asks when, known word or not ("soon" weighed as the
  // question's rarest word and pulled it to the one fact stored "how soon …?"). Not "how soon", "as soon as".
  if (!turkish && GUESS_OPENERS.has(ws[0] ?? '')) {
    const at = ws.lastIndexOf('soon');
    if (at > 1 && ws[at - 1] !== 'how' && ws[at - 1] !== 'as') return [...ws.slice(0, at), 'when', ...ws.slice(at + 1)];
  }
  return ws;
}
/** English question words: a question with none, whose month the knowledge never writes, guesses at it. */
const ASKING_WORDS = new Set(['who', 'whos', 'whom', 'whose', 'what', 'whats', 'wat', 'wut', 'when', 'whens', 'where', 'wheres', 'which', 'why', 'how', 'hows']);
const GUESS_OPENERS = new Set(['is', 'are', 'was', 'were', 'will', 'does', 'do', 'did', 'can', 'could', 'has', 'have', 'isnt', 'arent', 'so', 'its']);
/** (And a season: "is he going this autumn?".) */
const EN_MONTH = /^(january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept|oct|nov|dec|spring|summer|autumn|winter)$/;
/** Turkish "last", "this", "the one before" and the periods they say ("geçen ay", "bu yıl", "önceki hafta"), folded. */
const TR_RELATIVE = new Set(['gecen', 'bu', 'onceki', 'evvelki']);
const TR_PERIOD = new Set(['ay', 'yil', 'sene', 'hafta']);
/** (Matched folded: "kasımda" as "kasimda".) */
const TR_MONTH = /^(ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik)(?:ta|te|da|de|a|e|in|un)?$/;

/** A question's words and its terms as ranking weighs them (`--explain` shows the same). */
export function questionTerms(index: SearchIndex, question: string, mask?: Mask): { ws: string[]; terms: ResolvedTerm[] } {
  const typed = index.profile.words(question);
  const ws = queryWordsOf(index, typed);
  // "bayraktar is the foreign minister right?": a guess to confirm (English; see withModifiersEased).
  const guess = index.profile.language === 'en' && asksToConfirm(typed);
  const terms = withModifiersEased(withAlternatives(resolveTerms(index, index.analyzer.queryTokens(ws), mask), ws), ws, index, guess);
  return { ws, terms: withMonthEased(terms, ws, index, () => index.profile.answerType(question, ws.join(' '))) };
}

/**
 * "what did erdogan and xi talk about in july?": a month said of what is asked about, in a question that does not ask
 * when, says which event is meant, not what is asked of it; it weighs as an unknown number does, so the fact that
 * tells the month (the meeting) does not win over the one the question asks (the talks). English "in", "during",
 * "back in" before it; Turkish in the locative ("temmuzda").
 */
function withMonthEased(terms: ResolvedTerm[], ws: readonly string[], index: SearchIndex, typeAsked: () => string | null): ResolvedTerm[] {
  const turkish = index.profile.language === 'tr';
  // (Only in a question about what was said or talked over: "how much will my bill go up by in april?" asks of April's
  // rise, and the month is what it is about. And not in one asking when: the answer type is read only then, as it
  // costs a pass over the question.)
  if (!ws.some((w) => (turkish ? TR_SAYING.test(foldTurkish(w)) : SAYING.has(w)))) return terms;
  const months = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    const trMonth = turkish ? TR_MONTH.exec(foldTurkish(ws[i]!)) : null;
    if (turkish ? trMonth !== null && /^[dt][ae]$/.test(foldTurkish(ws[i]!).slice(trMonth[1]!.length)) : EN_MONTH.test(ws[i]!) && (ws[i - 1] === 'in' || ws[i - 1] === 'during')) {
      months.add(ws[i]!);
      // ("back in july": "back" says then, no word of the question either)
      if (ws[i - 2] === 'back') months.add('back');
    }
  }
  if (months.size === 0) return terms;
  const type = typeAsked();
  if (type === 'when' || type === 'duration') return terms;
  return terms.map((t) => (t.raw !== null && months.has(t.raw) ? { ...t, idf: t.idf * SEARCH.unknownNumberWeight } : t));
}

/** Verbs of talking something over or saying it (English, and Turkish stems folded), for withMonthEased. */
const SAYING = new Set(['about', 'discuss', 'discussed', 'talk', 'talked', 'say', 'said', 'agree', 'agreed', 'announce', 'announced', 'sign', 'signed']);
const TR_SAYING = /^(?:konus|gorus|soyle|dedi|demis|anlas|acikla|imzala)/;

/** Adjectives of size or note that people put before what they ask about ("turkey's big rare earth deposit"). */
// (Not "new" nor "main": as eased words they lost a question of the quality suite's recycling guide.)
const DESCRIBING = new Set(['big', 'huge', 'large', 'massive', 'giant', 'major']);
/** Turkish words of comparison after what a thing is compared with ("büyük", "fazla"), folded, and words between. */
const TR_COMPARATIVES = new Set([
  'buyuk', 'büyük', 'kucuk', 'küçük', 'fazla', 'az', 'genis', 'geniş', 'zengin', 'guclu', 'güçlü', 'iyi', 'kotu', 'kötü', 'once', 'önce', 'sonra',
  'ucuz', 'pahali', 'pahalı', 'hizli', 'hızlı', 'yavas', 'yavaş',
]);
const TR_COMPARE_FILLER = new Set(['de', 'da', 'daha', 'mi', 'mı', 'mu', 'mü', 'bile', 'cok', 'çok']);
/**
 * Turkish question words asking who, after which a name may be guessed ("kim", "kimdi"), folded. (Not "hangi şehir,
 * astana mı?": a place the knowledge never names asks for what it does not say, and is declined.)
 */
const TR_GUESSING_AFTER = new Set(['kim', 'kimdi', 'kimdir', 'kimmis']);
/** Articles before what a thing is compared with ("bigger than the US"). */
const ARTICLE = new Set(['a', 'an', 'the']);

/**
 * "where's turkey's big rare earth deposit": an adjective of size or note before a noun says which thing is meant, not
 * what is asked of it (unlike "how big"), so it weighs as an unknown number does, not as a word of the topic.
 *
 * So does, in a guess typed to be confirmed (`guess`: "bayraktar is the foreign minister right?", "it's in ankara
 * right?"), a word the knowledge does not know ("foreign"): what the guess says may be wrong, and the fact on its topic
 * confirms or corrects it. (Not one that weighs so already, a number: eased once.)
 */
function withModifiersEased(terms: ResolvedTerm[], ws: readonly string[], index: SearchIndex, guess: boolean): ResolvedTerm[] {
  const { isTerm, stem } = index.profile;
  const eased = new Set<string>();
  for (let i = 0; i + 1 < ws.length; i++) if (DESCRIBING.has(ws[i]!) && ws[i - 1] !== 'how' && ws[i - 1] !== 'so' && ws[i - 1] !== 'too' && isTerm(stem(ws[i + 1]!))) eased.add(ws[i]!);
  for (const w of placeDescriptors(ws)) eased.add(w);
  // (And when the asker speaks from, or how the question is put, a word the knowledge never writes: ASKERS_TIME, FRAMING.)
  for (const w of ws) if ((ASKERS_TIME.has(w) || FRAMING.has(w)) && !index.surface.has(w)) eased.add(w);
  // (So does what a thing is compared with, when the knowledge never names it: "is byd bigger than tesla?" asks how big
  // BYD is, which the fact on BYD's size answers; "tesla" weighed as the rarest word and declined it.)
  const compared = new Set<string>();
  const guessedNames = new Set<string>();
  for (let i = 0; i + 1 < ws.length; i++) {
    if (ws[i] !== 'than') continue;
    const at = ARTICLE.has(ws[i + 1]!) ? i + 2 : i + 1;
    if (ws[at] !== undefined) compared.add(ws[at]!);
  }
  // (In Turkish, in the ablative before the comparative: "tesladan da mı büyük?", "tesladen daha büyük mü".)
  for (let i = 0; index.profile.language === 'tr' && i + 1 < ws.length; i++) {
    let j = i + 1;
    while (j < ws.length && TR_COMPARE_FILLER.has(ws[j]!)) j++;
    if (/(?:d|t)(?:a|e)n$/u.test(ws[i]!) && TR_COMPARATIVES.has(ws[j] ?? '')) compared.add(ws[i]!);
  }
  // "enerji bakanı kimdi, şu an hâlâ dönmez mi?", "sanayi bakanımız kim, varank mıydı?": after a Turkish question, a
  // word the knowledge never writes before a question particle is a guess at the answer (a name remembered wrong), as
  // in an English guess to confirm; the fact the question asks about confirms or corrects it.
  if (index.profile.language === 'tr') {
    const asked = ws.findIndex((w) => TR_GUESSING_AFTER.has(foldTurkish(w)));
    for (let i = asked + 1; asked >= 0 && i + 1 < ws.length; i++) if (isQuestionParticle(foldTurkish(ws[i + 1]!))) guessedNames.add(ws[i]!);
  }
  const ease = (t: ResolvedTerm) =>
    (t.raw !== null && eased.has(t.raw)) ||
    (t.how === 'unknown' && t.raw !== null && guessedNames.has(t.raw)) || (t.how === 'unknown' && t.raw !== null && compared.has(t.raw)) || (guess && t.how === 'unknown' && !easedWhenUnknown(index, t.query, t.raw));
  return eased.size === 0 && compared.size === 0 && guessedNames.size === 0 && !guess ? terms : terms.map((t) => (ease(t) ? { ...t, idf: t.idf * SEARCH.unknownNumberWeight } : t));
}

/**
 * When the asker speaks from ("lost my phone 3 weeks ago", "booked for tomorrow", "on lates tonight"): the asker's
 * situation, not what is asked, so when the knowledge never writes it, it weighs as an unknown number does, not as the
 * question's rarest word ("yesterday" and "today" are stop words). Not "morning", "next", "last", "already": with them
 * the quality suite's library and hotel got a wrong answer more each. (As stop words, "is galatasaray playing tonight?"
 * lost the word that made it off-topic, and was answered.)
 */
const ASKERS_TIME = new Set(['ago', 'tomorrow', 'tmrw', 'tmr', 'tmw', '2moro', 'tonight', 'tonite']);
/**
 * How a question is put, not what it asks ("is it possible to amend…", "can i text you instead of calling?", "i've
 * already paid, …"; "are chinese firms expected to open battery plants?", "… later this year?": how likely or when the
 * asker thinks it is): eased as ASKERS_TIME, when the knowledge never writes it. (Not "else": "who else besides byd"
 * then got BYD's fact on the curated knowledge cut to 3 phrasings. "expected", "supposed", "likely", "later" moved no
 * suite set; blind35 and blind55 +1 question each.) And "compared": "how big is BYD compared to other electric car
 * makers?" asks how big, as "bigger than" does; "status": "whats the status of turkey's industrial scale rare earth
 * facility" asks what there is on it where the knowledge never writes the word (an order's status, where it does, is
 * what is asked; curated unseen +0.8 points, the suite unchanged but for that); "always": "has china always dominated
 * rare earths?" asks whether it does.
 */
const FRAMING = new Set(['possible', 'already', 'instead', 'expected', 'supposed', 'likely', 'later', 'compared', 'status', 'always',
  // (And "managed to", whether one did it: "why haven't they managed to diversify yet?" asks why they haven't
  // diversified; "managed" weighed 33% as a word no fact uses.)
  'managed',
  // (And a country's formal name, "the Republic of Turkey", "Türkiye Cumhuriyeti Sanayi ve Teknoloji Bakanı kimdi?": the
  // country is meant; "cumhuriyeti" weighed 42% as a word no fact uses.)
  'republic', 'cumhuriyeti', 'cumhuriyetinin', 'cumhuriyetine', 'cumhuriyetinde',
  // (And English adverbs of stance, how sure or how plainly the asker wants it said: "Rare earths are used for what,
  // concretely?", "Could chinese battery makers eventually open factories in Turkey?": "concretely" weighed 39% of the
  // question, "eventually" 15%. Not adverbs of a domain, "chemically", "legally": they say what is asked.)
  'concretely', 'eventually', 'probably', 'possibly', 'realistically', 'definitely', 'literally', 'generally', 'ultimately', 'truly', 'merely',
  'essentially', 'practically', 'potentially', 'apparently', 'obviously', 'clearly', 'frankly', 'personally', 'theoretically', 'allegedly',
  'reportedly', 'presumably', 'arguably', 'certainly', 'surely', 'perhaps', 'typically', 'usually', 'normally', 'ideally', 'hopefully',
  'fortunately', 'unfortunately', 'interestingly', 'curiously', 'genuinely', 'sincerely', 'finally', 'initially', 'originally',
  // (and of manner: "… instead of going straight into europe", "… directly to europe")
  'straight', 'directly',
  // (and "-wise" typed apart, what the question is about: "what does turkey want from china rare earth wise", "wise"
  // weighed 56% of it; and where a thing "is sitting": "how much rare earth is actually sitting at beylikova")
  'wise', 'sitting',
  // (and Turkish "durum", status typed as a keyword: "byd türkiye fabrika durum"; "ne durumda" asks it whole)
  'durum', 'durumu']);

/** Words of nearness after which a place says which thing is meant ("the reserve near Eskişehir"). */
const NEAR = new Set(['near', 'nr', 'outside', 'around', 'nearby']);
/** The same, after the place in Turkish ("Eskişehir yakınındaki rezerv", "Eskişehir civarındaki yatak"). */
const NEAR_TR = /^(?:yak[ıi]n(?:lar)?[ıi]nda(?:ki)?|civar[ıi]nda(?:ki)?|taraf[ıi]ndaki|yöresindeki|yoresindeki)$/u;
/** Question words that ask something other than where (English, and Turkish folded or not). */
const ASKING = new Set(['what', 'whats', 'which', 'who', 'whos', 'when', 'whens', 'why', 'how', 'hows', 'ne', 'hangi', 'kim', 'kac', 'kaç', 'neden', 'niye', 'nasil', 'nasıl']);

/**
 * "how big is the reserve near Eskişehir?", "Eskişehir yakınındaki rezerv ne büyüklükte?": a place after "near" (before
 * "yakınındaki") in a question that asks something other than where says which thing is meant, not what is asked of
 * it. As words of the topic, the place and the word of nearness pulled the answer to the fact that says where the
 * thing is. Not in a question asking where, nor in one with no question word ("is the deposit near Eskişehir?").
 */
function placeDescriptors(ws: readonly string[]): string[] {
  const where = (w: string) => w === 'where' || w === 'wheres' || w.startsWith('nere') || w.startsWith('nerd');
  if (!ws.some((w) => ASKING.has(w)) || ws.some(where)) return [];
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (NEAR.has(w) || (w === 'close' && ws[i + 1] === 'to')) {
      let j = i + (w === 'close' ? 2 : 1);
      if (ws[j] === 'the') j++;
      if (ws[j] !== undefined && !ASKING.has(ws[j]!)) out.push(w, ws[j]!);
    } else if (i > 0 && NEAR_TR.test(w)) out.push(ws[i - 1]!, w);
  }
  return out;
}

/** Words that join alternatives ("neodymium or dysprosium", "neodim veya disprosyum"). */
const ALTERNATIVE = new Set(['or', 'veya', 'yoksa', 'yada']);

/**
 * "does it have neodymium or dysprosium?": of two alternatives, one the knowledge has is enough to answer the
 * question, so the other, unknown, weighs as an unknown number does (SEARCH.unknownNumberWeight), not as the rarest word.
 * So do the unknown words of a second choice after a first that ends in a word the knowledge has ("will they build a
 * refinery for the ore or ship it abroad?", "… or is that overhyped?"): the answer to the first settles it. (Not
 * "izmir or bursa": neither is known, and the question is about neither.)
 */
function withAlternatives(terms: ResolvedTerm[], ws: readonly string[]): ResolvedTerm[] {
  if (!ws.some((w) => ALTERNATIVE.has(w))) return terms;
  const byRaw = new Map(terms.filter((t) => t.raw !== null).map((t) => [t.raw!, t]));
  const eased = new Set<ResolvedTerm>();
  for (let i = 1; i + 1 < ws.length; i++) {
    if (!ALTERNATIVE.has(ws[i]!)) continue;
    const a = byRaw.get(ws[i - 1]!);
    const b = byRaw.get(ws[i + 1]!);
    if (a && a.how !== 'unknown') {
      for (const w of ws.slice(i + 1)) {
        const t = byRaw.get(w);
        if (t && t.how === 'unknown') eased.add(t);
      }
    }
    if (!a || !b) continue;
    if (a.how === 'unknown' && b.how !== 'unknown') eased.add(a);
  }
  return eased.size === 0 ? terms : terms.map((t) => (eased.has(t) ? { ...t, idf: t.idf * SEARCH.unknownNumberWeight } : t));
}

/**
 * The value the answer threshold applies to: the best fact's score, less a
 * share of the runner-up's (SEARCH.runnerUpWeight unless the knowledge's
 * calibration chose another: Calibration.runnerUpWeight). The one rule, for
 * answers and calibration alike; readings are compared at the default share.
 */
export function decisionValue(ranked: readonly RankedFact[], runnerUpWeight: number = SEARCH.runnerUpWeight): number {
  const top = ranked[0];
  return top ? decisionOf(top.score, ranked[1]?.score ?? 0, runnerUpWeight) : 0;
}

/** {@link decisionValue} from the best score and the runner-up's (calibration keeps the two to try each weight). */
export function decisionOf(top: number, second: number, runnerUpWeight: number): number {
  return Math.max(0, top - runnerUpWeight * second);
}

/**
 * A message's question when words follow it ("is there a lost and found?
 * left my scarf there yesterday"): the text up to its first question mark,
 * or null when nothing but punctuation follows one.
 */
export function questionBeforeContext(question: string): string | null {
  const mark = question.indexOf('?');
  if (mark < 0) return null;
  const part = question.slice(0, mark + 1);
  // One pass each way, no backtracking: a letter before the mark, and a letter or digit after the punctuation that follows it.
  return LETTER.test(part) && WORD_AFTER.test(question.slice(mark + 1)) ? part : null;
}
const LETTER = /\p{L}/u;
// (Quotes, brackets and markup may open what follows: "how big is it, really? 'Significant' is doing a lot of work".)
// (And a hashtag: "where is the deposit exactly? #Thorium".)
const WORD_AFTER = /^[\s?!.'"‘’“”«»(\[*_#]*[\p{L}\p{N}]/u;

/**
 * {@link rank} for a question already cleaned with `cleanInput` (answer() has
 * done it once), with the text it was ranked as: the whole message, or its
 * question alone when words after it (what people add: "new in town", "my
 * twins just got theirs") or a remark before it ("fyi drafting a memo - …")
 * only dilute it. The best-supported reading is taken, by decision value:
 * the question alone is what the person would have asked without the aside,
 * so it is no easier to answer than any other question; when the words
 * around it are what matches ("which bin? the one for glass"), the whole
 * message is.
 */
export function rankReading(question: string, index: SearchIndex, limit: number = SEARCH.candidates, options: RankOptions = {}): { ranked: RankedFact[]; read: string; withContext: boolean } {
  // A sentence of reaction before the question ("central anatolia ok. what elements?"): what people say back to the answer
  // before is no word of what they ask next, so the question after it is read, the reaction's words weighing as context
  // (SEARCH.contextWeight), and the whole is no reading of its own (its "central anatolia" found the deposit's place).
  const reacted = options.oneQuestion ? 0 : reactionSentence(question);
  const after = question.slice(reacted);
  let best =
    reacted > 0
      ? { ranked: rankWhole(question, index, limit, { ...options, questionWords: ownWords(index, after, options.mask) }), read: after, withContext: true }
      : { ranked: rankWhole(question, index, limit, options), read: question, withContext: false };
  const whole = best.ranked[0]?.factId;
  // A yes-or-no question's first choice only makes surer of the fact the whole question finds: the second choice's
  // words are no noise when they are what tells two facts apart. (Also of a question the conversation code put together:
  // "is bayraktar energy or industry?" for "wait is he energy or industry".)
  // (Not when the second choice has words the knowledge never uses: "is the hire van petrol or diesel?" is about what it
  // does not say, and its first choice alone would be surer only for leaving "diesel" out.)
  const asked = options.oneQuestion ? question : (questionBeforeContext(question) ?? question);
  const choice = firstChoiceOf(asked);
  if (choice !== null && whole !== undefined && !questionTerms(index, asked.slice(choice.length), options.mask).terms.some((t) => t.how === 'unknown')) {
    const ranked = rankWhole(choice, index, limit, options);
    if (ranked[0]?.factId === whole && decisionValue(ranked) > decisionValue(best.ranked)) best = { ranked, read: choice, withContext: false };
  }
  if (options.oneQuestion) return best;
  const others = otherReadings(question);
  // (The question without its occasion only for a fact that speaks of that occasion: "what was agreed in the october
  // talks" is about talks no fact tells of, and "what was agreed" alone found BYD's deal.)
  const occasion = occasionSplit(questionBeforeContext(question) ?? question);
  for (const [k, text] of others.entries()) {
    if (text === null) continue;
    if (occasion !== null && text === occasion.without && !occasionOfFact(index, occasion.occasion, rankWhole(text, index, 1, options)[0]?.factId, options.mask)) continue;
    // The last question after sentences of context is ranked with them, weighing little (SEARCH.contextWeight): alone,
    // "Will we be charged?" after "We've been to the beach and there's sand everywhere inside." found the electric car's
    // charging; the sand tells the cleaning fee from it.
    const last = k === others.length - 1;
    const ranked = last ? rankWhole(question, index, limit, { ...options, questionWords: ownWords(index, text, options.mask) }) : rankWhole(text, index, limit, options);
    if (last && ranked[0] && aboutTheContext(index, question, text, index.byId.get(ranked[0].factId)!, options.mask)) continue;
    if (decisionValue(ranked) > decisionValue(best.ranked)) best = { ranked, read: text, withContext: last };
  }
  // A clause that asks, beside clauses that say something ("inşallah eli boş dönmezler, Çin'e heyet ne zaman gidiyo"):
  // read as the last question after sentences of context is, the other clauses' words weighing SEARCH.contextWeight.
  // (Only one clause may ask: beside another that asks, it is a second question, not talk: "what colour is the sky on
  // mars, and when will it open?" is two, and the second alone is no reading of the message.)
  const clauses = clausesOf(question);
  const asking = clauses.filter((c) => asks(index, c));
  // (A yes-or-no question last, after a long story the knowledge has almost no words for: "ok so I was listening to
  // Bloomberg in the taxi this morning and … I missed half of it, is Turkey going to build a refinery or not?". Only
  // then: after a short clause, what it says qualifies the question, see asks.)
  const last = clauses.at(-1);
  const story = asking.length === 0 && last !== undefined && YES_NO.test(last) && /\?\s*$/u.test(last) ? storyBefore(index, question, last, options.mask) : false;
  const clause = asking.length === 1 ? asking[0]! : story ? last! : null;
  if (clause === null) return best;
  // Only when the clauses beside it are mostly words the knowledge never uses: they dilute the question. Where they say
  // what the knowledge knows, they are the situation asked about ("passed my test 18 months ago, can I book one of the
  // premium cars?"), and the clause alone found another fact.
  const own = wordSet(index, clause);
  let [unknown, all, count, lone] = [0, 0, 0, ''];
  for (const t of questionTerms(index, question, options.mask).terms) {
    if (t.raw === null || own.has(t.raw)) continue;
    all += t.idf;
    if (t.how === 'unknown') [unknown, count, lone] = [unknown + t.idf, count + 1, t.raw];
  }
  if (count === 0 || (count === 1 && !talkAround(index, question, clause, lone)) || unknown < SEARCH.clauseNoiseShare * all) return best;
  const ranked = rankWhole(question, index, limit, { ...options, questionWords: ownWords(index, clause, options.mask, own) });
  // It only makes surer of the fact the whole message finds: where the words beside it change the best fact, they were no
  // noise ("easter monday, are swimming lessons still on?" asks the bank holiday's hours, not the lessons').
  return ranked[0]?.factId === whole && decisionValue(ranked) > decisionValue(best.ranked) ? { ranked, read: clause, withContext: true } : best;
}

/** A clause opening with an auxiliary, as a yes-or-no question does. */
const YES_NO = /^(?:(?:so|and|but|ok|okay)\s+)?(?:did|does|do|is|are|was|were|will|would|can|could|has|have|had|should)\s/iu;
/** Words at least of a story before a question, and the share of its weight that is words the knowledge never uses. */
const STORY_WORDS = 10;
const STORY_NOISE_SHARE = 0.7;
/** Whether the text before a message's last clause is a story: long, and mostly words the knowledge never uses. */
function storyBefore(index: SearchIndex, question: string, last: string, mask?: Mask): boolean {
  const before = question.slice(0, Math.max(0, question.lastIndexOf(last)));
  const terms = questionTerms(index, before, mask).terms;
  const all = terms.reduce((sum, t) => sum + t.idf, 0);
  const unknown = terms.filter((t) => t.how === 'unknown').reduce((sum, t) => sum + t.idf, 0);
  return index.profile.words(before).length >= STORY_WORDS && all > 0 && unknown >= STORY_NOISE_SHARE * all;
}

/**
 * A message's clauses, the parts between commas, semicolons, runs of dots that a space follows and Turkish "ki" (that:
 * "ne işe yarıyor ki bu kadar yaygara koparılıyor", a remark joined to the question), when it has two to
 * four of them; else none. Text only: which of them asks is the language's to say (`asks`).
 */
export function clausesOf(question: string): string[] {
  if (!CLAUSE_HINT.test(question)) return [];
  const parts = question.split(CLAUSE_BREAK).map((p) => p.trim()).filter((p) => LETTER.test(p));
  return parts.length >= 2 && parts.length <= MAX_CLAUSES ? parts : [];
}
// (An emoji between words breaks clauses too: "long shift finally over 🙏 when is the delegation heading to beijing".)
// (So does a laugh between words: "who is the energy minister lol i have been awake 30 hours …".)
const CLAUSE_LAUGH = 'lol|lmao|lmfao|haha+|xd';
const CLAUSE_HINT = new RegExp(`[,;.…\\p{Extended_Pictographic}]| ki |\\s(?:${CLAUSE_LAUGH})\\s`, 'iu');
const CLAUSE_BREAK = new RegExp(`\\s*(?:[,;]|\\.{2,}|…|\\p{Extended_Pictographic}+)\\s+| ki |\\s+(?:${CLAUSE_LAUGH})\\s+`, 'iu');
const MAX_CLAUSES = 4;

/**
 * Whether a clause asks with a question word. (Not a yes-or-no question: "easter monday, are swimming lessons still
 * on?", "passed my test 18 months ago, can I book one of the premium cars?" ask whether, given what the clause before
 * says; read alone, three of them got wrong answers on the quality suite.)
 */
function asks(index: SearchIndex, clause: string): boolean {
  // ("another" is a determiner more than a question: "before we all buy another 'green' gadget, what industries need
  // rare earths?" has one clause that asks. "else" and "others" ask: "… or does someone else have to?")
  return index.profile.words(clause).some((w) => (index.profile.asksNoTopic(w) && w !== 'another') || WHAT.has(w));
}
/**
 * "what" as typed, a question word that may also name a topic ("what is BYD?", "byd nedir"), so not one of asksNoTopic's:
 * English, and Turkish "ne" and its forms ("global times ne diyor, tarafsız olduğuna eminim (!)").
 */
const WHAT: ReadonlySet<string> = new Set(['what', 'whats', 'wat', 'wut', 'wot', 'ne', 'neler', 'nedir', 'neyi', 'neyin', 'nelerdir']);

/**
 * Whether the one word the knowledge never uses beside a clause that asks (`word`) is in a clause that says something
 * ("çocuklara anlatmak için lazım", for the children; "torunum soruyor", my grandchild asks): talk around the question.
 * Not alone in its clause ("sure, who else?": a reaction), nor in one that asks whether with a Turkish question
 * particle ("hangi şehir, astana mı": a guess at the answer, what the question is about).
 */
function talkAround(index: SearchIndex, question: string, clause: string, word: string): boolean {
  const beside = clausesOf(question).find((c) => c !== clause && index.profile.words(c).includes(word));
  if (beside === undefined) return false;
  const ws = index.profile.words(beside);
  return ws.length >= 2 && !(index.profile.language === 'tr' && ws.some((w) => isQuestionParticle(foldTurkish(w))));
}

/** The words of a text, as the terms' `raw` has them. */
function wordSet(index: SearchIndex, text: string): Set<string> {
  return new Set(index.profile.words(text));
}

/** The words of a message's own question, and the terms they are read as. */
export interface OwnWords {
  words: ReadonlySet<string>;
  queries: ReadonlySet<string>;
}

function ownWords(index: SearchIndex, text: string, mask?: Mask, words: ReadonlySet<string> = wordSet(index, text)): OwnWords {
  return { words, queries: new Set(questionTerms(index, text, mask).terms.map((t) => t.query)) };
}

/** The terms of a message whose words outside its last question (`own`) weigh SEARCH.contextWeight. */
function contextEased(terms: ResolvedTerm[], own: OwnWords): ResolvedTerm[] {
  // (A phrase of several words, raw null, keeps its weight: it is the question's as often as the context's.)
  // (So does a term the question has as well, though the message said it first in another word of it: "… ayrıştırma ve
  // rafinaj … Türkiye Beylikova için rafineri kuracak mı?" asks of the refinery, and the term, read once for "rafinaj",
  // weighed as context.)
  return terms.map((t) => (t.raw !== null && !own.words.has(t.raw) && !own.queries.has(t.query) ? { ...t, idf: t.idf * SEARCH.contextWeight } : t));
}

/**
 * The terms a message was ranked with when read as `read` (rankReading's choice; `--explain` shows them): a last
 * question after sentences of context (`withContext`) was ranked with the whole message, the context's words weighing little.
 */
export function readingTerms(index: SearchIndex, question: string, read: string, withContext: boolean): ResolvedTerm[] {
  return withContext ? contextEased(questionTerms(index, question).terms, ownWords(index, read)) : questionTerms(index, read).terms;
}

/**
 * Whether a message's last sentence asks about what the sentences before it said rather than on its own: one word of
 * its own the knowledge has ("… the service I received. What is the process?"), and the fact that word finds has none
 * of the words before it that the knowledge has (a complaint, a service): it found whatever fact says "process".
 */
function aboutTheContext(index: SearchIndex, message: string, last: string, fact: number, mask?: Mask): boolean {
  const known = (text: string) => questionTerms(index, text, mask).terms.filter((t) => t.how !== 'unknown' && !asksOnly(t, index));
  if (known(last).length > 1) return false;
  // (Not after thanks or a reaction, "Thank you very much, that is most helpful. And how long ago was it discovered?":
  // they are about the answer before.)
  const before = message.slice(0, message.length - last.length);
  if (THANKS_OR_REACTION.test(before)) return false;
  const context = known(before);
  return context.length > 1 && !context.some((t) => t.ids.some((id) => factHasTerm(index, fact, id)));
}

const THANKS_OR_REACTION = /^\s*(?:thank|thanks|thx|ty|cheers|great|perfect|brilliant|lovely|ok|okay|cool|nice|awesome|wow|oh|ah|right|got it|i see)\b/iu;

/**
 * The readings of a message besides the whole, as rankReading tries them (null where none): its question before words
 * added after it, the question after a remark, without its asides or doubt, before who asks said after it, its last
 * sentence after sentences of context. Cheap: text only.
 */
export function otherReadings(question: string): (string | null)[] {
  const part = questionBeforeContext(question);
  // (The last question may be the one before words added after it: "CW radioactive. where is the deposit exactly?
  // #Thorium", a content warning before it and a hashtag after.)
  // (Or a formal Turkish question after the clause that leads it in: "Müvekkilimizin … kapsamında, …".)
  // (Or the one clause of a Turkish message that asks, among clauses of a story: "… konuşmuşlar mı, durakta tartışma çıktı".)
  const last = lastQuestionOf(question) ?? (part === null ? null : lastQuestionOf(part)) ?? questionAfterTurkishLead(question) ?? questionInTurkishStory(question);
  const afterRemark = questionAfterRemark(part ?? question);
  // (The question after a remark without its clause too: "thanks. where is the deposit they want to process?")
  const afterRemarkAlone = afterRemark === null ? null : withoutContactClause(afterRemark);
  return [part, afterRemark, withoutAsides(question), withoutDoubt(part ?? question), questionBeforeSelf(question), withoutContactClause(part ?? question), withoutOccasion(part ?? question), withoutTurkishGuesses(question), afterRemarkAlone, last];
}

/**
 * Whether the fact found without the occasion has a word of it the knowledge has ("meeting" of "at their July meeting"),
 * or speaks of an occasion of any kind (OCCASION_NOUNS): a summit is a meeting, and Turkish "görüşme" (a meeting, and
 * talks) is not in "zirve"'s group ("temmuzdaki zirvede neler konuştular" for a fact that tells of "görüşmelerinde").
 */
function occasionOfFact(index: SearchIndex, occasion: string, factId: string | undefined, mask?: Mask): boolean {
  const fact = factId === undefined ? undefined : index.byId.get(factId);
  if (fact === undefined) return false;
  const has = (text: string) => questionTerms(index, text, mask).terms.some((t) => t.how !== 'unknown' && !asksOnly(t, index) && t.ids.some((id) => factHasTerm(index, fact, id)));
  return has(occasion) || has(OCCASION_NOUNS);
}
/** The occasions OCCASION and TR_OCCASION know, as words (their regular expressions read them with their endings). */
const OCCASION_NOUNS = 'meeting summit talks visit trip call görüşme zirve toplantı buluşma ziyaret';

/**
 * What was said or done asked of, with the occasion it was said at after it ("what did Erdoğan and Xi discuss at their
 * July meeting?", "what did they agree during the visit?"): the question without the occasion, which only says when
 * (its "meeting" and "July" found the meeting's fact, not what was discussed). Null when there is none.
 */
export function withoutOccasion(question: string): string | null {
  return occasionSplit(question)?.without ?? null;
}
/** {@link withoutOccasion}'s reading with the occasion it leaves out ("at their July meeting", "temmuzdaki görüşmede"). */
function occasionSplit(question: string): { without: string; occasion: string } | null {
  const m = OCCASION.exec(question);
  if (m) return { without: `${m[1]!.trimEnd()}?`, occasion: m[2]! };
  // (So in Turkish, the occasion before what was said there: "temmuzdaki görüşmede ne hakkında konuştular?", what did
  // they talk about at the July meeting.)
  const tr = TR_OCCASION.exec(question);
  return tr ? { without: `${`${tr[1]!} ${tr[3]!}`.trim().replace(/[?!.\s]+$/u, '')}?`, occasion: tr[2]! } : null;
}
const TR_OCCASION =
  /^(.*?)\s*((?:\p{L}+(?:d|t)[ae]ki\s+)?(?:g[öo]r[üu][şs]me(?:ler)?|zirve|toplant[ıi]|bulu[şs]ma|ziyaret)(?:si|leri)?(?:n?d[ae]|n?t[ae]))\s+((?:.*\s)?(?:ne|neler|neyi|nelerden|hangi)\s.*(?:konu[şs]|g[öo]r[üu][şs]t|anla[şs]|s[öo]yle|dedi|dediler|imzala)\p{L}*[^\p{L}]*)$/iu;
const OCCASION =
  /^((?:.*\s)?(?:what|which)\s.*\b(?:discuss(?:ed)?|talk(?:ed)?\s+about|agree(?:d)?(?:\s+on)?|sign(?:ed)?|sa(?:y|id)|announce(?:d)?|cover(?:ed)?)\b)\s+((?:at|during|in)\s+(?:their|the|this|that|a|his|its)\s+(?:\p{L}+\s+)?(?:meeting|summit|talks|visit|trip|sit-down|call)\b[^?]*|when\s+(?:they|the\s+two|both|he|she)\s+(?:met|sat\s+down|got\s+together|spoke|visited)\b[^?]*)\?*\s*$/iu;

/**
 * A Turkish question with guesses at its answer after it, each with its question particle ("çin devlet başkanı kimdi xi
 * mi şi mi cinping mi, kafam karıştı": who was it, Xi? Şi? Cinping? I'm confused), or one guess in doubt ("… kuracak
 * firma ford muydu neydi?": was it Ford or what): the question before them, whose words the guesses' names drowned. Null
 * when there are none, or fewer than two words before them.
 */
export function withoutTurkishGuesses(question: string): string | null {
  // (The guesses only after a question word: "chery fabrika kuracak mı kesin mi" asks two things of its own.)
  const guesses = TR_GUESSES.exec(question);
  const m = guesses !== null && turkishWords(guesses[1]!).some((w) => isTurkishQuestionWord(foldTurkish(w))) ? guesses : TR_GUESS_IN_DOUBT.exec(question);
  if (m === null || m[1]!.trim().split(/\s+/u).length < 2) return null;
  return `${m[1]!.trim()}?`;
}
const TR_GUESSES = /^(.*?\S)[\s,]+(?:[\p{L}\p{N}'’]+\s+m[ıiuü](?=[\s,?!.]|$)[\s,]*){2,}(?:(?:ya|yoksa|acaba)\s+)?(?:kafam\s+kar[ıi][şs]t[ıi]|kar[ıi][şs]t[ıi]rd[ıi]m|emin\s+de[ğg]ilim)?\s*[?!.]*$/iu;
const TR_GUESS_IN_DOUBT = /^(.*\S)[\s,]+(?:[\p{L}\p{N}'’]+\s+){0,2}[\p{L}\p{N}'’]+\s+m[ıiuü](?:yd[ıiuü])?\s+(?:neydi|ne|nedir)\s*[?!.]*$/iu;

/**
 * A question about a thing that a clause after it describes, with no "that" ("where's the deposit they want help with?",
 * "where's this deposit they want to process"): the question without the clause, which only says which thing is
 * meant (its "process" found the refinery's fact). Null when there is no such clause.
 */
export function withoutContactClause(question: string): string | null {
  const m = CONTACT_CLAUSE.exec(question);
  return m ? `${m[1]!.trimEnd()}?` : null;
}
const CONTACT_CLAUSE =
  /^(\s*(?:(?:and|so|but|ok|okay)\s+)?(?:where|what|when|who|which|how\s+\p{L}+)(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+(?:the|this|that|these|those)\s+\p{L}+(?:\s+\p{L}+)?)\s+(?:they|we|you|he|she|everyone|everybody|people)\s+(?:want|wants|wanna|keep|keeps|are|were|plan|plans|hope|hopes|need|needs|talk|talked|mentioned|said|found)\b[^?]*\?*\s*$/iu;

/**
 * A question with who asks said after it, set off by a comma or a full stop ("what is byd, im new here", "what is BYD,
 * I'm new in this industry 😅"): the question before it, as a self-introduction before the question is left out
 * ({@link questionAfterRemark}). Null when there is none, or the question before has fewer than two words.
 */
export function questionBeforeSelf(question: string): string | null {
  // (Most questions say no "i'm": its pattern, slow on a long message, is tried only when they do.)
  if (!SELF_AFTER_HINT.test(question)) return null;
  const m = SELF_AFTER.exec(question);
  if (!m || m[1]!.trim().split(/\s+/u).length < 2) return null;
  // (A few words more than a remark before a question: "what is BYD, I am not familiar with this company" says only who
  // asks.)
  return m[2]!.trim().split(/\s+/u).length <= MAX_SELF_AFTER_WORDS ? `${m[1]!.trim()}?` : null;
}
// (… or what the asker needs the answer for: "how big is it, i need a number for the impact calc", "what is byd, need a
// tag line"; and a laugh stands for the comma: "what are rare earths used for lmao im new to this topic".)
const SELF_AFTER_HINT = /\s(?:i(?:'?m|’m| am)|(?:i )?need)\s/i;
const MAX_SELF_AFTER_WORDS = 8;
const SELF_AFTER =
  /^([^?]*?\p{L}[^?]*?)(?:[,.;!]+|\s+(?:lol|lmao|lmfao|haha+|hehe+|rofl)[,.;!]*)\s+((?:i'?m|i’m|i am|i need|need)\s[^?.,;:!]{1,60}?)[\s.!…]*[\p{Extended_Pictographic}\s]*$/iu;

/**
 * A question with the doubt the asker offers after it left out ("did the ministries say anything, or is it just the
 * state press talking?", "are there talks scheduled or is it all vibes so far?"): the other possibility
 * is what the asker fears, said in words no answer uses; the question before it is what is asked. Null when there is
 * none, or fewer than three words come before it.
 */
export function withoutDoubt(question: string): string | null {
  const m = DOUBT.exec(question) ?? TR_DOUBT.exec(question);
  return m && m[1]!.trim().split(/\s+/u).length >= 3 ? `${m[1]!.trim()}?` : null;
}
// (Not "… or just Y" without "is it" or a comma: "does turkey want to make batteries too or just dig stuff up" offers
// two choices, and the second is asked about as much as the first.)
// (Or the usual, as the asker expects: "did the ministry say anything, or is it the usual silence?")
// (But "… or just the paper?" with a thing after "just", no verb: "did beijing officially comment or just the paper?"
// asks of the first, the second the one the asker knows of.)
const DOUBT =
  /^([^?]*?)(?:(?:[\s,]+or\s+(?:is|was|are|were)\s+(?:it|this|that|they|there)\s+|\s*,\s*or\s+)(?:all|just|only|merely|simply|mostly|still\s+just|the\s+usual)\s[^?]*|\s+or\s+(?:just|only|merely)\s+(?:the|a|an|some|their|its|his)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\??\s*$/iu;
// (In Turkish after "yoksa sadece" (or just): "çin hükümeti resmen bir şey dedi mi yoksa sadece gazete mi?".)
const TR_DOUBT = /^([^?]*?\sm[ıiuü]\p{L}*)[?,]*\s+yoksa\s+(?:sadece|yaln[ıi]zca|s[ıi]rf|hep)\s[^?]*\??\s*$/iu;

/**
 * A message with its asides in brackets left out ("where exactly is the deposit? (geography is not my strong suit
 * lol)", "who's the energy minister, bayraktar right? (not the drone guy)"): what people add in brackets is said
 * beside the question, and its words only dilute it. Only asides of at least {@link MIN_ASIDE_WORDS} words, so "the
 * deposit (beylikova)" keeps what the brackets name; null when the message has none, or is nothing else.
 */
export function withoutAsides(question: string): string | null {
  if (!question.includes('(')) return null;
  let cut = false;
  const left = question.replace(ASIDE, (m) => {
    if (m.split(/\s+/u).filter((w) => LETTER.test(w)).length < MIN_ASIDE_WORDS) return m;
    cut = true;
    return ' ';
  });
  return cut && LETTER.test(left) ? left.replace(/\s+/gu, ' ').trim() : null;
}
const ASIDE = /\([^()]{1,300}\)/gu;
const MIN_ASIDE_WORDS = 3;

/**
 * A yes-or-no question's first choice when it offers two ("is bayraktar the energy minister or the industry one?",
 * "is the deposit in eskisehir or ankara"; in Turkish, "rafineri kurulacak mı yoksa ham madde olarak mı satılacak?"):
 * the question up to "or" ("yoksa"), which the knowledge confirms or corrects; the second choice's words pull toward
 * the fact about it. Null unless the question opens with an auxiliary (in Turkish, its first choice ends with the
 * particle) and at least three words come before "or".
 */
export function firstChoiceOf(question: string): string | null {
  // (Turkish asks its choices each with its particle, "… kurulacak mı yoksa ham madde olarak mı satacaklar?", or its
  // doubt after "yoksa": "… bir şey imzaladı mı, yoksa laf mı?".)
  // (Not "sadece … mi yoksa … da mı": only this, or that too, asks how far, and the second choice is what is asked.)
  const tr = TR_CHOICE.exec(question);
  if (tr) return tr[1]!.trim().split(/\s+/u).length >= 3 && !TR_ONLY.test(tr[1]!) ? tr[1]!.trim() : null;
  const m = CHOICE.exec(question);
  if (!m) return null;
  const before = m[1]!.trim().split(/\s+/u);
  // A second question after "or" ("… or is it card only?", "… or do i pay?") is no other choice of the first.
  const second = words(m[2]!).find((w) => !CHOICE_HEDGES.has(w));
  return before.length >= 3 && second !== undefined && !QUESTION_OPENERS.has(second) && !CHOICE_CLAUSE_OPENERS.has(second) ? m[1]!.trim() : null;
}
const TR_ONLY = /(?:^|\s)(?:sadece|yaln[ıi]zca|yaln[ıi]z|s[ıi]rf)(?=\s)/iu;
const TR_CHOICE = /^([^?]*?\s(?:m[ıiuü]|m[ıiuü](?:yd[ıiuü]|ym[ıiuü]ş|ymis|ymus|s[ıiuü]n|d[ıiuü]r)))[?,]*\s+yoksa\s+\S[^?]*\??\s*$/iu;
const CHOICE = /^((?:is|are|was|were|does|do|did|will|would|can|could|has|have)\s[^?]*?),?\s+or\s+(\S[^?]*)\??\s*$/iu;
/** Words before the other choice that make no clause of it ("… or just the big one", "… or only check-ups"). */
const CHOICE_HEDGES = new Set(['just', 'only', 'maybe', 'perhaps', 'rather', 'even']);
/** Pronouns opening a clause after "or" ("… or i have to ring them", "… or we pay at the desk"). */
const CHOICE_CLAUSE_OPENERS = new Set(['i', 'we', 'you', 'u', 'they', 'it', 'its', 'he', 'she', 'there', 'theres', 'im', 'ive', 'id']);

/**
 * A message's last sentence when it is a question and sentences come before it ("I was reading about Chinese
 * carmakers moving into Europe and Turkey came up. Which ones is Turkey talking to?"): what comes first is why it is
 * asked, and its words only dilute the question's. Null when the message is one sentence, its last is no question,
 * or a question comes before it.
 */
export function lastQuestionOf(question: string): string | null {
  let trimmed = question.trimEnd();
  // (A last sentence that asks by its words, without the mark: "Thank you for your hard work. I would like to know where
  // Beylikova is located.", as a translator or a formal writer ends it.)
  const marked = trimmed.endsWith('?');
  if (!marked) {
    const stop = /[.!]+$/u.exec(trimmed);
    if (stop === null) return null;
    trimmed = `${trimmed.slice(0, stop.index)}?`;
  }
  // The last sentence: after the last full stop, "!" or "?" that a space and more text follow.
  let start = -1;
  for (const m of trimmed.slice(0, -1).matchAll(SENTENCE_END)) start = m.index + m[0].length;
  if (start <= 0 || (!marked && !ASKS_UNMARKED.test(trimmed.slice(start)))) return null;
  const [before, last] = [trimmed.slice(0, start), trimmed.slice(start)];
  // (A question before it makes a message of several questions, each read on its own: see conversation/several.ts.)
  return LETTER.test(last) && LETTER.test(before) && !before.includes('?') ? last : null;
}
/** How a sentence that asks without a question mark opens: a question word, or a request to be told. */
const ASKS_UNMARKED =
  /^(?:(?:please|kindly|so|and)\s+)?(?:who|whom|whose|what|which|where|when|why|how|i\s+(?:would|d)\s+like\s+to\s+(?:know|ask)|i\s+want\s+to\s+know|i\s+wonder|please\s+tell|tell\s+me|can\s+you\s+tell|could\s+you\s+tell|let\s+me\s+know|please\s+(?:inform|explain|let))\b/iu;
// (An emoji ends a sentence as a full stop does: "Very insightful 👏 With whom is Turkey negotiating …?")
const SENTENCE_END = /(?:[.!?…]+|\s\p{Extended_Pictographic}[\p{Extended_Pictographic}\u{FE0F}\u{200D}\p{Emoji_Modifier}]*)\s+(?=\S)/gu;

/**
 * A message's question after a remark set off by a dash or a colon ("fyi drafting a memo - how much will the refinery
 * cost", "for a client note: reserve size?"): the text after it, when a few words come before (who asks and why),
 * else null.
 */
export function questionAfterRemark(question: string): string | null {
  // A reaction to the answer before ("nice, what about chery?", "bummer. which elements?"), set off by its punctuation.
  const reaction = reactionBefore(question);
  if (reaction > 0) return question.slice(reaction);
  // (Both patterns need a mark before a space, or a dash between spaces: most questions have neither, and the patterns
  // are slow on a long one.)
  if (!REMARK_HINT.test(question)) return null;
  for (const pattern of [REMARK, SELF_INTRODUCTION]) {
    const m = pattern.exec(question);
    if (!m) continue;
    const before = m[1]!.trim().split(/\s+/u);
    // (Not when the question points at someone the words before name: "fatih kacir - what ministry is he at?" asks of
    // Kacır, and alone it found the ministries' no-comment.)
    // (Unless the question names someone itself, capitalised after its first word: "Running PEP screening - who is
    // Alparslan Bayraktar, what's his role?")
    if (pattern === REMARK && words(m[2]!).some((w) => PERSON_PRONOUNS.has(w)) && !NAMED_INSIDE.test(m[2]!)) continue;
    // (A longer remark before a colon, which announces what follows, when a question word opens it: "genuinely asking
    // because the press releases are all fluff: what exactly is BYD doing in turkey?". Not before a dash: "i am writing
    // a long piece about mining in turkey - where is …" goes on one sentence.)
    const asksAfter = pattern === REMARK && /:\s*$/u.test(question.slice(0, question.length - m[2]!.length)) && WH_OPENERS.test(m[2]!);
    if ((before.length <= MAX_REMARK_WORDS || (asksAfter && before.length <= MAX_LONG_REMARK_WORDS)) && LETTER.test(m[2]!)) return m[2]!;
  }
  return null;
}
/** A capitalised word after the first: a name. */
const NAMED_INSIDE = /\s\p{Lu}\p{Ll}/u;
/** A remark and what follows it: up to the first " - ", " – ", " — " or ": " (no question mark before it). */
const REMARK = /^([^?:\-–—]{1,80}?)(?:\s[-–—]+\s|:\s)\s*(.+)$/su;
/**
 * Who asks, said first and set off by a comma or a full stop: "im a car dealer, what did byd sign?", "retired mining
 * engineer here. which elements …", "as a student, …"; in Turkish a word in the first person of "to be" ends it
 * ("otomotiv bayisiyim, …", "emekli maden mühendisiyim. …").
 */
const SELF_INTRODUCTION =
  /^((?:i'?m|i am|as an?|speaking as|ben)\s[^?.,;:!]{1,60}?|[^?.,;:!]{1,60}?\shere|[^?.,;:!]{0,60}?\p{L}{3,}(?:y[ıiuü]m|[ıiuü]m))[.,;:!]+\s+(.+)$/isu;
/** What {@link REMARK} or {@link SELF_INTRODUCTION} cannot match without. */
const REMARK_HINT = /[.,;:!]\s|\s[-–—]+\s/u;
const MAX_REMARK_WORDS = 6;
const MAX_LONG_REMARK_WORDS = 12;
/** An English question word opening a text ("what exactly is …", "who's …"). */
const WH_OPENERS = /^\s*(?:what|whats|what's|who|whos|who's|where|wheres|where's|when|whens|when's|why|whys|why's|how|hows|how's|which)\b/iu;

/** {@link rank} for a question already cleaned with `cleanInput` (answer() has done it once). */
export function rankCleaned(question: string, index: SearchIndex, limit: number = SEARCH.candidates, options: RankOptions = {}): RankedFact[] {
  return rankReading(question, index, limit, options).ranked;
}

/**
 * Whether a term of the question only asks: a question word, or a phrase of a synonym group made of a question word and
 * the words of its question phrase ("how long ago", "how many years ago": a knowledge's group for "when" questions).
 */
function asksOnly(t: ResolvedTerm, index: SearchIndex): boolean {
  if (t.raw !== null) return index.profile.asksNoTopic(t.raw);
  // A group's term is the stems of its first phrase, joined (Analyzer's concept terms): "~how_long_ago".
  if (!t.query.startsWith('~')) return false;
  const stems = t.query.slice(1).split('_');
  // (Turkish "ne zaman" (when), the group of "hangi ay", "hangi tarihte": "ne" is "what", and "zaman" asks after it.)
  if (stems.length === 2 && stems[0] === 'ne' && index.profile.asksNoTopic(stems[1]!)) return true;
  return index.profile.asksNoTopic(stems[0]!) && stems.slice(1).every((s) => QUESTION_PHRASE_STEMS.has(s));
}
/** After a question word, the stems of words that make its question phrase ("how long ago", "how many years ago"). */
const QUESTION_PHRASE_STEMS = new Set(['long', 'ago', 'many', 'much', 'years', 'soon', 'often', 'far', 'old', 'time'].map(stem));

/** Ranks the text as one question. */
function rankWhole(question: string, index: SearchIndex, limit: number, options: RankOptions): RankedFact[] {
  // The question is split into words once, for its terms and its answer type.
  const read = questionTerms(index, question, options.mask);
  const ws = read.ws;
  const terms = options.questionWords === undefined ? read.terms : contextEased(read.terms, options.questionWords);
  // Only words that ask ("who else is going?", "where are they going?"): no topic to tell the facts apart by. Whatever
  // fact stores "who else…" or a keyword such as "location" (a synonym of "where") would match it whole.
  // (So does a term the language says names no topic alone: Turkish "ne yapacaklar?", TextProfile.namesNoTopicAlone.)
  if (terms.every((t) => asksOnly(t, index) || index.profile.namesNoTopicAlone?.has(t.query) === true)) return [];
  const candidates = firstStage(index, terms, SEARCH.candidates, options);
  if (candidates.length === 0) return [];
  const b = SEARCH.blend;
  const type = index.profile.answerType(question, ws.join(' '));
  const typeBit = type === null ? 0 : 1 << ANSWER_TYPE_NAMES.indexOf(type);
  // A stored "why can't …?" asks why as well: it answers a "why" question.
  const storedBits = type === 'why' ? typeBit | (1 << ANSWER_TYPE_NAMES.indexOf('obstacle')) : typeBit;
  const phrasings = matchPhrasings(
    index,
    candidates.map((c) => c.fact),
    terms,
    options.mask,
  );
  // Lexical score first: cheap, and decisive for most questions.
  const skip = options.mask && options.mask.text >= 0 ? options.mask.text : -1;
  const scratch = scratchOf(index);
  terms.forEach((t, q) => {
    for (const id of t.ids) scratch.slot[id] = q + 1;
  });
  const ranked = candidates.map((c, k) => {
    const { similarity: q, types } = phrasings[k]!;
    // "How many tonnes…" is not answered by a fact nobody asks "how many" of, and whose answer has no number.
    const typeFit = typeBit === 0 || (types & storedBits) !== 0 || (answerSupports(index, c.fact) & typeBit) !== 0 ? 1 : SEARCH.answerTypeMismatch;
    const { bm25, focus } = evidence(index, c.fact, terms, scratch.slot, scratch.evidence, c.fact === options.mask?.fact ? skip : -1);
    const lexical = (b.coverage * c.coverage + b.question * q + b.bm25 * bm25 + b.focus * focus) / (b.coverage + b.question + b.bm25 + b.focus);
    return { factId: index.facts[c.fact]!.id, fact: c.fact, coverage: c.coverage, question: q, bm25, focus, typeFit, score: typeFit * lexical };
  });
  for (const t of terms) for (const id of t.ids) scratch.slot[id] = 0;
  // A stored question asked word for word is answered by its fact, whatever else shares its words.
  const stored = terms.every((t) => t.how === 'exact') ? storedQuestionOf(index, terms) : undefined;
  if (stored && stored.fact !== options.exclude && !(options.mask && options.mask.fact === stored.fact && (options.mask.text < 0 || options.mask.text === stored.text))) {
    const hit = ranked.find((r) => r.fact === stored.fact);
    if (hit) {
      hit.score = 1;
      hit.question = 1;
    }
  }
  // "how many rare earth elements are there?" counts elements: a fact whose answer counts something else, or nothing,
  // and none of whose stored questions counts them ("how many tons…?") does not give that number.
  const counted = countedThing(ws, index);
  if (counted) {
    for (const r of ranked) {
      if (r.typeFit < 1 || counts(index, r.fact, counted)) continue;
      r.typeFit *= SEARCH.answerTypeMismatch;
      r.score *= SEARCH.answerTypeMismatch;
    }
  }
  ranked.sort(byScore);
  return ranked.slice(0, limit).map(({ factId, score, coverage, question: q, bm25, focus, typeFit }) => ({ factId, score, coverage, question: q, bm25, focus, typeFit }));
}

/** The stored question whose terms are exactly the question's, if there is one and one fact owns it. */
function storedQuestionOf(index: SearchIndex, terms: ResolvedTerm[]): { fact: number; text: number } | undefined {
  const ids = terms.map((t) => t.ids[0]!);
  const text = index.storedQuestions.get(termSetHash(ids));
  if (text === undefined || text < 0) return undefined;
  // The hash may collide: check the text's whole terms are the same set.
  const { termStart, terms: textTerms, termWeight, textStart } = index.texts;
  let whole = 0;
  for (let j = termStart[text]!; j < termStart[text + 1]!; j++) {
    if (termWeight[j] !== 1) continue;
    if (!ids.includes(textTerms[j]!)) return undefined;
    whole++;
  }
  if (whole !== new Set(ids).size) return undefined;
  // The fact owning text `text`: the last fact whose texts start at or before it.
  let lo = 0;
  let hi = index.facts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (textStart[mid]! <= text) lo = mid;
    else hi = mid - 1;
  }
  return { fact: lo, text };
}

function byScore(x: { score: number; factId: string }, y: { score: number; factId: string }): number {
  // Ties in id order (code units: localeCompare allocates, and this runs for every comparison).
  return y.score - x.score || (x.factId < y.factId ? -1 : x.factId > y.factId ? 1 : 0);
}
