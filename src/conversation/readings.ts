/**
 * The readings of an English follow-up (issue 16): the previous question taken apart (`parse`), the noun phrases a
 * pronoun may stand for, the whole questions a swap or a pronoun makes of it, and the paired and topical probes tried
 * after them (`readings`, the most specific first). Pure: which reading is answered is decided in followup.ts.
 */
import { isIrregularVerbForm } from '../text/irregular.ts';
import { personsIn } from './persons.ts';
import { isBiggerThanCity, isMonthOrDay } from '../text/places.ts';
import { PERSON_PRONOUNS, STOP_WORDS, aboutIdiomAt, answerType, preambleLength } from '../text/normalize.ts';
import { type FollowupShape, whLength } from './followup-shape.ts';
import { type Vocabulary, factsOfAll, jaccard, nameKey, root } from './vocabulary.ts';
import { ADDRESS, ADVERBIAL_WH, ARTICLES, AUX, COPULA, DEMONSTRATIVES, HOW_WORDS, LEAD, MEANT, OTHER, PLURAL_NOUN, PLURAL_PRONOUNS, PRONOUNS, TIME_AFTER, ROLE_NOUNS, TIME_PREPOSITIONS, type Token, WH, WHAT_WORDS, isContent, isPossessive, opensClause, ownTokens, pointsNowhere, reminderAt, tokens, waitLeads } from './english-words.ts';

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


export function parse(question: string): Parsed {
  // ("good. when will it open?": the interjection is no word of the question, as in followupShape.)
  const all = withoutIdioms(ownTokens(question));
  let i = 0;
  while (i < all.length && (LEAD.has(all[i]!.key) || waitLeads(all, i))) i++;
  // ("remind me who Bayraktar is": the request to be told is no word of the question, as in followupShape.)
  i += reminderAt(all, i);
  // ("dumb q but what do ppl use rare earths for": a remark before the question is no part of it, as the engine reads it.)
  i += preambleLength(all.slice(i).map((t) => t.key));
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

export const join = (ts: readonly Token[]) => ts.map((t) => t.text).join(' ');
/** A question for a reading: a lower-case first letter unless it is a name or an acronym, one question mark. */
export function asQuestion(text: string, names: Set<string>): string {
  const trimmed = text.replace(/[\s?!.,;:]+$/u, '');
  const first = tokens(trimmed)[0];
  const keep = first !== undefined && (names.has(first.key) || /^\p{Lu}{2,}/u.test(first.text));
  const out = `${keep ? trimmed : trimmed.charAt(0).toLowerCase() + trimmed.slice(1)}?`;
  return out.length > MAX_READING_CHARS ? `${out.slice(0, MAX_READING_CHARS - 1).trimEnd()}…` : out;
}

/** "“and when?” following on from “who is leading the delegation to China?”": the honest reading when no whole question can be made. */
export function pairedReading(question: string, previous: string, names: Set<string>): string {
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
  const isName = keys.some((k) => vocab.names.has(k));
  // "and the industry guy?" after "who's Bayraktar?": a question that asks only who someone is takes a description of
  // someone ("the industry guy", "the energy minister") in the name's place, though elsewhere only a name takes a name's.
  const person = isName ? null : namedPerson(prev, vocab);
  if (person) return [join([...ts.slice(0, person.from), ...subject, ...ts.slice(person.to)])];
  const mine = factsOfAll(keys, vocab);
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
  // (With "one" and no word before the thing, one after it: "and the chinese one?" after "who's the president of
  // turkey?" sets the president apart by "of turkey", and asks "who's the chinese president?".)
  if (modifier && places.length === 0) {
    const of = ts.findIndex((t, j) => j >= prev.wh + 2 && ts[j - 1]!.key === 'of' && isContent(ts[j - 2]!) && isContent(t) && vocab.names.has(nameKey(t.key, vocab)) === isName && !keys.includes(nameKey(t.key, vocab)));
    if (of >= 0) return [join([...ts.slice(0, of - 2), ...subject, ts[of - 2]!, ...ts.slice(of + 1)])];
  }
  // The likeliest must be found with the word swapped in at least once. With "one", the place is told by the grammar
  // (the word before the thing named), however rare the two words are together.
  if (!modifier && !places.some((p) => p.score > 0)) return [];
  // The most alike first; with "one", of equals the last (the word nearest the thing named).
  places.sort((a, b) => b.score - a.score || (modifier ? b.j - a.j : a.j - b.j));
  // (Two places in one group of names make one reading.)
  return [...new Set(places.slice(0, MAX_SWAPS).map(({ j }) => {
    // A name of several words goes as a whole ("Xi Jinping", "Great Wall").
    let from = j;
    let to = j + 1;
    if (isName) {
      // … and so do names joined by "and" / "or" ("and byd?" after "has turkey talked to chery or great wall": BYD in
      // place of both, not "chery or byd", which asks of Chery still).
      const nameAt = (k: number) => k >= prev.wh && k < ts.length && vocab.names.has(nameKey(ts[k]!.key, vocab));
      while (from > prev.wh && (nameAt(from - 1) || (COORDINATORS.has(ts[from - 1]!.key) && nameAt(from - 2)))) from--;
      while (to < ts.length && (nameAt(to) || (COORDINATORS.has(ts[to]!.key) && nameAt(to + 1)))) to++;
    }
    return join([...ts.slice(0, from), ...subject, ...ts.slice(to)]);
  }))];
}

/**
 * Where the name is in a question that asks only who someone is ("who's Bayraktar?", "who is Fatih Kacir", "remind me
 * who Bayraktar is"): the run of names after "who" (and its verb), with nothing after it but the verb; null otherwise.
 */
function namedPerson(prev: Parsed, vocab: Vocabulary): { from: number; to: number } | null {
  const { ts } = prev;
  if (prev.wh === 0 || (ts[prev.whFrom]!.key !== 'who' && ts[prev.whFrom]!.key !== 'whos')) return null;
  let from = prev.wh;
  if (COPULA.has(ts[from]?.key ?? '')) from++;
  let to = from;
  while (to < ts.length && vocab.names.has(ts[to]!.key)) to++;
  const rest = ts.length - to;
  return to > from && (rest === 0 || (rest === 1 && COPULA.has(ts[to]!.key))) ? { from, to } : null;
}

/** Words joining names into one group ("chery or great wall", "byd and chery"). */
const COORDINATORS = new Set(['and', 'or', '&']);

/** Swap readings tried, at most. */
const MAX_SWAPS = 2;


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
    // Nor a nationality ("turkish" in "what did the turkish industry minister say?"): no one's name.
    const person = (t: Token) => vocab.names.has(t.key) && !isBiggerThanCity(t.key) && !NATIONALITY_WORD.test(t.key);
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
    // (Also when it asked whether anyone does it: "is ankara sending anybody to china?")
    if ((prev.wh > 0 && ts[prev.whFrom]!.key.startsWith('who')) || ts.some((t) => WHO.has(t.key) || SOMEONE.has(t.key)) || out.length === 0) {
      const persons = personsIn(previousAnswer, tokens);
      if (persons.length > 0) return persons.slice(0, MAX_PHRASES);
    }
    return out.slice(0, MAX_PHRASES);
  }
  let j = prev.wh;
  const verbAfterName = (at: number) => {
    const x = ts[at]!;
    return /.[^s'’]s$/.test(x.key) && !vocab.names.has(x.key) && vocab.names.has(ts[at - 1]!.key) && opensObject(ts[at + 1], vocab);
  };
  // "what does the Global Times say about it": after "do", the subject's last word is the verb ("say").
  // (Words that say nothing between the question word and "do" do not part them: "what exactly did BYD agree to do".)
  let doAt = prev.wh;
  while (doAt < ts.length && !DO.has(ts[doAt]!.key) && !isContent(ts[doAt]!) && !AUX.has(ts[doAt]!.key)) doAt++;
  // (Nor the kind asked after "which" or "what": "which rare earth elements does the beylikova deposit contain" has its
  // subject after "does", as "what does …" has; the kind is what the answer names, and "it" after it is rather the deposit.)
  let askedKind: Token[] = [];
  if (prev.wh - prev.whFrom === 1 && WHAT_WHICH.has(ts[prev.whFrom]!.key) && isContent(ts[doAt] ?? { text: '', key: '' })) {
    let d = doAt;
    while (d < ts.length && d - doAt < MAX_ASKED_KIND && isContent(ts[d]!) && !/ing$/.test(ts[d]!.key)) d++;
    if (d > doAt && DO.has(ts[d]?.key ?? '')) {
      askedKind = ts.slice(doAt, d);
      doAt = d;
    }
  }
  if (doAt >= ts.length || !DO.has(ts[doAt]!.key)) doAt = -1;
  let verbAfterSubject = false;
  const copulaLed = prev.wh === 0 && COPULA.has(ts[0]?.key ?? '');
  const perfectLed = prev.wh === 0 && PERFECT.has(ts[0]?.key ?? '');
  // "what do ppl even use rare earths for", "what do they use them for": after "do" and a subject of one word that
  // names no one in particular (people, we, they), the first word of the question's own is its verb.
  let verbAt = -1;
  if (doAt >= 0 && ANYONE_SUBJECTS.has(ts[doAt + 1]?.key ?? '')) {
    verbAt = doAt + 2;
    while (verbAt < ts.length && (!isContent(ts[verbAt]!) || adverbial(ts[verbAt]!.key))) verbAt++;
  }
  while (j < ts.length) {
    const t = ts[j]!;
    if (j === doAt + 1 && verbAt >= 0) {
      j++;
      continue;
    }
    // (Not at a verb: "-ing", or an irregular past, "led" in "has china led rare earths".)
    // (Nor at an adverb: "together" in "do we want to process the deposit together with china?".)
    const starts =
      (ARTICLES.has(t.key) && ts[j + 1] !== undefined && isContent(ts[j + 1]!)) ||
      (isContent(t) && !/ing$/.test(t.key) && !isIrregularVerbForm(t.key) && !(j > 0 && verbAfterName(j)) && !adverbial(t.key));
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
    // So is a word in -s after a name when what follows it opens an object ("Turkey wants China's help", "BYD plans to
    // build", "China holds the lead"): "they" after it is Turkey, not "Turkey wants China's help".
    // (And after any subject of "has", "have", "had": "has the energy ministry said anything …?" is the energy ministry.)
    const verbLike = (x: Token) =>
      /.{3}ing$/.test(x.key) ||
      adverbial(x.key) ||
      ((/.{2}ed$/.test(x.key) || isIrregularVerbForm(x.key)) && (vocab.names.has(ts[k - 1]!.key) || PLURAL_NOUN.test(ts[k - 1]!.key) || perfectLed)) ||
      verbAfterName(k);
    // A name after a common noun, with a verb in -ed after it, opens a clause of its own: "that facility kacir talked
    // about" is the facility (that Kacir talked about).
    const clauseOpens = (x: Token, at: number) =>
      at > j && vocab.names.has(x.key) && isContent(ts[at - 1]!) && !ARTICLES.has(ts[at - 1]!.key) && !vocab.names.has(ts[at - 1]!.key) && /.{2}ed$/.test(ts[at + 1]?.key ?? '');
    while (k < ts.length && !verbLike(ts[k]!) && !clauseOpens(ts[k]!, k) && (isContent(ts[k]!) || ((ts[k]!.key === 'of' || ts[k]!.key === 'to') && ts[k + 1] !== undefined && isContent(ts[k + 1]!)))) k++;
    // (Not when a verb that is no content word follows the run: "does the china trip have anything to do with brics" is
    // the china trip, its verb "have".)
    const subjectAfterDo = doAt >= 0 && j === doAt + 1 && k - j > 1 && !ARTICLES.has(ts[k - 2]!.key) && !(ts[k] !== undefined && AUX.has(ts[k]!.key));
    // (And when an adverb parts the subject from its verb, the verb opens the phrase after it: "what do ppl actually use
    // rare earths for" is about rare earths, not "use rare earths".)
    const verbFirst = (verbAfterSubject || j === verbAt) && k - j > 1 && !ARTICLES.has(t.key);
    verbAfterSubject = doAt >= 0 && j === doAt + 1 && !subjectAfterDo && k < ts.length && adverbial(ts[k]!.key);
    let phrase = ts.slice(verbFirst ? j + 1 : j, subjectAfterDo ? k - 1 : k);
    // "is the beylikova reserve big?": after a copula opening the question, a word of size or truth ending it is what is
    // asked of the phrase, no part of it ("what's in it?" is in the reserve, not in "the beylikova reserve big").
    if (copulaLed && k === ts.length && phrase.length > 1 && PREDICATE_ADJECTIVES.has(phrase.at(-1)!.key)) phrase = phrase.slice(0, -1);
    j = k;
    if (isTimePhrase(phrase) || (askedKind.length > 0 && phrase[0] === askedKind[0])) continue;
    out.push(phrase);
    if (phrase.length > 1 && ABOUT_NEWS.has(phrase.at(-1)!.key)) out.push(phrase.slice(0, -1));
  }
  out.sort((a, b) => b.length - a.length);
  // "is it building something in turkey?" after "what's the biggest EV maker?": a what/which question asks for a
  // thing, and the answer named it ("BYD"): its first name the question did not give, after the question's own phrases.
  if (prev.wh > 0 && WHAT_WHICH.has(ts[prev.whFrom]!.key)) {
    const named = namesIn(previousAnswer, vocab).find((phrase) => !phrase.some((t) => ts.some((q) => q.key === t.key)));
    // Before them when the question asked which one of a kind ("which chinese car company signed up…?", the answer
    // "BYD"): "is it big?" is about the one named, not about "chinese car company signed".
    if (named && asksWhichOfKind(prev) && !PERSONAL.has(pronoun)) out.unshift(named);
    else if (named) out.push(named);
  }
  // "they" after "are Washington and Brussels nervous about China's rare earth grip?": names joined by "and" are
  // plural, as "they" is, before any longer phrase.
  // Then phrases that may be plural, before one whose head is a thing in the singular: "they" after "turkey wants china's
  // help with their rare earth deposit" is Turkey (a country, as people say "they" of one), not the deposit.
  if (PLURAL_PRONOUNS.has(pronoun)) {
    const joined = namePhrases(prev, vocab).filter((phrase) => phrase.some((t) => t.key === 'and' || t.text === '&'));
    // "did they meet?" after "who are the presidents mentioned?": "they" are the people the answer named, before the
    // question's own words ("the presidents", which the answer's fact is about).
    const askedWho = prev.wh > 0 && ts[prev.whFrom]!.key.startsWith('who');
    const persons = askedWho ? personsIn(previousAnswer, tokens).filter((run) => !run.some((t) => /['’]s$/iu.test(t.text))) : [];
    if (persons.length >= 2) joined.unshift([...persons[0]!, { text: 'and', key: 'and' }, ...persons[1]!]);
    const singularThing = (phrase: readonly Token[]) => !vocab.names.has(phrase.at(-1)!.key) && !PLURAL_NOUN.test(phrase.at(-1)!.key);
    // (The kind asked after "which" last of its number: "they" after "what challenges do the US and the EU face …?" are
    // the US and the EU; after "which elements does the deposit contain?", the elements rather than the deposit.)
    const kind = askedKind.length > 0 ? [askedKind] : [];
    const kindPlural = kind.filter((p) => !singularThing(p));
    return [...joined, ...out.filter((p) => !singularThing(p)), ...kindPlural, ...out.filter(singularThing), ...kind.filter(singularThing)].slice(0, MAX_PHRASES);
  }
  if (askedKind.length > 0) out.push(askedKind);
  return out.slice(0, MAX_PHRASES);
}



/** Whether the question asked which one of a kind it was ("which chinese car company signed up…?", "what firm …"). */
function asksWhichOfKind(prev: Parsed): boolean {
  const { ts } = prev;
  return prev.wh > 0 && WHAT_WHICH.has(ts[prev.whFrom]!.key) && ts.slice(prev.whFrom + 1, prev.wh + 4).some((t) => CLASS_NOUNS.has(t.key) || CLASS_NOUNS.has(t.key.replace(/(?:ie)?s$/, '')));
}

/** Whether a word opens an object after a verb: an article, a possessive, a name, "to" before a verb. */
function opensObject(t: Token | undefined, vocab: Vocabulary): boolean {
  return t !== undefined && (ARTICLES.has(t.key) || OBJECT_POSSESSIVES.has(t.key) || vocab.names.has(t.key.replace(/['’]s$/, '')) || t.key === 'to');
}
/** Auxiliaries of the perfect, before a subject and its past participle ("has the ministry said …"). */
const PERFECT = new Set(['has', 'have', 'had', 'hasnt', 'havent', 'hadnt']);
const OBJECT_POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);


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

/** An answer that states an age ("aged 58", "58 years old", "born in 1979"). */
export const AGE = /\b(?:aged?|years? old|born)\b/i;

/** "who" as the question word of a second question in the same message ("… and who's leading it?"). */
const WHO = new Set(['who', 'whos', 'whom', 'whod']);
/** Words for a person not yet named, whom the answer may name ("is ankara sending anybody?"). */
const SOMEONE = new Set(['anybody', 'anyone', 'somebody', 'someone']);

/** Adverbs by their ending ("officially", "recently", "reportedly", "seriously"), not "supply" nor "rally". */
const ADVERB = /..(?:ally|ently|antly|edly|ously|fully|ively)$/;
/**
 * Adverbs of manner or place with no -ly that end a phrase and tell no topic: "the beylikova deposit together with
 * china" is the deposit (and China); "where is together?" finds whatever fact says "together".
 */
const PLAIN_ADVERBS = new Set(['together', 'jointly', 'alone', 'abroad', 'overseas', 'instead', 'anyway', 'anyways', 'ago']);

/**
 * A time said as a phrase ("2 yrs", "two years", "a few months"): when something happened, never what "it" or "they"
 * stand for ("is it a lot?" after "2 yrs ago turkey found what exactly?" asks about what was found, not "2 yrs ago turkey").
 */
const TIME_UNITS = new Set(['year', 'years', 'yr', 'yrs', 'month', 'months', 'week', 'weeks', 'wk', 'wks', 'day', 'days', 'decade', 'decades']);
const NUMBER_WORDS = new Set(['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'couple', 'several', 'last', 'next', 'past']);
const isTimePhrase = (phrase: readonly Token[]): boolean =>
  phrase.some((t) => TIME_UNITS.has(t.key)) && phrase.every((t) => TIME_UNITS.has(t.key) || /^\d+$/.test(t.key) || NUMBER_WORDS.has(t.key));
const adverbial = (key: string): boolean => ADVERB.test(key) || PLAIN_ADVERBS.has(key);

/** Adjectives asked of a thing after a copula ("is the deposit big?", "is the trip confirmed?"): no part of its name. */
const PREDICATE_ADJECTIVES = new Set(['big', 'large', 'huge', 'massive', 'small', 'tiny', 'real', 'true', 'legit', 'confirmed', 'official', 'important', 'significant', 'serious', 'new', 'old', 'rich', 'valuable', 'worth', 'likely', 'possible', 'viable', 'expensive', 'cheap', 'happening', 'done', 'finished', 'open', 'safe', 'late', 'early', 'good', 'bad']);

/** Subjects of one word that name no one in particular: after "do" one of them, the verb ("what do ppl use X for"). */
const ANYONE_SUBJECTS = new Set(['people', 'ppl', 'folks', 'everyone', 'everybody', 'we', 'you', 'u', 'ya', 'they', 'i']);

/** The auxiliary of do-support ("what does X say", "did X meet Y"). */
const DO = new Set(['do', 'does', 'did', 'dont', 'doesnt', 'didnt']);
/** The most words of a kind asked after "which" before "do" ("which rare earth elements does …"). */
const MAX_ASKED_KIND = 4;

/**
 * Whether a question's "he" or "she" comes before any name of its own: "what did he say?" points back at someone
 * named before; "did Kacir say what he expects?" names him itself. Not "they", "them": as often no one in particular
 * ("how far will they purify the ore?", "when r they going to china" are questions of their own).
 */
export function pointsBackToPeople(question: string, vocab: Vocabulary): boolean {
  // ("ok another one from him: what's making it so hard …?": "him" is who passes the question on, before the colon.)
  for (const t of tokens(withoutRelayBefore(question))) {
    if (PERSON_PRONOUNS.has(t.key)) return true;
    if (vocab.names.has(t.key)) return false;
  }
  return false;
}

/**
 * A message less a lead before a colon that has no word of its own ("ok another one from him: …", "one more from her:
 * …"): who passes the question on, or that another comes, whose pronouns point at no one the conversation named. The
 * message itself otherwise ("byd: when did they sign?" names what it asks about before the colon).
 */
export function withoutRelayBefore(question: string): string {
  const m = /^([^:?!]{1,60}):\s+(\S.*)$/su.exec(question.trim());
  return m && !tokens(m[1]!).some(isContent) ? m[2]! : question;
}

/**
 * Whether a question's "they" or "them" comes before any name of its own: "are they building anything in Turkey?"
 * after "what is BYD?" means BYD. Read back only as a name the previous question gave ({@link namePhrases}).
 */
export function pointsBackToNamed(question: string, vocab: Vocabulary): boolean {
  // As for "it": with more than a word of its own before it, "they" points inside the question as often ("what
  // challenges do western countries face when diversifying their supply?").
  // (Not a word of a reaction before the question, "oh so theyre in wind turbines too. who makes most of them": ownTokens.)
  let own = 0;
  for (const t of ownTokens(question)) {
    if (PLURAL_PRONOUNS.has(t.key)) return own <= MAX_WORDS_BEFORE_THING;
    if (vocab.names.has(t.key)) return false;
    if (isContent(t)) own++;
  }
  return false;
}

/**
 * The plural things the previous question asks about, with the words before them that say which ("chinese car
 * companies", "other car brands"): what "they" stands for when no name was given.
 */
function pluralPhrases(prev: Parsed, vocab: Vocabulary): Token[][] {
  const { ts } = prev;
  const out: Token[][] = [];
  for (let j = prev.wh; j < ts.length; j++) {
    const t = ts[j]!;
    if (!isContent(t) || vocab.names.has(t.key) || !PLURAL_NOUN.test(t.key) || !vocab.roots.has(root(t.key))) continue;
    // (Not an owner typed without its apostrophe before a superlative: "the worlds biggest electric car maker" is the
    // world's, no plural thing.)
    if (SUPERLATIVE.test(ts[j + 1]?.key ?? '')) continue;
    let i = j;
    while (i > prev.wh && j - i < MAX_PLURAL_MODIFIERS && isContent(ts[i - 1]!) && !AUX.has(ts[i - 1]!.key) && !WH.has(ts[i - 1]!.key)) i--;
    out.push(ts.slice(i, j + 1));
  }
  return out;
}
/** A superlative ("biggest", "most", "top", "leading"), which an owner comes before. */
const SUPERLATIVE = /^(?:\p{L}{2,}est|most|top|leading|number|no1)$/u;
/** Words before a plural thing that say which ("chinese car companies": 2). */
const MAX_PLURAL_MODIFIERS = 2;

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
    // (With the plural noun the names say which of: "the turkish and chinese presidents" are who "they" are, not "turkish
    // and chinese".)
    while (k < ts.length && isContent(ts[k]!) && !vocab.names.has(ts[k]!.key) && PLURAL_NOUN.test(ts[k]!.key) && vocab.roots.has(root(ts[k]!.key))) k++;
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
export function namedBefore(prev: Parsed, vocab: Vocabulary, previousAnswer: string): Token[][] {
  // (And a plural thing it asked about, "which chinese car companies …?": "why do they want turkey?" asks it of them.)
  const own = [...namePhrases(prev, vocab), ...kindListed(prev, previousAnswer), ...pluralPhrases(prev, vocab).slice(0, 1)];
  const { ts, whFrom } = prev;
  // (So does "who is the world's largest EV maker?" when its answer names no person: "BYD", and "they building in
  // turkey??" asks it of BYD, not of "EV".)
  const askedWhoOfNoOne = prev.wh > 0 && ts[whFrom]!.key.startsWith('who') && personsIn(previousAnswer, tokens).length === 0;
  if (!(prev.wh > 0 && WHAT_WHICH.has(ts[whFrom]!.key)) && !askedWhoOfNoOne) return own;
  // "which company …?" asks for a name: the answer's is the one "they" stand for, before the question's own ("EV").
  // (One word may say which kind: "which chinese company is the biggest electric car maker?")
  const asksName = askedWhoOfNoOne || WHAT_WORDS.has(ts[whFrom + 1]?.key ?? '') || (ts[whFrom + 1] !== undefined && isContent(ts[whFrom + 1]!) && !AUX.has(ts[whFrom + 1]!.key) && WHAT_WORDS.has(ts[whFrom + 2]?.key ?? ''));
  if (own.length > 0 && !asksName) return own;
  const given = namesIn(previousAnswer, vocab).filter((phrase) => !phrase.some((t) => ts.some((q) => q.key === t.key)));
  return [...given.slice(0, 1), ...own].slice(0, MAX_PHRASES);
}

/**
 * The kind an answer lists a name of the question before among ("has turkey talked to chery?", answered "… other
 * Chinese carmakers, among them Chery Automobile, SAIC Motor and Great Wall Motor"): "why would they want to be in
 * turkey?" asks it of them all as much as of Chery alone, which no fact says more of. After the names, before a plural
 * thing the question before asked of ("talks").
 */
function kindListed(prev: Parsed, previousAnswer: string): Token[][] {
  const m = LISTED_KIND.exec(previousAnswer);
  if (!m) return [];
  const listed = new Set(tokens(previousAnswer.slice(m.index + m[0].length)).map((t) => t.key));
  if (!prev.ts.some((t) => listed.has(t.key) && isContent(t))) return [];
  const kind = tokens(m[1]!).filter((t) => isContent(t) && !OTHER.has(t.key));
  return kind.length > 0 && PLURAL_NOUN.test(kind.at(-1)!.key) ? [kind] : [];
}
/** A plural kind of at most three words before the words that open a list ("other Chinese carmakers, among them"). */
const LISTED_KIND = /((?:[\p{L}-]+\s+){0,2}[\p{L}-]+),?\s+(?:among them|such as|including)\b/u;

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
const PLURAL_THING_PRONOUNS = new Set(['them', 'em', 'those', 'these']);

export function pointsBackToThing(question: string): boolean {
  // (Not a word of a reaction before the question: ownTokens.)
  const ts = ownTokens(question);
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
export const THING_PRONOUNS = new Set(['it', 'its', 'this', 'that', 'itll']);
/** "it" and its forms, of THING_PRONOUNS: a thing of the question before, never a remark's "that". */
export const IT = new Set(['it', 'its', 'itll']);

/** "he", "she": a question with one and no one named before it does not stand on its own. */

/** Pronouns for a person. */
const PERSONAL = new Set(['he', 'him', 'his', 'she', 'her', 'hers']);

/**
 * Whether the word at `i` is a pronoun standing for something: not the "it" of "what's in it for them?" (the deal
 * as a whole, the one its "them" is the party to), whose other pronoun is the one that stands for a name.
 */
const pointsAt = (ts: readonly Token[], i: number): boolean =>
  PRONOUNS.has(ts[i]!.key) && !pointsNowhere(ts, i) && !(ts[i]!.key === 'it' && ts[i - 1]?.key === 'in' && ts[i + 1]?.key === 'for' && ts.slice(i + 2).some((t) => PRONOUNS.has(t.key))) &&
  // (Nor "one of …": "has one of these companies signed something?" counts among what "these companies" points at.)
  !((ts[i]!.key === 'one' || ts[i]!.key === 'ones') && ts[i + 1]?.key === 'of');

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

/** What a "what kind?" asks for: a kind of something ("what kinds?", "which type?"). */
const KIND_WORDS = new Set(['kind', 'kinds', 'type', 'types', 'sort', 'sorts']);

/** Prepositions of being in something ("in it", "into BRICS"). */
const INSIDE = new Set(['in', 'into', 'inside', 'within']);

/**
 * "turkey's energy ministry?" after "is china's commerce ministry commenting?": a fragment of a few words ending in a
 * word of the previous question's topic puts itself in that word's phrase, as "what about turkey's energy ministry?"
 * does (read in context even when its words alone get a fact, taken when the swapped question gets another fact more
 * surely: CONVERSATION.pointingMargin). One word alone ("the ministry?") says no more than the question before.
 */
export function headSwap(question: string, prev: Parsed): Extract<FollowupShape, { kind: 'swap' }> | null {
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

/** Words for people in general, no one in particular ("sending ppl over"). */
const PEOPLE_WORDS = new Set(['people', 'ppl', 'folks', 'someone', 'somebody', 'anyone', 'anybody', 'officials', 'guys']);
/** A question's words without a vague end ("… or smth", "… or something", "… or what"). */
function withoutVagueEnd(ts: readonly Token[]): Token[] {
  const at = ts.findIndex((t, i) => t.key === 'or' && ts.slice(i + 1).every((x) => VAGUE_END.has(x.key)));
  return at > 0 ? ts.slice(0, at) : [...ts];
}
const VAGUE_END = new Set(['smth', 'sth', 'something', 'somethin', 'what', 'whatever', 'so', 'anything', 'sumthin']);

/** Words of a thing's coming about ("when's it gonna be done?", "when will it be ready?"). */
const COMING_ABOUT = new Set(['done', 'ready', 'finished', 'complete', 'completed', 'built', 'open', 'opened', 'operational', 'running', 'launched', 'happen', 'happening', 'start', 'started', 'begin', 'finish']);

/** Pronoun readings tried, at most: the longest noun phrases of the previous question. */
const MAX_PHRASES = 3;
/** "who" as chat types it, with its verb run in ("whos", "whod"). */
const WHO_WORDS = new Set(['who', 'whos', 'whod', 'whom']);

/** `ts` with its first pronoun replaced by `phrase` ("is it confirmed" → "is the delegation to China confirmed"; "his job" → "Bayraktar's job"), or null without one. */
function substituted(ts: readonly Token[], phrase: readonly Token[], classed = false): string | null {
  const at = ts.findIndex((_, i) => pointsAt(ts, i));
  if (at < 0 || phrase.length === 0) return null;
  // "there": in (or to) the place ("who's going over there?" → "who's going to China?").
  if (ts[at]!.key === 'there') {
    const start = THERE_ADVERBS.has(ts[at - 1]?.key ?? '') ? at - 1 : at;
    const preposition = PLACE_PREPOSITIONS.has(ts[start - 1]?.key ?? '') ? [] : [MOTION.test(ts[start - 1]?.key ?? '') ? 'to' : 'in'].map((w) => ({ text: w, key: w }));
    return join([...ts.slice(0, start), ...preposition, ...phrase, ...ts.slice(at + 1)]);
  }
  // "that trip": a demonstrative before a word of its own points at the phrase that has the word ("Turkey's China
  // trip"), which takes the place of both; a phrase without it is not what is pointed at ("BRICS trip"), unless the
  // word only classes the name that is (`classed`: "that group" for BRICS).
  const noun = DEMONSTRATIVES.has(ts[at]!.key) && ts[at + 1] !== undefined && isContent(ts[at + 1]!) ? ts[at + 1]! : undefined;
  if (noun !== undefined) {
    if (!classed && !phrase.some((t) => root(t.key) === root(noun.key))) return null;
    return join([...ts.slice(0, at), ...phrase, ...ts.slice(at + 2)]);
  }
  if (classed) return null;
  // "then who's the energy one?": "one" after a word that sets it apart stands for the thing the phrase names, its last
  // word ("who's the energy minister?"), not the whole phrase ("who's the energy the energy minister?").
  if ((ts[at]!.key === 'one' || ts[at]!.key === 'ones') && at > 0 && isContent(ts[at - 1]!)) {
    const head = [...phrase].reverse().find((t) => isContent(t));
    if (head !== undefined) return join([...ts.slice(0, at), head, ...ts.slice(at + 1)]);
  }
  const possessive = POSSESSIVE.has(ts[at]!.key);
  const last = phrase.at(-1)!;
  // ("is he the energy minister?" after "kacir's comment on …": "he" is Kacır, not "kacir's": the possessive goes; not
  // for "he's", whose "'s" is "is": "kacir's the energy minister right?".)
  const owner = /['’]s$/u.test(last.text);
  const words = possessive && !owner ? [...phrase.slice(0, -1), { text: `${last.text}'s`, key: last.key }]
    : !possessive && owner && PERSON_PRONOUNS.has(ts[at]!.key) && !CONTRACTED.test(ts[at]!.text) ? [...phrase.slice(0, -1), { text: last.text.replace(/['’]s$/u, ''), key: last.key.replace(/['’]s$/u, '') }]
    : phrase;
  return join([...ts.slice(0, at), ...words, ...ts.slice(at + 1)]);
}

/** A pronoun typed with its verb ("he's", "shes"). */
const CONTRACTED = /^(?:he|she)(?:['’]?s)$/iu;
/** Words before "there" that say which way ("over there", "up there"): the place takes their place too. */
const THERE_ADVERBS = new Set(['over', 'up', 'down', 'back', 'out']);
/** Prepositions before "there" ("in there", "from there"): kept, with the place after them. */
const PLACE_PREPOSITIONS = new Set(['in', 'into', 'inside', 'to', 'at', 'from', 'near', 'around']);
/** Verbs of going somewhere: "to" the place, not "in" it. */
const MOTION = /^(?:go|goes|going|gone|went|come|comes|coming|came|travel\w*|fly|flies|flying|flew|head\w*|send|sends|sending|sent|move\w*|get|gets|getting|got|return\w*)$/;

/**
 * The places the previous question names, the last first, as phrases "there" may stand for: a country, a union or a
 * continent ("china", "the eu"), or a name after a preposition of place ("near Eskisehir", "in Beylikova").
 */
export function placePhrases(prev: Parsed, vocab: Vocabulary): Token[][] {
  const { ts } = prev;
  const out: Token[][] = [];
  for (let j = ts.length - 1; j >= 0; j--) {
    const t = ts[j]!;
    const key = nameKey(t.key.replace(/['’]s$/u, ''), vocab);
    if (isBiggerThanCity(key) || (vocab.names.has(key) && PLACE_PREPOSITIONS.has(ts[j - 1]?.key ?? ''))) out.push([{ text: t.text.replace(/['’]s$/u, ''), key }]);
  }
  return out;
}

/** Nouns that class a name ("that group" for BRICS, "that place" for Beylikova), not a thing of their own. */
export const CLASS_NOUNS = new Set(
  'place spot area region town city village site location country nation state group club bloc alliance league coalition grouping gang crew organisation organization org union company firm business brand carmaker automaker outlet paper newspaper guy man woman person dude lady'.split(' '),
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
export function sharesTopic(factIndex: number, prev: Parsed, vocab: Vocabulary, total: number): boolean {
  return distinctive(prev, vocab, total).some((t) => vocab.roots.get(root(t.key))?.has(factIndex) === true);
}

/**
 * Words for news about a topic, not the topic: "it" after "turkey refinery plans" is the refinery, so a phrase ending in
 * one is tried without it too ("when is turkey refinery plans supposed to be running?" asks nothing).
 */
const ABOUT_NEWS = new Set(['plan', 'plans', 'news', 'status', 'update', 'updates', 'latest', 'detail', 'details', 'info', 'information', 'situation', 'story']);

/** The previous question's words that tell its topic: its own words found in at most half the facts (not "Turkey" in a knowledge about Turkey). */
export function distinctive(prev: Parsed, vocab: Vocabulary, total: number): Token[] {
  return prev.ts.slice(prev.wh).filter((t) => {
    if (!isContent(t) || PLAIN_ADVERBS.has(t.key)) return false;
    const facts = vocab.roots.get(root(t.key));
    return facts !== undefined && facts.size <= total / 2;
  });
}

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
export function namedReadings(asked: string, names: readonly Token[][], vocab: Vocabulary): Reading[] {
  const ts = tokens(asked);
  const out: Reading[] = [];
  for (const phrase of names) {
    // (Not a name the question says itself: "why would they want to be in turkey?" after "has turkey talked to chery?"
    // asks it of Chery; "they" put for Turkey read "why would turkey want to be in turkey?")
    if (phrase.every((t) => ts.some((q) => nameKey(q.key, vocab) === nameKey(t.key, vocab)))) continue;
    const s = substituted(ts, phrase);
    if (s !== null) out.push({ probe: s, shown: asQuestion(s, vocab.names), whole: true });
  }
  return out;
}

/** The readings of a follow-up, the most specific first. */
export function readings(asked: string, shape: Exclude<FollowupShape, { kind: 'standalone' }>, previous: string, prev: Parsed, vocab: Vocabulary, total: number, previousAnswer: string): Reading[] {
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
  // (So does a bare "since when?": "since" only adds that it goes on; "when" alone finds what the question before did.)
  const asWhen = asked.replace(/\bhow (?:long|many years) ago\b/i, 'when');
  // (And a bare one's "again" last, "which month again?", asks to be reminded: no word to read with the question before,
  // "which month again is the report's source …?".)
  const ts = ownTokens(shape.kind === 'bare' ? asWhen.replace(/\bsince when\b/i, 'when').replace(/\s+again(?=\s*[?!.]*\s*$)/i, '') : asWhen);
  const own = ts.slice(ts.findIndex((t, i) => !LEAD.has(t.key) && !waitLeads(ts, i)));
  const whAt = own.findIndex((t) => WH.has(t.key));
  const whText = shape.kind === 'bare' && shape.wh.length > 0 && whAt >= 0 ? join(own.slice(whAt, whAt + shape.wh.length)) : '';
  // "when's it gonna be done?" after "what did kacır say about an industrial-scale facility?": "it" with a word of its
  // coming about ("done", "ready", "open") is a thing of the question before, not what the question before asked ("when
  // did kacır say …?"): what "it" stands for is read first.
  // (A thing: a phrase of the question before with a word that names no one, "facility"; not "kacir", nor "Turkey".)
  const itComes =
    shape.kind === 'bare' &&
    IT.has(pronounOf(own) ?? '') &&
    own.some((t) => COMING_ABOUT.has(t.key)) &&
    nounPhrases(prev, 'it', vocab, '').some((phrase) => phrase.some((t) => isContent(t) && !vocab.names.has(nameKey(t.key, vocab))));
  const whole = shape.kind === 'bare' ? wholeQuestion(shape.wh, whText, prev) : null;
  if (whole !== null && !itComes) wholeReading(whole);
  // "what kind tho?" after "how many tonnes of rare earths at beylikova?": which kind of the thing that question asked
  // about (its first phrase naming a thing, after any measure: "rare earths", not "tonnes"), with the names it asked that
  // of: "what kind of rare earths beylikova". (Read whole, the question before found its own fact again, the size.)
  if (shape.kind === 'bare' && whText !== '' && (shape.wh[0] === 'what' || shape.wh[0] === 'which') && KIND_WORDS.has(shape.wh[1] ?? '')) {
    const named = (t: Token) => vocab.names.has(nameKey(t.key, vocab));
    for (const phrase of nounPhrases(prev, 'it', vocab, '')) {
      const ofAt = phrase.map((t) => t.key).lastIndexOf('of');
      const thing = (ofAt >= 0 ? phrase.slice(ofAt + 1) : phrase).filter((t) => !ARTICLES.has(t.key));
      if (!thing.some((t) => isContent(t) && !named(t))) continue;
      const names = prev.ts.filter((t) => named(t) && !thing.includes(t));
      wholeReading(`${whText} of ${join([...thing, ...names])}`);
      break;
    }
  }
  // A pronoun of the question word itself ("which ones?") stands for the answer, not for a phrase to put back.
  const whEnd = whText && shape.kind === 'bare' ? whAt + shape.wh.length : 0;
  const before = join(own.slice(0, whEnd));
  const afterWh = own.slice(whEnd);
  // "when was that?", "where was that?", "when was this?": "that" is what happened (the talks), not a noun phrase ("when
  // was rare earths?").
  // (Not "where is that place?": "that" before a noun says which thing, as "this place" does.)
  const eventPronoun = pronounOf(afterWh);
  const thatNext = afterWh[afterWh.findIndex((t) => t.key === eventPronoun) + 1];
  // (Where a thing is, though: "where's that?" after "when did turkey find its rare earth reserve?" asks where the reserve
  // is, "where was that?" where the finding, or the talks, were.)
  const thingIs = answerType(asked) === 'where' && (/^where['’]?s$/i.test(own[whAt]?.text ?? '') || afterWh.some((t) => t.key === 'is' || t.key === 's')) && !afterWh.some((t) => t.key === 'happening');
  const event = (eventPronoun === 'that' || eventPronoun === 'this') && (thatNext === undefined || !isContent(thatNext)) && (answerType(asked) === 'when' || answerType(asked) === 'where') && !thingIs;
  const pronounReadings = out.length;
  // "whats that about?" after "so turkey wants to work w china on rare earths??": "that" alone, after a statement, is
  // what the statement says, all of it, before any noun phrase of it.
  // (Not "that trip": a word after it says which of it; nor after a question, whose question word asks something of it.)
  const pointed = pronounOf(afterWh);
  const afterPointed = afterWh[afterWh.findIndex((t) => t.key === pointed) + 1];
  const saying = pointed !== undefined && DEMONSTRATIVES.has(pointed) && (afterPointed === undefined || !isContent(afterPointed)) && prev.wh === 0 && !prev.auxLed && !prev.ts.some((t) => WH.has(t.key));
  // "who is that?" after "what did the industry minister say about rare earths last month?": "that" is whoever the question
  // named as a person (the industry minister), before any longer phrase ("rare earths last month": "who is rare earths…?").
  const phrases = pointed === 'there' ? placePhrases(prev, vocab) : parallelFirst(nounPhrases(prev, pointed, vocab, previousAnswer), prev, afterWh);
  const ofPerson = pointed !== undefined && THING_PRONOUNS.has(pointed) && answerType(asked) === 'who' ? personFirst(phrases) : phrases;
  // "who's leading it?" after "is turkey sending ppl over to china?": "it" is what the question asked happens (the
  // sending), when every phrase it has only names a country or people: "it" is no country ("who's leading turkey?").
  const onlyNames = (phrase: readonly Token[]) => phrase.every((t) => !isContent(t) || isBiggerThanCity(t.key) || PEOPLE_WORDS.has(t.key) || ARTICLES.has(t.key));
  // (Not "who's in it?": what one is in is a group or a place, "BRICS".)
  const pointedAt = afterWh.findIndex((t) => t.key === pointed);
  // (So when "who" is asked of "it" and that question sent people somewhere: "who's leading it?" after "is turkey sending
  // ppl over to china for the rare earth stuff?" is the sending, not the rare earths.)
  const peopleSent = answerType(asked) === 'who' && prev.ts.some((t, j) => PEOPLE_WORDS.has(t.key) && j > 0 && /ing$/.test(prev.ts[j - 1]!.key));
  const happening =
    pointed !== undefined && IT.has(pointed) && !INSIDE.has(afterWh[pointedAt - 1]?.key ?? '') && prev.auxLed && phrases.length > 0 && (phrases.every(onlyNames) || peopleSent) ? [withoutVagueEnd(prev.ts.slice(1))] : [];
  // "who's going on it?" after "is the october china visit linked to turkey's brics ambitions?": who does what is asked of
  // the thing named (the visit), not of what the question before asked of it (its tie to BRICS): the phrase up to a word
  // that says what is asked of it, "visit linked to …", as below.
  const whoDoing = WHO_WORDS.has(own[whAt]?.key ?? '') && afterWh.some((t) => !AUX.has(t.key) && /.ing$/.test(t.key));
  for (const phrase of event ? [] : [...(saying ? [prev.ts] : []), ...happening, ...(whoDoing ? ofPerson.map((p) => upToAsked(p, vocab)) : ofPerson)]) {
    const s = substituted(afterWh, phrase);
    if (s !== null) wholeReading(before ? `${before} ${s}` : s);
  }
  if (whole !== null && itComes) wholeReading(whole);
  // "that group", "that place" when no phrase before has the word: a word that classes what was named ("who's in that
  // club?" after a question on BRICS, "where's that place?" after one on Beylikova), so each name before in its place;
  // only names that tell the topic (in at most half the facts: not "China" in a knowledge about China), the rarest first.
  const at = afterWh.findIndex((_, i) => pointsAt(afterWh, i));
  if (out.length === pronounReadings && !event && DEMONSTRATIVES.has(afterWh[at]?.key ?? '') && CLASS_NOUNS.has(afterWh[at + 1]?.key ?? '')) {
    const facts = (phrase: readonly Token[]) => Math.min(...phrase.map((t) => vocab.facts.get(nameKey(t.key, vocab))?.size ?? total));
    const telling = namePhrases(prev, vocab)
      .filter((phrase) => facts(phrase) <= total / 2 && !phrase.every((t) => NATIONALITY_WORD.test(t.key)))
      .sort((a, b) => facts(a) - facts(b));
    // (First the name the answer gave when the question asked which one it was: "has that company signed anything?"
    // after "which company is the largest electric car maker?" is about BYD, as "it" is; see nounPhrases.)
    if (asksWhichOfKind(prev)) {
      const given = namesIn(previousAnswer, vocab).find((phrase) => !phrase.some((t) => prev.ts.some((q) => q.key === t.key)));
      if (given) telling.unshift(given);
    }
    for (const phrase of telling) {
      const s = substituted(afterWh, phrase, true);
      if (s !== null) wholeReading(before ? `${before} ${s}` : s);
    }
  }
  // "and who's going?" after "wait how is turkey's china trip connected to brics?": who does what the question asks of
  // a thing the question before named (the trip), not of what that question asked of it (its tie to BRICS): the
  // follow-up's words with each of its noun phrases, before the whole of it.
  // (A phrase up to a word that says what is asked of it, "trip connected to brics", "trip officially confirmed".)
  if (shape.kind === 'bare' && whText !== '' && WHO_WORDS.has(shape.wh[0] ?? '') && afterWh.some((t) => !AUX.has(t.key) && /.ing$/.test(t.key))) {
    for (const phrase of nounPhrases(prev, 'it', vocab, previousAnswer)) out.push({ probe: `${join(own)} ${join(upToAsked(phrase, vocab))}`, shown: paired, whole: false });
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
    // (A verb in -ing after the others, "happening" in "is the refinery actually happening?": what is going on, not what
    // it is about; alone with "when" it found whatever fact is stored as happening.)
    const verbing = (t: Token) => (/.{3}ing$/.test(t.key) && !vocab.names.has(t.key) ? 1 : 0);
    const rarest = topic.filter((t) => !TIME_AFTER.has(t.key)).sort((a, b) => verbing(a) - verbing(b) || (vocab.roots.get(root(a.key))?.size ?? 0) - (vocab.roots.get(root(b.key))?.size ?? 0));
    for (const t of rarest.slice(0, MAX_TOPIC_WORDS)) out.push({ probe: `${mine} ${t.text}`, shown: paired, whole: false, topical: true });
  }
  return out;
}
/**
 * A noun phrase of the question before up to a word that says what was asked of the thing ("visit linked to brics", "trip
 * officially confirmed": the visit, the trip), for who does something with it ("who's going?"); the whole phrase without one.
 */
function upToAsked(phrase: readonly Token[], vocab: Vocabulary): readonly Token[] {
  const cut = phrase.findIndex((t, k) => k > 0 && /.(?:ed|ly)$/.test(t.key) && !vocab.names.has(nameKey(t.key, vocab)));
  return cut > 0 ? phrase.slice(0, cut) : phrase;
}
/** Longest reading shown; a longer one is cut with an ellipsis (the previous question is at most 500 characters). */
export const MAX_READING_CHARS = 300;
