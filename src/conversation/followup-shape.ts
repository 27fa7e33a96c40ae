/**
 * The shape of an English question (issue 16): whether it stands on its own or is a follow-up, and of which kind
 * ("and when?" is bare, "what about Chery?" a swap, "when will it open?" a question with a pronoun). Pure and
 * context-free: the shape is read from the question's words alone, which is what makes the promise that a question
 * standing on its own is never changed by context hold by construction (see followup.ts).
 */
import { CHAT_FILLER, STOP_WORDS, preambleLength } from '../text/normalize.ts';
import { ADDRESS, ARTICLES, MEANT, AUX, CONTINUES, DEMONSTRATIVES, GENERIC, HOW_WORDS, LEAD, MAX_SWAP_WORDS, PLURAL_NOUN, PLURAL_PRONOUNS, POSSESSIVES, PRONOUNS, ROLE_NOUNS, SUBORDINATORS, SWAP_LEAD, TIME_AFTER, TIME_PREPOSITIONS, type Token, WH, WHAT_WORDS, WITH_VERB, asksAsWell, hearsayAt, isContent, isFunctionWord, isPossessive, opensClause, ownTokens, pointsNowhere, reminderAt, waitLeads } from './english-words.ts';

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
   * China's?"), a yes/no question ending in "too" or "as well" ("is the chinese side silent too?"), or a role alone
   * asking which holder of it the answer just given named ("which minister?"). Read in context as `continuedInContext`
   * says (most only when declined alone).
   */
  | { kind: 'continued'; how: 'source' | 'and' | 'which-one' | 'which-role' | 'as-well' | 'condition' | 'member' };

/** The question-word phrase at the start of `ts` ("when", "how pure", "who else", "what year"), as a count of tokens (0: none). */
export function whLength(ts: readonly Token[]): number {
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

/** Question words that ask of a verb whose subject was dropped ("when said?"), and the verbs (past or bare) so asked of. */
const DROPPED_SUBJECT_ASKERS = new Set(['when', 'where', 'why', 'how']);
const DONE = new Set(['said', 'say', 'told', 'announced', 'found', 'discovered', 'signed', 'sign', 'met', 'meet', 'went', 'go', 'started', 'start', 'discussed', 'talked', 'agreed', 'spoke']);
const MEANT_AFTER = /^(.*?)[,\s]+(?:for (?:example|instance)|(?:do |did )?(?:you|u) mean)\s*[?!.…]*\s*$/iu;

/**
 * The shape of a question: whether it can be a follow-up, and which kind.
 * Pure, and about the words only: the knowledge is not consulted, so a
 * question's shape never depends on what was asked before it.
 */
export function followupShape(question: string): FollowupShape {
  // "which company for example", "what tariffs you mean": what was meant, asked back after the question (the engine's
  // AFTERWORDS), is no word of its own.
  const meant = MEANT_AFTER.exec(question);
  if (meant !== null && /\p{L}/u.test(meant[1]!)) question = `${meant[1]!}?`;
  // "says who?", "who says so?": whose word the answer just given is. (With a remark after it that asks nothing: "did any
  // minister say something along those lines? need a quote for the show".)
  if (SOURCE_ASKED.test(question.trim()) || SOURCE_ASKED.test(withoutTrailingRemark(question))) return { kind: 'continued', how: 'source' };
  // "depends on what?", "under what conditions?": on what the answer just given depends.
  if (CONDITION_ASKED.test(question.trim())) return { kind: 'continued', how: 'condition' };
  // "was geely one of them?", "is nio on the list?": whether something is among what the answer just gave.
  if (MEMBER_ASKED.test(question.trim())) return { kind: 'continued', how: 'member' };
  // "and the chinese side, anything from them?": a swap, then words that ask nothing of their own (its pronoun points at
  // what the swap names): the swap. (As typed, "them" after the side made a question of its own.)
  const tail = SWAP_THEN_TAIL.exec(question);
  const tailTokens = tail ? ownTokens(tail[2]!) : [];
  if (tail && tailTokens.length > 0 && tailTokens.every((t) => !isContent(t))) {
    const head = followupShape(`${tail[1]!}?`);
    if (head.kind === 'swap') return head;
  }
  // "@factbot and when?" typed as plain text (a platform's own mentions are gone already): whom it is said to.
  const ts = ownTokens(question);
  let i = 0;
  while (i < ts.length && (LEAD.has(ts[i]!.key) || waitLeads(ts, i) || ADDRESS.has(ts[i]!.key) || CHAT_FILLER.has(ts[i]!.key) || (i === 0 && !isContent(ts[i]!) && !isFunctionWord(ts[i]!.key)))) i++;
  // "any idea what's in it?", "dumb q but why?": a remark before the question (the engine's PREAMBLES) is no word of its own.
  i += preambleLength(ts.slice(i).map((t) => t.key));
  // "remind me who he is again": asked to be told; the question follows.
  i += reminderAt(ts, i);
  // "heard he's flying to china soon, when?": what was heard is the question, its pronoun pointing back.
  i += hearsayAt(ts, i);
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
  // ("the news that the minister is going": "that" opening a clause points at nothing.)
  const pronoun = body.some((t, j) => PRONOUNS.has(t.key) && !(DEMONSTRATIVES.has(t.key) && TIME_AFTER.has(body[j + 1]?.key ?? '')) && !pointsNowhere(body, j));

  // ("who's going?", "who's going and when?": "going" says what is asked only of someone a pronoun points at, "where is
  // he going?"; with none, who goes on what was just talked about.)
  if (own.length > 0 && !pronoun && wl > 0 && own.every((t) => MEANT.has(t.key))) return { kind: 'bare', wh };
  // "when said?", "where signed?" (Hinglish "kab bola?", read as "when said?"): when, where, why or how of a verb alone,
  // its subject dropped, as Hindi drops it, asks of whoever or whatever was just talked about.
  if (own.length === 1 && body.length === 1 && !pronoun && wl === 1 && DROPPED_SUBJECT_ASKERS.has(wh[0]!) && DONE.has(own[0]!.key)) return { kind: 'bare', wh };
  if (own.length === 0) {
    // Only question words, pronouns and words like "else" or "really": nothing to answer without context.
    // "ok", "and?": nothing of a question either; a reply to small talk, not a follow-up.
    // (A question word after words of no topic asks as one first does: "deal w who?", "deal" a stop word.)
    const late = wl === 0 ? body.filter((t) => WH.has(t.key)).map((t) => t.key) : [];
    const signal = wl > 0 || late.length > 0 || pronoun || about || body.some((t) => GENERIC.has(t.key));
    return signal && ts.length > 0 ? { kind: 'bare', wh: wl > 0 ? wh : late } : { kind: 'standalone' };
  }
  // "where in turkey?", "where in the country?" after "byd building a factory in turkey?": where within a place, and
  // nothing of its own to ask about; alone it would get whatever fact has a place in Turkey (the deposit's).
  // (With chat filler and a question word's phrase saying what it wants: "where in turkey tho, which city?")
  const inPlace = (t: Token): boolean => isContent(t) || ARTICLES.has(t.key) || t.key === 'which' || t.key === 'what' || (STOP_WORDS.has(t.key) && !AUX.has(t.key) && !PRONOUNS.has(t.key) && !WH.has(t.key));
  if (wh.length === 1 && wh[0] === 'where' && body[0]?.key === 'in' && own.length <= 2 && body.slice(1).every(inPlace)) return { kind: 'bare', wh };
  // "turkey's?" after "china's president?": a name's possessive alone is the owner swapped, as "and turkey's?" is.
  const ownerAlone = !swapLed && !about && rest.length === 1 && wl === 0 && isPossessive(rest[0]!) && isContent(rest[0]!);
  if (ownerAlone) return { kind: 'swap', subject: rest, modifier: false, continues: true };
  // "china side?", "and turkey's side?" after "who is turkey's president?": a name's side is the name, in the previous
  // question's place, as Turkish "çin tarafı?" is.
  if (!about && wl === 0 && rest.length === 2 && SIDE.has(rest[1]!.key) && isContent(rest[0]!)) return { kind: 'swap', subject: [rest[0]!], modifier: false, continues: true };
  // ("and" counts for nothing there: "and the industry and technology one?" names one thing.)
  const swapWords = body.filter((t) => t.key !== 'and' && t.text !== '&').length;
  if ((swapLed || about) && wl === 0 && !body.some((t) => AUX.has(t.key) || WITH_VERB.has(t.key)) && swapWords <= MAX_SWAP_WORDS) {
    // "and the industry one?": "one" stands for the thing the previous question named, and "industry" takes
    // the place of what set it apart ("energy" in "energy minister").
    // (So does "guy", "person" after a question about someone: "and the industry guy?" after "who's the energy
    // minister?"; read as a word, "guy" found nothing and "industry" alone the industry minister's statement.)
    // ("how about the industry and technology side?": the side of a thing of several words is the thing, as "china side?"
    // is. Not of one: "and the chinese side?" asks of the party, after a question about a Turkish ministry.)
    const named = body.filter((t) => isContent(t) && !SIDE.has(t.key)).length;
    const subject = body.filter((t, j) => !ARTICLES.has(t.key) && !PRONOUNS.has(t.key) && !PERSON_ONE.has(t.key) && !(j === body.length - 1 && named > 1 && SIDE.has(t.key)));
    const modifier = body.some((t) => t.key === 'one' || t.key === 'ones' || PERSON_ONE.has(t.key));
    return { kind: 'swap', subject, modifier, continues: swapLed && !about };
  }
  if (pronoun) {
    // "what about Tesla, is it building a factory?", "the refinery, when will it open?": the question names its
    // topic first and asks after it; its pronoun points back at that, not at the question before.
    const at = (p: (t: Token) => boolean) => rest.findIndex(p);
    const topic = at(isContent);
    const asks = at((t) => AUX.has(t.key) || WH.has(t.key));
    const points = rest.findIndex((t, j) => PRONOUNS.has(t.key) && !pointsNowhere(rest, j));
    // (None, read with the question word before it: "which makers that …" is the makers' relative "that".)
    if (points < 0) return { kind: 'standalone' };
    // (Not a verb first with its object pronoun right after it: "signed it with who?", "built them where?" ask of what was
    // said before, as "they signed it with who?" does.)
    const verbFirst = topic === 0 && points === 1 && OBJECT_PRONOUNS.has(rest[1]!.key);
    if (topic >= 0 && topic < points && (asks < 0 || topic < asks) && !verbFirst) return { kind: 'standalone' };
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
  // "even making the actual cars??", "like even building the cars?": "even" adds to what was asked, as "too" does, and
  // what it adds may take a few words more than a fragment otherwise has (no question form: no verb asked with).
  if (wl === 0 && evenAt(rest) >= 0 && rest.length <= evenAt(rest) + 1 + MAX_SWAP_WORDS && !rest.some((t) => AUX.has(t.key))) return { kind: 'fragment' };
  // "mining only, or refining too?", "just cars or batteries as well?": two alternatives with no verb, of what was asked
  // before, a fragment of a few words more (each alternative with its "only" or "too").
  if (wl === 0 && rest.length <= MAX_ALTERNATIVES_WORDS && rest.some((t) => t.key === 'or') && !rest.some((t) => AUX.has(t.key))) return { kind: 'fragment' };
  if (wl > 0 && ts.slice(0, i).some((t) => CONTINUES.has(t.key))) return { kind: 'continued', how: 'and' };
  if (wh[0] === 'which' && (wh[1] === 'one' || wh[1] === 'ones')) return { kind: 'continued', how: 'which-one' };
  // "which minister?", "what minister, name?": a role and nothing else, asking which of its holders is meant; after an
  // answer that named one ("… Industry Minister Mehmet Fatih Kacır said …"), that one.
  if ((wh[0] === 'which' || wh[0] === 'what') && wl === 1 && !about && k === 0) {
    const asked = own.filter((t) => !ASKED_AS_NAME.has(t.key));
    if (asked.length === 1 && ROLE_NOUNS.has(asked[0]!.key) && body.every((t) => isContent(t) || ARTICLES.has(t.key) || ASKED_AS_NAME.has(t.key))) return { kind: 'continued', how: 'which-role' };
  }
  // "who's the minister?", "who was the minister again?": the role with its article and nothing else. Which holder "the
  // minister" is, the conversation says (the ministry just asked about), as for "which minister?".
  if (wh[0] === 'who' && !about && k === 0 && !pronoun) {
    const asked = own.filter((t) => !ASKED_AS_NAME.has(t.key));
    const at = body.indexOf(asked[0]!);
    if (asked.length === 1 && ROLE_NOUNS.has(asked[0]!.key) && at > 0 && body[at - 1]!.key === 'the' && body.every((t) => isContent(t) || ARTICLES.has(t.key) || AUX.has(t.key) || ASKED_AS_NAME.has(t.key))) {
      return { kind: 'continued', how: 'which-role' };
    }
  }
  if (asksAsWell(ts.slice(i))) return { kind: 'continued', how: 'as-well' };
  return { kind: 'standalone' };
}

/** Where "even" opens a fragment ("even batteries?", "like even making the cars?"), as its first or second word; -1: it does not. */
export function evenAt(ts: readonly Token[]): number {
  if (ts[0]?.key === 'even') return 0;
  return ts[0]?.key === 'like' && ts[1]?.key === 'even' ? 1 : -1;
}

/** Pronouns only ever an object ("signed it", "found them"): after the first word, that word is a verb, not a topic. */
const OBJECT_PRONOUNS = new Set(['it', 'them', 'em', 'him']);

/** A clause, a comma, and one more clause (see followupShape). */
const SWAP_THEN_TAIL = /^([^,?]+),\s*([^,?]+?)\s*\?*\s*$/u;
/** Words asking for a name along with a role ("which minister, name?", "which official exactly?"). */
const ASKED_AS_NAME = new Set(['name', 'names', 'exactly', 'again', 'specifically', 'tho', 'though', 'then', 'lol', 'now']);
/**
 * A message without a short remark after its question that asks nothing ("…? need a quote for the show", "…? just
 * curious"): the question, as typed (its mark kept); the message itself when there is none.
 */
export function withoutTrailingRemark(question: string): string {
  const m = /^(.*?[?!.])\s+([^?!.]{1,60})[.!]*\s*$/su.exec(question.trim());
  if (!m) return question.trim();
  const remark = m[2]!.trim().split(/\s+/u);
  const first = remark[0]!.toLowerCase().replace(/['’]/g, '');
  return remark.length <= MAX_REMARK_WORDS && !WH.has(first) && !AUX.has(first) ? m[1]! : question.trim();
}
const MAX_REMARK_WORDS = 8;
/** Most words of two alternatives asked as a fragment ("mining only, or refining as well": 6). */
const MAX_ALTERNATIVES_WORDS = 6;
/**
 * A whole message asking whether something (a name of a word or two) is among what the answer just gave ("was geely one
 * of them?", "is nio on the list too?", "and great wall, among them?").
 */
export const MEMBER_ASKED =
  /^(?:(?:and|but|so|ok|okay|hmm+|hm|wait)\s*,?\s+)*(?:(?:is|was|are|were)\s+)?[\p{L}\p{N}][\p{L}\p{N}'’.&-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’.&-]*)?\s*,?\s+(?:one of (?:them|those|the ones)|among them|among those|on (?:the|that|this) list|in (?:the|that|this) list|in there|on there|one of the (?:companies|firms|carmakers|names))(?:\s+(?:too|as well|also|then|tho|though))?\s*[?!.]*$/iu;
/**
 * A whole message asking on what the answer just given depends ("depends on what tho?", "on what conditions?", "what does it
 * depend on?", "what's that depend on": "depend" alone read as the industries that depend on rare earths).
 */
export const CONDITION_ASKED =
  /^(?:(?:and|but|so|ok|okay|hmm+|hm|well|wait)\s*,?\s+)*(?:(?:it |that |this )?depends on what|depending on what|on what(?: conditions?| basis)?|under what conditions?|on what condition|what(?:'s| is| are) the conditions?|what(?:\s+(?:does|would|do)|['’]?s)\s+(?:it|that|this)\s+depend(?:s|ing)?\s+on|depends on what exactly|(?:it |that |this )?(?:is |s )?(?:conditional|contingent|dependent) on what|(?:it |that |this )?hinges on what)(?:\s+(?:tho|though|exactly|then|lol))?\s*[?!.]*$/i;

/**
 * A whole message asking whose word the answer just given is ("says who?", "who says so?", "source?", "according to
 * whom?", "where's that info from?", "this news from where?", "who tell this news?", "where did you hear that?", "how do you
 * know that?", "how sure is that?", "source of this news is what? officially announced?"). Not "where is that from?"
 * (after a company: where it is from) nor "where is the stuff coming from?" (the deposit): only with a word for what
 * was said, or asked of the bot.
 */
export const SOURCE_ASKED =
  /^(?:(?:and|but|ok|so|wait|hm+|hmm+)\s*,?\s+)?(?:says who|who says(?: so| that)?|who said(?: so| that)?|which (?:ministry|minister|official|officials|outlet|paper|newspaper|side|country|company|government|govt|one) (?:said|says|claimed|announced) (?:so|that|this|it)|sources?|according to whom?|whose claim(?: is that)?|says whom|(?:any |what(?:'s| is) the )?sources? (?:for|on) (?:that|this)|(?:the )?sources? of (?:that|this|the) (?:info|information|news|claim|story|report)(?: is what)?|where(?:'s|s| is| does| did) (?:that|this|the) (?:info|information|news|claim|story|report) (?:come |coming )?from|where(?:'d| did) (?:you|u) (?:get|hear|read|find) (?:that|this)(?: from)?|who told (?:you|u) (?:that|this)|(?:this|that|the) (?:info|information|news|claim|story|report) (?:is |came |comes |coming )?from where|who (?:tell|tells|told|give|gave|gives) (?:you |u )?(?:that|this)(?: news| info| information| story)?|how do (?:you|u|we) know (?:that|this)|how (?:sure|certain|reliable|solid|legit|trustworthy|accurate|confident|firm) (?:is|are|r) (?:that|this|it|the|we|you|u|they)(?: (?:info|information|news|claim|story|report|source|sources|bit|part|about (?:that|this|it)))?|(?:(?:has|have|did) (?:any|a|an|some)|any) (?:minister|ministers|official|officials|politician|politicians|one|body) (?:actually |ever |really )?(?:said|say|stated|state|claimed|claim) (?:that|this|it|so|something like that|anything like that|as much|(?:something |anything )?along (?:those|these|the same) lines|something similar|anything similar)(?: (?:publicly|in public|on record|on the record|officially))?)(?:\s+(?:tho|though|then|exactly|lol))?(?:\s*[?!.,]+\s*(?:name (?:one|a|any|the|your) sources?|any sources?|sources?|(?:is it |was it |is this |was this )?(?:officially )?(?:official|announced|confirmed)))?\s*[?!.]*$/i;

/** A side, as of a name ("china side?"). */
const SIDE: ReadonlySet<string> = new Set(['side', 'sides', 'end']);

/** Nouns for a person that stand for the one asked about, as "one" does ("and the industry guy?"). */
const PERSON_ONE = new Set(['guy', 'person', 'man', 'woman', 'lady', 'dude', 'fella', 'bloke', 'chap']);
