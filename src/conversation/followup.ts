/**
 * Follow-up questions read in context (issue 16): "and when?", "why?", "who
 * else?", "what about Chery?", "is it confirmed?" do not stand on their own;
 * they are read together with the last question the conversation got a fact
 * answer to, and the reply says how ("Reading this as: …") so that a wrong
 * reading is visible. Pure: the conversation's memory is the caller's
 * (src/conversation/store.ts, src/bot.ts).
 *
 * This module decides and answers; the reading is done by its parts, each
 * pure: english-words.ts (the words a follow-up is read by, `tokens`),
 * followup-shape.ts (standalone or which kind of follow-up), rewrites.ts
 * ("whats his name?" as "who is he?", corrections, guesses), vocabulary.ts
 * (which facts each word is in, which words are names) and readings.ts (the
 * previous question taken apart and the readings tried, most specific first).
 * Turkish follow-ups are followup-tr.ts's.
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
import { answer, answerFact, factHasTerm, questionRead, questionTerms, rank, withoutDoubt, type KnowledgeBase } from '../engine/answer.ts';
import { CONVERSATION, SEARCH } from '../config.ts';
import { confidenceLabel, readAs, REPLY_WORDS, type Reply } from '../reply.ts';
import { detectLanguage } from '../text/language.ts';
import { answerTurkishInContext, trTokens, turkishAddedWithVerb, turkishDeclined, plainTurkish, withoutTurkishGuess, pointsBackInTurkishChat, turkishFollowupShape, holderNearby, sourceFactOnTopic, turkishMeaningAsked, turkishOnlyAsOthers, turkishSaidAgain, turkishStatusAsSwap, turkishWhichOfAnswered, turkishWhichOfKind } from './followup-tr.ts';
import { answerLists, listedPart, namesOnlyAsException } from '../text/lists.ts';
import { answerNamesCity, asksForCity, isBiggerThanCity, isMonthOrDay, lackedKind } from '../text/places.ts';
import { STOP_WORDS, answerType, answerTypesSupported, cleanInput, fold } from '../text/normalize.ts';
import { asWord, holderNamed, personNotAsked, personsIn } from './persons.ts';
import { nearestToSetApart } from './set-apart.ts';
import { answeredAsWhoIs, postAskedOfNamed, roleOfFieldAsked, saidAskedOfNamed, turkishPostAskedOfNamed, turkishRoleOfFieldAsked, whoAskedOfNamed } from './identity.ts';
import { linkedBest, linkedInstead, linksTo, listingCandidate } from './linked.ts';
import { connectionRead, namesSide } from './connection.ts';
import { outcomeAskedOfAttempt, whichNotInAnswer } from './outcome.ts';
import { comeInAsFitIn, correctionOf, leaderSetBefore, takeAsSaid, echoAsQuestion, eventAsWhereWhen, kindAskedAsWh, counterpartAsOne, mentionedAsThat, nameAskedAsWho, placeAsThat, onlyOneAsOthers, purposeAskedAsWhy, statusAsWhatAbout, withoutGuess, withoutOnlyAlternative } from './rewrites.ts';
import { type Vocabulary, nameKey, root, vocabularyOf } from './vocabulary.ts';
import { CONDITION_ASKED, type FollowupShape, evenAt, followupShape, withoutTrailingRemark } from './followup-shape.ts';
import { AGE, CLASS_NOUNS, IT, THING_PRONOUNS, asQuestion, distinctive, headSwap, join, namedBefore, namedReadings, pairedReading, parse, placePhrases, pointsBackToNamed, pointsBackToPeople, pointsBackToThing, readings, sharesTopic } from './readings.ts';
import { ADDITIVE, ATTRIBUTES, DEMONSTRATIVES, LEAD, MEANT, OTHER, PLURAL_NOUN, PLURAL_PRONOUNS, PRONOUNS, ROLE_NOUNS, SOURCED, type Token, WH, givesExample, isContent, isPossessive, locativeThere, onlyChallenges, ownTokens, plainEnglish, tokens } from './english-words.ts';

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

/** The reply to a question read in context: the engine's reply, with `readingAs` when it was read as a follow-up. */
export type ContextReply = Reply;

/** What answering in context produced: the reply, and what the conversation remembers next. */
export interface ContextAnswer {
  reply: ContextReply;
  /** The turn to remember when the reply is a fact answer (else the previous one stays). */
  remember: PreviousTurn | null;
}

// ---- Answering -----------------------------------------------------------------------------

/**
 * The confidence of a follow-up answered with the fact just given on the
 * conversation's evidence (its readings came close but not to the threshold):
 * the threshold itself, which the calibrated scale puts at 0.5.
 */
const CONVERSATION_EVIDENCE_CONFIDENCE = 0.5;
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
/** A part of several asked about: "any of them", "which of those", "none of these" (the several an answer listed). */
const PARTITIVE = /\b(?:any|which|none|one|some|all|either|neither|each)\s+of\s+(?:them|those|these|em|'em)\b/i;
/** Words asking for a city, no word of what it is asked of ("which city", "what town"). */
const CITY_WORDS = new Set(['city', 'cities', 'town', 'towns', 'province', 'provinces', 'where', 'which', 'what']);
/** A yes-or-no question's first word, after a lead ("so did any of them …", "has any of them …"). */
const YES_NO_LEAD = /^\s*(?:(?:so|and|but|ok|okay|wait|hm+)\s*,?\s+)*(?:did|does|do|has|have|had|is|are|was|were|will|would|can|could)\b/i;

/**
 * Whether the question before asked for others than someone ("which other carmakers …?", "besides …") or named some of
 * those an answer lists and none it sets apart ("turkey talked to chery, saic and great wall too?"): the several "them"
 * stands for then leave out the one the answer sets apart.
 */
function othersAskedBefore(before: readonly Token[], answer: string, vocab: Vocabulary): boolean {
  if (before.some((t) => OTHER.has(t.key) || t.key === 'apart' || t.key === 'except')) return true;
  // (Of those it lists: "turkey" in "which chinese carmakers has turkey talked to?" is who talked, not one of them.)
  const listed = listedPart(answer);
  const named = before.map((t) => nameKey(t.key, vocab)).filter((k) => vocab.names.has(k) && listed.includes(k));
  return named.length > 0 && !named.some((k) => namesOnlyAsException(answer, k));
}

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

/** Whether a name (its key) is one of the knowledge's names and written in fact `i`. */
const namedIn = (key: string, i: number, vocab: Vocabulary): boolean => vocab.names.has(key) && vocab.facts.get(key)?.has(i) === true;

/**
 * "a chinese car brand" in a question: an article of one, up to three words, and a noun of a kind (CLASS_NOUNS); or the
 * kind in the plural with up to two words before it ("chinese carmakers", "chinese car companies"); null without.
 */
function oneOfAKind(ts: readonly Token[]): Token[] | null {
  for (let i = 0; i < ts.length; i++) {
    if (ts[i]!.key !== 'a' && ts[i]!.key !== 'an') continue;
    for (let k = i + 1; k < Math.min(ts.length, i + 5); k++) {
      if (!isContent(ts[k]!)) break;
      if (CLASS_NOUNS.has(ts[k]!.key)) return ts.slice(i + 1, k + 1);
    }
  }
  for (let k = 0; k < ts.length; k++) {
    if (!isClassNoun(ts[k]!.key) || CLASS_NOUNS.has(ts[k]!.key)) continue;
    let start = k;
    while (start > 0 && k - start < 2 && isContent(ts[start - 1]!)) start--;
    return ts.slice(start, k + 1);
  }
  return null;
}
/** A class noun in the plural ("carmakers", "companies"). */
const isClassNoun = (key: string): boolean => PLURAL_NOUN.test(key) && (CLASS_NOUNS.has(key.slice(0, -1)) || (key.endsWith('ies') && CLASS_NOUNS.has(`${key.slice(0, -3)}y`)));
/** An answer that says on what it depends: a condition ("if a deal works out", "provided", "depends on"). */
const STATES_CONDITION = /\b(?:if|unless|provided|provided that|depends on|depending on|subject to|as long as|on condition)\b/i;

/** A guess at a place: "so near istanbul?", "its in izmir right?", "close to ankara?", "was that in beijing?" (the place one word). */
const PLACE_GUESS =
  /^\s*(?:(?:so|wait|oh|and|ok|okay|hmm+|hm|is it|its|it['’]s|it is|thats|that['’]s|that is|is that|was it|was that|was this|is this)[\s,]+)*(?:near|close to|in|around|outside|outside of)\s+(\p{L}+)\s*(?:,?\s*(?:right|then|too|or what))?\s*[?!.]*\s*$/iu;
function placeGuessed(question: string, kb: KnowledgeBase): boolean {
  const m = PLACE_GUESS.exec(question);
  if (m === null || STOP_WORDS.has(m[1]!.toLowerCase())) return false;
  if (unknownTo(kb, m[1]!)) return true;
  // A place the knowledge names: asked as typed when that finds a fact that says where something is ("so near
  // eskisehir?"), else where ("so it's in ankara?" found the fact whose questions say "Ankara" most).
  if (!namesPlace(kb, m[1]!)) return false;
  const alone = answer(question, kb);
  return !(alone.kind === 'fact' && storedAsks(kb, alone.factId, 'where'));
}

/** Whether any of a fact's stored questions asks for this kind of answer ("Where did Erdogan and Xi meet?"). */
function storedAsks(kb: KnowledgeBase, factId: string, kind: NonNullable<ReturnType<typeof answerType>>): boolean {
  return kb.facts[kb.byId.get(factId) ?? -1]?.questions.some((q) => answerType(q) === kind) === true;
}

const placeTermsCache = new WeakMap<KnowledgeBase, ReadonlySet<string>>();
/**
 * Whether a word is read as a place that an answer of the knowledge names ("in Turkey", "close to Eskişehir"; "Ankara",
 * the synonyms' word for Turkey): a guess at where, as one at a place the knowledge never names is. Not a month or a
 * day ("in October" says when).
 */
function namesPlace(kb: KnowledgeBase, word: string): boolean {
  let places = placeTermsCache.get(kb);
  if (!places) {
    const terms = new Set<string>();
    for (const f of kb.knowledge.facts) {
      for (const m of f.answer.matchAll(NAMED_PLACE)) {
        const key = tokens(m[1]!)[0]?.key;
        if (key !== undefined && !isMonthOrDay(key)) for (const t of kb.analyzer.queryTerms(m[1]!)) terms.add(t);
      }
    }
    placeTermsCache.set(kb, (places = terms));
  }
  const terms = kb.analyzer.queryTerms(word);
  return !isMonthOrDay(word.toLowerCase()) && terms.length > 0 && terms.every((t) => places.has(t));
}

/** Whether an index has none of a word's terms (and the word has some). */
function unknownTo(index: Pick<KnowledgeBase, 'analyzer' | 'termIds'>, word: string): boolean {
  const terms = index.analyzer.queryTerms(word);
  return terms.length > 0 && terms.every((t) => !index.termIds.has(t));
}

/**
 * The same in Turkish: "istanbul yakınında mı?", "yani ankara civarında mı bu?", "izmir tarafında mı?", "eskişehir merkezde
 * mi?"; also asked of the past or as heard ("konya tarafında mıydı o?", "… mıymış").
 */
const TR_PLACE_GUESS =
  /^\s*(?:(?:yani|peki|ya|hmm+|hm|e+|ha|aa|bu|o)[\s,]+)*(\p{L}+?)(?:['’]\p{L}*)?\s+(?:yakın\p{L}*|yakin\p{L}*|civar\p{L}*|taraf\p{L}*|merkez\p{L}*)\s+m[ıiuü](?:yd[ıiuü]|yd[ıiuü]k|ym[ıiuü][sş])?(?:[\s,]+(?:yani|bu|o|peki|acaba))*\s*[?!.]*\s*$/iu;
function turkishPlaceGuessed(question: string, kb: KnowledgeBase, previousFactId: string): boolean {
  const m = TR_PLACE_GUESS.exec(question);
  if (m === null || kb.turkish === undefined) return false;
  // A place the knowledge has ("eskişehir merkezde mi yani?": in the middle of Eskişehir?) only when as typed it is
  // declined, or gets a fact other than the one just given ("ankara tarafında mı yani?" after where the deposit was
  // found got BYD's plant, Ankara being the synonyms' word for Turkey): asked where, its fact says how near.
  if (unknownTo(kb.turkish, m[1]!)) return true;
  const alone = answer(question, kb, { hint: 'tr' });
  return alone.kind === 'none' || (alone.kind === 'fact' && alone.factId !== previousFactId);
}

/** A why-question asking the cause behind a premise: "why … in the first place", "to begin with", "at all". */
// (And "even" after the question word, "why do they even want to diversify?", "why they even want to diversify": why at
// all.)
const CAUSE_BEHIND = /\bwhy\b.*\b(?:in the first place|in first place|to begin with|at all|even)\b/;

/** An English follow-up declined as any question the knowledge does not answer (answer.ts's words), with the candidates offered. */
function declinedReply(kb: KnowledgeBase, question: string, confidence: number, suggestions: string[]): Reply {
  return { kind: 'none', reason: 'no-match', question, answer: `${kb.knowledge.bot.noMatch} ${REPLY_WORDS.en.canAnswer(kb.knowledge.bot.topic)}`, confidence, related: [], suggestions };
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

/** Whether every pronoun of a question is a person's straight before a name of the knowledge ("she jinping", "he bayraktar"). */
function pronounsBeforeNames(question: string, vocab: Vocabulary): boolean {
  const ts = tokens(question);
  const at = ts.flatMap((t, i) => (PRONOUNS.has(t.key) ? [i] : []));
  return at.length > 0 && at.every((i) => PERSON_PRONOUNS_BEFORE_NAME.has(ts[i]!.key) && vocab.names.has(nameKey(ts[i + 1]?.key ?? '', vocab)));
}
const PERSON_PRONOUNS_BEFORE_NAME = new Set(['he', 'she', 'him', 'her', 'they', 'them']);

/** The follow-up shape of a reply's question, read in the reply's language (Turkish when the knowledge has it). */
function shapeKindOf(r: Reply, kb: KnowledgeBase): string {
  return r.language === 'tr' && kb.turkish ? turkishFollowupShape(r.question).kind : followupShape(r.question).kind;
}

/**
 * Whether small talk is, in a conversation, a bare follow-up pointing at a
 * thing ("what is that?", "what's this?", "bu ne?"): a question about what
 * was just asked; or asks whose word the answer just given is ("where does
 * the info come from?", alone about the bot's source). Not "who are you?",
 * "what can you do?" nor "what's your source?": those are about the bot.
 */
function pointsBackInChat(smalltalk: Reply): boolean {
  if (smalltalk.language === 'tr') return pointsBackInTurkishChat(smalltalk.question);
  const shape = followupShape(smalltalk.question);
  return (shape.kind === 'bare' && tokens(smalltalk.question).some((t) => THING_PRONOUNS.has(t.key))) || (shape.kind === 'continued' && shape.how === 'source');
}

/**
 * Whether a question cannot be answered without a question before it: a bare
 * follow-up ("and when?", "why?", "who else?", "peki ne zaman?"), which alone
 * would get whatever fact matches its question word.
 */
function needsContext(alone: Reply, kb: KnowledgeBase): boolean {
  if (alone.kind === 'smalltalk' || (alone.kind === 'none' && alone.reason === 'empty')) return false;
  // ("depends on what?" too: on what something asked before depends.)
  return shapeKindOf(alone, kb) === 'bare' || (alone.language !== 'tr' && CONDITION_ASKED.test(alone.question.trim()));
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

/** "so …?", "so basically …?": a restatement of what was just said, to check it. */
const RESTATEMENT_LEAD = /^\s*(?:(?:ok|okay|wait|hm+|ah|oh)\s*,?\s+)?so\s+(?:basically\s+|like\s+)?\S/i;
/** Words of a restatement that say whether, not what ("so nothing is …", "so no one …", "so it's not …"). */
const RESTATEMENT_WORDS = new Set(['nothing', 'none', 'nobody', 'noone', 'anything', 'anyone', 'no', 'not', 'yet', 'really', 'basically']);

/** An answer that tells what someone said ("Fatih Kacır said …"). */
const SAID = /\b(?:said|says|told|stated|announced)\b/i;
/** A word asked what it means: "what does X mean (exactly)?", "X meaning what?", "what is meant by X?", "what do you mean by X?" (folded, the term captured). */
const MEANING_ASKED = /^(?:(?:so|and|but|ok|okay|wait|sorry|hm+)\s+)*(?:what (?:does|do) (.+?) (?:mean|stand for)(?: exactly| here| in this context)?|(.+?) meaning what(?: exactly)?(?:,.*)?|what(?:s| is) meant by (.+?)|(.+?) means what|what (?:do|did) (?:you|u|they|it) mean (?:by|with) (.+?)(?: exactly)?(?:,.*| [—–-] .*)?)$/;
/** Most words of a term asked what it means ("state run", "customs agreement"). */
const MAX_MEANING_WORDS = 3;
/** "which industries (in particular)?", "ok which industries in particular then": which of a plural, nothing else asked (folded, the plural captured). */
const WHICH_OF_PLURAL = /^(?:(?:so|and|but|ok|okay|wait|hm+)\s+)*which\s+([a-z]+)(?:\s+(?:in particular|exactly|specifically|precisely|then|tho|though)){0,2}$/;
/** Role nouns that name no one role ("has any official said so?": a minister is one). */
const ANY_ROLE = new Set(['official', 'officials', 'leader', 'leaders', 'head', 'chief']);
/**
 * A message asking to have the answer just given again, more simply (folded, without punctuation): "in plain english",
 * "in simple terms pls", "could you put that more simply please", "simplify that", "eli5", "say that again", "i dont
 * get it".
 */
const SAY_IT_AGAIN = new RegExp(
  String.raw`^(?:(?:ok|okay|sorry|hm+|um+|uh+|wait|so|and|but|yeah|lol|haha)\s+)*` +
    String.raw`(?:(?:can|could|would) (?:you|u) (?:please |pls |plz |kindly )?)?` +
    String.raw`(?:(?:say|put|explain|tell me|describe) (?:that|it|this)(?: again)? (?:(?:more )?simply|simpler|in (?:plain|simple|simpler|normal|easy|layman'?s|laymans) (?:english|words|terms|language)|like (?:im|i'm|i am) (?:an? )?(?:\d{1,2}|five|ten|twelve|kid|child|beginner)(?: year old| yo)?|again|in short)` +
    String.raw`|(?:in )?(?:plain|simple|simpler|normal|easy|layman'?s|laymans) (?:english|words|terms|language)` +
    String.raw`|simplify(?: (?:that|it|this))?|simpler|more simply|dumb (?:it|that) down|eli5|eli 5|explain like (?:im|i'm|i am) (?:an? )?(?:\d{1,2}|five|ten|twelve|kid|child|beginner)(?: year old| yo)?` +
    String.raw`|say (?:that|it) again|repeat (?:that|it)|come again|(?:i )?(?:dont|don't|didnt|didn't|do not|did not) (?:get|understand|follow) (?:it|that|this)?|(?:i'm|im|i am) (?:lost|confused)|in a nutshell|tl ?dr|in short|so basically|basically)` +
    String.raw`(?: (?:please|pls|plz|thanks|thx|ty|lol|tho|though|again|for me|for a (?:kid|child|beginner|noob|newbie)))*$`,
);
/**
 * "is that still on?", "is it still the plan or not", "are the talks still happening?": whether what the answer just
 * gave still holds, which the knowledge says no more of than that answer (its newest word on it). Not with a word of its
 * own ("is october still the plan?" asks of October).
 */
const STILL_SO =
  /^(?:(?:ok|okay|so|and|but|wait|hm+|um+|right|sure|fine|cool)\s*,?\s+)*(?:is|are|was|were|s) (?:that|it|this|they|those|these|the (?:plan|deal|talks?|trip|visit|project|partnership|idea)) still (?:on|happening|planned|the plan|going ahead|going on|a thing|in play|valid|current|alive|on track|on the table|in the works|being discussed|the case)(?: (?:or not|or what|or did it fall through|or was it dropped|or is it off|then|tho|though|now|right now|rn|as of now|as far as (?:you|u|we) know))*$/;
/** "why does that matter?", "why is that important to them", "why does it matter more now": the point of what was just said. */
const WHY_IT_MATTERS =
  /^(?:(?:and|so|ok|okay|but|hmm|wait)\s+)*(?:why|how come) (?:(?:does|would|is|should|do) )?(?:that|this|it) (?:(?:even )?matters?|(?:so )?important|a (?:big|bigger) deal|significant)(?: (?:so much|at all|to (?:them|us|anyone|turkey|china|ankara)|for (?:this story|them|us)|in this story|more|right now|now|than before|then|tho|though|anyway))*$/;

/** An answer saying the report does not tell who ("The report does not say who the other party to the deal is."). */
const NOT_SAID_WHO = /\b(?:does not|doesn't|do not|did not) (?:say|name|tell|identify|give|specify|reveal)\s+who\b/i;
/**
 * Whether a when-question asks the next time something happens again ("when will they meet again?", "when's the next
 * meeting", "bi daha ne zaman görüşecekler?", "tekrar ne zaman buluşacaklar"): a future verb with "again", or "next".
 */
function asksNextTime(question: string): boolean {
  const plain = question.toLowerCase();
  if (answerType(plain) === 'when' && (/\b(?:will|'ll|ll|gonna|going to|are they|is it)\b[^?]*\bagain\b/.test(plain) || /\bnext (?:meeting|summit|visit|talks|time)\b/.test(plain))) return true;
  const folded = plainTurkish(question);
  return /\b(?:bi|bir) daha\b|\btekrar\b|\byeniden\b/.test(folded) && /\bne (?:zaman|zmn)|\bnezaman\b/.test(folded) && /\p{L}+(?:ecek|acak|cek|cak)\p{L}*/u.test(folded);
}
/** Words asking after the other side of an agreement ("who'd they sign it with", "the counterparty", "the other side"). */
const OTHER_PARTY = /\b(?:sign(?:ed|s|ing)?|counter ?part(?:y|ies)|other (?:side|party|end)|with (?:who|whom)|partner(?:ed|s)?)\b/i;
/** The answer just given again when it says the report does not say who, to a who-question after the other party (see answerInContext). */
function otherPartyNotSaid(read: Reply, previous: PreviousTurn, kb: KnowledgeBase): ContextAnswer | null {
  const asked = read.question;
  if (answerType(asked) !== 'who' || !OTHER_PARTY.test(asked) || tokens(asked).some((t) => OTHER.has(t.key))) return null;
  const given = answerFact(previous.factId, kb);
  if (!given || !NOT_SAID_WHO.test(given.answer)) return null;
  const top = rank(`${asked} ${previous.question}`, kb, 1, { oneQuestion: true })[0];
  return top?.factId === previous.factId && top.score >= SEARCH.suggestThreshold ? answeredAgain(read, previous, kb) : null;
}
/** A question that first sets something apart, then asks ("other than state media, any official statement?"): what it asks. */
const SET_APART_FIRST = /^(?:(?:and|so|ok|okay|but|wait|hmm+)[\s,]+)*(?:other than|besides|apart from|aside from|except for|except)\s+[^,?]{1,40},\s*(\S.*)$/iu;
/** Words of a question asking for others or for who (folded, either language): "who", "others", "kimler", "başka", "gelen" (not "anything else"). */
const ASKS_OTHERS = /\b(?:who\w*|any ?one else|anybody else|others?|kim\w*|baska\w*|diger\w*|gelen\w*|olan\w*|katilan\w*)\b/;
/** So in Turkish, the set-apart words before "dışında" (besides): "devlet medyası dışında resmi bi açıklama var mı?". */
const TURKISH_SET_APART_FIRST = /^(?:\p{L}+\s+){0,3}\p{L}+\s+(?:dışında|disinda|haricinde|harici|hariç|haric)\s*,?\s+(\S.*)$/iu;
/** Words of saying in an answer ("according to", "has said"): who said it, not what it is about. */
const SAYING_WORDS = /\b(?:according to|said|says|say|stated|states|told|tells|reported|reports|announced|claimed|claims)\b/gi;
/** A question after who said something ("who said that?", "has any minister said so?"). */
const ASKS_WHO_SAID = /\b(?:said|say|says|stated|claimed|claim)\b/i;
/** An answer that lists three things or more ("Chery, SAIC and Great Wall", "cerium, lanthanum, neodymium and …"). */
const ENUMERATES = /[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,2},\s+[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,2},?\s+(?:and|or)\s+[\p{L}\p{N}]/u;
/** How many of a reading's candidates are looked through for someone's statement on its topic. */
const SAID_CANDIDATES = 8;
/**
 * The least score such a statement needs: below SEARCH.suggestThreshold, as the question's words are few ("has any
 * minister said that on record?") and what it must have besides (a person named saying, on the topic) is strict.
 */
const SAID_FLOOR = 0.2;

/**
 * A question whose words go on from the one before (a `continued` shape), read in context; null to answer it as alone.
 * - "says who?", "who says so?", "source?", "where's that info from?" after an answer that says whose word it gives ("According to the report, the
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
  // A fact's answer as the reply, read as following on from the question before, at the conversation's confidence.
  const asFollowing = (factId: string): ContextAnswer => ({
    reply: { ...answerFact(factId, kb)!, question: alone.question, confidence: CONVERSATION_EVIDENCE_CONFIDENCE, readingAs: pairedReading(alone.question, previous.question, vocab.names) },
    remember: { question: previous.question, factId },
  });
  const asPrevious = (): ContextAnswer => asFollowing(previous.factId);
  const prev = parse(cleanInput(previous.question));
  if (how === 'source') {
    // (Or an answer that is itself about where the word comes from, "unnamed sources familiar with the matter": "says who
    // tho. name one source" after it asks that again.)
    if (!ATTRIBUTES.test(given.answer) && !SOURCED.test(given.answer)) {
      // (Not "where does the info come from?": it asks for a source, which that answer does not give either.)
      if (!ASKS_WHO_SAID.test(alone.question)) return null;
      // "who said that?", "has any minister said something like that?" after an answer that gives nobody's word ("Turkey's
      // ambition covers the whole chain …"): someone named who said as much on its topic, when a fact tells it (the
      // industry minister's words on Turkey as a force in the supply chain); else as alone.
      const givenTopic = parse(cleanInput(given.answer));
      // (A role asked, "has any minister said …?", is someone of that role: not "Turkey's Energy Ministry has said …". Any
      // official or leader may be of any role.)
      const role = ownTokens(alone.question).find((t) => ROLE_NOUNS.has(t.key) && !ANY_ROLE.has(t.key))?.key.replace(/s$/, '');
      const ofRole = (run: Token[]) => role === undefined || run.some((t) => t.key.replace(/s$/, '') === role);
      const said = rank(`${alone.question} ${previous.question}`, kb, SAID_CANDIDATES, { oneQuestion: true }).find((c) => {
        const i = kb.byId.get(c.factId)!;
        const text = kb.facts[i]!.answer;
        return c.factId !== previous.factId && c.score >= SAID_FLOOR && SAID.test(text) && personsIn(text, tokens).some(ofRole) && (sharesTopic(i, prev, vocab, kb.facts.length) || sharesTopic(i, givenTopic, vocab, kb.facts.length));
      });
      return said ? asFollowing(said.factId) : null;
    }
    // Declined alone ("where's that info from?", "how do you know that?"): the answer just given says whose word it is;
    // unless another fact on the same topic is about where that word comes from ("says who tho. name one source" after
    // the trip's date, "according to unnamed sources": the fact on who those sources are).
    if (alone.kind === 'none') {
      return asFollowing(sourceFactOnTopic(`${previous.question} source`, kb, kb, previous.factId, prev) ?? previous.factId);
    }
    if (alone.kind !== 'fact' || alone.factId === previous.factId) return null;
    const aloneFact = kb.byId.get(alone.factId)!;
    // (On the topic of the answer just given, by its words less those of saying: "said" is no topic the delegation's
    // sources share with the Energy Ministry's word on the refinery; nor the question's "planning" with the planned trip.)
    const onTopic = sharesTopic(aloneFact, parse(cleanInput(given.answer.replace(SAYING_WORDS, ' '))), vocab, kb.facts.length);
    // Someone's word on the same topic (the delegation story's sources) stands; a fact that says nobody's word
    // ("where did you hear that?" alone: the deposit's place) is no answer to whose word it is.
    return onTopic && (ATTRIBUTES.test(alone.answer) || SOURCED.test(alone.answer)) ? null : asPrevious();
  }
  // "depends on what?" after an answer that states its condition ("if a deal with China works out, …"): that answer.
  // (After one that states none, whatever fact its words alone match, "depend" and all, answers another question:
  // declined, that answer offered.)
  if (how === 'condition') return STATES_CONDITION.test(given.answer) ? asPrevious() : { reply: declinedReply(kb, alone.question, alone.confidence, [given.question]), remember: null };
  // "was geely one of them?", "is nio on the list?" after an answer that lists several: that answer tells whether it is
  // among them, the name known to the knowledge or not (alone, "geely" weighed as a word no fact has). After an answer
  // that lists nothing, as alone.
  if (how === 'member') return ENUMERATES.test(given.answer) ? asPrevious() : null;
  // "which minister?" after an answer that named one ("… Industry Minister Mehmet Fatih Kacır said …"): who that is, as
  // "who is <the name>?" gets it, answered alone or not (alone it asks which minister the knowledge has most to say of).
  // The run that shares a word with the question before first ("what did the industry minister say?"). Else as alone.
  if (how === 'which-role') {
    const role = ownTokens(alone.question).find((t) => ROLE_NOUNS.has(t.key));
    if (role === undefined) return null;
    // (An answer that names no holder, "Turkey's Energy Ministry said …": the holder named by the fact the question before
    // gets next that names one, "who's the minister?" after the ministry's words being its minister.)
    const person = holderNamed(given.answer, previous.question, tokens, asWord, role.key) ?? holderNearby(role.key, previous.question, previous.factId, given.answer, kb, tokens, asWord);
    if (person === undefined) return null;
    const probe = `who is ${join(person)}`;
    const r = answer(probe, kb, { oneQuestion: true });
    if (r.kind !== 'fact' || r.factId === previous.factId) return null;
    return { reply: asFollowing(r.factId).reply, remember: { question: probe, factId: r.factId } };
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
 * Whether the fact the words alone got (another than the answer just given) has a word of `asked` that the answer just
 * given lacks, in its questions and in its text (`previousAnswer`): what a fragment adds ("batteries too?") is in it,
 * and not in the answer before. ("mining only, or refining too?" after China's lead in mining and refining: the answer
 * before says refining.)
 */
function addsWhatAloneHas(alone: Reply, previous: PreviousTurn, previousAnswer: string, asked: string, kb: KnowledgeBase): boolean {
  if (alone.kind !== 'fact' || alone.factId === previous.factId) return false;
  const [a, p] = [kb.byId.get(alone.factId), kb.byId.get(previous.factId)];
  if (a === undefined || p === undefined) return false;
  const said = new Set(questionTerms(kb, previousAnswer).terms.flatMap((t) => t.ids));
  // (Not "only", "just": how the choice is put, "mining only, or refining too?".)
  return questionTerms(kb, asked).terms.some((t) => t.how !== 'unknown' && !HEDGES.has(t.raw ?? '') && t.ids.some((id) => factHasTerm(kb, a, id)) && !t.ids.some((id) => factHasTerm(kb, p, id) || said.has(id)));
}
const HEDGES = new Set(['only', 'just', 'mainly', 'mostly', 'merely', 'solely']);

/**
 * "who's leading it?" read as the question before ("who's leading the delegation?") finds the answer just given again,
 * when that answer named someone the question before did not ("… have Energy Minister Alparslan Bayraktar head a
 * delegation …"): asked who after an answer that said who, people want the one named, as the knowledge tells who that
 * is. The fact "who is <name>?" gets, when it is another fact, with `reading` shown and that question remembered; null otherwise. (Not when the question before or this
 * one names the person: "what did Kacir say?" then "who's he?" asks about him, as a question of its own.)
 */
function whoNamedBefore(asked: string, previous: PreviousTurn, previousAnswer: string, kb: KnowledgeBase, reading: { shown: string; whole: boolean }): ContextAnswer | null {
  if (answerType(asked) !== 'who') return null;
  const person = personNotAsked(previousAnswer, [previous.question, asked], tokens);
  if (!person) return null;
  const probe = `who is ${join(person)}`;
  const r = answer(probe, kb, { oneQuestion: true });
  return r.kind === 'fact' && r.factId !== previous.factId ? { reply: { ...r, question: asked, ...readAs(reading) }, remember: { question: probe, factId: r.factId } } : null;
}

/**
 * Whether a question asks only "which <things>?" of things the question before asked about and the answer just given
 * names ("which ministries?" after "did the ministries comment?", answered "Turkey's Energy … Ministry and China's
 * Ministry of Commerce …").
 */
function whichOfAnswered(question: string, previous: PreviousTurn, kb: KnowledgeBase): boolean {
  const m = WHICH_NOUN.exec(question);
  const given = m ? answerFact(previous.factId, kb) : undefined;
  if (!m || !given) return false;
  const noun = root(tokens(m[1]!)[0]?.key ?? '');
  // (The noun or a word of its synonym group: "which firm?" after "chinese firms", answered "Chinese companies, … BYD".)
  const terms = new Set(kb.analyzer.queryTerms(m[1]!));
  const has = (text: string) => tokens(text).some((t) => root(t.key) === noun) || (terms.size > 0 && kb.analyzer.queryTerms(text).some((t) => terms.has(t)));
  // (Not a person's role, "which minister?": who holds it is asked, another fact than what the minister said.)
  return noun.length > 2 && !STOP_WORDS.has(noun) && !ROLE_NOUNS.has(m[1]!.toLowerCase()) && has(previous.question) && has(given.answer);
}
/** A question opening with which of a kind in the plural, or "which ones" ("which companies? only byd?"). */
const WHICH_OF_KIND = /^\s*(?:(?:and|so|ok|okay|but|wait|hmm+|interesting|like)[\s,.!]+)*which\s+(?:ones|companies|carmakers|automakers|car makers|brands|firms|manufacturers|makers)\b/iu;
/** The fact that lists names of the kind "which companies?" asks for, read as following on; null when none does (see answerInContext). */
function whichOfKindListed(alone: Reply, previous: PreviousTurn, kb: KnowledgeBase): ContextAnswer | null {
  const m = WHICH_OF_KIND.exec(plainEnglish(alone.question));
  if (!m) return null;
  // (With at most one word of its own the knowledge knows after the kind, names aside: "which carmakers tho just byd",
  // "which ones except BYD were in talks with Ankara?". "which companies make rare earth magnets?" asks its own question.)
  const vocab = vocabularyOf(kb);
  const rest = tokens(plainEnglish(alone.question).slice(m.index + m[0].length)).filter((t) => isContent(t) && !vocab.names.has(nameKey(t.key, vocab)) && (vocab.roots.get(root(t.key))?.size ?? 0) > 0);
  if (rest.length > 1) return null;
  const lists = (factId: string) => answerLists(kb.facts[kb.byId.get(factId) ?? -1]?.answer ?? '');
  if (lists(previous.factId) || (alone.kind === 'fact' && lists(alone.factId))) return null;
  // (And on the topic of the question before by a word of its own, "carmakers": a question of its own after another
  // topic, "which companies make magnets?", is not read with it.)
  const prev = parse(cleanInput(previous.question));
  const onTopic = (factId: string) => sharesTopic(kb.byId.get(factId)!, prev, vocab, kb.facts.length);
  const listing = listingCandidate(kb, `${alone.question} ${previous.question}`, previous.factId, onTopic);
  const given = listing === undefined ? undefined : answerFact(listing, kb);
  if (!given) return null;
  return { reply: { ...given, question: alone.question, confidence: CONVERSATION_EVIDENCE_CONFIDENCE, readingAs: pairedReading(alone.question, previous.question, vocab.names) }, remember: { question: previous.question, factId: given.factId } };
}
const WHICH_NOUN =
  /^\s*(?:(?:and|so|ok|okay|but|wait|hmm+)[\s,]+)*which\s+(\p{L}{3,})(?:\s+(?:is|are|was|were)\s+(?:mentioned|named|given|cited)(?:\s+as\s+(?:an?\s+)?examples?)?)?(?:[\s,]+(?:exactly|then|tho|though|again|specifically|precisely|please|pls|plz))*\s*[?!.]*\s*$/iu;

/**
 * The answer just given again, as the reply to `alone` read as following on from the question before (asked to have
 * it again, said more simply, or what one of its words means, or a restatement to check); null when none was given.
 */
function answeredAgain(alone: Reply, previous: PreviousTurn, kb: KnowledgeBase): ContextAnswer | null {
  const given = answerFact(previous.factId, kb);
  if (!given) return null;
  return { reply: { ...given, question: alone.question, confidence: CONVERSATION_EVIDENCE_CONFIDENCE, readingAs: pairedReading(alone.question, previous.question, vocabularyOf(kb).names) }, remember: previous };
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
  const asRead = whichNotToldAgain(withGuessLeftOut(answerAsRead(question, previous, kb, hint, sameMessage), question, previous, kb, hint, sameMessage), previous, kb);
  // "which companies? only byd?", "which carmakers are sniffing around then" after "why would chinese ev makers care about
  // turkey?", answered without naming any, and read to no fact that names some: names of that kind are asked, so a fact
  // that lists some, among those the question read with the one before comes close to, answers it before one that names
  // none or only one (as Turkish "hangi firmalar mesela?").
  const listing = previous && asRead.reply.language !== 'tr' ? whichOfKindListed(asRead.reply, previous, kb) : null;
  // "who's the counterparty?", "who'd they sign it with, the govt or some local company?" after BYD's deal, whose answer
  // says the report does not say who the other party is: declined as read (words of their own, no pronoun to read back),
  // a question after the other side of what was signed, and read with the question before it comes closest to that
  // answer: the knowledge's word on who, again.
  const party = previous && asRead.reply.kind === 'none' && asRead.reply.reason !== 'empty' && asRead.reply.language !== 'tr' ? otherPartyNotSaid(asRead.reply, previous, kb) : null;
  // "when will they meet again?", "bi daha ne zaman görüşecekler?" after where Erdoğan and Xi met: the next time, which an
  // answer on the last one does not give (it was that answer again, by its words): declined, that answer offered.
  const nextTime = previous && asRead.reply.kind === 'fact' && asRead.reply.factId === previous.factId && asksNextTime(cleanInput(question));
  if (nextTime) {
    const offered = [answerFact(previous.factId, kb)?.question ?? previous.question];
    const declined = declinedIn(asRead.reply.language === 'tr', kb, cleanInput(question), asRead.reply.confidence, offered);
    return { reply: { ...declined, ...(asRead.reply.readingAs === undefined ? {} : { readingAs: asRead.reply.readingAs }) }, remember: null };
  }
  const read = listing ?? party ?? asRead;
  // "is kacir the energy minister?" (or "is he …?" read so): declined as a wrong guess at who someone is, answered with
  // who that is (identity.ts), alone and in context alike.
  const guessed = read.reply.readingQuestion ?? (read.reply.readingAs === undefined ? read.reply.question : null);
  const who = guessed === null ? null : answeredAsWhoIs(read.reply, guessed, kb);
  // (Remembered as asked, the guess: "then who's the energy one?" after "is kacir the energy minister?" asks of its role.)
  const out = who === null || guessed === null ? read : { reply: who.reply, remember: who.reply.kind === 'fact' ? { question: guessed, factId: who.reply.factId } : null };
  // The reply keeps the question as asked, whatever it was read as ("name?" answered as "who is he?": the reading says so).
  const asked = cleanInput(question);
  return out.reply.question === asked ? out : { ...out, reply: { ...out.reply, question: asked } };
}

/** The fact `factId` in the language asked (the Turkish index's for a Turkish follow-up), or undefined. */
function factIn(kb: KnowledgeBase, factId: string, turkish: boolean): KnowledgeBase['facts'][number] | undefined {
  const index = turkish ? (kb.turkish ?? kb) : kb;
  return index.facts[index.byId.get(factId) ?? -1];
}

/**
 * "which summit?", "hangi zirvedeydi o?" answered with the fact just given again, whose answer never writes the kind
 * asked ({@link whichNotInAnswer}): it cannot say which, so the question is declined, with that fact's question offered.
 */
function whichNotToldAgain(read: ContextAnswer, previous: PreviousTurn | undefined, kb: KnowledgeBase): ContextAnswer {
  if (!previous || read.reply.kind !== 'fact' || read.reply.factId !== previous.factId) return read;
  const turkish = read.reply.language === 'tr';
  const fact = factIn(kb, previous.factId, turkish);
  if (!fact) return read;
  const index = turkish ? (kb.turkish ?? kb) : kb;
  // (The answer names one of that kind when a synonym of the noun stands right before a name in it: "yayın organı Global
  // Times" is a newspaper named; "bir araya geldi", met, names no summit.)
  const words = fact.answer.split(/\s+/u);
  const saidOtherwise = (noun: string) => {
    const asked = new Set(index.analyzer.queryTerms(noun));
    return words.some((w, i) => i > 0 && /^\p{Lu}/u.test(w) && !/[.!?:]$/u.test(words[i - 1]!) && index.analyzer.queryTerms(words.slice(Math.max(0, i - KIND_WORDS_BEFORE_NAME), i).join(' ')).some((term) => asked.has(term)));
  };
  if (!whichNotInAnswer(read.reply.question, fact.answer, turkish, saidOtherwise)) return read;
  return { reply: declinedIn(turkish, kb, read.reply.question, read.reply.confidence, [fact.questions[0]!]), remember: null };
}

/** Words before a name that may say what kind of thing it is ("yayın organı Global Times": 2). */
const KIND_WORDS_BEFORE_NAME = 2;

/** A follow-up declined in its language, as any question the knowledge does not answer, with the candidates offered. */
function declinedIn(turkish: boolean, kb: KnowledgeBase, question: string, confidence: number, suggestions: string[]): Reply {
  return turkish ? { ...turkishDeclined(kb, question, confidence, suggestions), language: 'tr' } : declinedReply(kb, question, confidence, suggestions);
}

/**
 * A Turkish follow-up declined with a guess at its answer after it ("kimle imzaladı, devletle mi?"): read without the
 * guess (followup-tr.ts, withoutTurkishGuess). Only when declined with it: the guesses may be what tells the fact ("sonra
 * ne yapacaklar, araba mı batarya mı").
 */
function withGuessLeftOut(read: ContextAnswer, question: string, previous: PreviousTurn | undefined, kb: KnowledgeBase, hint?: string, sameMessage = false): ContextAnswer {
  if (!previous || !kb.turkish || read.reply.kind !== 'none' || read.reply.reason === 'empty') return read;
  if (detectLanguage(question, detectLanguage(previous.question)) !== 'tr') return read;
  // (Or "batarya da yaparlar mı?" read as "batarya da mı?": batteries too?, its verb of doing no word of what is added.)
  const unguessed = withoutTurkishGuess(question, kb);
  const rewritten = unguessed === question ? turkishAddedWithVerb(question) : unguessed;
  const again = rewritten === question ? null : answerAsRead(rewritten, previous, kb, hint, sameMessage);
  return again && again.reply.kind === 'fact' ? { ...again, reply: { ...again.reply, question: read.reply.question } } : read;
}

/**
 * A follow-up with the doubt its asker offers after it left out ("and is it the government saying they'll build it, or
 * is this all sources-say stuff again?"): read in context without it, as a question alone is read without it when that
 * is surer (rank.ts, withoutDoubt). Only when the question is a follow-up either way, so a question that stands on its
 * own stays as it was.
 */
function withoutDoubtOfFollowup(question: string): string {
  const doubtless = withoutDoubt(question);
  if (doubtless !== null && followupShape(question).kind !== 'standalone' && followupShape(doubtless).kind !== 'standalone') return doubtless;
  // "official or just people talking?", "is it confirmed or just speculation": a short check of the answer just given,
  // with the doubt it offers after it; what it checks is the word before "or" ("official?" is read with the question
  // before; the whole was answered alone by the ministries' "no official comment", or declined).
  const short = SHORT_DOUBT.exec(question);
  return short && followupShape(`${short[1]!}?`).kind !== 'standalone' ? `${short[1]!}?` : question;
}
/**
 * A check of at most four words, then "or (still) (just)" and a doubt: talk, hype, speculation, people talking. (Not "rumours":
 * "is that confirmed or just rumours" asks where the word comes from, which "rumours" finds.)
 */
const SHORT_DOUBT =
  /^\s*((?:[\p{L}'’]+\s+){0,3}[\p{L}'’]+)[\s,]+or\s+(?:(?:is\s+(?:it|that|this)\s+)?(?:still\s+)?(?:just|only|merely|all)\s+)?(?:(?:a|some|more|the\s+usual)\s+)?(?:(?:people|ppl|folks)\s+talking|talk|talking|hype|speculation|gossip|noise)\s*[?!.]*\s*$/iu;

/**
 * "batteries also or only cars?" read as "batteries also?" ({@link withoutOnlyAlternative}) when the answer just given
 * does not already speak of batteries; after one that does ("… the whole chain, from mining to batteries and cars"), that
 * answer covers both alternatives and the question is read as typed.
 */
function alternativeNotGiven(question: string, previous: PreviousTurn, kb: KnowledgeBase): string {
  const alternative = withoutOnlyAlternative(question);
  const given = alternative === question ? null : answerFact(previous.factId, kb);
  if (!given) return question;
  const said = new Set(tokens(given.answer).map((t) => root(t.key)));
  return ownTokens(alternative).some((t) => isContent(t) && !said.has(root(t.key))) ? alternative : question;
}

/**
 * "why would they even want to be in turkey? seems like an odd choice to me": a follow-up's question without the remark
 * after it, when the engine reads the message so (its question alone scores more), the question is a follow-up's
 * (English; a standalone question is answered as it would be alone) and the remark names nothing the knowledge knows.
 * Read whole, the pronoun's reading ran the two together ("… in turkey seems odd") and the remark's words weighed. Not
 * "what about byd? the factory i mean": the words after it say what is asked.
 */
function withoutRemarkAfter(question: string, kb: KnowledgeBase): string {
  if (!/\?\s*\S/u.test(question) || (kb.turkish && detectLanguage(question) === 'tr')) return question;
  const cleaned = cleanInput(question);
  const read = questionRead(cleaned, kb);
  // (A question of its own is answered as it would be alone, remark and all.)
  if (read === cleaned || !read.endsWith('?') || !cleaned.startsWith(read) || followupShape(read).kind === 'standalone') return question;
  const vocab = vocabularyOf(kb);
  const known = (t: Token) => (vocab.roots.get(root(t.key))?.size ?? 0) > 0;
  // A remark says something: two words of its own at least ("you sure", a doubt, asks to check), and no question word
  // ("and he's going to china?? when").
  const tail = tokens(cleaned.slice(read.length));
  if (tail.some((t) => WH.has(t.key)) || tail.filter((t) => isContent(t) && !known(t)).length < 2) return question;
  return tail.some((t) => isContent(t) && known(t)) ? question : read;
}

/**
 * {@link takeAsSaid} for a question its words alone do not answer: a stored question such as "the global times, what's
 * their take?" is answered as it would be alone (a question that stands on its own is never changed by context).
 */
function takeAsSaidWhenDeclined(kb: KnowledgeBase, question: string): string {
  const said = takeAsSaid(question);
  return said !== question && answer(question, kb).kind === 'fact' ? question : said;
}

/**
 * A follow-up asked as a whole question put together for it (`probe`: "who is kacir", "which ministry is fatih kacir
 * in"), with that question as its reading line (`shown`): its fact, when it is another fact than the one just given;
 * else null.
 */
function answeredAsProbe(alone: Reply, previous: PreviousTurn, kb: KnowledgeBase, probe: string, shown: string, hint?: string): ContextAnswer | null {
  const r = answer(probe, kb, hint === undefined ? { oneQuestion: true } : { oneQuestion: true, hint });
  if (r.kind !== 'fact' || r.factId === previous.factId) return null;
  return { reply: { ...r, question: alone.question, ...readAs({ shown, whole: true }) }, remember: { question: probe, factId: r.factId } };
}

/**
 * Whether what the answer just given tells of an attempt at came off ({@link outcomeAskedOfAttempt}): declined, with that
 * fact's question offered, as a question the knowledge does not answer; null when it is no such question.
 */
function outcomeNotTold(alone: Reply, previous: PreviousTurn, kb: KnowledgeBase): ContextAnswer | null {
  const turkish = alone.language === 'tr' || (kb.turkish !== undefined && detectLanguage(alone.question, detectLanguage(previous.question)) === 'tr');
  const fact = factIn(kb, previous.factId, turkish);
  if (!fact || !outcomeAskedOfAttempt(alone.question, fact.answer, turkish)) return null;
  return { reply: declinedIn(turkish, kb, alone.question, alone.confidence, [fact.questions[0]!]), remember: null };
}

/**
 * What the person the answer just given named said ({@link saidAskedOfNamed}): the probe's fact, when it is another fact
 * than the one just given and its answer names that person; else null.
 */
function saidOfNamed(alone: Reply, previous: PreviousTurn, kb: KnowledgeBase): ContextAnswer | null {
  if (alone.kind === 'fact') return null;
  const turkish = alone.language === 'tr';
  const given = factIn(kb, previous.factId, turkish);
  const asked = given ? saidAskedOfNamed(alone.question, given.answer, kb, turkish) : null;
  if (!asked) return null;
  const namesPerson = (factId: string) => (turkish ? trTokens : tokens)(factIn(kb, factId, turkish)?.answer ?? '').some((t) => t.key === asked.person);
  // Answered, or short of the usual confidence (a word of the chat, "nadir toprak işine", weighs), the best candidate
  // that names him, other than the fact just given (his post): the conversation says whose saying is asked.
  let r: Reply = answer(asked.probe, kb, turkish ? { oneQuestion: true, hint: 'tr' } : { oneQuestion: true });
  if (r.kind !== 'fact') {
    const c = rank(asked.probe, turkish ? (kb.turkish ?? kb) : kb, SEARCH.maxSuggestions, { oneQuestion: true }).find((x) => x.factId !== previous.factId && namesPerson(x.factId));
    const best = c && c.score >= SEARCH.suggestThreshold ? answerFact(c.factId, kb, turkish ? 'tr' : undefined) : null;
    if (!best) return null;
    r = { ...best, confidence: CONVERSATION_EVIDENCE_CONFIDENCE };
  }
  if (r.kind !== 'fact' || r.factId === previous.factId || !namesPerson(r.factId)) return null;
  return { reply: { ...r, question: alone.question, ...readAs({ shown: asQuestion(asked.probe, vocabularyOf(kb).names), whole: true }), ...(turkish ? { language: 'tr' as const } : {}) }, remember: { question: asked.probe, factId: r.factId } };
}

/**
 * The link asked between what the question before was about and a name the question gives ({@link connectionRead}),
 * answered as the names together when the words alone got no fact that names that side and the names together get one
 * that does (not the fact just given again).
 */
function connectionInContext(alone: Reply, previous: PreviousTurn, kb: KnowledgeBase): ContextAnswer | null {
  const turkish = alone.language === 'tr';
  const previousAnswer = factIn(kb, previous.factId, turkish)?.answer ?? '';
  const link = connectionRead(alone.question, previous.question, previousAnswer, kb, turkish);
  // (A fact the words alone get that names that side is on it already; unless it is the fact just given, got again by a
  // reaction's words: "oh wow biggest in the world?? whats their connection to turkey".)
  if (link === null || (alone.kind === 'fact' && alone.factId !== previous.factId && namesSide(alone, link.side, kb, turkish))) return null;
  const probe = `${link.side.join(' ')} ${link.asked.join(' ')}`;
  const r = answer(probe, kb, turkish ? { oneQuestion: true, hint: 'tr' } : { oneQuestion: true });
  if (r.kind !== 'fact' || r.factId === previous.factId || !namesSide(r, link.side, kb, turkish)) return null;
  return { reply: { ...r, question: alone.question, ...readAs({ shown: `${probe}?`, whole: true }) }, remember: { question: probe, factId: r.factId } };
}

/** {@link answerInContext} before a wrong guess at who someone is is answered. */
function answerAsRead(question: string, previous: PreviousTurn | undefined, kb: KnowledgeBase, hint?: string, sameMessage = false): ContextAnswer {
  if (previous) question = alternativeNotGiven(withoutGuess(echoAsQuestion(mentionedAsThat(placeAsThat(counterpartAsOne(kindAskedAsWh(purposeAskedAsWhy(onlyOneAsOthers(nameAskedAsWho(takeAsSaidWhenDeclined(kb, leaderSetBefore(comeInAsFitIn(eventAsWhereWhen(correctionOf(withoutDoubtOfFollowup(withoutRemarkAfter(question, kb)))))))))))))))), previous, kb);
  // ("is it only byd or others too?" asks for the others with no question before it too.)
  else question = onlyOneAsOthers(question);
  // (So in Turkish: "sadece byd mi, yoksa başkalarıyla da konuşulmuş mu?" is "BYD dışında başkaları var mı?".)
  const othersAsked = kb.turkish ? turkishOnlyAsOthers(question, kb) : null;
  if (othersAsked !== null) {
    question = othersAsked;
    hint = 'tr';
  }
  // "so near istanbul?", "wait, it's in izmir?" after a question: a guess at where the thing asked about is, at a place the
  // knowledge never names (so alone it is declined, the place weighing as an unknown word): asks where it is.
  // (In Turkish, "istanbul yakınında mı yani bu?": "nerede?")
  if (previous) {
    if (placeGuessed(question, kb)) question = 'where?';
    else if (turkishPlaceGuessed(question, kb, previous.factId)) {
      question = 'nerede?';
      hint = 'tr';
    }
  }
  let alone = answer(question, kb, hint === undefined ? {} : { hint });
  // "whats the status with byd?", "byd ne durumda?": declined alone, asks after the name what the question before asked,
  // as "what about BYD?" and "peki BYD?" do (rewrites.ts, followup-tr.ts); taken only when read so in context, with the
  // reading line (the swap answered alone is another question than the one typed).
  if (previous && alone.kind === 'none' && alone.reason !== 'empty') {
    const vocab = vocabularyOf(kb);
    const about = statusAsWhatAbout(question, (key) => (vocab.roots.get(root(key))?.size ?? 0) > 0, previous.question) ?? (kb.turkish ? turkishStatusAsSwap(question, kb, previous.question) : null);
    const read = about === null ? null : answerInContext(about, previous, kb, hint, sameMessage);
    if (read && read.reply.kind === 'fact' && read.reply.readingAs !== undefined) return { ...read, reply: { ...read.reply, question: alone.question } };
  }
  // "other than state media, any official statement?", "besides its ev plant, does turkey hope byd will build anything
  // else?": declined as typed (the words set apart weigh as much as what is asked, and pull to what they name); what is
  // set apart is not asked, so the rest is, and answered when that gets a fact. With or without a question before it: the
  // same reply either way.
  if (alone.kind === 'none' && alone.reason !== 'empty') {
    const restAsked = (SET_APART_FIRST.exec(question.trim()) ?? (kb.turkish ? TURKISH_SET_APART_FIRST.exec(question.trim()) : null))?.[1];
    // (Not a rest that asks for others, "besides bayraktar, who's on the delegation?", "byd dışında gelen var mı": what
    // is set apart is then what the answer must leave out, and without it the rest finds what it names again.)
    const rest = restAsked !== undefined && !ASKS_OTHERS.test(plainEnglish(restAsked)) ? restAsked : undefined;
    const other = rest === undefined ? null : answer(rest, kb, { ...(hint === undefined ? {} : { hint }), oneQuestion: true });
    if (other?.kind === 'fact') return { reply: { ...other, question: alone.question, readingAs: asQuestion(rest!, vocabularyOf(kb).names) }, remember: { question: rest!, factId: other.factId } };
  }
  // "what is that?" after a question points at what it asked about, not at the bot (as small talk alone it would).
  if (previous && alone.kind === 'smalltalk' && pointsBackInChat(alone)) alone = answer(question, kb, { ...(hint === undefined ? {} : { hint }), smalltalk: false });
  const rememberAlone = (r: Reply): ContextAnswer => ({ reply: r, remember: contextOf(r, kb) });
  if (alone.kind === 'smalltalk' || (alone.kind === 'none' && alone.reason === 'empty')) return rememberAlone(alone);
  // With nothing before it, "and when?" would get whatever fact matches "when": asked in full instead.
  if (!previous) return needsContext(alone, kb) ? { reply: askWhole(alone, kb), remember: null } : rememberAlone(alone);
  // "did they get in?", "üye oldu mu sonunda?" after an answer that tells of an attempt ("push to join BRICS"): whether it
  // came off, which that answer does not say; declined (outcome.ts).
  const outcome = outcomeNotTold(alone, previous, kb);
  if (outcome) return outcome;
  // "what's he been saying about the facility?", "o bu nadir toprak işine ne demiş?" after an answer that named someone:
  // what he said, asked with his name, when a fact that names him answers it (identity.ts, saidAskedOfNamed).
  const said = saidOfNamed(alone, previous, kb);
  if (said) return said;
  // "what does that have to do with turkey?", "türkiyeyle ne alakası var bunların" after "what is BYD?": BYD's link with
  // Turkey, when the words alone get a fact that never names BYD (the BRICS connection) and the names together get one
  // that does.
  const link = connectionInContext(alone, previous, kb);
  if (link) return link;
  // "hangi bakanlıkta?" after "Fatih Kacır … ne açıkladı?": his post, as "which ministry?" in English (below).
  const trPostProbe = alone.language === 'tr' ? turkishPostAskedOfNamed(alone.question, previous.question, kb) : null;
  const trPost = trPostProbe === null ? null : answeredAsProbe(alone, previous, kb, trPostProbe, `${trPostProbe}?`, 'tr');
  if (trPost) return trPost;
  // "peki sanayiden sorumlu olan?" after "enerji bakanı kim?": the holder of that post in the field named (as in English, below).
  const trFieldProbe = alone.language === 'tr' || (kb.turkish && detectLanguage(question) === 'tr') ? turkishRoleOfFieldAsked(alone.question, previous.question, factIn(kb, previous.factId, true)?.answer ?? '', kb) : null;
  const trField = trFieldProbe === null ? null : answeredAsProbe(alone, previous, kb, trFieldProbe, `${trFieldProbe}?`, 'tr');
  if (trField) return trField;
  // "basitçe anlatır mısın?", "anlamadım": asked in Turkish to have the answer again, more simply (as SAY_IT_AGAIN below).
  const trAgain = kb.turkish ? turkishSaidAgain(alone, previous, kb) ?? turkishMeaningAsked(alone, previous, kb) ?? (alone.language === 'tr' ? turkishWhichOfAnswered(alone, previous, kb) ?? turkishWhichOfKind(alone, previous, kb) : null) : null;
  if (trAgain) return trAgain;
  // "which ministries?" after "did the ministries say anything?", answered with the ministries named: which they are is
  // what was just said (as typed, "ministries" alone found the energy minister).
  if (alone.language !== 'tr' && whichOfAnswered(alone.question, previous, kb)) return answeredAgain(alone, previous, kb) ?? rememberAlone(alone);
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
  // "why do they want to diversify in the first place?" after why diversifying is hard: asks the cause behind what the
  // answer just given takes as given, so not that answer again (its words are the question's), but the next fact the
  // words get (the West's worries), as "who else?" is never the same fact. (Not a question that stands on its own.)
  if (read.kind !== 'standalone' && alone.kind === 'fact' && alone.factId === previous.factId && CAUSE_BEHIND.test(plainEnglish(alone.question))) {
    const behind = answer(question, kb, { ...(hint === undefined ? {} : { hint }), exclude: previous.factId });
    if (behind.kind === 'fact') return rememberAlone(behind);
  }
  // "who?", "who's that?" after "what did kacir say last month?": who the person that question named is.
  const whoProbe = alone.kind === 'fact' && alone.factId !== previous.factId ? null : whoAskedOfNamed(alone.question, previous.question, kb);
  const who = whoProbe === null ? null : answeredAsProbe(alone, previous, kb, whoProbe, asQuestion(whoProbe, vocabularyOf(kb).names));
  if (who) return who;
  // "which ministry?", "what's his job?" after "what did fatih kacir say …?": that person's post, whatever fact the words
  // alone get (the energy ministry's), when it is another fact than the one just given.
  const postProbe = postAskedOfNamed(alone.question, previous.question, kb);
  const post = postProbe === null ? null : answeredAsProbe(alone, previous, kb, postProbe, asQuestion(postProbe, vocabularyOf(kb).names));
  if (post) return post;
  // "and the industry one?", "his counterpart at industry?" after "who is alparslan bayraktar?" (Turkey's Energy
  // Minister): the holder of that post in the field named.
  const fieldProbe = roleOfFieldAsked(alone.question, previous.question, factIn(kb, previous.factId, false)?.answer ?? '', kb);
  const field = fieldProbe === null ? null : answeredAsProbe(alone, previous, kb, fieldProbe, `${fieldProbe}?`);
  if (field) return field;
  // "in plain english?", "could you put that more simply?", "say that again?" after an answer: asked to have it again,
  // said more simply; the knowledge has one answer a fact, so that answer, read as following on (whatever fact the words
  // alone get: they are only the request's).
  const asksAgain = (text: string) => SAY_IT_AGAIN.test(plainEnglish(text));
  // (With a remark after it: "in plain english? i'm not a scientist lol".)
  const again = asksAgain(alone.question) || asksAgain(withoutTrailingRemark(alone.question)) || STILL_SO.test(plainEnglish(alone.question)) ? answeredAgain(alone, previous, kb) : null;
  if (again) return again;
  // "why does that matter?", "and why does that matter to them", "why does it matter more now" after an answer that says
  // why (its purpose, what it is aiming for): the point of what was just said is that answer's own reason, whatever
  // "matter" alone gets (the uses of rare earths, "essential"). With words of its own, "why does that matter for the
  // west?", it is a question of its own.
  if (WHY_IT_MATTERS.test(plainEnglish(alone.question)) && answerTypesSupported(answerFact(previous.factId, kb)?.answer ?? '').includes('why')) {
    const own = answeredAgain(alone, previous, kb);
    if (own) return own;
  }
  // "what does state-run mean?", "state-run meaning what, the chinese govt runs it?" after an answer that says "state-run":
  // declined alone, a word of that answer asked about; what the knowledge says of it is that answer, again.
  if (alone.kind === 'none' && alone.reason === 'no-match') {
    const term = MEANING_ASKED.exec(fold(alone.question).replace(/[?!.;:]+/g, ' ').replace(/\s+/g, ' ').trim())?.slice(1).find((g) => g !== undefined);
    const given = term === undefined ? undefined : answerFact(previous.factId, kb);
    const own = term === undefined ? [] : tokens(term.replace(/,.*$/, '')).filter((t) => !STOP_WORDS.has(t.key));
    const said = new Set(tokens(given?.answer ?? '').map((t) => root(t.key)));
    const meant = given && own.length > 0 && own.length <= MAX_MEANING_WORDS && own.every((t) => said.has(root(t.key))) ? answeredAgain(alone, previous, kb) : null;
    if (meant) return meant;
  }
  // "which industries in particular?" after "what does turkey stand to gain from a rare-earth partnership with china?",
  // whose answer speaks of "those industries" (electric vehicles and batteries): declined alone, which of a plural the
  // answer just given has, which it names: that answer again.
  if (alone.kind === 'none' && alone.reason === 'no-match') {
    const plural = WHICH_OF_PLURAL.exec(plainEnglish(alone.question))?.[1];
    const given = plural !== undefined && PLURAL_NOUN.test(plural) ? answerFact(previous.factId, kb) : undefined;
    const named = given && tokens(given.answer).some((t) => t.key === plural) ? answeredAgain(alone, previous, kb) : null;
    if (named) return named;
  }
  // "so nothing is confirmed officially?" after "who's the source for the october delegation thing?": declined alone, a
  // restatement led by "so" of what the answer just given says (its words are that answer's: "gives no official
  // confirmation"), asked to check it: that answer again, read as following on from its question.
  if (alone.kind === 'none' && alone.reason === 'no-match' && RESTATEMENT_LEAD.test(alone.question)) {
    const given = answerFact(previous.factId, kb);
    // (By stop words, not the follow-up words: "confirmed" is a word of "is it confirmed?", a challenge, and here the claim.)
    const own = tokens(alone.question).filter((t) => !STOP_WORDS.has(t.key) && !RESTATEMENT_WORDS.has(t.key) && !LEAD.has(t.key));
    const said = new Set(tokens(given?.answer ?? '').map((t) => root(t.key)));
    const restated = given && own.length > 0 && own.every((t) => said.has(root(t.key))) ? answeredAgain(alone, previous, kb) : null;
    if (restated) return restated;
  }
  // "in which city? maybe we get a transport contract 😅", "which city, beijing" after BYD's plant or the trip to China: a
  // city asked of what was just talked about, with nothing of its own that a fact has; the words alone got the deposit's
  // town, a fact off that question's topic, which no more answers it than it answers "which city?" (declined). Declined,
  // with the reading, as in Turkish (offTopicCity).
  // (A pronoun's or a bare follow-up's city is read below, with what the pronoun stands for.)
  if (read.kind === 'standalone' && alone.kind === 'fact' && alone.factId !== previous.factId && answerType(alone.question) === 'where' && asksForCity(alone.question)) {
    const vocab = vocabularyOf(kb);
    const prev = parse(previous.question);
    const factAt = kb.byId.get(alone.factId)!;
    const telling = (t: Token) => isContent(t) && !CITY_WORDS.has(t.key) && (vocab.roots.get(root(t.key))?.has(factAt) === true);
    // (On the topic, or linked to the answer just given by the maintainers: "which city?" after the find of the deposit.)
    const previousAt = kb.byId.get(previous.factId);
    const linked = previousAt !== undefined && linksTo(kb, previousAt, alone.factId);
    // (Only after an answer: after a question declined there is no topic it is off.)
    if (previousAt !== undefined && !linked && !sharesTopic(factAt, prev, vocab, kb.facts.length) && !ownTokens(alone.question).some(telling)) {
      return { reply: { ...declinedReply(kb, alone.question, alone.confidence, [kb.facts[factAt]!.questions[0]!]), readingAs: pairedReading(alone.question, previous.question, vocab.names) }, remember: null };
    }
  }
  if (read.kind === 'standalone') return rememberAlone(alone);
  if (read.kind === 'continued') return continuedInContext(alone, read.how, previous, kb) ?? rememberAlone(alone);
  let shape: Exclude<FollowupShape, { kind: 'standalone' }> = read;
  const vocab = vocabularyOf(kb);
  // "when did air to an and she jinping meet" (Xi Jinping, dictated): a person pronoun straight before a name the
  // knowledge knows is part of that name, or says whom it means ("did he, bayraktar, go?"): the question names its topic.
  if (shape.kind === 'pronoun' && pronounsBeforeNames(alone.question, vocab)) return rememberAlone(alone);
  const prev = parse(cleanInput(previous.question));
  const headSwapped = shape.kind === 'fragment' ? headSwap(alone.question, prev) : null;
  if (headSwapped) shape = headSwapped;
  // Only a bare follow-up ("and when?") and a continuation ("and SAIC?") are read in context when answered alone:
  // the one has nothing of its own to be answered with, the other is by its grammar the rest of the question before.
  const continuation = shape.kind === 'swap' && shape.continues;
  // "what about industry?" after "who is the energy minister?": answered alone (the industry minister's statement), but
  // read in context too, as a whole swapped question, when that gets another fact more surely (CONVERSATION.pointingMargin).
  // Not when what it names was named before ("what about Fatih Kacir?" after "what did Kacir say?"): no swap, a question of its own.
  // (Unless only as set apart: "what about byd?" after "besides byd which chinese carmakers is turkey talking to?".)
  // So is a fragment put in the place of a phrase of the question before ("turkey's energy ministry?", headSwap).
  const about =
    shape.kind === 'swap' &&
    !shape.continues &&
    alone.kind === 'fact' &&
    (headSwapped !== null || !shape.subject.some((t) => isContent(t) && prev.ts.some((p) => nameKey(p.key, vocab) === nameKey(t.key, vocab)) && !namesOnlyAsException(previous.question, t.key)));
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
  // "did any of them sign yet?" after "has turkey talked to other chinese car companies apart from byd?": "them" are the
  // others, so a fact the words alone get that names the one set apart (BYD's deal) answers about someone else: declined
  // with the reading, that fact offered (as for "they" below). Not when the question names someone of its own.
  // (Or set apart by the answer just given: "did any of them sign a deal yet?" after "which other chinese automakers has
  // turkey had talks with?", answered "Apart from BYD, … among them Chery, SAIC and Great Wall": "any of them" is one of
  // those it lists. Only a part of them asked: "why are they even bothering?" after the obstacles "beyond China", among
  // them technical ones, is Washington and Brussels, whom the question before named. And only when the question before
  // asked for the others, or named some of them: after "which chinese carmakers has turkey talked to?", BYD is one of
  // those asked about, and its deal answers "did any of them sign a deal?".)
  const previousAnswer = kb.facts[kb.byId.get(previous.factId) ?? -1]?.answer ?? '';
  // "what's byd doing there?" after "why does turkey matter for chinese ev makers?": "there" is the place the question
  // before named, and a fact the words alone get that never names it (what BYD is) answers them, not the question. Read
  // in context even when answered alone, as whole readings only, when one gets a fact that names the place more surely
  // than the words alone get theirs.
  const asking = tokens(alone.question);
  const places = shape.kind === 'pronoun' && alone.kind === 'fact' && asking.some((t, i) => t.key === 'there' && locativeThere(asking, i)) ? placePhrases(prev, vocab).map((p) => p[0]!.key) : [];
  const namesPlaceBefore = (factId: string) => places.some((k) => namedIn(k, kb.byId.get(factId) ?? -1, vocab));
  const placed = !personal && !pointing && !named && alone.kind === 'fact' && alone.factId !== previous.factId && places.length > 0 && !namesPlaceBefore(alone.factId);
  // (A part of "those", "these" too: "which of those is biggest?".)
  const setApart = shape.kind === 'pronoun' && alone.kind === 'fact' && (tokens(alone.question).some((t) => PLURAL_PRONOUNS.has(t.key)) || PARTITIVE.test(alone.question)) && !tokens(alone.question).some((t) => vocab.names.has(nameKey(t.key, vocab)))
    ? [...prev.ts.filter((t) => namesOnlyAsException(previous.question, t.text)), ...(answerLists(previousAnswer) && PARTITIVE.test(alone.question) && othersAskedBefore(prev.ts, previousAnswer, vocab) ? tokens(previousAnswer).filter((t) => namesOnlyAsException(previousAnswer, t.text)) : [])]
        .filter((t) => vocab.names.has(nameKey(t.key, vocab)))
        .some((t) => namedIn(nameKey(t.key, vocab), kb.byId.get(alone.factId) ?? -1, vocab))
    : false;
  // (A yes-or-no question of a part of those listed, when the question before asked for others: see the readings below.)
  const partAskedOfList = shape.kind === 'pronoun' && YES_NO_LEAD.test(alone.question) && PARTITIVE.test(alone.question) && answerLists(previousAnswer) && othersAskedBefore(prev.ts, previousAnswer, vocab);
  // "batteries too?", "including cars?": a fragment that adds to what was asked is by its grammar the rest of it.
  // (And "as well", two words: "mining only, or refining as well?".)
  // (And "even batteries?", "even making the actual cars??": "even" first, as "too" last.)
  const adds = shape.kind === 'fragment' && (tokens(alone.question).some((t, j, ts) => ADDITIVE.has(t.key) || (t.key === 'as' && ts[j + 1]?.key === 'well')) || givesExample(alone.question) || evenAt(ownTokens(alone.question).filter((t) => !LEAD.has(t.key))) >= 0);
  if (shape.kind !== 'bare' && !continuation && !about && !personal && !adds && !pointing && !named && !setApart && !placed && alone.kind === 'fact') return rememberAlone(alone);

  const asked = alone.question;
  // "astana or almaty?" after "what did erdogan and xi discuss in kazakhstan?": a fragment whose every word the knowledge
  // lacks (none a typo of a word it has) adds nothing it can answer; read with the question before, it only finds that
  // question's fact again. Declined as alone (a message in another language, "bana bi fıkra anlatsana", is such a fragment
  // too, and a reply as alone is what a question of its own gets).
  if (shape.kind === 'fragment' && alone.kind === 'none') {
    const terms = questionTerms(kb, asked).terms;
    if (terms.length > 0 && terms.every((t) => t.how === 'unknown')) return rememberAlone(alone);
  }
  // "is that right?", "are you sure?": the answer just given, again, read as following on from its question.
  if ((shape.kind === 'bare' || shape.kind === 'pronoun') && onlyChallenges(asked)) {
    const given = answerFact(previous.factId, kb);
    if (given) return { reply: { ...given, question: asked, confidence: CONVERSATION_EVIDENCE_CONFIDENCE, readingAs: pairedReading(asked, previous.question, vocab.names) }, remember: previous };
  }
  const all = named ? namedReadings(asked, names, vocab) : readings(asked, shape, previous.question, prev, vocab, kb.facts.length, previousAnswer);
  // A continuation answered alone is read in context only as a whole swapped question.
  const tried = (continuation || about || personal || pointing || named || placed) && alone.kind === 'fact' ? all.filter((r) => r.whole) : all;
  if (tried.length === 0) return rememberAlone(alone);
  if (setApart && alone.kind === 'fact') {
    const suggestions = [kb.facts[kb.byId.get(alone.factId)!]!.questions[0]!, ...alone.related.map((r) => r.question)].slice(0, SEARCH.maxSuggestions);
    // Shown with the reading that puts a plural in the pronoun's place ("any of chinese car companies"), if one does.
    const own = new Set(tokens(asked).map((t) => t.key));
    const plural = tried.find((r) => r.whole && tokens(r.probe).some((t) => !own.has(t.key) && isContent(t) && PLURAL_NOUN.test(t.key)));
    return { reply: { ...declinedReply(kb, asked, alone.confidence, suggestions), ...readAs(plural ?? tried[0]!) }, remember: null };
  }
  // "how many of them?", "how many is that" after an answer that lists what was asked for ("…, among them Chery, SAIC and
  // Great Wall"): how many that list has, which that answer gives and no other fact does (alone, "how many" found the
  // deposit's size by its amount, with "them" read as Turkey).
  if (shape.kind === 'bare' && shape.wh[0] === 'how' && shape.wh[1] === 'many' && answerLists(previousAnswer)) {
    const count = answeredAgain(alone, previous, kb);
    if (count) return count;
  }
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
  // "where else?" after "are rare earths used in wind turbines?", whose answer lists where they are used (wind
  // turbines among others): in what else, which that list gives, not a place. (Not after a question that asked where:
  // "where else?" then asks for other places.)
  const whereElse = (factId: string) => listsMore && kind === 'where' && !city && factId === previous.factId && answerType(previous.question) !== 'where';
  const gives = (factId: string) => {
    const i = kb.byId.get(factId);
    if (kind === null || i === undefined || whereElse(factId)) return true;
    const text = kb.facts[i]!.answer;
    if (city && !answerNamesCity(text, 'en')) return false;
    return answerTypesSupported(text).includes(kind) || ((kind !== 'where' || origin) && SAYS_WHAT_IS_ASKED[kind]?.test(text) === true);
  };
  // "what about Tesla?" asks about Tesla: a fact that never names it cannot answer it, however well the rest of the
  // previous question matches.
  // Nor does one that names it only as what it leaves out ("Apart from BYD, …" for "and BYD?"; lists.ts).
  // ("and the chinese one?" after "who is turkey's energy minister?" asks for a minister: a fact that names China but no
  // minister, the partnership with China, is no answer; the knowledge names no Chinese minister.)
  const roleBefore = shape.kind === 'swap' && shape.modifier ? prev.ts.find((t) => ROLE_NOUNS.has(t.key)) : undefined;
  const namesSubject = (factId: string) =>
    shape.kind !== 'swap' ||
    (shape.subject.some((t) => vocab.roots.get(root(t.key))?.has(kb.byId.get(factId) ?? -1) === true) &&
      !shape.subject.some((t) => namesOnlyAsException(kb.facts[kb.byId.get(factId) ?? -1]?.answer ?? '', t.key)) &&
      (roleBefore === undefined || vocab.roots.get(root(roleBefore.key))?.has(kb.byId.get(factId) ?? -1) === true));
  // "where exactly?" asks for a place not said yet ("in Turkey" again does not answer it after "a plant in Turkey?").
  const told = new Set([...prev.ts, ...tokens(asked)].map((t) => t.key));
  const givesNew = (factId: string) => kind !== 'where' || whereElse(factId) || namesNewPlace(kb.facts[kb.byId.get(factId) ?? -1]?.answer ?? '', told, origin);
  // "who wrote it?" after the Global Times: what a pronoun question asks is its own words ("wrote"); a fact that has
  // none of them answers the question before, not it (the previous question's words dominate a reading).
  // (A question whose only word is the one after "that", "where's that place?", "who's in that group?", has none: that
  // word is what points back, not what is asked of it.)
  // (Not a word the engine reads as none of the question, "first place" in "why are they even trying in the first
  // place?": an idiom, and no fact can be told to have it.)
  const readWords = shape.kind === 'pronoun' ? new Set(questionTerms(kb, asked).ws) : null;
  // (Nor a word of a reaction before the question, "fair enough. where's that place?": ownTokens.)
  const contentWords = readWords ? ownTokens(asked).filter((t) => isContent(t) && !MEANT.has(t.key) && readWords.has(t.key)) : [];
  const ownWords = contentWords.every((t) => CLASS_NOUNS.has(t.key)) && tokens(asked).some((t) => DEMONSTRATIVES.has(t.key)) ? [] : contentWords;
  // A word the knowledge never writes counts in a word of its synonym group ("his title" is the minister's "role"), and
  // so does any word asked of a person ("what's his position?": his "job").
  // (Chat shorthand the knowledge never writes, as the engine reads it: "oct" is the knowledge's "October".)
  const ownTerms = ownWords.map((t) => {
    const ids = kb.analyzer.queryTerms(t.text).map((term) => kb.termIds.get(term) ?? -1);
    return ids.every((id) => id < 0) && kb.profile.chatWords.has(t.key) ? questionTerms(kb, t.text).terms.flatMap((r) => r.ids) : ids;
  });
  // So does a phrase of the question's own that is a synonym group's ("why don't they just source it somewhere else?":
  // "somewhere else" is the knowledge's diversifying), which no one of its words is.
  const phraseTerms = ownWords.length > 0 ? kb.analyzer.queryTokens(asked).filter((t) => t.raw === null).map((t) => kb.termIds.get(t.term) ?? -1) : [];
  const hasOwnWord = (factId: string) => {
    const i = kb.byId.get(factId) ?? -1;
    return (
      ownWords.length === 0 ||
      ownWords.some((t, n) => {
        const facts = vocab.roots.get(root(t.key));
        if (facts?.has(i)) return true;
        return (!facts || personal) && ownTerms[n]!.some((id) => factHasTerm(kb, i, id));
      }) ||
      phraseTerms.some((id) => factHasTerm(kb, i, id))
    );
  };
  // "how old is he?" asks an age: an answer that states none does not give it, whatever number it has (the report gives
  // no one's age, and "October" or "3.5 million tonnes" would do for "how many").
  const age = /\bhow old\b/.test(asked.toLowerCase());
  const statesAge = (factId: string) => AGE.test(kb.facts[kb.byId.get(factId) ?? -1]?.answer ?? '');
  // "what day?" asks for a day: "in October" does not give one; nor does "since when?" get a beginning from "at the time
  // of the report", nor "how far from Ankara?" a distance, nor "what percentage?" a share (the rules answer() applies to a
  // question alone).
  const lacksAsked = (factId: string) => lackedKind(asked, kb.facts[kb.byId.get(factId) ?? -1]?.answer ?? '') !== null;
  const asksKind = (factId: string, k: NonNullable<typeof kind>) => storedAsks(kb, factId, k);
  // A bare follow-up asks only the kind of answer it asks for, and so does a pronoun's asking a time ("when was this?",
  // "it was when this meeting?"): an answer that gives none is no answer to it (the talks "at their meeting in
  // Kazakhstan" for when the meeting was). (Not a place: "where does the info about his china trip come from" asks its
  // source, which an answer gives without a place.)
  const asksOnlyKind = shape.kind === 'bare' || (shape.kind === 'pronoun' && kind === 'when');
  const acceptable = (r: Reply): r is Reply & { kind: 'fact'; factId: string } =>
    r.kind === 'fact' && !(age && !statesAge(r.factId)) && !lacksAsked(r.factId) && !(other && r.factId === previous.factId && !listsMore) && (!asksOnlyKind || (gives(r.factId) && givesNew(r.factId))) && (!city || gives(r.factId)) && namesSubject(r.factId) && hasOwnWord(r.factId);
  // The conversation is evidence too: when a reading's best candidate, short of the usual confidence, is the fact
  // just given ("with who?" after BYD's deal, whose answer says the report names no partner), and that fact's
  // answer can be the kind asked for, it is the answer, at the threshold's confidence. Only for a bare follow-up
  // (nothing of its own to ask), and not for an amount ("how old is he?"): any number in an answer "supports"
  // one, so the wording cannot tell.
  const previousFact = kb.byId.get(previous.factId);
  // A fact the answer just given links to (linked.ts) answers only a kind of answer it gives, which the knowledge asks of
  // it; not an amount (any number in an answer "supports" one).
  const linkable = kind !== null && kind !== 'quantity' && kind !== 'duration';
  const givesLinked = (id: string) => kind !== null && gives(id) && givesNew(id) && !lacksAsked(id) && asksKind(id, kind);
  // Whether the fact just given can be the kind of answer asked for (a city for "which city?", a place not said yet).
  // (Not for "who else?", unless that answer lists several: "what else?" after rare earths' uses asks for more of its list.)
  const previousGives =
    (!other || listsMore) &&
    previousFact !== undefined &&
    (kind === null || whereElse(previous.factId) || answerTypesSupported(kb.facts[previousFact]!.answer).includes(kind)) &&
    !(city && !answerNamesCity(kb.facts[previousFact]!.answer, 'en')) &&
    !lacksAsked(previous.factId) &&
    givesNew(previous.factId);
  const prior = previousGives && shape.kind === 'bare' && kind !== 'quantity' && kind !== 'duration';
  // "which ones?", "which one?": which of the things the answer just given spoke of; that answer names them.
  // (And "which companies?", "which firms?": the kind named again, in the plural; not a place, "which city?" asks where.)
  const which = shape.kind === 'bare' && !other && shape.wh[0] === 'which' && (shape.wh[1] === 'one' || shape.wh[1] === 'ones' || (isClassNoun(shape.wh[1] ?? '') && kind !== 'where'));
  if (which && previousFact !== undefined) {
    // ("which ones?" after "why would a chinese car brand want to build in turkey?": the question before spoke of one of
    // a kind, "a chinese car brand", and the answer just given names none; which of that kind: "which chinese car brand?".)
    const kindAsked = oneOfAKind(prev.ts);
    if (kindAsked !== null && !answerLists(previousAnswer)) {
      const probe = `which ${join(kindAsked)}`;
      const r = answer(probe, kb, { oneQuestion: true });
      if (r.kind === 'fact' && r.factId !== previous.factId) {
        const reply: ContextReply = { ...r, question: asked, ...readAs({ shown: asQuestion(probe, vocab.names), whole: true }) };
        return { reply, remember: { question: probe, factId: r.factId } };
      }
    }
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
  // (The last names of the people the answer just given named, when "else" is asked of "him": see below.)
  const himNamed = other && personal ? personsIn(previousAnswer, tokens).map((p) => p[p.length - 1]!.key).filter((k) => !ROLE_NOUNS.has(k)) : [];
  for (const r of usable) {
    let combined = answer(r.probe, kb, { oneQuestion: true });
    // "and byd?" after "has turkey talked to chery or great wall?": the reading "has turkey talked to byd" finds the fact
    // that names BYD only as set apart ("Apart from BYD, …"), which is no answer about BYD; the reading's next fact may be.
    const found = combined.kind === 'fact' ? combined.factId : null;
    if (shape.kind === 'swap' && r.whole && found !== null && shape.subject.some((t) => namesOnlyAsException(kb.facts[kb.byId.get(found) ?? -1]?.answer ?? '', t.key))) {
      combined = answer(r.probe, kb, { oneQuestion: true, exclude: found });
      // Short of the usual confidence, the next fact is still the answer when it names the one asked about and no other
      // candidate comes within CONVERSATION.pointingMargin of it: the conversation says what is asked of it, as for a bare follow-up.
      if (combined.kind !== 'fact') {
        const next = rank(r.probe, kb, 2, { oneQuestion: true, exclude: kb.byId.get(found) });
        if (next[0] && next[0].score >= SEARCH.suggestThreshold && namesSubject(next[0].factId) && (next[1]?.score ?? 0) < next[0].score - CONVERSATION.pointingMargin) {
          combined = { ...answerFact(next[0].factId, kb)!, confidence: CONVERSATION_EVIDENCE_CONFIDENCE };
        }
      }
      // (Not the fact the name alone gets, "BYD is the largest…": the other readings may say more than the words alone.)
      if (combined.kind === 'fact' && alone.kind === 'fact' && combined.factId === alone.factId) continue;
    }
    // The fact a reading finds gives the kind of answer asked, but only a place already said ("where exactly?" after
    // BYD's plant "in Turkey"): the knowledge does not tell, and a looser reading would only find another topic's place.
    if (shape.kind === 'bare' && combined.kind === 'fact' && gives(combined.factId) && !givesNew(combined.factId) && namesSubject(combined.factId)) break;
    if (!acceptable(combined)) continue;
    // "did any of those talks lead to a deal?", "did any of them sign anything yet?" after "which chinese automakers has
    // turkey talked to apart from byd?": whether a part of those the answer lists did something, which that answer, read
    // again, does not say (it lists whom Turkey talked to); as "did any of them sign a deal?" declined when BYD's deal was
    // found.
    if (partAskedOfList && combined.factId === previous.factId) continue;
    // "who else is going with him?" after the delegation's answer, which named its leader: someone else than him, so not
    // a fact that names him (the minister's own, by the reading "… with Alparslan Bayraktar").
    if (other && himNamed.length > 0 && combined.kind === 'fact' && tokens(kb.facts[kb.byId.get(combined.factId) ?? -1]?.answer ?? '').some((t) => himNamed.includes(t.key))) continue;
    // A reading with one topic word of the question before ("which city" + "maker") must find a fact on that topic:
    // "which city" alone finds the deposit's town, whatever the word.
    if (r.topical && !onTopic(combined)) continue;
    // "when will it be done?" after "has turkey said it'll build a refinery for beylikova?": the reading's words ("the
    // beylikova rare earths" for "it") find the deposit's discovery, but the maintainers linked the refinery's readiness
    // to its timeline (its `related`): a linked fact that gives the kind asked, within CONVERSATION.pointingMargin of the
    // one found, is what the question goes on to. (A bare follow-up, "why tho?", or one with a pronoun.)
    // (Not for an amount: "how much do they even have there?" is the deposit's size, not the linked refinery's cost.)
    // (With a pronoun, not "who": which person the pronoun stands for is what its readings try, one after another.)
    if ((shape.kind === 'bare' || (shape.kind === 'pronoun' && kind !== 'who')) && linkable && previousFact !== undefined && combined.factId !== previous.factId) {
      const next = linkedInstead(kb, r.probe, previousFact, combined.factId, givesLinked);
      if (next !== undefined) {
        const reply: ContextReply = { ...answerFact(next, kb)!, question: asked, confidence: combined.confidence, ...readAs(r) };
        return { reply, remember: { question: r.probe, factId: next } };
      }
    }
    // "where was that?" after "did Erdogan and Xi discuss rare earths?": the talks' answer names the place in passing,
    // but the fact about the meeting is the one the knowledge asks "where?" of. Among the reading's candidates on the
    // question before's topic, a fact with stored questions asking this kind of answer is it, when the one found has none.
    // (So for "why?": "why?" after "is turkey looking to partner with china?" gets the fact the knowledge asks why of,
    // not the partnership's again.) (And for a reading of the question before's topic words, when no whole reading
    // answered: "…ever discuss rare earths directly?" read whole was declined, its words "erdogan xi discuss" got the talks.)
    // (And for "where?" by any reading: "where was that?" after "erdogan and xi discussed what??" is read with all of the
    // question before, as what happened; not for "when?" nor "why?", where such a reading's fact that the knowledge asks
    // them of is more often another topic's: "since when?" after China's lead in refining got the refinery's timeline.)
    if (shape.kind === 'bare' && (r.whole || r.topical || kind === 'where') && (kind === 'where' || kind === 'when' || kind === 'why') && !asksKind(combined.factId, kind)) {
      const asker = rank(r.probe, kb, SEARCH.maxSuggestions, { oneQuestion: true }).find((c) => c.factId !== combined.factId && c.score >= SEARCH.suggestThreshold && asksKind(c.factId, kind));
      // (Naming whoever the reading names, as the fact found does: not the refinery's timeline for "when did Kacir say…?")
      const namesOf = (factId: string) => tokens(r.probe).map((t) => nameKey(t.key, vocab)).filter((k) => namedIn(k, kb.byId.get(factId) ?? -1, vocab));
      const sameNames = (factId: string) => namesOf(combined.factId).every((k) => namedIn(k, kb.byId.get(factId) ?? -1, vocab));
      if (asker && gives(asker.factId) && givesNew(asker.factId) && !lacksAsked(asker.factId) && sameNames(asker.factId) && sharesTopic(kb.byId.get(asker.factId)!, prev, vocab, kb.facts.length)) {
        const given = answerFact(asker.factId, kb)!;
        const reply: ContextReply = { ...given, question: asked, confidence: CONVERSATION_EVIDENCE_CONFIDENCE, ...readAs(r) };
        return { reply, remember: { question: r.probe, factId: asker.factId } };
      }
    }
    // ("and Great Wall?" after BYD's plant: the names with it get the fact its name alone gets; the reply stays as it was.)
    if (r.withNames && alone.kind === 'fact' && combined.factId === alone.factId) continue;
    // Pointing at what was asked: the fact just given, about as surely as the words alone get theirs; or another fact (the
    // pronoun stands for the thing, and the question asks something else of it: "who'd lead it?" after "is the trip to
    // China confirmed?") more surely than the words alone by the margin, or more surely at all and on the previous
    // question's topic when what the words alone got is not ("lead" alone gets the two presidents, "leaders").
    if (placed && !(combined.kind === 'fact' && alone.kind === 'fact' && combined.factId !== alone.factId && combined.confidence > alone.confidence && namesPlaceBefore(combined.factId))) continue;
    if (pointing && r === usable[0] && r.whole && alone.kind === 'fact' && combined.factId === alone.factId) agreeing = true;
    if (pointing && !(combined.factId === previous.factId ? combined.confidence > alone.confidence - CONVERSATION.pointingMargin : alone.kind === 'fact' && combined.factId !== alone.factId && (combined.confidence > alone.confidence + CONVERSATION.pointingMargin || (combined.confidence > alone.confidence && !onTopic(alone) && onTopic(combined))))) continue;
    // (The same fact as alone: the words alone say as much, and the reply stays as it was.)
    // (Unless the answer just given named what it asks about only as set apart, "Apart from BYD, …": "what about BYD?"
    // then asks the question before of it, as "and BYD?" does, and its names with the question's are that reading.)
    const setApartBefore = about && r.withNames === true && shape.kind === 'swap' && shape.subject.some((t) => namesOnlyAsException(previousAnswer, t.key));
    // (Or about as surely, when the words alone get a fact off the question before's topic and the reading one on it: "why
    // they want to come to turkey in the first place?" after "other than byd which chinese automakers is turkey in talks
    // with?" is why Chinese carmakers want Turkey, not Turkey's bid to join BRICS by "come to".)
    // (And a fact that has a word of the reading's own, put for "they": not the delegation's by "great wall" for "they".)
    const hasPut = (factId: string) => tokens(r.probe).some((t) => isContent(t) && !tokens(asked).some((a) => a.key === t.key) && vocab.roots.get(root(t.key))?.has(kb.byId.get(factId) ?? -1) === true);
    // (And another fact than the one just given: "when are they going to china?" after battery plants asks no more of
    // them, "they" as often no one in particular.)
    const onTopicForThem =
      named && alone.kind === 'fact' && combined.kind === 'fact' && combined.factId !== alone.factId && combined.factId !== previous.factId && combined.confidence > alone.confidence - CONVERSATION.pointingMargin && !onTopic(alone) && onTopic(combined) && hasPut(combined.factId);
    if ((named || about) && !setApartBefore && !onTopicForThem && !(alone.kind === 'fact' && combined.factId !== alone.factId && combined.confidence > alone.confidence + CONVERSATION.pointingMargin)) continue;
    // "who's leading it?" after the delegation's answer, which named its leader: that answer said who, and asked again
    // it is the one named the asker wants, as the knowledge says who that is (the minister's fact), not the answer again.
    // (Not in the same message: "when is it, and who is leading it?" is answered by the one fact, for both.)
    const whoNamed = combined.factId === previous.factId && !sameMessage ? whoNamedBefore(asked, previous, previousAnswer, kb, r) : null;
    if (whoNamed) return whoNamed;
    // "batteries too?" after "did byd sign a deal to build evs in turkey?": what is added, read with the question before,
    // gets the answer just given again, which has none of its words; the fact the words alone get has them (the hope for
    // battery plants), and answers.
    if (adds && !givesExample(asked) && combined.factId === previous.factId && addsWhatAloneHas(alone, previous, previousAnswer, asked, kb)) continue;
    const reply: ContextReply = { ...combined, question: asked, ...readAs(r) };
    return { reply, remember: { question: r.whole ? r.probe : previous.question, factId: combined.factId } };
  }
  // "his ministry say anything on the china talks?" after "who is alparslan bayraktar?": answered alone, and the reading
  // with the name put for "his" finds the same fact first, held back only by a runner-up near it (the name pulls toward
  // the minister's own facts): the two agree on what is asked, and the answer alone stands, with the reading.
  if (personal && alone.kind === 'fact' && acceptable(alone)) {
    const first = tried[0]!;
    const readTop = rank(first.probe, kb, 1, { oneQuestion: true })[0];
    if (readTop?.factId === alone.factId && readTop.score >= kb.calibration.threshold) {
      return { reply: { ...alone, ...readAs(first) }, remember: { question: first.whole ? first.probe : previous.question, factId: alone.factId } };
    }
  }
  // "what about BYD then?" after an answer that names BYD only as set apart ("Apart from BYD, Turkey has also talked with
  // Chery, …"): the fact naming BYD nearest that answer, other than the one its name alone gets (set-apart.ts).
  const prevAt = kb.byId.get(previous.factId);
  if (shape.kind === 'swap' && prevAt !== undefined && shape.subject.some((t) => namesOnlyAsException(previousAnswer, t.key))) {
    const nearest = nearestToSetApart(previousAnswer, kb, prevAt, (factId) => namesSubject(factId) && !(alone.kind === 'fact' && factId === alone.factId));
    const given = nearest === null ? undefined : answerFact(nearest, kb);
    if (given) return { reply: { ...given, question: asked, confidence: CONVERSATION_EVIDENCE_CONFIDENCE, ...readAs(tried[0]!) }, remember: { question: tried[0]!.whole ? tried[0]!.probe : previous.question, factId: given.factId } };
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
    // ("who's leading it?" after "when are the turks sending people to china?": the answer just given named who, as above.)
    const whoNamed = sameMessage ? null : whoNamedBefore(asked, previous, previousAnswer, kb, r);
    if (whoNamed) return whoNamed;
    const given = answerFact(previous.factId, kb)!;
    const reply: ContextReply = { ...given, question: asked, confidence: CONVERSATION_EVIDENCE_CONFIDENCE, ...readAs(r) };
    return { reply, remember: { question: r.whole ? r.probe : previous.question, factId: previous.factId } };
  }
  // A bare follow-up whose reading's best candidate, short of the usual confidence, is a fact the answer just given links
  // to (its `related`) and gives the kind asked, which the knowledge asks of it: that fact, as the fact just given is
  // above ("when?" after the cost of the refinery: its timeline).
  if (shape.kind === 'bare' && linkable && previousFact !== undefined && !other) {
    for (const r of usable) {
      const linked = linkedBest(kb, r.probe, previousFact, givesLinked);
      if (linked === undefined) continue;
      const reply: ContextReply = { ...answerFact(linked, kb)!, question: asked, confidence: CONVERSATION_EVIDENCE_CONFIDENCE, ...readAs(r) };
      return { reply, remember: { question: r.probe, factId: linked } };
    }
  }
  // "did they sign anything?" after "what did Erdogan and Xi talk about?": "they" stands for the names the question
  // before gave, and a fact that lacks one of them and is off that question's topic (BYD's deal) answers the words
  // about someone else: declined with the reading, that fact offered. (All of them: "did they agree to anything?" after
  // "has turkey talked to chery?" is not answered by BYD's deal with Turkey.) Not when the question before has a plural thing
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
  if (alone.kind === 'fact' && weakOffTopic && (offPointing || (named && !pluralThing && !names.every((phrase) => phrase.some((t) => namedIn(nameKey(t.key, vocab), kb.byId.get(alone.factId) ?? -1, vocab)))))) {
    const suggestions = [kb.facts[kb.byId.get(alone.factId)!]!.questions[0]!, ...alone.related.map((r) => r.question)].slice(0, SEARCH.maxSuggestions);
    return { reply: { ...declinedReply(kb, asked, alone.confidence, suggestions), ...readAs(tried[0]!) }, remember: null };
  }
  // "and what's turkey hoping they'll build next" after "who was the byd turkey deal signed with?", declined alone and as
  // read with that question (each best fact with a runner-up too close behind): when both find the same fact, on that
  // question's topic, each scoring what the threshold asks of a decision (only the runner-up held it back), the two
  // readings agree, and the conversation is evidence, as for a bare follow-up: that fact, at the threshold's
  // confidence, with the reading.
  // (Not a pronoun's question with words enough of its own: it is declined as a question of its own, below.)
  if (alone.kind === 'none' && alone.reason === 'no-match' && !(shape.kind === 'pronoun' && ownWords.length >= CONVERSATION.ownWordsToStandAlone)) {
    const first = tried[0]!;
    const aloneTop = rank(asked, kb, 1)[0];
    const readTop = rank(first.probe, kb, 1, { oneQuestion: true })[0];
    const fact = aloneTop && aloneTop.factId === readTop?.factId ? answerFact(aloneTop.factId, kb) : undefined;
    const sure = (score: number) => score >= kb.calibration.threshold;
    if (fact && sure(aloneTop!.score) && sure(readTop!.score) && acceptable(fact) && sharesTopic(kb.byId.get(fact.factId)!, prev, vocab, kb.facts.length)) {
      const reply: ContextReply = { ...fact, question: asked, confidence: CONVERSATION_EVIDENCE_CONFIDENCE, ...readAs(first) };
      return { reply, remember: { question: previous.question, factId: fact.factId } };
    }
  }
  // A fragment may be a question of its own, and a continuation answered alone is: with no reading answered,
  // it is answered (or declined) as alone. Not "what did he say?": its words alone ask what someone unnamed said,
  // and whatever fact they match ("the ministries said nothing") answers another question; declined with the reading.
  // (Not an owner alone, "china's?", "what about china's?": its words alone ask nothing, and what they match, a fact
  // about China, answers no question; declined with the reading, "who is China's industry minister?".)
  const ownerOnly = shape.kind === 'swap' && shape.subject.length === 1 && isPossessive(shape.subject[0]!);
  if (!ownerOnly && (shape.kind === 'fragment' || ((continuation || about || pointing || named || placed) && alone.kind === 'fact'))) return rememberAlone(alone);
  // "who else?", "what about the others?" after a question on BYD's deal: others than the name asked about, which the
  // one fact that names it only as left out gives ("Apart from BYD, Turkey has also talked with …"; lists.ts). Only with
  // nothing of its own asked and when no reading found an answer.
  const othersOnly = other && (shape.kind === 'bare' || (shape.kind === 'swap' && shape.subject.every((t) => OTHER.has(t.key) || !isContent(t))));
  if (othersOnly && alone.kind !== 'fact') {
    // (A company's or a person's name: "beyond China" sets a country apart from a whole supply, not from those asked about.)
    const namedBeforeKeys = prev.ts.map((t) => nameKey(t.key, vocab)).filter((k) => vocab.names.has(k) && !isMonthOrDay(k) && !isBiggerThanCity(k));
    const apart = kb.facts.flatMap((f, i) => (f.id !== previous.factId && namedBeforeKeys.some((k) => namedIn(k, i, vocab) && namesOnlyAsException(f.answer, k)) ? [f.id] : []));
    if (apart.length === 1) {
      const given = answerFact(apart[0]!, kb)!;
      const reply: ContextReply = { ...given, question: asked, confidence: CONVERSATION_EVIDENCE_CONFIDENCE, ...readAs(tried.at(-1)!) };
      return { reply, remember: { question: previous.question, factId: apart[0]! } };
    }
  }
  // A bare follow-up's own answer, when it is about what was asked before ("how pure?" after the refinery).
  const paired = tried.at(-1)!;
  if (acceptable(alone) && sharesTopic(kb.byId.get(alone.factId)!, prev, vocab, kb.facts.length)) {
    const reply: ContextReply = { ...alone, ...readAs(paired) };
    return { reply, remember: { question: previous.question, factId: alone.factId } };
  }
  // A pronoun question with words enough of its own ("what is turkey hoping byd and other chinese firms will build there
  // next?": "there" is Turkey, named in it) that no reading answers either is declined as a question of its own: the
  // reading line would only show the question before pasted on for nothing, and a question of its own gets no context.
  if (shape.kind === 'pronoun' && alone.kind !== 'fact' && ownWords.length >= CONVERSATION.ownWordsToStandAlone) return rememberAlone(alone);
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
