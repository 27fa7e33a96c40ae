/**
 * The command line: `npm run -s factbot -- <command>`. This is an entry point:
 * it may print and set the exit code; the core it calls does neither.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { renderText } from '../adapters/console/render.ts';
import { CALIBRATION, DEFAULT_EVAL_FILE, DEFAULT_KNOWLEDGE_DIR, DEFAULT_TURKISH_EVAL_FILE, KNOWLEDGE_CACHE_DIR, coreConfigFromEnv } from './config.ts';
import { createKnowledgeBase, explain, fileCalibrationCache, formatExplanation, sameWordsQuestions, weaklyReachedFacts, type Calibration, type FactReach, type KnowledgeBase, type SameWords } from './engine/answer.ts';
import {
  CONVERSATIONS_FILE_NAME,
  SEVERAL_FILE_NAME,
  TURKISH_CONVERSATIONS_FILE_NAME,
  checkConversationSet,
  checkEvalSet,
  checkSeveralSet,
  loadConversationSet,
  loadEvalSet,
  loadSeveralSet,
  runConversations,
  runEval,
  runSeveral,
  verbatimEvalQuestions,
} from './eval.ts';
import { answerMessage, answerMessageAlone } from './conversation/several.ts';
import { fileKnowledgeCache } from './knowledge/cache.ts';
import { formatIssue, loadKnowledge, type Knowledge, type KnowledgeIssue } from './knowledge/load.ts';
import { replyToJson } from './reply.ts';
import { loadDotenv } from './env.ts';

const USAGE = `factbot — answers questions from curated facts

Usage: npm run -s factbot -- <command> [options]

Commands:
  ask "question"          print the answer as a person reads it
  ask --json "question"   print one JSON object
  ask [--json] --previous "question" "follow-up"
                          answer a follow-up as if "question" was asked just before it in
                          the same conversation (the JSON's readingAs says how it was read)
  ask --json              batch: read one question per line from stdin (not a terminal),
                          print one JSON object per line
  ask --explain "question"
                          show why: the words as read, the best facts with each signal,
                          the calibrated threshold and the decision (--json for an object)
  check                   validate the knowledge (and the eval set); exit 1 on any error
  eval [--json]           top-1 accuracy, recall@3 and out-of-scope abstention on the eval set,
                          the conversations set (follow-ups) when there is one, the
                          Turkish eval set as its own section, and the messages of
                          several questions
  export --json           print every loaded fact as JSON
  synth --facts N --out DIR [--seed S] [--force]
                          write deterministic synthetic knowledge (and DIR/_eval.yaml) for benchmarks;
                          refuses a DIR that is not empty unless --force
  discord:register [--guild ID]
                          register the Discord slash commands (in one server with --guild,
                          else globally) and print the invite URL; needs DISCORD_TOKEN and
                          DISCORD_APPLICATION_ID
  gaps [--since 7d] [--json]
                          questions without a good answer, paraphrases grouped, and the
                          facts with the most 👎 (from the question log)
  stats [--since 7d] [--json]
                          questions per platform and per day, answer rates, latency, top facts
  purge --older-than 30d  delete logged questions (and their votes) older than that
  learn "question" --fact ID
                          add the question as a stored question of that fact (in the file
                          that holds it; comments and layout kept, validated, written atomically)
  learn "question" --out-of-scope
                          record it as a question the bot should decline (an out_of_scope: file)
  review [--since 7d]     walk through the gaps and 👎 answers: 1-3 learn the question for a
                          candidate fact, f pick a fact, o out of scope, s skip, q quit
  help                    this text

Options for every command:
  --knowledge DIR         the knowledge folder (default: $KNOWLEDGE_DIR, else ./knowledge)
  --eval FILE             (check, eval, learn, review) the eval set (default: tests/eval/eval.yaml);
                          learn refuses to store one of its questions
  --eval-tr FILE          (check, eval) the Turkish eval set (default: tests/eval/turkish.yaml)
  --conversations FILE    (check, eval) the conversations set (default: conversations.yaml next to the eval set)
  --conversations-tr FILE (check, eval) the Turkish conversations set (default: conversations-tr.yaml next to the
                          Turkish eval set)
  --several FILE          (check, eval) messages of several questions (default: several.yaml next to the eval set)
  --since Nd|Nh           (gaps, stats, review) only the last N days or hours
  The question log is at $DATABASE_PATH (default data/factbot.sqlite), or in
  PostgreSQL when $DATABASE_URL is set.
`;

/** Said after a usage error, instead of the whole usage. */
const HINT = 'Run `npm run -s factbot -- help` for the commands and their options.';

/**
 * The facts new wordings may not reach (see src/engine/reach.ts), the weakest first: a note, not an error.
 * "whole-supply-chain 1 of 3 (taken for byd-ev-factory)".
 */
export function describeWeakReach(weak: readonly FactReach[]): string {
  const named = weak.slice(0, CALIBRATION.reachListedMax).map((r) => {
    const taken = r.takenFor.length > 0 ? `, taken for ${r.takenFor.slice(0, 2).join(', ')}` : '';
    return `  ${r.factId}${r.language === 'tr' ? ' (Turkish)' : ''}: ${r.right} of ${r.asked}${taken}`;
  });
  const more = weak.length > named.length ? [`  … and ${weak.length - named.length} more`] : [];
  return [
    `Note: ${weak.length} fact(s) whose stored questions, each asked with itself left out, find the fact less than ${Math.round(CALIBRATION.reachListedBelow * 100)}% of the time: people wording them anew will likely be declined. Add questions to them worded differently (other verbs, the words people use):`,
    ...named,
    ...more,
  ].join('\n');
}

/** What calibration set the answer threshold to, and what the knowledge's own questions predict at it. */
export function describeCalibration(c: Calibration): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const from = `${c.samples.phrasings} stored questions each asked with itself left out, ${c.samples.factsLeftOut} facts left out in turn, ${c.samples.offTopic} off-topic questions${c.sampled ? ' (a sample)' : ''}`;
  if (c.fallback) return `Calibration: threshold ${c.threshold.toFixed(2)} (the default: ${c.fallback}).`;
  return (
    `Calibration: answer threshold ${c.threshold.toFixed(2)} (the runner-up's score counting ${c.runnerUpWeight.toFixed(1)} against the best one's), set for at most ${pct(c.target)} wrong answers. On the knowledge's own questions ` +
    `(${from}): ${pct(c.expected.right)} answered right, ${pct(c.expected.wrong)} wrong, ${pct(c.expected.declined)} declined; ` +
    `${pct(c.expected.outOfScopeDeclined)} of the questions it should decline declined.`
  );
}

/** Output streams and environment, injectable for tests. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/** Runs one CLI invocation and resolves to its exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const out = (s: string) => io.stdout.write(`${s}\n`);
  const err = (s: string) => io.stderr.write(`${s}\n`);
  // What is wrong in one line, and where to look: the whole usage would bury that line.
  const usageError = (message: string) => {
    err(`${message}\n${HINT}`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
        previous: { type: 'string' },
        knowledge: { type: 'string' },
        eval: { type: 'string' },
        conversations: { type: 'string' },
        several: { type: 'string' },
        'eval-tr': { type: 'string' },
        'conversations-tr': { type: 'string' },
        guild: { type: 'string' },
        facts: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string' },
        since: { type: 'string' },
        'older-than': { type: 'string' },
        fact: { type: 'string' },
        'out-of-scope': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    return usageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    (command === undefined && !values.help ? err : out)(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }

  let knowledgeDir: string;
  let maxWrongShare: number;
  try {
    const core = coreConfigFromEnv(io.env);
    knowledgeDir = values.knowledge ?? core.knowledgeDir;
    maxWrongShare = core.maxWrongShare;
  } catch (e) {
    err((e as Error).message);
    return 2;
  }
  if (command === 'gaps' || command === 'stats' || command === 'purge') {
    const { runReportCommand } = await import('./reports/cli.ts');
    return runReportCommand(command, { json: values.json, since: values.since, olderThan: values['older-than'], knowledgeDir }, io);
  }
  if (command === 'learn' || command === 'review') {
    // The maintainers' learning commands edit the knowledge folder (src/learn.ts) from a terminal.
    const { runLearnCommand, runReview } = await import('./review.ts');
    const outcome =
      command === 'learn'
        ? await runLearnCommand({ question: rest.join(' '), fact: values.fact, outOfScope: values['out-of-scope'], knowledgeDir, evalFile: values.eval }, io)
        : await runReview({ since: values.since, knowledgeDir, evalFile: values.eval }, io);
    return typeof outcome === 'number' ? outcome : usageError(outcome.usage);
  }
  if (command === 'discord:register') {
    // Loaded on demand: discord.js is large and no other command needs it.
    const { discordConfigFromEnv, registerDiscordCommands } = await import('../adapters/discord/index.ts');
    try {
      const config = discordConfigFromEnv(io.env);
      const options: { token: string; applicationId: string; guildId?: string; apiUrl?: string } = {
        token: config.token,
        applicationId: config.applicationId,
      };
      if (values.guild !== undefined) options.guildId = values.guild;
      if (config.apiUrl) options.apiUrl = config.apiUrl;
      await registerDiscordCommands(options, io.stdout);
      return 0;
    } catch (e) {
      err(`discord:register failed: ${(e as Error).message}`);
      return 1;
    }
  }

  if (command === 'synth') {
    const facts = Number(values.facts);
    const seed = values.seed === undefined ? 42 : Number(values.seed);
    if (!Number.isInteger(facts) || facts < 1 || facts > 1_000_000 || !values.out || !Number.isInteger(seed)) {
      return usageError('Usage: synth --facts N --out DIR [--seed S] [--force]   (N from 1 to 1,000,000; S an integer)');
    }
    const { synthesize, synthTarget, writeSynthetic } = await import('./synth.ts');
    // `--out knowledge` must not silently replace the curated smalltalk.yaml and synonyms.yaml.
    const target = synthTarget(values.out);
    if (target.kind === 'file') {
      err(`synth: ${values.out} is a file, not a folder.`);
      return 2;
    }
    if (target.kind === 'not-empty' && !values.force) {
      const what = target.overwritten.length > 0 ? `writing there would overwrite ${listed(target.overwritten)}` : 'the synthetic files would be mixed with what is there';
      err(`synth: ${values.out} is not empty (${target.entries} ${target.entries === 1 ? 'entry' : 'entries'}); ${what}. Choose a new or empty folder, or add --force to write into it anyway.`);
      return 2;
    }
    const written = writeSynthetic(values.out, synthesize({ facts, seed }));
    out(`Wrote ${facts} facts in ${written.files} files to ${values.out}, and the eval set ${written.evalFile}.`);
    out(`Try: npm run -s factbot -- eval --knowledge ${values.out} --eval ${written.evalFile}`);
    return 0;
  }

  // `check` always validates from scratch; other commands may reuse knowledge validated before.
  const load = (): KnowledgeBase | null => {
    const result = loadKnowledge(knowledgeDir, command === 'check' ? {} : { cache: fileKnowledgeCache(KNOWLEDGE_CACHE_DIR) });
    if (!result.ok) {
      for (const issue of result.errors) err(formatIssue(issue));
      err(`${result.errors.length} problem(s) in the knowledge at ${knowledgeDir}`);
      return null;
    }
    // `check` calibrates from scratch too; other commands reuse a calibration made for the same knowledge and code.
    return createKnowledgeBase(result.knowledge, command === 'check' ? { maxWrongShare } : { maxWrongShare, cache: fileCalibrationCache(KNOWLEDGE_CACHE_DIR) });
  };
  // The eval set belongs to the curated knowledge; other folders are checked only when asked.
  const evalFile = values.eval ?? (knowledgeDir === DEFAULT_KNOWLEDGE_DIR && fs.existsSync(DEFAULT_EVAL_FILE) ? DEFAULT_EVAL_FILE : undefined);
  const turkishEvalFile =
    values['eval-tr'] ?? (knowledgeDir === DEFAULT_KNOWLEDGE_DIR && values.eval === undefined && fs.existsSync(DEFAULT_TURKISH_EVAL_FILE) ? DEFAULT_TURKISH_EVAL_FILE : undefined);
  // The conversations sets: --conversations / --conversations-tr, else next to the eval set / the Turkish eval set when there.
  const besideEvalSet = path.join(path.dirname(evalFile ?? '.'), CONVERSATIONS_FILE_NAME);
  const conversationsFile = values.conversations ?? (evalFile && fs.existsSync(besideEvalSet) ? besideEvalSet : undefined);
  const turkishConversationsFile =
    values['conversations-tr'] ?? (turkishEvalFile && fs.existsSync(path.join(path.dirname(turkishEvalFile), TURKISH_CONVERSATIONS_FILE_NAME)) ? path.join(path.dirname(turkishEvalFile), TURKISH_CONVERSATIONS_FILE_NAME) : undefined);
  // Messages of several questions: --several, else next to the eval set when there.
  const besideEvalSetSeveral = path.join(path.dirname(evalFile ?? '.'), SEVERAL_FILE_NAME);
  const severalFile = values.several ?? (evalFile && fs.existsSync(besideEvalSetSeveral) ? besideEvalSetSeveral : undefined);

  switch (command) {
    case 'ask': {
      const question = rest.join(' ');
      if (values.explain && rest.length === 0) return usageError('Usage: ask --explain "question"');
      // Batch mode stays one question a line with no context.
      if (values.previous !== undefined && (rest.length === 0 || values.explain)) return usageError('Usage: ask [--json] --previous "question" "follow-up"');
      // Batch mode reads stdin; on a terminal that is a silent wait for typing nobody expects.
      if (rest.length === 0 && (io.stdin as { isTTY?: boolean }).isTTY) {
        return usageError('Usage: ask "question", or ask --json with one question per line on stdin');
      }
      const kb = load();
      if (!kb) return 1;
      if (values.explain) {
        const e = explain(question, kb);
        out(values.json ? JSON.stringify(e) : formatExplanation(e));
        return 0;
      }
      if (rest.length > 0) {
        const reply = values.previous === undefined ? answerMessageAlone(question, kb) : answerAfter(values.previous, question, kb);
        out(values.json ? JSON.stringify(replyToJson(reply)) : renderText(reply));
        return 0;
      }
      // Batch mode: one question per line in, one answer per line out, in order.
      const lines = readline.createInterface({ input: io.stdin, crlfDelay: Infinity });
      let buffer = '';
      for await (const line of lines) {
        const reply = answerMessageAlone(line, kb);
        buffer += values.json ? `${JSON.stringify(replyToJson(reply))}\n` : `${renderText(reply)}\n\n`;
        if (buffer.length > 64 * 1024) {
          io.stdout.write(buffer);
          buffer = '';
        }
      }
      io.stdout.write(buffer);
      return 0;
    }
    case 'check': {
      const kb = load();
      if (!kb) return 1;
      const k = kb.knowledge;
      let problems = 0;
      let verbatimTurkish = 0;
      // Each check's problems are printed and counted; a set that does not load is one problem, its message printed.
      const report = (findIssues: () => KnowledgeIssue[]) => {
        try {
          const issues = findIssues();
          for (const issue of issues) err(formatIssue(issue));
          problems += issues.length;
        } catch (e) {
          err((e as Error).message);
          problems++;
        }
      };
      if (evalFile) report(() => checkEvalSet(loadEvalSet(evalFile), kb, evalFile));
      // The conversations sets: known fact ids.
      for (const file of [conversationsFile, turkishConversationsFile]) if (file) report(() => checkConversationSet(loadConversationSet(file), kb, file));
      if (severalFile) report(() => checkSeveralSet(loadSeveralSet(severalFile), kb, severalFile));
      if (turkishEvalFile) {
        // The Turkish set was written apart from the Turkish phrasings: a short question may equal one by
        // chance ("beylikova nerede"). Said, and counted in `eval`, but not an error; unknown ids are.
        report(() => {
          const set = loadEvalSet(turkishEvalFile);
          verbatimTurkish = verbatimEvalQuestions(set, kb, 'tr').length;
          return checkEvalSet(set, kb, turkishEvalFile, 'tr').filter((i) => i.field.endsWith('.expect'));
        });
      }
      // Stored questions of two facts that read as the same words: the bot cannot tell them apart.
      report(() => sameWordsQuestions(kb).map((same) => sameWordsIssue(k, same)));
      if (problems > 0) return 1;
      out(
        `OK: ${k.facts.length} facts from ${k.sources.size} source(s), ${k.synonyms.length} synonym groups${k.synonymsTr ? ` (and ${k.synonymsTr.length} Turkish)` : ''}, ` +
          `${k.intents.length} small-talk intents, in ${k.files.length} file(s)${evalFile ? '; eval set OK' : ''}.`,
      );
      out(describeCalibration(kb.calibration));
      if (kb.turkish) out(`Turkish questions: ${describeCalibration(kb.turkish.calibration)}`);
      const weak = weaklyReachedFacts(kb);
      if (weak.length > 0) out(describeWeakReach(weak));
      if (verbatimTurkish > 0) out(`Note: ${verbatimTurkish} question(s) of the Turkish eval set ${turkishEvalFile} are stored Turkish phrasings word for word; \`eval\` counts them and lists them.`);
      return 0;
    }
    case 'eval': {
      const kb = load();
      if (!kb) return 1;
      if (!evalFile) {
        err('No eval set: pass --eval FILE.');
        return 2;
      }
      const report = runEval(loadEvalSet(evalFile), kb);
      const conversations = conversationsFile ? runConversations(loadConversationSet(conversationsFile), kb) : undefined;
      const turkish = turkishEvalFile ? runEval(loadEvalSet(turkishEvalFile), kb) : undefined;
      const turkishConversations = turkishConversationsFile ? runConversations(loadConversationSet(turkishConversationsFile), kb) : undefined;
      const several = severalFile ? runSeveral(loadSeveralSet(severalFile), kb) : undefined;
      if (values.json) {
        out(
          JSON.stringify({
            ...report,
            ...(conversations ? { conversations } : {}),
            ...(turkish ? { turkish } : {}),
            ...(turkishConversations ? { turkishConversations } : {}),
            ...(several ? { several } : {}),
          }),
        );
        return 0;
      }
      const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
      const section = (file: string, r: typeof report, calibration: Calibration) => {
        out(`Eval set: ${file}`);
        out(`  top-1 accuracy        ${pct(r.top1)}  (${r.answerable} answerable questions)`);
        out(`  recall@3              ${pct(r.recall3)}`);
        out(`  out-of-scope declined ${pct(r.abstention)}  (${r.outOfScope} questions)`);
        out(describeCalibration(calibration));
        if (r.misses.length > 0) {
          out(`Misses (${r.misses.length}):`);
          for (const m of r.misses) {
            out(`  "${m.question}"  expected ${m.expected ?? '(none)'}, got ${m.got ?? m.kind} @ ${m.confidence.toFixed(2)}`);
          }
        }
      };
      section(evalFile, report, kb.calibration);
      if (turkish && turkishEvalFile) {
        out('');
        out('Turkish:');
        section(turkishEvalFile, turkish, (kb.turkish ?? kb).calibration);
        const verbatim = verbatimEvalQuestions(loadEvalSet(turkishEvalFile), kb, 'tr');
        if (verbatim.length > 0) out(`(${verbatim.length} of these questions are stored Turkish phrasings, word for word: ${verbatim.map((v) => `"${v.question}"`).join(', ')})`);
      }
      const conversationSection = (file: string, c: NonNullable<typeof conversations>) => {
        out(`Conversations: ${file}`);
        out(`  follow-ups right      ${pct(c.followupsRight)}  (${c.followups} follow-ups in ${c.conversations} conversations)`);
        out(`  standalone changed    ${c.standaloneChanged}  (of ${c.standalone} turns that stand on their own; ${pct(c.standaloneRight)} right)`);
        if (c.misses.length > 0) {
          out(`Conversation misses (${c.misses.length}):`);
          for (const m of c.misses) {
            const what = m.changed ? 'changed by context' : `expected ${m.expected ?? '(declined)'}, got ${m.got ?? '(declined)'}`;
            out(`  #${m.conversation}.${m.turn} "${m.question}"${m.followup ? '' : ' (standalone)'}  ${what}${m.readingAs ? `  [read as: ${m.readingAs}]` : ''}`);
          }
        }
      };
      if (conversations && conversationsFile) conversationSection(conversationsFile, conversations);
      if (turkishConversations && turkishConversationsFile) {
        out('');
        out('Turkish conversations:');
        conversationSection(turkishConversationsFile, turkishConversations);
      }
      if (several && severalFile) {
        out('');
        out(`Several questions in one message: ${severalFile}`);
        out(`  answers given         ${pct(several.answersRight)}  (of ${several.answerable} questions the knowledge answers, in ${several.messages} messages)`);
        out(`  wrong answers         ${pct(several.answersWrong)}  (of the answers given)`);
        out(`  messages all right    ${pct(several.messagesRight)}`);
        if (several.misses.length > 0) {
          out(`Several-question misses (${several.misses.length}):`);
          for (const m of several.misses) out(`  #${m.message} "${m.question}"  expected ${m.expected.join(', ') || '(none)'}; got ${m.got.join(', ') || '(declined)'}`);
        }
      }
      return 0;
    }
    case 'export': {
      const kb = load();
      if (!kb) return 1;
      const k = kb.knowledge;
      const data = {
        sources: [...k.sources.values()],
        facts: k.facts.map(({ file, line, ...fact }) => ({ ...fact, file, line })),
      };
      // JSON is the only export format; --json is accepted for symmetry with `ask`.
      out(JSON.stringify(data, null, 2));
      return 0;
    }
    case 'batch':
      // What people type for what the README calls batch mode.
      return usageError(
        'Unknown command "batch". Batch mode is `ask --json` with one question per line on stdin, e.g. `npm run -s factbot -- ask --json < questions.txt`.',
      );
    default:
      return usageError(`Unknown command "${command}".`);
  }
}

/** A `check` problem for a stored question that reads as the same words as another fact's: file, line and field of the later one. */
function sameWordsIssue(k: Knowledge, same: SameWords): KnowledgeIssue {
  const fact = k.facts.find((f) => f.id === same.factId)!;
  const inFile = k.facts.filter((f) => f.file === fact.file);
  const list = same.language === 'tr' ? 'tr.questions' : 'questions';
  const j = (same.language === 'tr' ? (fact.tr?.questions ?? []) : fact.questions).indexOf(same.question);
  // The question's own line: the first line after the fact's that holds it (the fact's line when not found as typed).
  let line = fact.line;
  try {
    const lines = fs.readFileSync(fact.file, 'utf8').split('\n');
    const at = lines.findIndex((l, i) => i >= fact.line - 1 && l.includes(same.question));
    if (at >= 0) line = at + 1;
  } catch {
    // The fact's line will do.
  }
  return {
    file: fact.file,
    line,
    field: `facts[${inFile.indexOf(fact)}].${list}[${j}]`,
    message: `reads as the same words (${same.terms.map((t) => t.replace(/^~/, '').replace(/_/g, ' ')).join(', ')}) as "${same.otherQuestion}" of fact "${same.otherFactId}": the bot cannot tell them apart; reword one`,
  };
}

/** The reply to `question` asked right after `previous` in one conversation (`ask --previous`). */
function answerAfter(previous: string, question: string, kb: KnowledgeBase) {
  const first = answerMessage(previous, undefined, kb);
  return answerMessage(question, first.remember ?? undefined, kb).reply;
}

/** "a", "a and b", "a, b and c". */
function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

// Run when executed directly (not when imported by tests).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  loadDotenv();
  // `factbot eval | head`: a closed pipe is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const code = await runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });
  process.exitCode = code;
}
