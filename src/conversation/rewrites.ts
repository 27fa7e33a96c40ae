/**
 * Rewrites of an English question before it is read in context (issue 16): "whats his name?" as "who is he?", an echo
 * ("the refinery?") as a question, "sorry, i meant chery" as the question it corrects, and a guess after a comma
 * ("who signed it, the govt?") left out. Each returns the question unchanged when its pattern does not apply.
 */
import { namesOnlyAsException } from '../text/lists.ts';
import { followupShape } from './followup-shape.ts';
import { AUX, WH, tokens } from './english-words.ts';
import { STOP_WORDS } from '../text/normalize.ts';

/**
 * "whats his name?", "and the guy's name?": asks who he is ("who is he?"), and "he" is then read as any pronoun is.
 * As typed, "name" would be swapped for a word of the question before ("energy minister" → "energy name").
 */
export function nameAskedAsWho(question: string): string {
  // "who are they again, full names pls": the names are what "who" asks; as typed, "names" and "full" are words of their own.
  const who = WHO_THEN_NAMES.exec(question);
  if (who) return `${who[1]!}${who[2]!}?`;
  // "who's the guy?", "and who is that woman": the person the answer named, as "who is he?" asks.
  const person = PERSON_ASKED.exec(question);
  if (person) return `${person[1]!}who is ${/^(?:woman|lady)$/iu.test(person[2]!) ? 'she' : 'he'}?`;
  // "just the name pls", "name?", "full names and titles pls": the name alone asked for, whose is the person the
  // conversation is about ("who is he?"), or the people ("names": "who are they?").
  const bare = BARE_NAME.exec(question);
  if (bare) return `${bare[1]!}who ${/s$/iu.test(bare[2]!) ? 'are they' : 'is he'}?`;
  const m = NAME_ASKED.exec(question);
  if (!m) return question;
  const pronoun = /^her\b/iu.test(m[2]!) ? 'she' : /^their\b/iu.test(m[2]!) ? 'they' : 'he';
  return `${m[1]!}who ${pronoun === 'they' ? 'are' : 'is'} ${pronoun}?`;
}
/** Words that lead a rewritten follow-up ("and", "ok so", "wait,"), kept as typed before the rewritten question. */
const REWRITE_LEAD = String.raw`^(\s*(?:(?:and|n|ok|okay|so|but|also|sorry|wait|um|hmm)\b[\s,.!:-]*)*)`;
/** "…, i forgot", "… i cant remember": why a name is asked, no word of the question. ("what r their names sir, forgot":
 * chat's "r" for "are", and the asker's address, in NAME_ASKED.) */
const FORGOT = String.raw`(?:\s*[,.;?!-]*\s*(?:i\s+)?(?:forgot|forget|(?:cant|can['’]t|dont|don['’]t)\s+remember)(?:\s+(?:it|again|now|lol))?)?`;
const NAME_ASKED = new RegExp(
  REWRITE_LEAD +
    String.raw`(?:(?:what(?:['’]?s| is| was| are| were| r)|whats|wats|wuts)\s+)?((?:his|her|their|(?:the|that|this)\s+(?:guy|man|woman|lady|person|bloke|dude|minister|president)['’]s|(?:the|that|this)\s+(?:guy|man|woman|lady|person|bloke|dude)['’]?s)\s+(?:full\s+|actual\s+|real\s+)?names?)(?:\s*(?:again|tho|though|pls|please|lol|lmao|haha|tbh|now|sir|bro|mate))*${FORGOT}[\s?!.\p{Extended_Pictographic}\u{FE0F}]*$`,
  'iu',
);

/** A name and nothing else asked for: "just the name pls", "name?", "the full names?", "full names and titles pls". */
const BARE_NAME = new RegExp(
  REWRITE_LEAD +
    String.raw`(?:(?:just|only)\s+)?(?:the\s+)?(?:full\s+|actual\s+|real\s+)?(names?)(?:\s+(?:and|&|n)\s+(?:titles?|roles?|positions?|jobs?))?(?:\s*(?:only|again|tho|though|pls|please|plz|lol|haha|then|now))*\s*[?!.]*\s*$`,
  'iu',
);

/** "who's the guy?", "who is that man again": who a person is, with nothing of what the person does said. */
const PERSON_ASKED = new RegExp(
  REWRITE_LEAD +
    String.raw`who(?:['’]?s|\s+(?:is|was))\s+(?:the|that|this)\s+(guy|man|woman|lady|person|bloke|dude|fella|fellow)(?:\s*(?:again|then|tho|though|pls|please|lol|lmao|haha|tbh|exactly|even))*\s*[?!.]*\s*$`,
  'iu',
);

/** A who-question, then what it asks again as names: "who are they again, full names pls", "who's he - name?". */
const WHO_THEN_NAMES = new RegExp(
  REWRITE_LEAD +
    String.raw`(who(?:['’]?s|\s+(?:is|are|was|were))\s+[^,?!.;:-]*?)\s*[,;:.?!-]+\s*(?:(?:their|his|her|the)\s+)?(?:full\s+|actual\s+|real\s+)?names?(?:\s*(?:again|tho|though|pls|please|plz|lol|lmao|haha|tbh|now))*\s*[?!.]*\s*$`,
  'iu',
);

/**
 * "is byd the only one?", "was that the only company": asks whether there are others, as "any others besides BYD?"
 * does. As typed, "one" took the place of a word of the question before ("is byd the only chinese carmakers…").
 */
export function onlyOneAsOthers(question: string): string {
  // (And with the verb after the name, "so byd's the only one?", "byd is the only company then?".)
  const m = ONLY_ONE.exec(question) ?? ONLY_ONE_AFTER.exec(question) ?? ONLY_OR_OTHERS.exec(question);
  return m ? `${m[1]!}any others besides ${m[2]!}?` : question;
}
/**
 * "is it only byd or others too?", "just byd or are there others?": the others asked about, as above. (And "… or are
 * others in the mix", "… or there is more chinese companies", "… or other chinese carmakers as well".)
 */
const ONLY_OR_OTHERS = new RegExp(
  REWRITE_LEAD +
    // (After "who else?", "anyone else?" asked first: "who else? only byd or there is more chinese companies".)
    String.raw`(?:(?:who|anyone|any\s+one|any\s+others?)\s+else\s*[?!.,]+\s*)?(?:(?:is\s+it|is\s+that|it['’]?s|was\s+it)\s+)?(?:only|just)\s+((?!(?:it|that|this|they|them)\b)[^?!.,\s]+(?:\s+[^?!.,\s]+){0,2}?)\s*,?\s+or\s+(?:are\s+there\s+|were\s+there\s+|is\s+there\s+|there\s+(?:is|are|were)\s+|are\s+|any\s+)*(?:others?|other\s+(?:ones|companies|firms|brands)|(?:other|more)\s+[^?!.,\s]+(?:\s+[^?!.,\s]+)?)(?:\s+(?:too|as\s+well|also|in\s+the\s+mix|involved|in\s+talks))?\s*[?!.]*\s*$`,
  'iu',
);
const ONLY_ONE = new RegExp(
  REWRITE_LEAD +
    String.raw`(?:is|was|are|were)\s+((?!it\b|that\b|this\b|they\b|those\b|these\b)[^?!.,]+?)\s+the\s+only\s+(?:one|ones|company|companies|firm|firms|brand|brands|option|options|choice|choices)(?:\s+(?:interested|involved|in\s+talks|on\s+board|talking|coming|investing|signed\s+up))?(?:\s*(?:then|tho|though|lol|or what|or not|or are there others|or are there more|right))*\s*[?!.]*\s*$`,
  'iu',
);
const ONLY_ONE_AFTER = new RegExp(
  REWRITE_LEAD +
    String.raw`((?!it\b|that\b|this\b|they\b|those\b|these\b|he\b|she\b|there\b|what\b|who\b|which\b)[^?!.,'’\s]+(?:\s+[^?!.,'’\s]+){0,2}?)(?:['’]s|\s+(?:is|was|are|were))\s+the\s+only\s+(?:one|ones|company|companies|firm|firms|brand|brands|option|options|choice|choices)(?:\s+(?:interested|involved|in\s+talks|on\s+board|talking|coming|investing|signed\s+up))?(?:\s*(?:then|tho|though|lol|or what|or not|or are there others|or are there more|right))*\s*[?!.]*\s*$`,
  'iu',
);

/**
 * "whats the goal?", "and the point of it?", "what's the aim of all this": asks why ("why?"), read as "why" is
 * (with the question before). As typed, "goal" or "point" is a word of its own and finds any fact that says it
 * ("the goal is 99% purity").
 */
export function purposeAskedAsWhy(question: string): string {
  const m = PURPOSE_ASKED.exec(question);
  return m ? `${m[1]!}why?` : question;
}
const PURPOSE_ASKED = new RegExp(
  REWRITE_LEAD +
    String.raw`(?:(?:what(?:['’]?s| is| was| would be| will be)|whats|wats|wuts)\s+)?(?:the|their|its|his|her)\s+(?:main\s+|real\s+|end\s+|whole\s+|actual\s+|stated\s+)?(?:goal|aim|purpose|point|idea|motive|motivation|reason|objective)s?(?:\s+(?:of|behind|for)\s+(?:it|that|this|them|all\s+(?:this|that)|the\s+(?:deal|plan|partnership|move|whole\s+thing)))?(?:\s*(?:then|again|tho|though|pls|please|lol|lmao|haha|tbh|exactly|here))*\s*[?!.]*\s*$`,
  'iu',
);

/**
 * "where was that held?", "when did it take place?": where or when the event just answered about was, as "where was
 * that?" asks. As typed, "held" and "take place" were read with the question before as words of their own ("where was
 * that held?" after what Erdoğan and Xi discussed was declined; "where did that take place?" got the talks again).
 */
export function eventAsWhereWhen(question: string): string {
  const held = EVENT_HELD.exec(question);
  if (held) return `${held[1]!}${held[2]!} ${held[3]!} ${held[4]!}?`;
  const place = EVENT_TAKES_PLACE.exec(question);
  if (place) {
    const plural = /^(?:they|those)$/iu.test(place[4]!);
    const verb = /^did$/iu.test(place[3]!) ? (plural ? 'were' : 'was') : plural ? 'are' : 'is';
    return `${place[1]!}${place[2]!} ${verb} ${place[4]!}?`;
  }
  return question;
}
const EVENT_AFTER = String.raw`(?:\s+(?:again|then|tho|though|exactly|even|actually|pls|please|lol))*\s*[?!.]*\s*$`;
const EVENT_HELD = new RegExp(REWRITE_LEAD + String.raw`(where|when)\s+(was|were|is|are)\s+(that|it|this|they|those)\s+held` + EVENT_AFTER, 'iu');
const EVENT_TAKES_PLACE = new RegExp(REWRITE_LEAD + String.raw`(where|when)\s+(did|does|will|do)\s+(that|it|this|they|those)\s+take\s+place` + EVENT_AFTER, 'iu');

/**
 * "and the man leading it, what is his job?": the one the answer named as leading what was asked about, set before a
 * question that points at him: that question ("what is his job?"), whose "his" is then read as any pronoun is. As typed,
 * "man" and "leading" were words of their own and the message was declined.
 */
export function leaderSetBefore(question: string): string {
  const m = LEADER_SET_BEFORE.exec(question);
  return m ? `${m[1]!}${m[2]!}` : question;
}
const LEADER_SET_BEFORE = new RegExp(
  REWRITE_LEAD +
    String.raw`(?:(?:the|that|this)\s+(?:man|guy|person|woman|lady|one|minister)\s+(?:leading|heading|running|in\s+charge\s+of)\s+(?:it|that|this|them|the\s+\p{L}+))\s*[,:;-]+\s*((?:what|who|where|when|how|is|was|does|did)\b.*\b(?:his|her|he|she|him)\b.*)$`,
  'iu',
);

/**
 * "and what's kacir's take on it?", "what was the minister's take?": what someone said of what was just answered, as
 * "what did kacir say about it?" asks. As typed, "take" is the knowledge's word for an outlet's view ("take on"), and
 * the question was declined. Only of it, that or this, or of nothing named: "what's kacir's take on the refinery" asks
 * of the refinery, and stays (a question of its own, answered as it would be alone).
 */
export function takeAsSaid(question: string): string {
  const m = TAKE_OF.exec(question);
  if (!m) return question;
  // ("what's his take?": what did he say; "the minister, what's his take?": what did the minister say.)
  const pronoun = ({ his: 'he', her: 'she', their: 'they' } as Record<string, string>)[m[3]!.toLowerCase()];
  if (m[2] !== undefined && pronoun === undefined) return question;
  const who = m[2] ?? pronoun ?? m[3]!.replace(/['’]s?$/u, '');
  return `${m[1]!}what did ${who} say about ${m[4] ?? 'it'}?`;
}
const TAKE_OF = new RegExp(
  REWRITE_LEAD +
    // (The one asked about may come first: "and the industry minister, what's his take?")
    String.raw`(?:((?:the\s+)?\p{L}+(?:\s+\p{L}+){0,2})\s*[,:-]+\s*)?(?:what(?:['’]s|\s+is|\s+was)|whats)\s+(his|her|their|(?:the\s+)?\p{L}+(?:\s+\p{L}+)?['’]s?)\s+take(?:\s+on\s+(it|that|this|all\s+this|all\s+that))?` + EVENT_AFTER,
  'iu',
);

/**
 * "so where does turkey come into that?", "where do they come in?": how the one named is part of what was just
 * answered, as "how does turkey fit into that?" asks. As typed, "where" asked for a place and "come" for where something
 * comes from (the delegation's sources).
 */
export function comeInAsFitIn(question: string): string {
  const m = COME_IN.exec(question);
  return m ? `${m[1]!}how ${/^do$/iu.test(m[2]!) ? 'do' : 'does'} ${m[3]!} fit into that?` : question;
}
const COME_IN = new RegExp(
  REWRITE_LEAD + String.raw`where\s+(does|do|would|will)\s+(\p{L}+(?:\s+\p{L}+)?)\s+come\s+in(?:to)?(?:\s+(?:it|that|this|all\s+(?:this|that)|the\s+picture|the\s+story))?` + EVENT_AFTER,
  'iu',
);

/**
 * "any year?", "any rough year at least?", "a ballpark figure?", "any numbers?", "any names?": asks for that kind of answer
 * of what was asked before, as "when?", "how much?", "who?" do ("a year?" alone may ask "per year?", and stays). As typed, "year" or "date" is a word of its own and finds any fact that has
 * it (the deposit's discovery "in 2022"), and the fragment, answered alone, stays so.
 */
export function kindAskedAsWh(question: string): string {
  const m = KIND_ASKED.exec(question);
  if (!m) return question;
  const noun = m[2]!.toLowerCase().replace(/\s+/g, ' ');
  const wh = WHEN_NOUNS.has(noun) ? 'when' : NAME_NOUNS.has(noun) ? 'who' : PLACE_NOUNS.has(noun) ? 'where' : 'how much';
  return `${m[1]!}${wh}?`;
}
// (Not "date" or "day": "any exact date?" asks for a day, which "in October" does not give; as typed it is read so.)
const WHEN_NOUNS = new Set(['year', 'month', 'timeline', 'time frame', 'timeframe', 'deadline', 'eta']);
const NAME_NOUNS = new Set(['name', 'names']);
const PLACE_NOUNS = new Set(['place', 'location', 'city', 'town', 'site']);
const KIND_ASKED = new RegExp(
  REWRITE_LEAD +
    String.raw`(?:(?:is there|are there|got|do (?:they|we|you) (?:have|give|say|mention))\s+)?(?:(?:any|some)\s+(?:(?:rough|ballpark|approximate)\s+)?|(?:a|an)\s+(?:rough|ballpark|approximate)\s+)(year|month|timeline|time\s*frame|deadline|eta|names?|place|location|city|town|site|numbers?|figures?|amount|estimate|price|cost|costs)(?:\s+(?:at\s+least|tho|though|then|even|yet|given|mentioned|pls|please|lol|or\s+anything|or\s+smth|or\s+something|at\s+all))*\s*[?!.]*\s*$`,
  'iu',
);

/**
 * "whats the status with byd?", "any news on chery?", "and byd, where does that stand?", "how's saic doing?": asks after
 * a name what the question before asked, as "what about BYD?" does. Its own words
 * ("status", "news") match no fact that says how things stand, so alone it is declined; the caller reads it so only
 * then (a question answered alone stays as it is). Null when the message is not such a question, or when a word of what
 * it names is not `known` (to the knowledge).
 */
export function statusAsWhatAbout(question: string, known: (key: string) => boolean, previous: string): string | null {
  const m = STATUS_BEFORE.exec(question) ?? STATUS_AFTER.exec(question) ?? STANDS.exec(question) ?? NAMED_STATUS.exec(question);
  if (!m) return null;
  const named = m[2]!.trim();
  const ts = tokens(named);
  if (ts.length === 0 || ts.length > MAX_STATUS_NAME_WORDS || ts.every((t) => STATUS_POINTERS.has(t.key)) || ts.some((t) => WH.has(t.key) || AUX.has(t.key))) return null;
  // Only after what the knowledge speaks of: "how is the turkish lira doing these days?" asks about the lira, which no
  // fact names: a question of its own, declined as it is.
  const own = ts.filter((t) => !STATUS_POINTERS.has(t.key) && !STOP_WORDS.has(t.key));
  if (own.some((t) => !known(t.key))) return null;
  // Nor after a question that named it ("what did byd sign?" then "whats the status with byd?"): no name to put in
  // another's place, as "what about byd?" there is a question of its own. (Unless it named it only as set apart, "any
  // firms besides byd?": then "what about byd?" asks it of BYD.)
  const before = new Set(tokens(previous).map((t) => t.key));
  if (own.every((t) => before.has(t.key) && !namesOnlyAsException(previous, t.key))) return null;
  return `${m[1]!}what about ${named}?`;
}
/** Most words of what a status question names ("the chinese ev giant": 4). */
const MAX_STATUS_NAME_WORDS = 4;
/** Words that point back rather than name ("what's the status with them?"): a follow-up of another kind. */
const STATUS_POINTERS = new Set(['it', 'that', 'this', 'them', 'they', 'those', 'these', 'him', 'her']);
// (The article may be left out, as in Japanese and Korean English: "and BYD, what is status with them?".)
const STATUS_ASKED = String.raw`(?:(?:what(?:['’]?s| is)|whats|wats|wuts)\s+(?:the\s+)?(?:latest|status|situation|story|deal|news|update)|where\s+(?:are|do)\s+things(?:\s+stand)?|where\s+(?:does|do)\s+(?:that|it|this|they)\s+stand|how(?:['’]?s| is| are)\s+(?:it|things|everything|stuff)(?:\s+going)?|(?:what(?:['’]?s| is)|whats|wats)\s+(?:up|happening|going\s+on)|any\s+(?:news|update|updates|progress|word))`;
const STATUS_TAIL = String.raw`(?:\s*(?:then|now|tho|though|lol|these\s+days|rn|atm|exactly))*\s*[?!.]*\s*$`;
/** "whats the status with BYD?": the status words, then what they ask about. */
const STATUS_BEFORE = new RegExp(REWRITE_LEAD + STATUS_ASKED + String.raw`\s+(?:with|of|on|for|about|from|re)\s+([^,?!.;:]+?)` + STATUS_TAIL, 'iu');
/** "and how's chery doing?": what is asked about inside the status words. */
// (Not "where does china stand in all this": a place in the field, China's dominance, not what was asked of another.)
const STANDS = new RegExp(REWRITE_LEAD + String.raw`how(?:['’]?s| is| are)\s+(.+?)\s+doing` + STATUS_TAIL, 'iu');
/** "and BYD, whats the status (with them)?", "byd - any news?": what they ask about, then the status words. */
const STATUS_AFTER = new RegExp(REWRITE_LEAD + String.raw`([^,?!.;:-]+?)\s*[,;:-]+\s*` + STATUS_ASKED + String.raw`(?:\s+(?:with|of|on|for|about|from)\s+(?:it|that|them|they|those|him|her))?` + STATUS_TAIL, 'iu');

/**
 * "and BYD status?", "byd status kya hai?", "chery update pls": the name, then a status word, as a note or a broker asks
 * (the Hindi "kya hai", what is, is chat of its own). Only with the status word last.
 */
const NAMED_STATUS = new RegExp(
  REWRITE_LEAD + String.raw`([^,?!.;:-]+?)\s+(?:status|update|progress)(?:\s+(?:kya\s+hai|pls|please|plz))?` + STATUS_TAIL,
  'iu',
);

/**
 * "the company you mentioned, how big are they?", "the minister you named, what's his job": what the answer just given
 * named, pointed at as "that company" points at it (a follow-up: read with the question before). As typed, "mentioned"
 * weighed as a word of the question and "the company" stood on its own.
 */
export function mentionedAsThat(question: string): string {
  const read = question.replace(MENTIONED, (_all, lead: string, noun: string) => `${lead}that ${noun}`);
  // (A dash after it sets off no remark, "that company they use as the example - how big is it?": it is the question's
  // topic, as after a comma.)
  return read === question ? question : read.replace(/^(\s*that\s+[^-–—,?]+?)\s+[-–—]+\s+/iu, '$1, ');
}
// (And what the report names, "the company they keep mentioning", "that company they use as the example".)
const MENTIONED =
  /(^|[\s,;:(])(?:the|that)\s+((?:[\p{L}-]+\s+)?[\p{L}-]+)\s+(?:(?:that|which)\s+)?(?:you|u|they|it)\s+(?:just\s+|keep\s+|kept\s+)?(?:mentioned|mention|mentioning|named|said|talked\s+about|brought\s+up|listed|gave|use\s+as\s+(?:the|an)\s+example|used\s+as\s+(?:the|an)\s+example|gave\s+as\s+(?:the|an)\s+example)\b/iu;

/**
 * "and his chinese counterpart?", "who's their turkish equivalent": the one in the same role on the side named, as "and
 * the chinese one?" asks (a follow-up: "one" stands for the one asked about before). "counterpart" weighed 43% as a word
 * the knowledge never uses.
 */
export function counterpartAsOne(question: string): string {
  return question.replace(COUNTERPART, (_all, side: string) => `the ${side} one`);
}
const COUNTERPART = /\b(?:his|her|their|its|the)\s+([\p{L}-]+)\s+(?:counterpart|counter-part|counter part|opposite number|equivalent)\b/iu;

/**
 * "and where is the place exactly?", "where's the site?": a place asked where, with nothing else of its own, is the one
 * the question before named, as "that place" is (a follow-up: read with the question before). As typed, "place" stood on
 * its own and nothing answered it.
 */
export function placeAsThat(question: string): string {
  return question.replace(THE_PLACE, (_all, head: string, noun: string, tail: string) => `${head}that ${noun}${tail}`);
}
const THE_PLACE =
  /^(\s*(?:(?:and|so|ok|okay|but|wait)\s*,?\s+)*where(?:\s+(?:is|was|s)|['’]s)\s+)the\s+(place|site|spot|location|town|village|area)((?:\s+(?:exactly|again|then|tho|though|precisely))?\s*[?!.]*\s*)$/iu;

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
 * "batteries also or only cars?", "only cars or batteries too?" after "has BYD agreed to make EVs in Turkey?": of two
 * alternatives, the one marked "only" is what the answer just given said, and the one marked "too" or "also" is what is
 * asked; read as that one alone ("batteries also?"). Only for a follow-up of alternatives with no verb, of a few words
 * each (a question of its own, "does turkey mine only or refine too?", is answered as typed).
 */
export function withoutOnlyAlternative(question: string): string {
  const parts = question.replace(/[?!.\s]+$/u, '').split(/\s*,?\s+or\s+/iu);
  if (parts.length !== 2) return question;
  const only = parts.findIndex((p) => ONLY_MARK.test(p) && !TOO_MARK.test(p));
  const too = parts.findIndex((p) => TOO_MARK.test(p) && !ONLY_MARK.test(p));
  if (only < 0 || too < 0 || only === too || parts.some((p) => tokens(p).length > MAX_ALTERNATIVE_WORDS || tokens(p).some((t) => WH.has(t.key)))) return question;
  // (Alternatives with no verb: "does turkey want to mine only or refine too?" asks a question of its own.)
  if (tokens(question).some((t) => AUX.has(t.key)) || followupShape(question).kind === 'standalone') return question;
  return `${parts[too]!}?`;
}
const ONLY_MARK = /\b(?:only|just|solely)\b/iu;
const TOO_MARK = /\b(?:too|also|as well)\b/iu;
/** Words of an alternative at most ("batteries also they will produce there": 6). */
const MAX_ALTERNATIVE_WORDS = 6;

/**
 * "signed with who tho, the govt?", "with who, the govt or some company?": a question word's follow-up with a guess at
 * its answer after a comma; the guess is no word of what is asked ("govt" would be read as the question's topic and
 * make it a question of its own). Read without it, but only when what is left is a follow-up: a question of its own
 * ("who is the energy minister, bayraktar?") is answered exactly as typed.
 */
export function withoutGuess(question: string): string {
  const one = withoutOneGuess(question);
  if (one !== null) return one;
  // (Several guesses, a sentence each: "with who tho, the government? a local partner?", "with whom? the state? or a
  // company?": the last ones go, each opened by an article, "or" or "maybe" and a guess's length at most, until one
  // guess is left to read as one alone is.)
  for (let more = MORE_GUESSES.exec(question); more !== null; more = MORE_GUESSES.exec(more[1]!)) {
    const read = withoutOneGuess(more[1]!);
    if (read !== null) return read;
  }
  return question;
}
/** {@link withoutGuess} for a question with one guess after it: the question without it, or null. */
function withoutOneGuess(question: string): string | null {
  const m = GUESS.exec(question);
  // (Not a second question word's phrase: "where exactly, which city?" asks which city.)
  const guess = m ? tokens(m[2]!) : [];
  if (!m || guess.filter((t) => t.key !== 'or').length > MAX_GUESS_WORDS || guess.some((t) => WH.has(t.key) || AUX.has(t.key))) return null;
  const asked = `${m[1]!.trimEnd()}?`;
  return followupShape(asked).kind === 'standalone' ? null : asked;
}
// (A full stop before the guess as a comma, when an article or "maybe" opens it: "with who tho. the govt?"; not "what are
// their positions . presidents ?", which says what is asked.)
// (And a question mark after a question of four words at most: "with whom? the govt?".)
const GUESS = /^((?:.*\b(?:who|whom|what|which|where|when|wen|wher)\b[^,.?]*)(?=,|\.\s)|(?:\S+\s+){0,3}?(?:who|whom|what|which|where|when|wen|wher)\b(?:['’]s)?(?:\s+\S+){0,4}?(?=\s*\?))(?:,|\?+|\.(?=\s+(?:the|a|an|some|maybe|like)\s))\s*((?:(?:the|a|an|some|or|maybe|like)\s+)*[\p{L}\p{N}'’.&-]+(?:\s+[\p{L}\p{N}'’.&-]+)*)\s*[?!]+\s*$/iu;
/** A guess of its own sentence after another's question mark ("… ? a local partner?"), and what comes before it. */
const MORE_GUESSES = /^(.*\?)\s*(?:(?:the|a|an|some|or|maybe|like)\s+)+[\p{L}\p{N}'’.&-]+(?:\s+[\p{L}\p{N}'’.&-]+){0,3}\s*\?+\s*$/iu;
/** Words of a guess at most ("the govt or some company": 4). */
const MAX_GUESS_WORDS = 4;
