/**
 * A guess at who someone is ("is kacir the energy minister?", "kacır's the energy minister right?", "so bayraktar is
 * a minister?"). When the guess is wrong the engine declines it: the role's words belong to another person's fact
 * and only the name belongs to his. What the knowledge says of who that person is answers the guess, confirming or
 * correcting it ("Fatih Kacır was Turkey's Industry and Technology Minister"), as a person would answer it.
 */
import { answer, type KnowledgeBase } from '../engine/answer.ts';
import type { Reply } from '../reply.ts';
import { fold } from '../text/normalize.ts';
import { tokens } from './english-words.ts';
import { personsIn } from './persons.ts';
import { ROLE_NOUNS } from './readings.ts';

/** Words that lead a guess without saying anything ("wait is he …", "so kacir is …"). */
const LEADS = /^(?:(?:so|wait|and|but|oh|ok|okay|hmm+|um+|hang on|hold on)\s+)*/u;
/** Tags after a guess that ask to confirm it ("… right?", "… yeah?", "… or not?"). */
const TAGS = /(?:\s+(?:right|yeah|yes|yea|correct|then|now|innit|eh|rite|or not|or what|lol))+$/u;
/** "is <name> the <role>" and "<name> is / 's the <role>", with "a" or "an" as well. */
const IS_NAME = /^(?:is|was|isnt|wasnt)\s+(\p{L}+(?:\s+\p{L}+){0,2})\s+(?:the|a|an)\s+(.+)$/u;
const NAME_IS = /^(\p{L}+(?:\s+\p{L}+){0,2}?)(?:['’]s|\s+is|\s+was)\s+(?:the|a|an)\s+(.+)$/u;

const personWords = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** The words of the people the knowledge's answers name (runs of capitalised words, their last two: "Fatih Kacır"). */
function personWordsOf(kb: KnowledgeBase): ReadonlySet<string> {
  let out = personWords.get(kb);
  if (out === undefined) {
    const words = new Set<string>();
    for (const f of kb.facts) for (const run of personsIn(f.answer, tokens)) for (const t of run.slice(-2)) words.add(t.key);
    out = words;
    personWords.set(kb, out);
  }
  return out;
}

/**
 * The name a question guesses the role of, when it is such a guess: every word of the name one of a person the
 * knowledge names, and a role noun in the guess ("minister", "president"; not "is he the one going to china?", which
 * asks about the trip). Null otherwise.
 */
export function identityGuessed(question: string, kb: KnowledgeBase): string | null {
  const text = fold(question).replace(/[?!.,;:]+/gu, ' ').replace(/\s+/gu, ' ').trim().replace(LEADS, '').replace(TAGS, '');
  const m = IS_NAME.exec(text) ?? NAME_IS.exec(text);
  if (!m) return null;
  const name = tokens(m[1]!);
  const people = personWordsOf(kb);
  if (name.length === 0 || !name.every((t) => people.has(t.key))) return null;
  return tokens(m[2]!).some((t) => ROLE_NOUNS.has(t.key)) ? name.map((t) => t.text).join(' ') : null;
}

/**
 * A declined English reply to a guess at who someone is (the question, or the reading shown for it), answered with
 * what the knowledge says of who that person is; null when it is no such guess or the knowledge does not say.
 */
export function answeredAsWhoIs(declined: Reply, read: string, kb: KnowledgeBase): { reply: Reply; probe: string } | null {
  if (declined.kind !== 'none' || declined.reason !== 'no-match' || declined.language === 'tr') return null;
  const name = identityGuessed(read, kb);
  if (name === null) return null;
  const probe = `who is ${name}?`;
  const r = answer(probe, kb, { oneQuestion: true });
  if (r.kind !== 'fact') return null;
  const { readingAs, readingQuestion } = declined;
  return { reply: { ...r, question: declined.question, ...(readingAs === undefined ? {} : { readingAs }), ...(readingQuestion === undefined ? {} : { readingQuestion }) }, probe };
}
