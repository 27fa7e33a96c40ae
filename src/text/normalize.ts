/**
 * Text normalisation shared by indexing and querying, so both sides of every
 * comparison are treated the same: clean-up of hostile input, case and accent
 * folding (with Turkish letters), tokens, stop words, stemming and synonyms.
 */
import { isLaughter } from './laughter.ts';
import { stemmer } from 'stemmer';
import { irregularFamily } from './irregular.ts';
import { SEARCH } from '../config.ts';
import { isCommonEnglishWord } from './common-words.ts';
import { REGIONAL_WORDS } from './regional.ts';
import { keepingRecent } from './recent.ts';

// Control characters (C0 and C1, tab and newline among them) separate words:
// "where is the\u001bdeposit" is two words, not "thedeposit".
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
// Invisible characters: soft hyphen, zero-width spaces and joiners, word
// joiner, bidi marks and overrides, BOM. They can hide text, break formatting
// or split words invisibly, and never carry meaning; removing them rejoins the
// word ("dep\u00ADosit" and "Wh\u200Bere" are "deposit" and "Where").
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/**
 * Chat markup that is not part of a question: Slack's `<@U123>`, `<!channel>`,
 * `<!here>`, `<#C123|name>`, `<!subteam^S1|@team>`, Discord's `<@123>`,
 * `<@!123>`, `<@&123>`, `<#123>`, custom emoji `<:name:123>`, and the plain
 * `@everyone` / `@here`. Read as a space: "@everyone where is the deposit" is
 * "where is the deposit" (and a broadcast never reaches the echoed question).
 */
const CHAT_MARKUP = /<(?:[@#!][^<>\s]{0,80}|a?:\w{1,32}:\d{1,24})>|(?<![\p{L}\p{N}_])@(?:everyone|here|channel)\b/giu;
// `:shortcode:` emoji as Slack sends them (":thinking_face:"): letters that are
// not words of the question. Unicode emoji need nothing: they are not letters,
// so they never become words, and they stay in the echoed question.
const SHORTCODE = /(?<![\p{L}\p{N}]):(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]{2,32}:(?![\p{L}\p{N}])/gu;
// Links pasted with a question ("where is the deposit https://…"): their host and path
// are not words of the question (they outweighed it: "https", "com" and the path
// were unknown words). Slack sends them as <https://…> or <https://…|label>; the
// label is what the person sees, so it stays. A link ends before closing punctuation ("(see www.x.org/a).").
const LINK = /<(?:https?|mailto):[^<>|\s]{1,2048}(?:\|([^<>]{0,200}))?>|(?<![\p{L}\p{N}@.])(?:https?:\/\/|www\.)[^\s<>]{0,2047}[^\s<>.,;:!?)\]'"]/giu;

const LIST_NUMBER = /^\d{1,2}[.)] (?=\p{L})/u;

/**
 * Cleans raw user input: control characters, chat markup (mentions,
 * broadcasts, channel links, `:shortcode:` emoji) and pasted links become spaces, invisible characters are
 * removed, white space is collapsed and the text is cut to
 * {@link SEARCH.maxQuestionChars} (never throws, never rejects). The result
 * is what the bot treats as "the question".
 */
export function cleanInput(raw: string): string {
  let text = typeof raw === 'string' ? raw : String(raw);
  // Cut very long input before the regexes run, keeping the work bounded.
  if (text.length > SEARCH.maxQuestionChars * 4) text = cutAt(text, SEARCH.maxQuestionChars * 4);
  text = text.replace(CONTROL, ' ').replace(INVISIBLE, '');
  if (/[<@:]/.test(text)) text = text.replace(CHAT_MARKUP, ' ').replace(SHORTCODE, ' ');
  if (/https?:|www\.|mailto:/i.test(text)) text = text.replace(LINK, (_, label: string | undefined) => ` ${label ?? ''} `);
  text = text.replace(/\s+/g, ' ').trim();
  // A list's number before a question pasted from one ("1. where is the deposit"): "1" is no word of the question.
  text = text.replace(LIST_NUMBER, '');
  // "were is it?", "and were are they building": "where" typed as "were", which no verb follows in a question.
  if (/\bwere\s/iu.test(text)) text = text.replace(WERE_AS_WHERE, (_all, lead: string, w: string) => `${lead}${w === 'W' ? 'W' : 'w'}here `);
  // "on the rare earths front", "on the battery front" (as far as that goes): the office's "front" says no more than "on
  // the rare earths" ("front" weighed as a word no fact has).
  if (/\sfront\b/iu.test(text)) text = text.replace(ON_THE_FRONT, '$1');
  // "rare earth wise", "cost-wise" (as far as that goes): the suffix says no more than the word before it ("wise" weighed
  // 39% as a word no fact has, and "what is turkey doing with china rare earth wise" was declined).
  if (/wise\b/iu.test(text)) text = text.replace(AS_FAR_AS_WISE, '$1');
  // French's "c'est quoi …", "c'est qui …" typed into English (what is, who is): read in English's order, so the
  // question's kind is read off its first word as typed in English.
  if (/\bc['’]?est\s+qu/iu.test(text)) text = text.replace(FRENCH_WHAT_IS, (_all, w: string) => (w.toLowerCase() === 'qui' ? 'who is' : 'what is'));
  if (text.length > SEARCH.maxQuestionChars) text = cutAt(text, SEARCH.maxQuestionChars).trimEnd();
  return text;
}

/** "on the <one to three words> front", without "front". */
const ON_THE_FRONT = /\b((?:on|in) the (?:[\p{L}\p{N}-]+ ){0,2}[\p{L}\p{N}-]+) front\b/giu;

/**
 * "<word>-wise", "<word> wise" (as far as the word goes), without "wise". Not after a word that makes "wise" the
 * adjective ("is that wise", "sounds wise", "not very wise"), nor in one word ("otherwise", "likewise", "clockwise").
 */
const AS_FAR_AS_WISE = /\b(?!(?:that|this|it|very|really|too|so|not|was|were|be|being|is|seem|seems|seemed|sound|sounds|look|looks|more|most|less|penny|street|worldly)[ -])([\p{L}\p{N}]{2,})(?:-| )wise\b/giu;

/** "c'est quoi", "cest qui" (what is, who is), as French typed into English asks. */
const FRENCH_WHAT_IS = /\bc['’]?est\s+(quoi|qui)\b/giu;

/** "were" where a question word opens a question before its verb (at the start, or after "and", "so", "but", a comma). */
const WERE_AS_WHERE = /(^|[.!?,;:]\s*|\b(?:and|so|but|ok|okay|then)\s+)(w|W)ere\s+(?=(?:is|are|r|does|do|did|will|can|would|could|should|abouts)\b)/gu;

/** A line break as typed anywhere (CRLF, LF, CR, and Unicode's line and paragraph separators). */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/u;

/**
 * A chat message's whitespace tidied for the Bot: runs of spaces within a
 * line become one and blank lines go, but the line breaks between lines
 * stay: a message typed on several lines (Shift+Enter) asks a question a
 * line (src/conversation/several.ts). Every adapter hands the Bot its text
 * through this; cleanInput still reads the whole as one line.
 */
export function tidyWhitespace(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/**
 * A message without the lines it quotes ("> near Eskişehir" then "ok cool and when'd they find it"): a quote, in
 * Slack or Discord, is what the asker answers to, often the bot's own answer, not a question of the message (read as
 * one, "near Eskişehir" was asked too). A message of quotes only is kept, without the marks.
 */
export function withoutQuotedLines(text: string): string {
  if (!text.includes('>')) return text;
  const lines = text.split(LINE_BREAK);
  const quoted = (line: string) => /^\s*>/.test(line);
  if (!lines.some(quoted)) return text;
  const own = lines.filter((line) => !quoted(line) && line.trim().length > 0);
  return own.length > 0 ? own.join('\n') : lines.map((line) => line.replace(/^\s*>+\s?/, '')).join('\n');
}

/**
 * A message without the sign-off an email-like message ends with ("… located? Many thanks, Priya", "… Regards, Anna",
 * "… Kind regards, J.", "… Cheers, Dan"): the closing and the name under it say who writes, not what is asked (the
 * name weighed as a word no fact uses and declined the question). Only after a sentence that ends, and only a closing
 * with at most three words of name; a message that is nothing else is kept.
 */
export function withoutSignOff(text: string): string {
  const m = SIGN_OFF.exec(text) ?? SIGNED.exec(text);
  return m === null || !/\p{L}/u.test(text.slice(0, m.index)) ? text : text.slice(0, m.index).trimEnd();
}
const SIGN_OFF =
  /(?<=[?.!])[\s-]*(?:many thanks|thanks (?:a lot|again|in advance|so much)|thanks|thank you(?: (?:so much|in advance))?|cheers|best regards|best wishes|best|kind regards|warm regards|warmest regards|regards|all the best|thx|ty|br|love|god bless|blessings|xoxo|hugs)[,.!]?(?:\s+(?!(?:and|but|so|what|who|when|where|why|how|is|are|do|does|did|can|could)\b)[\p{L}][\p{L}'’.-]{0,20}){0,3}\s*[.!]?\s*$/iu;

/**
 * A message without what it says, after its question, to someone else in the channel ("has turkey talked to chery?
 * @sam thinks we should mention them", "… tied to brics somehow? <@U123> you mentioned this"): a sentence that opens
 * with a mention of a person is said to that person, not asked of the bot (its words weighed as the question's and
 * declined it). Only after a question mark ends a sentence; a message that asks nothing before it is kept.
 */
export function withoutRemarkToSomeone(text: string): string {
  const m = REMARK_TO_SOMEONE.exec(text);
  return m === null || !/\p{L}/u.test(text.slice(0, m.index)) ? text : text.slice(0, m.index).trimEnd();
}
// A Slack or Discord mention as sent ("<@U123>", "<@!123>") or typed ("@sam", "@priya.k"), opening a sentence after a "?".
const REMARK_TO_SOMEONE = /(?<=\?[?!.]*)\s+(?:<@[!&]?[A-Za-z0-9]+(?:\|[^>]*)?>|@[\p{L}][\p{L}\p{N}._-]{0,40})(?=[\s,:;!?.]|$)[\s\S]*$/u;

/**
 * A name signed under a post with a dash, as on a forum or Facebook ("… build there next?? - Nancy", "… do that... -
 * Linda"), or after an ellipsis with where the writer is from ("… over rare earths? ... Bob in Ohio"): capitalised, at
 * most three words, the first in title case (not "BYD"), after a sentence that ends.
 */
const SIGNED =
  /(?<=[?.!…])\s*(?:[-–—]{1,2}\s*\p{Lu}\p{Ll}[\p{L}'’.-]{0,19}(?:\s+\p{Lu}[\p{L}'’.-]{0,20}){0,2}(?:\s+(?:in|from)\s+\p{Lu}[\p{L}'’.-]{0,20}(?:\s+\p{Lu}[\p{L}'’.-]{0,20})?)?|(?:\.{2,}|…)\s*\p{Lu}\p{Ll}+\s+(?:in|from)\s+\p{Lu}[\p{L}'’.-]{0,20}(?:\s+\p{Lu}[\p{L}'’.-]{0,20})?)\s*[.!]?\s*$/u;

/** The first `end` code units of a text, one fewer when the cut would split a surrogate pair. */
function cutAt(text: string, end: number): string {
  const code = text.charCodeAt(end - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end);
}

// Turkish letters that Unicode decomposition does not fold to ASCII (ı has no
// dot to strip), plus the capital İ whose lowercase is "i̇" with a combining dot.
const TURKISH: Record<string, string> = { ı: 'i', İ: 'i' };

const ASCII = /^[\x00-\x7f]*$/;
/** Combining marks, as decomposing leaves accents. (A module constant: the build writes a `\p{…}` literal as `new RegExp`, made at each call.) */
export const MARKS = /\p{M}/gu;

/** Lowercases and strips accents: "Türkiye" → "turkiye", "Eskişehir" → "eskisehir", "ERDOĞAN" → "erdogan". */
export function fold(text: string): string {
  // Most text is plain ASCII: lowercasing is all it needs (and 5× cheaper than decomposing).
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .replace(/[ıİ]/g, (c) => TURKISH[c] ?? c)
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[ø]/g, 'o')
    .replace(/[æ]/g, 'ae');
}

/** Splits folded text into word tokens; "turkey's" → "turkey", "e-v" → "e", "v". */
export function words(text: string): string[] {
  return recentWords(text);
}
// (A message is read into words several times on its way: as small talk, as social chat, as a question.)
const recentWords = keepingRecent(wordsOf);

function wordsOf(text: string): string[] {
  let folded = fold(text);
  if (folded.includes(' own')) folded = folded.replace(POSSESSIVE_OWN, '$1');
  if (folded.includes(' part')) folded = folded.replace(PART_ASKED, '$1 partof');
  // ("has any minister said something along those lines?": like that; "along" and "lines" weighed two thirds of it.)
  if (folded.includes('along ')) folded = folded.replace(ALONG_LINES, 'like $1');
  // ("whats xi's full name": the name asked as a whole is the name; "full" matched "the full supply chain".)
  if (folded.includes('full name')) folded = folded.replace(FULL_NAME, '$1');
  // ("whats byd's deal there so far": a name's deal is an agreement it made, not the chat's "what's the deal with"; "deal"
  // is a stop word for that.)
  if (folded.includes('s deal')) folded = folded.replace(OWNERS_DEAL, '$1 agreement');
  // ("did the pair of them meet?": the two of them, "pair" weighed as a word of the topic)
  if (folded.includes('pair of')) folded = folded.replace(PAIR_OF, '$1');
  // ("Erdoğan-san", "Kacır-sama": an honorific joined to a name by a hyphen is no word of its own.)
  if (folded.includes('-')) folded = folded.replace(HONORIFIC, '$1');
  if (CONTRACTED_TEST.test(folded)) folded = folded.replace(CONTRACTED, (_, who: string, verb: string) => `${who} ${verb === 'll' ? 'will' : 'would'}`).replace(ANY_WILL, '$1 will');
  // (Each phrase rewritten only where a plain search finds its telling part: the knowledge's texts go through here too,
  // a hundred thousand facts' worth at a build.)
  if (folded.includes('where') && folded.includes(' used')) folded = folded.replace(WHERE_USED, 'what $1 $2 used for').replace(WHERE_USED_LAST, 'what $2 $1 used for');
  if (folded.includes('so far') || folded.includes('thus far')) folded = folded.replace(SO_FAR, ' ');
  if (folded.includes('til wh') || folded.includes('up to wh')) folded = folded.replace(UNTIL_WHICH, '$1');
  if (folded.includes('since how')) folded = folded.replace(SINCE_HOW, 'how long');
  if (folded.includes('how many year') || folded.includes('how many decade')) folded = folded.replace(HOW_MANY_YEARS, 'how long');
  if (folded.includes(' place') || folded.includes(' location')) folded = folded.replace(WHICH_PLACE, 'where');
  if (folded.includes(' tf') || folded.includes(' the he') || folded.includes(' the f') || folded.includes(' on earth')) folded = folded.replace(WH_EXPLETIVE, '$1');
  if (WH_CONTRACTED_TEST.test(folded)) folded = folded.replace(WH_CONTRACTED, (_, wh: string, verb: string) => `${wh} ${WH_CONTRACTED_VERBS[verb]}`);
  if (NUMBER_UNIT_TEST.test(folded)) folded = folded.replace(NUMBER_UNIT, (_, n: string, unit: string) => `${n} ${unit === 'sqft' ? 'sq ft' : unit}`);
  if (CURRENCY_TEST.test(folded)) folded = folded.replace(CURRENCY_ALONE, '$1 money ');
  if (folded.includes(' cos')) folded = folded.replace(COMPANIES_COS, '$1 companies');
  if (folded.includes('pop')) folded = folded.replace(POP_IN, 'visit');
  if (folded.includes('tta')) folded = folded.replace(OF_RUN_ON, (_, w: string) => `${w} of`);
  if (folded.includes('#1') || folded.includes(' 1')) folded = folded.replace(NUMBER_ONE, 'number one');
  // (Before the initialisms: "e.g." stays letters, not "e g" joined.)
  if (SPACED_TEST.test(folded)) folded = folded.replace(SPACED_LETTERS, (m) => (/[airu]/.test(m) ? m : m.replace(/ /g, '')));
  if (INITIALISM_TEST.test(folded)) folded = folded.replace(INITIALISM, (m) => initialism(m.replace(/\./g, '')));
  if (ASCII.test(folded)) return asciiWords(folded);
  return folded
    .replace(/['’`´]s\b/g, '')
    .replace(/['’`´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * Letters with dots ("the U.S. and the E.U.", "u.s.a", "U.K."): the initialism as one word ("us", "eu"), as it is
 * typed without them; split at the dots, each letter was a stop word and the countries vanished from the question.
 */
const INITIALISM = /(?<![\p{L}\p{N}.])(?:\p{L}\.){1,3}\p{L}\.?(?![\p{L}\p{N}])/gu;
const INITIALISM_TEST = /(?<![\p{L}\p{N}.])\p{L}\.\p{L}(?![\p{L}\p{N}])/u;
/**
 * (Read as typed without the dots: "U.S." is "us", which after "the" a knowledge's synonyms may name, "the us", as
 * typed. Not "e.g.", "i.e.", "a.m.", "p.m.": abbreviations, not names, their letters left apart as before.)
 */
function initialism(letters: string): string {
  return NOT_INITIALISMS.has(letters) ? letters.split('').join(' ') : letters;
}
const NOT_INITIALISMS = new Set(['eg', 'ie', 'am', 'pm', 'ps', 'nb', 'cf', 'vs', 'al']);

/**
 * Letters spelled out one by one, as a phone's dictation writes a name said letter by letter ("did b y d sign a deal",
 * "who's the c e o"): the word, as typed. (Not a run with "a" or "i", words of their own, "is there a b plan", nor with
 * chat's "r" and "u", "r u open sundays".)
 */
const SPACED_LETTERS = /(?<![\p{L}\p{N}'’])(?:\p{L} ){1,4}\p{L}(?![\p{L}\p{N}'’])/gu;
const SPACED_TEST = /(?<![\p{L}\p{N}'’])\p{L} \p{L}(?![\p{L}\p{N}'’])/u;

/**
 * "#1" ("how long has china been #1 in rare earths"), "number 1", "no. 1": number one, not the number 1 alone (a word no
 * answer has).
 */
const NUMBER_ONE = /(?:#|\b(?:number|no\.?) )1(?![\d]|[.,]\d)/g;

/** "of" typed run on ("what does turkey get outta it", "a lotta money"): the words as written out, so "get out of" is met. */
const OF_RUN_ON = /\b(out|lot)ta\b/g;

/**
 * A number with its unit written on ("25sqft", "3pm", "10kg"): the number and the unit, as "25 sq ft", "3 pm" are
 * written, so either way of typing meets the other. Only units that cannot be a word's end ("2nd", "b4", "2day" stay).
 */
const NUMBER_UNIT = /\b(\d+(?:\.\d+)?)(sqft|sq|ft|km|kg|cm|mm|mph|kmh|gb|mb|kwh|kw|hrs|hr|mins|min|am|pm|ml)\b/g;
const NUMBER_UNIT_TEST = /\d(?:sq|ft|k[mgw]|cm|mm|mph|[gm]b|hr|min|[ap]m|ml)/;

/**
 * A currency sign on its own ("how much $$ are we talking", "any $ figure"): money, as people type it; a sign on its
 * number ("$5", "£8k", "5€") stays the number's, and a "$" on a word is a market's ticker ("$BYDDY", "$TSLA"), the
 * company's name, not money.
 */
const CURRENCY_ALONE = /(^|[^\p{N}$€£¥₺])[$€£¥₺]+(?![$€£¥₺]*[\p{N}\p{L}])/gu;
const CURRENCY_TEST = /[$€£¥₺]/;

/**
 * "car cos", "chinese cos", "tech cos": companies, as chat shortens them; elsewhere "cos" is chat's "because" (a stop
 * word: "… cos i heard they're talking to chery").
 */
const COMPANIES_COS = /\b(car|cars|ev|evs|auto|chinese|turkish|tech|battery|energy|mining|oil|big|other|these|those|which|what|foreign|western) cos\b/g;

/**
 * "pop in", "pop over": visiting as people say it ("can i pop in after lunch?", "popping over and back the same
 * day"), read as the word a knowledge writes ("visit"); as typed, "pop" weighed as a word of the topic. In the
 * knowledge's texts too, so a stored "Can I pop in?" reads the same. (Not "turn up" as "arrive": greyhaven, larkspur and
 * ashcombe gained, but the campsite's stored "turn up" questions met its arrival facts and its threshold rose, −7 points.)
 */
const POP_IN = /\b(?:pop|pops|popped|popping) (?:in|into|over|round|by)\b/g;

/**
 * "I'll", "I'd", "she'll", "we'd" with the apostrophe: the pronoun and "will" or "would" (stop words), not the
 * words the two make without it ("ill", "id", "shell", "wed"): "I'll be at work on install day" is not about being ill.
 */
const CONTRACTED = /\b(i|we|he|she|you|they|it)['’`´](ll|d)\b/g;
const CONTRACTED_TEST = /['’`´](?:ll|d)\b/;
/** "<name>'s deal" (not "what's", "that's", "it's" …): the name and "agreement". */
const OWNERS_DEAL = /\b(?!(?:what|that|it|he|she|there|here|who|where|how|let|whats|thats)['’`´]s\b)(\p{L}{2,})['’`´]s deals?\b/gu;
/** "the pair of them", "the pair of those": them. */
const PAIR_OF = /\b(?:the )?pair of (them|those|these|em|us)\b/g;
/** Japanese and Korean honorifics joined to a name ("Xi Jinping-san", "Bayraktar-nim"). */
const HONORIFIC = /(\p{L})-(?:san|sama|kun|chan|sensei|shi|ssi|nim)\b/gu;
/** "'ll" after any other word too ("how much'll that cost", "the refinery'll be ready"): the word and "will". */
const ANY_WILL = /\b(\p{L}{2,})['’`´]ll\b/gu;

/**
 * "who're they lining up as partners", "what've they agreed", "where'd they meet": a question word and its verb (stop
 * words), not the word the two make without the apostrophe ("whore", "whatve" weighed as words the knowledge lacks).
 * "'d" after a question word is chat's "did" ("what'd he say").
 */
const WH_CONTRACTION = "(who|what|where|when|why|how|which)['’`´](re|ve|d|ll)";
const WH_CONTRACTED = new RegExp(`\\b${WH_CONTRACTION}\\b`, 'g');
const WH_CONTRACTED_TEST = new RegExp(`\\b${WH_CONTRACTION}\\b`);
const WH_CONTRACTED_WORD = new RegExp(`^${WH_CONTRACTION}$`);
const WH_CONTRACTED_VERBS: Readonly<Record<string, string>> = { re: 'are', ve: 'have', d: 'did', ll: 'will' };

/** A folded word that is a question word contracted with its verb ("who're"): the two words; else null. */
export function whContracted(word: string): [string, string] | null {
  const m = WH_CONTRACTED_WORD.exec(word);
  return m ? [m[1]!, WH_CONTRACTED_VERBS[m[2]!]!] : null;
}

/**
 * "what has byd done so far in turkey?": up to now, as the report tells it; "far" weighed 78% of "what have they done
 * in turkey so far" as a word of distance (the purity goal's "as far as"). Not "so far from", "so far away".
 */
const SO_FAR = /\b(?:so|thus) far\b(?! (?:from|away|off|behind|ahead|as|out))/g;

/**
 * "where are rare earths used?": in what they are used, what they are used for; read as asking a place, it got the
 * deposit's. (Not "where is it used to be"; "where are they used in" too.)
 */
const WHERE_USED = /\bwhere (is|are|was|were) ([a-z ]{1,60}?) used\b(?! (?:to|as)\b)/g;
/** … and with the verb last, as people whose language puts it there ask ("where rare earth elements are used?"). */
const WHERE_USED_LAST = /\bwhere ((?!(?:is|are|was|were) )[a-z ]{1,60}?) (is|are|was|were) used\b(?! (?:to|as)\b)/g;

/**
 * "until which purity will they refine it?", "up to what level": to what degree, as people whose language says it
 * with "until" ask (German "bis zu welcher"); "until" weighed a third of the question as a word of time.
 */
const UNTIL_WHICH = /\b(?:until|till|up to) (which|what)\b/g;

/**
 * "since how many years is china leading?", "since how long": how long, as people whose language says it with "since"
 * ask (German "seit wie vielen Jahren", French "depuis combien"); "since" weighed a quarter of the question as a word
 * no answer uses.
 */
const SINCE_HOW = /\bsince how (?:long|many (?:years|months|weeks|days|decades)|much time)\b/g;
/**
 * "how many years is china leading the refining?", "how many years has it been", "… how many year already": how long,
 * before a verb (or "already", or nothing); "many" and "years" weighed two fifths of the question as words the answer
 * ("three decades") does not write. Not "how many years ago" (when) nor "how many years of experience" (a count).
 */
// (Also with the subject before the verb, as in a statement: "for how many years china is dominating this?", "how many
// years turkey has been looking"; only before a participle, "how many years the warranty is" may ask a count.)
const HOW_MANY_YEARS = /\bhow many (?:years?|decades?)(?= (?:is|are|was|were|has|have|had|will|would|does|do|did|can|could|already)\b|\s*$| (?:\S+ ){1,2}(?:is|are|was|were|has|have|had) (?:been|\S+ing)\b)/g;

/**
 * "the deposit is located which place?", "in what location is the plant": where, as "which city" asks; "place" weighed
 * a third of the question as a word the knowledge never uses.
 */
const WHICH_PLACE = /\b(?:(?:in|at) )?(?:which|what) (?:place|location)\b/g;

/**
 * "who tf is bayraktar", "what the hell is byd", "why on earth would china help": a question word's swearing or
 * wonder says nothing of what is asked; "tf" weighed half a question as a word no fact uses, "hell" read as a typo of
 * "lead", and "earth" met every text on rare earths. Dropped after a question word only.
 */
const WH_EXPLETIVE = /\b(who|what|whats|where|when|why|how|which)(?: tf| the (?:hell|heck|fuck|frick|f)| on earth)\b/g;

/**
 * "its own", "Turkey's own": the adjective adds nothing a question asks about,
 * and its stem is the verb's ("who owns it?" matched "build its own
 * refinery"). Dropped after a possessive, where it is always the adjective.
 */
const POSSESSIVE_OWN = /\b(my|your|his|her|its|our|their|[\p{L}\p{N}]+['’`´]s) own\b/gu;

/**
 * "what part of the supply chain", "which part of turkey": "part" asks where within the thing, as "what kind of" asks
 * which of it; as a word it outweighed the thing itself and matched any text with "part" in it. Written as one stop
 * word, "partof", that the answer types still read ("which partof" asks where).
 */
const PART_ASKED = /\b(what|which|wat|wut) parts? of\b/gu;

/** "along those lines", "along these lines", "along the same lines": like that. */
const ALONG_LINES = /\balong (?:(?:the same|similar) lines|(th(?:ose|ese|at|is)) lines?)\b/gu;

/** "full name", "full names": the name. */
const FULL_NAME = /\bfull (names?)\b/gu;

/**
 * A question's words with letters stretched for emphasis (three or more of a
 * letter in a row, which no English or Turkish word has) written once when
 * that is a word `known` knows ("whereeee" → "where", "sooo" → "so"), else
 * twice ("maaash" → "maash", "helllooo" → "helloo": one typo from the word,
 * which a letter written once might not be). For questions only: knowledge is
 * written without them, and the scan would cost index builds.
 */
export function unstretched(ws: string[], known: (word: string) => boolean): string[] {
  for (let i = 0; i < ws.length; i++) {
    const once = stretchedWritten(ws[i]!, 1);
    if (once !== null) ws[i] = known(once) ? once : stretchedWritten(ws[i]!, 2)!;
  }
  return ws;
}

/** `text` with each run of three or more of a letter written `times` times, or null when it has none. */
export function stretchedWritten(text: string, times: 1 | 2): string | null {
  if (!STRETCHED.test(text)) return null;
  return text.replace(STRETCHED_ALL, times === 1 ? '$1' : '$1$1');
}
const STRETCHED = /(\p{L})\1\1/u;
const STRETCHED_ALL = /(\p{L})\1{2,}/gu;

const APOSTROPHE = 39; // '
const BACKTICK = 96; // `
const S = 115; // s
const UNDERSCORE = 95;

/** a–z or 0–9: the characters of a word in lowercased ASCII text. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * {@link words} for lowercased ASCII text, in one pass: the same result as
 * dropping "'s" before a word boundary, dropping other apostrophes and
 * splitting on everything but a–z and 0–9 — without the three intermediate
 * strings, which dominated index builds at 100,000 facts.
 */
function asciiWords(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let start = -1; // start of the current run of word characters, or −1
  let head = ''; // the word so far, when an apostrophe interrupted it
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      if (start < 0) start = i;
      continue;
    }
    if (c === APOSTROPHE || c === BACKTICK) {
      // "'s" before a boundary (\b: the next character is not a letter, digit or "_") is dropped,
      // any other apostrophe vanishes; either way the word goes on ("don't" → "dont").
      if (start >= 0) head += text.slice(start, i);
      start = -1;
      if (text.charCodeAt(i + 1) === S) {
        const after = text.charCodeAt(i + 2); // NaN past the end
        if (!(isWordChar(after) || after === UNDERSCORE)) i += 1;
      }
      continue;
    }
    if (start >= 0) head += text.slice(start, i);
    if (head) out.push(head);
    head = '';
    start = -1;
  }
  if (start >= 0) head += text.slice(start, n);
  if (head) out.push(head);
  return out;
}

/** The identity of a phrasing: case, accents, punctuation and spacing do not count. */
export function questionKey(text: string): string {
  return words(text).join(' ');
}

/**
 * Words that carry no meaning for matching. Question words (who, where, when,
 * why, how, which) are NOT here: they tell "where is the deposit" from "when
 * was the deposit found". Chat filler ("pls", "tell me", "guys") is.
 */
/**
 * Reactions to the answer before, said before a question: stop words (below), and they lead a follow-up (english-words.ts).
 * With the interjections people type as they take an answer in ("hm and how big is the deposit", "huh, who signed it?",
 * "k so when"): as a word of the question, one the knowledge never writes weighed as its rarest and took a question
 * that was answered without it below the threshold.
 */
const REACTIONS_LIST =
  'ah ahh ahhh oh ohh wow whoa woah damn dang oof yikes hm huh ooh aha hah mm mmm mhm uhm oops welp phew yay gosh geez jeez k kk ' +
  // (and Russian speakers' "nu" and "davai", well and come on, typed into English: "nu and when it start to work")
  'nu davai ';
export const REACTIONS: readonly string[] = REACTIONS_LIST.trim().split(' ');
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if of to in on at by for from with without into onto about regarding as is are was were be been being am ' +
    'do does did done doing have has had having will would shall should can could may might must ' +
    'i me my mine we us our you your yours he him his she her it its they them their this that these those there here ' +
    // … and their reflexives ("does turkey want to refine it all itself?", "did he go himself?"), as the pronouns are.
    // (Not the asker's, "myself", "ourselves": the quality suite's sets lost questions with them, "do i install it myself".)
    'himself herself itself themselves ' +
    'what whats wat wot something anything any some so then than too very just also really actually even still ' +
    // … and a place as vaguely ("why turkey and not somewhere inside the eu?"); "somewhere else" is a phrase of its own (synonyms)
    'somewhere anywhere everywhere someplace anyplace ' +
    'please pls plz thanks tell know known explain give show want wanted wondering wonder anyone someone ' +
    'hey hi hello guys folks bot factbot ok okay well um uh like kind sort bit lot lots ' +
    // … and "a bunch of" ("turkey is sending a bunch of officials to china"), as "a lot of"
    'bunch ' +
    'info information detail details thing things stuff exactly quick quickly question questions ask asking partof ' +
    'ever basically actually anyway right simply currently now today deal supposed supposedly yet ' +
    // … and the asker's day before, as "today" ("i left my bag there yesterday, can i get it back?"), a degree as "bit"
    // ("a little late"), being able as "can" ("will i be able to park?"), and chat's "cos" ("… cos i heard they're
    // talking to chery"): measured on the quality suite (lanterns, recycling, leisure, kestrel, CovidFAQ up, none down)
    'yesterday little able cos ' +
    // … and being there, as a translator writes "is" ("where this mine of rare earth exists", "which elements are
    // existing")
    'exist exists existing existed ' +
    // … and "anymore" ("is the library still open late anymore?"): library, rail and parking up, none down
    'anymore ' +
    // how exact an answer is asked to be ("how much roughly?", "when precisely?"): no word of what is asked, as "exactly"
    'precisely roughly approximately estimated estimate estimates ' +
    // … and "-ish" typed after a word ("what year-ish", "5ish"), as "roughly"; "enough" and "normal" ("is there enough
    // room…", "is it normal for…"): recycling, bikeshare, campsite and kestrel up, none down
    'ish enough normal ' +
    // … and how pointed ("why would chinese carmakers care about turkey specifically?"), as "exactly" is
    'specifically particularly especially ' +
    // … and how wide ("what is turkey's overall ambition"): as "general", no word of what is asked
    'overall ' +
    'all via per through across around inside toward towards whether while both each every either such same including ' +
    'not no yes up out over get got go going gonna wanna tryna trying tryin tries gotta kinda sorta let lets s t d ll re ve m ' +
    // … and the other forms of "go" and "get" ("so xi went to turkey?": "went" weighed 47% as a word no fact uses)
    'went gone goes gets getting gotten ' +
    // … and the American South's "fixin' to" (about to: "what's turkey fixin to do"), "anyhow", "yonder"
    'fixin anyhow yonder ' +
    // … and of the asker's verbs of asking and telling above ("i wanted to know", "can you give me", "i asked")
    'knows knew knowing gives gave given giving showed shown showing wants wanting wondered asks asked ' +
    // "it'd", "they'll" typed without the apostrophe ("what did kacir say itd do"): a pronoun and "would" or "will"
    'itd itll theyd theyll youd youll thatd thatll whatd whatll wholl ' +
    // Chat noise: laughter, politeness and filler that say nothing about the question.
    'lol lmao lmfao rofl haha hahaha hehe xd omg omfg wtf btw fyi tbh imo imho idk afaik iirc ty thx thanx tia fwiw icymi ' +
    'pls plss plz pleaseee bro bruh dude mate fam yall ya yeah yep yup nah nope hmm hmmm umm erm uhh ugh meh ' +
    'guys everyone everybody anybody somebody hiya yo sup ' +
    // Tags asking to confirm what was just said ("turkey's president is still erdogan yea?", "it's in ankara innit").
    'yea yah yh innit eh rite ryt ' +
    // Reactions before a question ("oh wow what about chery", "damn and when"), said to the answer before (REACTIONS).
    REACTIONS_LIST +
    // Discourse fillers tacked onto a question ("why tho", "ngl"; not "again": "can a lantern go out again").
    'though tho anyways honestly seriously srsly ngl tbf fr irl whatever lowkey highkey ' +
    // … and "at least" typed as one word ("is it big atleast?"): weighed 46% as a word no fact uses
    'atleast atlest ' +
    // … and exasperation or agreement in letters ("why cant they just source elsewhere smh": "smh" weighed 27% as a word no fact uses)
    'smh smdh ikr istg ' +
    // … and Hindi particles typed into English on Indian chat ("timeline bhi kuch diya hai?": also, some, is; "byd status kya
    // hai?": what is): each weighed as a word the knowledge never uses. (Not "hain": one letter from "chain", "main",
    // "gain", and stop words of four letters take their typos with them, isStopWordTypo; nor "matlab", a program's name.)
    'hai kya bhi kuch toh ' +
    // … and "na", the question tag of Indian English and of Pidgin ("they r making cars in turkey also na?": isn't it; "na
    // only EVs or dem want the whole chain?": is it), and Tagalog's "already": each weighed as a word the knowledge lacks
    'na ' +
    // … and Tagalog particles typed into English on Filipino chat ("where is the deposit po?": politeness; "u know ba?": a
    // question's particle; "nmn", "lng", "ung": naman, lang, yung typed short; "din", "rin": too; "daw": they say; "sis",
    // "bes": an address, as "bro") and Tagalog's articles, prepositions and pronouns, which Filipino chat mixes with
    // English nouns ("ano plano ng turkey sa beylikova deposit": "ng", "ang", "mga", "sa", "nila", "nya", "ito", "iyan").
    // The longer ones are chat filler below: a stop word takes its typos with it. (Not "kc", kasi typed short: the vet's
    // "kc vaccine" is kennel cough; nor "si", "ni", the chemical symbols, and "yan", "yun", names.)
    'po ba nga nmn lng ung din rin daw sis bes d2 ng ang mga sa nila nya niya ito iyan iyon ' +
    // … and urgency of the asker's ("… asap"): it asks no time (read as "soon", it was the question's topic word)
    'asap ' +
    // … and "w.r.t." (with respect to: "what did erdogan and xi discuss w.r.t rare earths"), read as "wrt", as "re" and
    // "regarding" are; and "maybe" hedging the asker's guess ("… like byd maybe?"), which weighed as a word the knowledge
    // lacks. (Not "cannot": the greyhaven knowledge's answers say it, and as a stop word it moved that knowledge's
    // calibration, −1 question.)
    'wrt maybe ' +
    // … and the tag particles of Singapore and Malaysia ("… lah") and of Nigerian Pidgin ("… abi?": isn't it), and "clarify"
    // asked for ("could you clarify …"), as "explain" is asked: each weighed as a word the knowledge lacks. (Not "revert",
    // Indian English for "reply": the fenmoor knowledge's people revert to a charge, −1 question.)
    'lah abi clarify ' +
    // … and Irish and Scots words of no topic ("yer man" for that man; "dinnae", "cannae" for don't, can't; "aye", "naw",
    // "ken" for yes, no, know; "wee", "eejit"; "wit" for what or with), each weighed as a word the knowledge lacks
    'yer dinnae didnae cannae wouldnae isnae doesnae aye naw ken wee eejit wit ' +
    // Contractions typed without the apostrophe ("didnt" is "did not": both stop words).
    'dont didnt doesnt isnt arent wasnt werent hasnt havent hadnt shouldnt wouldnt couldnt cant wont aint ' +
    'im ive youre youve theyre theyve thats theres heres weve wed hed hes shes itll youll theyll'
  ).split(' '),
);

/**
 * Words a question drops as typed, not by their stem, and the knowledge keeps:
 * how people address the bot or the channel and how they feel about asking
 * ("sorry, where…", "hey buddy", "just curious", "cheers"). One of them took
 * "where is the deposit" from 0.81 to a decline (an unknown word weighs like
 * the rarest). As stop words their stems would go too, from the knowledge as
 * well: "sorry" stems to "sorri", a name ("Sorri Holdings"), "cheers" to
 * "cheer", "confused" to "confus" ("confusing"). "man", "pal", "boss",
 * "friend", "help" are left: they are names or asked about.
 */
export const CHAT_FILLER: ReadonlySet<string> = new Set(
  (
    'sorry sry soz buddy sir maam madam curious curiosity confused genuinely apparently noob cheers guy fella bloke ' +
    // British chat: "reckon" (think, expect: "how pure are they reckoning on"), the intensifier "bloody" ("where's this bloody
    // deposit") and a man as "guy" is ("who's the geezer running industry")
    'reckon reckons reckoned reckoning bloody geezer chap ' +
    // Indian chat's address ("bhai where exactly is the deposit?", "yaar", "sir ji"), as "bro" and "sir"
    'bhai bhaiya yaar ji ' +
    // Gen Z's address and story ("bestie who's turkeys industry minister", "… in this whole rare earth saga"), as "bro"
    'bestie besties saga ' +
    // South African and Kenyan chat's interjections, tags and greetings ("eish", "sorry neh", "ja", "howzit"; the Swahili and
    // Sheng "aki", "niaje", "manze", "kwani", "sawa"), Singapore's and Malaysia's tags beside "lah" ("leh", "lor", "meh",
    // "liao"), Indonesia's "gan" (an address) and Vietnamese "ơi" (hey, after a name: "anh oi"): each weighed as a word the
    // knowledge never uses
    'eish neh ja howzit aki niaje manze kwani sawa leh lor meh liao gan oi ' +
    // Caribbean chat's greeting and tags ("wah gwan bot", "… seen?", "yuh zimmi", "bredda"): "wah gwan" is "what's going on"
    'gwan wagwan wahgwan zimmi bredda breda ' +
    // Hinglish's fillers and tags ("acha and …", "matlab …", "… na?", "arre yaar"): "yaar" and "ji" are above
    'acha accha achha matlab arre arey haan beta ' +
    // Hong Kong chat's Cantonese particles and address ("where is that place ar", "why china wor", "sign anything jor?",
    // "ching, …"): each weighed as a word the knowledge never uses
    'ar wor ge jor ching ' +
    // Scandinavian chat's words typed into English ("hej, who is …", "tack. and who …", "alltså why …", "liksom", "okej",
    // "jo"): hello, thanks, so, like, OK, yes
    'hej hejsan tack takk alltsa liksom okej jo ' +
    // Arabic chat's words typed into English ("wallah is turkey really …", "… inshallah", "mashallah, how big is it?",
    // "khalas ok", "yalla", "habibi", "bas why …"): I swear, God willing, how wonderful, enough, come on, my dear, but
    'wallah walla wallahi inshallah inshalla inshaallah mashallah mashalla khalas yalla yallah habibi habibti bas ' +
    // broker and office shorthand for what is not settled yet ("timeline TBC or known", "date tba?"): whether it is known,
    // no word of what is asked ("tbc" weighed 40% as a word the knowledge never uses)
    'tbc tba tbd ' +
    // French chat's words typed into English, as Québécois and French-speaking Africa type it ("pis the quantity?": and
    // then; "genre which company", like; "et erdogan and xi, …", and; "tsé", "bon", "alors", "voilà", "ben", "ouin",
    // "coudonc", "donc"; "bonjour", "salut", "merci", "allo"): each weighed as a word the knowledge never uses
    'pis et genre tsé tse bon alors voilà voila ben ouin coudonc donc bonjour salut merci allo ' +
    // Filipino chat's Tagalog particles of four letters and more ("just curious lang", "what did they sign pala?", "or HARD
    // talaga?"; "kuya", an elder brother, as "bro"): with the short ones, stop words (above), each weighed as a word the
    // knowledge never uses.
    'lang naman pala kasi sana talaga tlga grabe kuya diba dito yung ' +
    // "who is the energy minister presently?": now, as "currently" (a stop word) says it. Here, not a stop word: its stem
    // is "present", a word of other questions ("does everyone have to present?")
    'presently ' +
    // "what's his exact title?", "the precise location": how exactly it is asked, as "exactly" (a stop word) says it;
    // here, as its stem is "exact", a word of other knowledge ("exact change only")
    'exact precise'
  ).split(' '),
);

/**
 * What people put before a question in chat, as word sequences: greetings to
 * a channel and remarks about the question itself ("good morning!", "hey
 * team", "happy friday", "random question", "not sure if this is the right
 * place but"), and after it ("…, thoughts?"). Their words are words of other
 * questions ("morning shift", "which team", "random draw"), so they are
 * dropped only as these sequences, only at the start or end of a question,
 * and only when a question remains (see {@link withoutPreamble}). English and
 * Turkish ("kolay gelsin", "iyi akşamlar"), as the words are typed: folded
 * or with Turkish letters.
 */
/**
 * Words before a statement that ask whether it is so ("is it true (that) turkey is asking china for help…"): dropped as
 * preambles ("true" weighed as the question's rarest word, one the knowledge never uses) and read as a guess to
 * confirm, as "…, right?" is ({@link asksToConfirm}). Longer first.
 */
const CONFIRM_LEADS = [
  'is it true that', 'is it true', 'is this true that', 'is this true', 'is it correct that', 'is it right that', 'am i right in thinking that',
  // ("Is it correct the Turkish side is in talks …": "that" left out; "correct" weighed as a word no fact has)
  'is it correct', 'is this correct',
  // (and in a more formal hand: "is it accurate that Ankara is seeking BRICS membership?")
  'is it accurate that', 'is it accurate to say that', 'is it the case that', 'is it correct to say that',
  'am i right in thinking', 'am i right that', 'am i right', 'am i correct in thinking that', 'am i correct that', 'am i correct',
];
/** The answer's length asked for, before the question or after it ("tek cümleyle": in one sentence). */
const IN_ONE_SENTENCE = ['tek cümleyle', 'tek cumleyle', 'bir cümleyle', 'bir cumleyle', 'tek cümlede', 'tek cumlede'];
const PREAMBLES: readonly (readonly string[])[] = [
  'good morning all', 'good morning everyone', 'good morning', 'good afternoon all', 'good afternoon', 'good evening all', 'good evening',
  'morning all', 'morning everyone', 'morning folks', 'evening all', 'afternoon all',
  // (and as the Gulf and South Asia greet a group: "Good day brothers, what is the latest …"; "day" weighed as a word no
  // fact has)
  'good day all', 'good day everyone', 'good day to all', 'good day',
  'hey team', 'hi team', 'hello team', 'hey all', 'hello all', 'hey folks', 'hi folks', 'hey there', 'hi there', 'hello there',
  // (and to one person, "hey man", "hi boss": "man" and "boss" stay words of a question anywhere else)
  'hey man', 'hi man', 'yo man', 'oh man', 'aw man', 'hey boss', 'hi boss', 'hello boss', 'ok boss', 'boss man',
  // (and the Caribbean's "wah gwan" — what's going on — and "wha gwaan", as "hey" is; "wah" alone is "what")
  'wah gwan', 'wa gwan', 'wha gwan', 'wah gwaan', 'wha gwaan', 'whaa gwan', 'what gwan',
  'happy monday', 'happy tuesday', 'happy wednesday', 'happy thursday', 'happy friday', 'happy saturday', 'happy sunday', 'happy new year',
  // (with "but" after, and an apology before: "sorry dumb q but what are rare earths even used for")
  'dumb question but', 'stupid question but', 'silly question but', 'dumb q but', 'stupid q but', 'silly q but', 'sorry',
  // (French's question mark in words, typed into English: "est-ce que the chinese ministry has commented?")
  'est ce que',
  'random question', 'random q', 'dumb question', 'stupid question', 'silly question', 'honest question', 'quick question', 'quick q', 'noob question',
  'dumb q', 'stupid q', 'silly q',
  'newbie question', 'probably a dumb question but', 'probably a stupid question but', 'this might be a dumb question but',
  'not sure if this is the right place but', 'not sure if this is the right channel but', 'not sure if this is the right place',
  'not sure if this is the right channel', 'sorry if this has been asked before', 'sorry if this was asked before',
  // apologies and wishes before asking ("sorry to bother, …", "i'd like to know …": "i'd" reads as "id", "bother" as a word)
  'sorry to bother you', 'sorry to bother', 'sorry for bothering you', 'sorry for bothering', 'sorry to disturb', 'sorry to ask',
  'id like to know', 'i would like to know', 'id love to know', 'i would love to know', 'id like to ask', 'i would like to ask',
  // (and as Japanese and Korean English puts it: "may I ask who is …", "I would like to confirm, did …")
  'may i ask', 'may i know', 'can i ask', 'i would like to confirm', 'id like to confirm', 'i want to confirm', 'just want to confirm',
  'any idea', 'any ideas', 'anyone have any idea', 'does anyone have any idea',
  // where the asker came across what they ask about ("saw something on the news about turkey and china, what's going
  // on?"), as the afterwords below: "saw" weighed 41% as a word the knowledge never uses
  ...['saw', 'heard', 'read', 'seen'].flatMap((verb) =>
    ['smth ', 'something ', 'a thing ', 'stuff '].flatMap((what) =>
      ['', 'on twitter ', 'on x ', 'on tiktok ', 'on reddit ', 'on the news ', 'in the news ', 'on tv ', 'online '].map((where) => `${verb} ${what}${where}about`),
    ),
  ),
  // who asks and that they want to understand ("investor q: …", "as an investor, …", "im trying to understand …")
  'investor here', 'investor q', 'investor question', 'retail investor q', 'retail investor here', 'as an investor',
  'im trying to understand', 'i am trying to understand', 'trying to understand', 'i would like to understand', 'id like to understand',
  'help me understand',
  // a formal address before a question ("Sayın yetkili, …": Dear official; "Sayın ilgili": to whom it may concern)
  'sayın yetkili', 'sayin yetkili', 'sayın yetkililer', 'sayin yetkililer', 'sayın ilgili', 'sayin ilgili', 'değerli yetkili', 'degerli yetkili',
  // "… by the way" in Turkish before a question ("bu arada, …"), and acknowledging the answer before ("alright then, …")
  'bu arada', 'alright then', 'all right then', 'alright', 'all right', 'cool cool', 'ok ok', 'kk', 'k',
  'random but', 'random q but', 'random question but', 'not to be dumb but', 'sorry if this is dumb but', 'dumb q but', 'dumb question but',
  'pardon me', 'excuse me', 'real talk', 'out of interest', 'just out of interest', 'for my class', 'for a project', 'for my project',
  // (school work as the reason: "for my worksheet, who's china's president in this story?")
  'for my worksheet', 'for a worksheet', 'for my homework', 'for homework', 'for my essay', 'for an essay', 'for my assignment',
  'for an assignment', 'for school', 'for my school project', 'for a school project',
  // (or a piece of one's own: "dumb q for my blog but what's byd"; "blog" weighed as a word of the topic)
  'for my blog', 'for a blog post', 'for my blog post', 'for my newsletter', 'for my article', 'for an article', 'for my podcast',
  'for my channel', 'for a video', 'for my video', 'for my notes', 'for a briefing', 'for my briefing', 'for a presentation',
  // … or said as what the asker is doing ("doing a school project, what are rare earth elements used for?")
  ...['im ', 'i am ', ''].flatMap((who) =>
    ['doing', 'working on', 'writing'].flatMap((verb) =>
      ['a school project', 'a project', 'a uni project', 'a college project', 'a class project', 'my project', 'an assignment', 'my assignment',
        'my homework', 'homework', 'an essay', 'my essay', 'a presentation', 'my presentation', 'a paper', 'my dissertation', 'my thesis'].map((what) => `${who}${verb} ${what}`),
    ),
  ),
  // "list of chinese car companies turkey has talked to?": which of them ("list" weighed as the question's rarest word)
  'list of', 'a list of', 'give me a list of', 'can i get a list of', 'full list of',
  'can anyone help', 'can someone help', 'can anybody help', 'can you help', 'would you mind telling me', 'do you mind telling me',
  'mind telling me', 'i need to know', 'need to know',
  // formal requests ("Good morning. I would be most grateful if you could tell me when…", "Could you kindly summarise…",
  // "Please could you advise me as to the cost…"): "grateful", "kindly", "advise" weighed as words the knowledge lacks
  'i would be most grateful if you could tell me', 'i would be very grateful if you could tell me', 'i would be grateful if you could tell me',
  'id be grateful if you could tell me', 'i would be most grateful if you could', 'i would be very grateful if you could',
  'i would be grateful if you could', 'id be grateful if you could', 'please could you advise me as to', 'please could you advise me on',
  'please could you advise me', 'could you please advise me', 'could you advise me as to', 'could you advise me on', 'could you advise me',
  'could you kindly tell me', 'would you kindly tell me', 'could you kindly', 'would you kindly', 'can you kindly', 'kindly tell me',
  // (and asked to be summed up: "Could you please summarise what Turkey expects to gain…"; "summarise" weighed 21%, met
  // the report's summary)
  ...['could you', 'could you please', 'can you', 'can you please', 'would you', 'would you please', 'please', 'pls', 'kindly', ''].flatMap((ask) =>
    ['summarise', 'summarize', 'sum up', 'briefly summarise', 'briefly summarize'].map((verb) => `${ask} ${verb}`.trim())),
  // (and as Indian English asks to be told: "kindly share details of the october delegation", "pls share what turkey is
  // planning"; "share" weighed as the question's rarest word)
  'kindly share', 'please share', 'pls share', 'plz share', 'kindly',
  // (and as Japanese and Korean English asks it: "please teach me why …", "sorry for basic question, …")
  'please teach me', 'pls teach me', 'could you teach me', 'can you teach me', 'kindly teach me', 'teach me',
  'sorry for basic question', 'sorry for the basic question', 'sorry for basic questions', 'sorry for simple question',
  // (and any apology for the kind of question: "Sorry for the naive question, what is BYD exactly?")
  ...['naive', 'basic', 'simple', 'dumb', 'stupid', 'silly', 'obvious', 'newbie', 'noob', 'beginner', 'ignorant', 'trivial', 'elementary'].flatMap((kind) =>
    [`sorry for the ${kind} question`, `sorry for the ${kind} questions`, `sorry for a ${kind} question`, `sorry for ${kind} q`,
      `sorry for asking a ${kind} question`, `apologies for the ${kind} question`, `forgive the ${kind} question`, `pardon the ${kind} question`]),
  // ("dinnae tell me it's only BYD they've been talking to?": disbelief before the question, "tell" a stop word but
  // "dinnae" and "me" left before a reading of "it")
  'dont tell me', 'do not tell me', 'dinnae tell me', 'dont tell me that', 'dinnae tell me that',
  // ("any word on dates for that?": any news of it; "word" read as a typo of "work")
  'any word yet on', 'any word on', 'any word about', 'any word yet about',
  // ("for example which company they have in mind": "example" weighed 43% as a word of the knowledge's)
  'like for example', 'for example', 'for instance', 'like for instance',
  // ("Kindly remind me the names of …": asked to be told; "remind" weighed as a word no fact has)
  'remind me of', 'remind me',
  ...CONFIRM_LEADS,
  // what the asker heard, said before asking about it ("heard turkey is sending officials to china, when's that
  // happening?"): "heard" would be read as a typo of a word the knowledge has ("lead")
  'i just heard that', 'i just heard', 'just heard that', 'just heard', 'i heard that', 'i heard', 'ive heard that', 'ive heard', 'heard that', 'heard',
  // (and what the asker read: "read somewhere that turkey's find could be a chance for …, who's saying that?": "read"
  // weighed 18% as a word the knowledge never uses)
  'i read that', 'i just read that', 'just read that', 'ive read that', 'read that', 'i read somewhere that', 'read somewhere that',
  'i read online that', 'read online that', 'i read somewhere', 'read somewhere',
  // (and as the Caribbean says it: "mi hear seh …", "me hear say …")
  'mi hear seh', 'mi hear say', 'me hear seh', 'me hear say', 'mi hear', 'mi did hear seh', 'mi did hear',
  'i was reading the news and', 'i was reading about this and', 'i was reading an article and', 'i read the news and', 'i saw the news and',
  'my boss asked me', 'my teacher asked me', 'my teacher asked us', 'my teacher asked', 'my friend asked me', 'my mom asked me',
  'my dad asked me', 'someone asked me', 'a friend asked me',
  'bi bakar mısın', 'bi bakar misin', 'bir bakar mısın', 'bir bakar misin', 'bi bakar mısınız', 'bir bakar mısınız', 'anlat bakalım', 'anlat bakalim',
  // (… and the greetings and blessings elders open with: "selamün aleyküm", "hayırlı sabahlar", "allahın selamı üzerinize
  // olsun", "maşallah torunum")
  'selamün aleyküm', 'selamun aleykum', 'selamünaleyküm', 'selamunaleykum', 'aleyküm selam', 'aleykum selam', 'hayırlı sabahlar',
  'hayirli sabahlar', 'hayırlı günler', 'hayirli gunler', 'allahın selamı üzerinize olsun', 'allahin selami uzerinize olsun',
  // (… and "başka bişey soracam" — I'll ask something else —, as "diff thing:" is in English: "başka" is "other" there)
  'başka bişey soracam', 'baska bisey soracam', 'başka bi şey soracam', 'baska bi sey soracam', 'başka bir şey soracağım',
  'baska bir sey soracagim', 'başka bir şey soracam', 'baska bir sey soracam', 'bir şey daha soracam', 'bi şey daha soracam',
  'bi sey daha soracam', 'bir şey daha soracağım', 'başka bir soru', 'baska bir soru', 'başka soru', 'baska soru',
  // (and "bi şey soracam", I'll ask something, as Cyprus says it too: "bi sey soracayim")
  'bi şey soracam', 'bi sey soracam', 'bişey soracam', 'bisey soracam', 'bir şey soracağım', 'bir sey soracagim', 'bi şey soracayım',
  'bi sey soracayim', 'bişey soracayım', 'bisey soracayim', 'bir şey soracayım', 'bir sey soracayim',
  'kolay gelsin', 'iyi günler', 'iyi gunler', 'iyi akşamlar', 'iyi aksamlar', 'günaydın', 'gunaydin', 'hayırlı cumalar', 'hayirli cumalar',
  // (and as older people write them: "Efendim iyi günler, …", "Hayırlı günler…", "torunum sordu ben bilemedim, …": my
  // grandchild asked and I did not know)
  'efendim', 'hayırlı günler', 'hayirli gunler', 'hayırlı akşamlar', 'hayirli aksamlar', 'torunum sordu ben bilemedim', 'torunum sordu bilemedim',
  'torunum sordu', 'oğlum sordu', 'oglum sordu', 'kızım sordu', 'kizim sordu',
  // (and a client's question passed on: "müşteri soruyo, …", as "my boss asked me")
  'müşteri soruyor', 'musteri soruyor', 'müşteri soruyo', 'musteri soruyo', 'müşterim soruyor', 'musterim soruyor', 'müşterim soruyo',
  'musterim soruyo', 'müşteri sordu', 'musteri sordu', 'müşterim sordu', 'musterim sordu', 'bir müşteri soruyor', 'bi müşteri soruyo',
  // (… and the boss's, "müdürüm soruyor: …", as "my manager wants to know")
  'müdürüm soruyor', 'mudurum soruyor', 'müdürüm soruyo', 'mudurum soruyo', 'müdürüm sordu', 'mudurum sordu', 'müdür soruyor',
  'mudur soruyor', 'müdür soruyo', 'mudur soruyo', 'şefim soruyor', 'sefim soruyor', 'şefim soruyo', 'sefim soruyo', 'patron soruyor',
  'patron soruyo', 'patronum soruyor', 'patronum soruyo',
  // a change of subject announced ("unrelated but…", "switching topics, …"); "ok" lets one after it be found ("ok new q, …")
  'totally unrelated but', 'slightly unrelated but', 'unrelated but', 'unrelated', 'off topic but', 'off topic',
  'diff topic but', 'different topic but', 'diff topic', 'switching topics', 'switching gears',
  'totally diff topic but', 'totally different topic but', 'completely different topic but', 'totally diff topic', 'totally different topic',
  'completely different topic',
  'changing topics', 'changing the subject', 'change of topic', 'different topic', 'on another note', 'on a different note', 'ok cool', 'okay cool', 'ok', 'okay',
  'on another matter', 'on a different matter', 'on another subject', 'on a different subject', 'on another topic', 'new topic',
  'different thing', 'another thing', 'one more thing', 'separate thing', 'other thing',
  // joining late, or posting for others ("sorry late to this, who are the two presidents?", "pinning this: …", "for
  // context for anyone just joining: …")
  'sorry late to this', 'late to this', 'sorry late to the party', 'late to the party', 'sorry im late', 'pinning this',
  'for context for anyone just joining', 'for anyone just joining', 'for context', 'just joining',
  // … and a new question after another ("separately, what are rare earths used for?"): "separately" weighed 44% as a word
  // of the topic
  'separately', 'additionally', 'furthermore', 'moreover', 'on a separate note', 'different question', 'another question',
  'other question', 'unrelated question', 'one more question', 'also another question',
  'selamlar', 'merhabalar', 'herkese selam', 'herkese merhaba',
  // (a change of subject in Turkish: "konu değişik ama …", "alakasız ama …", "konu dışı ama …")
  'konu değişik ama', 'konu degisik ama', 'alakasız ama', 'alakasiz ama', 'konu dışı ama', 'konu disi ama', 'konudan bağımsız',
  'konudan bagimsiz', 'konu başka ama', 'konu baska ama', 'konu farklı ama', 'konu farkli ama', 'başka konu ama', 'baska konu ama',
  // ("konu değişiyo ama türkiyenin enerji bakanı kim": the topic changes, but; "değişiyo" weighed 35% unknown)
  'konu değişiyor ama', 'konu degisiyor ama', 'konu değişiyo ama', 'konu degisiyo ama', 'konu değişcek ama', 'konu degiscek ama',
  'konuyu değiştiriyorum ama', 'konuyu degistiriyorum ama', 'konuyu değiştiriyorum', 'konuyu degistiriyorum', 'konuyu değiştirelim',
  'konuyu degistirelim', 'başka bi konu', 'baska bi konu', 'başka bir konu', 'baska bir konu', 'alakasız bi soru', 'alakasiz bi soru',
  'alakasız bir soru', 'alakasiz bir soru',
  // (… and the answer's length asked for first, "tek cümleyle …": in one sentence; "tek" weighed 30% as a word no fact uses)
  ...IN_ONE_SENTENCE,
  // ("dur bi dk bu bayraktar kim": wait a minute; "dur" weighed 49% as a word of the question)
  'dur bi dk', 'dur bir dk', 'dur bi dakika', 'dur bir dakika', 'bi dk', 'bir dakika', 'bi dakika', 'dur bi saniye', 'dur bir saniye', 'bi saniye', 'bi sn',
  // ("iyi de türkiye bundan ne kazanıyor?": fine, but what does Turkey gain? "iyi", "güzel" weighed as words of the question)
  'iyi de', 'iyi ama', 'iyi hoş da', 'iyi hos da', 'iyi güzel de', 'iyi guzel de', 'güzel de', 'guzel de', 'güzel ama', 'guzel ama',
  'hoş da', 'hos da', 'tamam da', 'tamam ama', 'peki ama',
  // ("hocam ödev için soruyorum, …": I ask for homework; the address before it too, so the remark after it is found)
  'hocam', 'abi', 'abla', 'kanka',
  // under a video: the channel's owner addressed, and the first comment claimed ("İLK YORUM 🔥 nadir toprak yatağımız
  // hangi ilimizde": "ilk" and "yorum" weighed half the question as words of the topic)
  'kanal sahibi', 'sayın kanal sahibi', 'sayin kanal sahibi', 'kanal sahibine sorum', 'ilk yorum', 'ilk yorum benden',
  // "en son" (last, most recently: "en son nerde görüştüler"), when the asker speaks from ("son" weighed 48%)
  'en son',
  'ödev için soruyorum', 'odev icin soruyorum', 'ödevim için soruyorum', 'odevim icin soruyorum', 'ödev için', 'odev icin',
  // asked to be told simply ("explain like im 5 what rare earths are", "eli5: …"): the "5" would weigh as a number
  'explain like im 5', 'explain like im five', 'explain like i am 5', 'explain like i am five', 'eli5', 'eli 5',
  // who asks, at work ("intern q: what are rare earths used for", "sorry dumb q from the intern desk, …", "fyi …")
  'intern q', 'intern question', 'from the intern desk', 'q from the intern desk', 'fyi', 'fyi all',
  // … and the office's jargon for "tell me" and "look closer at" ("level-set me real quick: what is BYD", "can someone
  // double-click on why …"; "click", "level" weighed as words no fact has)
  'level set me', 'level set me real quick', 'level set me quickly', 'can someone level set me', 'can someone double click on',
  'can you double click on', 'could you double click on', 'can we double click on', 'double click on',
  // a quiz put to the bot or a class ("ok bot quiz time: what does turkey want china to help with?"): "quiz" weighed as the
  // question's rarest word
  'bot quiz time', 'quiz time', 'pop quiz', 'quiz question', 'trivia time', 'trivia question', 'question for the bot', 'one for the bot',
  'a factual one for the bot to start', 'a factual one for the bot',
  // asked to be told in short ("tl;dr who's leading the talks?"): "tldr" would be read as "summary", a word of the topic
  'tldr', 'tl dr', 'in a nutshell', 'in short', 'long story short',
  // hedges of one's own before a question, as discussion threads write them ("correct me if I'm wrong but …", "not an
  // expert but …", "genuine question: …"): "correct", "wrong", "expert" weighed half a question as words no fact uses
  'correct me if im wrong but', 'correct me if i am wrong but', 'correct me if im wrong', 'correct me if i am wrong',
  'im not an expert but', 'i am not an expert but', 'not an expert but', 'im no expert but', 'i am no expert but', 'no expert but',
  'genuine question', 'genuine q', 'serious question', 'genuinely curious', 'genuinely asking', 'honestly curious', 'iirc',
  // requests put as an email puts them ("could you please confirm where …", "we would appreciate clarity on why …"):
  // "confirm", "clarity", "appreciate" weighed as words no fact uses
  'could you please confirm', 'could you confirm', 'can you please confirm', 'can you confirm', 'please confirm', 'pls confirm',
  'we would appreciate clarity on', 'i would appreciate clarity on', 'would appreciate clarity on', 'we would appreciate clarity',
  'quick one', 'quick sanity check', 'sanity check', 'just to get the names right', 'just to get the name right',
  // … and their greetings ("Hi all, …", "Dear team, …", "Hello factbot, …")
  'hi all', 'hi everyone', 'hello everyone', 'dear all', 'dear team', 'dear factbot', 'hi factbot', 'hello factbot', 'hey factbot',
  'hi bot', 'hello bot', 'hey bot',
  // (… and the requests to be told a translator puts before a question: "Please inform the place where …", "Please teach
  // me the names of …")
  'please inform me', 'please inform', 'kindly inform me', 'kindly inform', 'inform me', 'please teach me', 'kindly teach me', 'teach me',
  // (… and Arabic chat's "by the way" and "guys" before a question: "3ala fikra who is …", "ya jama3a, …")
  '3ala fikra', 'ala fikra', 'ya jama3a', 'ya jamaa', 'ya shabab',
  // (… and as New Zealand greets, in Māori: "kia ora", "mōrena", good morning)
  'kia ora koutou', 'kia ora team', 'kia ora', 'morena', 'mōrena',
  // (… and the greetings and thanks a message put through a translator opens with: "Peace be upon you. Who is …", "Thank
  // you for your hard work. I would like to know …": "peace", "hard", "work" weighed as words of the question)
  'peace be upon you', 'peace be with you', 'assalamu alaikum', 'assalamualaikum', 'as salamu alaikum', 'asalamu alaikum', 'salam alaikum',
  'salaam alaikum', 'salamu alaikum', 'thank you for your hard work', 'thanks for your hard work', 'thank you for your work',
  'thanks for your work', 'thank you for your help', 'thanks for your help', 'thank you for your time', 'thanks for your time',
  'thank you for your service', 'thanks for the service', 'i hope you are well', 'hope you are well', 'i hope you are fine',
  'hope you are fine', 'i hope you are doing well', 'hope you are doing well', 'hope youre well', 'hope youre doing well',
  // (Entries of stop words only, "hey there", let a remark after them be found: "hey there, random question: …".)
].map((p) => p.split(' '));
/**
 * A reaction to the answer before set off by a comma or "!" ("nice, what about chery?", "interesting. and when?",
 * "sure, where is it?"): no word of what is asked. With its punctuation only: "great wall", "sure thing" are words of a
 * question. Read by the engine (rank.ts, as a reading without it) and by the follow-up reader (english-words.ts). (Or
 * followed by thanks, with or without punctuation: "great thanks 🙏 and who …"; no question has those two words.)
 */
export const INTERJECTION_LEAD =
  /^\s*(?:(?:wait|great|good|fine|nice|neat|sweet|cool|ok cool|okay cool|awesome|perfect|interesting|very interesting|wow|oh wow|whoa|a+h+|o+h+|oh ok|ah ok|ahh ok|damn|dang|sure|alright|all right|got it|gotcha|i see|makes sense|fair enough|no way|understood|noted|thank you|thanks|thx|ty|ok thanks|ok thx|huh|oof|yikes)\s*[,!.:;…]+|(?:great|cool|awesome|perfect|nice|ok|okay|super) (?:thanks|thx|ty|thank you)(?:\s*[\p{Extended_Pictographic}\uFE0F\u200D]+)?(?=\s))\s*/iu;

/**
 * Words that open a question (and their chat spellings), for telling a question from a remark before it: a message's
 * question may be cut from a sentence only before one of them (conversation/several.ts), and a short sentence before
 * one is a reaction to the answer before (reactionBefore).
 */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how', 'whos', 'wheres', 'whens', 'hows', 'whys', 'whats', 'wat', 'wen', 'wher', 'whod', 'whered', 'howd', 'whyd',
  'is', 'are', 'was', 'were', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'has', 'have', 'should',
  'isnt', 'arent', 'wasnt', 'doesnt', 'didnt', 'wont', 'cant',
]);
/** Words that may come before a question's opening word after a reaction ("bummer. and which elements?", "ok so when"). */
const OPENER_LEADS = new Set(['and', 'so', 'but', 'then', 'ok', 'okay', 'also', 'well', 'anyway', 'any', 'wait']);
/** At most this many words make a reaction said as its own sentence ("two yrs ago ok.", "ah so just a hope."). */
const MAX_REACTION_WORDS = 8;
/** … and at most this many without a word of reaction in it ("two yrs ago ok." has one; "two years ago, you say." none). */
const MAX_PLAIN_REACTION_WORDS = 5;
/**
 * Words of a reaction to an answer: how people take it in ("ok", "huh", "i guess", "bummer"). A sentence before a
 * question with none of them is a reaction only when the question has words of its own (see reactionBefore).
 */
const REACTION_MARKERS = new Set([
  ...REACTIONS, 'ok', 'okay', 'k', 'kk', 'huh', 'hmm', 'hm', 'so', 'guess', 'sense', 'bummer', 'shame', 'pity', 'cool', 'nice', 'great',
  'interesting', 'right', 'yeah', 'yep', 'sure', 'lol', 'haha', 'lmao', 'gotcha', 'noted', 'fair', 'wild', 'crazy', 'ambitious', 'impressive', 'figures',
]);

/**
 * How many characters of a message are a reaction to the answer before its question: an interjection set off by its
 * punctuation (INTERJECTION_LEAD: "nice, what about chery?"), or a short sentence of its own that asks nothing, before
 * a sentence that opens like a question ("two yrs ago ok. and how much is in there", "ah so just a hope. how big is
 * that company", "bummer. do we know which elements?"). What people say back to an answer is no word of what they ask
 * next; 0 when there is none (a first sentence that asks, "where is it. and when", is a question of its own).
 */
export function reactionBefore(question: string): number {
  const sentence = reactionSentence(question);
  if (sentence > 0) return sentence;
  const lead = INTERJECTION_LEAD.exec(question);
  return lead && /\p{L}/u.test(question.slice(lead[0].length)) ? lead[0].length : 0;
}

/** A short sentence of reaction before a question (see reactionBefore): its length with the space after it, or 0. */
export function reactionSentence(question: string): number {
  const end = /^([^?.!…]{1,60}?)[.!…]+\s+(?=\S)/u.exec(question);
  if (!end) return 0;
  const before = words(end[1]!);
  if (before.length === 0 || before.length > MAX_REACTION_WORDS || QUESTION_OPENERS.has(before[0]!)) return 0;
  // (A longer sentence only with a word of reaction in it, "haha beylikova is like 45 min from me. when did they find
  // it": without one it may say what the question is about, "I'm disabled and always travel with my carer. Can they get
  // a discount too?")
  if (before.length > MAX_PLAIN_REACTION_WORDS && !before.some((w) => REACTION_MARKERS.has(w))) return 0;
  const after = words(question.slice(end[0].length));
  // Without a word of reaction the sentence may be what a question of no words of its own is about ("bayraktar.. who
  // is that"); with words of its own the question is about them ('"stands ready" meaning what. so when do they start').
  if (!before.some((w) => REACTION_MARKERS.has(w)) && after.every((w) => STOP_WORDS.has(w) || QUESTION_OPENERS.has(w))) return 0;
  // (After an adverb of the question's, too: "two years ago, you say. and roughly how large is it?")
  const first = after.find((w) => !OPENER_LEADS.has(w) && !(STOP_WORDS.has(w) && !QUESTION_OPENERS.has(w) && QUESTION_ADVERBS.has(w))) ?? after[0];
  // (In Turkish the question word comes anywhere: "haa eskişehir. ne zaman bulundu peki?", oh, Eskişehir; when was it
  // found then?)
  // (Not a sentence that asks with a question word itself: "neden çin peki... amaç ne bu işte?"; an echo may, "30 yıl mı
  // vay.")
  if (before.some((w) => TR_REACTION_MARKERS.has(w)) && !before.some((w) => TR_ASKING.has(w) && !TR_PARTICLES.has(w)) && after.some((w) => TR_ASKING.has(w))) return end[0].length;
  // (And "and …" after a word of reaction, a swap, "yeah figured. and turkey's?": "figured" weighed as a word of its own.)
  const swap = after[0] === 'and' && after.length > 1 && before.some((w) => REACTION_MARKERS.has(w));
  return first !== undefined && (QUESTION_OPENERS.has(first) || (after[0] === 'any' && after.length > 1) || swap) ? end[0].length : 0;
}
/** Adverbs that may come before a question's opening word ("roughly how large is it?", "just when …"). */
const QUESTION_ADVERBS = new Set(['roughly', 'exactly', 'precisely', 'approximately', 'just', 'really', 'actually', 'basically', 'then', 'now', 'anyway', 'anyways']);
/** Turkish words of a reaction to the answer (folded): "haa", "anladım" (I see), "tamam" (ok), "vay" (wow). */
const TR_REACTION_MARKERS = new Set([
  'ha', 'haa', 'haaa', 'he', 'hee', 'aa', 'aaa', 'anladim', 'tamam', 'tamamdir', 'vay', 'oha', 'hmm', 'ilginc', 'super', 'guzel', 'harika', 'oyle',
  // ("eh peki." well, alright; "mantıklı." makes sense; "iddialı." ambitious: what people say back to an answer)
  'eh', 'mantikli', 'iddiali', 'hm', 'iyi', 'okey',
  // ("heh.", "yazık." what a pity, "tüh", "evet" yes, "sağol", "teşekkürler" thanks, "anladm" typed short)
  'heh', 'yazik', 'tuh', 'evet', 'sagol', 'sagolun', 'tesekkurler', 'tesekkur', 'eyvallah', 'anladm', 'anladik',
]);
/** The Turkish question particles (folded) of TR_ASKING. */
const TR_PARTICLES = new Set(['mi', 'mu', 'midir', 'mudur']);
/** Turkish question words and particles (folded), one of which a question after a reaction has. */
const TR_ASKING = new Set(['ne', 'neden', 'niye', 'nicin', 'nasil', 'nerede', 'nerde', 'nereden', 'nereye', 'kim', 'kimin', 'hangi', 'kac', 'mi', 'mu', 'misin', 'midir', 'mudur', 'nedir', 'neler']);

/** Whom an afterword is said to, after it ("… thanks in advance guys", "… any ideas folks"). */
const AFTERWORD_ADDRESS = new Set(['guys', 'all', 'everyone', 'folks', 'yall', 'bot', 'factbot', 'mate', 'fam', 'bro', 'dude', 'people', 'team', 'hocam', 'abi', 'abla', 'kanka']);
/** Chat noise that may close a question after an afterword (all stop words): laughter, "tbh", "tho", "please" ("… in simple words please"). */
const AFTERWORD_NOISE = new Set(['lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'hehe', 'xd', 'tbh', 'imo', 'imho', 'ngl', 'tho', 'though', 'please', 'pls', 'plz', 'thanks', 'thx', 'ty']);
/** Afterwords cut from one question, the last first ("… pls cfm. rgds"). */
const MAX_AFTERWORDS = 2;
const AFTERWORDS: readonly (readonly string[])[] = [
  'any thoughts', 'thoughts', 'any ideas', 'ideas anyone', 'anyone',
  // (… and one: "why does turkey want this in the first place, any idea?": "idea" weighed 21%)
  'any idea',
  // what was meant, asked back after the question ("what tariffs you mean", "which company for example"): "mean",
  // "example" weighed as words the knowledge never uses
  'do you mean', 'you mean', 'do u mean', 'u mean', 'for example', 'for instance',
  // the office's "net-net" (all told) and "in the mix" (among them: "any other chinese OEMs in the mix"): "net", "mix"
  // weighed as words the knowledge never uses
  'net net', 'in the mix',
  // others asked for, then the ones already named as the other choice ("any other chinese OEMs in the mix or just
  // them"): "them" says no more than the others asked for
  'or just them', 'or only them', 'or just those', 'or only those',
  // checking what one believes ("who's the turkish president…, just to double check"): "double", "check" would weigh as
  // words the knowledge never uses
  'just to double check', 'to double check', 'just to be sure', 'just to confirm', 'just to check',
  // … and asked to be advised or confirmed, as brokers sign off ("what elements are in the deposit pls adv", "BYD turkey
  // plant deal, pls cfm", "… rgds"): "adv" and "cfm" weighed 40% as words the knowledge never uses
  'pls adv', 'plz adv', 'please adv', 'pls advise', 'plz advise', 'please advise', 'kindly advise', 'kindly adv', 'pls cfm',
  'plz cfm', 'please cfm', 'kindly cfm', 'pls confirm', 'plz confirm', 'please confirm', 'kindly confirm', 'best regards',
  'kind regards', 'regards', 'rgds', 'brgds',
  // thanks and asides signing a question off ("… thanks in advance!", "…, much appreciated", "(asking for a friend)"):
  // "advance", "appreciated" and "friend" would weigh as words the knowledge never uses, and "much" as a quantity asked
  // (not "appreciate it": "how much did they appreciate it?" asks it)
  'thanks in advance', 'thank you in advance', 'thx in advance', 'tia', 'thanks so much', 'thank you so much', 'thank you very much',
  // (and a polite "may I ask" after the question: "when did turkey find it, may I ask?")
  'may i ask', 'if i may ask', 'if i may',
  'thanks very much', 'thanks a lot', 'thanks a bunch', 'thanks a ton', 'many thanks', 'much appreciated', 'very much appreciated',
  'would be much appreciated', 'would be appreciated', 'any help appreciated', 'any help is appreciated', 'any help would be appreciated',
  'appreciate any help', 'asking for a friend', 'just asking for a friend',
  // … and asked to be told briefly or plainly, or hedged ("… in a few words", "in simple terms", "if that makes sense",
  // "by any chance", "i think"), or helped ("… please help"): as "in short" above; "think" and "help" stay words of a
  // question anywhere else ("what does china think")
  'in a few words', 'in few words', 'in one sentence', 'in a sentence', 'in one line', 'in simple terms', 'in simple words',
  'in plain english', 'in plain words', 'in layman terms', 'in laymans terms', 'simply put', 'if that makes sense',
  'if it makes sense', 'does that make sense', 'by any chance', 'i think', 'i guess', 'i suppose', 'please help', 'pls help',
  'plz help', 'help please', 'help pls', 'help plz', 'real quick', 'real fast', 'for real', 'fr fr', 'no cap', 'for real though',
  'for real tho', 'in general', 'in general terms', 'generally speaking', 'broadly speaking', 'in detail', 'in more detail',
  'in full detail', 'out of interest', 'just out of interest', 'for context', 'would love to know', 'id love to know', 'need to know',
  'i need to know', 'pls respond', 'please respond', 'please answer', 'pls answer', 'couldnt find it anywhere', 'cant find it anywhere', 'couldnt find it online', 'cant find it online',
  'for my class', 'for class', 'for a class', 'for a project', 'for my project', 'asking for a project', 'asking for my class',
  // … and why the asker heard of it ("where is this deposit everyone keeps mentioning?": "keeps" weighed 35% as a word
  // the knowledge never uses)
  'everyone keeps mentioning', 'everyone keeps talking about', 'everyone is talking about', 'everyones talking about',
  'everybody keeps talking about', 'everybody is talking about', 'people keep talking about', 'people keep mentioning',
  'ppl keep talking about', 'i keep hearing about', 'i keep reading about',
  'şimdiden teşekkürler', 'simdiden tesekkurler', 'şimdiden teşekkür ederim', 'simdiden tesekkur ederim', 'şimdiden sağolun',
  'simdiden sagolun', 'şimdiden sağol', 'simdiden sagol', 'şimdiden çok teşekkürler', 'simdiden cok tesekkurler',
  // "… bu arada" (by the way), "… o zaman" (then): as "btw", "then" in English
  'bu arada', 'o zaman',
  // a wish after the question ("… fabrika mı açıyomuş, hayırlı olsun": may it be good), as "thanks in advance"
  'hayırlı olsun', 'hayirli olsun', 'hayırlı uğurlu olsun', 'hayirli ugurlu olsun', 'inşallah', 'insallah', 'allah hayırlı etsin',
  'allah hayirli etsin',
  // … or why it is asked ("… sınavda çıkabilir": it may come up in the exam), as "for my class"
  'sınavda çıkabilir', 'sinavda cikabilir', 'sınavda çıkar', 'sinavda cikar',
  // … and so under a video ("… kanal sahibi", "… biri özetlesin": someone sum it up; "… haberde yazıyo mu": does the
  // report say; "… helal olsun": well done. Not "… sonunda", at last: "gitti mi sonunda?" asks what came of it)
  'kanal sahibi', 'biri özetlesin', 'biri ozetlesin', 'biri özetler mi', 'biri ozetler mi', 'özetler misin', 'ozetler misin',
  'haberde yazıyo mu', 'haberde yaziyo mu', 'haberde yazıyor mu', 'haberde yaziyor mu', 'haberde geçiyo mu', 'haberde geciyo mu',
  'haberde geçiyor mu', 'haberde geciyor mu', 'helal olsun', 'helal',
  // (… "o yazıyo mu" (does it say that), and a wish that it be the nation's own: "… yerli ve milli olsun inşallah")
  'o yazıyo mu', 'o yaziyo mu', 'o yazıyor mu', 'o yaziyor mu', 'bu yazıyo mu', 'bu yaziyo mu', 'bu yazıyor mu', 'bu yaziyor mu',
  'yerli ve milli olsun', 'yerli milli olsun', 'yerli ve milli olur', 'yerli olsun',
  // (… and, formally, whether the report has a record of it: "… haberde bir kayıt mevcut mudur?")
  'bir kayıt mevcut mudur', 'bir kayit mevcut mudur', 'kayıt mevcut mudur', 'kayit mevcut mudur', 'bir kayıt var mı', 'bir kayit var mi',
  // (… and that the report leaves it out: "… onu da yazmamışlar", they did not write that either; "yaz" weighed 56%)
  'onu da yazmamışlar', 'onu da yazmamislar', 'bunu da yazmamışlar', 'bunu da yazmamislar', 'yazmamışlar', 'yazmamislar',
  'onu da söylememişler', 'onu da soylememisler',
  // (… and the closing formula of a formal letter: "… arz ederim", I respectfully submit; "arz" alone is supply)
  'arz ederim', 'arz ederiz', 'arz olunur', 'saygılarımla', 'saygilarimla', 'saygılarımızla', 'saygilarimizla',
  // (… and how the answer is wanted: "… isim isim liste lazım", a list name by name; and whether the report names it,
  // "… haberde geçiyor mu adı")
  'isim isim liste lazım', 'isim isim liste lazim', 'liste lazım', 'liste lazim', 'isim isim', 'liste halinde',
  'haberde geçiyor mu adı', 'haberde geciyor mu adi', 'adı geçiyor mu', 'adi geciyor mu', 'haberde adı geçiyor mu', 'haberde adi geciyor mu',
  'yardım lütfen', 'yardim lutfen', 'yardım eder misin', 'yardim eder misin', 'yardım eder misiniz', 'yardim eder misiniz',
  'açıklar mısın', 'aciklar misin', 'açıklar mısınız', 'aciklar misiniz', 'biri söyleyebilir mi', 'biri soyleyebilir mi',
  'söyleyebilir misin', 'soyleyebilir misin', 'söyleyebilir misiniz', 'soyleyebilir misiniz',
  'sağ olun', 'sag olun', 'sağ ol', 'sag ol', 'cevap verir misin', 'cevap verir misiniz', 'cevaplar mısın', 'cevaplar misin',
  // … and that the asker does not know what is asked of ("who is byd, never heard of them"): "heard" read as a typo of a
  // word the knowledge has ("lead")
  // (and as the American South says it: "never heard tell of it")
  ...['never heard of', 'i never heard of', 'ive never heard of', 'havent heard of', 'i havent heard of', 'never heard tell of', 'aint never heard of'].flatMap((lead) =>
    ['them', 'it', 'him', 'her', 'that', 'em'].flatMap((what) => [`${lead} ${what}`, `${lead} ${what} before`]),
  ),
  // … and told simply ("what are rare earths, like im 5")
  'like im 5', 'like im five', 'like i am 5', 'like i am five', 'eli5',
  'tldr', 'tl dr', 'in a nutshell', 'in short', 'in brief', 'briefly',
  // a statement asked to be confirmed ("byd is the biggest ev maker, true?"): "true" would weigh as a word the knowledge lacks
  'is that true', 'is that right', 'is that correct', 'am i right', 'true or false', 'true or not', 'true or cap', 'cap or not',
  // where it read it: the knowledge is the article's, and "article" would weigh as a word the knowledge never uses
  'per the article', 'according to the article', 'in the article', 'per the report', 'according to the report', 'in the report',
  // (and the bot's knowledge named as the source: "when did they last meet according to this")
  'according to this', 'according to you', 'according to your facts', 'according to your info', 'according to the facts',
  'in this article', 'in this report', 'in this story', 'in the story', 'in this piece', 'in the piece', 'in this news', 'in the news story',
  // "why would they come to turkey in the first place?": it stresses the question, and "first" and "place" would weigh
  // as its rarest words.
  'in the first place', 'in first place', 'to begin with', 'in the first instance',
  // "what have they done in turkey up to now?": as the report tells it (and "so far", see SO_FAR)
  'up to now', 'until now', 'as of now', 'as of yet', 'as yet',
  // "what are rare earths used for, like in practice": where it is asked of, everyday life ("practice" weighed 44%)
  'like in practice', 'in practice', 'like in real life', 'in real life', 'in everyday life', 'in normal life', 'like in normal life',
  // "where is beylikova lol never heard of it": "heard" would be read as a typo of a word the knowledge has.
  'never heard of it', 'never heard of that', 'never heard of this', 'never heard of them', 'never heard of him', 'never heard of her',
  // (… and without what: "where is that place, never heard", "never heard before")
  'never heard', 'never heard before', 'i never heard', 'i never heard before', 'never heard b4', 'never heard about it',
  // why it is asked ("… its for my homework"): "homework" would weigh as a word the knowledge never uses
  'its for my homework', 'it is for my homework', 'for my homework', 'for homework', 'for school', 'for a school project', 'for my school project',
  'its for my worksheet', 'for my worksheet', 'for a worksheet', 'for my essay', 'for an essay', 'for my assignment', 'for an assignment',
  'ne dersiniz', 'fikri olan var mı', 'fikri olan var mi',
  // "… adı aklımdan çıktı" (… the name slipped my mind), "unuttum" (I forgot): why it is asked, no word of it
  'aklımdan çıktı', 'aklimdan cikti', 'aklımda değil', 'aklimda degil', 'unuttum', 'unuttum ya',
  // (… and the answer's length asked for after it, "…, tek cümleyle")
  ...IN_ONE_SENTENCE,
  // (… "ne bilim", "ne bileyim": what do I know, as the Balkans and chat say it)
  'ne bilim', 'ne bileyim', 'ne bilem',
  // (… "adı dilimin ucunda": on the tip of my tongue; "adını hatırlamıyom": I don't remember the name; and in English,
  // "… i always forget", "… cant remember")
  'adı dilimin ucunda', 'adi dilimin ucunda', 'dilimin ucunda', 'adını hatırlamıyorum', 'adini hatirlamiyorum', 'adını hatırlamıyom',
  'adini hatirlamiyom', 'hatırlamıyorum', 'hatirlamiyorum', 'hatırlamıyom', 'hatirlamiyom',
  // (… a blessing after the question, as elders thank: "allah razı olsun (senden)", may God be pleased with you; "allah
  // seni başımızdan eksik etmesin"; "hayırlısı", may it be for the best; and "hep sana soruyom", I always ask you)
  'allah razı olsun senden', 'allah razi olsun senden', 'allah razı olsun', 'allah razi olsun', 'allah seni başımızdan eksik etmesin',
  'allah seni basimizdan eksik etmesin', 'hayırlısı', 'hayirlisi', 'hayırlısı olsun', 'hayirlisi olsun', 'hep sana soruyom',
  'hep sana soruyorum', 'yaşlandık artık', 'yaslandik artik',
  // (… "adı hiç aklıma gelmiyor": the name won't come to mind)
  'adı aklıma gelmiyor', 'adi aklima gelmiyor', 'adı hiç aklıma gelmiyor', 'adi hic aklima gelmiyor', 'adı aklıma gelmiyo',
  'adi aklima gelmiyo', 'aklıma gelmiyor', 'aklima gelmiyor', 'aklıma gelmiyo', 'aklima gelmiyo', 'hiç aklıma gelmiyor', 'hic aklima gelmiyor',
  'adı hiç aklıma gelmiyo', 'adi hic aklima gelmiyo', 'hiç aklıma gelmiyo', 'hic aklima gelmiyo',
  // (… "when he's at home": who on earth he is, as the Irish and British ask it)
  'when hes at home', 'when shes at home', 'when its at home', 'when theyre at home', 'when he is at home', 'when he at home',
  'when she at home', 'when it at home',
  // (… and "i've lost track": why it is asked again)
  'ive lost track', 'i lost track', 'lost track', 'ive lost track of it', 'i have lost track',
  // (… "I always mix up": the names asked for, the two confused)
  'i always mix them up', 'i always mix up', 'always mix them up', 'always mix up', 'i mix them up', 'i always get them mixed up',
  'i always get confused', 'i get confused',
  'i always forget', 'always forget', 'i forget', 'i forgot', 'i keep forgetting', 'keep forgetting', 'i cant remember', 'cant remember',
  'i dont remember', 'i cant recall', 'cant recall', 'slipped my mind',
  // (… "in this whole story", "in all this": the report's story, as "in this story")
  'in this whole story', 'in the whole story', 'in this whole thing', 'in all this', 'in all of this',
  // (… that everyone is after it or talks of it, "… neden herkes peşinde": as "keep seeing it"; and that the asker does
  // not understand, "… i not understand")
  'herkes peşinde', 'herkes pesinde', 'neden herkes peşinde', 'neden herkes pesinde', 'herkes bunun peşinde', 'herkes bunun pesinde',
  'herkes bundan bahsediyo', 'herkes bundan bahsediyor', 'herkes ondan bahsediyo', 'herkes ondan bahsediyor',
  'i not understand', 'i dont understand', 'i do not understand', 'i did not understand', 'i didnt understand',
  // … and so in Turkish, as older people add it ("…, gazetede okudum ama tam anlayamadım": I read it in the paper but did
  // not quite understand; "…, bir bilen söylerse memnun olurum": I'd be glad if someone who knows told me; "…, o da lazım
  // bana": I need that too; "…, ismini bir türlü telaffuz edemiyorum": I can't pronounce his name)
  'gazetede okudum ama tam anlayamadım', 'gazetede okudum ama anlayamadım', 'tam anlayamadım', 'anlayamadım', 'anlayamadim',
  'bir bilen söylerse memnun olurum', 'bilen söylerse memnun olurum', 'söylerseniz memnun olurum', 'memnun olurum', 'memnun olurum efendim',
  'o da lazım bana', 'bu da lazım bana', 'lazım bana', 'bana lazım', 'o da lazim bana', 'lazim bana',
  'ismini bir türlü telaffuz edemiyorum', 'adını bir türlü telaffuz edemiyorum', 'telaffuz edemiyorum',
  'ödev için soruyorum', 'odev icin soruyorum', 'ödevim için soruyorum', 'odevim icin soruyorum', 'ödev için', 'odev icin', 'ödevim için', 'odevim icin',
  // (… and as schoolchildren add it: "… ödevim var acil", I have homework, urgent; "yarın teslim", due tomorrow; "acil
  // cevap lütfen"; "bi türlü hatırlayamadım", I just couldn't remember)
  'ödevim var', 'odevim var', 'ödevim var acil', 'odevim var acil', 'ödev var', 'odev var', 'yarın teslim', 'yarin teslim', 'yarına lazım',
  'yarina lazim', 'acil cevap lütfen', 'acil cevap lutfen', 'acil cevap', 'cevap lütfen', 'cevap lutfen', 'bi türlü hatırlayamadım',
  'bi turlu hatirlayamadim', 'bir türlü hatırlayamadım', 'bir turlu hatirlayamadim', 'hatırlayamadım', 'hatirlayamadim',
  // … or for a report or a talk of the asker's own ("… rapora yazıcam": I'll put it in a report): "report" would weigh
  // as the knowledge's own word (its facts cite "the report")
  'for my report', 'for a report', 'for my presentation', 'for a presentation', 'for my essay', 'for an essay', 'for my article',
  'rapora yazıcam', 'rapora yazicam', 'rapora yazacağım', 'rapora yazacagim', 'raporum için', 'raporum icin', 'rapor için', 'rapor icin',
  'sunumum için', 'sunumum icin', 'sunum için', 'sunum icin',
  // where it was read, in Turkish ("… haberde geçtiği kadarıyla": as far as the report says)
  'haberde geçtiği kadarıyla', 'haberde gectigi kadariyla', 'haberde yazdığı kadarıyla', 'haberde yazdigi kadariyla',
  'haberde yazana göre', 'haberde yazana gore', 'habere göre', 'habere gore', 'haberdeki bilgiye göre', 'haberdeki bilgiye gore',
  // … and who is meant, "the one in the news" ("sanayi bakanı kim şu an, haberde geçen")
  'haberde geçen', 'haberde gecen', 'haberde adı geçen', 'haberde adi gecen',
  // a statement asked to be confirmed, as above ("did byd sign something or is that just a rumor?")
  'or is that just a rumor', 'or is that just rumor', 'or is that a rumor', 'or is it just a rumor', 'or just a rumor', 'or just rumors',
  'or is that just a rumour', 'or is that a rumour', 'or just a rumour',
  // a vague other choice after the one asked about ("is the deposit in eskisehir or somewhere else?"): it names nothing,
  // and "somewhere else" is a knowledge's word for diversifying ("elsewhere"), not where the deposit is
  'or somewhere else', 'or someplace else', 'or elsewhere', 'or something else', 'or someone else', 'or somebody else', 'or anywhere else',
  // … or a vague "more" after what is asked ("… sadece madeni çıkarıp satmak mı istiyo yoksa daha fazlası mı": only
  // to dig it up and sell it, or more?): "fazlası" weighed as a word the knowledge lacks
  'or more', 'or something more', 'or more than that', 'yoksa daha fazlası mı', 'yoksa daha fazlasi mi', 'ya da daha fazlası mı',
  'ya da daha fazlasi mi', 'yoksa daha fazlası', 'yoksa daha fazlasi',
  // where the asker came across it ("…, saw smth on twitter"): as "per the article", no word of the question
  ...['saw', 'heard', 'read', 'seen'].flatMap((verb) =>
    ['', 'smth ', 'something ', 'it ', 'this ', 'that ', 'about it '].flatMap((what) =>
      ['on twitter', 'on x', 'on tiktok', 'on reddit', 'on the news', 'on tv', 'online', 'somewhere'].map((where) => `${verb} ${what}${where}`),
    ),
  ),
].map((p) => p.split(' '));
/**
 * Phrases by one of their words (`at`: 0 the first, −1 the last), folded, longest first: a question's word at that
 * place, folded, picks the few that may match there, so the first that does is the longest, without trying hundreds
 * a word. Folded, a phrase is found as typed with Turkish letters, without them, or with some of them ("aklımdan cıktı").
 */
function phrasesByWord(phrases: readonly (readonly string[])[], at: 0 | -1): Map<string, (readonly string[])[]> {
  const by = new Map<string, (readonly string[])[]>();
  // (A phrase listed with its Turkish letters and without them is one phrase folded: tried once.)
  const seen = new Set<string>();
  for (const typed of phrases) {
    const p = typed.map(fold);
    if (seen.has(p.join(' '))) continue;
    seen.add(p.join(' '));
    const w = p[at === 0 ? 0 : p.length - 1]!;
    const list = by.get(w);
    if (list) list.push(p);
    else by.set(w, [p]);
  }
  // Longest first, so the whole of "sorry for the naive question" is taken, not "sorry" and the rest left.
  for (const list of by.values()) list.sort((a, b) => b.length - a.length);
  return by;
}
const NO_PHRASES: readonly (readonly string[])[] = [];
/** Whether the words from `at` start with phrase `p` (folded, as {@link phrasesByWord} has them). */
function phraseAt(ws: readonly string[], p: readonly string[], at: number): boolean {
  for (let k = 0; k < p.length; k++) {
    const w = ws[at + k];
    if (w === undefined || (w !== p[k] && fold(w) !== p[k])) return false;
  }
  return true;
}
const PREAMBLES_BY_FIRST = phrasesByWord(PREAMBLES, 0);
/** Whom a message is addressed to, before a preamble ("brother kindly share …", "dear all good day …"). */
const LEAD_ADDRESS = new Set([
  'brother', 'brothers', 'bro', 'bros', 'sister', 'sisters', 'sis', 'dear', 'sir', 'sirs', 'madam', 'friends', 'guys', 'all', 'everyone',
  'folks', 'team', 'habibi', 'akhi',
  // (and a greeting: "hi! saw something on the news about …")
  'hi', 'hey', 'hello', 'hiya',
  // (and the bot itself, after a greeting: "hey there bot, i heard …", "wah gwan bot. mi hear seh …")
  'bot', 'factbot',
  // (and an interjection, as the Black Sea opens with "ha", chat with "e", "ee": "ha bu arada enerji bakanımız kimdi")
  'ha', 'e', 'ee', 'eee',
  // (and Turkish addresses: "uşaklar bu arada …", "abi bu arada …")
  'uşaklar', 'usaklar', 'abi', 'kanka', 'arkadaşlar', 'arkadaslar', 'beyler', 'hocam',
]);
const AFTERWORDS_BY_LAST = phrasesByWord(AFTERWORDS, -1);

/**
 * A question's words without a greeting or remark before it or after it (PREAMBLES), when a question remains; and
 * without a source asked what it says ({@link withoutSourceFrame}) or an idiom ({@link withoutIdioms}).
 */
export function withoutPreamble(question: string[]): string[] {
  const ws = withoutSourceFrame(question);
  let from = preambleLength(ws);
  let to = ws.length;
  // (An afterword may be said to the channel: "… thanks in advance guys", or have chat noise after it: "… never heard of
  // them tbh".)
  // (And one may follow another: "… pls cfm. rgds", a request to confirm, then a sign-off.)
  for (let cut = 0; cut < MAX_AFTERWORDS; cut++) {
    let end = to;
    while (end - from > 1 && (AFTERWORD_ADDRESS.has(ws[end - 1]!) || AFTERWORD_NOISE.has(ws[end - 1]!))) end--;
    const p = (AFTERWORDS_BY_LAST.get(fold(ws[end - 1] ?? '')) ?? NO_PHRASES).find((q) => end - from > q.length && phraseAt(ws, q, end - q.length));
    if (p === undefined) break;
    to = end - p.length;
  }
  // "is the refinery actually going to happen or is it just talk?", "… or is that just a rumour": doubt of what is asked,
  // no alternative to it ("talk", "rumour", "hype" weighed as words of the topic).
  to = withoutDoubtTail(ws, from, to);
  to = withoutReportPlace(ws, from, to);
  // (With "in the article" cut as an afterword before: what said it is in it goes too.)
  if (ws[to] === 'in') to = withoutAppearing(ws, from, to);
  to = withoutTurkishPurpose(ws, from, to);
  to = withoutTurkishReportFrame(ws, from, to);
  to = withoutSelfDoubt(ws, from, to);
  to = withoutComingAcross(ws, from, to);
  // "byd is the biggest ev maker, true?": a statement's tag asks to confirm it; "is the report true?" asks whether it is.
  if (to - from > 2 && CONFIRM_TAGS.has(ws[to - 1]!) && !STATEMENT_QUESTION_OPENERS.has(ws[from]!)) to -= 1;
  // "saw a tweet saying … , legit?": a claim to check, without who made it (not when a question follows it: "someone at
  // the door says they're from the water board, how do i know they're genuine?" asks about that someone).
  // (A post seen may be followed by a question about it: "saw a headline that turkey wants china to help?? whats the
  // actual deal".)
  const claim = reportedClaimStart(ws, from, to);
  if (claim > from && (postSeenAt(ws, from) > 0 || !ws.slice(claim, to).some((w) => FRAMED_WH.has(w)) || !asksOfSayer(ws, claim, to))) from = claim;
  to = withoutNeedFor(ws, from, to);
  to = withoutOwnGuess(ws, from, to);
  [from, to] = withoutAskersReason(ws, from, to);
  // "who is he again?", "what was the name again?": a question word's "again" asks to be reminded, not about a second
  // time ("can a lantern go out again?" keeps it).
  from = framedQuestion(ws, from, to);
  // (Also with the question word last: "turkey found rare earths where again?")
  // (And after a word that leads it in: "wait who's xi again".)
  let wh = from;
  while (wh < to - 2 && REMINDING_LEADS.has(ws[wh]!)) wh++;
  // (And before chat noise: "who's china's president again lol".)
  let last = to;
  while (last - wh > 3 && AFTERWORD_NOISE.has(ws[last - 1]!)) last--;
  // (And with the question word inside: "byd is which company again?".)
  // (And with a name asked for, no question word: "name of turkey's energy minister again?")
  if (last - wh > 2 && ws[last - 1] === 'again' && ws.slice(wh, last - 1).some((w) => REMINDING_WH.has(w) || NAME_ASKED.has(w))) {
    return nameAskedAfterTitle(withoutIdioms([...ws.slice(from, last - 1), ...ws.slice(last, to)]));
  }
  // So is one after "who is X" with a word of what is meant after it ("who is xi again, the president?"), the verb
  // dropped with its apostrophe too ("what's his title again, energy or mining?" is read "what his title again …").
  const again = REMINDING_WH.has(ws[wh] ?? '') ? ws.indexOf('again', REMINDING_COPULA.has(ws[wh + 1] ?? '') ? wh + 3 : wh + 2) : -1;
  if (again > 0 && again <= wh + 4 && again < to - 1) return withoutIdioms([...ws.slice(from, again), ...ws.slice(again + 1, to)]);
  return nameAskedAfterTitle(withoutIdioms(from === 0 && to === ws.length ? ws : ws.slice(from, to)));
}

/**
 * "who are the presidents of turkey and china in this rare earth news": where the asker read of it, "in this" (or "in
 * the") and up to three words before a word for the report, last in the question, is no word of it ("news" weighed 25%;
 * the fixed "in this news" is an afterword). Not when less than three words are left.
 */
function withoutReportPlace(ws: readonly string[], from: number, to: number): number {
  if (!REPORTS.has(ws[to - 1] ?? '')) return to;
  for (let at = to - 2; at >= Math.max(from + 3, to - 6); at--) {
    if (ws[at] === 'in' && (ws[at + 1] === 'this' || ws[at + 1] === 'the') && at + 2 < to - 1) return withoutAppearing(ws, from, at);
  }
  return to;
}

/**
 * (… with what says they are in it before: "… of Turkey and China which appear in the article", "the minister
 * mentioned in the news": "appear" weighed as the question's rarest word.)
 */
function withoutAppearing(ws: readonly string[], from: number, at: number): number {
  let k = at;
  if (!APPEARING.has(ws[k - 1] ?? '')) return at;
  k--;
  if (BE_FORMS.has(ws[k - 1] ?? '')) k--;
  if (RELATIVES.has(ws[k - 1] ?? '')) k--;
  return k - from >= 3 ? k : at;
}
const APPEARING = new Set(['appear', 'appears', 'appeared', 'appearing', 'mentioned', 'named', 'cited', 'quoted', 'featured', 'listed', 'given']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
const RELATIVES = new Set(['which', 'that', 'who', 'whom']);

/**
 * "who is byd bc i keep seeing them everywhere": "because" left last, its clause read as the asker's already, is no word
 * of the question ("bc" weighed as "because", a word of reasons, 51%). Nor is "no because" opening a question ("no bc
 * why is turkey teaming up w china", "no bc turkey found rare earths?? when was this"), chat's way of saying "seriously".
 */
function withoutAskersReason(ws: readonly string[], from: number, to: number): [number, number] {
  if (to - from > 3 && ws[from] === 'no' && REASON_WORDS.has(ws[from + 1]!)) from += 2;
  // (Only when the words after it are gone already, read as the asker's: "… bc i keep seeing them everywhere". A reason
  // with words of its own is often the situation asked about: "we can't travel anymore because my partner is ill", and
  // read as no words of the question, it moved a quality suite knowledge's calibration and lost it 9 questions.)
  return [from, to - from > 3 && REASON_WORDS.has(ws[to - 1]!) ? to - 1 : to];
}
const REASON_WORDS: ReadonlySet<string> = new Set(['because', 'bc', 'cuz', 'coz', 'cos', 'cause', 'bcs', 'becuz', 'becuase', 'bcuz']);

/**
 * "ekim ziyaretiyle ilgili bişey var mı, brifinge koyucam" (…, I'll put it in the briefing), "… nerelerde kullanılıyo,
 * derste anlatıcam" (I'll tell it in class), "kacır'ın açıklaması neydi, alıntı lazım" (I need a quote): what the asker
 * will do with the answer, said after the question, is no word of it ("brifing", "ders" weighed as words the knowledge
 * lacks; "alıntı" as "quote", a word of saying). A first-person verb of putting, telling, using or writing, after a word
 * in the dative or locative ("brifinge", "derste"), or a thing needed ("alıntı lazım"), last, with a question before.
 */
function withoutTurkishPurpose(ws: readonly string[], from: number, to: number): number {
  if (to - from < 4) return to;
  const last = ws[to - 1]!;
  const before = ws[to - 2]!;
  if (TR_PURPOSE_VERBS.test(last) && /(?:[aeıi]|[dt][ae])$/u.test(before) && before.length > 2) return to - 2;
  if ((last === 'lazım' || last === 'lazim' || last === 'gerek' || last === 'gerekiyo' || last === 'gerekiyor') && TR_NEEDED.has(before)) return to - 2;
  // "… takvimi var mı, tahmine koymak için soruyorum" (I ask to put it in the forecast), "… rapor için soruyorum": why the
  // asker asks, after the question; the verb with its object, or the one word it is for.
  if (TR_I_ASK.has(last) && (before === 'için' || before === 'icin') && to - from >= 5) {
    const what = to - 3;
    const verb = /m[ae]k$/u.test(ws[what]!);
    // (The verb's object before it, "forecast'e" with its case ending cut at the apostrophe; not a word that asks.)
    const object = verb && what - 1 > from + 1 && !TR_ASKING.has(ws[what - 1]!) ? 1 : 0;
    return what - object;
  }
  return to;
}
/**
 * "… rafinerinin ne zaman kurulacağı haberde belirtilmiş midir?" (is it stated in the report when …), "… beklentisi haberde
 * nasıl ifade edilmiştir?" (how does the report put …), "… haberde yer almakta mıdır?": a formal frame after the
 * question asking what the report says, as "according to the report" is in English, is no word of it ("belirtilmiş",
 * "ifade", "aktarılmıştır" weighed as words the knowledge lacks or as words of statements). Last in the question: a
 * passive verb of saying (or "ifade"/"izah" and a form of "etmek", "yer" and a form of "almak"/"vermek"), with "nasıl",
 * "ne şekilde" before it or "haberde" (and "da") before that, or both, and a question particle after; at least three
 * words stay.
 */
function withoutTurkishReportFrame(ws: readonly string[], from: number, to: number): number {
  const w = (at: number) => fold(ws[at] ?? '');
  let end = to;
  if (end - from > 1 && TURKISH_PARTICLE.test(w(end - 1))) end--;
  if (TR_SAID_PASSIVE.test(w(end - 1))) end--;
  else if ((w(end - 2) === 'ifade' || w(end - 2) === 'izah') && /^ed/.test(w(end - 1))) end -= 2;
  else if (w(end - 2) === 'yer' && /^(?:al|ver)/.test(w(end - 1))) end -= 2;
  else return to;
  const verb = end;
  // ("… bir hedef de zikredilmiş midir?": "also" before the verb marks the frame as "haberde" does.)
  if ((w(end - 1) === 'da' || w(end - 1) === 'de') && end - 1 - from >= 3) return end - 1;
  if (w(end - 1) === 'nasil' || w(end - 1) === 'acikca') end--;
  else if (w(end - 2) === 'ne' && (w(end - 1) === 'sekilde' || w(end - 1) === 'bicimde')) end -= 2;
  if (w(end - 1) === 'haberde' || w(end - 1) === 'metinde') end--;
  else if (w(end - 2) === 'habere' && w(end - 1) === 'gore') end -= 2;
  // (One of the two at least: "… beklentisi nasıl ifade edilmiştir?", "… haberde belirtilmiş midir?".)
  if (end === verb) return to;
  if (w(end - 1) === 'da' || w(end - 1) === 'de') end--;
  return end - from >= 3 ? end : to;
}
/**
 * Turkish question particles: mi, mı, mu, mü and their personal and tense forms (midir, mısınız, miydi, mıymış…), folded.
 * Here, where the text rules of both languages can read it; turkish.ts builds on this module.
 */
export const TURKISH_PARTICLE = /^m[iu](?:y[iu]m|y[iu]z|s[iu]n|s[iu]n[iu]z|d[iu]r|d[iu]rlar|yd[iu]|yd[iu]k|yd[iu]n|yd[iu]lar|ym[iu]s|ler|lar)?$/;
/** Passive verbs of saying and reporting, folded ("belirtilmiş", "aktarılmaktadır", "nitelendirilmiştir", "geçmekte"). */
const TR_SAID_PASSIVE = /^(?:belirtil|aktaril|nitelendiril|zikredil|soylen|anlatil|yazil|bahsedil|deginil|vurgulan|aciklan|gecmekte|gectig)\p{L}*$/u;
/** "I ask", as the asker says why ("… için soruyorum"). */
const TR_I_ASK = new Set(['soruyorum', 'soruyom', 'soruyoruz', 'sordum', 'sorduk', 'sormuştum', 'sormustum']);
/** First-person verbs of what the asker will do with an answer, as chat and as written ("koyucam", "anlatacağım"). */
const TR_PURPOSE_VERBS = /^(?:koy|anlat|kullan|yaz|ekle|paylaş|paylas|bahsed|sun|göster|goster|at)(?:[ıiuü]?ca[mğg]|[ıiuü]?ce[mğg]|acağım|eceğim|acagim|ecegim|ıcam|icem|icam|ıcem)$/u;
/** Things an asker says they need after the question ("alıntı lazım": a quote is needed). */
const TR_NEEDED = new Set(['alıntı', 'alinti', 'kaynak', 'kaynakça', 'kaynakca', 'link', 'rakam', 'detay', 'acil', 'hızlı', 'hizli', 'cevap', 'yanıt', 'yanit']);

/**
 * Where what the asker writes the answer into ends, when it starts at `from` ("for our supplier risk memo", "in a
 * briefing note": "for" or "in", whose, then a writing within five words), else `from`.
 */
function purposeLeadEnd(ws: readonly string[], from: number): number {
  if ((ws[from] !== 'for' && ws[from] !== 'in') || !PURPOSE_OWNERS.has(ws[from + 1] ?? '')) return from;
  for (let j = from + 2; j <= from + 6 && j < ws.length; j++) {
    if (!WRITINGS.has(ws[j]!)) continue;
    // (A writing of two words: "briefing note", "exec summary".)
    while (WRITINGS.has(ws[j + 1] ?? '')) j++;
    return j + 1;
  }
  return from;
}
/** Whose writing it is ("for our memo", "in my deck"). */
const PURPOSE_OWNERS = new Set(['a', 'an', 'our', 'my', 'the', 'this', 'their', 'your']);
/** What an asker writes the answer into ("memo", "slide", "briefing note"). */
const WRITINGS = new Set([
  'memo', 'memos', 'note', 'notes', 'slide', 'slides', 'deck', 'briefing', 'brief', 'summary', 'presentation', 'doc', 'document', 'email', 'newsletter',
  'spreadsheet', 'analysis', 'comparison', 'writeup', 'exec', 'handout', 'minutes',
]);

/** Whether a question starts at `k`: a question's opening word, or a remark of PREAMBLES that leads one. */
function questionAt(ws: readonly string[], k: number): boolean {
  return QUESTION_OPENERS.has(ws[k]!) || (PREAMBLES_BY_FIRST.get(fold(ws[k] ?? '')) ?? NO_PHRASES).some((p) => phraseAt(ws, p, k));
}

/** How many words a question's greeting or remark before it takes (PREAMBLES, one after another), leaving words after it. */
/** A question as chat names it, in "… question but" before one. */
const QUESTION_BEFORE_BUT = new Set(['question', 'q', 'qn', 'qs', 'questions']);
export function preambleLength(ws: readonly string[]): number {
  let from = 0;
  for (let again = true; again; ) {
    again = false;
    // "Brother kindly share what BYD agreed …", "dear all good day, …": whom the message is addressed to may come before
    // a preamble, and goes with it (only then: "sister companies of byd?" names them).
    let addressed = from;
    while (addressed < ws.length && LEAD_ADDRESS.has(ws[addressed]!)) addressed++;
    for (const at of addressed > from ? [from, addressed] : [from]) {
      const p = (PREAMBLES_BY_FIRST.get(fold(ws[at] ?? '')) ?? NO_PHRASES).find((q) => ws.length - at > q.length && phraseAt(ws, q, at));
      if (p === undefined) continue;
      from = at + p.length;
      again = true;
      break;
    }
    // "for our supplier risk memo: …", "quick one for a briefing note: …", "just to get the names right in our memo: …":
    // what the asker writes, before the question, is no word of it ("memo", "briefing", "note" weighed as the
    // question's rarest words), as "…, need it for a slide" after it is not (withoutNeedFor).
    {
      const k = purposeLeadEnd(ws, from);
      // (Then a question: "for a memo is fine" says something of the memo.)
      if (k > from && ws.length - k > 1 && questionAt(ws, k)) {
        from = k;
        again = true;
      }
    }
    // "munted question maybe but who is …", "weird q but …": a word that judges the question, then "question but" (as
    // "dumb question but" is), before a question.
    {
      let k = from + 1;
      if (QUESTION_BEFORE_BUT.has(ws[k] ?? '')) {
        k++;
        if (ws[k] === 'maybe' || ws[k] === 'perhaps') k++;
        if (ws[k] === 'but' && ws.length - (k + 1) > 1 && questionAt(ws, k + 1)) {
          from = k + 1;
          again = true;
        }
      }
    }
    // "crypto brain here, whats the byd angle", "mod here: …", "as a car guy, is byd …": who the asker is, a few words
    // before "here" or after "as a", then the question (a question word next): none of it ("crypto", "car" weighed as
    // words of the topic).
    {
      const k = selfIntroEnd(ws, from);
      if (k > from && ws.length - k > 1 && questionAt(ws, k)) {
        from = k;
        again = true;
      }
    }
    // "oh nice when did they find it", "cool where is it": a word of reaction typed straight before a question word, no
    // punctuation between (with it, INTERJECTION_LEAD reads it), is no word of what is asked ("nice" weighed as its rarest).
    // Only before a question word: "great wall", "cool cars in turkey?" name things.
    {
      let r = from;
      while (REACTIONS.includes(ws[r] ?? '')) r++;
      if (REACTION_WORDS.has(ws[r] ?? '') && QUESTION_OPENERS.has(ws[r + 1] ?? '') && ws.length - r > 2) {
        from = r + 1;
        again = true;
      }
      // (So is a reaction of a few words before "but": "cool speech coach but WHEN does it get built", "nice try but who".)
      const but = REACTION_WORDS.has(ws[r] ?? '') ? ws.indexOf('but', r + 1) : -1;
      const asked = but + 1;
      if (but > r && but - r <= MAX_REACTION_BEFORE_BUT && !ws.slice(r + 1, but).some((w) => QUESTION_OPENERS.has(w)) && QUESTION_OPENERS.has(ws[asked] ?? '') && ws.length - asked > 2) {
        from = asked;
        again = true;
      }
    }
    // "the way byd signed something w turkey?? what was the deal": Gen Z's "the way …" (the fact that …, said in
    // disbelief) before a statement that a question follows; "way" is no word of it (weighed 39%). Not "the way to …",
    // "the way of …", nor with no question word after.
    if (ws[from] === 'the' && ws[from + 1] === 'way' && !WAY_GOES_ON.has(ws[from + 2] ?? '') && ws.slice(from + 3).some((w) => WAY_THEN_ASKS.has(w))) {
      from += 2;
      again = true;
    }
    // "(and) why does anyone care, what are they even used for?": a rhetorical lead before the question it introduces,
    // only when a question word follows ("why does anyone care about rare earths?" asks it).
    const lead = LEAD_CONNECTIVES.has(ws[from] ?? '') ? from + 1 : from;
    for (const p of RHETORICAL_LEADS) {
      if (phraseAt(ws, p, lead) && RHETORICAL_FOLLOWED_BY.has(ws[lead + p.length] ?? '') && ws.length - lead - p.length > 1) {
        from = lead + p.length;
        again = true;
        break;
      }
    }
  }
  return from;
}
/**
 * Where a few words saying who the asker is end, from `from`: "crypto brain here", "mod here", "car guy here" (1–3
 * words and "here"), "as a car guy", "as an investor" ("as a"/"as an" and 1–3 words, up to a question word); `from`
 * when there are none. Not "where here" or words that ask, nor a phrase with a stop word ("the strategic rationale
 * here").
 */
function selfIntroEnd(ws: readonly string[], from: number): number {
  for (let n = 1; n <= 3; n++) {
    const words = ws.slice(from, from + n);
    // (Words of a role, no stop word among them: "the strategic rationale here: what is …" is what is asked about.)
    if (words.length < n || words.some((w) => QUESTION_OPENERS.has(w) || STOP_WORDS.has(w))) break;
    if (ws[from + n] === 'here') return from + n + 1;
  }
  if (ws[from] === 'as' && (ws[from + 1] === 'a' || ws[from + 1] === 'an')) {
    for (let n = 1; n <= 3; n++) if (QUESTION_OPENERS.has(ws[from + 2 + n] ?? '') && !ws.slice(from + 2, from + 2 + n).some((w) => QUESTION_OPENERS.has(w))) return from + 2 + n;
  }
  // "hi from eskişehir, when did they find …": a greeting from where the asker is (1–2 words, up to a question word).
  if (GREETINGS_FROM.has(ws[from] ?? '') && ws[from + 1] === 'from') {
    for (let n = 1; n <= 2; n++) if (QUESTION_OPENERS.has(ws[from + 2 + n] ?? '') && !ws.slice(from + 2, from + 2 + n).some((w) => QUESTION_OPENERS.has(w))) return from + 2 + n;
  }
  return from;
}
/** Words after "the way" that make it a way of doing something ("the way to …", "the way it works"). */
const WAY_GOES_ON = new Set(['to', 'of', 'in', 'it', 'its', 'they', 'we', 'you', 'i', 'forward', 'ahead', 'out', 'back', 'through', 'things', 'that', 'how']);
/** Question words that, after "the way …", ask the question its statement leads to. */
const WAY_THEN_ASKS = new Set(['what', 'whats', 'why', 'when', 'where', 'wheres', 'who', 'whos', 'how', 'hows', 'which']);
/** Greetings said from somewhere ("hi from …", "greetings from …"). */
const GREETINGS_FROM = new Set(['hi', 'hello', 'hey', 'greetings', 'hiya', 'howdy']);
/** The most words from a word of reaction to "but" before a question ("cool speech coach but when …"). */
const MAX_REACTION_BEFORE_BUT = 4;
/** Words of reaction to an answer that may come straight before a question word ("nice when did they find it"). */
const REACTION_WORDS = new Set(['nice', 'cool', 'great', 'interesting', 'neat', 'awesome', 'sweet', 'gotcha', 'wild', 'crazy', 'insane', 'wow', 'damn', 'ok', 'okay', 'alright']);
/** Rhetorical questions said before the question they lead to ("why does anyone care, what …"), read off by preambleLength. */
const RHETORICAL_LEADS: readonly (readonly string[])[] = [
  'why does anyone care', 'why should anyone care', 'why would anyone care', 'why anyone should care', 'why does everyone care',
  'why do people care', 'why do ppl care', 'why should i care', 'why should we care', 'why do we care', 'why does it matter',
].map((s) => s.split(' '));
const RHETORICAL_FOLLOWED_BY = new Set(['what', 'whats', 'wat', 'how', 'hows', 'where', 'wheres', 'which', 'who', 'whos', 'like']);
const LEAD_CONNECTIVES = new Set(['and', 'so', 'but']);

/**
 * "turkish energy minister name pls", "ceo name?": a person's name asked for after the title, with no question word,
 * asks who holds it, read as "who …" ("name" weighed as a word of the topic and found the facts that say "names").
 * Unchanged when a question word comes before, or the word before "name" is no title of a person ("wifi name").
 */
function nameAskedAfterTitle(ws: string[]): string[] {
  // (Chat noise may close it: "… name pls", "… name again lol".)
  let n = ws.length;
  while (n > 2 && (AFTERWORD_NOISE.has(ws[n - 1]!) || ws[n - 1] === 'again')) n--;
  if (n < 2 || (ws[n - 1] !== 'name' && ws[n - 1] !== 'names') || !PERSON_TITLES.has(ws[n - 2]!) || ws.some((w) => NAME_QUESTION_WORDS.has(w))) return ws;
  return ['who', ...ws.slice(0, n - 1), ...ws.slice(n)];
}
/** Titles of a person whose name may be asked for as "<title> name". */
const PERSON_TITLES = new Set([
  'minister', 'president', 'ceo', 'founder', 'owner', 'manager', 'director', 'chairman', 'chair', 'head', 'boss', 'leader', 'governor',
  'mayor', 'secretary', 'spokesperson', 'spokesman', 'instructor', 'teacher', 'tutor', 'doctor', 'dentist', 'vet', 'nurse', 'coach', 'captain',
]);
/** Question words that already say what a "… name" question asks. */
const NAME_QUESTION_WORDS = new Set(['who', 'whos', 'what', 'whats', 'which', 'wat', 'where', 'when', 'how', 'why']);

/** Words that say what is asked may be only talk ("or is it just hype?"). */
// (Not "rumours", "speculation": whether it is confirmed may be what is asked, "is anyone named or is it just rumours?".)
// ("wishful thinking", "a pipe dream", "a pr stunt": the last word with the one before it as filler.)
const DOUBTED = new Set(['hype', 'talk', 'talks', 'talking', 'gossip', 'propaganda', 'clickbait', 'fake', 'bs', 'overblown', 'exaggerated', 'exaggeration', 'marketing', 'pr', 'noise', 'thinking', 'dream', 'pipedream', 'fantasy', 'stunt']);
/** Words between "or" and the doubting word ("or is that all just a rumour"). */
const DOUBT_FILLER = new Set(['is', 'it', 'its', 'that', 'thats', 'this', 'was', 's', 'just', 'a', 'all', 'only', 'mere', 'some', 'pure', 'more', 'empty', 'fake', 'media', 'of', 'the', 'same', 'old', 'big', 'wishful', 'pipe', 'pr', 'publicity', 'people', 'ppl', 'folks', 'random', 'idle']);
/**
 * Where a question ends before a doubt of it ("…, or is it just talk?", "… or is that just rumour", "they signed or just
 * people talking"): "or", then only words of doubt, the last a word saying it may be only talk; else `to`. At least one
 * word stays (it was three, and "and byd? they signed or just talking" read "talking" as the talks of other facts).
 */
function withoutDoubtTail(ws: readonly string[], from: number, to: number): number {
  // (And a Turkish verb of exaggerating with its particle: "… tekel mi yoksa abartılıyo mu?", is it a monopoly or is it
  // exaggerated; "ne kadar büyük peki, abartıyolar mı yine?", how big, are they overdoing it again?)
  let e = to;
  while (e - 1 > from && TR_DOUBT_FILLER.has(ws[e - 1]!)) e--;
  if (e - 2 > from && TR_DOUBT_PARTICLE.has(ws[e - 1]!) && TR_EXAGGERATING.test(ws[e - 2]!)) {
    let j = e - 2;
    while (j - 1 > from && TR_DOUBT_FILLER.has(ws[j - 1]!)) j--;
    const k = ws[j - 1] === 'yoksa' ? j - 1 : e - 2;
    if (k - from >= 2) return k;
  }
  // (In Turkish the particle closes it: "… büyük mü yoksa yine abartı mı?", is it big or just hype again?)
  const end = to - 1 > from && TR_DOUBT_PARTICLE.has(ws[to - 1]!) && TR_DOUBTED.has(ws[to - 2]!) ? to - 1 : to;
  if (!DOUBTED.has(ws[end - 1] ?? '') && !TR_DOUBTED.has(ws[end - 1] ?? '')) return to;
  let k = end - 2;
  while (k > from && (DOUBT_FILLER.has(ws[k]!) || TR_DOUBT_FILLER.has(ws[k]!))) k--;
  return (ws[k] === 'or' || ws[k] === 'yoksa') && k - from >= 1 && end - k >= 2 ? k : to;
}
/** What the asker may have wrong, after "or am i" ("… or am i mixing ppl up", "… or am i thinking of something else"). */
const SELF_DOUBT = new Set(['mixing', 'confusing', 'thinking', 'wrong', 'mistaken', 'misremembering', 'remembering', 'imagining', 'confused', 'getting']);
/**
 * Where a question ends before the asker doubts their own memory ("is bayraktar turkeys energy minister or am i mixing
 * ppl up"): "or am i" (or "or im") and a word of such doubt, then at most five words; else `to`. At least three words
 * stay. ("… or am i tied in" is another choice, not a doubt: kept.)
 */
function withoutSelfDoubt(ws: readonly string[], from: number, to: number): number {
  for (let k = to - 3; k - from >= 3 && k >= to - 8; k--) {
    if (ws[k] !== 'or') continue;
    const at = ws[k + 1] === 'am' && ws[k + 2] === 'i' ? k + 3 : ws[k + 1] === 'im' ? k + 2 : -1;
    if (at > 0 && at < to && SELF_DOUBT.has(ws[at]!)) return k;
  }
  return to;
}

/**
 * Where a question ends before the asker says they keep coming across it ("what's byd btw, keep seeing it", "… been
 * hearing about them a lot"): why it is asked, no word of it. "seeing" and "hearing" would weigh as words the knowledge
 * lacks, and the "it" would be read as pointing back at the answer before.
 */
function withoutComingAcross(ws: readonly string[], from: number, to: number): number {
  let k = to;
  if (COMING_ACROSS_WHEN.has(ws[k - 1] ?? '')) k--;
  else if (ws[k - 2] === 'a' && ws[k - 1] === 'lot') k -= 2;
  else if ((ws[k - 2] === 'in' || ws[k - 2] === 'on') && ws[k - 1] === 'news') k -= ws[k - 3] === 'the' ? 3 : 2;
  if (!COMING_ACROSS_WHAT.has(ws[k - 1] ?? '')) return to;
  k--;
  if (ws[k - 1] === 'about' || ws[k - 1] === 'abt') k--;
  if (!COMING_ACROSS_VERBS.has(ws[k - 1] ?? '')) return to;
  k--;
  // "… keep seeing it", "… my cousin wont stop talking abt it", "… everyone keeps talking about them": who keeps at it
  // too ("my" and one word, or a word for people).
  if (COMING_ACROSS_LEADS.has(ws[k - 1] ?? '')) k--;
  else if (ws[k - 1] === 'stop' && NOT_STOPPING.has(ws[k - 2] ?? '')) k -= 2;
  else return to;
  if (COMING_ACROSS_WHO.has(ws[k - 1] ?? '')) k--;
  else if (ws[k - 2] === 'my') k -= 2;
  // The question before it keeps at least two words ("what's byd").
  return k - from >= 2 ? k : to;
}
/**
 * Whether the question after a claim someone made asks about that someone: a pronoun for a person from its question
 * word on ("someone at the door says they're from the water board, how do i know they're genuine?"). Not "my uncle keeps
 * saying byd is building cars in turkey now. what does the report say?", nor "… where was it?": the claim's topic.
 */
function asksOfSayer(ws: readonly string[], claim: number, to: number): boolean {
  const q = ws.findIndex((w, i) => i >= claim && i < to && FRAMED_WH.has(w));
  return q >= 0 && ws.slice(q, to).some((w) => SAYER_POINTERS.has(w));
}
const SAYER_POINTERS = new Set(['they', 'them', 'their', 'theyre', 'theyll', 'he', 'him', 'his', 'hes', 'she', 'her', 'shes']);
/**
 * Where a claim the asker saw or was told starts, after who or what said it ("saw a tweet saying turkey is sending a
 * delegation in november, legit?", "someone in a tg group said the refinery costs $1bn, true?", "my dad says the find
 * is basically next to us"): the frame says where the asker came across the claim, not what is asked ("tweet", "tg"
 * weighed as the question's rarest words), and the claim is a guess to confirm ({@link asksToConfirm}). `from` when
 * there is no such frame, or fewer than three words after it. Only someone unnamed or a post as the one saying it:
 * "kacir said turkey would be a force, right?" asks about what Kacır said.
 */
function reportedClaimStart(ws: readonly string[], from: number, to: number): number {
  let k = from;
  const seen = postSeenAt(ws, k);
  if (seen > 0) {
    // "saw a tweet saying …", "i read a post claiming …", "just saw a headline that says …"
    k += seen;
    if (!REPORT_DETERMINERS.has(ws[k] ?? '')) return from;
    k++;
    // (up to two words before it: "saw a viral tweet", "read a reddit post")
    for (let n = 0; n < 2 && k < to && !REPORT_MEDIA.has(ws[k] ?? ''); n++) k++;
    if (!REPORT_MEDIA.has(ws[k] ?? '')) return from;
    k++;
    if (ws[k] === 'that' || ws[k] === 'which') k += REPORT_VERBS.has(ws[k + 1] ?? '') ? 2 : 0;
    else if (REPORT_VERBS.has(ws[k] ?? '')) k++;
    else return from;
  } else {
    // "someone (in a tg group) said …", "my uncle says …", "ppl on our forum keep saying …"
    const someone = REPORT_SAYERS.has(ws[k] ?? '');
    if (someone) k++;
    else if ((ws[k] === 'my' || ws[k] === 'a' || ws[k] === 'some' || ws[k] === 'this') && REPORT_SAYER_NOUNS.test(ws[k + 1] ?? '')) k += 2;
    else return from;
    // (where they said it: at most five words, "in", "on" or "at" first)
    const where = REPORT_WHERE.has(ws[k] ?? '');
    if (where) {
      const start = k;
      while (k < to && k - start < 5 && !REPORT_VERBS.has(ws[k]!)) k++;
    }
    if (ws[k] === 'keep' || ws[k] === 'keeps') k++;
    if (ws[k] === 'told' && ws[k + 1] === 'me') k += 2;
    // (Someone saying something now, nowhere in particular, may be what is asked about: "Someone says they're checking
    // my water, should I let them in?")
    else if (REPORT_VERBS.has(ws[k] ?? '') && !(someone && !where && REPORT_PRESENT.has(ws[k]!))) k++;
    else return from;
  }
  if (ws[k] === 'that') k++;
  return to - k >= 3 ? k : from;
}
/**
 * "who's china's president, need it for a slide lol", "…, need the name for the supplier risk deck": what the asker
 * needs the answer for, said after the question, is no word of it ("slide", "deck" weighed as the question's rarest
 * words), as Turkish "…, brifinge koyucam" is not (withoutTurkishPurpose). "need", up to two words of what is needed,
 * "for" and at most five words to the end; the question before keeps at least three words.
 */
function withoutNeedFor(ws: readonly string[], from: number, to: number): number {
  let end = to;
  while (end - from > 4 && AFTERWORD_NOISE.has(ws[end - 1]!)) end--;
  for (let k = Math.max(from + 3, end - 9); k < end - 2; k++) {
    // (And whom it is asked for: "what are rare earths used for, asking for my non-geo gf", "…, asking for my dad".)
    if (ws[k] === 'asking' && ws[k + 1] === 'for' && ASKED_FOR.has(ws[k + 2]!) && end - (k + 3) >= 1 && end - (k + 3) <= 3 && QUESTION_OPENERS.has(ws[from]!)) return k;
    if (ws[k] !== 'need') continue;
    let j = k + 1;
    for (let n = 0; n < 2 && NEEDED_THINGS.has(ws[j] ?? ''); n++) j++;
    // (What is needed said: "rare earths r needed for wind turbines", "what proof do i need for the carer card" are
    // questions; and the needing after a question of its own, not inside one: "do you need it for the card?".)
    if (j === k + 1 || ws[k - 1] === 'i' || ws[k - 1] === 'we' || ws[k - 1] === 'you' || !QUESTION_OPENERS.has(ws[from]!)) continue;
    if (ws[j] !== 'for' || end - (j + 1) < 1 || end - (j + 1) > 5) continue;
    return k;
  }
  return to;
}
/**
 * "who dominates this, let me guess china", "kim hakim bu işe, tahmin edeyim çin :D": the asker's own guess after the
 * question is no word of it ("guess", "tahmin" weighed as words the knowledge never uses); the fact on the question's
 * topic confirms or corrects it. "let me guess" (or "tahmin edeyim") and at most three words to the end; at least two
 * words of the question before it.
 */
function withoutOwnGuess(ws: readonly string[], from: number, to: number): number {
  let end = to;
  while (end - from > 3 && AFTERWORD_NOISE.has(ws[end - 1]!)) end--;
  for (let k = Math.max(from + 2, end - 5); k < end; k++) {
    const lead =
      ws[k] === 'let' && ws[k + 1] === 'me' && ws[k + 2] === 'guess' ? 3 : (ws[k] === 'lemme' && ws[k + 1] === 'guess') || (ws[k] === 'tahmin' && ws[k + 1] === 'edeyim') ? 2 : 0;
    if (lead > 0 && end - (k + lead) <= 3) return k;
  }
  return to;
}

/** Whose a person asked for is ("asking for my gf", "asking for a colleague"). */
const ASKED_FOR = new Set(['my', 'a', 'our', 'the', 'an']);
/** What an asker says they need ("need it", "need the name", "need a figure"). */
const NEEDED_THINGS = new Set(['it', 'this', 'that', 'the', 'a', 'an', 'name', 'names', 'number', 'numbers', 'figure', 'figures', 'quote', 'info', 'details', 'date', 'answer']);

/** How many words say the asker saw or read something at `k` ("saw", "i read", "just saw"), or 0. */
function postSeenAt(ws: readonly string[], k: number): number {
  if (REPORT_SEEN.has(ws[k] ?? '')) return 1;
  return (ws[k] === 'i' || ws[k] === 'just') && REPORT_SEEN.has(ws[k + 1] ?? '') ? 2 : 0;
}
/** Seeing or reading a post ("saw a tweet saying …"). */
const REPORT_SEEN = new Set(['saw', 'seen', 'read']);
/** Pronouns that stand for a person named before ("he", "her", "he's" typed "hes"). */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'hes', 'shes']);
const REPORT_DETERMINERS = new Set(['a', 'an', 'this', 'some', 'the']);
/** What was seen saying it. */
const REPORT_MEDIA = new Set([
  'tweet', 'tweets', 'post', 'posts', 'headline', 'headlines', 'thread', 'video', 'tiktok', 'reel', 'meme', 'comment', 'message', 'article', 'story',
  'blog', 'clip', 'youtube', 'podcast', 'newsletter', 'screenshot',
]);
/** Saying it. */
const REPORT_VERBS = new Set(['saying', 'sayin', 'said', 'says', 'say', 'claiming', 'claims', 'claimed', 'posted', 'wrote', 'reckons', 'reckoned', 'insists', 'swears', 'mentioned']);
/** Saying it now. */
const REPORT_PRESENT = new Set(['saying', 'sayin', 'says', 'say', 'claiming', 'claims', 'reckons', 'insists', 'swears']);
/** Someone unnamed saying it. */
const REPORT_SAYERS = new Set(['someone', 'somebody', 'some1', 'ppl', 'people', 'everyone', 'everybody']);
/** … or someone of the asker's ("my uncle", "a friend", "some guy", "this dude"). */
const REPORT_SAYER_NOUNS =
  /^(friend|friends|buddy|mate|guy|dude|girl|uncle|aunt|auntie|cousin|dad|mom|mum|father|mother|brother|sister|bro|sis|boss|coworker|colleague|teacher|prof|professor|neighbor|neighbour|grandpa|grandma|husband|wife|bf|gf|roommate|classmate|youtuber|influencer|redditor)s?$/;
/** Where they said it ("in a tg group", "on reddit", "at work"). */
const REPORT_WHERE = new Set(['in', 'on', 'at', 'from']);
const NOT_STOPPING = new Set(['wont', 'cant', 'doesnt', 'dont', 'never']);
const COMING_ACROSS_WHO = new Set(['everyone', 'everybody', 'people', 'ppl', 'i', 'ive', 'he', 'she', 'they', 'hes', 'shes', 'theyve', 'theyre']);
const COMING_ACROSS_WHEN = new Set(['everywhere', 'lately', 'recently', 'around', 'online', 'again']);
const COMING_ACROSS_WHAT = new Set(['it', 'this', 'that', 'them', 'em', 'him', 'her']);
const COMING_ACROSS_VERBS = new Set(['seeing', 'hearing', 'reading', 'talking']);
const COMING_ACROSS_LEADS = new Set(['keep', 'keeps', 'kept', 'been', 'always']);

/** The same in Turkish: what a thing may only be ("abartı", hype; "laf", talk), the words before it, and the particle. */
const TR_DOUBTED = new Set(['abartı', 'abarti', 'laf', 'söylenti', 'soylenti', 'dedikodu', 'palavra', 'propaganda', 'hikaye', 'masal', 'balon', 'şov', 'sov', 'hayal']);
const TR_DOUBT_FILLER = new Set(['yine', 'sadece', 'bu', 'o', 'hep', 'boş', 'bos', 'bir', 'bi', 'de', 'da']);
const TR_DOUBT_PARTICLE = new Set(['mı', 'mi', 'mu', 'mü']);
/** Turkish verbs of exaggerating ("abartılıyor", "abartıyolar", "abartmışlar"), as typed or without Turkish letters. */
// (Not the noun, "abartı": TR_DOUBTED has it.)
const TR_EXAGGERATING = /^abart(?:[ıi]l|[ıi]y|m[ıi]s|m[ıi]ş|t[ıi]|[ıi]r)/u;

/** A source that a question asks what it says ("does the report say…"). */
const SOURCES = new Set(['report', 'article', 'story', 'piece', 'text', 'coverage', 'faq', 'guide', 'handbook', 'manual', 'rulebook']);
/** Verbs of saying or describing with the source as their subject ("the report specifies…"). */
const SOURCE_VERBS = new Set([
  'say', 'says', 'said', 'specify', 'specifies', 'specified', 'mention', 'mentions', 'mentioned', 'describe', 'describes', 'described',
  'characterize', 'characterizes', 'characterized', 'characterise', 'characterises', 'characterised', 'portray', 'portrays', 'portrayed',
  'depict', 'depicts', 'depicted', 'frame', 'frames', 'framed', 'quantify', 'quantifies', 'quantified', 'state', 'states', 'stated',
  'note', 'notes', 'noted', 'indicate', 'indicates', 'indicated', 'detail', 'details', 'claim', 'claims', 'present', 'presents',
  'identify', 'identifies', 'tell', 'tells', 'put', 'puts',
]);
/** The same verbs' participles with the source as their agent ("how is BYD characterized in the report?"). */
const SOURCE_PARTICIPLES = new Set(['characterized', 'characterised', 'described', 'portrayed', 'depicted', 'framed', 'presented', 'mentioned', 'identified', 'quantified', 'stated', 'put']);
/** Words before the source ("the report", "this article"). */
const SOURCE_DETERMINERS = new Set(['the', 'this', 'that']);
/** Words between the source and its verb ("does the report actually say…"). */
const SOURCE_ADVERBS = new Set(['really', 'actually', 'even', 'exactly', 'explicitly', 'specifically', 'also']);

/**
 * A question without the source it asks about as its frame: "does the report specify which elements…", "how does the
 * article describe BYD?", "how is BYD characterized in the report?" ask what "which elements…", "how is BYD" ask, as
 * "according to the report" does; their words ("specify", "characterized") weighed as the question's rarest, words
 * no fact uses. "quantify" asks how much. Questions only: the knowledge's own "the report says…" stays as written.
 */
function withoutSourceFrame(ws: string[]): string[] {
  for (let i = 0; i + 1 < ws.length; i++) {
    if (!SOURCES.has(ws[i + 1]!) || !SOURCE_DETERMINERS.has(ws[i]!)) continue;
    let v = i + 2;
    if (SOURCE_ADVERBS.has(ws[v] ?? '') && v + 1 < ws.length) v++;
    if (SOURCE_VERBS.has(ws[v] ?? '')) {
      const rest = [...ws.slice(0, i), ...(ws[v]!.startsWith('quantif') ? ['how', 'much'] : []), ...ws.slice(v + 1)];
      return rest.length >= 2 ? rest : ws;
    }
    if (i >= 2 && ['in', 'by'].includes(ws[i - 1]!) && SOURCE_PARTICIPLES.has(ws[i - 2]!)) {
      const rest = [...ws.slice(0, i - 2), ...ws.slice(i + 2)];
      return rest.length >= 2 ? rest : ws;
    }
  }
  return ws;
}

/**
 * How many words of "when it comes to" start at `i` of `keys` (4), else 0: the phrase says only what the question is
 * about ("why does china matter so much when it comes to rare earths"); its "when" asks no time and "comes" is no word
 * of it. Also read by the follow-up parser (conversation/readings.ts), whose "it" it is not.
 */
export function aboutIdiomAt(keys: readonly string[], i: number): number {
  return keys[i] === 'when' && keys[i + 1] === 'it' && (keys[i + 2] === 'comes' || keys[i + 2] === 'come') && keys[i + 3] === 'to' ? 4 : 0;
}

/**
 * How many words of "all the way" or "at some point" start at `i` (3), of "at least" (2), or of "are we talking (about)"
 * after a question word (3 or 4), else 0: "all the way" says how far ("all the way to finished cars?", "all the way up
 * to batteries"), and "way", a word the knowledge may have once, weighed as the question's rarest.
 */
function extentIdiomAt(keys: readonly string[], i: number): number {
  if (keys[i] === 'all' && keys[i + 1] === 'the' && keys[i + 2] === 'way') return 3;
  // "at some point" says when only vaguely ("did erdogan and xi sit down together at some point?"): "point" weighed as a
  // word of the topic.
  if (keys[i] === 'at' && keys[i + 1] === 'some' && keys[i + 2] === 'point') return 3;
  // "what minerals are we talking about at beylikova?", "how much money are we looking at?": the asker's frame around a
  // question-word question, asking what the question word asks; "talking" weighed as the knowledge's "talks".
  if (TALKING_BE.has(keys[i]!) && (keys[i + 1] === 'we' || keys[i + 1] === 'you') && TALKING.has(keys[i + 2] ?? '') && i > 0 && FRAMED_ASKERS.has(keys[0]!)) {
    return keys[i + 3] === 'about' || keys[i + 3] === 'at' ? 4 : 3;
  }
  // (The "are" dropped, as chat does: "how big a haul tho, we talking tonnage or nah".)
  if ((keys[i] === 'we' || keys[i] === 'you') && TALKING.has(keys[i + 1] ?? '') && i > 1 && !TALKING_BE.has(keys[i - 1]!) && FRAMED_ASKERS.has(keys[0]!)) {
    return keys[i + 2] === 'about' || keys[i + 2] === 'at' ? 3 : 2;
  }
  // "at the moment", "for the moment", "at the minute": now, as "currently" (a stop word) says it; "moment" weighed as a
  // word the knowledge lacks ("who's the energy minister in turkey at the moment").
  // (Not when nothing else is asked: "whats on at the moment" asks what is on now.)
  if ((keys[i] === 'at' || keys[i] === 'for') && (keys[i + 1] === 'the' || keys[i + 1] === 'this') && (keys[i + 2] === 'moment' || keys[i + 2] === 'minute') && keys.slice(0, i).some((k) => !STOP_WORDS.has(k))) return 3;
  // … and "at present" ("who is the energy minister at present?": "present" weighed 42% as a word the knowledge lacks)
  if (keys[i] === 'at' && keys[i + 1] === 'present' && keys.slice(0, i).some((k) => !STOP_WORDS.has(k))) return 2;
  // (… and "at the present (time)", "in the present time", as a translator puts it: "Who is the Energy Minister of Turkey
  // at the present?")
  if ((keys[i] === 'at' || keys[i] === 'in') && keys[i + 1] === 'the' && keys[i + 2] === 'present' && keys.slice(0, i).some((k) => !STOP_WORDS.has(k))) {
    return keys[i + 3] === 'time' || keys[i + 3] === 'moment' ? 4 : 3;
  }
  // "a bunch of officials" are officials: a vague many, with "bunch" weighed as a word the knowledge lacks.
  if (keys[i] === 'bunch' && keys[i + 1] === 'of' && i + 2 < keys.length) return keys[i - 1] === 'a' ? 0 : 2;
  if (keys[i] === 'a' && keys[i + 1] === 'bunch' && keys[i + 2] === 'of' && i + 3 < keys.length) return 3;
  // "at least" hedges what is asked ("do we at least know which elements?", "are they at least building a refinery"):
  // "least" weighed as the question's rarest word, or as a typo of "last".
  return keys[i] === 'at' && keys[i + 1] === 'least' ? 2 : 0;
}

/** What "of all …" stresses the choice among ("why turkey of all places?"). */
const OF_ALL = new Set(['places', 'people', 'things', 'countries', 'nations', 'companies', 'firms', 'partners', 'options']);

const TALKING_BE = new Set(['are', 'r', 'were']);
const TALKING = new Set(['talking', 'talkin', 'looking', 'lookin']);
/** Question words a "… are we talking about" frame follows. */
const FRAMED_ASKERS = new Set(['what', 'whats', 'which', 'how', 'hows', 'wat', 'who']);

/**
 * How many words of an intensifier start at `i`: "much" after "so", "too", "that", "very" (1, the "much": "why does the
 * EU matter so much", "thank you very much") says how strongly, not an amount asked ("how much" keeps it); "of all
 * places" (3: "why turkey of all places") stresses the place; "bother" before what is done, "called" closing a "what"
 * question, "end up" before what is done ("might byd end up making batteries?"). Else 0.
 */
function intensifierAt(keys: readonly string[], i: number): number {
  if (keys[i] === 'much' && i > 0 && INTENSIFYING.has(keys[i - 1]!)) return 1;
  // "what's the name of turkey's industry minister?" asks who or what that is: "name" weighed as its rarest word.
  if (keys[i] === 'the' && keys[i + 1] === 'name' && keys[i + 2] === 'of' && i > 0 && NAME_ASKERS.has(keys[i - 1]!) && i + 3 < keys.length) return 3;
  // "what will byd do next", "what happens next": what follows, not a "next" of the topic ("next week", "the next train").
  if (keys[i] === 'next' && i > 0 && NEXT_AFTER.has(keys[i - 1]!) && (i === keys.length - 1 || !TIME_NOUNS.has(keys[i + 1]!))) return 1;
  // "why would they bother setting up in turkey?": whether it is worth doing, not a word of what is done ("why bother?",
  // with nothing after it, keeps it).
  if (keys[i] === 'bother' && i > 0 && i + 1 < keys.length && (BOTHER_BEFORE.has(keys[i - 1]!) || /.{2,}ing$/.test(keys[i + 1]!) || BOTHER_AFTER.has(keys[i + 1]!))) return 1;
  // "what's turkey's energy minister called?": a name asked for, as "who is…?" asks it ("called" weighed as its rarest word).
  if (keys[i] === 'called' && i === keys.length - 1 && i >= 2 && NAME_ASKERS.has(keys[0]!) && keys[0] !== 'tell') return 1;
  // "is he the one going to china?", "is byd the one that's building a plant?": "the one" only points at whoever does
  // what follows (as "is he going to china?" asks); "one" weighed as a word of the topic. Not "which one", "the one in X".
  if (keys[i] === 'one' && i > 0 && keys[i - 1] === 'the' && i + 1 < keys.length && (/^.{2,}ing$/.test(keys[i + 1]!) || ONE_WHO.has(keys[i + 1]!))) return 1;
  // "which one is the chinese president?", "which one is turkey's president?": "one" of those it names after the verb, as
  // "which is the …?" asks ("one" weighed 26–39% as a word of the topic, and the question was declined). Not "which one
  // is china's?" (one word after the verb): the one is then what was asked before, and "which is china's?" alone found
  // China's carmakers. ("which one's the …": the copula run in, "s".)
  // (Not "which one is going to china?": a verb after the copula asks which of those named does it.)
  const named = keys[i + 2] === 'the' || (keys[i + 2] !== undefined && !/ing$/.test(keys[i + 2]!) && !STOP_WORDS.has(keys[i + 2]!) && !STOP_WORDS.has(keys[i + 3] ?? 'a'));
  if ((keys[i] === 'one' || keys[i] === 'ones') && i > 0 && keys[i - 1] === 'which' && (COPULAS.has(keys[i + 1] ?? '') || keys[i + 1] === 's') && named && i + 3 < keys.length) return 1;
  // "where was the meeting held?", "when will the talks be held?", "where did it take place?": an event's passive "held"
  // and "take place" say only that it happened, as "where was the meeting?" asks ("held" weighed 28% as a word of the
  // topic, and "take place" half of the question). Only last or before where or when ("was it held in kazakhstan?"): not
  // "is the deposit held by a state firm?" (owned), "does beylikova hold …", "china's hold on …" (no copula before).
  if (keys[i] === 'held' && i > 1 && (i + 1 === keys.length || HELD_WHERE.has(keys[i + 1]!)) && keys.slice(0, i).some((k) => BE_FORMS.has(k) || k === 'being')) return 1;
  if (TAKE_FORMS.has(keys[i]!) && keys[i + 1] === 'place' && i > 0) return 2;
  // "this rare earth business", "the whole china affair": a vague noun after what it is, as "thing" and "stuff" are stop
  // words ("business" weighed 28% as a word of the topic). Only after "this", "that", "whole" within a few words, and
  // last or before a stop word: not "business hours", "is the business open".
  if (VAGUE_AFFAIRS.has(keys[i]!) && keys.slice(Math.max(0, i - 4), i).some((k) => k === 'this' || k === 'that' || k === 'whole') && (i + 1 === keys.length || STOP_WORDS.has(keys[i + 1]!))) return 1;
  // "what's so special about byd?", "what is special about it": what it is, as "what is byd?" asks ("special" weighed as
  // the question's rarest word, one no fact has).
  if ((keys[i] === 'special' || keys[i] === 'unique' || keys[i] === 'notable') && keys[i + 1] === 'about' && i > 0 && SPECIAL_ASKERS.has(keys[0]!)) return 1;
  // "might byd end up making batteries?": "end up" before what is done says it may come to that, no "end" of the topic
  // ("end" weighed as the question's rarest word and found the "end to end" of another fact).
  if (END_FORMS.has(keys[i]!) && keys[i + 1] === 'up' && /^.{2,}ing$/.test(keys[i + 2] ?? '')) return 2;
  // "is it pretty big?", "quite a lot", "super expensive": how strongly, before the word it strengthens, as "very" is a stop word.
  if (DEGREE_ADVERBS.has(keys[i]!) && i + 1 < keys.length && !STOP_WORDS.has(keys[i + 1]!)) return 1;
  // (… "of all countries", "of all companies": "why china of all countries?" stresses the choice, no word of the topic.)
  return keys[i] === 'of' && keys[i + 1] === 'all' && OF_ALL.has(keys[i + 2] ?? '') ? 3 : 0;
}
/** After an event's "held": where or when ("was it held in kazakhstan", "held on 3 july"). */
const HELD_WHERE = new Set(['in', 'at', 'on', 'during']);
/** Vague nouns for a matter as a whole ("this rare earth business", "that china affair"). */
const VAGUE_AFFAIRS = new Set(['business', 'affair', 'saga']);
/** The forms of "take" before "place" ("where did it take place", "it took place in July"). */
const TAKE_FORMS = new Set(['take', 'takes', 'took', 'taken', 'taking']);
/** The forms of "end" before "up" ("ended up building"). */
const END_FORMS = new Set(['end', 'ends', 'ended', 'ending']);
/** Words after "the one" that make it point at whoever does what follows ("the one who", "the one that's"). */
const ONE_WHO = new Set(['who', 'whos', 'that', 'thats', 'which', 'doing', 'behind', 'responsible']);
/** Words a "what's special about X" question opens with. */
const SPECIAL_ASKERS = new Set(['what', 'whats', 'and', 'so', 'ok']);
/** Adverbs of degree before a word ("pretty big", "quite far", "super pricey"). */
const DEGREE_ADVERBS = new Set(['quite', 'pretty', 'fairly', 'rather', 'extremely', 'super', 'totally', 'truly', 'absolutely', 'incredibly', 'insanely', 'hella', 'mega']);
/** Words before "bother" that ask whether something is worth doing ("would they bother", "even bother", "to bother"). */
const BOTHER_BEFORE = new Set(['would', 'even', 'they', 'we', 'i', 'you', 'to', 'should', 'will']);
/** … and after it, what is done ("bother setting up", "bother to build", "bother with turkey"; "bother you" is no such). */
const BOTHER_AFTER = new Set(['to', 'with', 'about']);
const INTENSIFYING = new Set(['so', 'too', 'that', 'very']);
/** Words before "the name of" that ask for it ("what's the name of…", "what is the name of…"). */
const NAME_ASKERS = new Set(['what', 'whats', 'is', 'know', 'tell']);
/** Verbs after which "next" says what comes after ("do next", "happens next", "whats next"). */
const NEXT_AFTER = new Set(['do', 'does', 'doing', 'did', 'happen', 'happens', 'happening', 'whats', 'comes', 'come', 'coming', 'is', 'be']);
/** Words after "next" that make it a time of its own ("next week"). */
const TIME_NOUNS = new Set(['week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'time', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'summer', 'winter', 'spring', 'autumn', 'fall', 'term', 'season', 'step', 'steps', 'stage', 'phase', 'one']);

/** The word at `j`, or "" past either end. */
function wordAt(keys: readonly string[], j: number): string {
  return keys[j] ?? '';
}
/**
 * How many words of a time anchored to the report start at `i`, else 0: "when the report came out", "at the time of the
 * article", "as of the report", Turkish "haberin yayımlandığı dönemde", "haber çıktığında". The knowledge says what
 * held when its source was written, so the phrase asks nothing a fact's words could match; its words ("published",
 * "dönemde") weighed as the question's rarest ("what was fatih kacir's job when the report came out?" and "Haberin
 * yayımlandığı dönemde Türkiye'nin Enerji Bakanı kimdi?" were declined).
 */
function reportTimeAt(keys: readonly string[], i: number): number {
  // English: "when/by the time/at the time (that) the report came out / was published"
  let j = i;
  if (wordAt(keys, j) === 'when' || wordAt(keys, j) === 'after') j += 1;
  else if ((wordAt(keys, j) === 'by' || wordAt(keys, j) === 'at') && wordAt(keys, j + 1) === 'the' && wordAt(keys, j + 2) === 'time') j += wordAt(keys, j + 3) === 'that' ? 4 : 3;
  else j = -1;
  if (j > i && SOURCE_DETERMINERS.has(wordAt(keys, j)) && REPORTS.has(wordAt(keys, j + 1))) {
    const v = j + 2;
    if (REPORT_OUT.has(`${wordAt(keys, v)} ${wordAt(keys, v + 1)}`)) return v + 2 - i;
    if (REPORT_OUT_ONE.has(wordAt(keys, v))) return v + 1 - i;
  }
  // "at the time of the report/writing", "as of the report"
  if ((wordAt(keys, i) === 'at' && wordAt(keys, i + 1) === 'the' && wordAt(keys, i + 2) === 'time' && wordAt(keys, i + 3) === 'of') || (wordAt(keys, i) === 'as' && wordAt(keys, i + 1) === 'of')) {
    const at = wordAt(keys, i) === 'at' ? i + 4 : i + 2;
    if (wordAt(keys, at) === 'writing' || wordAt(keys, at) === 'publication') return at + 1 - i;
    if (SOURCE_DETERMINERS.has(wordAt(keys, at)) && REPORTS.has(wordAt(keys, at + 1))) return at + 2 - i;
  }
  // Turkish, with or without its letters: "haberin yayımlandığı dönemde", "haber çıktığında"
  if (TR_REPORTS.has(fold(wordAt(keys, i)))) {
    const v = fold(wordAt(keys, i + 1));
    if (TR_OUT_WHEN.has(v)) return 2;
    if (TR_OUT.has(v) && TR_TIME.has(fold(wordAt(keys, i + 2)))) return 3;
  }
  return 0;
}
/**
 * How many words of a phrase of when the asker speaks start at `i` ("these days", "all of a sudden"), else 0: as
 * "today" and "yesterday" are stop words; "days" and "sudden" weighed as the question's rarest words ("who's the turkish
 * minister for industry and tech these days", "why r chinese ev companies eyeing turkey all of a sudden" were declined).
 */
function askersTimeAt(keys: readonly string[], i: number): number {
  if (keys[i] === 'these' && keys[i + 1] === 'days') return 2;
  return keys[i] === 'all' && keys[i + 1] === 'of' && keys[i + 2] === 'a' && keys[i + 3] === 'sudden' ? 4 : 0;
}

/**
 * How many words of "on the subject", "on this matter", "on that topic" start at `i` (3), else 0: about what was asked,
 * as "about it" says it ("and what has the industry minister said on the subject?": "subject" weighed 45% and found the
 * topics of the presidents' talks).
 */
function onTheSubjectAt(keys: readonly string[], i: number): number {
  return keys[i] === 'on' && (keys[i + 1] === 'the' || keys[i + 1] === 'this' || keys[i + 1] === 'that') && SUBJECT_NOUNS.has(keys[i + 2] ?? '') && i > 0 ? 3 : 0;
}
const SUBJECT_NOUNS = new Set(['subject', 'matter', 'topic']);

/**
 * 1 where "side" at `i` names a party or an area by the word before it, else 0: "the Turkish side", "Beijing's side"
 * (the country, as diplomats and business people say it), "on the refining side" (refining). The word before carries
 * the meaning ("side" weighed 34% in "where exactly the Turkish side found this deposit" and took it below the
 * threshold). Not "the other side", "which side", nor a compound after it ("side effects").
 */
function partySideAt(keys: readonly string[], i: number): number {
  // (Only in a question of its own words: in a short follow-up the party is what is asked, "and the chinese side?" after
  // the ministries' silence.)
  if (keys[i] !== 'side' || i === 0 || SIDE_COMPOUNDS.has(keys[i + 1] ?? '')) return 0;
  if (PARTIES.has(keys[i - 1]!)) return keys.length < 7 ? 0 : 1;
  // "on the <1–3 words> side" (in a short one too: "any idea on the money side?" after the refinery's timeline)
  for (let j = i - 5; j <= i - 3; j++) {
    if (j >= 0 && keys[j] === 'on' && keys[j + 1] === 'the' && keys.slice(j + 2, i).every((w) => !SIDE_OWN.has(w))) return 1;
  }
  return 0;
}
/**
 * 2 where "the latest" (or "what's the story") before "on", "regarding", "about", "with" starts at `i` (3 with "news" or
 * "update" after it), else 0: "what is the latest regarding Turkey and China on the processing?" asks what there is on
 * it ("latest" weighed 44% as a word no fact has). Not "the latest date".
 */
function latestOnAt(keys: readonly string[], i: number): number {
  if (i === 0 || keys[i] !== 'the' || (keys[i + 1] !== 'latest' && !(keys[i + 1] === 'story' && STORY_ASKS.has(keys[i - 1]!)))) return 0;
  const n = LATEST_NEWS.has(keys[i + 2] ?? '') ? 3 : 2;
  // (Only before a topic of several words: "whats the latest with byd?" names BYD alone, and without "latest" it found any
  // fact on BYD, sure of it.)
  return LATEST_ABOUT.has(keys[i + n] ?? '') && keys.length - (i + n + 1) >= MIN_LATEST_TOPIC ? n : 0;
}
const MIN_LATEST_TOPIC = 3;
const LATEST_NEWS = new Set(['news', 'update', 'updates']);
/** "what's the story with …" (what's happening with it, as the Irish and British ask) after these: as "the latest". */
const STORY_ASKS = new Set(['whats', 'what', 'is']);
const LATEST_ABOUT = new Set(['on', 'regarding', 'about', 'with', 're', 'concerning', 'from']);

/**
 * 3 where "have in mind" (or "has", "had") starts at `i` after a pronoun, 1 where "mean" does after "which … they"
 * ("which deposit they mean"), else 0: asks which one is meant ("for example which company they have in mind": "mind"
 * weighed 19% as a word no fact has, "mean" 44%). Not "what do they mean by …", which asks what a word says.
 */
function inMindAt(keys: readonly string[], i: number): number {
  if (i === 0 || !MIND_HOLDERS.has(keys[i - 1]!)) return 0;
  if ((keys[i] === 'have' || keys[i] === 'has' || keys[i] === 'had') && keys[i + 1] === 'in' && keys[i + 2] === 'mind') return 3;
  if ((keys[i] === 'mean' || keys[i] === 'meant') && keys[i + 1] !== 'by' && keys.slice(Math.max(0, i - 4), i - 1).some((w) => w === 'which')) return 1;
  return 0;
}
const MIND_HOLDERS = new Set(['they', 'you', 'he', 'she', 'we', 'i', 'it']);

/**
 * 1 where "part" at `i` ends "the <a word> part" naming an area by the word ("only the mining part or more?", "the
 * battery part"), else 0: the word before carries the meaning ("part" weighed 37%, as a word of other facts). Not "the
 * hard part", "the best part" (a part of its own), nor "the brics part of this".
 */
function areaPartAt(keys: readonly string[], i: number): number {
  if (keys[i] !== 'part' || i < 2 || keys[i - 2] !== 'the' || keys.length < 6 || keys[i + 1] === 'of' || PART_OWN.has(keys[i - 1]!)) return 0;
  return 1;
}
const PART_OWN = new Set(
  'other first second third last final best worst hard hardest easy easiest fun main big biggest important interesting tricky key funny weird good bad scary crazy wild only same whole next early late middle'.split(' '),
);

/**
 * 2 where "in line" (waiting their turn) starts at `i` at the end of a question or before "too", "also", "as well",
 * else 0: "just byd or are there others in line too" asks of the others ("line" weighed 44% as a word of the topic).
 * Not "in line with", nor "in line for" (what is waited for may be asked).
 */
function inLineAt(keys: readonly string[], i: number): number {
  if (i === 0 || keys[i] !== 'in' || keys[i + 1] !== 'line') return 0;
  const next = keys[i + 2];
  return next === undefined || next === 'too' || next === 'also' || (next === 'as' && keys[i + 3] === 'well') ? 2 : 0;
}

/**
 * 2 where Turkish "kanal sahibi" (the channel's owner, addressed under a video) starts at `i`, else 0: anywhere in a
 * comment ("bu çin heyeti haberini kim vermiş kanal sahibi kaynak ne"), no word of what is asked ("kanal" weighed 24%).
 */
function channelOwnerAt(keys: readonly string[], i: number): number {
  return keys[i] === 'kanal' && (keys[i + 1] === 'sahibi' || keys[i + 1] === 'sahibine') ? 2 : 0;
}

/**
 * 2 where a Turkish "that <someone> mentioned" starts at `i` ("Kacır'ın bahsettiği tesis ne zaman biter?": when will the
 * plant Kacır spoke of be finished), before a noun and a question word that asks something of it other than what was
 * said, else 0: who spoke of it only says which thing is meant ("kacirin" pulled to the minister's statement, declined or
 * answered with it). Not "Kacır'ın bahsettiği tesis ne?": what he spoke of is then what is asked.
 */
export function mentionedByAt(keys: readonly string[], i: number): number {
  // (The genitive may have gone with its apostrophe, "Kacır'ın" read "kacır"; not an ablative, "rafineriden bahsettiği
  // konuşma": the speech in which he spoke of the refinery, which is then the word asked about.)
  // (Folded: the Turkish index reads words with their letters, "bahsettiği".)
  if (i + 2 >= keys.length || !MENTIONED_BY.test(fold(keys[i + 1]!)) || /[dt][ae]n$/u.test(fold(keys[i]!))) return 0;
  return keys.slice(i + 3).some((k) => ASKS_OF_IT.has(fold(k))) ? 2 : 0;
}
/** "bahsettiği", "söylediği", "dediği", "açıkladığı", "andığı", "anlattığı", "duyurduğu" (that he mentioned, said …), folded. */
const MENTIONED_BY = /^(?:bahset|soyle|de|acikla|an|anlat|duyur)[dt][iu]g[iu]$/u;
/** Question words (folded) that ask of a thing something other than what was said of it: when, where, how much, who. */
const ASKS_OF_IT = new Set(['zaman', 'zamana', 'nerede', 'nerde', 'nereye', 'kadar', 'kac', 'kaca', 'kim', 'kimler', 'hangi', 'neden', 'niye', 'nicin']);

/**
 * 2 where a Turkish "the said" of two words starts at `i` before a noun, else 0: "söz konusu", "bahse konu" ("söz
 * konusu rezervin …": the reserve in question), no words of what is asked ("söz" weighed as a word of statements), as
 * "mezkur" is a stop word. Not "söz konusu olan", "söz konusu olduğunda" (what is at stake, when it comes to), where a
 * verb of "olmak" follows; nor "adı geçen" (named): "haberde adı geçen iki lider kim" asks for names.
 */
export function aforesaidAt(keys: readonly string[], i: number): number {
  const pair = AFORESAID.get(keys[i] ?? '');
  const next = keys[i + 2];
  return pair !== undefined && pair.has(keys[i + 1] ?? '') && next !== undefined && !next.startsWith('ol') ? 2 : 0;
}
const AFORESAID: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['söz', new Set(['konusu'])],
  ['soz', new Set(['konusu'])],
  ['bahse', new Set(['konu'])],
]);

/** Countries and peoples as parties to a deal, possessive forms too ("turkeys" is "turkey's"). */
const PARTIES = new Set(
  ('turkish turkey turkeys turkiye ankara ankaras chinese china chinas beijing beijings american america americas us usa washington european '
    + 'europe europes eu brussels russian russia russias moscow japanese japan japans korean korea indian india indias german germany french france '
    + 'british uk britain iranian iran saudi emirati qatari ukrainian african australian canadian').split(' '),
);
/** Words that make "side" a side of its own ("the other side", "which side", "the left side"). */
const SIDE_OWN = new Set('other either both one which this that same wrong left right far near flip bright dark sunny b each opposite'.split(' '));
/** Words that make "side" part of a compound ("side effects", "side door"). */
const SIDE_COMPOUNDS = new Set('effect effects effecs dish dishes door doors street streets hustle hustles project projects job jobs note notes issue issues deal deals'.split(' '));

/**
 * 2 where "remind me" (or "us") before a question word starts at `i` after the question's topic ("BYD — remind me who they
 * are?"), else 0: asked to be told ("remind" weighed 40% as a word no fact has). At the start, preambles read it.
 */
function remindMeAt(keys: readonly string[], i: number): number {
  return i > 0 && keys[i] === 'remind' && (keys[i + 1] === 'me' || keys[i + 1] === 'us') && REMINDING_WH.has(keys[i + 2] ?? '') ? 2 : 0;
}

/**
 * How many words of a formal "about" start at `i` ("in relation to", "with regard to", "with respect to", "in
 * connection with", and "off the back of", "in the wake of"), else 0: what follows is what is asked about, as after
 * "regarding" (a stop word). ("What is Turkey
 * seeking from China in relation to its rare earth deposit?": "relation" weighed 28% as a word no fact has.)
 */
function concerningAt(keys: readonly string[], i: number): number {
  if (i === 0) return 0;
  for (const p of CONCERNING) if (p.every((w, k) => keys[i + k] === w)) return p.length;
  return 0;
}
const CONCERNING: readonly (readonly string[])[] = [
  'in relation to', 'with relation to', 'in regard to', 'with regard to', 'in regards to', 'with regards to', 'with respect to',
  'in respect of', 'as regards', 'in connection with',
  // ("What's Turkey's stated goal for the Beylikova output in terms of refining quality?": "terms" weighed 18% as a word
  // no fact has)
  'in terms of',
  // … and what a thing follows from ("any talk of battery plants off the back of this REE stuff": "off", "back" weighed 43%)
  'off the back of', 'on the back of', 'in the wake of',
].map((p) => p.split(' '));

// ("saga": "who are the presidents … in this whole rare earth saga?", as a story)
const REPORTS = new Set(['report', 'article', 'story', 'piece', 'news', 'reporting', 'saga']);
const REPORT_OUT = new Set(['came out', 'come out', 'comes out', 'was published', 'got published', 'was written', 'went out', 'was released', 'went live', 'was out']);
const REPORT_OUT_ONE = new Set(['appeared', 'ran', 'published', 'dropped']);
const TR_REPORTS = new Set(['haber', 'haberin', 'makale', 'makalenin', 'rapor', 'raporun', 'yazi', 'yazinin']);
const TR_OUT = new Set(['yayimlandigi', 'yayinlandigi', 'ciktigi', 'yazildigi']);
const TR_OUT_WHEN = new Set(['yayimlandiginda', 'yayinlandiginda', 'ciktiginda', 'yazildiginda']);
// ("haber yayımlandığı tarih itibarıyla": as of the date the report came out; "itibarıyla" is a stop word)
const TR_TIME = new Set(['donemde', 'sirada', 'siralarda', 'zaman', 'zamanda', 'tarihte', 'gunlerde', 'donem', 'tarih', 'tarihinde', 'tarihteki']);

/**
 * 1 where a form of Turkish "getirmek" (to bring) follows "hâle", "hâline" ("saf hale getirmek": to make pure, "cazip
 * hâle getirir": makes attractive), else 0: with "hâle" a light verb, as "make" is; the adjective carries the meaning
 * ("beylikovadaki nadir toprakları ne kadar saf hale getirmeyi düşünüyorlar?": "getirmeyi" weighed 27%, as much as
 * "saf").
 */
function madeIntoAt(keys: readonly string[], i: number): number {
  return i > 0 && MADE_INTO.has(keys[i - 1]!) && keys[i]!.startsWith('getir') ? 1 : 0;
}
const MADE_INTO = new Set(['hale', 'haline']);

/** A question's words without the phrases of {@link aboutIdiomAt}, {@link extentIdiomAt}, {@link intensifierAt}, {@link reportTimeAt}, {@link askersTimeAt}, {@link onTheSubjectAt}, {@link concerningAt}, {@link remindMeAt} and {@link madeIntoAt}, when words remain. */
function withoutIdioms(ws: string[]): string[] {
  for (const idiomAt of [aboutIdiomAt, extentIdiomAt, intensifierAt, reportTimeAt, askersTimeAt, onTheSubjectAt, concerningAt, remindMeAt, madeIntoAt, partySideAt, latestOnAt, inMindAt, channelOwnerAt, inLineAt, areaPartAt, aforesaidAt, mentionedByAt]) {
    // (Each phrase of the kind: "why would they bother setting up in turkey of all places?" has two intensifiers.)
    for (let from = 0; ; ) {
      const at = ws.findIndex((_, i) => i >= from && idiomAt(ws, i) > 0);
      const n = at < 0 ? 0 : idiomAt(ws, at);
      if (n === 0 || ws.length <= n) break;
      ws = [...ws.slice(0, at), ...ws.slice(at + n)];
      from = at;
    }
  }
  return contentsAsked(comeUpAsDiscussed(agesAsAged(withoutVagueMore(ws))));
}

/**
 * "is turkey only interested in mining or does it want more than that?", "… or do more w it", "… or are they going
 * for more": a vague other choice after what is asked, naming nothing but "more", as "or more" is (PREAMBLES): what is
 * asked is the first choice ("more" weighed 20–40% and took the question below the threshold). Not a choice that names
 * something ("or do they wanna make actual cars too"), nor one with a verb of its own: "… just want to mine or go further?"
 * contrasts going further with mining, and without it the question asks about mining (curated with 3 phrasings).
 */
function withoutVagueMore(ws: string[]): string[] {
  const at = ws.lastIndexOf('or');
  if (at < 2) return ws;
  const rest = ws.slice(at + 1);
  return rest.length > 0 && rest.length <= 8 && rest.every((w) => VAGUE_MORE.has(w)) && rest.includes('more') ? ws.slice(0, at) : ws;
}
const VAGUE_MORE = new Set(
  'more than that this it its them do does did is are was were will would can could they he she it want wants wanted wanna go goes going gonna for with w even also too much something anything else'.split(' '),
);

/**
 * "what's in the beylikova reserve?", "what is in the welcome pack": what a thing contains, as "what does the
 * beylikova reserve contain?" asks it ("in" is a stop word, and what is left only names the thing: every fact about it
 * tied). Only with an article, a possessive or a demonstrative after "in" (not "what's in turkey for china"), and not
 * "what's in it for them" (what they gain).
 */
function contentsAsked(ws: string[]): string[] {
  // ("what's" is read "what": its "'s" goes.)
  const at = (ws[0] === 'whats' || ws[0] === 'what') && ws[1] === 'in' ? 2 : ws[0] === 'what' && ws[1] === 'is' && ws[2] === 'in' ? 3 : -1;
  if (at < 0 || !CONTAINER_OPENERS.has(ws[at] ?? '') || ws.length < at + 2 || NOT_CONTAINERS.has(ws[at + 1]!) || ws.slice(at).includes('for')) return ws;
  return ['what', 'does', ...ws.slice(at), 'contain'];
}
/** "what in the world …", "what in the hell …": no container. */
const NOT_CONTAINERS = new Set(['world', 'hell', 'heck', 'name', 'news']);
const CONTAINER_OPENERS = new Set(['the', 'this', 'that', 'these', 'those', 'your', 'my', 'our', 'their', 'its', 'his', 'her', 'a', 'an']);

/**
 * "did rare earths come up?", "has the refinery come up at all": whether a thing was talked about, as "was it
 * discussed?" asks it ("come" and "up" weighed as words of the topic). Only in a question that asks whether (an
 * auxiliary first), so "when will the plant come up" keeps its words.
 */
function comeUpAsDiscussed(ws: string[]): string[] {
  if (!COME_UP_ASKERS.has(ws[0] ?? '')) return ws;
  const at = ws.findIndex((w, i) => i > 1 && (w === 'come' || w === 'came' || w === 'comes') && ws[i + 1] === 'up');
  return at < 0 ? ws : [...ws.slice(0, at), 'discussed', ...ws.slice(at + 2)];
}
const COME_UP_ASKERS = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'will', 'would', 'was', 'is']);

/**
 * An age as people write it ("my 7 year old", "a seven-year-old", "10 yrs old", "7 yo", "7 y/o", "7yo") read as the
 * knowledge writes one ("children aged 8 and over"): "aged" and the number. As typed, "year" and "old" weigh as
 * words of the question's topic, and "yo" is a greeting.
 */
function agesAsAged(ws: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    // (Most words are neither a number nor a number's word: they are passed on without a pattern run on them.)
    if (!isDigit(w.charCodeAt(0)) && !AGE_NUMBER_WORDS.has(w)) {
      out?.push(w);
      continue;
    }
    const glued = /^(\d{1,3})yo$/.exec(w);
    if (glued) {
      out ??= ws.slice(0, i);
      out.push('aged', glued[1]!);
      continue;
    }
    if (/^\d{1,3}$/.test(w) || AGE_NUMBER_WORDS.has(w)) {
      const n = /^(?:years?|yrs?)$/.test(ws[i + 1] ?? '') && ws[i + 2] === 'old' ? 3 : ws[i + 1] === 'yo' ? 2 : ws[i + 1] === 'y' && ws[i + 2] === 'o' ? 3 : 0;
      if (n > 0) {
        out ??= ws.slice(0, i);
        out.push('aged', w);
        i += n - 1;
        continue;
      }
    }
    out?.push(w);
  }
  return out ?? ws;
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const AGE_NUMBER_WORDS = new Set('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' '));

/** A word after a statement that asks to confirm it ("…, true?"). */
const CONFIRM_TAGS = new Set(['true', 'correct', 'legit']);
/** Words that open a yes/no question, whose last word is what is asked ("is the report true?"). */
const STATEMENT_QUESTION_OPENERS = new Set(['is', 'are', 'was', 'were', 'isnt', 'arent', 'wasnt', 'werent', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'has', 'have', 'had', 'how', 'why', 'what', 'whats']);

/** Words that end a statement typed to be confirmed ("byd signed a deal in turkey, right?", "erdogan is pres yes?"). */
const GUESS_TAGS = new Set(['right', 'yeah', 'yea', 'yes', 'yep', 'ya', 'yh', 'correct', 'true', 'innit', 'eh', 'rite', 'ryt', 'legit']);
/** Two-word tags ("beylikova is near ankara isnt it", "they make a factory in turkey or no?"). */
const GUESS_TAG_PAIRS = new Set(['isnt it', 'arent they', 'didnt they', 'dont they', 'doesnt it', 'wasnt it', 'or no', 'or not', 'is true', 'is it']);
/** Words before a statement's subject that do not make it a question ("so byd signed…", "heard byd signed…"). */
const GUESS_LEADS = new Set(['so', 'ok', 'okay', 'and', 'but', 'wait', 'hmm', 'hey', 'btw', 'heard', 'apparently', 'i', 'think', 'thought']);
/** {@link CONFIRM_LEADS} as words. */
const CONFIRM_LEAD_WORDS = CONFIRM_LEADS.map((p) => p.split(' '));

/**
 * Whether English words (as `words` gives them) are a statement typed to be confirmed: no question word or auxiliary
 * first, and a tag last ("bayraktar is the foreign minister right?", "beylikova is near ankara isnt it"), or one of
 * {@link CONFIRM_LEADS} first ("is it true that…"). What such a
 * guess says may be wrong, and a fact on its topic confirms or corrects it.
 */
export function asksToConfirm(ws: readonly string[]): boolean {
  let i = 0;
  while (i < ws.length && GUESS_LEADS.has(ws[i]!)) i++;
  // "saw a tweet saying byd is building in izmir, legit?": a claim someone made, with no question word after it, is a
  // guess whatever ends it.
  const claim = reportedClaimStart(ws, i, ws.length);
  if (claim > i && !ws.slice(claim).some((w) => FRAMED_WH.has(w))) return true;
  // "is it true (that) turkey is asking china for help…", "am i right that…": the guess follows its lead.
  for (const lead of CONFIRM_LEAD_WORDS) if (ws.length - i >= lead.length + 3 && lead.every((w, k) => ws[i + k] === w)) return true;
  if (ws.length - i < 3 || STATEMENT_QUESTION_OPENERS.has(ws[i]!) || QUESTION_OPENERS.has(ws[i]!)) return false;
  // "so the deposit is near istanbul?", "so xi went to turkey?": a statement drawn as a conclusion ("so" first), with no
  // question word in it, is a guess too.
  const concluded = ws.slice(0, i).includes('so') && !ws.slice(i).some((w) => FRAMED_WH.has(w) || (STATEMENT_QUESTION_OPENERS.has(w) && !COPULAS.has(w)));
  return concluded || GUESS_TAGS.has(ws.at(-1)!) || GUESS_TAG_PAIRS.has(ws.slice(-2).join(' '));
}

/** The copula of a statement ("the deposit is near …"), which a question may open with too. */
const COPULAS = new Set(['is', 'are', 'was', 'were']);

/** "is", "was" after a question word: "who is X again, …?" asks to be reminded. */
const REMINDING_COPULA = new Set(['is', 'was', 'are', 'were', 's']);

/** Words that lead a question asking to be reminded ("wait who's xi again", "sorry, what was it again"). */
const REMINDING_LEADS = new Set(['wait', 'so', 'and', 'but', 'ok', 'okay', 'oh', 'sorry', 'hmm', 'um', 'uh', 'remind', 'me']);

/** Question words whose question ends in "again" to be reminded of the answer ("who is he again?"). */
const REMINDING_WH = new Set(['who', 'whos', 'what', 'whats', 'when', 'whens', 'where', 'wheres', 'which', 'how', 'hows']);
/** A name asked for, as a question word asks ("name of the energy minister again?"). */
const NAME_ASKED = new Set(['name', 'names']);

/** Question words that open a question put inside another sentence ("any idea where the deposit is"). */
const FRAMED_WH = new Set(['who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'which', 'whether', 'if']);
/** Words right before such a question that introduce it ("asked me", "wants to know", "any idea", "curious"). */
const INTRODUCERS = new Set(['asked', 'asks', 'ask', 'asking', 'know', 'knows', 'knew', 'wondering', 'wonder', 'wondered', 'wonders', 'idea', 'ideas', 'clue', 'curious', 'question', 'tell', 'explain', 'sure', 'confused', 'unsure', 'remind', 'check']);
/** Who a question is asked of, between the introducing word and the question ("asked me where"). */
const ASKED_OF = new Set(['me', 'us', 'you', 'him', 'her', 'them']);
/** "figure out where", "find out when". */
const OUT_VERBS = new Set(['figure', 'find', 'found', 'figured', 'work', 'suss']);

/**
 * Where a question introduced inside a sentence starts: "my boss asked me
 * who is going to China", "any idea where the deposit is", "quick one from
 * my manager, wants to know when…": the words before the introducing word are
 * who asks and why, not what is asked (and one of them, "boss", weighs as a
 * word of the question). Only after an introducing word, and only with no
 * question word before it: leading words that set a topic ("just moved here,
 * what do I need…") are often the question, and stay.
 */
function framedQuestion(ws: readonly string[], from: number, to: number): number {
  // The first question word; a question that starts with it (or one word after) has no frame to drop.
  let i = from;
  while (i < to - 1 && !FRAMED_WH.has(ws[i]!)) i++;
  if (i >= to - 1 || i < from + 2) return from;
  if (remarkFrame(ws, from, i)) return i;
  let j = i - 1;
  if (ASKED_OF.has(ws[j]!)) j--;
  const phrasal = ws[j] === 'out' && OUT_VERBS.has(ws[j - 1] ?? '');
  if (phrasal) j--;
  // ("remind me what…": the introducing word may open the message.)
  if (!(phrasal || INTRODUCERS.has(ws[j]!)) || j < from) return from;
  // Only who asks is left out ("my boss", "anyone", "a customer"): a word of anything else ("my wheelie bin got nicked,
  // anyone know what to do", "anyone in Pennyfield know…") is the question's topic.
  for (let k = from; k < j; k++) if (!ASKERS.has(ws[k]!) && !isStop(stem(ws[k]!))) return from;
  return i;
}

/** What people call a question before it ("serious question - …", "last q: …", "quick one from my manager: …"). */
const QUESTION_NOUNS = new Set(['question', 'questions', 'q', 'qs', 'qn', 'query', 'ques', 'one', 'topic', 'subject']);
/** How they describe it ("serious", "last", "follow-up"): words of a remark only next to one of QUESTION_NOUNS. */
const QUESTION_REMARKS = new Set([
  'quick', 'serious', 'genuine', 'honest', 'random', 'dumb', 'stupid', 'silly', 'noob', 'newbie', 'basic', 'simple', 'small', 'little', 'another',
  'last', 'final', 'general', 'follow', 'followup', 'related', 'real', 'odd', 'weird', 'strange', 'curious', 'new', 'unrelated', 'different', 'diff', 'separate',
]);

/**
 * Whether the words before the first question word are only a remark about
 * the question and who asks it: "serious question - where is the deposit",
 * "quick question from my manager: who is leading…", "last q: when…". They
 * name the question itself (one of QUESTION_NOUNS) or who sends it ("from
 * my boss: when…"), and every word is such a remark, who asks, or a stop
 * word: "exam question: when is the final" keeps "exam".
 */
function remarkFrame(ws: readonly string[], from: number, to: number): boolean {
  let named = false;
  for (let k = from; k < to; k++) {
    const w = ws[k]!;
    if (QUESTION_NOUNS.has(w)) named = true;
    else if (ASKERS.has(w)) named ||= ws[from] === 'from';
    else if (!QUESTION_REMARKS.has(w) && !isStop(stem(w))) return false;
  }
  return named;
}

/** Who asks a question put inside a sentence ("my boss asked me…", "a customer wants to know…"). */
const ASKERS = new Set([
  'boss', 'manager', 'friend', 'friends', 'colleague', 'colleagues', 'coworker', 'coworkers', 'teammate', 'teammates', 'team', 'customer', 'customers', 'client',
  'clients', 'mum', 'mom', 'dad', 'wife', 'husband', 'partner', 'kid', 'kids', 'son', 'daughter', 'brother', 'sister', 'neighbour', 'neighbor', 'roommate',
  'flatmate', 'teacher', 'student', 'students', 'people', 'everyone', 'anyone', 'somebody', 'someone', 'nobody', 'trying', 'need', 'needs', 'curious',
]);

/** Stop words and their stems, so "wondering" and "details" are dropped after stemming too. */
let stopStems: Set<string> | undefined;
function isStop(term: string): boolean {
  stopStems ??= new Set([...STOP_WORDS, ...[...STOP_WORDS].map((w) => stem(w))]);
  return stopStems.has(term);
}

/**
 * Chat shorthand for the word it stands for ("ppl", "abt", "b4", "xmas"),
 * read only when the knowledge does not use the short form itself. Ambiguous
 * short forms ("sat", "sun", "mon") are left out; a short form of a few
 * words lists them by "|", and the first the knowledge has is read ("min":
 * minimum, minute, minister).
 */
export const CHAT_WORDS: ReadonlyMap<string, string> = new Map(
  (
    'ppl:people peeps:people u:you ur:your r:are y:why abt:about bc:because cuz:because coz:because b4:before rn:now ' +
    'tmrw:tomorrow tmr:tomorrow 2moro:tomorrow 2day:today tonite:tonight msg:message msgs:messages pic:picture pics:pictures ' +
    'info:information approx:approximately min:minimum|minute|minister max:maximum mins:minutes hr:hour hrs:hours yr:year yrs:years ' +
    'wk:week wks:weeks govt:government dept:department thru:through tho:though pw:password pwd:password acct:account ' +
    'num:number nr:number qty:quantity amt:amount addr:address docs:documents doc:document dl:download vid:video ' +
    'vids:videos fav:favourite fave:favourite diff:difference|different src:source srcs:sources prob:probably probs:probably bday:birthday xmas:christmas ' +
    'wkend:weekend wknd:weekend tues:tuesday weds:wednesday thurs:thursday thur:thursday tmw:tomorrow hw:homework ' +
    'plz:please pls:please thx:thanks ty:thanks whos:who wheres:where whens:when hows:how whys:why ' +
    // ("whois the energy minister", a question word and "is" run together: the question word; "is" is a stop word)
    'whois:who whereis:where whatis:what whenis:when ' +
    // broker and telex shorthand ("any official cmt from beijing", "who's the info from, cfm'd?")
    'cmt:comment cmts:comments cfm:confirm cfmd:confirmed ' +
    // months and days as people shorten them ("in oct", "by sept"); "may" and "mar" are words, "mon", "sat", "sun" too
    'jan:january feb:february apr:april jun:june jul:july aug:august sep:september sept:september oct:october ' +
    'nov:november dec:december thu:thursday fri:friday ' +
    // question words as chat types them
    'wen:when wher:where wut:what ' +
    // "or smth", "w china": filler and "with" as chat shortens them
    'smth:something sth:something smthg:something smthn:something sumthin:something w:with atm:now rly:really rlly:really ' +
    // ("up n running", "mining n refining": "and")
    'n:and ' +
    'hols:holidays hol:holiday till:until til:until convo:conversation convos:conversations ' +
    // "auto lesson price", "in an auto": a car's gearbox, or the car itself
    'auto:automatic|automobile autos:automatics|automobiles ' +
    // "who'd", "how'd" with the apostrophe gone: the question word ("would" / "did" is a stop word anyway)
    'whod:who whatd:what whered:where howd:how whyd:why ' +
    // Nigerian Pidgin's function words typed into English ("wetin dem sign", "when dem find am sef", "the industry one
    // nko"): what, they, are, that ("the deposit wey everybody dey talk about"), has, please, even, want, (what) about
    'wetin:what dem:they dey:are wey:that don:has abeg:please sef:even wan:want nko:about ' +
    // Caribbean English ("where di deposit deh", "wha dem a go do wid it", "how much dat a go cost", "mi hear seh …"):
    // the, there, what, that, this, with, to, say, not, you, on, in, about, thing … (not "a", "mi", "me": English words)
    'di:the deh:there wha:what wah:what dat:that dis:this wid:with fi:to seh:say nuh:not yuh:you pon:on inna:in ' +
    'bout:about ting:thing tings:things someting:something nutten:nothing nuttin:nothing fah:for jus:just nex:next waan:want ' +
    'cyaan:cant haffi:have mek:make likkle:little outta:out ' +
    // Hindi typed into English, as Hinglish asks ("Turkey ka energy minister kaun hai", "BYD ne deal sign kiya kya", "kab
    // mila tha"): its question words, postpositions and auxiliaries as the English ones, and the verbs and nouns a
    // question about a report needs (said, found, build, talk, big, money, world, government). Not "me", "par", "the",
    // "hi", "kaha": English words, or two Hindi ones.
    'kaun:who kon:who kab:when kahan:where kidhar:where kyun:why kyon:why kyu:why kya:what kaise:how kitna:much kitni:much ' +
    'kitne:many kaunsa:which kaunsi:which kaunse:which konsa:which konsi:which kiske:whom kisne:who ' +
    'ka:of ke:of ko:to se:from mein:in mai:in pe:on tak:until liye:for saath:with baare:about alawa:besides aur:and ' +
    'bhi:also toh:so hai:is hain:are tha:was thi:was hoga:will hogi:will hua:did hui:did kiya:did karna:do karne:do ' +
    'karenge:will karega:will raha:is rahe:are rahi:is wala:the wale:the wali:the nahi:not nahin:not koi:any kuch:something ' +
    'sab:all sirf:only abhi:now phir:then woh:that wo:that yeh:this iska:its uska:its usme:it isse:this unka:their ' +
    'bola:said boli:said bole:said mila:found mile:found dhoondha:found baat:talk bada:big badi:big bade:big sabse:most ' +
    'paisa:money lagega:cost banayega:build banayenge:build banana:build chahta:want chahte:want chahiye:need duniya:world ' +
    'sarkar:government desh:country log:people wahan:there yahan:here kaam:use ' +
    // (… "kiske saath", with whom. Not "ne", "ki", "ye", "ek", "kar", "kis", "isme": Turkish words, read in a Turkish
    // message's English reading too.)
    'naam:name laga:build lagayenge:build lagaenge:build likha:said likhi:said keh:say saal:years milegi:get milega:get ' +
    'milenge:get milke:together juda:connected judi:connected chakkar:thing hota:is hoti:is karta:does karti:does ' +
    'usne:he unhone:they inhone:they isne:it ' +
    // (… and Levantine Arabic's "shu" (what: "shu the story with …") typed into English)
    'shu:what ' +
    // (… and French's "quoi", "qui", "lui" (what, who, he: "c'est qui lui?" is read "who is he?" by cleanInput),
    // "pourquoi", "quand", "combien" typed into English: "est-ce que", which only marks a question, is a preamble)
    'quoi:what qui:who lui:he pourquoi:why quand:when combien:much ' +
    // (… and Cantonese's "mo", no or not, typed into English: "the ministry mo comment ar?"; "co", a company)
    'mo:no co:company ' +
    // Tagalog's question words, as Filipino chat asks in English nouns ("saan yung rare earth deposit?", "kelan
    // nadiscover?"): where, when, why, what, how, (how) much. (Not "san", "sino", "ilan": San …, Sino-Turkish, a name.)
    'saan:where nasaan:where nasan:where kelan:when kailan:when bakit:why bkt:why ano:what anong:what pano:how paano:how magkano:much gaano:how'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Whether `short` is `word` with one vowel left out ("ths" from "this"). */
function droppedVowel(word: string, short: string): boolean {
  for (let i = 0; i < word.length; i++) if ('aeiouy'.includes(word[i]!) && word.slice(0, i) + word.slice(i + 1) === short) return true;
  return false;
}

/** Stop words by length, for {@link isStopWordTypo}. */
let stopByLength: Map<number, string[]> | undefined;
/** Three-letter stop words by their letters sorted ("teh" finds "the"), made with stopByLength. */
let stopByLetters: Map<string, string[]> = new Map();

/** Whether `short` is `word` with a doubled letter typed once ("wil" for "will"); not "tel" (a phone number's). */
function undoubled(word: string, short: string): boolean {
  if (short === 'tel') return false;
  for (let i = 1; i < word.length; i++) if (word[i] === word[i - 1] && word.slice(0, i) + word.slice(i + 1) === short) return true;
  return false;
}

/**
 * Whether a word the knowledge does not know is a stop word mistyped
 * ("somethign", "pleas", "thrugh"): one edit from a stop word of 4 letters
 * or more, or of three letters as below ("ths", "teh", "wil"). Such a word
 * says no more than the stop word would.
 */
export function isStopWordTypo(word: string): boolean {
  // Three letters: two swapped ("teh", "adn") or a vowel dropped from a four-letter stop word ("ths", "wht", as chat
  // drops them); any other edit of a three-letter word is too often another word ("cat" is not "cant", "hat" not "that").
  if (!stopByLength) {
    stopByLength = new Map();
    stopByLetters = new Map();
    for (const w of STOP_WORDS) {
      if (w.length === 3) {
        const sorted = [...w].sort().join('');
        stopByLetters.set(sorted, [...(stopByLetters.get(sorted) ?? []), w]);
      }
      if (w.length < 4) continue;
      const list = stopByLength.get(w.length) ?? [];
      list.push(w);
      stopByLength.set(w.length, list);
    }
  }
  if (word.length === 3) {
    for (const w of stopByLetters.get([...word].sort().join('')) ?? []) if (w !== word && editDistance(word, w, 1) <= 1) return true;
    for (const w of stopByLength.get(4) ?? []) if (droppedVowel(w, word) || undoubled(w, word)) return true;
    return false;
  }
  if (word.length < 4) return false;
  for (let len = word.length - 1; len <= word.length + 1; len++) {
    for (const w of stopByLength.get(len) ?? []) if (editDistance(word, w, 1) <= 1) return true;
  }
  return false;
}

/** Whether a token is worth indexing: not a stop word, not a lone letter. */
export function isTerm(t: string): boolean {
  return !isStop(t) && !(t.length === 1 && !/\d/.test(t)) && !isLaughter(t);
}

/**
 * Words the stemmer cuts to a stop word: "used", "uses", "useful" all become "us", and vanished from every question and
 * text ("where are rare earths used?" was read as "where are rare earths?", the deposit's place). ("using" stays so: most
 * often the light verb of a knowledge's texts, "before using the gym", it met "how old do you need to be to use the
 * gym?" and gave the leisure centre a wrong answer.)
 */
const STEMS: ReadonlyMap<string, string> = new Map([
  ['used', 'use'], ['uses', 'use'], ['useful', 'useful'], ['usefulness', 'useful'],
]);
/**
 * Small numbers written out are the same term as their digits ("can two pawns share a space" is "can 2 pawns
 * share a space"; "5 people" is "five people"), on both sides. "one" is left: it is mostly a pronoun ("which one").
 */
const NUMBER_TERMS: ReadonlyMap<string, string> = new Map([
  ...'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, i) => [w, String(i + 2)] as const),
  // … and the tens and a hundred ("the hundred square foot one" of a knowledge that writes "100 sq ft")
  ...'thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, String((i + 3) * 10)] as const),
  ['hundred', '100'] as const,
]);

/**
 * Units as written short, the same term as written out, on both sides: "25 sq ft" is "25 square feet" (a storage
 * FAQ wrote "sq ft", its customers "square foot"). Only abbreviations with no other everyday sense.
 */
const UNIT_WORDS: ReadonlyMap<string, string> = new Map([
  ['sq', 'square'],
  ['ft', 'feet'],
]);

/** A number in the plural ("over-65s", "the 1990s", "in their 20s"): the number, as the knowledge writes "aged 65". */
const PLURAL_NUMBER = /^\d+s$/;

/** Porter stem of a folded word, cached because the same words recur constantly. */
const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    const unit = UNIT_WORDS.get(word);
    s = unit !== undefined ? stem(unit) : NUMBER_TERMS.get(word) ?? STEMS.get(word) ?? (PLURAL_NUMBER.test(word) ? word.slice(0, -1) : /^\p{L}+$/u.test(word) && word.length > 3 ? stemmer(word) : word);
    // Bounded (a million words is ~60 MB); past it, words are stemmed each time.
    if (stemCache.size < 1_000_000) stemCache.set(word, s);
  }
  return s;
}

/**
 * How one language's text becomes terms: its words, stems, stop words,
 * chat shorthand and answer types. The index, ranking and calibration are
 * the same for every language; only this differs (English here, Turkish in
 * turkish.ts).
 */
export interface TextProfile {
  language: 'en' | 'tr';
  /** The words of a text, lowercased (see {@link words}). */
  words(text: string): string[];
  /** A word's index term (its stem). */
  stem(word: string): string;
  /** Whether a term is worth indexing (not a stop word, not a lone letter). */
  isTerm(term: string): boolean;
  /**
   * The term the same word would have if typed plainly (Turkish letters
   * folded), when that can differ from its stem; the index maps it to the
   * real term. Absent for English, whose words are folded already.
   */
  plainStem?(word: string): string;
  /**
   * The term a word typed plainly would have with its language's letters
   * guessed back ("topraklari" → "toprak"), when that differs; the index takes
   * it only when the knowledge has that term. Absent for English.
   */
  lettersStem?(word: string): string | undefined;
  /**
   * The terms a word would have as a verb form the stemmer does not cut
   * ("kazanır" → the term of "kazanmak"; English irregular forms, "built" →
   * "build"), best first; the engine takes the first the knowledge has, for a
   * word it does not have.
   */
  verbStems?(word: string): string[];
  /**
   * The names of the knowledge a question has, as their terms, each marked
   * when it is in the genitive ("Çin'in rezervi", "çinin": China's reserve),
   * what the question asks something of. A fact that names none of them does
   * not answer a question with such an owner (see owners.ts). Absent for
   * English.
   */
  namesIn?(question: string): { name: string; owner: boolean }[];
  /** A word as typed plainly (for typo correction against plain typing); absent when words are plain already. */
  plain?(word: string): string;
  /**
   * Words take suffixes without a break ("beylikovada", "çine", "türkiyenin"):
   * an unknown word that starts with a word the knowledge uses is read as it
   * (see terms.ts). False for English.
   */
  suffixing: boolean;
  /** Whether an unknown word is a mistyped stop word. */
  isStopWordTypo(word: string): boolean;
  /** Whether a word (as typed, lowercased) is a common word of the language, more likely meant than mistyped; absent: never. */
  isCommonWord?(word: string): boolean;
  /** Chat shorthand for words ("ppl" → "people"). */
  chatWords: ReadonlyMap<string, string>;
  /**
   * Stems of words that only point at a part or party of what a question names ("Çin tarafı", "resmi taraf",
   * "batarya tarafında": the Chinese side, the official side, on the battery side): a question's say nothing more
   * than what they follow (terms.ts drops them; the knowledge's stay). As a word of the question, "taraf" weighed like
   * the rarest word of a knowledge that hardly says it, or like an unknown word.
   */
  lightWords?: ReadonlySet<string>;
  /**
   * Terms that name no topic when they are all a question has besides words that ask (Turkish "yap", the verb of doing:
   * "ne yapacaklar?", as "do" is a stop word in English): such a question ranks no fact. Kept as terms otherwise
   * ("batarya da yaparlar mı"); absent: none.
   */
  namesNoTopicAlone?: ReadonlySet<string>;
  /** Words a question drops as typed (not by stem), which the knowledge keeps: chat address and filler (CHAT_FILLER). */
  chatFiller: ReadonlySet<string>;
  /** The answer type a question asks for (`folded`: its words joined, if known). */
  answerType(text: string, folded?: string): AnswerType | null;
  /** The answer types an answer's wording can satisfy. */
  answerTypesSupported(answer: string): AnswerType[];
  /**
   * Whether a word (as typed, lowercased) asks without naming a topic: a
   * question word ("where", "who", "nerede", "kim") or "else", "other".
   */
  asksNoTopic(word: string): boolean;
  /**
   * Whether a word (as typed, lowercased) names the kind of answer asked
   * rather than its topic ("which city", "what year", "hangi şehrin"): when
   * the knowledge never writes it, it weighs as an unknown number does, not
   * as the rarest word (the answer type is checked on its own).
   */
  namesAnswerKind(word: string): boolean;
}

/** English words that ask without naming a topic: question words (as typed too: "wher", "whos"; "what" is a stop word) and "else", "other". */
const NO_TOPIC_WORDS: ReadonlySet<string> = new Set(
  'who whom whose whos whod where wher wheres whered when wen whens why whys whyd how hows howd which else other others another'.split(' '),
);

/** English words that name the kind of answer asked: a place, a time, a number, a name (see TextProfile.namesAnswerKind). */
const ANSWER_KIND_WORDS: ReadonlySet<string> = new Set(
  'city cities town towns village villages place places location locations spot country countries province provinces region regions area areas year years date dates number numbers figure figures amount amounts name names percentage percent often frequently far soon'.split(' '),
);

/** Endings that inflect a word ("mines", "mining", "produces", "producer"): one word whatever it ends with. */
const INFLECTIONS = ['ings', 'ers', 'ing', 'ied', 'ies', 'ed', 'es', 'er', 's'];
/** Endings that make a word of the same meaning from another ("react" → "reaction", "industry" → "industrial"). */
const DERIVATIONS = ['ive', 'ives', 'al', 'ial', 'ion', 'ions', 'tion', 'tions', 'ation', 'ations', 'ment', 'ments', 'ly', 'ness', 'ity', 'ities'];
const DOUBLED = /([b-df-hj-np-rtv-z])\1$/;

/**
 * The forms a word may be an inflection of: itself and itself without an inflection ending, a doubled last
 * consonant single too ("running" → "run", "tariffs" → "tariff"), each also with a last "e" or "y" off ("agreed"
 * and "agree" → "agre"). A double "s" is the word's own ("process" is no plural).
 */
function bases(word: string): string[] {
  const out = [word];
  for (const e of INFLECTIONS) {
    if (!word.endsWith(e) || word.length - e.length < 3 || (e === 's' && word.endsWith('ss'))) continue;
    const b = word.slice(0, -e.length);
    out.push(b);
    if ((e[0] === 'e' || e[0] === 'i') && DOUBLED.test(b)) out.push(b.slice(0, -1));
  }
  for (let k = 0, n = out.length; k < n; k++) if (/[ey]$/.test(out[k]!)) out.push(out[k]!.slice(0, -1));
  return out;
}

/**
 * Whether two English words are one word to a synonym group: inflections of one base ("mines" and "mining",
 * "controlled" and "control"), or one made from the other by a derivation ("reaction" from "react",
 * "industrial" from "industry"). The stemmer also cuts words of other meanings to one stem ("responsible" and
 * "response", "positive" and "position", "situation" and "situated"): such a word is not the group's, so the
 * energy minister's "responsible for energy" is not a "comment", and "sources familiar with the situation" no
 * "where".
 */
export function sameEnglishWord(a: string, b: string): boolean {
  // One letter apart: a typo of it ("controll").
  if (editDistance(a, b, 1) <= 1) return true;
  const of = bases(a);
  if (bases(b).some((x) => of.includes(x))) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // "industry" → "industrial", "happy" → "happiness": a last "y" is an "i" before the ending.
  const roots = /[ey]$/.test(short) ? [short.slice(0, -1), short.endsWith('y') ? `${short.slice(0, -1)}i` : short] : [short];
  return roots.some((root) => long.startsWith(root) && DERIVATIONS.includes(long.slice(root.length)));
}

/**
 * Whether a word as written is a synonym group's `word` (undefined: a phrase matched by its stems alone). A stop word
 * that is a word of its own ("mine": "mining") is one with a group's word, but not as the "-er" noun made of it
 * ("inside" is no "insiders").
 */
function readsAsGroupWord(raw: string, word: string | undefined, phraseLength: number, isWordTerm: (w: string) => boolean): boolean {
  // A group matched by its stems alone (Turkish): a stop word is none of its one-word phrases ("tamam", okay, is no
  // "tamamı", all of it).
  if (word === undefined) return phraseLength > 1 || isWordTerm(raw);
  if (!sameEnglishWord(raw, word)) return false;
  return !(phraseLength === 1 && /ers?$/.test(word) && !/ers?$/.test(raw) && !isTerm(raw));
}

/**
 * Turns text into index terms: tokens, stop words dropped, stemmed, and
 * synonym phrases replaced by one concept term. Built once per knowledge.
 */
export class Analyzer {
  /**
   * First stemmed token → phrases (as stemmed token arrays, longest first) and their concept term; a one-word
   * English phrase keeps its word as written, to tell its inflections from another word of the same stem.
   */
  private readonly phrases = new Map<string, { tokens: string[]; concept: string; word?: string }[]>();

  /** Single-word synonym variants (stemmed) and their concept, for typo correction. */
  readonly variants = new Map<string, string>();

  /** The language's words, stems and stop words (English unless given). */
  readonly profile: TextProfile;

  constructor(synonyms: readonly (readonly string[])[], profile: TextProfile = ENGLISH) {
    this.profile = profile;
    const { words, stem } = profile;
    for (const group of synonyms) {
      const canonical = group[0];
      if (canonical === undefined) continue;
      const concept = `~${words(canonical).map(stem).join('_')}`;
      for (const phrase of group) {
        const ws = words(phrase);
        const forms = [ws.map(stem)];
        // The phrase typed without its language's letters, when that stems differently ("cumhurbaskani").
        const plain = profile.plainStem ? ws.map(profile.plainStem) : undefined;
        if (plain && plain.join(' ') !== forms[0]!.join(' ')) forms.push(plain);
        for (const tokens of forms) {
          const first = tokens[0];
          if (first === undefined) continue;
          if (tokens.length === 1) this.variants.set(first, concept);
          const list = this.phrases.get(first) ?? [];
          list.push(tokens.length === 1 && profile.language === 'en' ? { tokens, concept, word: ws[0]! } : { tokens, concept });
          list.sort((a, b) => b.tokens.length - a.tokens.length);
          this.phrases.set(first, list);
        }
      }
    }
  }

  /**
   * Stemmed tokens of a question with synonym phrases replaced by their
   * concept term (stop words kept until after phrase matching, because some
   * synonym phrases contain them: "minister of energy"). Documents keep the
   * phrase's words too ({@link eachTermAt}): a document that says "energy
   * minister" must still match a question that says "minister for energy".
   */
  private conceptTokens(text: string | string[]): { term: string; raw: string | null }[] {
    const raws = typeof text === 'string' ? this.profile.words(text) : text;
    const tokens = raws.map(this.profile.stem);
    // A word typed without its language's letters that the stemmer cannot cut so ("yilda" keeps its "-da", "yılda" is
    // "yıl"): its stem with the letters guessed back meets a phrase too ("son 30 yilda" is "30 yıl" as written).
    const { lettersStem } = this.profile;
    const lettered = lettersStem ? raws.map((r) => lettersStem(r)) : [];
    const out: { term: string; raw: string | null }[] = [];
    for (let i = 0; i < tokens.length; ) {
      const token = tokens[i]!;
      const guess = lettered[i];
      const candidates = guess === undefined ? this.phrases.get(token) : [...(this.phrases.get(token) ?? []), ...(this.phrases.get(guess) ?? [])].sort((a, b) => b.tokens.length - a.tokens.length);
      let matched = false;
      if (candidates) {
        for (const { tokens: phrase, concept, word } of candidates) {
          if (!readsAsGroupWord(raws[i]!, word, phrase.length, this.profile.isTerm)) continue;
          if (phrase.every((t, k) => tokens[i + k] === t || lettered[i + k] === t)) {
            out.push({ term: concept, raw: phrase.length === 1 ? raws[i]! : null });
            i += phrase.length;
            matched = true;
            break;
          }
          // A phrasal verb with its object between ("dig the stuff up", "dig it up" for "dig up"): the words between
          // are stop words, kept in place.
          const particle = phrase.length === 2 && PARTICLES.has(phrase[1]!) ? separatedParticle(tokens, i, phrase[1]!, this.profile.isTerm) : -1;
          if (particle > 0) {
            out.push({ term: concept, raw: null });
            for (let k = i + 1; k < particle; k++) out.push({ term: tokens[k]!, raw: raws[k]! });
            i = particle + 1;
            matched = true;
            break;
          }
        }
      }
      if (!matched) {
        out.push({ term: token, raw: raws[i]! });
        i += 1;
      }
    }
    return out;
  }

  /**
   * The synonym phrase whose stemmed tokens are `tokens` from `i` on, if
   * any (longest first): its concept and how many tokens it takes. For words
   * that make a phrase only once a typo in them is corrected ("global tiems"
   * is "global times"): {@link conceptTokens} saw the typo, not the phrase.
   */
  phraseAt(tokens: readonly string[], i: number): { concept: string; length: number } | null {
    for (const { tokens: phrase, concept } of this.phrases.get(tokens[i]!) ?? []) {
      if (phrase.length > 1 && phrase.every((t, k) => tokens[i + k] === t)) return { concept, length: phrase.length };
    }
    return null;
  }

  /** Whether a stemmed token begins some synonym phrase (then {@link eachTermAt} must look at the words after it). */
  startsPhrase(token: string): boolean {
    return this.phrases.has(token);
  }

  /**
   * Emits the index terms of a document starting at word `i` and returns how
   * many words they used: a synonym phrase there becomes its concept plus its
   * words as `part` terms (they weigh less: "time" alone should not fully
   * match "Global Times"); otherwise the word's stem, if it is a term at all.
   * `raw` is the word as written (null for a multi-word concept), for typo
   * correction. No intermediate arrays: index builds at 100,000 facts spend
   * more time collecting garbage than matching otherwise.
   */
  eachTermAt(raws: readonly string[], i: number, token: string, emit: (term: string, part: boolean, raw: string | null) => void): number {
    const { stem, isTerm } = this.profile;
    const candidates = this.phrases.get(token);
    if (candidates) {
      for (const { tokens: phrase, concept, word } of candidates) {
        if (!readsAsGroupWord(raws[i]!, word, phrase.length, this.profile.isTerm)) continue;
        let ok = true;
        for (let k = 1; k < phrase.length && ok; k++) ok = raws[i + k] !== undefined && stem(raws[i + k]!) === phrase[k];
        if (!ok) continue;
        if (isTerm(concept)) emit(concept, false, phrase.length === 1 ? raws[i]! : null);
        // The phrase's words count too, each as the concept it stands for alone ("industry" in
        // "industry minister" is the "industry / sector" concept a question saying "industry" asks for).
        if (phrase.length > 1) for (let k = 0; k < phrase.length; k++) if (isTerm(phrase[k]!)) emit(this.wordConcept(phrase[k]!, raws[i + k]!) ?? phrase[k]!, true, raws[i + k]!);
        return phrase.length;
      }
    }
    if (isTerm(token)) emit(token, false, raws[i]!);
    return 1;
  }

  /**
   * The concept of the one-word synonym a word of a phrase stands for alone ("industry" in "industry minister"),
   * when the word is that synonym's own (see {@link sameEnglishWord}): "responsible" in "responsible for" is no
   * "response", though both stem to "respons".
   */
  private wordConcept(token: string, raw: string): string | undefined {
    for (const { tokens, concept, word } of this.phrases.get(token) ?? []) {
      if (tokens.length === 1 && (word === undefined || sameEnglishWord(raw, word))) return concept;
    }
    return undefined;
  }

  /** Index terms without duplicates, bounded in number (query side). */
  queryTerms(text: string): string[] {
    return this.queryTokens(text).map((t) => t.term);
  }

  /**
   * The terms a question reads as, in order ("" when none): two stored
   * questions with the same key cannot be told apart by the engine (`check`
   * names them; `learn` refuses one).
   */
  sameWordsKey(text: string): string {
    return [...new Set(this.queryTerms(text))].sort().join(' ');
  }

  /** Query terms with the word as typed (null for a multi-word phrase), for typo correction (`text` may be split into {@link words} already). */
  queryTokens(text: string | string[]): { term: string; raw: string | null }[] {
    const seen = new Set<string>();
    const out: { term: string; raw: string | null }[] = [];
    const { isTerm, chatFiller } = this.profile;
    for (const t of this.conceptTokens(text)) {
      if (!isTerm(t.term) || seen.has(t.term) || (t.raw !== null && chatFiller.has(t.raw))) continue;
      seen.add(t.term);
      out.push(t);
      if (out.length >= SEARCH.maxQueryTokens) break;
    }
    return out;
  }
}

/** Particles of English phrasal verbs ("dig up", "set out", "pay off"), which may come after the verb's object. */
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'back', 'away', 'over']);
/** Most words a phrasal verb's object takes between the verb and its particle ("dig the stuff up"). */
const MAX_OBJECT_WORDS = 3;
/** Where `particle` follows the verb at `i` after at most MAX_OBJECT_WORDS words that are no terms, or -1. */
function separatedParticle(tokens: readonly string[], i: number, particle: string, isTerm: (t: string) => boolean): number {
  for (let j = i + 2; j <= i + 1 + MAX_OBJECT_WORDS && j < tokens.length; j++) {
    if (isTerm(tokens[j - 1]!)) return -1;
    if (tokens[j] === particle) return j;
  }
  return -1;
}

// Rows of the edit-distance table, reused across calls (it runs for every
// typo candidate and small-talk pattern, so fresh arrays were mostly garbage).
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Damerau–Levenshtein distance (optimal string alignment), giving up above `max`. */
/**
 * A string's letters counted into 32 bins by char code (bins may share letters): {@link bagDistance} of two bags is at
 * most the edit distance of their strings, so it rules most candidates out of an {@link editDistance} search for a few
 * array operations, before the dynamic programme.
 */
export function letterBag(s: string): Int16Array {
  const bag = new Int16Array(32);
  for (let i = 0; i < s.length; i++) bag[s.charCodeAt(i) & 31]!++;
  return bag;
}

/**
 * The first of `candidates` nearest to `text` within `max` edits ({@link editDistance}), or −1: `bags` holds each
 * candidate's {@link letterBag}, so most candidates are ruled out by their length or letters without the dynamic
 * programme, and each one after is read only as far as it could still be nearer than the best so far.
 */
export function nearestWithin(text: string, candidates: readonly string[], bags: readonly Int16Array[], max: number): number {
  if (max <= 0) return -1;
  const bag = letterBag(text);
  let best = -1;
  let bestDist = max + 1;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (Math.abs(c.length - text.length) >= bestDist || bagDistance(bag, bags[i]!) >= bestDist) continue;
    const d = editDistance(text, c, bestDist - 1);
    if (d < bestDist) {
      best = i;
      bestDist = d;
    }
  }
  return best;
}

/** A lower bound of the edit distance of two strings, from their {@link letterBag}s: each edit changes at most one count up and one down. */
export function bagDistance(a: Int16Array, b: Int16Array): number {
  let more = 0;
  let fewer = 0;
  for (let k = 0; k < 32; k++) {
    const d = a[k]! - b[k]!;
    if (d > 0) more += d;
    else fewer -= d;
  }
  return more > fewer ? more : fewer;
}

export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  if (rows[0]!.length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** What kind of answer a question asks for, when its wording says so. */
export const ANSWER_TYPE_NAMES = ['who', 'where', 'when', 'why', 'quantity', 'duration', 'obstacle', 'statement'] as const;
export type AnswerType = (typeof ANSWER_TYPE_NAMES)[number];

// Checked in order; the first that appears anywhere in the question wins
// (chat questions often start with filler: "so i read ... where exactly is it").
const ANSWER_TYPES: [AnswerType, RegExp][] = [
  ['duration', /\bhow long\b(?! ago)/],
  ['when', /\b((?:when|wen)(?! (?:it comes to|\w+ing)\b)|(?:what|which) (year|month|date|day)|how long ago)\b/],
  // ("what tariff rate", "what percentage", "what price" ask a number as "how much" does, and so does "what is the EU's
  // tariff rate": not "what do they share", a verb.)
  // (And as chat asks it: "wat tariff rate", "what tariff % is the eu charging" with "%" read as "percent", or the rate alone,
  // "tariff rate pls?")
  ['quantity', /\b(how (many|much|big|large|high|low|small|tall|deep|pure|old|steep)|(what|which|wat|wut|wot) (\w+ )?(rate|rates|percentage|percent|share|amount|price|prices|figure|sum)|^(?:\w+ ){0,2}(?:rate|rates|percentage)(?: pls| please| plz)?$|what(?:s|['’]s)? (?:exactly )?(?:is |are |was |were )?(?:exactly )?the (?:[\w'’]+ ){0,3}(rate|rates|percentage|percent|amount|price|prices|figure|sum))\b/],
  ['who', /\b(who|whom|whose|whos|whod)\b/],
  ['where', /\b(where|wher|which (city|country|town|region|province|part|partof)|what (city|country|town|region|province|part|partof))\b/],
  // "what did bayraktar say in beijing?", "what has the ministry announced?": what someone said, which an answer
  // reporting words gives ("Kacır said…", "gave no comment", "according to…").
  ['statement', /\bwhat (?:did|does|do|has|have|had|will|would) (?:[a-z]+ ){1,4}(?:say|said|says|state|announce|announced|claim|tell|comment|think)\b/],
  // "why can't they just buy elsewhere?", "what stops them?": what stands in the way (before "why", which it also is;
  // not "why not?" alone, which asks why of what was said).
  ['obstacle', /\b(why (cant|cannot|couldnt|dont|doesnt|wont|isnt|arent|havent|hasnt|not) \w|what (stops|prevents|is stopping|keeps)\b|why is it (so )?(hard|difficult)\b)/],
  ['why', /\b(why|what for|reason)\b/],
];

/** The answer type a question asks for, or null when its wording does not say (`folded`: its words joined, if already known). */
export function answerType(text: string, folded = words(text.replace(/(?<=\s|^)%(?=\s|$)/gu, ' percent ')).join(' ')): AnswerType | null {
  for (const [type, re] of ANSWER_TYPES) {
    if (type === 'when' && conjunctionWhen(folded)) continue;
    // "who pays for it?", "who's funding the refinery?": a payer or the money, which an answer on the cost gives as well
    // ("no figure for any money Turkey or China would put in"); no kind of answer is asked of it.
    if (type === 'who' && WHO_PAYS.test(folded)) continue;
    if (re.test(folded)) return type;
  }
  return null;
}

const WHO_PAYS = /\bwho(?:s|d)? (?:is |will |would |gonna |going to |has to |have to |should |actually |really )*(?:pay|pays|paying|paid|fund|funds|funding|funded|finance|finances|financing|financed|foot|foots|footing|bankroll|bankrolls|bankrolling)\b/;

/**
 * "when" joining a clause in a yes/no question ("did the ministries reply when they were asked for comment?", "is it
 * true that prices fell when china cut exports?"): it says at what point something else happened and asks no time.
 * So does "when" and its subject after another question word ("what purity are they aiming for when they refine it?",
 * "how much will it cost when it is built?": the question word asks). Asked all the same after a word of knowing or
 * telling ("do you know when …", "did they say when …", "what do we know about when they go?") or of time ("the date when …").
 */
function conjunctionWhen(folded: string): boolean {
  if (!/\bwhen\b/.test(folded) || /\bwhen\b.*\bwhen\b/.test(folded)) return false;
  // ("what did they say when asked to comment?": "when" before a participle opens a clause, after "say" too.)
  if (WH_OPENING.test(folded) && WHEN_PARTICIPLE.test(folded)) return true;
  if (ASKS_WHEN_AFTER.test(folded)) return false;
  return YES_NO_OPENING.test(folded) || (WH_OPENING.test(folded) && WHEN_CLAUSE.test(folded) && !TIME_BEFORE_WHEN.test(folded));
}
// (After a greeting or a thanks too: "hi, what purity is turkey aiming for when it refines …?" asked no time.)
const OPENING_LEADS = '(?:(?:so|and|but|ok|okay|hey|also|hi|hello|hiya|thanks|thank you|thx|please|pls|sorry|well|um|yo) )*';
const YES_NO_OPENING = new RegExp(`^${OPENING_LEADS}(?:did|does|do|is|are|was|were|will|would|can|could|has|have|had|should)\\b`);
const WH_OPENING = new RegExp(`^${OPENING_LEADS}(?:what|whats|which|who|whom|whose|whos|how|hows|where|wheres|why)\\b(?! when\\b)`);
const WHEN_CLAUSE = /\bwhen (?:it|its|they|theyre|he|hes|she|shes|we|you|i|the|this|that|these|those|their|his|her|our|there)\b/;
const WHEN_PARTICIPLE = /\bwhen (?:asked|pressed|contacted|questioned|approached|reached|invited|queried)\b/;
const TIME_BEFORE_WHEN = /\b(?:date|day|time|month|year|week|moment|point)s? when\b/;
const ASKS_WHEN_AFTER = /\b(?:know|knows|tell|told|say|said|says|sure|remember|idea|wonder|wondering|ask|asked|find|confirm|confirmed|announce|announced|clear|known|decide|decided|mention|mentioned|specify|specified|give|gave|set|plan|planned|expect|expected)\s+(?:\w+\s+)?when\b/;

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozen|half|double|twice|triple';
const TIME_UNITS = 'seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies)';

/**
 * What kinds of answer a text can give, read from its wording: a number or a
 * price answers "how many / how much", a time unit "how long", a date, day,
 * month or time "when", a name or a role "who", a place "where", a reason
 * "why". Generous on purpose: it only spares a fact the penalty for not
 * being asked that way in its stored questions (a fact with 3 phrasings
 * rarely has one of each kind).
 */
const ANSWER_SUPPORTS: [AnswerType, RegExp][] = [
  ['quantity', new RegExp(`\\d|[£$€¥%]|\\b(${NUMBER_WORDS}|free|percent|per cent|none|most|few|several|many|much|large|small|big|biggest|largest|top|high|low|pure|purity|grade|amount|number|price|cost|fee|charge|rate)\\b`, 'i')],
  ['duration', new RegExp(`\\b(${TIME_UNITS}|long|short|quick|briefly|permanent|temporary|until|while)\\b`, 'i')],
  [
    'when',
    new RegExp(
      `\\d|\\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekdays?|weekends?|${TIME_UNITS}|ago|yesterday|today|tomorrow|tonight|morning|afternoon|evening|noon|midnight|daily|weekly|monthly|yearly|annually|spring|summer|autumn|fall|winter|christmas|easter|holidays?|before|after|until|since|during|soon|recently|later|earlier|already|yet|next|last|every|once|when|then|now|time|date|schedule|deadline|period)\\b`,
      'i',
    ),
  ],
  ['who', /\b[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)+|\b(minister|ministry|president|ceo|director|manager|team|staff|lead|leader|head|chief|officer|spokes\w*|volunteers?|librarians?|owners?|founders?|maintainers?|company|companies|firms?|group|government|department|committee|council|people|person|members?|anyone|everyone|nobody|partners?|officials?|sources?|authors?|makers?|employees?|colleagues?|you|we|they|he|she)\b/u],
  ['where', /\b(in|at|near|on|from|into|inside|outside|behind|beside|opposite|via)\s+(?:the\s+)?[A-Z]|\b(floor|room|desk|street|road|avenue|building|city|town|village|country|countries|region|province|area|site|office|branch|location|located|address|north|south|east|west|central|online|website|app|folder|directory|file|path|server|page|menu|tab|shelf|counter|entrance|place|where|there|here|local|abroad|home|near|nearby)\b|[\\/~]\w/u],
  ['why', /\b(because|so|reason|reasons|due|since|result|aims?|aiming|hopes?|hoping|wants?|goal|purpose|motive|order to|help|helps|helping|benefit|need|needs|to)\b/i],
  ['obstacle', /\b(obstacles?|challenges?|problems?|hurdles?|barriers?|difficult\w*|hard|prevent\w*|stops?|struggl\w*|cannot|can't|cant|unable|limit\w*|lack\w*|constraints?|not allowed|no longer|only)\b/i],
  ['statement', /\b(said|says|say|stated|states|announced|announces|told|tells|comment\w*|statements?|according to|sees|views?|calls|called|describes|described|claimed|claims|declared|noted|warned|promised|pledged|replied|responded)\b/i],
];

/** The answer types an answer's wording can satisfy (see ANSWER_SUPPORTS). */
export function answerTypesSupported(answer: string): AnswerType[] {
  return ANSWER_SUPPORTS.filter(([, re]) => re.test(answer)).map(([type]) => type);
}

/**
 * A keyword message ending in the kind of answer it wants ("delegation date", "meeting place", "byd plant city") asks
 * it as a question word would: "when delegation", "where meeting". As a word, "date" or "place" outweighed the topic
 * and matched whatever fact stores "date" ("what is the target date?"). Not in a question that has its own question
 * word or verb ("what is the date").
 */
export function kindAsked(ws: string[]): string[] {
  const last = ws.at(-1);
  const asked = last === undefined ? undefined : KIND_ASKED_LAST.get(last);
  // (With a topic word before it: "and timeline?", "any date?" are follow-ups, the kind word all they ask.)
  if (asked === undefined || !ws.slice(0, -1).some((w) => !STOP_WORDS.has(w)) || ws.some((w) => QUESTION_OPENERS.has(w) || SENTENCE_GLUE.has(w))) return ws;
  return [asked, ...ws.slice(0, -1)];
}
const KIND_ASKED_LAST = new Map([
  ...['date', 'dates', 'timeline', 'timeframe', 'timing'].map((w) => [w, 'when'] as const),
  ...['place', 'location', 'venue'].map((w) => [w, 'where'] as const),
]);
/** Besides a question's opening words (QUESTION_OPENERS), the words that make a sentence of a keyword message. */
const SENTENCE_GLUE = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'for', 'to']);

/** English: the words, Porter stems, stop words and answer types above. */
export const ENGLISH: TextProfile = {
  language: 'en',
  // (An age read as the knowledge's "aged 8" in its texts as in questions: withoutPreamble reads a question's.)
  words: (text) => kindAsked(agesAsAged(words(text))),
  stem,
  isTerm,
  suffixing: false,
  isStopWordTypo,
  isCommonWord: isCommonEnglishWord,
  // Chat shorthand, and British or American words for the same thing (regional.ts), read the same way.
  chatWords: new Map([...REGIONAL_WORDS, ...CHAT_WORDS]),
  // (No light words: "side" dropped from English questions cost seven conversation sets a follow-up each, "what about
  // the chinese side?" among them, which the curated knowledge's "did the chinese side comment" answers.)
  chatFiller: CHAT_FILLER,
  answerType,
  answerTypesSupported,
  asksNoTopic: (word) => NO_TOPIC_WORDS.has(word),
  namesAnswerKind: (word) => ANSWER_KIND_WORDS.has(word),
  // "built" for knowledge that says "build", and the other way round (irregular.ts).
  verbStems: (word) => irregularFamily(word).map(stem),
};
