/**
 * Plain-text rendering of a Reply for terminals (the console adapter and the
 * CLI's `ask`). Numbered follow-ups so a person can type "1" to ask one.
 */
import { confidenceLabel, readingLine, replyWords, type Reply } from '../../src/reply.ts';

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
    const where = w.paragraphs(reply.source.paragraphs);
    lines.push(dim(`${w.source}: ${reply.source.title}, ${where} (${w.confidencePhrase(confidenceLabel(reply.confidence))})`));
  }
  const followUps = reply.related.length > 0 ? reply.related.map((r) => r.question) : reply.suggestions;
  if (followUps.length > 0) {
    const heading = reply.related.length > 0 ? w.related : reply.kind === 'none' ? `${w.didYouMean}:` : `${w.tryAsking}:`;
    lines.push(bold(heading));
    followUps.forEach((q, i) => lines.push(`  ${i + 1}. ${q}`));
  }
  return lines.join('\n');
}

/** The questions a reply offers, in the order {@link renderText} numbers them. */
export function followUpsOf(reply: Reply): { question: string; factId?: string }[] {
  return reply.related.length > 0
    ? reply.related.map((r) => ({ question: r.question, factId: r.id }))
    : reply.suggestions.map((question) => ({ question }));
}
