/**
 * "what does that have to do with turkey?", "what's their connection to turkey", "türkiyeyle ne alakası var bunların"
 * after "what is BYD?": the link between what was asked about and a name the question gives, the other side of it
 * left to the pronoun or unsaid. As typed, the frame's word ("connection", "alaka") weighs as much as a name, and the
 * fact that has it among its own questions ("What's the BRICS connection?") was taken, though it never names BYD. What
 * is asked is the two names together: "BYD Turkey".
 */
import { answer, type KnowledgeBase } from '../engine/answer.ts';
import { plainEnglish, tokens } from './english-words.ts';
import { plainTurkish, trTokens, turkishNames } from './followup-tr.ts';
import { nameInWord } from '../text/turkish.ts';
import { nameKey, vocabularyOf } from './vocabulary.ts';
import type { Reply } from '../reply.ts';

/** Words before the question that add nothing ("and", "so", "ok but"). */
const LEAD = String.raw`^(?:(?:and|so|but|ok|okay|hmm+|wait|right|cool|oh|ah|huh|well|then)\s+)*`;
/** Words after the name that add nothing ("… turkey then?", "… turkey exactly lol"). */
const AFTER = String.raw`(?:\s+(?:then|exactly|anyway|tho|though|lol|lmao|again|even|really|at all|here|now|pls|please|actually|specifically))*$`;
/** What stands for the other side: a pronoun for what was asked about ("that", "they", "all this"). */
const STANDS_FOR = String.raw`(?:that|this|it|they|them|those|these|he|she|all (?:this|that)|any of (?:this|that|it|them)|this company|that company|the company)`;
/** English frames, each with the name asked about as its last group. */
const EN_FRAMES: readonly RegExp[] = [
  // "what does that have to do with turkey", "whats it got to do with turkey"
  new RegExp(LEAD + String.raw`(?:what|whats|wat|wats)(?:\s+(?:does|do|did|has|have|is|s))?\s+${STANDS_FOR}\s+(?:(?:got|have|has|had|gotta)\s+)?to\s+do\s+with\s+(.+?)` + AFTER, 'u'),
  // "what's their connection to turkey", "what is its link with the eu"
  new RegExp(LEAD + String.raw`(?:(?:what|whats|wat|wats)(?:\s+(?:is|s|are))?\s+)?(?:their|its|his|her|the)\s+(?:connection|connections|link|links|tie|ties|relation|relationship)\s+(?:to|with)\s+(.+?)` + AFTER, 'u'),
  // "how is that connected to turkey", "are they linked to turkey"
  new RegExp(LEAD + String.raw`(?:how\s+)?(?:is|are|was|were)\s+${STANDS_FOR}\s+(?:connected|linked|tied|related)\s+(?:to|with)\s+(.+?)` + AFTER, 'u'),
];

/** Turkish pronouns for the other side (folded): this, these, that one's. */
const TR_STANDS_FOR = String.raw`(?:bunun|bunlarin|onun|onlarin|sunun|bu firmanin|bu sirketin|firmanin|sirketin)`;
/** Turkish words before the question that add nothing (folded). */
const TR_LEAD = String.raw`^(?:(?:ee+|e|peki|ya|hmm+|yani|iyi de|tamam da|tamam|ok|iyi|de|da|bi de|bide)\s+)*`;
/** Turkish words after the question that add nothing (folded): "ki", "peki", or the pronoun put last. */
const TR_AFTER = String.raw`(?:\s+(?:ki|peki|acaba|yani|simdi|ya|tam olarak|bunun|bunlarin|onun|onlarin|sunun|lan|abi|ya))*$`;
/** "ne alakası var", "ne ilgisi var" (what has it to do with …), "bağlantısı ne" (what is its link with …). */
const TR_FRAMES: readonly RegExp[] = [
  new RegExp(TR_LEAD + String.raw`(?:${TR_STANDS_FOR}\s+)?(\p{L}+(?:\s+\p{L}+)?)\s+ne\s+(?:alakasi|alakalari|ilgisi|ilgileri|baglantisi|iliskisi)\s+(?:var|olabilir|vardi|var mi)` + TR_AFTER, 'u'),
  new RegExp(TR_LEAD + String.raw`(?:${TR_STANDS_FOR}\s+)?(\p{L}+(?:\s+\p{L}+)?)\s+(?:baglantisi|iliskisi|alakasi|ilgisi)\s+(?:ne|nedir|ne ki)` + TR_AFTER, 'u'),
];
/** The Turkish "with" after the name, typed apart ("türkiye ile"): not a name's word. */
const TR_WITH = new Set(['ile', 'la', 'le', 'yla', 'yle']);

/**
 * The question that asks the link (the names the question before gave, then the name this one gives: "BYD Turkey"), or
 * null when this is not such a question, names nothing else, or the question before named nothing.
 */
export function connectionAsked(question: string, previousQuestion: string, previousAnswer: string, kb: KnowledgeBase, turkish: boolean): string | null {
  const link = connectionRead(question, previousQuestion, previousAnswer, kb, turkish);
  return link === null ? null : `${link.side.join(' ')} ${link.asked.join(' ')}`;
}

/** {@link connectionAsked}'s two sides: the names the link is asked of (`side`) and the name the question gives (`asked`). */
export interface Link {
  side: string[];
  asked: string[];
}

/** {@link connectionAsked}, its sides apart. */
export function connectionRead(question: string, previousQuestion: string, previousAnswer: string, kb: KnowledgeBase, turkish: boolean): Link | null {
  const read = (q: string) => (turkish ? turkishConnection(q, previousQuestion, previousAnswer, kb) : englishConnection(q, previousQuestion, previousAnswer, kb));
  // (Or its last sentence, after a reaction to the answer: "oh wow biggest in the world?? whats their connection to turkey".)
  const last = /[?!.…]+\s+([^?!.…]+[?!.…]*)$/u.exec(question.trim());
  return read(question) ?? (last ? read(last[1]!) : null);
}

function englishConnection(question: string, previousQuestion: string, previousAnswer: string, kb: KnowledgeBase): Link | null {
  const text = plainEnglish(question).replace(/['’]/gu, '');
  const m = EN_FRAMES.map((re) => re.exec(text)).find((x) => x !== null);
  if (!m) return null;
  const vocab = vocabularyOf(kb);
  // (The name asked about: every word of it a name of the knowledge, or "the" before one: "the eu".)
  const asked = tokens(m[1]!).filter((t) => t.key !== 'the');
  if (asked.length === 0 || asked.length > MAX_NAME_WORDS || !asked.every((t) => vocab.names.has(nameKey(t.key, vocab)))) return null;
  const askedKeys = new Set(asked.map((t) => nameKey(t.key, vocab)));
  const other = (ts: ReturnType<typeof tokens>) => ts.filter((t) => vocab.names.has(nameKey(t.key, vocab)) && !askedKeys.has(nameKey(t.key, vocab)));
  // The other side: the names the question before gave; else, or when it asked who or which, the first name the answer
  // just given has ("BYD Co. is …" after "who makes the most EVs?": "that company" is BYD, not the EVs).
  const previousTokens = tokens(previousQuestion);
  const before = previousTokens.some((t) => EN_WHO.has(t.key)) ? [] : other(previousTokens);
  const side = before.length > 0 ? before : other(tokens(previousAnswer)).slice(0, 1);
  if (side.length === 0) return null;
  return { side: side.map((t) => t.text), asked: asked.map((t) => t.text) };
}

function turkishConnection(question: string, previousQuestion: string, previousAnswer: string, kb: KnowledgeBase): Link | null {
  const text = plainTurkish(question).replace(/['’`´‘]/gu, '');
  const m = TR_FRAMES.map((re) => re.exec(text)).find((x) => x !== null);
  if (!m) return null;
  const names = turkishNames(kb);
  const nameOf = (key: string) => (names.has(key) ? key : nameInWord(key, names));
  const asked = trTokens(m[1]!).filter((t) => !TR_WITH.has(t.key));
  if (asked.length === 0 || asked.length > MAX_NAME_WORDS || !asked.every((t) => nameOf(t.key) !== undefined)) return null;
  const askedKeys = new Set(asked.map((t) => nameOf(t.key)!));
  const other = (ts: ReturnType<typeof trTokens>) => ts.filter((t) => nameOf(t.key) !== undefined && !askedKeys.has(nameOf(t.key)!));
  const previousTokens = trTokens(previousQuestion);
  const before = previousTokens.some((t) => TR_WHO.has(t.key)) ? [] : other(previousTokens);
  const side = before.length > 0 ? before : other(trTokens(previousAnswer)).slice(0, 1);
  if (side.length === 0) return null;
  // (Each name as typed, without its case ending: "BYD'nin" is "BYD", "türkiyeyle" "türkiye".)
  // (The frame was read folded: the name's letters as typed are the question's.)
  const typed = new Map(question.split(/\s+/u).map((w) => [plainTurkish(w).replace(/['’`´‘]/gu, ''), w.replace(/[?!.,;:]+/gu, '')]));
  const bare = (t: { text: string; key: string }) => (typed.get(t.key) ?? t.text).split(/['’`´‘]/u)[0]!.slice(0, nameOf(t.key)!.length);
  return { side: side.map(bare), asked: asked.map(bare) };
}
/** Question words that ask who or which (the answer names what was asked about): English, Turkish (folded). */
const EN_WHO = new Set(['who', 'whos', 'which', 'whose']);
const TR_WHO = new Set(['kim', 'kimdir', 'kimler', 'hangi', 'hangisi', 'hangileri', 'hangisidir']);
/** Most words of the name asked about ("the european union"). */
const MAX_NAME_WORDS = 3;

/**
 * Whether a reply's fact names any of the names the link is asked of ({@link Link}'s `side`): the fact the link is
 * asked of must be about that side too.
 */
export function namesSide(reply: Reply, side: readonly string[], kb: KnowledgeBase, turkish: boolean): boolean {
  if (reply.kind !== 'fact') return false;
  const index = turkish ? (kb.turkish ?? kb) : kb;
  const fact = index.facts[index.byId.get(reply.factId) ?? -1];
  if (!fact) return false;
  const words = turkish ? trTokens : tokens;
  const keys = side.flatMap((name) => words(name).map((t) => t.key));
  const said = new Set(words(fact.answer).map((t) => t.key));
  return keys.some((k) => said.has(k));
}
