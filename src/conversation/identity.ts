/**
 * A guess at who someone is ("is kacir the energy minister?", "kacır's the energy minister right?", "so bayraktar is
 * a minister?"). When the guess is wrong the engine declines it: the role's words belong to another person's fact
 * and only the name belongs to his. What the knowledge says of who that person is answers the guess, confirming or
 * correcting it ("Fatih Kacır was Turkey's Industry and Technology Minister"), as a person would answer it.
 */
import { answer, type KnowledgeBase } from '../engine/answer.ts';
import type { Reply } from '../reply.ts';
import { fold } from '../text/normalize.ts';
import { isTurkishStopWord, turkishLower } from '../text/turkish.ts';
import { ROLE_NOUNS, type Token, plainEnglish, tokens } from './english-words.ts';
import { plainTurkish, trTokens, turkishKnows } from './followup-tr.ts';
import { personsIn } from './persons.ts';

/** Words that lead a guess without saying anything ("wait is he …", "so kacir is …"). */
const LEADS = /^(?:(?:so|wait|and|but|oh|ok|okay|hmm+|um+|hang on|hold on)\s+)*/u;
/** Tags after a guess that ask to confirm it ("… right?", "… yeah?", "… or not?"). */
const TAGS = /(?:\s+(?:right|yeah|yes|yea|correct|then|now|innit|eh|rite|or not|or what|lol))+$/u;
/** "is <name> the <role>" and "<name> is / 's the <role>", with "a" or "an" as well. */
const IS_NAME = /^(?:is|was|isnt|wasnt)\s+(\p{L}+(?:\s+\p{L}+){0,2})\s+(?:the|a|an)\s+(.+)$/u;
const NAME_IS = /^(\p{L}+(?:\s+\p{L}+){0,2}?)(?:['’]s|\s+is|\s+was)\s+(?:the|a|an)\s+(.+)$/u;

/**
 * In Turkish, "kacır enerji bakanı mı?", "xi çinin başbakanı mıydı?": a name, a role and the question particle; "X kim?"
 * (who is X?) then. (The name first: "o bakan mı?" has no name.)
 */
const TR_GUESS = /^(\p{L}+(?:\s+\p{L}+){0,2}?)\s+(.+)\s+m[iu](?:yd[iu]|ym[iu]s|d[iu]r)?$/u;
/** Turkish role nouns (folded), with their possessive: a minister, a president, a leader. */
const TR_ROLE_NOUNS = new Set(['bakan', 'bakani', 'basbakan', 'basbakani', 'baskan', 'baskani', 'cumhurbaskani', 'cumhurbaskan', 'lider', 'lideri', 'sefi', 'yoneticisi', 'sozcusu']);

const personWords = new WeakMap<object, ReadonlySet<string>>();

/**
 * The words of the people the knowledge's answers name: the last two of a run of capitalised words ("Fatih Kacır"),
 * when the word is written in such a run at least as often as alone. (A country ends a run now and then, "… ve Çin",
 * and stands alone most of the time: "çin … lider mi?" is no guess at who China is.)
 */
function personWordsOf(kb: KnowledgeBase, turkish: boolean): ReadonlySet<string> {
  const index = turkish ? (kb.turkish ?? kb) : kb;
  let out = personWords.get(index);
  if (out === undefined) {
    const wordsOf = (text: string) => (turkish ? trTokens(text) : tokens(text));
    const inRuns = new Map<string, number>();
    const capitalised = new Map<string, number>();
    for (const f of index.facts) {
      for (const run of personsIn(f.answer, wordsOf)) for (const t of run.slice(-2)) inRuns.set(t.key, (inRuns.get(t.key) ?? 0) + 1);
      for (const t of wordsOf(f.answer)) if (/^\p{Lu}/u.test(t.text)) capitalised.set(t.key, (capitalised.get(t.key) ?? 0) + 1);
    }
    out = new Set([...inRuns].filter(([key, n]) => n * 2 >= (capitalised.get(key) ?? n)).map(([key]) => key));
    personWords.set(index, out);
  }
  return out;
}

/** {@link identityGuessed} for a Turkish question ("kacır enerji bakanı mı?"). */
export function turkishIdentityGuessed(question: string, kb: KnowledgeBase): string | null {
  const m = TR_GUESS.exec(plainTurkish(question));
  return m ? guessedName(m[1]!, m[2]!, kb, true) : null;
}

/**
 * The name a question guesses the role of, when it is such a guess: every word of the name one of a person the
 * knowledge names, and a role noun in the guess ("minister", "president"; not "is he the one going to china?", which
 * asks about the trip). Null otherwise.
 */
export function identityGuessed(question: string, kb: KnowledgeBase): string | null {
  const text = plainEnglish(question).replace(LEADS, '').replace(TAGS, '');
  const m = IS_NAME.exec(text) ?? NAME_IS.exec(text);
  return m ? guessedName(m[1]!, m[2]!, kb, false) : null;
}

/** The name of a guess's name part, when every word of it is a person's and its role part has a role noun; else null. */
function guessedName(namePart: string, rolePart: string, kb: KnowledgeBase, turkish: boolean): string | null {
  const wordsOf = turkish ? trTokens : tokens;
  const name = wordsOf(namePart);
  const people = personWordsOf(kb, turkish);
  if (name.length === 0 || !name.every((t) => people.has(t.key))) return null;
  const roles = turkish ? TR_ROLE_NOUNS : ROLE_NOUNS;
  return wordsOf(rolePart).some((t) => roles.has(t.key)) ? name.map((t) => t.text).join(' ') : null;
}

/**
 * A declined reply to a guess at who someone is (the question, or the reading shown for it), answered with
 * what the knowledge says of who that person is; null when it is no such guess or the knowledge does not say.
 */
export function answeredAsWhoIs(declined: Reply, read: string, kb: KnowledgeBase): { reply: Reply; probe: string } | null {
  if (declined.kind !== 'none' || declined.reason !== 'no-match') return null;
  const turkish = declined.language === 'tr';
  const name = turkish ? turkishIdentityGuessed(read, kb) : identityGuessed(read, kb);
  if (name === null) return null;
  const probe = turkish ? `${name} kim?` : `who is ${name}?`;
  const r = answer(probe, kb, turkish ? { oneQuestion: true, hint: 'tr' } : { oneQuestion: true });
  if (r.kind !== 'fact') return null;
  const { readingAs, readingQuestion } = declined;
  return { reply: { ...r, question: declined.question, ...(readingAs === undefined ? {} : { readingAs }), ...(readingQuestion === undefined ? {} : { readingQuestion }) }, probe };
}

/**
 * "who?", "who's that?", "who is that again?" after a question that named someone and asked something else ("what did
 * kacir say last month?"): who that person is, as "who is kacir?" gets it. The probe, or null when the message is no
 * such question, the question before named no one the knowledge names as a person, or asked who already.
 */
export function whoAskedOfNamed(question: string, previousQuestion: string, kb: KnowledgeBase): string | null {
  if (!WHO_ALONE.test(plainEnglish(question))) return null;
  if (/^\s*(?:and |so |but |ok |okay )?(?:who|whos|whose|whom)\b/iu.test(fold(previousQuestion))) return null;
  const name = personNamedIn(previousQuestion, kb);
  return name === null ? null : `who is ${name}`;
}

/**
 * "which ministry?", "what ministry is he in again?", "what's his job?" after a question that named someone ("what did
 * fatih kacir say about rare earths?"): that person's post, as "which ministry is fatih kacir in?" asks it (alone,
 * "ministry" found whichever ministry the knowledge names most, the energy ministry). The probe, or null when the
 * message is no such question or the question before named no one the knowledge names as a person.
 */
export function postAskedOfNamed(question: string, previousQuestion: string, kb: KnowledgeBase): string | null {
  const m = POST_ALONE.exec(plainEnglish(question));
  if (!m) return null;
  const name = personNamedIn(previousQuestion, kb);
  if (name === null) return null;
  const post = m[1] ?? m[2]!;
  return PLACE_OF_POST.has(post) ? `which ${post} is ${name} in` : `what is ${name}'s ${post}`;
}

/**
 * {@link postAskedOfNamed} in Turkish: "hangi bakanlıkta?", "hangi bakanlıktı onunki" (which ministry was his) after
 * "Fatih Kacır … ne açıkladı?" is "Fatih Kacır hangi bakanlıkta?".
 */
export function turkishPostAskedOfNamed(question: string, previousQuestion: string, kb: KnowledgeBase): string | null {
  const m = TR_POST_ALONE.exec(plainTurkish(question));
  if (!m) return null;
  const people = personWordsOf(kb, true);
  const ts = trTokens(previousQuestion);
  const at = ts.findIndex((t) => people.has(t.key) && !TR_ROLE_NOUNS.has(t.key));
  if (at < 0) return null;
  let end = at + 1;
  while (end < ts.length && people.has(ts[end]!.key) && !TR_ROLE_NOUNS.has(ts[end]!.key)) end++;
  // (The post as typed, with its Turkish letters, for the reading shown.)
  const typed = /(?:^|\s)hangi\s+(\p{L}+)/iu.exec(question.toLocaleLowerCase('tr'))?.[1] ?? m[1];
  return `${ts.slice(at, end).map((t) => t.text.replace(/['’].*$/u, '')).join(' ')} hangi ${typed}`;
}
/**
 * "hangi bakanlıkta?", "peki hangi bakanlık onunki", "hangi görevde" (folded, without punctuation): which body or post,
 * with no one named (or only "his": "onunki", "onun").
 */
const TR_POST_ALONE =
  /^(?:(?:peki|e|ya|bi de|bide|bir de|hmm+)\s+)*hangi\s+((?:bakanlik|kurum|parti|sirket|gorev|makam)\p{L}*)(?:\s+(?:onunki|onunkisi|onun|o|bu|adaminki))?(?:\s+(?:peki|acaba|ya|tam olarak|di|diydi))*$/u;

/** The name of the person a question names, as typed, or null. */
function personNamedIn(previousQuestion: string, kb: KnowledgeBase): string | null {
  // (A person's name, not a title: "what did the industry minister say?" names a role, which "who is that?" reads.)
  const people = personWordsOf(kb, false);
  const lower = lowercaseWordsOf(kb);
  const named = (t: { key: string }) => {
    const key = t.key.replace(/['’]s$/u, '');
    return people.has(key) && !lower.has(key) && !ROLE_NOUNS.has(key);
  };
  const ts = tokens(previousQuestion);
  const at = ts.findIndex(named);
  if (at < 0) return null;
  // (A name ends at its owner's "'s": "bayraktar's ministry" is Bayraktar.)
  let end = at + 1;
  while (end < ts.length && !/['’]s$/u.test(ts[end - 1]!.text) && named(ts[end]!)) end++;
  return ts.slice(at, end).map((t) => t.text.replace(/['’]s$/u, '')).join(' ');
}

/** Posts asked of as the body someone is in ("which ministry is he in?"); the others as what someone has ("his job"). */
const PLACE_OF_POST = new Set(['ministry', 'department', 'office', 'agency', 'party', 'company', 'government', 'cabinet']);
/**
 * "which ministry?", "what ministry is he in again", "and his job?", "whats his role exactly" (folded, without
 * punctuation): a post asked of with no one named.
 */
const POST_ALONE =
  /^(?:(?:and|so|but|ok|okay|wait|sorry|hm+|um+)\s+)*(?:(?:which|what|wat|wut)\s+(ministry|department|office|agency|party|company|government|cabinet|job|role|post|position|title)(?:\s+(?:is|was)\s+(?:he|she|that|this|it)(?:\s+in)?|\s+(?:does|did)\s+(?:he|she)\s+(?:run|lead|head|have|hold))?|(?:(?:what|whats|what s|what is|and)\s+)?(?:his|her)\s+(job|role|post|position|title))(?:\s+(?:again|exactly|tho|though|now|then|sorry|pls|please|plz))*$/u;
const lowercaseWords = new WeakMap<object, ReadonlySet<string>>();
/**
 * The words the knowledge's English answers write in lower case somewhere inside a sentence ("the energy ministry",
 * "a minister"): words of titles and things, no one's name, which is always capitalised ("Kacır").
 */
function lowercaseWordsOf(kb: KnowledgeBase): ReadonlySet<string> {
  let out = lowercaseWords.get(kb);
  if (out === undefined) {
    const found = new Set<string>();
    for (const f of kb.facts) for (const t of tokens(f.answer)) if (/^\p{Ll}/u.test(t.text)) found.add(t.key);
    out = found;
    lowercaseWords.set(kb, out);
  }
  return out;
}
/** "who?", "who's that?", "who is he again?", "who's he again sorry" (folded, without punctuation). */
const WHO_ALONE = /^(?:(?:and|so|but|ok|okay|wait|sorry|hm+|um+)\s+)*(?:who|whos|who s|who is|who's)(?:\s+(?:that|this|he|she|him|that guy|this guy|dat))?(?:\s+(?:again|exactly|tho|though|now|lol|then|sorry|sry|soz|pls|please|plz|bro|mate))*$/u;


/**
 * "and the industry one?", "the industry guy?", "his counterpart at industry?", "and industry side who is handling?"
 * after an answer that gave someone's post ("… was Turkey's Energy Minister"): the holder of the same post in the field
 * the question names, as "who is the industry minister?" asks it (as typed, "one", "guy" or "counterpart" left the
 * question with no post, and a swap put the field in the question's place: "name of turkey's industry minister
 * again?"). The probe, or null when the message is no such question, the answer before gave no post, or the field is
 * none the knowledge writes beside a post ("Minister of Industry and Technology": industry, technology).
 */
export function roleOfFieldAsked(question: string, previousQuestion: string, previousAnswer: string, kb: KnowledgeBase): string | null {
  const text = plainEnglish(question).replace(/['’]/gu, '');
  // (Not a choice: "is he the energy minister or the industry one?" asks which of two.)
  if (tokens(text).length > MAX_FIELD_QUESTION_WORDS || /(?:^|\s)or\s/u.test(text)) return null;
  const fields = fieldsOf(kb);
  // (A field of several words joined by "and", "the industry and technology one", is the whole of it.)
  const isField = (f: string | undefined): f is string => f !== undefined && f.split(' and ').every((w) => fields.has(w));
  const field = FIELD_ONES.map((re) => re.exec(text)?.[1]).find(isField);
  const role = field === undefined ? null : postIn(previousAnswer);
  if (field === undefined || role === null || field.split(' and ').includes(role.field)) return null;
  // (Not a field the question before asked of: "and the industry one?" after "who is the industry minister?" is no swap.)
  // (Only after a question on who someone is or his post: after "what did kacir say?" the energy one is what he said.)
  const before = tokens(previousQuestion);
  if (before.some((t) => field.split(' and ').includes(t.key)) || !before.some((t) => ASKS_WHO_OR_POST.has(t.key))) return null;
  return `who is the ${field} ${role.noun}`;
}
/** Words of a question on who someone is or what his post is ("who is …", "name of …", "what's his job"). */
const ASKS_WHO_OR_POST = new Set(['who', 'whos', 'whom', 'which', 'name', 'job', 'role', 'post', 'position', 'portfolio', 'title', 'heading', 'charge']);
/** Words at most of such a question ("and the other minister in the article, the industry one?": 10). */
const MAX_FIELD_QUESTION_WORDS = 12;
/** The shapes that name a field with a post left out ("the industry one", "the one for industry", "counterpart at industry"). */
const FIELD_ONES: readonly RegExp[] = [
  /(?:^|\s)(?:the\s+)?(\p{L}+(?:\s+and\s+\p{L}+)?)\s+(?:one|guy|man|person|fella|bloke|dude|lady|woman|side)(?=\s|$)/u,
  /(?:^|\s)the\s+(?:one|guy|man|person)\s+(?:of|for|at|in|from|on)\s+(?:the\s+)?(\p{L}+(?:\s+and\s+\p{L}+)?)/u,
  /(?:^|\s)counterpart\s+(?:at|for|in|of|on|from)\s+(?:the\s+)?(\p{L}+(?:\s+and\s+\p{L}+)?)/u,
];
/** The post an answer gives ("Energy Minister", "Minister of Industry"): its role noun and the field beside it, or null. */
function postIn(answer: string): { noun: string; field: string } | null {
  const ts = tokens(answer);
  for (let i = 0; i < ts.length; i++) {
    if (!ROLE_NOUNS.has(ts[i]!.key) || !/^\p{Lu}/u.test(ts[i]!.text)) continue;
    const { before, after } = fieldAround(ts, i);
    const field = before ?? after[0];
    if (field) return { noun: ts[i]!.key.replace(/s$/u, ''), field: field.key };
  }
  return null;
}
/**
 * The field of a role noun at `i` (capitalised itself): the capitalised word before it ("Energy Minister"), and the
 * capitalised words after its "of" ("Minister of Industry and Technology"), "and" aside.
 */
function fieldAround(ts: readonly Token[], i: number): { before: Token | undefined; after: Token[] } {
  const b = ts[i - 1];
  const before = b && /^\p{Lu}/u.test(b.text) && !ROLE_NOUNS.has(b.key) ? b : undefined;
  const after: Token[] = [];
  if (ts[i + 1]?.key === 'of') for (let j = i + 2; j < ts.length && (/^\p{Lu}/u.test(ts[j]!.text) || ts[j]!.key === 'and'); j++) if (ts[j]!.key !== 'and') after.push(ts[j]!);
  return { before, after };
}
const fieldWords = new WeakMap<object, ReadonlySet<string>>();
/**
 * The words the knowledge's answers write as the field of a post, capitalised beside a role noun ("Energy Minister",
 * "Minister of Industry and Technology"): the fields a "the industry one" may name.
 */
function fieldsOf(kb: KnowledgeBase): ReadonlySet<string> {
  let out = fieldWords.get(kb);
  if (out === undefined) {
    const found = new Set<string>();
    for (const f of kb.facts) {
      const ts = tokens(f.answer);
      ts.forEach((t, i) => {
        if (!ROLE_NOUNS.has(t.key) || !/^\p{Lu}/u.test(t.text)) return;
        const { before, after } = fieldAround(ts, i);
        // (Not the answer's first word, capitalised as any first word is.)
        if (before && i - 1 > 0) found.add(before.key);
        for (const w of after) found.add(w.key);
      });
    }
    out = found;
    fieldWords.set(kb, out);
  }
  return out;
}

/**
 * {@link roleOfFieldAsked} in Turkish: "peki sanayiden sorumlu olan?" (and the one responsible for industry?), "öbürü
 * kimdi, sanayici olan", "haa bayraktar tamam. sanayi?" after an answer that gave someone's post ("Türkiye'nin Enerji
 * Bakanı Alparslan Bayraktar'dı"): "sanayi bakanı kim". Null when the message is no such question, the answer before
 * gave no post, or the question before asked neither who nor a post.
 */
export function turkishRoleOfFieldAsked(question: string, previousQuestion: string, previousAnswer: string, kb: KnowledgeBase): string | null {
  const ts = trTokens(question);
  // (A question that names the post itself, "Türkiye'nin enerji bakanı kim?", stands on its own.)
  if (ts.length > MAX_FIELD_QUESTION_WORDS || ts.some((t) => /^(?:bakan|baskan|cumhurbaskan)/u.test(t.key))) return null;
  const fields = turkishFieldsOf(kb);
  // (The field with a suffix of its own: "sanayiden" (for industry), "sanayici" (the industry one); not a longer word.)
  const fieldOf = (key: string) => [...fields.keys()].find((f) => key.startsWith(f) && key.length - f.length <= MAX_FIELD_SUFFIX);
  const asked = ts.map((t) => fieldOf(t.key)).filter((f): f is string => f !== undefined);
  // (Nothing else of the knowledge's asked: "çine gidiyomuş diyolar, resmi mi?" is a question of its own.)
  // (A word of the answer just given said back, "haa bayraktar tamam. sanayi?", asks nothing either.)
  const said = new Set([...trTokens(previousAnswer), ...trTokens(previousQuestion)].map((t) => t.key));
  const others = ts.filter((t) => fieldOf(t.key) === undefined && !isTurkishStopWord(t.key) && !TR_ASKS_WHO_OR_POST.test(t.key) && !TR_FIELD_FRAME.test(t.key) && !said.has(t.key));
  if (others.some((t) => turkishKnows(kb, t.key))) return null;
  const post = turkishPostIn(previousAnswer);
  if (asked.length !== 1 || post === null || post.fields.includes(asked[0]!)) return null;
  const before = trTokens(previousQuestion);
  if (before.some((t) => fieldOf(t.key) === asked[0]) || !before.some((t) => TR_ASKS_WHO_OR_POST.test(t.key) || TR_ROLE_NOUNS.has(t.key))) return null;
  return `${fields.get(asked[0]!)} ${post.noun} kim`;
}
/** Turkish words (folded) of the frame of such a question: "sorumlu olan" (the one responsible), "öbürü" (the other). */
const TR_FIELD_FRAME = /^(?:sorumlu\p{L}*|olan\p{L}*|obur\p{L}*|diger\p{L}*|tarafi?|kastet\p{L}*|yanlis|sordum)$/u;
/** Letters at most of a suffix on a field's word ("-den", "-ci", "-deki"). */
const MAX_FIELD_SUFFIX = 4;
/** Turkish words (folded) of a question on who someone is ("kim", "kimdi", "adı"). */
const TR_ASKS_WHO_OR_POST = /^(?:kim|kimdi|kimdir|adi|ismi|hangi|gorevi|gorev)$/u;
/** The post a Turkish answer gives ("Enerji Bakanı", "Sanayi ve Teknoloji Bakanı"): its role noun (folded) and its field's words. */
function turkishPostIn(answer: string): { noun: string; fields: string[] } | null {
  const ts = trTokens(answer);
  for (let i = 1; i < ts.length; i++) {
    if (!TR_ROLE_NOUNS.has(ts[i]!.key) || !/^\p{Lu}/u.test(ts[i]!.text)) continue;
    const fields = fieldWordsBefore(ts, i).map((w) => w.key);
    // (The noun as written, "bakanı", for the reading shown.)
    if (fields.length > 0) return { noun: turkishLower(ts[i]!.text.replace(/['’].*$/u, '')), fields };
  }
  return null;
}
/** The capitalised words before a role noun at `i`, "ve" aside, back to its owner ("Türkiye'nin"): the post's field. */
function fieldWordsBefore<T extends { text: string; key: string }>(ts: readonly T[], i: number): T[] {
  const out: T[] = [];
  for (let j = i - 1; j > 0; j--) {
    const w = ts[j]!;
    if (w.key === 've') continue;
    if (!/^\p{Lu}/u.test(w.text) || /['’]/u.test(w.text) || TR_ROLE_NOUNS.has(w.key)) break;
    out.push(w);
  }
  return out;
}
const turkishFieldWords = new WeakMap<object, ReadonlyMap<string, string>>();
/** The words (folded) the Turkish answers write capitalised before a role noun ("Enerji Bakanı", "Sanayi ve Teknoloji Bakanı"). */
function turkishFieldsOf(kb: KnowledgeBase): ReadonlyMap<string, string> {
  const index = kb.turkish ?? kb;
  let out = turkishFieldWords.get(index);
  if (out === undefined) {
    // (Each folded, with the word as written, in lower case: "sanayi", "enerji".)
    const found = new Map<string, string>();
    for (const f of index.facts) {
      const ts = trTokens(f.answer);
      // (Back over the capitalised words and "ve" before it, to the owner: "Türkiye'nin Sanayi ve Teknoloji Bakanı". Not a
      // name the knowledge writes with a case ending after an apostrophe, "Çin Devlet Başkanı": "Çin'in" is a country's.)
      ts.forEach((t, i) => {
        if (TR_ROLE_NOUNS.has(t.key) && /^\p{Lu}/u.test(t.text)) for (const w of fieldWordsBefore(ts, i)) found.set(w.key, turkishLower(w.text));
      });
    }
    for (const f of index.facts) for (const text of [f.answer, ...f.questions]) for (const t of trTokens(text)) if (/['’]/u.test(t.text)) found.delete(t.key);
    out = found;
    turkishFieldWords.set(index, out);
  }
  return out;
}

/**
 * "what's he been saying about the facility?", "said owt about rare earths lately?", "o bu nadir toprak işine ne
 * demiş?", "nadir toprak konusunda bi açıklaması var mı?" after an answer that named someone ("Fatih Kacır was Turkey's
 * Minister of Industry …"): what that person said, asked with his name ("what's Fatih Kacır been saying about the
 * facility"). The probe, or null when the message asks of no saying, names someone of its own, or the answer before
 * named no one. (The caller takes the probe's fact only when it names that person: a statement of someone else is no
 * answer of what he said.)
 */
export function saidAskedOfNamed(question: string, previousAnswer: string, kb: KnowledgeBase, turkish: boolean): { probe: string; person: string } | null {
  const people = personWordsOf(kb, turkish);
  const roles = turkish ? TR_ROLE_NOUNS : ROLE_NOUNS;
  const wordsOf = turkish ? trTokens : tokens;
  const asked = wordsOf(question);
  if (asked.length > MAX_SAID_QUESTION_WORDS || !asked.some((t) => (turkish ? TR_SAYING : EN_SAYING).test(t.key))) return null;
  // (No one named of its own: "what did kacir say?" is a question of its own. Nor who said it, "says who?", "kim demiş
  // bunu?", which asks the source; nor what several said, "did they say why not?".)
  if (asked.some((t) => people.has(t.key) && !roles.has(t.key))) return null;
  if (asked.some((t) => (turkish ? TR_NOT_HIM : EN_NOT_HIM).has(t.key))) return null;
  // (The person's words that end a run of capitalised words: "… Teknoloji Bakanı Fatih Kacır'dı" is Fatih Kacır.)
  const tail = (r: ReturnType<typeof wordsOf>) => {
    let i = r.length;
    while (i > 0 && people.has(r[i - 1]!.key) && !roles.has(r[i - 1]!.key)) i--;
    return r.slice(i);
  };
  const run = personsIn(previousAnswer, wordsOf).map(tail).find((r) => r.length >= 2);
  if (run === undefined) return null;
  const person = run.map((t) => t.text.replace(/['’].*$/u, '')).join(' ');
  if (turkish) {
    // (The pronoun or the asker's "bu arkadaş" goes: the name stands in its place, first.)
    const rest = asked.filter((t) => !TR_HE.has(t.key)).map((t) => t.text).join(' ');
    return { probe: `${person} ${rest}`, person: run.at(-1)!.key };
  }
  const he = asked.findIndex((t) => EN_HE.has(t.key));
  const texts = asked.map((t) => t.text);
  const probe = he >= 0 ? [...texts.slice(0, he), person, ...texts.slice(he + 1)].join(' ') : `${person} ${texts.join(' ')}`;
  return { probe, person: run.at(-1)!.key };
}
/** Words at most of such a question. */
const MAX_SAID_QUESTION_WORDS = 14;
/** English words of saying (folded): say, said, declare, statement, comment, talk. */
const EN_SAYING = /^(?:say|says|said|saying|sayin|declare|declared|announce|announced|statement|statements|comment|comments|commented|talk|talked|remarks?)$/u;
/** Turkish words of saying (folded): demek, söylemek, açıklamak and their forms ("demiş", "söyledi", "açıklaması"). */
const TR_SAYING = /^(?:de(?:di|mis|misti|mislerdi|diler)|demis\p{L}*|soyle\p{L}*|acikla\p{L}*|beyan\p{L}*)$/u;
/** Words of a saying asked of someone else than him: who said it, or several (folded). */
const EN_NOT_HIM = new Set(['who', 'whos', 'whom', 'they', 'them', 'their', 'theyre', 'it', 'its', 'sources', 'source']);
const TR_NOT_HIM = new Set(['kim', 'kimin', 'kimler', 'kimden', 'kaynak', 'kaynagi', 'kaynaklar', 'onlar', 'bunlar']);
/** "he", "him", "his" (folded). */
const EN_HE = new Set(['he', 'him', 'his', 'she', 'her']);
/** Turkish "o", "onun", "kendisi", "bu arkadaş" (folded): the person, a word the name stands in for. */
const TR_HE = new Set(['o', 'onun', 'ona', 'kendisi', 'kendisinin', 'arkadas', 'arkadasin', 'bu', 'adam', 'adamin', 'hoca']);
