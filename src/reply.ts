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
}

/** The question matched a curated fact. */
export interface FactReply extends ReplyBase {
  kind: 'fact';
  factId: string;
  source: SourceInfo;
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
  };
}

/** The reading line every adapter shows above a follow-up's answer, in its own style. */
export function readingLine(reply: Reply): string | null {
  return reply.readingAs ? `Reading this as: ${reply.readingAs}` : null;
}

/** Words for how sure the bot is, shared by every adapter's rendering. */
export function confidenceLabel(confidence: number): 'high' | 'medium' | 'low' {
  if (confidence >= 0.75) return 'high';
  if (confidence >= 0.5) return 'medium';
  return 'low';
}
