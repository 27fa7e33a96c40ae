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
import { createDatabaseFolder, openSqliteQuestionLog } from './sqlite.ts';
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

/**
 * The storage for a running bot. Nothing is opened until used, except that
 * the SQLite file's folder is created now (when questions are logged).
 *
 * @throws Error naming DATABASE_PATH when that folder can never be created:
 *   its parent exists but the file system allows no new folder there (under
 *   /proc or /sys). Nothing on the machine fixes that but another setting, so
 *   start-up stops. Trouble that can be fixed while the bot runs (a file in
 *   the way, permissions, a full or read-only disk) is left to the recorder:
 *   one warning, answers go on, the log is retried. The message holds the path
 *   and the reason, never anything secret.
 */
export function openStorage(config: LogConfig, logger: Logger): Storage {
  if (config.databaseUrl !== undefined) {
    const shared = openPostgresStore(config.databaseUrl, { logger });
    return { kind: 'postgres', openLog: () => shared.questionLog(), shared, close: () => shared.close() };
  }
  const file = config.databasePath;
  if (config.enabled) {
    try {
      createDatabaseFolder(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return sqliteStorage(file, logger);
      throw new Error(
        `DATABASE_PATH (${file}): ${(e as Error).message} (${(e as NodeJS.ErrnoException).code ?? 'error'}). ` +
          'Set DATABASE_PATH to a file in a folder factbot can write to, or LOG_QUESTIONS=false to record nothing.',
        { cause: e },
      );
    }
  }
  return sqliteStorage(file, logger);
}

/** The SQLite storage: opens the file on demand, and checks it the first time. */
function sqliteStorage(file: string, logger: Logger): Storage {
  let checked = false;
  const openLog = () => {
    const log = openSqliteQuestionLog(file);
    if (!checked) {
      checked = true;
      // Once per start: a damaged file can still open and work for a while, then fail on the pages that are broken.
      const problems = log.quickCheck();
      if (problems.length > 0) {
        logger.warn(
          { file, problems },
          'question log: the database file is damaged (PRAGMA quick_check); recording continues, but rows may be lost or reports fail. ' +
            'Stop the bot, keep a copy of the file, and repair it (sqlite3 FILE ".recover") or move it away to start a new one',
        );
      }
    }
    return log;
  };
  return { kind: 'sqlite', openLog, close: async () => undefined };
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
