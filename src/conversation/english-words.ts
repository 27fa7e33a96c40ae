/**
 * The English words a follow-up is read by (issue 16): question words, auxiliaries, pronouns, the words that lead or
 * connect a follow-up, and `tokens`, which splits a question into words as typed and as compared. Word classes and
 * predicates over single tokens only; what a question's shape is lives in followup-shape.ts, how it is read in context
 * in readings.ts.
 */
import { CHAT_FILLER, CHAT_WORDS, REACTIONS, reactionBefore, STOP_WORDS, fold, isStopWordTypo, stretchedWritten, whContracted } from '../text/normalize.ts';
import { keepingRecent } from '../text/recent.ts';

/** A word as typed (`text`) and as compared (`key`: folded, apostrophes and "'s" dropped). */
export interface Token {
  text: string;
  key: string;
  /** A stop word used as a noun ("the mine"): a word of the question's own, whatever its key is elsewhere. */
  noun?: true;
}

// ---- Words -----------------------------------------------------------------------------------

export const WH = new Set(['who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how', 'whos', 'wheres', 'whens', 'hows', 'whys', 'whats', 'wat', 'wot', 'wut', 'wen', 'wher', 'hw', 'whod', 'whatd', 'whered', 'howd', 'whyd']);
/** Question words that ask about the circumstances of the same event; they take another's place without touching its subject. */
export const ADVERBIAL_WH = new Set(['when', 'where', 'why', 'how', 'whens', 'wheres', 'whys', 'hows', 'wen', 'wher', 'whered', 'howd', 'whyd']);
/**
 * After "how", the words that ask for an amount, a size or a time about
 * whatever was said before ("how much?", "how big?", "how long?"): part of
 * the question word. A word naming a property of its own ("how pure?", "how
 * expensive?") is a word of the question's own: such a question is read
 * alone ("how pure" is an eval question answered alone with the purity goal).
 */
export const HOW_WORDS = new Set(['much', 'many', 'big', 'large', 'small', 'long', 'far', 'soon', 'old', 'high', 'often', 'come', 'sure']);
/** After "what" or "which", words that only name the kind of answer asked ("what year?", "which city?", "which company?"). */
export const WHAT_WORDS = new Set(['year', 'month', 'date', 'day', 'time', 'country', 'city', 'place', 'region', 'province', 'kind', 'type', 'sort', 'part', 'one', 'ones', 'kinds', 'types', 'sorts', 'parts', 'years', 'months', 'dates', 'days', 'countries', 'cities', 'places', 'regions', 'company', 'companies', 'firm', 'firms']);
export const AUX = new Set([
  'is', 'are', 'was', 'were', 'am', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'has', 'have', 'had',
  'isnt', 'arent', 'wasnt', 'werent', 'dont', 'doesnt', 'didnt', 'wont', 'wouldnt', 'cant', 'couldnt', 'shouldnt', 'hasnt', 'havent', 'hadnt',
]);
export const COPULA = new Set(['is', 'are', 'was', 'were', 'isnt', 'arent', 'wasnt', 'werent']);
/** Words pointing back at something said before. */
// "em": "them" as chat types it ("who makes most of em"). "there": the place named before ("is byd building there?"),
// unless it says that something is ("is there a plan?"; pointsNowhere).
export const PRONOUNS = new Set(['it', 'its', 'they', 'them', 'em', 'their', 'theirs', 'he', 'him', 'his', 'she', 'her', 'hers', 'this', 'that', 'these', 'those', 'itll', 'theyll', 'theyre', 'thats', 'one', 'ones', 'there', 'hes', 'shes', 'theyve', 'theyd']);
/**
 * Pronouns run together with a verb, as chat types them: a clause of its own ("and they're building in turkey?"), no swap.
 * (And "hes", "shes" typed without the apostrophe: "and hes off to where next month".)
 */
export const WITH_VERB = new Set(['theyre', 'theyll', 'itll', 'thats', 'hes', 'shes', 'theyve', 'theyd']);
/** "this", "that", "these", "those": before a noun, a determiner. */
export const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
/**
 * Whether the word at `i` is "that" opening a clause ("the news that the minister is going", "did they say that he
 * would go?"): after a word of the question's own (not "is that the only reason?", where it is the subject), with an
 * article or a subject pronoun after it, it points at nothing before.
 */
export function opensClause(ts: readonly Token[], i: number): boolean {
  const before = ts[i - 1];
  return ts[i]?.key === 'that' && before !== undefined && !AUX.has(before.key) && !WH.has(before.key) && CLAUSE_SUBJECT_START.has(ts[i + 1]?.key ?? '');
}
const CLAUSE_SUBJECT_START = new Set(['the', 'a', 'an', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'its']);
/**
 * Whether the pronoun at `i` points at nothing said before: "that" opening a clause ({@link opensClause}); the "it" of
 * "how long will it take turkey to build the refinery" (what it takes is said after it, with a word of its own not
 * right after "to": "how long will it take to build?" still points back); "that" or "it" in a hedge on the question
 * itself ("…, if that is mentioned anywhere", "if it's known").
 */
export function pointsNowhere(ts: readonly Token[], i: number): boolean {
  if (opensClause(ts, i)) return true;
  const key = ts[i]?.key;
  // ("could you list some industries that rely on rare earths?": "that" after a plural noun is the noun's relative
  // pronoun, pointing at it, not back.)
  if (key === 'that' && i > 0 && PLURAL_NOUN.test(ts[i - 1]!.key) && isContent(ts[i - 1]!) && !WH.has(ts[i - 1]!.key) && ts[i + 1] !== undefined) return true;
  if (key === 'there') return !locativeThere(ts, i);
  // (Not "it takes place", "where did it take place?": what happened, pointed at.)
  if (key === 'it' && TAKES_IT.has(ts[i + 1]?.key ?? '') && ts[i + 2]?.key !== 'place') return ts.slice(i + 2).some((t, k) => isContent(t) && !PRONOUNS.has(t.key) && ts[i + 1 + k]?.key !== 'to');
  if ((key === 'that' || key === 'it' || key === 'this') && ts[i - 1]?.key === 'if') {
    const verb = ts[i + 1]?.key === 'has' && ts[i + 2]?.key === 'been' ? i + 3 : ts[i + 1]?.key === 'is' || ts[i + 1]?.key === 's' || ts[i + 1]?.key === 'was' ? i + 2 : -1;
    return verb > 0 && HEDGED.has(ts[verb]?.key ?? '');
  }
  return false;
}
/**
 * Whether the "there" at `i` is a place ("who's going over there?", "has byd built anything there yet?"), not the
 * "there" that says something is ("is there a plan?", "will there be a refinery?", "there are reports…") nor a
 * greeting's ("hi there") or an idiom's ("out there", "there you go").
 */
export function locativeThere(ts: readonly Token[], i: number): boolean {
  const before = ts[i - 1]?.key ?? '';
  const after = ts[i + 1]?.key ?? '';
  return !EXISTENTIAL_AFTER.has(after) && !EXISTENTIAL_BEFORE.has(before) && !THERE_IDIOM_BEFORE.has(before) && after !== 'you';
}
/** Words after an existential "there" ("there is", "there'll be", "there seem to be"). */
const EXISTENTIAL_AFTER = new Set([
  'is', 'are', 'was', 'were', 's', 'isnt', 'arent', 'wasnt', 'werent', 'be', 'been', 'will', 'wont', 'would', 'could', 'can', 'might', 'may', 'must',
  'should', 'seem', 'seems', 'seemed', 'used', 'has', 'have', 'had', 'hasnt', 'havent', 'll', 'd', 're', 'exist', 'exists', 'remain', 'remains', 'appear', 'appears',
]);
/** Words before an existential "there" ("is there", "will there be", "has there been"). */
const EXISTENTIAL_BEFORE = new Set(['is', 'are', 'was', 'were', 'isnt', 'arent', 'wasnt', 'werent', 'will', 'wont', 'would', 'could', 'can', 'might', 'may', 'should', 'must', 'has', 'have', 'had', 'hasnt', 'havent', 'hadnt', 'be']);
/** "hi there", "hey there", "out there", "here and there": no place said before. */
const THERE_IDIOM_BEFORE = new Set(['hi', 'hey', 'hello', 'hiya', 'yo', 'out', 'and', 'so']);
/** Verbs of a dummy "it" ("it takes…", "it costs…"). */
const TAKES_IT = new Set(['take', 'takes', 'took', 'cost', 'costs']);
/** What a hedge on the question says of it ("if that is mentioned", "if it's known"). */
const HEDGED = new Set(['mentioned', 'said', 'known', 'stated', 'reported', 'covered', 'public', 'available', 'given', 'specified', 'clear', 'possible', 'ok', 'okay', 'allowed', 'in']);
/** Time words after a demonstrative that make a phrase of their own ("these days", "this year", "at that time"), not a pronoun. */
export const TIME_AFTER = new Set([
  'day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'decade', 'century', 'time', 'times', 'morning', 'afternoon',
  'evening', 'night', 'season', 'spring', 'summer', 'autumn', 'fall', 'winter', 'moment', 'point', 'stage', 'quarter', 'era',
]);
/** Words asking for something besides what was answered ("who else?", "any other?"): never answered with the same fact again. */
export const OTHER = new Set(['else', 'other', 'others', 'another', 'besides']);
/**
 * Words a follow-up adds without naming a subject of its own ("who else?",
 * "is it confirmed?", "really?", "any more?"). Kept small on purpose: a word
 * here makes a question count as having nothing of its own to ask about.
 */
export const GENERIC = new Set(['else', 'more', 'other', 'others', 'another', 'again', 'instead', 'too', 'really', 'sure', 'true', 'confirmed', 'confirm', 'official', 'certain', 'definite', 'besides', 'exactly', 'precisely', 'roughly', 'approximately', 'yet', 'known', 'mean', 'reason']);
/**
 * Words that doubt or ask to confirm the answer just given ("is that right?", "are you sure?", "really?", "for real?"):
 * a bare follow-up with no other word of its own asks for that answer again, not for another fact its reading may
 * match ("is that right?" read with "rare earths" found their uses). Not "confirmed" or "official": "is it confirmed?"
 * asks what the sources say, which may be another fact.
 */
export const CHALLENGE = new Set(['right', 'true', 'correct', 'accurate', 'sure', 'really', 'real', 'serious', 'seriously', 'certain']);
/**
 * Whether a question only doubts the answer before it: a CHALLENGE word, no word of its own and no question word ("sure.
 * and when?" agrees, then asks). A first word with more after it agrees ("sure, is it confirmed?"): only "really?" alone
 * doubts by its first word.
 */
export const onlyChallenges = (question: string): boolean => {
  const ts = tokens(question);
  return ts.some((t, i) => CHALLENGE.has(t.key) && (i > 0 || ts.length === 1)) && ts.every((t) => (CHALLENGE.has(t.key) || !isContent(t)) && !WH.has(t.key));
};
/** Words that may open a follow-up before what it asks ("and when?", "so why?", "ok and who else?"). */
// Interjections and thanks before a follow-up ("thx! and how big?", "wow, why?") lead it as "and" does (and CHAT_FILLER: "sorry, when?");
// not "wait", "great", "nice": words of questions and names ("wait times", "Great Wall").
export const LEAD = new Set(['and', 'n', 'but', 'so', 'also', 'ok', 'okay', 'well', 'then', 'plus', 'or', 'alright', 'right', 'fine', 'hmm', 'hm', 'um',
  'thx', 'thanks', 'ty', 'lol', 'haha', 'yeah', 'yep', 'huh', 'hmmm', 'ooh', 'interesting', 'gotcha', 'cool', 'k', 'kk', ...REACTIONS]);
/**
 * Words that pass on what was heard before a clause ("heard he's flying to china soon, when?", "apparently they
 * signed?", "someone said it's huge?"), and who heard it: before a pronoun, a lead, not the question's topic.
 */
const HEARSAY = new Set(['heard', 'hearing', 'read', 'saw', 'apparently', 'reportedly', 'supposedly', 'said', 'says', 'rumour', 'rumor', 'rumours', 'rumors', 'seems', 'seemingly']);
const HEARERS = new Set(['i', 'ive', 'id', 'someone', 'somebody', 'people', 'ppl', 'everyone']);
/** The number of tokens at `i` that pass on what was heard before a pronoun ("i heard (that)"), or 0. */
export function hearsayAt(ts: readonly Token[], i: number): number {
  let j = i;
  if (HEARERS.has(ts[j]?.key ?? '')) j++;
  if (!HEARSAY.has(ts[j]?.key ?? '')) return 0;
  j++;
  if (ts[j]?.key === 'that' && PRONOUNS.has(ts[j + 1]?.key ?? '')) j++;
  return PRONOUNS.has(ts[j]?.key ?? '') && !DEMONSTRATIVES.has(ts[j]!.key) ? j - i : 0;
}
/** Nouns of a person's role: a phrase with one names a person ("the industry minister"). */
export const ROLE_NOUNS = new Set(
  'minister ministers president presidents leader leaders head chief ceo official officials spokesman spokeswoman spokesperson director chairman chairwoman chair secretary ambassador envoy founder owner manager premier governor mayor king queen'.split(' '),
);
/** Greetings and ways of addressing the bot or the channel before a follow-up ("hey bot, and when?", "guys why?"). */
export const ADDRESS = new Set(['hey', 'hi', 'hello', 'hiya', 'yo', 'guys', 'folks', 'everyone', 'yall', 'bot', 'factbot', 'bro', 'bruh', 'dude', 'mate', 'fam', 'please', 'pls', 'plz', 'omg', 'btw']);
/** Mentions typed as plain text at the start ("@factbot and when?"). */
const TYPED_MENTION = /^\s*(?:@[\p{L}\p{N}_.-]+[\s,:]*)+/u;
/**
 * A question's words without a mention typed as text or an interjection before it ("@factbot great! and why?"; the
 * interjection only when punctuation sets it apart: "wait times", "Great Wall" are words of a question), or a short
 * sentence of reaction before it ("bummer. which elements?"; reactionBefore).
 */
export function ownTokens(question: string): Token[] {
  const q = question.replace(TYPED_MENTION, '');
  return tokens(q.slice(reactionBefore(q)));
}
/** Words that add a fragment to what was asked before ("batteries too?", "including cars?"). */
export const ADDITIVE = new Set(['too', 'also', 'including', 'incl', 'either', 'aswell']);
/** A fragment that gives an example of what was asked ("like BYD?", "such as Chery?", "for example SAIC?"): it adds to it. */
export function givesExample(question: string): boolean {
  const ts = tokens(question);
  const i = ts.findIndex((t) => !LEAD.has(t.key));
  const [a, b] = [ts[i]?.key, ts[i + 1]?.key];
  return a === 'like' || a === 'eg' || (a === 'such' && b === 'as') || (a === 'for' && (b === 'example' || b === 'instance'));
}
/** Connectors that put something in the previous question's place ("and SAIC?"); "so" and "but" open questions of their own too often. */
export const SWAP_LEAD = new Set(['and', 'n', 'or', 'plus']); // ('n': "and" as typed in chat, "n chery?")
/** Articles kept out of what is swapped in ("and the refinery?" swaps "refinery"). */
export const ARTICLES = new Set(['the', 'a', 'an']);
/** Most words "and …" / "what about …" may have and still be a swap (more is a question of its own). */
export const MAX_SWAP_WORDS = 4;

/** The words of a question as typed, with their comparison keys. */
export function tokens(text: string): Token[] {
  return recentTokens(text);
}
// (A message is read into tokens by each follow-up rule it meets.)
const recentTokens = keepingRecent(tokensOf);

function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu)) {
    let surface = m[0].replace(/[.'’-]+$/u, '');
    // "who're", "what'd": the question word and its verb (normalize.ts's WH_CONTRACTED), not "whore", "whatd".
    const contracted = whContracted(fold(surface));
    if (contracted) {
      for (const w of contracted) out.push({ text: w, key: w });
      continue;
    }
    let key = fold(surface)
      .replace(/['’]s$/u, '')
      .replace(/[^\p{L}\p{N}]/gu, '');
    // A question word stretched for emphasis ("and whennn?", "whyyy"): the word.
    const once = stretchedWritten(key, 1);
    if (once !== null && isFunctionWord(once)) surface = key = once;
    // A question word as chat shortens it ("but y tho", "wen?"): the word, in the reading too, where the engine reads
    // "y" as no question word.
    const spelled = SHORT_WH[key] ?? swappedFunctionWord(key) ?? dialectWritten(key);
    if (spelled !== undefined) surface = key = spelled;
    // "the us", "the uk": after an article, the country, not the pronoun ("what about the us, does it have …?" names
    // its topic before "it").
    if ((key === 'us' || key === 'uk') && out.at(-1)?.key === 'the') key = `${key}a`;
    if (key) out.push(NOUN_AFTER_DETERMINER.has(key) && DETERMINERS.has(out.at(-1)?.key ?? '') ? { text: surface, key, noun: true } : { text: surface, key });
  }
  return out;
}
/**
 * Stop words that are nouns too ("mine": "where is the mine?"), a noun after a determiner. As a stop word the question
 * had no word of its own: alone, it was taken for a follow-up ("That seems to follow on from an earlier question").
 */
const NOUN_AFTER_DETERMINER = new Set(['mine']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'each', 'every', 'which', 'what', 'new', 'big']);

/**
 * A pronoun, question word or article of an English dialect or of a language typed into English, as written ("dem"
 * they, "dat" that, "wha" what, "di" the, "kab" when: CHAT_WORDS): a follow-up's shape is read by them ("an wha dem
 * sign?" has a pronoun, as "and what did they sign?" does). Only a word that is no English function word itself.
 */
function dialectWritten(key: string): string | undefined {
  const long = CHAT_WORDS.get(key);
  return long !== undefined && !long.includes('|') && READ_AS_WRITTEN.has(long) && !STOP_WORDS.has(key) && !WH.has(key) && !NOT_READ_AS_WRITTEN.has(key) ? long : undefined;
}
// (Not "there": "deh" after a noun says where it is, "where di mine deh?", and points at nothing.)
// (And a question word, "kaun" who, "kab" when; not "kya", also the particle of a yes-or-no question: "… sign kiya kya?")
// (And the verbs asked of with their subject dropped, "kab bola?" (when said?): followup-shape.ts, DONE.)
const READ_AS_WRITTEN = new Set(['they', 'them', 'that', 'this', 'what', 'the', 'with', 'you', 'not', 'about', 'thing', 'something', 'he', 'who', 'whom', 'when', 'where', 'why', 'how', 'which', 'its', 'it', 'said', 'say', 'found']);
const NOT_READ_AS_WRITTEN = new Set(['kya']);

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
export const TIME_PREPOSITIONS = new Set(['since', 'until', 'till', 'til']);

// (And chat filler, which the engine drops as typed: "eish", "yaar", "bestie" before "who's in that club?" were words of
// the question's own, and its reading, "yaar who's in BRICS?", was declined.)
export const isFunctionWord = (key: string): boolean => {
  if (STOP_WORDS.has(key) || WH.has(key) || AUX.has(key) || PRONOUNS.has(key) || GENERIC.has(key) || LEAD.has(key) || TIME_PREPOSITIONS.has(key) || CHAT_FILLER.has(key)) return true;
  // Chat shorthand for one of these ("rn" for now, "u" for you, "whos" for who).
  const long = CHAT_WORDS.get(key);
  return long !== undefined && long !== key && isFunctionWord(long);
};
/** A word of the question's own: not a function word, nor a three-letter one with two letters swapped ("adn when?"; longer near-misses are too often real words: "find", "kind"). */
export const isContent = (t: Token): boolean => t.noun === true || MEANT.has(t.key) || (!isFunctionWord(t.key) && !(t.key.length === 3 && isStopWordTypo(t.key)) && !DROPPED_FROM_STOP_WORD.has(t.key) && !HEDGE_WORDS.has(t.key));
/** Words that hedge what is asked, no subject of a follow-up's own ("do we at least know what kind?", "is it at least confirmed?"). */
const HEDGE_WORDS = new Set(['least']);
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
export const MEANT = new Set(['going']);
/** Words that open a question going on from the one before ("and when's first production?"). */
export const CONTINUES = new Set(['and', 'n', 'also', 'plus']);
/** A word that looks like an English plural noun ("countries", "makers"; not "process" nor "focus"). */
export const PLURAL_NOUN = /^[a-z]{3,}[^su]s$/;
export const PLURAL_PRONOUNS = new Set(['they', 'them', 'em', 'their', 'theyre', 'theyll']);
/** Possessive pronouns ("her" is left out: it is also the object, "did Xi meet her?", which points back). */
export const POSSESSIVES = new Set(['its', 'their', 'his']);
/** Words that open a clause of its own inside a question ("… when it refines", "… if they sign"). */
export const SUBORDINATORS = new Set(['when', 'whenever', 'if', 'because', 'cause', 'cuz', 'once', 'while', 'after', 'before', 'since', 'until', 'unless', 'as', 'so', 'though', 'although']);
/**
 * Whether a question asks if what was said holds for another as well: a whole question ("is the chinese side silent
 * too?") with "too" or "as well" ending it. (Not "also" inside one: "does turkey also have lithium reserves?" asks about
 * something new; nor "tesla too?" alone, a fragment read as one.)
 */
export function asksAsWell(tokens: readonly Token[]): boolean {
  const ts = tokens.map((t) => t.key);
  const n = ts.length;
  const ends = ts[n - 1] === 'too' ? 1 : ts[n - 2] === 'as' && ts[n - 1] === 'well' ? 2 : 0;
  return ends > 0 && n - ends >= 3 && AUX.has(ts[0]!);
}
/** A word written with a possessive ending ("Turkey's"): it takes the place of an article before it. */
export const isPossessive = (t: Token): boolean => /['’]s$/iu.test(t.text);
/**
 * "wait" before a question, "wait turkey is trying to join brics??", "wait is he…": an interjection, no word of its
 * topic. (Not in LEAD: "wait times" are a topic; here a question follows, its auxiliary first or second.)
 */
export const waitLeads = (ts: readonly Token[], i: number): boolean =>
  ts[i]!.key === 'wait' && ts[i + 1] !== undefined && (AUX.has(ts[i + 1]!.key) || WH.has(ts[i + 1]!.key) || PRONOUNS.has(ts[i + 1]!.key) || AUX.has(ts[i + 2]?.key ?? ''));

/**
 * "remind me who he is again", "tell me when it opens": a request to be told, before the question it asks (2 tokens:
 * the verb and "me"), or 0. Only before a question word: "tell me about it" asks for the thing itself.
 */
export const reminderAt = (ts: readonly Token[], i: number): number =>
  (ts[i]?.key === 'remind' || ts[i]?.key === 'tell') && (ts[i + 1]?.key === 'me' || ts[i + 1]?.key === 'us') && WH.has(ts[i + 2]?.key ?? '') ? 2 : 0;

/** A message folded, its punctuation and runs of spaces as one space: what whole-message patterns ("who?", "eli5") test. */
export const plainEnglish = (text: string): string => fold(text).replace(/[?!.,;:]+/gu, ' ').replace(/\s+/gu, ' ').trim();
/** An (English) answer that says whose word it gives. */
export const ATTRIBUTES = /\b(?:according to|says|said|sees|calls|describes|cited|quoted)\b/i;
/** An (English) answer about where some information comes from ("comes from unnamed people with knowledge of the matter"). */
export const SOURCED = /\b(?:comes? from|sources?|unnamed|people with knowledge|confirmation|confirmed)\b/i;
