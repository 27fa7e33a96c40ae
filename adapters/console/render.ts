/**
 * Plain-text rendering of a Reply for terminals (the console adapter and the
 * CLI's `ask`). Numbered follow-ups so a person can type "1" to ask one.
 */
import { confidenceLabel, readingLine, replyWords, unansweredLines, type FactReply, type Reply } from '../../src/reply.ts';

/** Options for {@link renderText}. */
export interface TextStyle {
  /** Use ANSI colours (only on a terminal that wants them). */
  color?: boolean;
}

/** Renders a reply as lines of plain text. */
export function renderText(reply: Reply, style: TextStyle = {}): string {
  const dim = (s: string) => (style.color ? `\u001b[2m${s}\u001b[22m` : s);
  const bold = (s: string) => (style.color ? `\u001b[1m${s}\u001b[22m` : s);
  const reading = readingLine(reply);
  // The labels in the reply's language (src/reply.ts REPLY_WORDS).
  const w = replyWords(reply);
  // A follow-up's reading first, dim: what the answer below answers, so a wrong reading shows.
  const lines = reading ? [dim(reading), reply.answer] : [reply.answer];
  if (reply.kind === 'fact') {
    lines.push(dim(sourceOf(reply)));
    // The answers to the message's other questions, each under the question it answers.
    for (const other of reply.also ?? []) lines.push('', dim(readingLine(other) ?? other.question), other.answer, dim(sourceOf(other)));
    // And the questions of the message that got none, so they are not taken for overlooked.
    const unanswered = unansweredLines(reply);
    if (unanswered.length > 0) lines.push('', ...unanswered.map(dim));
  }
  const followUps = reply.related.length > 0 ? reply.related.map((r) => r.question) : reply.suggestions;
  if (followUps.length > 0) {
    const heading = reply.related.length > 0 ? w.related : reply.kind === 'none' ? `${w.didYouMean}:` : `${w.tryAsking}:`;
    lines.push(bold(heading));
    followUps.forEach((q, i) => lines.push(`  ${i + 1}. ${q}`));
  }
  return lines.join('\n');
}

/** "Source: <title>, paragraph 5 (high confidence)", in the reply's language. */
function sourceOf(reply: FactReply): string {
  const w = replyWords(reply);
  return `${w.source}: ${reply.source.title}, ${w.paragraphs(reply.source.paragraphs)} (${w.confidencePhrase(confidenceLabel(reply.confidence))})`;
}

/** The questions a reply offers, in the order {@link renderText} numbers them. */
export function followUpsOf(reply: Reply): { question: string; factId?: string }[] {
  return reply.related.length > 0
    ? reply.related.map((r) => ({ question: r.question, factId: r.id }))
    : reply.suggestions.map((question) => ({ question }));
}
