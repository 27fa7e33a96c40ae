/**
 * A recording AnswerListener for bot and adapter tests.
 */
import type { AnswerListener } from '../../src/bot.ts';

type Answered = Parameters<AnswerListener['answered']>[0];
type Voted = Parameters<AnswerListener['voted']>[0];

export interface RecordingListener extends AnswerListener {
  answeredEvents: Answered[];
  votedEvents: Voted[];
}

/** Records every call; with `throwing`, throws after recording (to prove failures never reach users). */
export function recordingListener(options: { throwing?: boolean } = {}): RecordingListener {
  const answeredEvents: Answered[] = [];
  const votedEvents: Voted[] = [];
  return {
    answeredEvents,
    votedEvents,
    answered(event) {
      answeredEvents.push(event);
      if (options.throwing) throw new Error('question log is down');
    },
    voted(event) {
      votedEvents.push(event);
      if (options.throwing) throw new Error('question log is down');
    },
  };
}
