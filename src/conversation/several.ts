/**
 * Messages that ask several things at once ("where is the deposit and how
 * big is it?", "who found it? and when?"): people chain questions in one
 * chat message, and one answer leaves the rest unanswered (or, with their
 * words mixed, the whole message declined).
 *
 * A message is cut into its questions ({@link questionParts}), each read as
 * the next turn of a conversation: the first with the conversation before
 * the message, every later one following on from the part before it, so "and
 * how big is it?" is read with "where is the deposit". Each answer says which
 * question it answers (`readingAs`).
 *
 * The whole message is answered as before. Its answer leads, with the other
 * questions' answers after it (`also`), when it is one of theirs, and is kept
 * alone when only one question (or none) is answered; it gives way to the
 * questions' answers when they are two or more and it is none of them (its
 * words, mixed from several questions, matched something neither asks), and
 * when the whole message is declined. A message that is one question is
 * answered exactly as before. Pure, like the follow-up reading it builds on.
 */
import { rank, type KnowledgeBase } from '../engine/answer.ts';
import { SEARCH } from '../config.ts';
import type { FactReply, NoneReply, Reply } from '../reply.ts';
import { cleanInput, fold, QUESTION_OPENERS, withoutQuotedLines, withoutRemarkToSomeone, withoutSignOff } from '../text/normalize.ts';
import { detectLanguage } from '../text/language.ts';
import { answerInContext, needsQuestionBefore, type ContextAnswer, type PreviousTurn } from './followup.ts';
import { followupShape } from './followup-shape.ts';
import { turkishFollowupShape } from './followup-tr.ts';

/**
 * At most this many questions of one message are answered, the first ones asked: the work per message stays
 * bounded, and a reply of more answers is a wall of text. The others are listed, asking for each on its own.
 */
export const MAX_PARTS = 4;
/** A longer message is read whole: a pasted paragraph is not a list of questions. */
const MAX_MESSAGE_CHARS = 400;
/** A question cut from the middle of a sentence has at least this many words before the cut ("how and when" is one question). */
const MIN_WORDS_BEFORE_CUT = 3;

/** Words that may come before a question's opening word at the start of a piece ("and when?", "ok so where is it"). */
const LEADS = new Set(['and', 'also', 'plus', 'so', 'ok', 'okay', 'oh', 'but', 'then', 'or', 'hey', 'btw', 'pls', 'please', 'hmm', 'well', 'lol']);

interface Word {
  key: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu)].map((m) => ({ key: wordKey(m[0]), start: m.index, end: m.index + m[0].length }));
}

/**
 * A word folded without its apostrophes ("what's" is "whats", "isn't" "isnt"), but a contracted "are" is dropped
 * first: "we're" is "we", no "were" opening a question ("Can my cafe get permits? We're in Zone A." asks one thing),
 * and "where're" is "where".
 */
function wordKey(word: string): string {
  return fold(word)
    .replace(/['’]re$/u, '')
    .replace(/['’]/gu, '');
}

/** Whether a piece of a message opens like a question: its first word, after leading words ("and", "ok so"), asks. */
function opensQuestion(words: readonly Word[]): boolean {
  const first = words.find((w) => !LEADS.has(w.key));
  return first !== undefined && QUESTION_OPENERS.has(first.key);
}

/**
 * "what about the refinery, when will it be ready?": "what about X" names what the question after it asks about; "what
 * if the engineer finds the fault is my wiring, do I have to pay?": "what if X" sets the case the question after it asks
 * in (answered alone, "do I have to pay?" got the payment methods).
 */
function namesTopic(words: readonly Word[]): boolean {
  const ws = words.filter((w) => !LEADS.has(w.key));
  return (ws[0]?.key === 'what' || ws[0]?.key === 'how') && (ws[1]?.key === 'about' || (ws[0]?.key === 'what' && ws[1]?.key === 'if'));
}

/**
 * Cuts a sentence that opens like a question where another question begins:
 * before a question word or an auxiliary that follows "and", "&", a comma or
 * a semicolon ("where is the deposit and how big is it", "what is in it, who
 * found it and when"). Not before any other word ("what do Turkey and China
 * want" is one question), not with fewer than MIN_WORDS_BEFORE_CUT words
 * before the cut ("how and when was it found"), not after "what about X" or "what if X" (it
 * names what the question after it asks about), and not in a sentence that
 * does not open like a question ("if it opens, when?").
 */
function cutSentence(sentence: string): string[] {
  const words = wordsOf(sentence);
  if (!opensQuestion(words)) return [sentence];
  const out: string[] = [];
  let from = 0;
  let first = 0;
  for (let i = 1; i < words.length; i++) {
    if (!QUESTION_OPENERS.has(words[i]!.key)) continue;
    const and = words[i - 1]!.key === 'and' ? i - 1 : i;
    // The joining word or punctuation: "and" before the question word, or a comma, semicolon or "&" before it (or before "and").
    const gap = and > 0 ? sentence.slice(words[and - 1]!.end, words[and]!.start) : '';
    if (and === i && !/[,;&]/u.test(gap)) continue;
    if (and - first < MIN_WORDS_BEFORE_CUT || namesTopic(words.slice(first, and))) continue;
    out.push(sentence.slice(from, words[and]!.start).replace(/[\s,;&]+$/u, ''));
    from = words[and]!.start;
    first = and;
  }
  out.push(sentence.slice(from));
  return out;
}

/** Turkish question words and particles, folded ("nasıl" is "nasil", "mü" is "mu"). */
const TURKISH_ASKING = new Set([
  'ne', 'neden', 'niye', 'nicin', 'nasil', 'nerede', 'nerde', 'nereden', 'nereye', 'neresi', 'nereli', 'kim', 'kimi', 'kime', 'kimin', 'kimler',
  'hangi', 'hangisi', 'hangileri', 'kac', 'mi', 'mu', 'midir', 'mudur', 'misin', 'musun', 'nedir', 'neler', 'nelerdir', 'kimdir', 'nasildir', 'nerededir',
]);

/**
 * A Turkish sentence is cut at "ve" or a comma between two questions: Turkish puts the
 * question word late ("yatak nerede ve ne kadar büyük?"), so a cut needs a question word
 * or particle on both sides ("BYD ve Chery geliyor mu?" is one question), and at least 2
 * words before it.
 */
function cutTurkishSentence(sentence: string): string[] {
  const words = wordsOf(sentence);
  // Where a cut may be: before "ve", or before a word with a comma or semicolon before it.
  const joints: { at: number; next: number }[] = [];
  for (let i = 1; i < words.length; i++) {
    if (words[i]!.key === 've' && i + 1 < words.length) joints.push({ at: i, next: i + 1 });
    else if (words[i - 1]!.key !== 've' && /[,;]/u.test(sentence.slice(words[i - 1]!.end, words[i]!.start))) joints.push({ at: i, next: i });
  }
  const asks = (from: number, to: number) => words.slice(from, to).some((w) => TURKISH_ASKING.has(w.key));
  const out: string[] = [];
  let from = 0;
  let first = 0;
  joints.forEach((j, k) => {
    const end = joints[k + 1]?.at ?? words.length;
    if (j.at - first < 2 || !asks(first, j.at) || !asks(j.next, end)) return;
    out.push(sentence.slice(from, words[j.at]!.start).replace(/[\s,;]+$/u, ''));
    from = words[j.next]!.start;
    first = j.next;
  });
  out.push(sentence.slice(from));
  return out;
}

/** A part asking only what the report says (folded, no punctuation): "what does the article say", "haberde ne diyo". */
const SOURCE_SAYS =
  /^(?:(?:and|so|but|ve|peki|ya|bi de|bide)\s+)?(?:(?:what does|what do|whats|what did) (?:the |this |that )?(?:report|article|news|story|piece|source|it) (?:say|says|said)(?: about (?:it|that|this))?|(?:haberde|haber|makalede|raporda|yazida|kaynakta|habere gore) ne (?:diyo|diyor|diyormus|demis|yaziyo|yaziyor|yazmis|deniyo|deniyor)(?: (?:peki|acaba|ya|bu konuda))?|(?:haberde|makalede|raporda) (?:adi )?(?:geciyo|geciyor|yaziyo|yaziyor) mu(?: adi)?)$/u;

/** What every cut needs: a "?" with a letter or digit after it, "and", "ve", a comma, semicolon or "&". */
const MAY_JOIN = /\?[^\p{L}\p{N}]*[\p{L}\p{N}]|[,;&]|\b(?:and|ve)\b/iu;

/**
 * The questions a message asks, when it asks more than one (null when it is
 * one question, or too long to be a list of them); answerMessage answers the
 * first MAX_PARTS. Sentences ending in "?" are questions; the text after the last "?" is one when it opens like a
 * question ("where is it? and how big"), not when it says something about
 * the question ("is there a lost and found? left my scarf there"). A
 * sentence that opens like a question is cut where another begins
 * (see cutSentence; a Turkish one, see cutTurkishSentence). Pure.
 */
export function questionParts(message: string): string[] | null {
  // Most messages are one question: without a "?" before its end, a joining word or mark, none can be cut.
  if (message.length > MAX_MESSAGE_CHARS || !MAY_JOIN.test(message)) return null;
  const pieces: string[] = [];
  const sentences = message.split(/(?<=\?)/u);
  sentences.forEach((s, i) => {
    const words = wordsOf(s);
    if (words.length === 0) return;
    const last = i === sentences.length - 1 && !s.trimEnd().endsWith('?');
    if (last && !opensQuestion(words)) {
      // Words after the last question say something about it: they stay with the question before them.
      if (pieces.length > 0) pieces[pieces.length - 1] += s;
      else pieces.push(s);
      return;
    }
    pieces.push(s);
  });
  const parts = pieces
    .flatMap((p) => (detectLanguage(p) === 'tr' ? cutTurkishSentence(p) : cutSentence(p)))
    .map((p) => p.trim())
    .filter((p) => wordsOf(p).length > 0)
    // "… kurar mı sizce, haberde ne diyo?", "…, what does the report say?": asking what the report says of the question
    // before is no question of its own (alone, it found the fact on who said nothing).
    .reduce<string[]>((out, p) => {
      if (out.length > 0 && SOURCE_SAYS.test(fold(p).replace(/[?!.,]+/gu, ' ').trim())) out[out.length - 1] += `, ${p}`;
      else out.push(p);
      return out;
    }, []);
  return parts.length >= 2 ? parts : null;
}

/** A list item's mark at the start of a line ("1.", "2)", "(3)", "-", "*", "•"). */
const ITEM_MARK = /^\s*(?:\(?\d{1,2}[.)]|[-*•·–])\s+/u;
/** Where a numbered item may start inside a line: a number with "." or ")" and a space, at the start or after a space. */
const INLINE_NUMBER = /(?:^|\s)\(?(\d{1,2})[.)]\s+/gu;

/**
 * "1) where is it 2) how big is it": the items of a list typed on one line,
 * when it opens with item 1 and every later number follows in order (so "it
 * costs 2) what" or a figure such as "1.5" is no list); null otherwise.
 */
function numberedItems(line: string): string[] | null {
  const marks = [...line.matchAll(INLINE_NUMBER)];
  if (marks.length < 2 || marks[0]!.index !== 0 || marks[0]![1] !== '1') return null;
  const items: string[] = [];
  let expected = 1;
  let from = -1;
  for (const m of marks) {
    if (Number(m[1]) !== expected) continue;
    if (from >= 0) items.push(line.slice(from, m.index));
    from = m.index + m[0].length;
    expected++;
  }
  items.push(line.slice(from));
  return items.length >= 2 ? items : null;
}

/** Whether a line of a message is a question of its own, by its words: it opens like one, or (Turkish) asks. */
function asksOnItsOwn(line: string): boolean {
  const words = wordsOf(line);
  return detectLanguage(line) === 'tr' ? words.some((w) => TURKISH_ASKING.has(w.key)) : opensQuestion(words);
}

/**
 * The questions of a message typed on several lines, or as a numbered list
 * ("where is the deposit⏎how big is it", "1) where is it 2) how big"),
 * each line cleaned as the engine cleans a message; null when the message
 * is one line (see questionParts) or reads as one question.
 *
 * A line is a question of its own when it is a list item, when it opens
 * like a question, or when it ends with "?" as the line before it did. Any
 * other line goes with the question before it ("where is the deposit?⏎asking
 * for a friend"), or, first, with the one after it ("hi team⏎where is the
 * deposit"), so a question broken over two lines stays one. Each question
 * is then cut as questionParts cuts one line.
 */
export function lineParts(raw: string): string[] | null {
  // A pasted page is no list of questions (and is not worth cleaning line by line).
  if (raw.length > MAX_MESSAGE_CHARS * 2 || (!/[\r\n]/u.test(raw) && !/^\s*\(?1[.)]\s/u.test(raw))) return null;
  const lines: { text: string; item: boolean }[] = [];
  for (const line of raw.split(/\r\n|[\r\n]/u)) {
    const items = numberedItems(line.trim());
    const marked = items !== null || ITEM_MARK.test(line);
    for (const text of items ?? [line.replace(ITEM_MARK, '')]) {
      const clean = cleanInput(text);
      if (wordsOf(clean).length > 0) lines.push({ text: clean, item: marked });
    }
  }
  if (lines.length < 2 || lines.reduce((n, l) => n + l.text.length + 1, 0) > MAX_MESSAGE_CHARS) return null;
  const groups: string[] = [];
  let pending: string[] = [];
  lines.forEach((line, i) => {
    const own = line.item || asksOnItsOwn(line.text) || (line.text.endsWith('?') && (i === 0 || lines[i - 1]!.text.endsWith('?')));
    if (own) {
      groups.push([...pending, line.text].join(' '));
      pending = [];
    } else if (groups.length > 0) groups[groups.length - 1] += ` ${line.text}`;
    else pending.push(line.text);
  });
  if (pending.length > 0) {
    if (groups.length > 0) groups[groups.length - 1] += ` ${pending.join(' ')}`;
    else groups.push(pending.join(' '));
  }
  const parts = groups.flatMap((g) => questionParts(g) ?? [g]);
  return parts.length >= 2 ? parts : null;
}

/** Words that join a question to the one before it, left out of the question shown ("and when will it open?"). */
const JOINERS = /^(?:(?:and|also|plus|or|but|so|then)\b[\s,]*)+/iu;

/** A part's answer, saying which question of the message it answers: its reading, or the part without its joining word. */
function asPart(reply: FactReply, part: string): FactReply {
  const shown = reply.readingAs ?? (part.replace(JOINERS, '') || part);
  const out: FactReply = { ...reply, question: part, readingAs: shown };
  delete out.also;
  delete out.unanswered;
  delete out.unread;
  return out;
}

/**
 * A message answered as a conversation turn: the whole message read as
 * `answerInContext` reads it, and, when it asks several questions, the answers
 * to the others (see the module comment). `previous` is the conversation's
 * last answered question, if any.
 */
export function answerMessage(typed: string, previous: PreviousTurn | undefined, kb: KnowledgeBase, hint?: string): ContextAnswer {
  // (The lines it quotes are what it answers to, not its questions; its sign-off says who writes; a sentence after its
  // question that opens with a mention is said to that person.)
  const message = withoutRemarkToSomeone(withoutSignOff(withoutQuotedLines(typed)));
  const whole = answerInContext(message, previous, kb, hint);
  if (whole.reply.kind === 'smalltalk' || (whole.reply.kind === 'none' && whole.reply.reason === 'empty')) return whole;
  // Cut by its lines when it has several (each cleaned), else as the engine read it (the reply's question is the
  // message cleaned): a pasted link's "?" ("…/page?id=3") or a mention is no part of a question.
  const byLines = lineParts(message);
  const all = byLines ?? questionParts(whole.reply.question);
  if (all === null) return whole;
  // A longer list is answered as far as MAX_PARTS (the first questions asked); the others are asked for on their own.
  const parts = all.slice(0, MAX_PARTS);
  // Questions not read, to be asked on their own: pointing at a question that got no answer (below), or beyond MAX_PARTS.
  const unread: string[] = [];
  const notRead = (p: string) => unread.push(p.replace(JOINERS, '') || p);
  // Each question by its own shape: "and when? and where is the deposit?" stands on its own as a whole, but its first
  // question follows on from the conversation (answerInContext reads a question that stands on its own alone).
  let before = previous;
  const answered: { reply: FactReply; part: string; remember: PreviousTurn | null }[] = [];
  let remember: PreviousTurn | null = null;
  const declined: NoneReply[] = [];
  let lastAnswered = true;
  let lastReadOn = false;
  for (const [i, part] of parts.entries()) {
    // "does it rotate" after a question of the message that got no answer points at what that question asked:
    // neither read with it nor alone; asked for on its own (with what "it" is).
    const shape = followupShape(part);
    // (A whole question that goes on from the one before, "and how long has it led?", is still a question of its own here.)
    if (i > 0 && !lastAnswered && shape.kind !== 'standalone' && !(shape.kind === 'continued' && shape.how !== 'source')) {
      notRead(part);
      continue;
    }
    // A Turkish pronoun after a question of the message that got no answer ("bor madenleri ne vaziyette, ondan da
    // bahseden var mı?") points at that question, not at the conversation before the message: read alone.
    const pointsAtDeclined = i > 0 && !lastAnswered && detectLanguage(part) === 'tr' && turkishFollowupShape(part).kind === 'pronoun';
    const r = answerInContext(part, pointsAtDeclined ? undefined : before, kb, hint, i > 0 && before === remember);
    const reply = r.reply;
    lastAnswered = reply.kind === 'fact';
    // Declined, not asked in full ("and when?" first, with nothing before it: no gap in the knowledge, nothing to say).
    if (reply.kind === 'none' && reply.reason === 'no-match' && !(before === undefined && needsQuestionBefore(part))) {
      declined.push({ ...reply, question: reply.question.replace(JOINERS, '') || reply.question });
    }
    if (reply.kind === 'fact' && !answered.some((a) => a.reply.factId === reply.factId)) answered.push({ reply, part, remember: r.remember });
    if (r.remember) {
      before = remember = r.remember;
      // (Whether it was read on from a question before it in the message, or names no topic of its own: "türkiye çine
      // heyet mi yolluyo, basında kim var?" then "e ne zaman?" asks when the delegation goes, not when "başında kim var".)
      lastReadOn = i > 0 && (reply.readingAs !== undefined || !ownTopic(part, reply.language));
    }
  }
  all.slice(MAX_PARTS).forEach(notRead);
  const main = whole.reply;
  // The questions of the message that got no answer go with the answers to the others, for the question log, and
  // those not read, to be asked on their own.
  const withUnanswered = (r: FactReply): FactReply => ({ ...r, ...(declined.length > 0 ? { unanswered: declined } : {}), ...(unread.length > 0 ? { unread } : {}) });
  // A message typed a question a line, or as a list, is answered in the order asked: its whole (every line's words
  // mixed) asks no question of its own, so its answer is no better a guide than the first question.
  if (byLines !== null && answered.length > 0) {
    const [first, ...rest] = answered;
    const lead: FactReply = { ...asPart(first!.reply, first!.part), question: main.question };
    if (rest.length > 0) lead.also = rest.map((a) => asPart(a.reply, a.part));
    return { reply: withUnanswered(lead), remember: remember ?? whole.remember };
  }
  if (main.kind === 'fact') {
    const among = answered.some((a) => a.reply.factId === main.factId);
    // (Remembered as the question of the message whose answer it is: "where exactly?" after "how large is turkey's rare
    // earth reserve? any tonnage?" goes on from the first, not from "any tonnage" too.)
    const own = answered.find((a) => a.reply.factId === main.factId)?.remember;
    // (Not when the whole, answered as if alone, got another fact than its first question, "and X?", read on from the
    // conversation, its only one answered: "and byd itself? whats the status there" after the other carmakers asks of
    // BYD what was asked, its plant; whole, "byd" found what BYD is.)
    const only = answered.length === 1 ? answered[0]! : undefined;
    const onlyReadOn =
      only !== undefined && !among && previous !== undefined && main.readingAs === undefined && only.reply.readingAs !== undefined && only.part === parts[0] && followupShape(only.part).kind === 'swap';
    if (answered.length < 2 && !onlyReadOn) return { ...whole, reply: among ? withUnanswered(main) : unread.length > 0 ? { ...main, unread } : main, ...(own ? { remember: own } : {}) };
    // The whole message's answer stays first when it is one of its questions' answers; the others follow.
    if (among) {
      const also = answered.filter((a) => a.reply.factId !== main.factId).map((a) => asPart(a.reply, a.part));
      return { reply: withUnanswered({ ...main, also }), remember: remember && whole.remember && lastReadOn ? { question: whole.remember.question, factId: remember.factId } : (remember ?? whole.remember) };
    }
    // Else its words, mixed from two questions, matched a fact neither asks about ("and when? and where is the
    // deposit?" after BYD's plant got the deposit's discovery date): the questions' own answers instead.
  }
  if (answered.length === 0) return whole;
  // Declined whole (or answered with neither question's fact), answered in part: the part whose fact the whole
  // message's words support best leads (in "what is coronavirus and how does it spread?" the second), with the
  // message as asked; the others follow in the order asked.
  const index = main.language === 'tr' && kb.turkish ? kb.turkish : kb;
  const support = new Map(rank(main.question, index, SEARCH.candidates).map((r) => [r.factId, r.score]));
  const leading = answered.reduce((best, a) => ((support.get(a.reply.factId) ?? 0) > (support.get(best.reply.factId) ?? 0) ? a : best));
  const [first, ...rest] = [leading, ...answered.filter((a) => a !== leading)];
  const lead: FactReply = { ...asPart(first!.reply, first!.part), question: main.question };
  if (rest.length > 0) lead.also = rest.map((a) => asPart(a.reply, a.part));
  return { reply: withUnanswered(lead), remember };
}

/** Whether a question of a message names its own topic (its follow-up shape: standalone, or going on with one of its own). */
function ownTopic(part: string, language: Reply['language']): boolean {
  if (language === 'tr') return turkishFollowupShape(part).kind === 'standalone';
  const kind = followupShape(part).kind;
  return kind !== 'pronoun' && kind !== 'fragment' && kind !== 'bare';
}

/** {@link answerMessage} with no conversation before it (the CLI, an API call without a conversation id, the console's try page). */
export function answerMessageAlone(message: string, kb: KnowledgeBase, hint?: string): Reply {
  return answerMessage(message, undefined, kb, hint).reply;
}
