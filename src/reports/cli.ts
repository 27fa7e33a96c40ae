/**
 * The maintainers' commands on the question log: `gaps`, `stats` and `purge`.
 * Called by src/cli.ts, which owns printing and exit codes; this module only
 * writes to the streams it is given.
 */
import { KNOWLEDGE_CACHE_DIR } from '../config.ts';
import { createKnowledgeBase, fileCalibrationCache, type KnowledgeBase } from '../engine/answer.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { logConfigFromEnv } from '../store/config.ts';
import { openReportLog, storeLocation } from '../store/open.ts';
import type { LoggedQuestion, LoggedVote, QuestionLog } from '../store/types.ts';
import { parseDuration } from './format.ts';
import { buildGapsReport, gapsToJson, renderGaps } from './gaps.ts';
import { buildStatsReport, renderStats, statsToJson } from './stats.ts';

export const REPORT_COMMANDS = ['gaps', 'stats', 'purge'] as const;
export type ReportCommand = (typeof REPORT_COMMANDS)[number];

export interface ReportArgs {
  json: boolean;
  since?: string | undefined;
  olderThan?: string | undefined;
  knowledgeDir: string;
}

export interface ReportIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** Clock, injectable for tests. */
  now?: () => Date;
}

/** Runs gaps, stats or purge; resolves to the exit code. */
export async function runReportCommand(command: ReportCommand, args: ReportArgs, io: ReportIo): Promise<number> {
  const out = (s: string) => io.stdout.write(`${s}\n`);
  const err = (s: string) => io.stderr.write(`${s}\n`);
  const now = (io.now ?? (() => new Date()))();
  let config;
  try {
    config = logConfigFromEnv(io.env);
  } catch (e) {
    err((e as Error).message);
    return 2;
  }
  // The SQLite file, or PostgreSQL when DATABASE_URL is set (shown without its password).
  const file = storeLocation(config);

  if (command === 'purge') {
    if (args.olderThan === undefined) {
      err('purge needs --older-than, e.g. `purge --older-than 30d` (days: Nd, hours: Nh).');
      return 2;
    }
    const age = parseDuration(args.olderThan);
    if (age === null) {
      err(`--older-than: expected a number of days or hours such as 30d or 12h, got "${args.olderThan}"`);
      return 2;
    }
    const before = new Date(now.getTime() - age);
    let log: QuestionLog | null = null;
    try {
      log = await openReportLog(config);
      if (!log) {
        out(`Nothing to purge: there is no question log at ${file}.`);
        return 0;
      }
      const r = await log.purge(before);
      out(`Deleted ${r.questions} question(s) and ${r.votes} vote(s) recorded before ${before.toISOString()} from ${file}.`);
      return 0;
    } catch (e) {
      err(`purge failed: ${(e as Error).message}`);
      return 1;
    } finally {
      await log?.close();
    }
  }

  let since: Date | null = null;
  if (args.since !== undefined) {
    const age = parseDuration(args.since);
    if (age === null) {
      err(`--since: expected a number of days or hours such as 7d or 12h, got "${args.since}"`);
      return 2;
    }
    since = new Date(now.getTime() - age);
  }

  let questions: LoggedQuestion[] = [];
  let votes: LoggedVote[] = [];
  {
    let log: QuestionLog | null = null;
    try {
      log = await openReportLog(config);
      if (!log) err(`No question log at ${file} yet (nothing recorded, or LOG_QUESTIONS=false): the report is empty.`);
      const query = since ? { since } : {};
      questions = (await log?.questions(query)) ?? [];
      votes = (await log?.votes(query)) ?? [];
    } catch (e) {
      err(`Cannot read the question log: ${(e as Error).message}`);
      return 1;
    } finally {
      await log?.close();
    }
  }

  if (command === 'stats') {
    const report = buildStatsReport(questions, votes, { since, until: now });
    out(args.json ? JSON.stringify(statsToJson(report)) : renderStats(report));
    return 0;
  }

  // gaps: the current knowledge makes grouping better (synonyms, vocabulary) and names the closest facts.
  let kb: KnowledgeBase | null = null;
  const loaded = loadKnowledge(args.knowledgeDir);
  // The calibration made by `ask` or `npm start` for the same knowledge is reused (the gaps list the candidates' scores, not answers).
  if (loaded.ok) kb = createKnowledgeBase(loaded.knowledge, { cache: fileCalibrationCache(KNOWLEDGE_CACHE_DIR) });
  else err(`Note: the knowledge at ${args.knowledgeDir} does not load (run \`check\`); grouping without its synonyms.`);
  const report = buildGapsReport(questions, votes, { kb, since, until: now });
  out(args.json ? JSON.stringify(gapsToJson(report)) : renderGaps(report));
  return 0;
}
