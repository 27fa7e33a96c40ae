import type { Language } from './text/language.ts';

export type { Language } from './text/language.ts';

/**
 * The platform-neutral reply model. The engine returns one of these for every
 * input; adapters render it. "No match" and "empty question" are values here,
 * never exceptions, so no adapter needs a try/catch to handle ordinary input.
 */

/** A question a user can ask next, pointing at the fact that answers it. */
export interface RelatedQuestion {
  /** Fact id. */
  id: string;
  /** A stored phrasing of the question, suitable for a button label. */
  question: string;
}

/** Where a fact comes from: the source document and the paragraphs cited. */
export interface SourceInfo {
  id: string;
  title: string;
  description: string;
  /** Paragraph numbers in the source, counted from 1. */
  paragraphs: number[];
  /** Optional link or location of the source document. */
  url?: string;
}

interface ReplyBase {
  /** The question as the user asked it (after input clean-up, before matching). */
  question: string;
  /** Text for a person to read. Plain text; adapters escape and format it. */
  answer: string;
  /** How sure the engine is, 0..1. */
  confidence: number;
  /** Up to 3 follow-up questions. */
  related: RelatedQuestion[];
  /** Up to 3 "did you mean" / example questions (plain text). */
  suggestions: string[];
  /**
   * How a follow-up was read with the conversation before it ("when is the
   * delegation to China?"), for adapters to show as "Reading this as: …" so a
   * wrong reading is visible. Absent for a question read on its own.
   */
  readingAs?: string;
  /**
   * The follow-up as the whole question it was read as, when the reading was one
   * ("when is the delegation going to China?"; absent for a reading that pairs the
   * two questions): what the question log keeps, so the gaps report and `review`
   * offer a question that stands on its own instead of "and when?".
   */
  readingQuestion?: string;
  /**
   * The language the bot speaks in this reply (its own words, labels, and the
   * answer when the fact has it in that language); absent means English.
   */
  language?: Language;
}

/** The question matched a curated fact. */
export interface FactReply extends ReplyBase {
  kind: 'fact';
  factId: string;
  source: SourceInfo;
  /**
   * When the message asked several questions ("where is the deposit and how
   * big is it?"), the answers to the others, in the order asked, each with
   * `readingAs` saying which question it answers (src/conversation/several.ts).
   * Absent for a message that asks one thing.
   */
  also?: FactReply[];
  /**
   * The message's other questions that got no answer (as the replies declining
   * them), when it asked several: each shown as one line under the answers
   * ({@link unansweredLines}), and kept by the question log as a declined
   * question, so the gaps report lists it. In the JSON reply as the questions.
   */
  unanswered?: NoneReply[];
  /**
   * The message's questions not read, in the order asked: those beyond the
   * first src/conversation/several.ts MAX_PARTS of a list, and one pointing
   * back at a question of the message that got no answer ("… and when will
   * it open?"). Each shown as one line asking for it on its own
   * ({@link unansweredLines}); not tried, so not logged as a gap.
   */
  unread?: string[];
}

/** Greetings, thanks, help, "what can you do". */
export interface SmalltalkReply extends ReplyBase {
  kind: 'smalltalk';
  /** The small-talk intent id from knowledge/smalltalk.yaml (e.g. "greeting", "help"). */
  intent: string;
}

/** Nothing to answer with: an empty input, or a question outside the knowledge. */
export interface NoneReply extends ReplyBase {
  kind: 'none';
  reason: 'empty' | 'no-match';
}

/** Every reply the engine can give. Switch on `kind`. */
export type Reply = FactReply | SmalltalkReply | NoneReply;

/** The JSON shape printed by `factbot ask --json` (a public contract). */
export interface ReplyJson {
  question: string;
  kind: Reply['kind'];
  answer: string;
  factId: string | null;
  confidence: number;
  source: SourceInfo | null;
  related: RelatedQuestion[];
  suggestions: string[];
  /** How a follow-up was read ({@link Reply} `readingAs`); null for a question read on its own. */
  readingAs: string | null;
  /** The question's language, which the bot's words in this reply use: "en" or "tr". */
  language: Language;
  /** The answers to the message's other questions when it asked several ({@link FactReply} `also`), in the same shape; empty otherwise. */
  also: ReplyJson[];
  /** Those of its questions that got no answer ({@link FactReply} `unanswered`), as asked; empty otherwise. */
  unanswered: string[];
  /** Those of its questions not read, to be asked on their own ({@link FactReply} `unread`); empty otherwise. */
  unread: string[];
}

/** Converts a reply to the documented JSON contract of the CLI. */
export function replyToJson(reply: Reply): ReplyJson {
  return {
    question: reply.question,
    kind: reply.kind,
    answer: reply.answer,
    factId: reply.kind === 'fact' ? reply.factId : null,
    confidence: Math.round(reply.confidence * 1000) / 1000,
    source: reply.kind === 'fact' ? reply.source : null,
    related: reply.related,
    suggestions: reply.suggestions,
    readingAs: reply.readingAs ?? null,
    language: reply.language ?? 'en',
    also: reply.kind === 'fact' ? (reply.also ?? []).map(replyToJson) : [],
    unanswered: reply.kind === 'fact' ? (reply.unanswered ?? []).map((u) => u.question) : [],
    unread: reply.kind === 'fact' ? [...(reply.unread ?? [])] : [],
  };
}

/** What a reply read in context says of its reading: the line shown, and the whole question when the reading is one. */
export function readAs(r: { shown: string; whole: boolean }): { readingAs: string; readingQuestion?: string } {
  return r.whole ? { readingAs: r.shown, readingQuestion: r.shown } : { readingAs: r.shown };
}

/** The reading line every adapter shows above a follow-up's answer, in its own style. */
export function readingLine(reply: Reply): string | null {
  return reply.readingAs ? `${replyWords(reply).readingAs} ${reply.readingAs}` : null;
}

/**
 * One line for each question of a message of several that got no answer
 * ({@link FactReply} `unanswered`), then one for each not read, asking for it
 * on its own (`unread`), in the reply's language, shown under the answers by
 * every adapter so that the person knows it was not overlooked.
 */
export function unansweredLines(reply: Reply): string[] {
  if (reply.kind !== 'fact') return [];
  const words = replyWords(reply);
  return [...(reply.unanswered ?? []).map((u) => words.unanswered(u.question.trim())), ...(reply.unread ?? []).map((q) => words.unread(q.trim()))];
}

/** Words for how sure the bot is, shared by every adapter's rendering (the English words: see {@link replyWords} for a reply's language). */
export function confidenceLabel(confidence: number): 'high' | 'medium' | 'low' {
  if (confidence >= 0.75) return 'high';
  if (confidence >= 0.5) return 'medium';
  return 'low';
}

/**
 * The fixed words around a reply, one table per language, so every adapter
 * labels a Turkish reply in Turkish without its own copy of the words. The
 * English entries are the words the adapters always used.
 */
export interface ReplyWords {
  /** "high" / "medium" / "low" for {@link confidenceLabel}'s levels. */
  confidence: Record<'high' | 'medium' | 'low', string>;
  /** "high confidence". */
  confidencePhrase(level: 'high' | 'medium' | 'low'): string;
  /** "Confidence" as a heading ("Confidence: high"). */
  confidenceHeading: string;
  source: string;
  /** "paragraph 5" / "paragraphs 3, 5". */
  paragraphs(list: readonly number[]): string;
  related: string;
  relatedQuestions: string;
  didYouMean: string;
  tryAsking: string;
  /** Discord's footer under a declined question's suggestions. */
  noMatchingFact: string;
  helpful: string;
  notHelpful: string;
  shareInChannel: string;
  /** Before the question echoed to the one who asked it privately ("You asked"). */
  youAsked: string;
  /** Before a shared question: "<who> asked". */
  asked(who: string): string;
  /**
   * The reply to a follow-up ("and when?", "why?") with no question before it
   * in the conversation (none yet, or expired): it cannot be read, so the bot
   * asks for the whole question instead of guessing.
   */
  askWhole: string;
  /** Follows the knowledge's `noMatch` words: what the bot can answer. */
  canAnswer(topic: string): string;
  /** The one line before an English answer given to a question asked in another language. */
  englishOnly: string;
  /** The label of the reading line above a follow-up's answer ({@link readingLine}). */
  readingAs: string;
  /** The line under the answers to a message of several questions for each of its questions that got none. */
  unanswered(question: string): string;
  /** The line under them for each question of a long list beyond the ones read, asking for it on its own. */
  unread(question: string): string;
}

export const REPLY_WORDS: Readonly<Record<Language, ReplyWords>> = {
  en: {
    confidence: { high: 'high', medium: 'medium', low: 'low' },
    confidencePhrase: (level) => `${level} confidence`,
    confidenceHeading: 'Confidence',
    source: 'Source',
    paragraphs: (list) => `${list.length > 1 ? 'paragraphs' : 'paragraph'} ${list.join(', ')}`,
    related: 'Related:',
    relatedQuestions: 'Related questions',
    didYouMean: 'Did you mean',
    tryAsking: 'Try asking',
    noMatchingFact: 'No matching fact. Did you mean one of these?',
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
    shareInChannel: 'Share in channel',
    youAsked: 'You asked',
    asked: (who) => `${who} asked`,
    askWhole: 'That seems to follow on from an earlier question, and I have none to read it with. Could you ask the whole question?',
    canAnswer: (topic) => `I can answer questions about ${topic}.`,
    englishOnly: '',
    readingAs: 'Reading this as:',
    unanswered: (question) => `Not in what I know: “${question}”`,
    unread: (question) => `Ask me this one on its own: “${question}”`,
  },
  tr: {
    confidence: { high: 'yüksek', medium: 'orta', low: 'düşük' },
    confidencePhrase: (level) => `güven: ${REPLY_WORDS.tr.confidence[level]}`,
    confidenceHeading: 'Güven',
    source: 'Kaynak',
    paragraphs: (list) => `${list.join(', ')}. paragraf`,
    related: 'İlgili:',
    relatedQuestions: 'İlgili sorular',
    didYouMean: 'Bunu mu demek istediniz',
    tryAsking: 'Şunları sorabilirsiniz',
    noMatchingFact: 'Eşleşen bilgi yok. Bunlardan birini mi demek istediniz?',
    helpful: 'Yararlı',
    notHelpful: 'Yararlı değil',
    shareInChannel: 'Kanalda paylaş',
    youAsked: 'Sorunuz',
    asked: (who) => `${who} sordu`,
    askWhole: 'Bu, önceki bir sorunun devamı gibi; elimde birlikte okuyabileceğim bir soru yok. Sorunun tamamını yazar mısınız?',
    canAnswer: (topic) => `Şu konudaki soruları yanıtlayabilirim: ${topic}.`,
    englishOnly: 'Bu bilginin Türkçesi henüz yok; yanıt İngilizce:',
    readingAs: 'Şöyle anladım:',
    unanswered: (question) => `Bildiklerim arasında yanıtı yok: “${question}”`,
    unread: (question) => `Bunu ayrıca sorar mısınız: “${question}”`,
  },
};

/** The words for a reply's language (English when it has none). */
export function replyWords(reply: { language?: Language }): ReplyWords {
  return REPLY_WORDS[reply.language ?? 'en'];
}
