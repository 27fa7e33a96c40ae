/**
 * Follow-up questions read in context (issue 16): "and when?", "why?", "who
 * else?", "what about Chery?", "is it confirmed?" do not stand on their own;
 * they are read together with the last question the conversation got a fact
 * answer to, and the reply says how ("Reading this as: …") so that a wrong
 * reading is visible. Pure: the conversation's memory is the caller's
 * (src/conversation/store.ts, src/bot.ts).
 *
 * The one promise this module keeps above all: **a question that stands on
 * its own is never changed by context.** It holds by construction:
 *
 * - a question is read in context only when it has the *shape* of a
 *   follow-up ({@link followupShape}): nothing of its own to ask about
 *   ("and when?", "why?", "is it confirmed?"); a leading "and / what about /
 *   how about" with a few words and no verb ("and SAIC?"); a pronoun ("when
 *   will it open?"); or a few words with no question form ("military too?");
 * - of these, only a bare follow-up (nothing of its own: "and when?" alone
 *   gets the deposit's discovery date) and an "and …" continuation (by its
 *   grammar the rest of the question before; answered in context only as a
 *   whole swapped question) are read in context when the question alone is
 *   answered; and, as whole questions only, "he"/"she" with no name before
 *   it, a fragment that adds ("batteries too?"), and "it"/"that" after at most
 *   one word of the question's own when the whole reading gets the fact just given
 *   more surely than the words alone get theirs. The others ("What about Xi
 *   Jinping?" is a stored question) are then answered alone;
 * - small talk, help and empty input never are.
 *
 * Every other question gets exactly the reply it gets alone, with no reading
 * line; tests/followup.test.ts checks with fast-check that no stored
 * question and no eval question answered alone has a follow-up's shape, so
 * none of them can be changed by any previous question.
 */
import { isIrregularVerbForm } from '../text/irregular.ts';
import { answer, answerFact, factHasTerm, questionRead, rank, type KnowledgeBase } from '../engine/answer.ts';
import { CONVERSATION, SEARCH } from '../config.ts';
import { confidenceLabel, readAs, REPLY_WORDS, type Reply } from '../reply.ts';
import { detectLanguage } from '../text/language.ts';
import { answerTurkishInContext, pointsBackInTurkishChat, turkishFollowupShape } from './followup-tr.ts';
import { personsIn } from './persons.ts';
import { answerLists, namesOnlyAsException } from '../text/lists.ts';
import { answerNamesCity, asksForCity, isBiggerThanCity, isMonthOrDay } from '../text/places.ts';
import { CHAT_FILLER, CHAT_WORDS, STOP_WORDS, aboutIdiomAt, answerType, answerTypesSupported, cleanInput, fold, isStopWordTypo, stem, stretchedWritten } from '../text/normalize.ts';

/** The factId of a previous turn that was declined: no fact was given, so no rule about "the fact just given" applies. */
export const NO_FACT = '';

/** What a conversation remembers of its last question: answered, or declined near the topic (see contextOf). */
export interface PreviousTurn {
  /**
   * The question the last fact answer answered (or the declined question), as read: what the person
   * typed, or the reading of a follow-up when that was a whole question
   * ("when is the delegation to China?"), so that follow-ups can chain.
   */
  question: string;
  /** The fact it was answered with; NO_FACT ("") when it was declined (see contextOf). */
  factId: string;
}

/** How a question relates to the conversation before it. */
export type FollowupShape =
  /** Stands on its own: never read in context. */
  | { kind: 'standalone' }
  /** Nothing of its own to ask about: a question word, a pronoun, "else", "really" ("and when?", "who else?", "is it confirmed?"). */
  | { kind: 'bare'; wh: string[] }
  /** "and SAIC?", "what about Chery?", "how about the refinery?": something else in the previous question's place. */
  | {
      kind: 'swap';
      subject: Token[];
      modifier: boolean;
      /**
       * Led by "and" ("and SAIC?"): a continuation by its grammar, read in context even when answered alone
       * (when a whole swapped reading is answered). "what about X?" opens a topic as often as it continues one
       * (the knowledge stores "What about Xi Jinping?"): read in context only when not answered alone.
       */
      continues: boolean;
    }
  /** A question of its own that points back with a pronoun ("when will it be built?"): read in context only when not answered alone. */
  | { kind: 'pronoun' }
  /**
   * A few words and no question form ("including finished cars?", "military
   * too?"): read in context only when not answered alone, and answered alone
   * again (declined without a reading) when no reading is answered, since it
   * may be a question of its own.
   */
  | { kind: 'fragment' }
  /**
   * A whole question whose words go on from the one before: whose word the answer is ("says who?"), "and" before its
   * question word ("and when's first production?"), "which one(s)" picking among what was just answered ("which one is
   * China's?"), or a yes/no question ending in "too" or "as well" ("is the chinese side silent too?"). Read in context
   * as `continuedInContext` says (most only when declined alone).
   */
  | { kind: 'continued'; how: 'source' | 'and' | 'which-one' | 'as-well' };

/** A word as typed (`text`) and as compared (`key`: folded, apostrophes and "'s" dropped). */
export interface Token {
  text: string;
  key: string;
}

/** The reply to a question read in context: the engine's reply, with `readingAs` when it was read as a follow-up. */
export type ContextReply = Reply;

/** What answering in context produced: the reply, and what the conversation remembers next. */
export interface ContextAnswer {
  reply: ContextReply;
  /** The turn to remember when the reply is a fact answer (else the previous one stays). */
  remember: PreviousTurn | null;
}

// ---- Words -----------------------------------------------------------------------------------

const WH = new Set(['who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how', 'whos', 'wheres', 'whens', 'hows', 'whys', 'whats', 'wat', 'wot', 'wut', 'wen', 'wher', 'hw', 'whod', 'whatd', 'whered', 'howd', 'whyd']);
/** Question words that ask about the circumstances of the same event; they take another's place without touching its subject. */
const ADVERBIAL_WH = new Set(['when', 'where', 'why', 'how', 'whens', 'wheres', 'whys', 'hows', 'wen', 'wher', 'whered', 'howd', 'whyd']);
/**
 * After "how", the words that ask for an amount, a size or a time about
 * whatever was said before ("how much?", "how big?", "how long?"): part of
 * the question word. A word naming a property of its own ("how pure?", "how
 * expensive?") is a word of the question's own: such a question is read
 * alone ("how pure" is an eval question answered alone with the purity goal).
 */
const HOW_WORDS = new Set(['much', 'many', 'big', 'large', 'small', 'long', 'far', 'soon', 'old', 'high', 'often', 'come', 'sure']);
/** After "what" or "which", words that only name the kind of answer asked ("what year?", "which city?", "which company?"). */
const WHAT_WORDS = new Set(['year', 'month', 'date', 'day', 'time', 'country', 'city', 'place', 'region', 'province', 'kind', 'type', 'sort', 'part', 'one', 'ones', 'kinds', 'types', 'sorts', 'parts', 'years', 'months', 'dates', 'days', 'countries', 'cities', 'places', 'regions', 'company', 'companies', 'firm', 'firms']);
const AUX = new Set([
  'is', 'are', 'was', 'were', 'am', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'has', 'have', 'had',
  'isnt', 'arent', 'wasnt', 'werent', 'dont', 'doesnt', 'didnt', 'wont', 'wouldnt', 'cant', 'couldnt', 'shouldnt', 'hasnt', 'havent', 'hadnt',
]);
const COPULA = new Set(['is', 'are', 'was', 'were', 'isnt', 'arent', 'wasnt', 'werent']);
/** Words pointing back at something said before. */
const PRONOUNS = new Set(['it', 'its', 'they', 'them', 'their', 'theirs', 'he', 'him', 'his', 'she', 'her', 'hers', 'this', 'that', 'these', 'those', 'itll', 'theyll', 'theyre', 'thats', 'one', 'ones']);
/** Pronouns run together with a verb, as chat types them: a clause of its own ("and they're building in turkey?"), no swap. */
const WITH_VERB = new Set(['theyre', 'theyll', 'itll', 'thats']);
/** "this", "that", "these", "those": before a noun, a determiner. */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
/** Time words after a demonstrative that make a phrase of their own ("these days", "this year", "at that time"), not a pronoun. */
const TIME_AFTER = new Set([
  'day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'decade', 'century', 'time', 'times', 'morning', 'afternoon',
  'evening', 'night', 'season', 'spring', 'summer', 'autumn', 'fall', 'winter', 'moment', 'point', 'stage', 'quarter', 'era',
]);
/** Words asking for something besides what was answered ("who else?", "any other?"): never answered with the same fact again. */
const OTHER = new Set(['else', 'other', 'others', 'another', 'besides']);
/**
 * Words a follow-up adds without naming a subject of its own ("who else?",
 * "is it confirmed?", "really?", "any more?"). Kept small on purpose: a word
 * here makes a question count as having nothing of its own to ask about.
 */
const GENERIC = new Set(['else', 'more', 'other', 'others', 'another', 'again', 'instead', 'too', 'really', 'sure', 'true', 'confirmed', 'confirm', 'official', 'certain', 'definite', 'besides', 'exactly', 'yet', 'known', 'mean', 'reason']);
/** Words that may open a follow-up before what it asks ("and when?", "so why?", "ok and who else?"). */
// Interjections and thanks before a follow-up ("thx! and how big?", "wow, why?") lead it as "and" does (and CHAT_FILLER: "sorry, when?");
// not "wait", "great", "nice": words of questions and names ("wait times", "Great Wall").
const LEAD = new Set(['and', 'n', 'but', 'so', 'also', 'ok', 'okay', 'oh', 'ah', 'well', 'then', 'plus', 'or', 'alright', 'right', 'hmm', 'hm', 'um',
  'thx', 'thanks', 'ty', 'wow', 'lol', 'haha', 'yeah', 'yep', 'huh', 'hmmm', 'ooh', 'interesting', 'gotcha', 'cool']);
/** Greetings and ways of addressing the bot or the channel before a follow-up ("hey bot, and when?", "guys why?"). */
const ADDRESS = new Set(['hey', 'hi', 'hello', 'hiya', 'yo', 'guys', 'folks', 'everyone', 'yall', 'bot', 'factbot', 'bro', 'bruh', 'dude', 'mate', 'fam', 'please', 'pls', 'plz', 'omg', 'btw']);
/** Mentions typed as plain text at the start ("@factbot and when?"). */
const TYPED_MENTION = /^\s*(?:@[\p{L}\p{N}_.-]+[\s,:]*)+/u;
/**
 * Words that lead a follow-up only when punctuation sets them apart ("wait, when?", "great! why?", "got it. and
 * who?"): without it they are words of the question ("wait times", "Great Wall").
 */
const INTERJECTION = /^\s*(?:wait|great|good|fine|nice|awesome|perfect|got it|i see|makes sense|no way|understood|noted|thank you)\s*[,!.:;…]+\s*/iu;
/** A question's words without a mention typed as text or an interjection before it ("@factbot great! and why?"). */
function ownTokens(question: string): Token[] {
  return tokens(question.replace(TYPED_MENTION, '').replace(INTERJECTION, ''));
}
/** Words that add a fragment to what was asked before ("batteries too?", "including cars?"). */
const ADDITIVE = new Set(['too', 'also', 'including', 'incl', 'either', 'aswell']);
/** A fragment that gives an example of what was asked ("like BYD?", "such as Chery?", "for example SAIC?"): it adds to it. */
function givesExample(question: string): boolean {
  const ts = tokens(question);
  const i = ts.findIndex((t) => !LEAD.has(t.key));
  const [a, b] = [ts[i]?.key, ts[i + 1]?.key];
  return a === 'like' || a === 'eg' || (a === 'such' && b === 'as') || (a === 'for' && (b === 'example' || b === 'instance'));
}
/** Connectors that put something in the previous question's place ("and SAIC?"); "so" and "but" open questions of their own too often. */
const SWAP_LEAD = new Set(['and', 'n', 'or', 'plus']); // ('n': "and" as typed in chat, "n chery?")
/** Articles kept out of what is swapped in ("and the refinery?" swaps "refinery"). */
const ARTICLES = new Set(['the', 'a', 'an']);
/** Most words "and …" / "what about …" may have and still be a swap (more is a question of its own). */
const MAX_SWAP_WORDS = 4;
/**
 * The confidence of a follow-up answered with the fact just given on the
 * conversation's evidence (its readings came close but not to the threshold):
 * the threshold itself, which the calibrated scale puts at 0.5.
 */
const CONVERSATION_EVIDENCE_CONFIDENCE = 0.5;
/** A whole message asking whose word the answer just given is ("says who?", "who says so?", "source?", "according to whom?"). */
const SOURCE_ASKED = /^(?:(?:and|but|ok|so)\s+)?(?:says who|who says(?: so| that)?|who said(?: so| that)?|sources?|according to whom?|whose claim(?: is that)?|says whom)\s*[?!.]*$/i;
/** An answer that says whose word it gives. */
const ATTRIBUTES = /\b(?:according to|says|said|sees|calls|describes|cited|quoted)\b/i;
/**
 * Wording that speaks to what a follow-up asks beyond the answer types the
 * engine reads: the question word itself, if only to say the report does not
 * tell ("does not say who the other party to the deal is" answers "with
 * who?"), and a nationality for "where … from?" ("a Chinese company"). Only
 * here, for follow-ups: in ranking, any answer with "who" in it would escape
 * the penalty for a fact that cannot name anyone (the suite's 3-phrasing
 * curated set lost 2 points that way).
 */
/** A nationality ("Chinese", "Turkish"): where something is from. */
const NATIONALITY = /\b\p{Lu}\p{Ll}+(?:ese|ish|ian|can|ean)\b/gu;
const SAYS_WHAT_IS_ASKED: Partial<Record<NonNullable<ReturnType<typeof answerType>>, RegExp>> = {
  who: /\bwho(?:m|se)?\b/i,
  // "where is it from?" after "is BYD the biggest EV maker?": "a Chinese company" says where (only "from": see answerInContext).
  where: new RegExp(NATIONALITY.source, 'u'),
};
/** A capitalised name after a preposition: a place an answer names ("in Kazakhstan", "at Beylikova"). */
const NAMED_PLACE = /\b(?:in|at|near|from|into|to|of)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*)/gu;
/**
 * Whether `answer` names a place none of `told` (the comparison keys of the
 * words of both questions) names: "where exactly?" or "which city?" after "is
 * BYD building a plant in Turkey?" asks for more than "in Turkey", so a fact
 * that says only that is not its answer. A nationality ("a Chinese company")
 * counts only for where something is from (`origin`). An answer naming no
 * place by name ("close to the border") passes: the test is only for a place
 * said again.
 */
function namesNewPlace(answer: string, told: ReadonlySet<string>, origin: boolean): boolean {
  const names = [...answer.matchAll(NAMED_PLACE)].map((m) => m[1]!);
  if (origin) names.push(...[...answer.matchAll(NATIONALITY)].map((m) => m[0]));
  const places = names.map((n) => tokens(n)[0]?.key).filter((k): k is string => k !== undefined);
  return places.length === 0 || places.some((k) => !told.has(k));
}
/** Longest reading shown; a longer one is cut with an ellipsis (the previous question is at most 500 characters). */
const MAX_READING_CHARS = 300;

/** The words of a question as typed, with their comparison keys. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu)) {
    let surface = m[0].replace(/[.'’-]+$/u, '');
    let key = fold(surface)
      .replace(/['’]s$/u, '')
      .replace(/[^\p{L}\p{N}]/gu, '');
    // A question word stretched for emphasis ("and whennn?", "whyyy"): the word.
    const once = stretchedWritten(key, 1);
    if (once !== null && isFunctionWord(once)) surface = key = once;
    // A question word as chat shortens it ("but y tho", "wen?"): the word, in the reading too, where the engine reads
    // "y" as no question word.
    const spelled = SHORT_WH[key] ?? swappedFunctionWord(key);
    if (spelled !== undefined) surface = key = spelled;
    // "the us", "the uk": after an article, the country, not the pronoun ("what about the us, does it have …?" names
    // its topic before "it").
    if ((key === 'us' || key === 'uk') && out.at(-1)?.key === 'the') key = `${key}a`;
    if (key) out.push({ text: surface, key });
  }
  return out;
}

/**
 * "whats his name?", "and the guy's name?": asks who he is ("who is he?"), and "he" is then read as any pronoun is.
 * As typed, "name" would be swapped for a word of the question before ("energy minister" → "energy name").
 */
export function nameAskedAsWho(question: string): string {
  const m = NAME_ASKED.exec(question);
  if (!m) return question;
  const pronoun = /^her\b/iu.test(m[2]!) ? 'she' : /^their\b/iu.test(m[2]!) ? 'they' : 'he';
  return `${m[1]!}who ${pronoun === 'they' ? 'are' : 'is'} ${pronoun}?`;
}
/** Words that lead a rewritten follow-up ("and", "ok so", "wait,"), kept as typed before the rewritten question. */
const REWRITE_LEAD = String.raw`^(\s*(?:(?:and|n|ok|okay|so|but|also|sorry|wait|um|hmm)\b[\s,.!:-]*)*)`;
const NAME_ASKED = new RegExp(
  REWRITE_LEAD +
    String.raw`(?:(?:what(?:['’]?s| is| was| are| were)|whats|wats|wuts)\s+)?((?:his|her|their|(?:the|that|this)\s+(?:guy|man|woman|lady|person|bloke|dude|minister|president)['’]s|(?:the|that|this)\s+(?:guy|man|woman|lady|person|bloke|dude)['’]?s)\s+(?:full\s+|actual\s+|real\s+)?names?)\s*(?:again|tho|though|pls|please|lol)?\s*[?!.]*\s*$`,
  'iu',
);

/**
 * A question word after its pronoun and verb, as chat asks back ("and he's who exactly?", "it's where?"): in the
 * question's order ("and who is he exactly?"), which the readings are built on.
 */
export function echoAsQuestion(question: string): string {
  const m = ECHO.exec(question);
  if (!m) return question;
  const verb = /^(?:['’]re|\s+are)$/iu.test(m[3]!) ? 'are' : /^\s+was$/iu.test(m[3]!) ? 'was' : 'is';
  return `${m[1]!}${m[4]!.toLowerCase()} ${verb} ${m[2]!}${m[5] ?? ''}?`;
}
const ECHO = new RegExp(
  REWRITE_LEAD + String.raw`(he|she|it|that|they)(['’]s|['’]re|\s+is|\s+are|\s+was)\s+(who|what|where|when)\b(\s+(?:exactly|again|now|then|tho|though))?\s*[?!.]*\s*$`,
  'iu',
);

/**
 * "sorry i meant which elements, not how much": a correction of the question before asks what it says was meant, as a
 * follow-up of its own ("which elements?"); the words saying so, and what was not meant after a comma, are none of it.
 * As typed when nothing is left.
 */
export function correctionOf(question: string): string {
  const m = CORRECTION.exec(question);
  if (!m) return question;
  const meant = m[1]!.replace(NOT_MEANT, '').trim();
  return meant.length > 0 ? meant : question;
}
const CORRECTION = /^\s*(?:(?:sorry|soz|sry|oops|my bad|no|nah|wait)\b[\s,.!-]*)*i meant\s+(.+)$/iu;
const NOT_MEANT = /\s*,\s*not\s+[^,?!.]+[?!.]*\s*$/iu;

/**
 * "signed with who tho, the govt?", "with who, the govt or some company?": a question word's follow-up with a guess at
 * its answer after a comma; the guess is no word of what is asked ("govt" would be read as the question's topic and
 * make it a question of its own). Read without it, but only when what is left is a follow-up: a question of its own
 * ("who is the energy minister, bayraktar?") is answered exactly as typed.
 */
export function withoutGuess(question: string): string {
  const m = GUESS.exec(question);
  // (Not a second question word's phrase: "where exactly, which city?" asks which city.)
  const guess = m ? tokens(m[2]!) : [];
  if (!m || guess.filter((t) => t.key !== 'or').length > MAX_GUESS_WORDS || guess.some((t) => WH.has(t.key) || AUX.has(t.key))) return question;
  const asked = `${m[1]!.trimEnd()}?`;
  return followupShape(asked).kind === 'standalone' ? question : asked;
}
const GUESS = /^(.*\b(?:who|whom|what|which|where|when|wen|wher)\b[^,]*),\s*((?:(?:the|a|an|some|or|maybe|like)\s+)*[\p{L}\p{N}'’.&-]+(?:\s+[\p{L}\p{N}'’.&-]+)*)\s*[?!]+\s*$/iu;
/** Words of a guess at most ("the govt or some company": 4). */
const MAX_GUESS_WORDS = 4;

/** Question words as chat shortens them. */
const SHORT_WH: Readonly<Record<string, string>> = { y: 'why', wen: 'when', wher: 'where', wut: 'what', wat: 'what', wot: 'what' };

/**
 * A common pronoun or question word of four letters or more (those listed) typed with two neighbouring letters
 * swapped, as on a phone ("when was thta", "waht about chery?"): the word. Not a swap that is a function word itself.
 * (The engine drops such a word as a mistyped stop word; the follow-up's shape needs to know what it was.)
 */
function swappedFunctionWord(key: string): string | undefined {
  if (!swappedWords) {
    swappedWords = new Map();
    for (const w of ['that', 'this', 'they', 'them', 'their', 'these', 'those', 'thats', 'theyre', 'when', 'what', 'where', 'which', 'whose', 'whats', 'wheres', 'whens']) {
      for (let i = 0; i + 1 < w.length; i++) {
        const typo = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
        if (typo !== w && !isFunctionWord(typo)) swappedWords.set(typo, w);
      }
    }
  }
  return swappedWords.get(key);
}
let swappedWords: Map<string, string> | undefined;

/** Prepositions of time that lead a question word ("since when?", "until when?") and are no stop words for matching. */
const TIME_PREPOSITIONS = new Set(['since', 'until', 'till', 'til']);

const isFunctionWord = (key: string): boolean => {
  if (STOP_WORDS.has(key) || WH.has(key) || AUX.has(key) || PRONOUNS.has(key) || GENERIC.has(key) || LEAD.has(key) || TIME_PREPOSITIONS.has(key)) return true;
  // Chat shorthand for one of these ("rn" for now, "u" for you, "whos" for who).
  const long = CHAT_WORDS.get(key);
  return long !== undefined && long !== key && isFunctionWord(long);
};
/** A word of the question's own: not a function word, nor a three-letter one with two letters swapped ("adn when?"; longer near-misses are too often real words: "find", "kind"). */
const isContent = (t: Token): boolean => MEANT.has(t.key) || (!isFunctionWord(t.key) && !(t.key.length === 3 && isStopWordTypo(t.key)) && !DROPPED_FROM_STOP_WORD.has(t.key));
/**
 * Stop words of five letters or more with one letter dropped, not the first ("thre" for "there", "abot" for
 * "about"): a typo, not a word of the question's own ("how much is thre"). Not the first letter: "round" is a word.
 */
const DROPPED_FROM_STOP_WORD = new Set(
  [...STOP_WORDS].filter((w) => w.length >= 5).flatMap((w) => [...w].slice(1).map((_, i) => w.slice(0, i + 1) + w.slice(i + 2))).filter((d) => !STOP_WORDS.has(d)),
);
/**
 * Stop words for matching that still say what a follow-up asks: "where is he going?" asks where he is going, not
 * where he is, so it is a question with a pronoun ("where is Alparslan Bayraktar going?"), not a bare "where?".
 */
const MEANT = new Set(['going']);

/** The question-word phrase at the start of `ts` ("when", "how pure", "who else", "what year"), as a count of tokens (0: none). */
function whLength(ts: readonly Token[]): number {
  const first = ts[0]?.key;
  if (first === undefined || !WH.has(first)) return 0;
  const next = ts[1]?.key;
  if (next === 'else') return 2;
  if ((first === 'how' || first === 'hows' || first === 'hw') && next !== undefined && HOW_WORDS.has(next)) {
    // "how long ago", "how many years ago": one question phrase, asking when.
    if ((next === 'long' || next === 'many') && ts[2]?.key === 'ago') return 3;
    if (next === 'many' && ts[2]?.key === 'years' && ts[3]?.key === 'ago') return 4;
    return 2;
  }
  if ((first === 'what' || first === 'which') && next !== undefined && WHAT_WORDS.has(next)) return 2;
  return 1;
}

/**
 * The shape of a question: whether it can be a follow-up, and which kind.
 * Pure, and about the words only: the knowledge is not consulted, so a
 * question's shape never depends on what was asked before it.
 */
export function followupShape(question: string): FollowupShape {
  // "says who?", "who says so?": whose word the answer just given is.
  if (SOURCE_ASKED.test(question.trim())) return { kind: 'continued', how: 'source' };
  // "@factbot and when?" typed as plain text (a platform's own mentions are gone already): whom it is said to.
  const ts = ownTokens(question);
  let i = 0;
  while (i < ts.length && (LEAD.has(ts[i]!.key) || waitLeads(ts, i) || ADDRESS.has(ts[i]!.key) || CHAT_FILLER.has(ts[i]!.key) || (i === 0 && !isContent(ts[i]!) && !isFunctionWord(ts[i]!.key)))) i++;
  const led = i > 0;
  const swapLed = led && ts.slice(0, i).some((t) => SWAP_LEAD.has(t.key));
  // "what about Chery?", "how about the refinery?": the about-form is a connector of its own.
  let about = false;
  if ((ts[i]?.key === 'what' || ts[i]?.key === 'how' || ts[i]?.key === 'whats') && (ts[i + 1]?.key === 'about' || ts[i + 1]?.key === 'abt')) {
    about = true;
    i += 2;
  } else if (ts[i]?.key === 'same' && (ts[i + 1]?.key === 'for' || ts[i + 1]?.key === 'with') && ts.length > i + 2) {
    // "same for China?", "same with SAIC?": the question before, asked of another, as "what about China?" is.
    about = true;
    i += 2;
  }
  const rest = ts.slice(i);
  // "with who?", "since when?", "in which country?": a preposition before the question word.
  const k = rest.length > 1 && (STOP_WORDS.has(rest[0]!.key) || TIME_PREPOSITIONS.has(rest[0]!.key)) && !WH.has(rest[0]!.key) && WH.has(rest[1]!.key) ? 1 : 0;
  const wl = whLength(rest.slice(k));
  const wh = rest.slice(k, k + wl).map((t) => t.key);
  const body = [...rest.slice(0, k), ...rest.slice(k + wl)];
  // (A second question word's phrase is no word of its own either: "where exactly, which city?")
  const own = body.filter((t, j) => isContent(t) && !(wl > 0 && j > 0 && (body[j - 1]!.key === 'which' || body[j - 1]!.key === 'what') && WHAT_WORDS.has(t.key)));
  // "these days", "this year", "that time": a time phrase of the question's own, not a pronoun pointing back.
  const pronoun = body.some((t, j) => PRONOUNS.has(t.key) && !(DEMONSTRATIVES.has(t.key) && TIME_AFTER.has(body[j + 1]?.key ?? '')));

  if (own.length === 0) {
    // Only question words, pronouns and words like "else" or "really": nothing to answer without context.
    // "ok", "and?": nothing of a question either; a reply to small talk, not a follow-up.
    const signal = wl > 0 || pronoun || about || body.some((t) => GENERIC.has(t.key));
    return signal && ts.length > 0 ? { kind: 'bare', wh } : { kind: 'standalone' };
  }
  // "turkey's?" after "china's president?": a name's possessive alone is the owner swapped, as "and turkey's?" is.
  const ownerAlone = !swapLed && !about && rest.length === 1 && wl === 0 && isPossessive(rest[0]!) && isContent(rest[0]!);
  if (ownerAlone) return { kind: 'swap', subject: rest, modifier: false, continues: true };
  if ((swapLed || about) && wl === 0 && !body.some((t) => AUX.has(t.key) || WITH_VERB.has(t.key)) && body.length <= MAX_SWAP_WORDS) {
    // "and the industry one?": "one" stands for the thing the previous question named, and "industry" takes
    // the place of what set it apart ("energy" in "energy minister").
    const subject = body.filter((t) => !ARTICLES.has(t.key) && !PRONOUNS.has(t.key));
    const modifier = body.some((t) => t.key === 'one' || t.key === 'ones');
    return { kind: 'swap', subject, modifier, continues: swapLed && !about };
  }
  if (pronoun) {
    // "what about Tesla, is it building a factory?", "the refinery, when will it open?": the question names its
    // topic first and asks after it; its pronoun points back at that, not at the question before.
    const at = (p: (t: Token) => boolean) => rest.findIndex(p);
    const topic = at(isContent);
    const asks = at((t) => AUX.has(t.key) || WH.has(t.key));
    const points = at((t) => PRONOUNS.has(t.key));
    if (topic >= 0 && topic < points && (asks < 0 || topic < asks)) return { kind: 'standalone' };
    // "what challenges do western countries face diversifying their supply?": "they" after a plural subject of the
    // question's own (after its auxiliary) stands for it; "what problems do they have?" asks about someone before.
    const aux = rest.findIndex((t) => AUX.has(t.key));
    if (PLURAL_PRONOUNS.has(rest[points]!.key) && aux >= 0 && rest.slice(aux + 1, points).some((t) => isContent(t) && PLURAL_NOUN.test(t.key))) return { kind: 'standalone' };
    // "how much does BYD pay its workers?", "did Bayraktar bring his deputy?": a possessive after the question's own
    // subject (after its auxiliary) is that subject's.
    if (POSSESSIVES.has(rest[points]!.key) && aux >= 0 && rest.slice(aux + 1, points).some(isContent)) return { kind: 'standalone' };
    // "what purity is turkey targeting when it refines its rare earths?": a pronoun in a clause of its own ("when it
    // refines") after the question's own subject (after its auxiliary) stands for that subject.
    const clause = rest.findIndex((t, j) => j > aux && j < points && SUBORDINATORS.has(t.key));
    if (aux >= 0 && clause > aux && rest.slice(aux + 1, clause).some(isContent)) return { kind: 'standalone' };
    return { kind: 'pronoun' };
  }
  if (wl === 0 && rest.length > 0 && rest.length <= MAX_SWAP_WORDS && !rest.some((t) => AUX.has(t.key))) return { kind: 'fragment' };
  if (wl > 0 && ts.slice(0, i).some((t) => CONTINUES.has(t.key))) return { kind: 'continued', how: 'and' };
  if (wh[0] === 'which' && (wh[1] === 'one' || wh[1] === 'ones')) return { kind: 'continued', how: 'which-one' };
  if (asksAsWell(ts.slice(i))) return { kind: 'continued', how: 'as-well' };
  return { kind: 'standalone' };
}

// ---- What the knowledge says about words ---------------------------------------------------

/** Per word of the knowledge: the facts it appears in, and whether it is a name (written with a capital inside a sentence). */
interface Vocabulary {
  facts: Map<string, Set<number>>;
  /** The same by word root ({@link root}): "refinery", "refine" and "refined" are one topic. */
  roots: Map<string, Set<number>>;
  names: Set<string>;
}

/** A word's root for telling whether two texts are on the same topic: its stem's first letters. */
const root = (key: string): string => stem(key).slice(0, ROOT_LETTERS);
/** Letters of a stem that make its root: "refin" for refinery and refining, "deleg" for delegation and delegates. */
const ROOT_LETTERS = 5;

const vocabularies = new WeakMap<KnowledgeBase, Vocabulary>();

function vocabularyOf(kb: KnowledgeBase): Vocabulary {
  let v = vocabularies.get(kb);
  if (v) return v;
  v = { facts: new Map(), roots: new Map(), names: new Set() };
  // Inside sentences: how often each word is written with a capital, and how often without.
  const upper = new Map<string, number>();
  const lower = new Map<string, number>();
  kb.facts.forEach((fact, i) => {
    const texts = [fact.answer, ...fact.questions, ...fact.keywords];
    texts.forEach((text, n) => {
      // Keywords are written in lower case whatever they name: they say nothing about capitals.
      const cased = n <= fact.questions.length;
      // Sentence by sentence: the first word's capital says nothing.
      for (const sentence of text.split(/[.!?]\s+/)) {
        tokens(sentence).forEach((t, j) => {
          let set = v!.facts.get(t.key);
          if (!set) v!.facts.set(t.key, (set = new Set()));
          set.add(i);
          const r = root(t.key);
          let byRoot = v!.roots.get(r);
          if (!byRoot) v!.roots.set(r, (byRoot = new Set()));
          byRoot.add(i);
          if (cased && j > 0 && /^\p{Lu}/u.test(t.text)) upper.set(t.key, (upper.get(t.key) ?? 0) + 1);
          else if (cased && j > 0 && /^\p{Ll}/u.test(t.text)) lower.set(t.key, (lower.get(t.key) ?? 0) + 1);
        });
      }
    });
  });
  // A name is written with a capital more often than not: "Energy Minister" is a title, "minister" a common word.
  for (const [w, n] of upper) if (n > (lower.get(w) ?? 0) && !STOP_WORDS.has(w)) v.names.add(w);
  vocabularies.set(kb, v);
  return v;
}

/** A name's possessive typed without its apostrophe ("chinas", "turkeys") is the name; any other key is itself. */
function nameKey(key: string, vocab: Vocabulary): string {
  return !vocab.names.has(key) && key.length > 3 && key.endsWith('s') && vocab.names.has(key.slice(0, -1)) ? key.slice(0, -1) : key;
}

/** The facts all of `keys` appear in (empty when one is unknown). */
function factsOfAll(keys: readonly string[], vocab: Vocabulary): Set<number> {
  const sets = keys.map((k) => vocab.facts.get(k) ?? new Set<number>());
  const [first, ...others] = sets;
  return new Set([...(first ?? [])].filter((x) => others.every((s) => s.has(x))));
}

function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

// ---- Readings ------------------------------------------------------------------------------

/** The previous question taken apart: its question-word phrase, the auxiliary after it, and the rest. */
interface Parsed {
  ts: Token[];
  /** Tokens of the leading question-word phrase ("when", "how big", "in what country"); 0 for a yes/no question or a statement. */
  wh: number;
  /** Where its question word is: 1 after a preposition ("in what country did …", "with who is …"), else 0. */
  whFrom: number;
  /** Whether the question starts with an auxiliary ("is BYD building …?"). */
  auxLed: boolean;
}

/**
 * "wait" before a question, "wait turkey is trying to join brics??", "wait is he…": an interjection, no word of its
 * topic. (Not in LEAD: "wait times" are a topic; here a question follows, its auxiliary first or second.)
 */
const waitLeads = (ts: readonly Token[], i: number): boolean =>
  ts[i]!.key === 'wait' && ts[i + 1] !== undefined && (AUX.has(ts[i + 1]!.key) || WH.has(ts[i + 1]!.key) || PRONOUNS.has(ts[i + 1]!.key) || AUX.has(ts[i + 2]?.key ?? ''));

function parse(question: string): Parsed {
  // ("good. when will it open?": the interjection is no word of the question, as in followupShape.)
  const all = withoutIdioms(ownTokens(question));
  let i = 0;
  while (i < all.length && (LEAD.has(all[i]!.key) || waitLeads(all, i))) i++;
  const ts = all.slice(i);
  const auxLed = ts[0] !== undefined && AUX.has(ts[0].key);
  let wh = 0;
  // "in what country did …": a preposition before the question word belongs to its phrase (not to the topic).
  const whFrom = ts.length > 1 && !WH.has(ts[0]!.key) && (STOP_WORDS.has(ts[0]!.key) || TIME_PREPOSITIONS.has(ts[0]!.key)) && WH.has(ts[1]!.key) ? 1 : 0;
  const w = ts.slice(whFrom);
  if (w[0] && WH.has(w[0].key)) {
    wh = whLength(w);
    // "how much ore is there": the measured thing belongs to the phrase, up to the auxiliary.
    if (w[0].key === 'how' && wh === 2 && w[2] && !AUX.has(w[2].key) && w[3] && AUX.has(w[3].key)) wh = 3;
    wh += whFrom;
  }
  return { ts, wh, whFrom: wh > 0 ? whFrom : 0, auxLed };
}

/** "what does china lead in when it comes to rare earths": "when it comes to" says only what the question is about; its "it" is no topic of the question's and "comes" no word of it. */
function withoutIdioms(ts: Token[]): Token[] {
  const keys = ts.map((t) => t.key);
  const out: Token[] = [];
  for (let i = 0; i < ts.length; i++) {
    const n = aboutIdiomAt(keys, i);
    if (n > 0) i += n - 1;
    else out.push(ts[i]!);
  }
  return out;
}

const join = (ts: readonly Token[]) => ts.map((t) => t.text).join(' ');
/** A question for a reading: a lower-case first letter unless it is a name or an acronym, one question mark. */
function asQuestion(text: string, names: Set<string>): string {
  const trimmed = text.replace(/[\s?!.,;:]+$/u, '');
  const first = tokens(trimmed)[0];
  const keep = first !== undefined && (names.has(first.key) || /^\p{Lu}{2,}/u.test(first.text));
  const out = `${keep ? trimmed : trimmed.charAt(0).toLowerCase() + trimmed.slice(1)}?`;
  return out.length > MAX_READING_CHARS ? `${out.slice(0, MAX_READING_CHARS - 1).trimEnd()}…` : out;
}

/** "“and when?” following on from “who is leading the delegation to China?”": the honest reading when no whole question can be made. */
function pairedReading(question: string, previous: string, names: Set<string>): string {
  return `“${asQuestion(question, names)}” following on from “${asQuestion(previous, names)}”`;
}

/**
 * The whole question a bare follow-up stands for, when one can be made
 * without guessing: a question word about the same event ("when", "why",
 * "where", "how big") in place of the previous one's, or before a yes/no
 * question. Null when it would take more than swapping words (the paired
 * reading is shown instead).
 */
function wholeQuestion(wh: readonly string[], typedWh: string, prev: Parsed): string | null {
  if (wh.length === 0 || !ADVERBIAL_WH.has(wh[0]!) && !(wh[0] === 'what' && wh.length === 2)) return null;
  // The question word without its "is" ("when's" + "did Kacır say …" is "when did Kacır say …"): an auxiliary follows.
  const whText = typedWh.replace(/^(when|where|what|how|why|who)(?:['’]s|s)$/iu, '$1');
  const { ts } = prev;
  // "why" + "is BYD building a plant in Turkey?" → "why is BYD building a plant in Turkey?"
  // Not "how big" + "is the deposit big?": a measure goes in front of a yes/no question badly; the paired reading says it better.
  if (prev.auxLed) return wh.length === 1 ? `${whText} ${join(ts)}` : null;
  if (prev.wh === 0) return null;
  const first = ts[prev.whFrom]!.key;
  const after = ts.slice(prev.wh);
  const aux = after[0];
  if (!aux || !AUX.has(aux.key)) return null; // "who said …", "what makes …": the question word is the subject
  if (ADVERBIAL_WH.has(first)) return `${whText} ${join(after)}`; // "when was the deposit found" → "where was the deposit found"
  // "what year did Turkey find it" → "where did Turkey find it": the question phrase names what is asked, not the topic.
  if ((first === 'what' || first === 'which') && prev.wh - prev.whFrom === 2 && !COPULA.has(aux.key)) return `${whText} ${join(after)}`;
  if ((first === 'who' || first === 'what') && prev.wh - prev.whFrom === 1) {
    // "who is leading the delegation to China" → "when is the delegation to China"; "what is BYD" → "where is BYD".
    if (COPULA.has(aux.key)) {
      const rest = after.slice(1);
      const skip = rest[0] && /ing$/.test(rest[0].key) && rest.length > 1 ? 1 : 0;
      return rest.length > skip ? `${whText} ${aux.text} ${join(rest.slice(skip))}` : null;
    }
    // "what did Erdogan and Xi discuss" → "when did Erdogan and Xi discuss"
    return `${whText} ${join(after)}`;
  }
  return null;
}

/** The previous question with the question-word phrase left out: what a follow-up adds its own question word to. */
function bodyOf(prev: Parsed): string {
  return join(prev.ts.slice(prev.wh));
}

/**
 * The readings of a swap ("what about Chery?" after "is BYD building a plant in Turkey?" → "is Chery building a plant
 * in Turkey?"), the likeliest first: the word it takes the place of is the one found in the most alike facts; the
 * other words follow (at most MAX_SWAPS in all), since "industry" after "who is the energy minister" is found with
 * "minister" as much as with "energy", and only the knowledge's answer to each reading tells which was meant.
 */
function swapped(subject: readonly Token[], prev: Parsed, vocab: Vocabulary, modifier = false): string[] {
  const keys = subject.map((t) => nameKey(t.key, vocab));
  const { ts } = prev;
  // A phrase ending in a word the previous question has takes the place of that word's phrase: "and the Turkish
  // ministry?" after "is the Chinese commerce ministry commenting?" → "is the Turkish ministry commenting?" (and
  // "Turkey's energy ministry?" → "is Turkey's energy ministry commenting?"), not one word of it swapped ("…ministry ministry…").
  const head = keys.length > 1 ? ts.findIndex((t, j) => j >= prev.wh && nameKey(t.key, vocab) === keys.at(-1)) : -1;
  if (head >= 0 && keys.slice(0, -1).some((k) => !ts.some((t) => nameKey(t.key, vocab) === k))) {
    let from = head;
    while (from - 1 >= prev.wh && isContent(ts[from - 1]!) && !keys.includes(nameKey(ts[from - 1]!.key, vocab))) from--;
    if (from - 1 >= prev.wh && ARTICLES.has(ts[from - 1]!.key) && isPossessive(subject[0]!)) from--;
    return [join([...ts.slice(0, from), ...subject, ...ts.slice(head + 1)])];
  }
  const mine = factsOfAll(keys, vocab);
  const isName = keys.some((k) => vocab.names.has(k));
  const places: { j: number; score: number }[] = [];
  ts.forEach((t, j) => {
    const key = nameKey(t.key, vocab);
    if (j < prev.wh || !isContent(t) || keys.includes(key)) return;
    // In place of a word that sets a thing apart: one followed by the thing ("energy" in "energy minister").
    if (modifier && !(ts[j + 1] !== undefined && isContent(ts[j + 1]!))) return;
    // Like for like: a name takes a name's place, a thing a thing's ("industry" takes "energy"'s, not "Turkey's").
    if (vocab.names.has(key) !== isName) return;
    places.push({ j, score: jaccard(mine, vocab.facts.get(key) ?? new Set()) });
  });
  // The likeliest must be found with the word swapped in at least once. With "one", the place is told by the grammar
  // (the word before the thing named), however rare the two words are together.
  if (!modifier && !places.some((p) => p.score > 0)) return [];
  // The most alike first; with "one", of equals the last (the word nearest the thing named).
  places.sort((a, b) => b.score - a.score || (modifier ? b.j - a.j : a.j - b.j));
  return places.slice(0, MAX_SWAPS).map(({ j }) => {
    // A name of several words goes as a whole ("Xi Jinping", "Great Wall").
    let from = j;
    let to = j + 1;
    if (isName) {
      while (from > prev.wh && vocab.names.has(ts[from - 1]!.key)) from--;
      while (to < ts.length && vocab.names.has(ts[to]!.key)) to++;
    }
    return join([...ts.slice(0, from), ...subject, ...ts.slice(to)]);
  });
}

/** Swap readings tried, at most. */
const MAX_SWAPS = 2;

/** A word written with a possessive ending ("Turkey's"): it takes the place of an article before it. */
const isPossessive = (t: Token): boolean => /['’]s$/iu.test(t.text);

/**
 * The noun phrases of the previous question a pronoun may stand for ("the
 * delegation to China", "BYD", "a plant"), longest first: runs of words of
 * its own, with a leading article and "of"/"to" inside them.
 */
function nounPhrases(prev: Parsed, pronoun: string | undefined, vocab: Vocabulary, previousAnswer: string): Token[][] {
  if (pronoun === undefined) return [];
  const out: Token[][] = [];
  const { ts } = prev;
  // "he", "she": a person, so a name ("Fatih Kacir"), never the rest of the question ("Fatih Kacir say").
  if (PERSONAL.has(pronoun)) {
    // Not a country's or a union's name: "his title" after "… the China delegation …" is no one's in China.
    const person = (t: Token) => vocab.names.has(t.key) && !isBiggerThanCity(t.key);
    for (let j = prev.wh; j < ts.length; j++) {
      if (!person(ts[j]!)) continue;
      let k = j + 1;
      while (k < ts.length && person(ts[k]!)) k++;
      out.push(ts.slice(j, k));
      j = k;
    }
    out.sort((a, b) => b.length - a.length);
    // After "who …?" (also as its second question: "when is it and who's leading it?"), "he" is the person the answer
    // named ("Energy Minister Alparslan Bayraktar"), before any other. Then only that person: the question's other
    // names are what the person was asked about ("China" in "who is leading the delegation to China?"), not whom "he" means.
    // But "who is Alparslan Bayraktar?" names him itself: "is he going to China?" is about him, not about the title
    // the answer gave him ("Turkey's Energy Minister").
    const namesWhoItAsks = prev.wh > 0 && ts[prev.whFrom]!.key.startsWith('who') && COPULA.has(ts[prev.wh]?.key ?? '') && person(ts[prev.wh + 1] ?? { text: '', key: '' });
    if (namesWhoItAsks && out.length > 0) return out.slice(0, MAX_PHRASES);
    // So is the person the answer named when the question named no one the knowledge knows ("what did kacar say?",
    // the name misremembered): "his job" is that person's.
    if ((prev.wh > 0 && ts[prev.whFrom]!.key.startsWith('who')) || ts.some((t) => WHO.has(t.key)) || out.length === 0) {
      const persons = personsIn(previousAnswer, tokens);
      if (persons.length > 0) return persons.slice(0, MAX_PHRASES);
    }
    return out.slice(0, MAX_PHRASES);
  }
  let j = prev.wh;
  // "what does the Global Times say about it": after "do", the subject's last word is the verb ("say").
  // (Words that say nothing between the question word and "do" do not part them: "what exactly did BYD agree to do".)
  let doAt = prev.wh;
  while (doAt < ts.length && !DO.has(ts[doAt]!.key) && !isContent(ts[doAt]!) && !AUX.has(ts[doAt]!.key)) doAt++;
  if (doAt >= ts.length || !DO.has(ts[doAt]!.key)) doAt = -1;
  while (j < ts.length) {
    const t = ts[j]!;
    // (Not at a verb: "-ing", or an irregular past, "led" in "has china led rare earths".)
    const starts = (ARTICLES.has(t.key) && ts[j + 1] !== undefined && isContent(ts[j + 1]!)) || (isContent(t) && !/ing$/.test(t.key) && !isIrregularVerbForm(t.key));
    if (!starts) {
      j++;
      continue;
    }
    let k = j + 1;
    // A word in -ing ends the phrase: mostly a verb ("BYD making EVs" is BYD, and EVs); so does an adverb ("the
    // trip to China officially": what "it" stands for is the trip to China).
    // After a name or a plural, a word in -ed is its verb: "is the US worried about …" (the US), "has BYD signed …"
    // (BYD), "what are rare earths used for" (rare earths).
    // (So is an irregular past after one: "has china led rare earths" is China, and rare earths.)
    const verbLike = (x: Token) =>
      /.{3}ing$/.test(x.key) || ADVERB.test(x.key) || ((/.{2}ed$/.test(x.key) || isIrregularVerbForm(x.key)) && (vocab.names.has(ts[k - 1]!.key) || PLURAL_NOUN.test(ts[k - 1]!.key)));
    // A name after a common noun, with a verb in -ed after it, opens a clause of its own: "that facility kacir talked
    // about" is the facility (that Kacir talked about).
    const clauseOpens = (x: Token, at: number) =>
      at > j && vocab.names.has(x.key) && isContent(ts[at - 1]!) && !ARTICLES.has(ts[at - 1]!.key) && !vocab.names.has(ts[at - 1]!.key) && /.{2}ed$/.test(ts[at + 1]?.key ?? '');
    while (k < ts.length && !verbLike(ts[k]!) && !clauseOpens(ts[k]!, k) && (isContent(ts[k]!) || ((ts[k]!.key === 'of' || ts[k]!.key === 'to') && ts[k + 1] !== undefined && isContent(ts[k + 1]!)))) k++;
    const subjectAfterDo = doAt >= 0 && j === doAt + 1 && k - j > 1 && !ARTICLES.has(ts[k - 2]!.key);
    out.push(ts.slice(j, subjectAfterDo ? k - 1 : k));
    j = k;
  }
  out.sort((a, b) => b.length - a.length);
  // "is it building something in turkey?" after "what's the biggest EV maker?": a what/which question asks for a
  // thing, and the answer named it ("BYD"): its first name the question did not give, after the question's own phrases.
  if (prev.wh > 0 && WHAT_WHICH.has(ts[prev.whFrom]!.key)) {
    const named = namesIn(previousAnswer, vocab).find((phrase) => !phrase.some((t) => ts.some((q) => q.key === t.key)));
    if (named) out.push(named);
  }
  // "they" after "are Washington and Brussels nervous about China's rare earth grip?": names joined by "and" are
  // plural, as "they" is, before any longer phrase.
  if (PLURAL_PRONOUNS.has(pronoun)) {
    const joined = namePhrases(prev, vocab).filter((phrase) => phrase.some((t) => t.key === 'and' || t.text === '&'));
    return [...joined, ...out].slice(0, MAX_PHRASES);
  }
  return out.slice(0, MAX_PHRASES);
}

/** Words that open a question going on from the one before ("and when's first production?"). */
const CONTINUES = new Set(['and', 'n', 'also', 'plus']);

/**
 * Whether a question asks if what was said holds for another as well: a whole question ("is the chinese side silent
 * too?") with "too" or "as well" ending it. (Not "also" inside one: "does turkey also have lithium reserves?" asks about
 * something new; nor "tesla too?" alone, a fragment read as one.)
 */
function asksAsWell(tokens: readonly Token[]): boolean {
  const ts = tokens.map((t) => t.key);
  const n = ts.length;
  const ends = ts[n - 1] === 'too' ? 1 : ts[n - 2] === 'as' && ts[n - 1] === 'well' ? 2 : 0;
  return ends > 0 && n - ends >= 3 && AUX.has(ts[0]!);
}

/** Nouns of a person's role: a phrase with one names a person ("the industry minister"). */
const ROLE_NOUNS = new Set(
  'minister ministers president presidents leader leaders head chief ceo official officials spokesman spokeswoman spokesperson director chairman chairwoman chair secretary ambassador envoy founder owner manager premier governor mayor king queen'.split(' '),
);

/** `phrases` with those naming a person's role first, each group in its order (see readings: "who is that?"). */
function personFirst(phrases: readonly Token[][]): Token[][] {
  const person = (p: readonly Token[]) => p.some((t) => ROLE_NOUNS.has(t.key));
  return [...phrases.filter(person), ...phrases.filter((p) => !person(p))];
}

/** Question words asking for a thing ("what is the biggest EV maker?"). */
const WHAT_WHICH = new Set(['what', 'whats', 'which', 'wat', 'wot', 'wut']);

/** The names a text gives, in order, each once: runs of words the knowledge writes as names ("BYD", "Xi Jinping"). */
function namesIn(text: string, vocab: Vocabulary): Token[][] {
  const out: Token[][] = [];
  const seen = new Set<string>();
  const ts = tokens(text);
  for (let j = 0; j < ts.length; j++) {
    if (!vocab.names.has(ts[j]!.key)) continue;
    let k = j + 1;
    while (k < ts.length && vocab.names.has(ts[k]!.key)) k++;
    const key = ts.slice(j, k).map((t) => t.key).join(' ');
    if (!seen.has(key)) out.push(ts.slice(j, k));
    seen.add(key);
    j = k;
  }
  return out;
}

/** A question for a day or a date ("what day?", "which date", "exact date?"). */
const ASKS_DAY = /\b(?:(?:what|which|wat|wut|wot)\s+(?:day|date)|exact\s+(?:day|date))\b/;
/**
 * Whether an answer names a day: a weekday ("on Monday"), or a month with its day's number ("3 October", "October
 * 3rd", "3 of October"). The months and weekdays are places.ts's.
 */
function statesDay(answer: string): boolean {
  const ks = tokens(answer).map((t) => t.key);
  const dayNumber = (k: string | undefined) => k !== undefined && /^\d{1,2}(?:st|nd|rd|th)?$/.test(k);
  return ks.some((k, i) => isMonthOrDay(k) && (k.endsWith('day') || dayNumber(ks[i + 1]) || dayNumber(ks[i - 1]) || (ks[i - 1] === 'of' && dayNumber(ks[i - 2]))));
}
/** An answer that states an age ("aged 58", "58 years old", "born in 1979"). */
const AGE = /\b(?:aged?|years? old|born)\b/i;

/** "who" as the question word of a second question in the same message ("… and who's leading it?"). */
const WHO = new Set(['who', 'whos', 'whom', 'whod']);

/** Adverbs by their ending ("officially", "recently", "reportedly", "seriously"), not "supply" nor "rally". */
const ADVERB = /..(?:ally|ently|antly|edly|ously|fully|ively)$/;

/** The auxiliary of do-support ("what does X say", "did X meet Y"). */
const DO = new Set(['do', 'does', 'did', 'dont', 'doesnt', 'didnt']);

/**
 * Whether a question's "he" or "she" comes before any name of its own: "what did he say?" points back at someone
 * named before; "did Kacir say what he expects?" names him itself. Not "they", "them": as often no one in particular
 * ("how far will they purify the ore?", "when r they going to china" are questions of their own).
 */
function pointsBackToPeople(question: string, vocab: Vocabulary): boolean {
  for (const t of tokens(question)) {
    if (PERSON_PRONOUNS.has(t.key)) return true;
    if (vocab.names.has(t.key)) return false;
  }
  return false;
}

/**
 * Whether a question's "they" or "them" comes before any name of its own: "are they building anything in Turkey?"
 * after "what is BYD?" means BYD. Read back only as a name the previous question gave ({@link namePhrases}).
 */
function pointsBackToNamed(question: string, vocab: Vocabulary): boolean {
  // As for "it": with more than a word of its own before it, "they" points inside the question as often ("what
  // challenges do western countries face when diversifying their supply?").
  let own = 0;
  for (const t of tokens(question)) {
    if (PLURAL_PRONOUNS.has(t.key)) return own <= MAX_WORDS_BEFORE_THING;
    if (vocab.names.has(t.key)) return false;
    if (isContent(t)) own++;
  }
  return false;
}
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'theyre', 'theyll']);
/** Possessive pronouns ("her" is left out: it is also the object, "did Xi meet her?", which points back). */
const POSSESSIVES = new Set(['its', 'their', 'his']);
/** Words that open a clause of its own inside a question ("… when it refines", "… if they sign"). */
const SUBORDINATORS = new Set(['when', 'whenever', 'if', 'because', 'cause', 'cuz', 'once', 'while', 'after', 'before', 'since', 'until', 'unless', 'as', 'so', 'though', 'although']);
/** A word that looks like an English plural noun ("countries", "makers"; not "process" nor "focus"). */
const PLURAL_NOUN = /^[a-z]{3,}[^su]s$/;

/**
 * The names of the previous question, a name of several words whole and names joined by "and" together ("Erdogan and
 * Xi"). Not a month's or a day's name ("October"): a time, not who "they" are.
 */
function namePhrases(prev: Parsed, vocab: Vocabulary): Token[][] {
  const { ts } = prev;
  const isName = (t: Token | undefined) => t !== undefined && vocab.names.has(t.key) && !isMonthOrDay(t.key);
  const out: Token[][] = [];
  for (let j = prev.wh; j < ts.length; j++) {
    if (!isName(ts[j])) continue;
    let k = j + 1;
    while (k < ts.length && (isName(ts[k]) || ((ts[k]!.key === 'and' || ts[k]!.text === '&') && isName(ts[k + 1])))) k++;
    out.push(ts.slice(j, k));
    j = k;
  }
  return out.sort((a, b) => b.length - a.length).slice(0, MAX_PHRASES);
}

/**
 * The names "they" may stand for: the previous question's ({@link namePhrases}); when it gave none, or asked for a
 * name ("which company is the world's biggest EV maker?"), first the name its answer gave that the question did not
 * ("BYD"), as for "it" in {@link nounPhrases}.
 */
function namedBefore(prev: Parsed, vocab: Vocabulary, previousAnswer: string): Token[][] {
  const own = namePhrases(prev, vocab);
  const { ts, whFrom } = prev;
  if (!(prev.wh > 0 && WHAT_WHICH.has(ts[whFrom]!.key))) return own;
  // "which company …?" asks for a name: the answer's is the one "they" stand for, before the question's own ("EV").
  const asksName = WHAT_WORDS.has(ts[whFrom + 1]?.key ?? '');
  if (own.length > 0 && !asksName) return own;
  const given = namesIn(previousAnswer, vocab).filter((phrase) => !phrase.some((t) => ts.some((q) => q.key === t.key)));
  return [...given.slice(0, 1), ...own].slice(0, MAX_PHRASES);
}

/**
 * "it", "its", "this", "that" after at most one word of the question's own ("what does it say about Turkey?", "who
 * runs it?": the verb): the question points at something named before. Not "they" (as often no one in particular:
 * "when are they going to China?"), nor the dummy "it" of "what's in it for Turkey?". With more words before it, the
 * pronoun points inside the question as often ("is Turkey partnering with China to process its find?").
 */
const MAX_WORDS_BEFORE_THING = 1;

/**
 * "them", "those", "these" as what is asked about, after at most two words of the question's own ("who produces most
 * of them?" after rare earths' uses: the verb and a measure), point back the same way. (No standalone question of the
 * eval and conversation sets, nor a stored one, is read otherwise after any answered question with the limit at two;
 * a plural pronoun is no dummy subject as "it" may be.)
 */
const MAX_WORDS_BEFORE_THINGS = 2;
const PLURAL_THING_PRONOUNS = new Set(['them', 'those', 'these']);

function pointsBackToThing(question: string): boolean {
  const ts = tokens(question);
  let own = 0;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    if (THING_PRONOUNS.has(t.key)) return own <= MAX_WORDS_BEFORE_THING && !(t.key === 'it' && ts[i - 1]?.key === 'in' && ts[i + 1]?.key === 'for');
    if (PLURAL_THING_PRONOUNS.has(t.key)) return own <= MAX_WORDS_BEFORE_THINGS;
    if (PRONOUNS.has(t.key)) return false;
    // ("how much", "how long" are the question's phrase, and "going" says what is asked as a stop word would.)
    if ((HOW_WORDS.has(t.key) && ts[i - 1]?.key === 'how') || MEANT.has(t.key)) continue;
    if (isContent(t)) own++;
  }
  return false;
}
const THING_PRONOUNS = new Set(['it', 'its', 'this', 'that', 'itll']);
/** "it" and its forms, of THING_PRONOUNS: a thing of the question before, never a remark's "that". */
const IT = new Set(['it', 'its', 'itll']);

/** "he", "she": a question with one and no one named before it does not stand on its own. */
const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'hes', 'shes']);

/** Pronouns for a person. */
const PERSONAL = new Set(['he', 'him', 'his', 'she', 'her', 'hers']);

/**
 * Whether the word at `i` is a pronoun standing for something: not the "it" of "what's in it for them?" (the deal
 * as a whole, the one its "them" is the party to), whose other pronoun is the one that stands for a name.
 */
const pointsAt = (ts: readonly Token[], i: number): boolean =>
  PRONOUNS.has(ts[i]!.key) && !(ts[i]!.key === 'it' && ts[i - 1]?.key === 'in' && ts[i + 1]?.key === 'for' && ts.slice(i + 2).some((t) => PRONOUNS.has(t.key)));

/**
 * `phrases` with the one the previous question says the follow-up's verb of first: "they" in "why they want a Chinese
 * partner?" is "Turkey" of "Turkey want to work together with China", not the longer "work together"; "does it have…"
 * after "does the deposit have…" is the deposit. Otherwise as they were (the longest first).
 */
function parallelFirst(phrases: Token[][], prev: Parsed, ts: readonly Token[]): Token[][] {
  const at = ts.findIndex((_, i) => pointsAt(ts, i));
  // "who's in it?" after "is turkey trying to get into BRICS?": "in it" is what "into" led to before, not the subject.
  const inside = INSIDE.has(ts[at - 1]?.key ?? '');
  const contained = inside ? phrases.findIndex((phrase) => INSIDE.has(prev.ts[prev.ts.indexOf(phrase[0]!) - 1]?.key ?? '')) : -1;
  if (contained > 0) return [phrases[contained]!, ...phrases.slice(0, contained), ...phrases.slice(contained + 1)];
  const verb = ts[at + 1];
  if (at < 0 || verb === undefined || AUX.has(verb.key) || PRONOUNS.has(verb.key) || WH.has(verb.key) || LEAD.has(verb.key) || ARTICLES.has(verb.key) || POSSESSIVE.has(ts[at]!.key)) return phrases;
  const i = phrases.findIndex((phrase) => {
    const next = prev.ts[prev.ts.indexOf(phrase.at(-1)!) + 1];
    return next !== undefined && root(next.key) === root(verb.key);
  });
  return i <= 0 ? phrases : [phrases[i]!, ...phrases.slice(0, i), ...phrases.slice(i + 1)];
}

/** Prepositions of being in something ("in it", "into BRICS"). */
const INSIDE = new Set(['in', 'into', 'inside', 'within']);

/**
 * "turkey's energy ministry?" after "is china's commerce ministry commenting?": a fragment of a few words ending in a
 * word of the previous question's topic puts itself in that word's phrase, as "what about turkey's energy ministry?"
 * does (read in context even when its words alone get a fact, taken when the swapped question gets another fact more
 * surely: CONVERSATION.pointingMargin). One word alone ("the ministry?") says no more than the question before.
 */
function headSwap(question: string, prev: Parsed): Extract<FollowupShape, { kind: 'swap' }> | null {
  const ts = ownTokens(question).filter((t) => !LEAD.has(t.key) && !ADDRESS.has(t.key));
  const head = ts.at(-1);
  if (head === undefined || !isContent(head) || ts.filter(isContent).length < 2 || ts.some((t) => WH.has(t.key) || AUX.has(t.key))) return null;
  // The head with another word before it in the question before ("commerce ministry"), and the fragment's own word
  // before it new ("energy"): not "saic turkey" after "has turkey talked to chery", nor "turkey whole supply chain"
  // after "…across the supply chain", keyword questions of their own.
  const before = ts.at(-2)!;
  const body = prev.ts.slice(prev.wh);
  const at = body.findIndex((t, j) => j > 0 && root(t.key) === root(head.key) && isContent(body[j - 1]!));
  if (at < 0 || root(body[at - 1]!.key) === root(before.key) || body.some((t) => t.key === before.key)) return null;
  return { kind: 'swap', subject: ts.filter((t) => !ARTICLES.has(t.key) && !PRONOUNS.has(t.key)), modifier: false, continues: false };
}

/** The first pronoun of a question, if any. */
const pronounOf = (ts: readonly Token[]): string | undefined => ts.find((_, i) => pointsAt(ts, i))?.key;

/** Words of the previous question's topic tried one by one with a follow-up, at most (the rarest first). */
const MAX_TOPIC_WORDS = 5;

/** Pronoun readings tried, at most: the longest noun phrases of the previous question. */
const MAX_PHRASES = 3;

/** `ts` with its first pronoun replaced by `phrase` ("is it confirmed" → "is the delegation to China confirmed"; "his job" → "Bayraktar's job"), or null without one. */
function substituted(ts: readonly Token[], phrase: readonly Token[], classed = false): string | null {
  const at = ts.findIndex((_, i) => pointsAt(ts, i));
  if (at < 0 || phrase.length === 0) return null;
  // "that trip": a demonstrative before a word of its own points at the phrase that has the word ("Turkey's China
  // trip"), which takes the place of both; a phrase without it is not what is pointed at ("BRICS trip"), unless the
  // word only classes the name that is (`classed`: "that group" for BRICS).
  const noun = DEMONSTRATIVES.has(ts[at]!.key) && ts[at + 1] !== undefined && isContent(ts[at + 1]!) ? ts[at + 1]! : undefined;
  if (noun !== undefined) {
    if (!classed && !phrase.some((t) => root(t.key) === root(noun.key))) return null;
    return join([...ts.slice(0, at), ...phrase, ...ts.slice(at + 2)]);
  }
  if (classed) return null;
  const possessive = POSSESSIVE.has(ts[at]!.key);
  const last = phrase.at(-1)!;
  const words = possessive && !/['’]s$/u.test(last.text) ? [...phrase.slice(0, -1), { text: `${last.text}'s`, key: last.key }] : phrase;
  return join([...ts.slice(0, at), ...words, ...ts.slice(at + 1)]);
}

/** Nouns that class a name ("that group" for BRICS, "that place" for Beylikova), not a thing of their own. */
const CLASS_NOUNS = new Set(
  'place spot area region town city village site location country nation state group club bloc alliance organisation organization org union company firm business brand carmaker automaker outlet paper newspaper guy man woman person dude lady'.split(' '),
);
/** A nationality's adjective ("chinese", "turkish"): written with a capital, but no name a "that group" stands for. */
const NATIONALITY_WORD = /^[a-z]+(?:ese|ish|ian|can|ean)$/;

/** Pronouns that stand for "X's". */
const POSSESSIVE = new Set(['his', 'her', 'its', 'their']);

/**
 * Whether fact `fact` shares a distinctive word with the previous question
 * (one found in at most half the facts): a bare follow-up's own answer is
 * kept only when it is about the same thing ("how pure?" after a question on
 * the refinery), never when it is about something else ("and when?" answered
 * alone with the deposit's discovery after a question on the delegation).
 */
function sharesTopic(factIndex: number, prev: Parsed, vocab: Vocabulary, total: number): boolean {
  return distinctive(prev, vocab, total).some((t) => vocab.roots.get(root(t.key))?.has(factIndex) === true);
}

/** The previous question's words that tell its topic: its own words found in at most half the facts (not "Turkey" in a knowledge about Turkey). */
function distinctive(prev: Parsed, vocab: Vocabulary, total: number): Token[] {
  return prev.ts.slice(prev.wh).filter((t) => {
    if (!isContent(t)) return false;
    const facts = vocab.roots.get(root(t.key));
    return facts !== undefined && facts.size <= total / 2;
  });
}

// ---- Answering -----------------------------------------------------------------------------

/** One way of reading a follow-up: what the engine is asked, what the person is shown, and whether it is a whole question. */
interface Reading {
  probe: string;
  shown: string;
  whole: boolean;
  /** Keeps only the previous question's topic words ("when" + "refinery"), not the whole of it. */
  topical?: boolean;
  /** A swapped name with the names of the question before ("BYD Turkey"): taken only for another fact than the words alone get. */
  withNames?: boolean;
}

/** A "they" question's readings with each name of the previous question in its place ({@link namePhrases}). */
function namedReadings(asked: string, names: readonly Token[][], vocab: Vocabulary): Reading[] {
  const ts = tokens(asked);
  const out: Reading[] = [];
  for (const phrase of names) {
    const s = substituted(ts, phrase);
    if (s !== null) out.push({ probe: s, shown: asQuestion(s, vocab.names), whole: true });
  }
  return out;
}

/** Whether a name (its key) is one of the knowledge's names and written in fact `i`. */
const namedIn = (key: string, i: number, vocab: Vocabulary): boolean => vocab.names.has(key) && vocab.facts.get(key)?.has(i) === true;

/** An English follow-up declined as any question the knowledge does not answer (answer.ts's words), with the candidates offered. */
function declinedReply(kb: KnowledgeBase, question: string, confidence: number, suggestions: string[]): Reply {
  return { kind: 'none', reason: 'no-match', question, answer: `${kb.knowledge.bot.noMatch} ${REPLY_WORDS.en.canAnswer(kb.knowledge.bot.topic)}`, confidence, related: [], suggestions };
}

/** The readings of a follow-up, the most specific first. */
function readings(asked: string, shape: Exclude<FollowupShape, { kind: 'standalone' }>, previous: string, prev: Parsed, vocab: Vocabulary, total: number, previousAnswer: string): Reading[] {
  const out: Reading[] = [];
  const wholeReading = (q: string) => out.push({ probe: q, shown: asQuestion(q, vocab.names), whole: true });
  const paired = pairedReading(asked, previous, vocab.names);
  if (shape.kind === 'fragment') {
    out.push({ probe: `${asked} ${join(prev.ts)}`, shown: paired, whole: false });
    return out;
  }
  if (shape.kind === 'swap') {
    for (const s of swapped(shape.subject, prev, vocab, shape.modifier)) wholeReading(s);
    // "and BYD?" after "which other carmakers has Turkey talked to?" (whose answer names BYD only as left out): BYD with
    // the names the question before asked about ("BYD Turkey"), tried after the swapped questions.
    // Not "and other chinese brands?": others than those names.
    const subjectKeys = shape.subject.map((t) => nameKey(t.key, vocab));
    if (subjectKeys.some((k) => vocab.names.has(k)) && !tokens(asked).some((t) => OTHER.has(t.key))) {
      const others = prev.ts.filter((t) => vocab.names.has(nameKey(t.key, vocab)) && !subjectKeys.includes(nameKey(t.key, vocab)) && !isMonthOrDay(t.key));
      if (others.length > 0) out.push({ probe: `${join(shape.subject)} ${join(others)}`, shown: paired, whole: true, withNames: true });
    }
    // "or make cars too?" after "does Turkey just want to mine the stuff?": the rest of the question, said after it.
    if (shape.continues && prev.auxLed) wholeReading(`${join(prev.ts)} ${asked}`);
    out.push({ probe: `${join(shape.subject)} ${bodyOf(prev)}`, shown: paired, whole: false });
    return out;
  }
  // "how long ago was that?" asks when it was: read as "when", or its rare words pull every reading to the one fact that
  // stores them (the deposit's "how long ago was it found?"), whatever "that" was.
  const ts = ownTokens(asked.replace(/\bhow (?:long|many years) ago\b/i, 'when'));
  const own = ts.slice(ts.findIndex((t, i) => !LEAD.has(t.key) && !waitLeads(ts, i)));
  const whAt = own.findIndex((t) => WH.has(t.key));
  const whText = shape.kind === 'bare' && shape.wh.length > 0 && whAt >= 0 ? join(own.slice(whAt, whAt + shape.wh.length)) : '';
  if (shape.kind === 'bare') {
    const w = wholeQuestion(shape.wh, whText, prev);
    if (w !== null) wholeReading(w);
  }
  // A pronoun of the question word itself ("which ones?") stands for the answer, not for a phrase to put back.
  const whEnd = whText && shape.kind === 'bare' ? whAt + shape.wh.length : 0;
  const before = join(own.slice(0, whEnd));
  const afterWh = own.slice(whEnd);
  // "when was that?", "where was that?": "that" is what happened (the talks), not a noun phrase ("when was rare earths?").
  const event = pronounOf(afterWh) === 'that' && (answerType(asked) === 'when' || answerType(asked) === 'where');
  const pronounReadings = out.length;
  // "whats that about?" after "so turkey wants to work w china on rare earths??": "that" alone, after a statement, is
  // what the statement says, all of it, before any noun phrase of it.
  // (Not "that trip": a word after it says which of it; nor after a question, whose question word asks something of it.)
  const pointed = pronounOf(afterWh);
  const afterPointed = afterWh[afterWh.findIndex((t) => t.key === pointed) + 1];
  const saying = pointed !== undefined && DEMONSTRATIVES.has(pointed) && (afterPointed === undefined || !isContent(afterPointed)) && prev.wh === 0 && !prev.auxLed && !prev.ts.some((t) => WH.has(t.key));
  // "who is that?" after "what did the industry minister say about rare earths last month?": "that" is whoever the question
  // named as a person (the industry minister), before any longer phrase ("rare earths last month": "who is rare earths…?").
  const phrases = parallelFirst(nounPhrases(prev, pointed, vocab, previousAnswer), prev, afterWh);
  const ofPerson = pointed !== undefined && THING_PRONOUNS.has(pointed) && answerType(asked) === 'who' ? personFirst(phrases) : phrases;
  for (const phrase of event ? [] : [...(saying ? [prev.ts] : []), ...ofPerson]) {
    const s = substituted(afterWh, phrase);
    if (s !== null) wholeReading(before ? `${before} ${s}` : s);
  }
  // "that group", "that place" when no phrase before has the word: a word that classes what was named ("who's in that
  // club?" after a question on BRICS, "where's that place?" after one on Beylikova), so each name before in its place;
  // only names that tell the topic (in at most half the facts: not "China" in a knowledge about China), the rarest first.
  const at = afterWh.findIndex((_, i) => pointsAt(afterWh, i));
  if (out.length === pronounReadings && !event && DEMONSTRATIVES.has(afterWh[at]?.key ?? '') && CLASS_NOUNS.has(afterWh[at + 1]?.key ?? '')) {
    const facts = (phrase: readonly Token[]) => Math.min(...phrase.map((t) => vocab.facts.get(nameKey(t.key, vocab))?.size ?? total));
    const telling = namePhrases(prev, vocab)
      .filter((phrase) => facts(phrase) <= total / 2 && !phrase.every((t) => NATIONALITY_WORD.test(t.key)))
      .sort((a, b) => facts(a) - facts(b));
    for (const phrase of telling) {
      const s = substituted(afterWh, phrase, true);
      if (s !== null) wholeReading(before ? `${before} ${s}` : s);
    }
  }
  // The follow-up's own words with the previous question's, less its question word when the follow-up brings one;
  // then with only the words that tell the previous question's topic ("when" + "refinery").
  out.push({ probe: `${join(own)} ${whText ? bodyOf(prev) : join(prev.ts)}`, shown: paired, whole: false });
  const topic = distinctive(prev, vocab, total);
  const mine = join(own.filter((t) => !PRONOUNS.has(t.key)));
  if (topic.length > 0) out.push({ probe: `${mine} ${join(topic)}`, shown: paired, whole: false, topical: true });
  // Each of them alone, the rarest first: "build" in "will Turkey build a refinery?" pulls "and when?" back to the refinery's readiness.
  if (topic.length > 1) {
    // (Not a word of time, "this year", "which month": it says when, not what about; alone with "what day" it finds
    // whatever fact gives a year.)
    const rarest = topic.filter((t) => !TIME_AFTER.has(t.key)).sort((a, b) => (vocab.roots.get(root(a.key))?.size ?? 0) - (vocab.roots.get(root(b.key))?.size ?? 0));
    for (const t of rarest.slice(0, MAX_TOPIC_WORDS)) out.push({ probe: `${mine} ${t.text}`, shown: paired, whole: false, topical: true });
  }
  return out;
}

/**
 * What a question answered on its own leaves as the context for the next: the
 * question and its fact; for a question of its own declined near the topic,
 * the question without a fact:
 * "and when?" after a declined "is the Turkish team going to China soon?"
 * asks about that, not about whatever was answered before it. Chatter
 * nothing came close to ("lol ok") leaves the context as it was
 * (CONVERSATION.declinedContextMin).
 */
function contextOf(r: Reply, kb: KnowledgeBase): PreviousTurn | null {
  if (r.kind === 'fact') return { question: rememberedQuestion(r, kb), factId: r.factId };
  if (r.kind !== 'none' || r.reason !== 'no-match' || r.confidence < CONVERSATION.declinedContextMin) return null;
  const kind = shapeKindOf(r, kb);
  // (Also one with a pronoun, "when did they stumble on the beylikova reserve?": its words name its topic.)
  return kind === 'standalone' || kind === 'continued' || kind === 'pronoun' ? { question: rememberedQuestion(r, kb), factId: NO_FACT } : null;
}

/**
 * The question a follow-up reads on from: the part of the message read as its question when what was left out names
 * nothing the knowledge knows ("Sorry, total newbie here. Who's the president of Turkey?": "and China's?" swaps
 * "Turkey", not a word of the remark); else the whole message, whose remark may be what a pronoun after it stands for
 * ("erdogan xi meeting in kazakhstan — what was on the table", then "did they sign anything?"). English only.
 */
function rememberedQuestion(r: Reply, kb: KnowledgeBase): string {
  if (r.language === 'tr') return r.question;
  const read = questionRead(r.question, kb, r.language);
  if (read === r.question) return read;
  const vocab = vocabularyOf(kb);
  const kept = new Set(tokens(read).map((t) => t.key));
  return tokens(r.question).some((t) => !kept.has(t.key) && vocab.names.has(t.key)) ? r.question : read;
}

/** The follow-up shape of a reply's question, read in the reply's language (Turkish when the knowledge has it). */
function shapeKindOf(r: Reply, kb: KnowledgeBase): string {
  return r.language === 'tr' && kb.turkish ? turkishFollowupShape(r.question).kind : followupShape(r.question).kind;
}

/**
 * Whether small talk is, in a conversation, a bare follow-up pointing at a
 * thing ("what is that?", "what's this?", "bu ne?"): a question about what
 * was just asked. Not "who are you?" nor "what can you do?": those are about
 * the bot.
 */
function pointsBackInChat(smalltalk: Reply): boolean {
  if (smalltalk.language === 'tr') return pointsBackInTurkishChat(smalltalk.question);
  return followupShape(smalltalk.question).kind === 'bare' && tokens(smalltalk.question).some((t) => THING_PRONOUNS.has(t.key));
}

/**
 * Whether a question cannot be answered without a question before it: a bare
 * follow-up ("and when?", "why?", "who else?", "peki ne zaman?"), which alone
 * would get whatever fact matches its question word.
 */
function needsContext(alone: Reply, kb: KnowledgeBase): boolean {
  if (alone.kind === 'smalltalk' || (alone.kind === 'none' && alone.reason === 'empty')) return false;
  return shapeKindOf(alone, kb) === 'bare';
}

/**
 * Whether a question does not stand on its own: a bare follow-up ("and when?", "why?",
 * "who else?", "peki ne zaman?") that only means something after another question. Such
 * a question is not a knowledge gap when it comes first (the bot asks for the whole
 * question), and not a question to store or mark out of scope. By its words
 * alone, in the language they are in.
 */
export function needsQuestionBefore(question: string): boolean {
  return detectLanguage(question) === 'tr' ? turkishFollowupShape(question).kind === 'bare' : followupShape(question).kind === 'bare';
}

/** The reply to a bare follow-up with nothing before it: ask for the whole question, offering what it matched alone. */
function askWhole(alone: Reply, kb: KnowledgeBase): Reply {
  const words = REPLY_WORDS[alone.language ?? 'en'];
  const offered = alone.kind === 'fact' ? [answerFact(alone.factId, kb, alone.language)?.question, ...alone.related.map((r) => r.question)] : alone.suggestions;
  const suggestions = [...new Set(offered.filter((q): q is string => typeof q === 'string' && q.length > 0))].slice(0, SEARCH.maxSuggestions);
  const reply: Reply = { kind: 'none', reason: 'no-match', question: alone.question, answer: words.askWhole, confidence: alone.confidence, related: [], suggestions };
  if (alone.language !== undefined) reply.language = alone.language;
  return reply;
}

/**
 * A question whose words go on from the one before (a `continued` shape), read in context; null to answer it as alone.
 * - "says who?", "who says so?", "source?" after an answer that says whose word it gives ("According to the report, the
 *   Global Times … sees …"): that answer is who says so. A fact the words alone get off the topic of the question before
 *   and of its answer (the delegation story's unnamed sources, after the Global Times) is someone else's word; on it
 *   ("says who?" after "who's heading to China?": those sources), the words alone's answer stands.
 * - Declined alone: "which one is China's?" after "which heads of state does the piece mention?" picks among what the
 *   answer just given named, so it is that answer when the answer has every word it picks by; "and when's first
 *   production?" after "how much is China putting into Beylikova?" is read with that question's topic words and
 *   answered when that gets a fact on its topic; "is the chinese side silent too?" after "did turkey's energy ministry
 *   comment?" is the answer just given when its words with the question before rank that answer first (the
 *   conversation as evidence, as for Turkish "X da mı?").
 */
function continuedInContext(alone: Reply, how: Extract<FollowupShape, { kind: 'continued' }>['how'], previous: PreviousTurn, kb: KnowledgeBase): ContextAnswer | null {
  const previousFact = kb.byId.get(previous.factId);
  if (previousFact === undefined) return null;
  const vocab = vocabularyOf(kb);
  const given = answerFact(previous.factId, kb)!;
  const asPrevious = (): ContextAnswer => ({
    reply: { ...given, question: alone.question, confidence: CONVERSATION_EVIDENCE_CONFIDENCE, readingAs: pairedReading(alone.question, previous.question, vocab.names) },
    remember: { question: previous.question, factId: previous.factId },
  });
  const prev = parse(cleanInput(previous.question));
  if (how === 'source') {
    if (alone.kind !== 'fact' || alone.factId === previous.factId || !ATTRIBUTES.test(given.answer)) return null;
    const aloneFact = kb.byId.get(alone.factId)!;
    const onTopic = sharesTopic(aloneFact, prev, vocab, kb.facts.length) || sharesTopic(aloneFact, parse(cleanInput(given.answer)), vocab, kb.facts.length);
    return onTopic ? null : asPrevious();
  }
  if (alone.kind !== 'none') return null;
  if (how === 'which-one') {
    const ts = ownTokens(alone.question);
    const by = ts.slice(ts.findIndex((t) => t.key === 'one' || t.key === 'ones') + 1).filter((t) => isContent(t));
    const said = new Set(tokens(given.answer).map((t) => root(t.key)));
    return by.length > 0 && by.every((t) => said.has(root(t.key.replace(/'s$/, '')))) ? asPrevious() : null;
  }
  if (how === 'and') {
    const topic = distinctive(prev, vocab, kb.facts.length);
    const combined = topic.length > 0 ? answer(`${alone.question} ${join(topic)}`, kb, { oneQuestion: true }) : null;
    if (combined?.kind !== 'fact' || !sharesTopic(kb.byId.get(combined.factId)!, prev, vocab, kb.facts.length)) return null;
    return { reply: { ...combined, question: alone.question, readingAs: pairedReading(alone.question, previous.question, vocab.names) }, remember: { question: previous.question, factId: combined.factId } };
  }
  // (Of something the knowledge knows: "is tesla building one too?" asks about what it never names, which the answer
  // just given does not cover.)
  const subject = ownTokens(alone.question).slice(1).find((t) => isContent(t));
  if (subject === undefined || !vocab.roots.has(root(subject.key))) return null;
  const top = rank(`${alone.question} ${previous.question}`, kb, 1, { oneQuestion: true })[0];
  return top?.factId === previous.factId && top.score >= SEARCH.suggestThreshold ? asPrevious() : null;
}

/**
 * A question asked with no conversation before it (the CLI, an API call
 * without a conversation id, the console): `answer`, except that a bare
 * follow-up ("and when?") is not guessed at but asked in full.
 */
export function answerOnItsOwn(question: string, kb: KnowledgeBase, hint?: string): Reply {
  return answerInContext(question, undefined, kb, hint).reply;
}

/**
 * Answers `question` in a conversation whose last answered question was
 * `previous` (undefined: none, or expired). A question that stands on its
 * own gets exactly `answer(question, kb)`. Never throws. `sameMessage`: the
 * question is one of a message's several and `previous` the one before it
 * in that message (several.ts).
 */
export function answerInContext(question: string, previous: PreviousTurn | undefined, kb: KnowledgeBase, hint?: string, sameMessage = false): ContextAnswer {
  if (previous) question = withoutGuess(echoAsQuestion(nameAskedAsWho(correctionOf(question))));
  let alone = answer(question, kb, hint === undefined ? {} : { hint });
  // "what is that?" after a question points at what it asked about, not at the bot (as small talk alone it would).
  if (previous && alone.kind === 'smalltalk' && pointsBackInChat(alone)) alone = answer(question, kb, { ...(hint === undefined ? {} : { hint }), smalltalk: false });
  const rememberAlone = (r: Reply): ContextAnswer => ({ reply: r, remember: contextOf(r, kb) });
  if (alone.kind === 'smalltalk' || (alone.kind === 'none' && alone.reason === 'empty')) return rememberAlone(alone);
  // With nothing before it, "and when?" would get whatever fact matches "when": asked in full instead.
  if (!previous) return needsContext(alone, kb) ? { reply: askWhole(alone, kb), remember: null } : rememberAlone(alone);
  // A Turkish follow-up is read by followup-tr.ts: a question read as Turkish, or one too short to tell ("kim?",
  // "ya Chery?") after a Turkish question, when its Turkish shape is a follow-up's (a standalone question stays as it was).
  const turkish = alone.language === 'tr' ? alone : kb.turkish && detectLanguage(question, detectLanguage(previous.question)) === 'tr' && turkishFollowupShape(alone.question).kind !== 'standalone' ? answer(question, kb, { hint: 'tr' }) : null;
  // Answered as alone, it is read as Turkish when English answers nothing: "maliyeti?" (its cost?) after a Turkish
  // question has no word to tell its language by, and the Turkish index knows "maliyet" where the English one knows
  // nothing. ("brics?", answered in English alone, stays so.)
  if (turkish) return answerTurkishInContext(turkish, previous, kb, sameMessage) ?? rememberAlone(alone.kind !== 'fact' && turkish.kind === 'fact' ? turkish : alone);
  // An English follow-up to a Turkish question reads on from that fact's first English question.
  const before = previous;
  const previousFactIndex = kb.byId.get(before.factId);
  if (kb.turkish && previousFactIndex !== undefined && detectLanguage(before.question) === 'tr') previous = { question: kb.facts[previousFactIndex]!.questions[0]!, factId: before.factId };
  const read = followupShape(alone.question);
  if (read.kind === 'standalone') return rememberAlone(alone);
  if (read.kind === 'continued') return continuedInContext(alone, read.how, previous, kb) ?? rememberAlone(alone);
  let shape: Exclude<FollowupShape, { kind: 'standalone' }> = read;
  const vocab = vocabularyOf(kb);
  const prev = parse(cleanInput(previous.question));
  const headSwapped = shape.kind === 'fragment' ? headSwap(alone.question, prev) : null;
  if (headSwapped) shape = headSwapped;
  // Only a bare follow-up ("and when?") and a continuation ("and SAIC?") are read in context when answered alone:
  // the one has nothing of its own to be answered with, the other is by its grammar the rest of the question before.
  const continuation = shape.kind === 'swap' && shape.continues;
  // "what about industry?" after "who is the energy minister?": answered alone (the industry minister's statement), but
  // read in context too, as a whole swapped question, when that gets another fact more surely (CONVERSATION.pointingMargin).
  // Not when what it names was named before ("what about Fatih Kacir?" after "what did Kacir say?"): no swap, a question of its own.
  // So is a fragment put in the place of a phrase of the question before ("turkey's energy ministry?", headSwap).
  const about =
    shape.kind === 'swap' &&
    !shape.continues &&
    alone.kind === 'fact' &&
    (headSwapped !== null || !shape.subject.some((t) => isContent(t) && prev.ts.some((p) => nameKey(p.key, vocab) === nameKey(t.key, vocab))));
  // "what did he say?": "he" with no one named before it is someone named before, whatever the words alone match;
  // read in context (as whole questions only, "what did Fatih Kacir say?") even when answered alone.
  const personal = shape.kind === 'pronoun' && pointsBackToPeople(alone.question, vocabularyOf(kb));
  // "who runs it?", "when is it going?": "it" or "that" after at most one word of the question's own points at what was
  // asked before. Read in context even when answered alone, but only to the fact just given, as a whole question that fact
  // answers about as surely as the words alone answer theirs, or more (CONVERSATION.pointingMargin; see below).
  const pointing = !personal && shape.kind === 'pronoun' && alone.kind === 'fact' && alone.factId !== previous.factId && pointsBackToThing(alone.question);
  // "are they building anything in Turkey?" after "what is BYD?": "they" before any name of its own stands for a name
  // the previous question gave. Read in context even when answered alone, as whole questions with that name only, and
  // only when one is answered more surely than the words alone (CONVERSATION.pointingMargin).
  const names = !personal && !pointing && shape.kind === 'pronoun' && alone.kind === 'fact' && pointsBackToNamed(alone.question, vocab) ? namedBefore(prev, vocab, kb.facts[kb.byId.get(previous.factId) ?? -1]?.answer ?? '') : [];
  const named = names.length > 0;
  // "batteries too?", "including cars?": a fragment that adds to what was asked is by its grammar the rest of it.
  const adds = shape.kind === 'fragment' && (tokens(alone.question).some((t) => ADDITIVE.has(t.key)) || givesExample(alone.question));
  if (shape.kind !== 'bare' && !continuation && !about && !personal && !adds && !pointing && !named && alone.kind === 'fact') return rememberAlone(alone);

  const asked = alone.question;
  const previousAnswer = kb.facts[kb.byId.get(previous.factId) ?? -1]?.answer ?? '';
  const all = named ? namedReadings(asked, names, vocab) : readings(asked, shape, previous.question, prev, vocab, kb.facts.length, previousAnswer);
  // A continuation answered alone is read in context only as a whole swapped question.
  const tried = (continuation || about || personal || pointing || named) && alone.kind === 'fact' ? all.filter((r) => r.whole) : all;
  if (tried.length === 0) return rememberAlone(alone);
  // "who else?": something besides what was answered, so never the same fact again, unless that fact's answer lists
  // several ("members include China and Russia": "who else is in that group?" asks for more of them; lists.ts).
  const other = tokens(asked).some((t) => OTHER.has(t.key));
  const listsMore = other && answerLists(previousAnswer);
  // "and when?" asks for a time: a fact whose answer cannot give one is not its answer, however well the rest of
  // the reading matches it (the previous question's own fact, often).
  const kind = answerType(asked);
  // "where is it from?" asks for an origin, which a nationality gives; "where exactly?" does not.
  const origin = tokens(asked).some((t) => t.key === 'from');
  // "which city?" asks for a city: an answer whose only places are countries or regions does not give one.
  const city = kind === 'where' && asksForCity(asked);
  const gives = (factId: string) => {
    const i = kb.byId.get(factId);
    if (kind === null || i === undefined) return true;
    const text = kb.facts[i]!.answer;
    if (city && !answerNamesCity(text, 'en')) return false;
    return answerTypesSupported(text).includes(kind) || ((kind !== 'where' || origin) && SAYS_WHAT_IS_ASKED[kind]?.test(text) === true);
  };
  // "what about Tesla?" asks about Tesla: a fact that never names it cannot answer it, however well the rest of the
  // previous question matches.
  // Nor does one that names it only as what it leaves out ("Apart from BYD, …" for "and BYD?"; lists.ts).
  const namesSubject = (factId: string) =>
    shape.kind !== 'swap' ||
    (shape.subject.some((t) => vocab.roots.get(root(t.key))?.has(kb.byId.get(factId) ?? -1) === true) &&
      !shape.subject.some((t) => namesOnlyAsException(kb.facts[kb.byId.get(factId) ?? -1]?.answer ?? '', t.key)));
  // "where exactly?" asks for a place not said yet ("in Turkey" again does not answer it after "a plant in Turkey?").
  const told = new Set([...prev.ts, ...tokens(asked)].map((t) => t.key));
  const givesNew = (factId: string) => kind !== 'where' || namesNewPlace(kb.facts[kb.byId.get(factId) ?? -1]?.answer ?? '', told, origin);
  // "who wrote it?" after the Global Times: what a pronoun question asks is its own words ("wrote"); a fact that has
  // none of them answers the question before, not it (the previous question's words dominate a reading).
  // (A question whose only word is the one after "that", "where's that place?", "who's in that group?", has none: that
  // word is what points back, not what is asked of it.)
  const contentWords = shape.kind === 'pronoun' ? tokens(asked).filter((t) => isContent(t) && !MEANT.has(t.key)) : [];
  const ownWords = contentWords.every((t) => CLASS_NOUNS.has(t.key)) && tokens(asked).some((t) => DEMONSTRATIVES.has(t.key)) ? [] : contentWords;
  // A word the knowledge never writes counts in a word of its synonym group ("his title" is the minister's "role"), and
  // so does any word asked of a person ("what's his position?": his "job").
  const ownTerms = ownWords.map((t) => kb.analyzer.queryTerms(t.text).map((term) => kb.termIds.get(term) ?? -1));
  const hasOwnWord = (factId: string) => {
    const i = kb.byId.get(factId) ?? -1;
    return (
      ownWords.length === 0 ||
      ownWords.some((t, n) => {
        const facts = vocab.roots.get(root(t.key));
        if (facts?.has(i)) return true;
        return (!facts || personal) && ownTerms[n]!.some((id) => factHasTerm(kb, i, id));
      })
    );
  };
  // "how old is he?" asks an age: an answer that states none does not give it, whatever number it has (the report gives
  // no one's age, and "October" or "3.5 million tonnes" would do for "how many").
  const age = /\bhow old\b/.test(asked.toLowerCase());
  const statesAge = (factId: string) => AGE.test(kb.facts[kb.byId.get(factId) ?? -1]?.answer ?? '');
  // "what day?" asks for a day: "in October" does not give one.
  const day = ASKS_DAY.test(asked.toLowerCase());
  const saysDay = (factId: string) => statesDay(kb.facts[kb.byId.get(factId) ?? -1]?.answer ?? '');
  const acceptable = (r: Reply): r is Reply & { kind: 'fact'; factId: string } =>
    r.kind === 'fact' && !(age && !statesAge(r.factId)) && !(day && !saysDay(r.factId)) && !(other && r.factId === previous.factId && !listsMore) && (shape.kind !== 'bare' || (gives(r.factId) && givesNew(r.factId))) && (!city || gives(r.factId)) && namesSubject(r.factId) && hasOwnWord(r.factId);
  // The conversation is evidence too: when a reading's best candidate, short of the usual confidence, is the fact
  // just given ("with who?" after BYD's deal, whose answer says the report names no partner), and that fact's
  // answer can be the kind asked for, it is the answer, at the threshold's confidence. Only for a bare follow-up
  // (nothing of its own to ask), and not for an amount ("how old is he?"): any number in an answer "supports"
  // one, so the wording cannot tell.
  const previousFact = kb.byId.get(previous.factId);
  // Whether the fact just given can be the kind of answer asked for (a city for "which city?", a place not said yet).
  // (Not for "who else?", unless that answer lists several: "what else?" after rare earths' uses asks for more of its list.)
  const previousGives =
    (!other || listsMore) &&
    previousFact !== undefined &&
    (kind === null || answerTypesSupported(kb.facts[previousFact]!.answer).includes(kind)) &&
    !(city && !answerNamesCity(kb.facts[previousFact]!.answer, 'en')) &&
    !(day && !saysDay(previous.factId)) &&
    givesNew(previous.factId);
  const prior = previousGives && shape.kind === 'bare' && kind !== 'quantity' && kind !== 'duration';
  // "which ones?", "which one?": which of the things the answer just given spoke of; that answer names them.
  const which = shape.kind === 'bare' && !other && shape.wh[0] === 'which' && (shape.wh[1] === 'one' || shape.wh[1] === 'ones');
  if (which && previousFact !== undefined) {
    const given = answerFact(previous.factId, kb)!;
    const reply: ContextReply = { ...given, question: asked, confidence: CONVERSATION_EVIDENCE_CONFIDENCE, ...readAs(tried.at(-1)!) };
    return { reply, remember: { question: previous.question, factId: previous.factId } };
  }
  const onTopic = (r: Reply): boolean => r.kind === 'fact' && sharesTopic(kb.byId.get(r.factId)!, prev, vocab, kb.facts.length);
  // "who else?" asks for more of what the previous answer gave: only readings that keep the whole previous question.
  const usable = tried.filter((r) => !(other && r.topical));
  // The likeliest whole reading getting the fact the words alone got ("who dominates rare earth?" for "and who
  // dominates it?" after "what are rare earths used for?"): the reading agrees with the words, so that fact is on what
  // was asked, though it shares no rarer word with the question before. (Only the likeliest: "which city is it going
  // in?" after BYD's deal read with "Turkey" for "it" gets the deposit's town, as the words alone do.) The reply is the
  // words alone's, with no reading line, as a question of its own gets.
  let agreeing = false;
  for (const r of usable) {
    const combined = answer(r.probe, kb, { oneQuestion: true });
    // The fact a reading finds gives the kind of answer asked, but only a place already said ("where exactly?" after
    // BYD's plant "in Turkey"): the knowledge does not tell, and a looser reading would only find another topic's place.
    if (shape.kind === 'bare' && combined.kind === 'fact' && gives(combined.factId) && !givesNew(combined.factId) && namesSubject(combined.factId)) break;
    if (!acceptable(combined)) continue;
    // ("and Great Wall?" after BYD's plant: the names with it get the fact its name alone gets; the reply stays as it was.)
    if (r.withNames && alone.kind === 'fact' && combined.factId === alone.factId) continue;
    // Pointing at what was asked: the fact just given, about as surely as the words alone get theirs; or another fact (the
    // pronoun stands for the thing, and the question asks something else of it: "who'd lead it?" after "is the trip to
    // China confirmed?") more surely than the words alone by the margin, or more surely at all and on the previous
    // question's topic when what the words alone got is not ("lead" alone gets the two presidents, "leaders").
    if (pointing && r === usable[0] && r.whole && alone.kind === 'fact' && combined.factId === alone.factId) agreeing = true;
    if (pointing && !(combined.factId === previous.factId ? combined.confidence > alone.confidence - CONVERSATION.pointingMargin : alone.kind === 'fact' && combined.factId !== alone.factId && (combined.confidence > alone.confidence + CONVERSATION.pointingMargin || (combined.confidence > alone.confidence && !onTopic(alone) && onTopic(combined))))) continue;
    // (The same fact as alone: the words alone say as much, and the reply stays as it was.)
    if ((named || about) && !(alone.kind === 'fact' && combined.factId !== alone.factId && combined.confidence > alone.confidence + CONVERSATION.pointingMargin)) continue;
    const reply: ContextReply = { ...combined, question: asked, ...readAs(r) };
    return { reply, remember: { question: r.whole ? r.probe : previous.question, factId: combined.factId } };
  }
  // "who runs it?" after the Global Times: "it" is the thing asked about, the question has one word of its own
  // ("runs"), and what that word alone got ("who runs Turkey?": the presidents) is off the topic; a whole reading whose
  // best candidate is the fact just given, short of the usual confidence ("who runs the Global Times?"), is the
  // answer, as for a bare follow-up. (With two words of its own, "is it coming to turkey?", they say enough; and an
  // answer the words alone get with high confidence, as a stored question's, "When was it found?", stays theirs.)
  const pointingPrior = previousGives && pointing && ownWords.length <= 1 && confidenceLabel(alone.confidence) !== 'high' && !onTopic(alone);
  for (const r of prior || pointingPrior ? usable : []) {
    const top = rank(r.probe, kb, 1, { oneQuestion: true })[0];
    if (top?.factId !== previous.factId || top.score < SEARCH.suggestThreshold) continue;
    const given = answerFact(previous.factId, kb)!;
    const reply: ContextReply = { ...given, question: asked, confidence: CONVERSATION_EVIDENCE_CONFIDENCE, ...readAs(r) };
    return { reply, remember: { question: r.whole ? r.probe : previous.question, factId: previous.factId } };
  }
  // "did they sign anything?" after "what did Erdogan and Xi talk about?": "they" stands for the names the question
  // before gave, and a fact that names none of them and is off that question's topic (BYD's deal) answers the words
  // about someone else: declined with the reading, that fact offered. Not when the question before has a plural thing
  // "they" may stand for instead: "what are they used for?" after "how long has China been on top in rare earths?".
  const pluralThing = prev.ts.some((t) => isContent(t) && !vocab.names.has(t.key) && PLURAL_NOUN.test(t.key));
  // An answer the words alone get with high confidence, as a stored question's ("how far will they purify the ore?"),
  // stays theirs, and so does a question with more than one word of its own ("where did they get the info about the
  // china trip?"): "they" is as often no one in particular.
  // So is "which city is it going in?" after BYD's deal: "it" is what was asked about, and what the words alone get (the
  // deposit's city) is off that question's topic. (Not after a question that itself pointed back: its words no longer
  // name its topic.) Both only with at most one word of the question's own and the words alone short of high confidence.
  const weakOffTopic = ownWords.length <= 1 && confidenceLabel(alone.confidence) !== 'high' && !onTopic(alone);
  const offPointing = pointing && tokens(asked).some((t) => IT.has(t.key)) && followupShape(previous.question).kind === 'standalone';
  if (offPointing && agreeing) return rememberAlone(alone);
  if (alone.kind === 'fact' && weakOffTopic && (offPointing || (named && !pluralThing && !names.some((phrase) => phrase.some((t) => namedIn(nameKey(t.key, vocab), kb.byId.get(alone.factId) ?? -1, vocab)))))) {
    const suggestions = [kb.facts[kb.byId.get(alone.factId)!]!.questions[0]!, ...alone.related.map((r) => r.question)].slice(0, SEARCH.maxSuggestions);
    return { reply: { ...declinedReply(kb, asked, alone.confidence, suggestions), ...readAs(tried[0]!) }, remember: null };
  }
  // A fragment may be a question of its own, and a continuation answered alone is: with no reading answered,
  // it is answered (or declined) as alone. Not "what did he say?": its words alone ask what someone unnamed said,
  // and whatever fact they match ("the ministries said nothing") answers another question; declined with the reading.
  // (Not an owner alone, "china's?", "what about china's?": its words alone ask nothing, and what they match, a fact
  // about China, answers no question; declined with the reading, "who is China's industry minister?".)
  const ownerOnly = shape.kind === 'swap' && shape.subject.length === 1 && isPossessive(shape.subject[0]!);
  if (!ownerOnly && (shape.kind === 'fragment' || ((continuation || about || pointing || named) && alone.kind === 'fact'))) return rememberAlone(alone);
  // A bare follow-up's own answer, when it is about what was asked before ("how pure?" after the refinery).
  const paired = tried.at(-1)!;
  if (acceptable(alone) && sharesTopic(kb.byId.get(alone.factId)!, prev, vocab, kb.facts.length)) {
    const reply: ContextReply = { ...alone, ...readAs(paired) };
    return { reply, remember: { question: previous.question, factId: alone.factId } };
  }
  // Declined as usual, saying what was tried: the first (most specific) reading.
  const first = tried[0]!;
  const tryFirst = answer(first.probe, kb, { oneQuestion: true });
  const declined: Reply =
    tryFirst.kind === 'fact'
      ? // Only "who else?" answered with the fact already given: declined, with that reading's suggestions.
        declinedReply(kb, asked, tryFirst.confidence, tryFirst.related.map((r) => r.question))
      : tryFirst;
  const reply: ContextReply = { ...declined, question: asked, ...readAs(first) };
  return { reply, remember: null };
}
