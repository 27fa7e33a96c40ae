/**
 * The question log: what factbot remembers about the questions it handled and
 * the votes on its answers, for the maintainers' reports (`gaps`, `stats`).
 *
 * The interface is asynchronous so that a server database (PostgreSQL, issue 8)
 * can implement it; the embedded default is SQLite (`sqlite.ts`). Every
 * implementation must pass `describeQuestionLogContract` in
 * tests/helpers/questionLogContract.ts.
 */
import type { Vote } from '../feedback.ts';
import type { AskContext } from '../bot.ts';
import type { Reply } from '../reply.ts';

/** One handled question, as stored. */
export interface AnswerEntry {
  /** The answer id handed out by the Bot (feedback buttons carry it). */
  id: string;
  at: Date;
  platform: AskContext['platform'];
  /** Salted hash of the platform user id (or the raw id with LOG_USER_IDS=true); null when the platform gave none. */
  user: string | null;
  channelKind: NonNullable<AskContext['channelKind']> | null;
  /** `ask`: a question the person typed; `fact`: a click on a related-question button. */
  via: 'ask' | 'fact';
  /** The question as the bot saw it (cleaned, at most 500 characters). */
  question: string;
  kind: Reply['kind'];
  /** The fact answered with, when kind is `fact`. */
  factId: string | null;
  /** 0..1, as the engine computed it. */
  confidence: number;
  /** Time to answer, in milliseconds. */
  latencyMs: number;
  /**
   * A follow-up read with the question before it: the reading line the person was shown
   * ("when is the delegation going to China?", or the two questions paired). Absent or
   * null for a question read on its own.
   */
  readingAs?: string | null;
  /** A follow-up read as a whole question: that question (what the gaps report groups and `review` learns). */
  readingQuestion?: string | null;
}

/** One 👍/👎 on an answer. One vote per (answer, user): a new vote replaces the old one. */
export interface VoteEntry {
  answerId: string;
  /** Same scheme as {@link AnswerEntry.user}; '' when the platform gave no user. */
  user: string;
  vote: Vote;
  at: Date;
}

/**
 * What recording a vote did: a first vote, a changed vote, the same vote again
 * (a double click: nothing changes), or a vote on an answer id the log does
 * not hold (refused: ids are never trusted blindly).
 */
export type VoteOutcome = 'recorded' | 'changed' | 'unchanged' | 'unknown-answer';

/** A stored question, as the reports read it. */
export type LoggedQuestion = AnswerEntry;

/** A stored vote joined with the question it is about. */
export interface LoggedVote extends VoteEntry {
  platform: AskContext['platform'];
  question: string;
  kind: Reply['kind'];
  factId: string | null;
  /** The whole question a follow-up was read as ({@link AnswerEntry.readingQuestion}). */
  readingQuestion?: string | null;
}

/** Time window of a report; `since` inclusive. */
export interface LogQuery {
  since?: Date;
}

/** What `purge` deleted. */
export interface PurgeResult {
  questions: number;
  votes: number;
}

/** The storage behind the question log. */
export interface QuestionLog {
  /** Where the log lives, for messages (a file path; never a password). */
  readonly location: string;
  /** The salt for user hashes: created at random and persisted on first open. */
  salt(): Promise<string>;
  /** Stores one handled question. Recording the same id twice keeps the first. */
  recordAnswer(entry: AnswerEntry): Promise<void>;
  /** Stores or replaces a vote; see {@link VoteOutcome}. */
  recordVote(entry: VoteEntry): Promise<VoteOutcome>;
  /** Whether an answer id is in the log. */
  hasAnswer(id: string): Promise<boolean>;
  /** Questions at or after `since`, oldest first. */
  questions(query?: LogQuery): Promise<LoggedQuestion[]>;
  /** Votes cast at or after `since`, oldest first, with their question. */
  votes(query?: LogQuery): Promise<LoggedVote[]>;
  /** Deletes questions older than `before` and every vote on them. */
  purge(before: Date): Promise<PurgeResult>;
  close(): Promise<void>;
}

/**
 * Thrown by a log when storage is unavailable for now (locked, read-only, full,
 * unreachable): the recorder keeps the entry and retries later. Any other error
 * means the entry itself cannot be stored, and it is dropped.
 */
export class LogUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LogUnavailableError';
  }
}

/**
 * Another connection holds the write lock (SQLite's SQLITE_BUSY or
 * SQLITE_LOCKED, after the busy timeout): the bot, the console chat and
 * `factbot purge` may share one file. A moment's contention rather than an
 * outage: the recorder retries soon, and warns only if it lasts.
 */
export class LogBusyError extends LogUnavailableError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LogBusyError';
  }
}
