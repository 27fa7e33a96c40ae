/**
 * Chooses the store from the configuration: PostgreSQL when DATABASE_URL is
 * set (what several instances share), otherwise the embedded SQLite file at
 * DATABASE_PATH. The one place that decides, for `npm start` and for the
 * maintainers' commands.
 */
import fs from 'node:fs';
import type { Logger } from '../log.ts';
import type { LogConfig } from './config.ts';
import { openPostgresQuestionLog, openPostgresStore, redactDatabaseUrl, type PostgresStore } from './postgres.ts';
import { openSqliteQuestionLog } from './sqlite.ts';
import type { QuestionLog } from './types.ts';

/** Which store a configuration names. */
export type StoreKind = 'postgres' | 'sqlite';

export function storeKind(config: Pick<LogConfig, 'databaseUrl'>): StoreKind {
  return config.databaseUrl !== undefined ? 'postgres' : 'sqlite';
}

/** Where the log lives, for messages: the SQLite path, or the URL without its password. */
export function storeLocation(config: Pick<LogConfig, 'databaseUrl' | 'databasePath'>): string {
  return config.databaseUrl !== undefined ? redactDatabaseUrl(config.databaseUrl) : config.databasePath;
}

/** What `npm start` runs on: how to open the question log, and the shared store when there is one. */
export interface Storage {
  kind: StoreKind;
  /** For the recorder: opens the question log (called again after an outage). */
  openLog: () => QuestionLog | Promise<QuestionLog>;
  /** The PostgreSQL store (event ledger, threads, rate limits shared by instances); absent with SQLite. */
  shared?: PostgresStore;
  /** Closes the shared store's connections (after the recorder is closed). */
  close(): Promise<void>;
}

/** The storage for a running bot. Nothing is opened until used. */
export function openStorage(config: LogConfig, logger: Logger): Storage {
  if (config.databaseUrl !== undefined) {
    const shared = openPostgresStore(config.databaseUrl, { logger });
    return { kind: 'postgres', openLog: () => shared.questionLog(), shared, close: () => shared.close() };
  }
  const file = config.databasePath;
  return { kind: 'sqlite', openLog: () => openSqliteQuestionLog(file), close: async () => undefined };
}

/**
 * Opens the log for `gaps`, `stats` and `purge`: the same store the bot
 * writes, waiting a little for a lock (the bot may be writing). Resolves
 * null when there is no SQLite file yet (nothing was ever recorded).
 */
export async function openReportLog(config: LogConfig): Promise<QuestionLog | null> {
  if (config.databaseUrl !== undefined) return openPostgresQuestionLog(config.databaseUrl);
  if (!fs.existsSync(config.databasePath)) return null;
  return openSqliteQuestionLog(config.databasePath, { fileMustExist: true, busyTimeoutMs: 5000 });
}
