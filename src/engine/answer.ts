/**
 * The pure question-answering core: `answer(question, kb) → Reply`. No I/O,
 * no platform formatting, no exceptions for any input string.
 */
import { CALIBRATION, SEARCH } from '../config.ts';
import type { Knowledge, LoadedFact } from '../knowledge/load.ts';
import type { SmalltalkIntent } from '../knowledge/schema.ts';
import { REPLY_WORDS, type FactReply, type Language, type NoneReply, type RelatedQuestion, type Reply, type SmalltalkReply, type SourceInfo } from '../reply.ts';
import { asksAboutTheBot, type AboutTheBot } from '../text/about-bot.ts';
import { detectLanguage, hintLanguage, languageEvidence, languageOf, languageUnknown } from '../text/language.ts';
import { CHAT_WORDS, cleanInput, nearestWithin, questionKey, stretchedWritten, unstretched, words } from '../text/normalize.ts';
import { lackedKind } from '../text/places.ts';
import { turkishNames, turkishWithNames } from '../text/turkish.ts';
import { borrowedWords } from './borrowed.ts';
import { calibrate, calibratedConfidence, decisionValue, withOneQuestionFewer, type Calibration } from './calibrate.ts';
import { buildIndex, smalltalkKey, type SearchIndex } from './index.ts';
import { onlySocial } from '../text/social.ts';
import { closestOutOfScope, markedOutOfScope, outOfScopeQuestions, type OutOfScopeQuestion } from './outofscope.ts';
import { missingOwner } from './owners.ts';
import { clausesOf, otherReadings, rank, rankCleaned, rankReading, type RankOptions } from './rank.ts';

// The engine's one public entry: everything outside src/engine imports from here
// (tests/architecture.test.ts holds it), so its modules can move without touching callers.
export { autocomplete } from './suggest.ts';
export { questionTerms, rank, withoutDoubt, type RankedFact } from './rank.ts';
export type { Calibration } from './calibrate.ts';
export { fileCalibrationCache } from './calibration-cache.ts';
export { explain, formatExplanation, type Explanation } from './explain.ts';
export { sameWordsQuestions, type SameWords } from './lint.ts';
export { factReach, isWeakReach, weaklyReachedFacts, type FactReach } from './reach.ts';
export { factHasTerm, resolveTerms, type ResolvedTerm } from './terms.ts';
export { buildDeletionIndex, eachNeighbour } from './typos.ts';

/** One language's index of the knowledge, its calibrated threshold, and the questions marked out of scope in its language. */
export interface LanguageIndex extends SearchIndex {
  calibration: Calibration;
  outOfScope: OutOfScopeQuestion[];
}

/**
 * Knowledge prepared for answering: the validated data, its indexes and its
 * calibrated threshold (English), and the same for Turkish when any fact
 * has Turkish texts.
 */
export interface KnowledgeBase extends LanguageIndex {
  /** The Turkish index: every fact, in Turkish where it has `tr:` (else its English texts), calibrated on its own. */
  turkish?: LanguageIndex;
}

/** Options of {@link answer}. */
export interface AnswerOptions {
  /** The asker's language as the platform knows it (Discord's `locale`, e.g. "tr"): decides when the question does not. */
  hint?: string;
  /**
   * False: never read as small talk. For a question that points back at the
   * one before it ("what is that?" after a question: not "what is this bot?").
   */
  smalltalk?: boolean;
  /** True: rank the text as one question (see RankOptions.oneQuestion), for readings made by the conversation code. */
  oneQuestion?: boolean;
  /** A fact never to answer with (its id): a reading whose best fact the conversation code has ruled out, for the next. */
  exclude?: string;
}

/**
 * Where a calibration made earlier for the same knowledge can be kept
 * (calibration asks the knowledge thousands of questions; a CLI run should
 * not do that every time). Keys name the knowledge, the engine code and the
 * target; see src/engine/calibration-cache.ts.
 */
export interface CalibrationCache {
  get(knowledge: Knowledge, target: number): Calibration | undefined;
  set(knowledge: Knowledge, target: number, calibration: Calibration): void;
}

export interface KnowledgeBaseOptions {
  /** The share of answers allowed to be wrong (default CALIBRATION.maxWrongShare; ANSWER_MAX_WRONG). */
  maxWrongShare?: number;
  cache?: CalibrationCache;
}

/** Builds the indexes for loaded knowledge and calibrates its answer threshold (once per load). */
export function createKnowledgeBase(knowledge: Knowledge, options: KnowledgeBaseOptions = {}): KnowledgeBase {
  const target = options.maxWrongShare ?? CALIBRATION.maxWrongShare;
  // Maintainers' out-of-scope questions calibrate the index of their own language.
  const outOfScope = knowledge.outOfScope ?? [];
  const english = calibrated(buildIndex(knowledge), knowledge, target, options.cache, outOfScope.filter((q) => detectLanguage(q) === 'en'), () => buildIndex(withOneQuestionFewer(knowledge)));
  const view = turkishView(knowledge);
  if (!view) return english;
  const profile = turkishWithNames(turkishNames(view.facts.flatMap((f) => [f.answer, ...f.questions])));
  // (English words written into Turkish questions are read through the English index: borrowed.ts.)
  const borrowing = (index: SearchIndex) => Object.assign(index, { borrow: borrowedWords(english, index) });
  const turkish = calibrated(borrowing(buildIndex(view, profile)), view, target, options.cache, outOfScope.filter((q) => detectLanguage(q) === 'tr'), () => borrowing(buildIndex(withOneQuestionFewer(view), profile)));
  return Object.assign(english, { turkish });
}

/** Calibrates an index (or takes the cached calibration made for the same knowledge, code and target). */
function calibrated(index: SearchIndex, knowledge: Knowledge, target: number, cache: CalibrationCache | undefined, outOfScope: readonly string[], fewer: () => SearchIndex): LanguageIndex {
  let calibration = cache?.get(knowledge, target);
  if (!calibration) {
    calibration = calibrate(index, { maxWrongShare: target, outOfScope, fewer });
    cache?.set(knowledge, target, calibration);
  }
  // The same object, not a copy: scratch space and caches are keyed by it.
  return Object.assign(index, { calibration, outOfScope: outOfScopeQuestions(index, outOfScope) });
}

/**
 * The knowledge as the Turkish index reads it, or null when no fact has
 * Turkish texts: each fact's Turkish answer and questions where it has
 * them, its English ones otherwise (a Turkish question may still name what
 * only they say, "BYD", "Beylikova"; the reply then says the answer is in
 * English). Tags are English ids and are left out of Turkish facts; keywords
 * (mostly names) stay. Synonyms are the Turkish groups (`synonyms_tr:`): the
 * English groups are English words ("ev" is an electric vehicle there, a
 * house in Turkish). Its own fingerprint keeps its calibration apart in the
 * cache.
 */
function turkishView(knowledge: Knowledge): Knowledge | null {
  if (!knowledge.facts.some((f) => f.tr)) return null;
  return {
    ...knowledge,
    facts: knowledge.facts.map((f) => (f.tr ? { ...f, answer: f.tr.answer, questions: f.tr.questions, tags: [] } : f)),
    synonyms: knowledge.synonymsTr ?? [],
    fingerprint: `${knowledge.fingerprint}:tr`,
  };
}

/**
 * The part of a message read as its question (see rankReading): the question
 * after a remark or after sentences of context, before words added after it,
 * the clause that asks, else the whole. A conversation remembers it, so that a
 * follow-up reads on from the question, not from "Sorry, total newbie here."
 */
export function questionRead(question: string, kb: KnowledgeBase, language?: string): string {
  const cleaned = cleanInput(question);
  // Most messages have no other reading: the whole, without ranking it again.
  if (otherReadings(cleaned).every((r) => r === null) && clausesOf(cleaned).length === 0) return cleaned;
  const index: LanguageIndex = language === 'tr' && kb.turkish ? kb.turkish : kb;
  return rankReading(cleaned, index).read;
}

/** Whether the best fact was found as one of its own stored questions, word for word (after normalising). */
export const askedAsStored = (top: { question: number }): boolean => top.question >= 1 - 1e-9;

/**
 * Answers a question from the knowledge. Never throws; every input gets a
 * Reply. A question in Turkish (see detectLanguage) is answered from the
 * Turkish index, in the bot's Turkish words, when the knowledge has them.
 */
export function answer(rawQuestion: string, kb: KnowledgeBase, options: AnswerOptions = {}): Reply {
  const question = cleanInput(rawQuestion);
  // (The evidence read once: the language, and below whether no word tells it.)
  const evidence = speaks(kb) ? languageEvidence(question) : null;
  let language = evidence ? languageOf(evidence, options.hint) : 'en';
  let words = botWords(kb, language);
  if (!/[\p{L}\p{N}]/u.test(question)) {
    return withLanguage({ kind: 'none', reason: 'empty', question, answer: words.empty, confidence: 0, related: [], suggestions: words.examples.slice(0, SEARCH.maxSuggestions) }, language);
  }

  const intent = options.smalltalk === false ? null : matchSmalltalk(question, kb, language);
  if (intent) return intent;
  // A greeting, thanks or goodbye that no intent of the knowledge knows asks nothing (social.ts): no fact for it.
  if (options.smalltalk !== false && onlySocial(question)) {
    return withLanguage({ kind: 'none', reason: 'empty', question, answer: words.empty, confidence: 0, related: [], suggestions: words.examples.slice(0, SEARCH.maxSuggestions) }, language);
  }

  // Turkish questions go to the Turkish index (when no fact has Turkish texts, to the English one: the bot's words are still Turkish).
  let index: LanguageIndex = language === 'tr' && kb.turkish ? kb.turkish : kb;
  // (Each index numbers the facts it has: the one excluded is looked up in the index ranked.)
  const rankOptions = (ix: LanguageIndex): RankOptions => {
    const excluded = options.exclude === undefined ? undefined : ix.byId.get(options.exclude);
    return { ...(options.oneQuestion ? { oneQuestion: true } : {}), ...(excluded === undefined ? {} : { exclude: excluded }) };
  };
  let ranked = rankCleaned(question, index, SEARCH.maxSuggestions + 1, rankOptions(index));
  // A message no word of which speaks for a language ("rafineri maliyeti", "beylikova rezerv miktarı": nouns typed as
  // keywords) is read in both, and answered in the one where its best fact is surer (on each index's calibrated
  // scale), when it has a word only the other index knows ("maliyet"): names alone ("byd?") stay English. Not with a
  // hint (a Discord locale, or a follow-up read as Turkish): the caller has said which.
  const other: LanguageIndex | undefined = kb.turkish && (index === kb ? kb.turkish : kb);
  if (other && evidence && options.hint === undefined && languageUnknown(evidence) && wordOfOnly(question, other, index)) {
    const otherRanked = rankCleaned(question, other, SEARCH.maxSuggestions + 1, rankOptions(other));
    if (calibratedConfidence(decisionValue(otherRanked, other.calibration.runnerUpWeight), other.calibration) > calibratedConfidence(decisionValue(ranked, index.calibration.runnerUpWeight), index.calibration)) {
      index = other;
      ranked = otherRanked;
      language = other === kb ? 'en' : 'tr';
      words = botWords(kb, language);
    }
  }
  const top = ranked[0];
  const value = decisionValue(ranked, index.calibration.runnerUpWeight);
  const confidence = calibratedConfidence(value, index.calibration);
  // A question the maintainers marked out of scope (or a new wording of one) is declined however well a fact scores;
  // so is "which city …?" when the fact names no city ("in Kazakhstan"), "what date …?" when it gives no day ("in
  // October"), "since when?" and "how far from …?" when it gives no beginning or distance: on the topic, but no answer
  // to what was asked (unless the question is one the maintainers stored for that fact: their answer to it stands);
  // and a question about a name's something ("Çin'in rezervi") when the fact never names it (owners.ts).
  const fact = top === undefined ? -1 : index.byId.get(top.factId)!;
  if (
    top &&
    value >= index.calibration.threshold &&
    !markedOutOfScope(closestOutOfScope(index, index.outOfScope, question), top.question) &&
    (askedAsStored(top) || lackedKind(question, index.facts[fact]!.answer) === null) &&
    missingOwner(index, question, fact) === null
  ) {
    return factReply(fact, index, question, confidence, language);
  }
  const suggestions = ranked
    .filter((r) => r.score >= SEARCH.suggestThreshold)
    .slice(0, SEARCH.maxSuggestions)
    .map((r) => index.facts[index.byId.get(r.factId)!]!.questions[0]!);
  const none: NoneReply = {
    kind: 'none',
    reason: 'no-match',
    question,
    answer: `${words.noMatch} ${REPLY_WORDS[words.language].canAnswer(words.topic)}`,
    confidence,
    related: [],
    suggestions: suggestions.length > 0 ? suggestions : words.examples.slice(0, SEARCH.maxSuggestions),
  };
  return withLanguage(none, language);
}

/** Whether some word of a question is a term of index `a` and none of index `b` ("maliyet" in Turkish, not in English). */
function wordOfOnly(question: string, a: LanguageIndex, b: LanguageIndex): boolean {
  const known = (index: LanguageIndex, word: string) => index.analyzer.queryTerms(word).some((term) => index.termIds.has(term));
  return words(question).some((word) => known(a, word) && !known(b, word));
}

/** Whether the knowledge speaks Turkish at all (facts or the bot's words); if not, every question is read as English, as before. */
function speaks(kb: KnowledgeBase): boolean {
  return kb.turkish !== undefined || kb.knowledge.bot.tr !== undefined;
}

/** The bot's own words in a language: Turkish ones where the knowledge has them, else English (and which they are). */
function botWords(kb: KnowledgeBase, language: Language): { topic: string; examples: readonly string[]; empty: string; noMatch: string; language: Language } {
  const bot = kb.knowledge.bot;
  return language === 'tr' && bot.tr ? { ...bot.tr, language: 'tr' } : { ...bot, language: 'en' };
}

/** Marks a reply as being in Turkish; English replies stay as they always were (no field: English). */
function withLanguage<R extends Reply>(reply: R, language: Language): R {
  if (language !== 'en') reply.language = language;
  return reply;
}

/**
 * The reply for a known fact id (a "related question" button), or null if
 * the id is unknown; in Turkish when `hint` names Turkish (the language of
 * the reply the button was on, or the asker's locale) and the knowledge has it.
 */
export function answerFact(factId: string, kb: KnowledgeBase, hint?: string): FactReply | null {
  const language = speaks(kb) ? (hintLanguage(hint) ?? 'en') : 'en';
  const index: LanguageIndex = language === 'tr' && kb.turkish ? kb.turkish : kb;
  const i = index.byId.get(factId);
  if (i === undefined) return null;
  return factReply(i, index, index.facts[i]!.questions[0]!, 1, language);
}

/**
 * The reply to a message asking what the bot is or where its knowledge comes from (see asksAboutTheBot): the
 * maintainers' "sources" intent for the second when they wrote one, else their "capabilities" intent (who the bot is
 * and what it knows), else the help reply.
 */
function aboutTheBot(kb: KnowledgeBase, question: string, language: Language, asks: AboutTheBot['asks']): SmalltalkReply {
  const intents = kb.knowledge.intents;
  const it = (asks === 'source' ? intents.find((i) => i.id === 'sources') : undefined) ?? intents.find((i) => i.id === 'capabilities');
  if (!it) return { ...helpReply(kb, language), question };
  return intentReply(it, question, language, botWords(kb, language).examples.slice(0, SEARCH.maxSuggestions));
}

/** A small-talk intent's reply to `question`, in `language` when the intent has it. */
function intentReply(it: SmalltalkIntent, question: string, language: Language, suggestions: string[]): SmalltalkReply {
  const answer = language === 'tr' ? (it.reply_tr ?? it.reply) : it.reply;
  return withLanguage({ kind: 'smalltalk', intent: it.id, question, answer, confidence: 1, related: [], suggestions }, language);
}

/** What the bot knows and how to ask: the "help" intent, with examples (in Turkish when `hint` names Turkish and the knowledge has it). */
export function helpReply(kb: KnowledgeBase, hint?: string): SmalltalkReply {
  const language = speaks(kb) ? (hintLanguage(hint) ?? 'en') : 'en';
  const words = botWords(kb, language);
  const help = kb.knowledge.intents.find((i) => i.id === 'help');
  const text = language === 'tr' ? (help?.reply_tr ?? help?.reply) : help?.reply;
  return withLanguage(
    {
      kind: 'smalltalk',
      intent: 'help',
      question: 'help',
      answer: text ?? `I answer questions about ${words.topic}.`,
      confidence: 1,
      related: [],
      suggestions: words.examples.slice(0, SEARCH.maxSuggestions),
    },
    language,
  );
}

function sourceOf(fact: LoadedFact, kb: SearchIndex): SourceInfo {
  const s = kb.knowledge.sources.get(fact.citation.source);
  const info: SourceInfo = {
    id: fact.citation.source,
    title: s?.title ?? fact.citation.source,
    description: s?.description ?? '',
    paragraphs: [...fact.citation.paragraphs],
  };
  if (s?.url) info.url = s.url;
  return info;
}

/**
 * A fact's reply from the index of `language`. The Turkish index holds a
 * fact's Turkish answer where it has one; one without is answered in
 * English, after one line in the asker's language saying so.
 */
function factReply(i: number, kb: SearchIndex, question: string, confidence: number, language: Language = 'en'): FactReply {
  const fact = kb.facts[i]!;
  const englishOnly = language !== 'en' && !fact.tr;
  return withLanguage(
    {
      kind: 'fact',
      question,
      answer: englishOnly ? `${REPLY_WORDS[language].englishOnly}\n${fact.answer}` : fact.answer,
      factId: fact.id,
      confidence,
      source: sourceOf(fact, kb),
      related: relatedOf(i, kb),
      suggestions: [],
    },
    language,
  );
}

/** Nearest-neighbour related facts per knowledge base, worked out on first use (most facts are never asked about). */
const neighbourCache = new WeakMap<SearchIndex, Map<number, number[]>>();

/** Follow-ups: the fact's own `related` list, else its nearest neighbours. */
function relatedOf(i: number, kb: SearchIndex): RelatedQuestion[] {
  const fact = kb.facts[i]!;
  let ids = fact.related.map((id) => kb.byId.get(id)).filter((x): x is number => x !== undefined);
  if (ids.length === 0) {
    let cache = neighbourCache.get(kb);
    if (!cache) neighbourCache.set(kb, (cache = new Map()));
    let near = cache.get(i);
    if (!near) {
      const probe = cleanInput([fact.questions[0] ?? '', ...fact.keywords].join(' '));
      near = rank(probe, kb, SEARCH.maxRelated, { exclude: i }).map((r) => kb.byId.get(r.factId)!);
      cache.set(i, near);
    }
    ids = near;
  }
  return ids.slice(0, SEARCH.maxRelated).map((j) => ({ id: kb.facts[j]!.id, question: kb.facts[j]!.questions[0]! }));
}

/**
 * Words that frame a request politely without changing it: "can you help me?", "could u pls help", "help me
 * please". Small talk is matched without them when the message as typed matches nothing.
 */
const POLITE_FRAME = new Set(['can', 'could', 'would', 'will', 'you', 'ya', 'me', 'please', 'just', 'hey', 'so', 'ok', 'okay', 'um', 'lol', 'kindly', 'maybe']);

/** A whole message that is small talk ("hi", "thx!", "what can you do", "merhaba"), give or take a typo; the Turkish reply for a Turkish message when the intent has one. */
function matchSmalltalk(question: string, kb: KnowledgeBase, asked: Language): SmalltalkReply | null {
  let language = asked;
  // "hello factbot", "@factbot thanks": the bot's name (in either language) does not change the intent.
  const key = smalltalkKey(question, kb.smalltalkNames);
  if (!key || key.length > 60) return null;
  let intent: number | undefined;
  let matched = key;
  const near = (k: string): boolean => {
    intent = kb.smalltalk.get(k);
    matched = k;
    if (intent !== undefined) return true;
    const nearest = nearestWithin(k, kb.smalltalkKeys, kb.smalltalkBags, Math.floor(k.length / SEARCH.smalltalkEditsPer));
    if (nearest < 0) return false;
    matched = kb.smalltalkKeys[nearest]!;
    intent = kb.smalltalk.get(matched);
    return intent !== undefined;
  };
  // As typed; then with chat spellings written out ("who r u" is "who are you", "thanksss" is "thanks"); then without the polite frame
  // around it ("can you help me", "pls help" are "help me", "help"), exactly: a shorter message is nearer everything.
  const spelledWords = unstretched(key.split(' '), () => true).map((w) => CHAT_WORDS.get(w) ?? w);
  const spelled = spelledWords.join(' ');
  const bare = spelledWords.filter((w) => !POLITE_FRAME.has(w)).join(' ');
  // A stretched letter written once or twice ("byeee" is "bye", "helllooo" is one typo from "hello").
  const twice = stretchedWritten(key, 2);
  const found =
    near(key) || (spelled !== key && near(spelled)) || (twice !== null && near(twice)) || (bare !== spelled && kb.smalltalk.has(bare) && near(bare));
  if (!found || intent === undefined) {
    // A wording of "are you a bot?" the maintainers did not list is still about the bot, never a fact's question.
    // (Read with the bot's names kept: "bot" may be one of them, and "are you a bot" is the question.)
    const about = asksAboutTheBot(
      questionKey(question)
        .split(' ')
        .map((w) => CHAT_WORDS.get(w) ?? w)
        .join(' '),
    );
    return about === null ? null : aboutTheBot(kb, question, speaks(kb) && about.language === 'tr' ? 'tr' : asked, about.asks);
  }
  const it = kb.knowledge.intents[intent]!;
  // A Turkish pattern answered in Turkish ("yardım", "sağ ol": too few words for detectLanguage to tell).
  if (speaks(kb) && kb.smalltalkTurkish.has(matched)) language = 'tr';
  const examples = botWords(kb, language).examples;
  return intentReply(it, question, language, it.id === 'help' || it.id === 'capabilities' || it.id === 'greeting' ? examples.slice(0, SEARCH.maxSuggestions) : []);
}
