/**
 * The console's own connection to the question log, for reading: opened on
 * the first page that needs it (a bot whose console nobody opens never holds
 * a second connection), opened again after a failure (the database may be
 * back), closed at shutdown. The recorder keeps its own connection for
 * writing: a slow report never holds up recording answers.
 */
import type { LogQuery, QuestionLog } from '../../store/types.ts';

export interface LogReader extends Pick<QuestionLog, 'questions' | 'votes'> {
  close(): Promise<void>;
}

/** A reader over the logs `open` opens (src/store/open.ts's `Storage.openLog`). */
export function lazyLogReader(open: () => QuestionLog | Promise<QuestionLog>): LogReader {
  let log: Promise<QuestionLog> | undefined;
  const get = (): Promise<QuestionLog> => {
    if (!log) {
      log = Promise.resolve().then(open);
      // A failed open is not kept: the next page tries again.
      log.catch(() => (log = undefined));
    }
    return log;
  };
  return {
    questions: async (query?: LogQuery) => (await get()).questions(query),
    votes: async (query?: LogQuery) => (await get()).votes(query),
    async close() {
      const opened = log;
      log = undefined;
      if (opened) await opened.then((l) => l.close(), () => undefined);
    },
  };
}
