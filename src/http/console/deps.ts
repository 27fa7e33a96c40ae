/**
 * What the console pages need from the running bot, handed in by whoever
 * serves them (src/main.ts through the HTTP server; tests hand in their own).
 * The console never opens files, databases or watchers itself.
 */
import type { KnowledgeBase } from '../../engine/answer.ts';
import type { ReloadOutcome } from '../../knowledge/watch.ts';
import type { QuestionLog } from '../../store/types.ts';

/** What a learn function answers (the shape of src/learn.ts's LearnResult that the console reads). */
export type LearnOutcome = { ok: true; message: string } | { ok: false; error: string };

/** The two ways of turning a question into knowledge (src/learn.ts). */
export interface Learner {
  learnPhrasing(dir: string, question: string, factId: string): Promise<LearnOutcome>;
  learnOutOfScope(dir: string, question: string): Promise<LearnOutcome>;
}

export interface ConsoleDeps {
  /** The knowledge base the Bot answers from right now (the watcher's `current`). */
  knowledge: () => KnowledgeBase;
  /** The knowledge folder the gaps page's actions edit. */
  knowledgeDir: string;
  /** The question log the overview, gaps and facts pages read; null when questions are not logged (LOG_QUESTIONS=false). */
  log: Pick<QuestionLog, 'questions' | 'votes'> | null;
  /**
   * Loads the knowledge folder again and makes the Bot answer from it at once
   * (the watcher's `reload`): called after each learn action, so the change
   * does not wait for the file watcher's debounce.
   */
  reload: () => ReloadOutcome | Promise<ReloadOutcome>;
  /** Where the console is mounted (default `/admin`): links, form actions and redirects start with it. */
  basePath?: string;
  /** The learn functions (default: src/learn.ts's); injectable only to test refusals the real ones cannot produce. */
  learner?: Learner;
  /** Clock, injectable for tests. */
  now?: () => Date;
}
