/**
 * The maintainers' commands on the question log: `gaps`, `stats` and `purge`.
 * Called by src/cli.ts, which owns printing and exit codes; this module only
 * writes to the streams it is given.
 */
import { KNOWLEDGE_CACHE_DIR } from '../config.ts';
import { createKnowledgeBase, fileCalibrationCache, type KnowledgeBase } from '../engine/answer.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { logConfigFromEnv, type LogConfig } from '../store/config.ts';
import { openReportLog, storeLocation } from '../store/open.ts';
import type { LoggedQuestion, LoggedVote, QuestionLog } from '../store/types.ts';
import { parseDuration } from './format.ts';
import { buildGapsReport, gapsToJson, renderGaps, type GapsReport } from './gaps.ts';
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

  const read = await readQuestionLog(args.since, config, now, io);
  if (!read.ok) return read.code;

  if (command === 'stats') {
    const report = buildStatsReport(read.questions, read.votes, { since: read.since, until: now });
    out(args.json ? JSON.stringify(statsToJson(report)) : renderStats(report));
    return 0;
  }

  const { report } = gapsOf(read, args.knowledgeDir, io);
  out(args.json ? JSON.stringify(gapsToJson(report)) : renderGaps(report));
  return 0;
}

/** What the log holds for a report's window. */
type LogRead = { ok: true; questions: LoggedQuestion[]; votes: LoggedVote[]; since: Date | null; now: Date } | { ok: false; code: number };

/** Reads the questions and votes since `--since` (all of them without it); says what went wrong on stderr. */
async function readQuestionLog(sinceArg: string | undefined, config: LogConfig, now: Date, io: ReportIo): Promise<LogRead> {
  const err = (s: string) => io.stderr.write(`${s}\n`);
  let since: Date | null = null;
  if (sinceArg !== undefined) {
    const age = parseDuration(sinceArg);
    if (age === null) {
      err(`--since: expected a number of days or hours such as 7d or 12h, got "${sinceArg}"`);
      return { ok: false, code: 2 };
    }
    since = new Date(now.getTime() - age);
  }
  let log: QuestionLog | null = null;
  try {
    log = await openReportLog(config);
    if (!log) err(`No question log at ${storeLocation(config)} yet (nothing recorded, or LOG_QUESTIONS=false): the report is empty.`);
    const query = since ? { since } : {};
    const questions = (await log?.questions(query)) ?? [];
    const votes = (await log?.votes(query)) ?? [];
    return { ok: true, questions, votes, since, now };
  } catch (e) {
    err(`Cannot read the question log: ${(e as Error).message}`);
    return { ok: false, code: 1 };
  } finally {
    await log?.close();
  }
}

/** The gaps report for what was read, and the knowledge base it was made with (null when the knowledge does not load). */
function gapsOf(read: Extract<LogRead, { ok: true }>, knowledgeDir: string, io: ReportIo): { report: GapsReport; kb: KnowledgeBase | null } {
  // The current knowledge makes grouping better (synonyms, vocabulary) and names the closest facts.
  let kb: KnowledgeBase | null = null;
  const loaded = loadKnowledge(knowledgeDir);
  // The calibration made by `ask` or `npm start` for the same knowledge is reused (the gaps list the candidates' scores, not answers).
  if (loaded.ok) kb = createKnowledgeBase(loaded.knowledge, { cache: fileCalibrationCache(KNOWLEDGE_CACHE_DIR) });
  else io.stderr.write(`Note: the knowledge at ${knowledgeDir} does not load (run \`check\`); grouping without its synonyms.\n`);
  return { report: buildGapsReport(read.questions, read.votes, { kb, since: read.since, until: read.now }), kb };
}

/**
 * The gaps report as `gaps` makes it, for `review`: the same window, grouping and
 * knowledge. Resolves to the exit code instead when the settings or the log fail
 * (said on stderr).
 */
export async function loadGapsReport(
  args: { since?: string | undefined; knowledgeDir: string },
  io: ReportIo,
): Promise<{ ok: true; report: GapsReport; kb: KnowledgeBase | null } | { ok: false; code: number }> {
  let config: LogConfig;
  try {
    config = logConfigFromEnv(io.env);
  } catch (e) {
    io.stderr.write(`${(e as Error).message}\n`);
    return { ok: false, code: 2 };
  }
  const read = await readQuestionLog(args.since, config, (io.now ?? (() => new Date()))(), io);
  if (!read.ok) return read;
  return { ok: true, ...gapsOf(read, args.knowledgeDir, io) };
}
