/**
 * The maintainers' learning commands in a terminal: `learn` (one question, from
 * the command line) and `review` (a walk through the gaps and the 👎 answers,
 * one decision per group). Both edit the knowledge through src/learn.ts; a
 * running bot picks the change up by live reload. Called by src/cli.ts, which
 * owns the exit code; this module only writes to the streams it is given.
 *
 * `review` reads lines, never keys: it works over ssh, in tmux, in any
 * terminal, and with its input piped from a file or a test. On a terminal,
 * readline gives line editing and completes fact ids with Tab.
 */
import readline from 'node:readline';
import { answer, rank, type KnowledgeBase, type RankedFact } from './engine/answer.ts';
import { displayPath } from './knowledge/load.ts';
import { learnOutOfScope, learnPhrasing, type LearnResult } from './learn.ts';
import { loadGapsReport } from './reports/cli.ts';
import { clip, formatTime } from './reports/format.ts';
import { followupNote, type GapsReport, type Phrasing } from './reports/gaps.ts';
import { questionKey } from './text/normalize.ts';

export interface ReviewIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** Clock, injectable for tests. */
  now?: () => Date;
}

/**
 * Text from the question log, for a terminal: clipped to one line, control characters
 * (an escape sequence a chat user typed, if the log holds one) shown as spaces.
 */
function shown(text: string, max: number): string {
  return clip(text.replace(/\p{Cc}/gu, ' '), max);
}

/** What `learn` and `review` resolve to: an exit code, or a usage mistake for the CLI to print with its hint. */
export type CommandOutcome = number | { usage: string };

/** What a group shows. */
const SHOWN = {
  /** Candidate facts, one key each (`1`–`3`): more would be read less than they cost a look. */
  candidates: 3,
  /** Phrasings listed per group; the rest are counted (a big group would push its candidates off the screen). */
  phrasings: 8,
} as const;

const LEARN_USAGE = 'Usage: learn "question" --fact ID, or learn "question" --out-of-scope';

/** `learn "question" --fact ID` / `learn "question" --out-of-scope`: exit 0 with what was written, 1 with why not. */
export async function runLearnCommand(
  args: { question: string; fact?: string | undefined; outOfScope: boolean; knowledgeDir: string; evalFile?: string | undefined },
  io: ReviewIo,
): Promise<CommandOutcome> {
  if (args.question.trim() === '' || (args.fact === undefined) === !args.outOfScope) return { usage: LEARN_USAGE };
  const r =
    args.fact !== undefined
      ? await learnPhrasing(args.knowledgeDir, args.question, args.fact, { evalFile: args.evalFile })
      : await learnOutOfScope(args.knowledgeDir, args.question);
  if (r.ok) io.stdout.write(`${r.message}\n`);
  else io.stderr.write(`learn: ${r.error}\n`);
  return r.ok ? 0 : 1;
}

/** One thing to decide: a group of paraphrases from the gaps, or the questions behind a fact's 👎. */
interface ReviewItem {
  heading: string;
  /** The question learned or marked: the group's most asked. */
  question: string;
  /** Every question of the group, most asked first. */
  phrasings: Phrasing[];
}

/** The gaps report's groups, then its 👎 facts, as items (the report's order: most asked first). */
function itemsOf(report: GapsReport): ReviewItem[] {
  const times = (n: number) => `${n} time${n === 1 ? '' : 's'}`;
  const gaps = report.groups.map((g) => ({
    heading: `Gap: asked ${times(g.count)} (${g.unanswered} without an answer, ${g.lowConfidence} with a low-confidence one), last ${formatTime(g.lastSeen)} UTC`,
    question: g.phrasings[0]!.question,
    phrasings: g.phrasings,
  }));
  const downs = report.downvotedFacts.map((f) => ({
    heading: `👎 on fact "${f.factId}"${f.known === false ? ' (no longer in the knowledge)' : ''}: ${f.down} down, ${f.up} up; the questions whose answers got the 👎`,
    question: f.questions[0]!.question,
    phrasings: f.questions,
  }));
  return [...gaps, ...downs];
}

/** Reads one line per answer; null at the end of input (or Ctrl-C / Ctrl-D on a terminal). */
interface Prompter {
  ask(prompt: string, completions?: readonly string[]): Promise<string | null>;
  close(): void;
}

/** On a terminal: readline's line editing, and Tab completing from `completions`. */
function terminalPrompter(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Prompter {
  let completions: readonly string[] = [];
  const rl = readline.createInterface({
    input,
    output,
    terminal: true,
    completer: (line: string): [string[], string] => {
      const hits = completions.filter((c) => c.startsWith(line.trim()));
      return [hits.length > 0 ? hits : [...completions], line];
    },
  });
  let closed = false;
  rl.on('close', () => (closed = true));
  // Ctrl-C ends the review like `q` (with its summary) rather than pausing the input.
  rl.on('SIGINT', () => rl.close());
  return {
    ask(prompt, choices = []) {
      completions = choices;
      if (closed) return Promise.resolve(null);
      return new Promise((resolve) => {
        const onClose = () => resolve(null);
        rl.once('close', onClose);
        rl.question(prompt, (line) => {
          rl.off('close', onClose);
          resolve(line);
        });
      });
    },
    close: () => rl.close(),
  };
}

/**
 * Piped input: lines are buffered as they come. Each answer read from a pipe is echoed, so
 * the output reads like a terminal session (a terminal echoes what is typed by itself).
 */
function pipedPrompter(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Prompter {
  const echo = !(input as { isTTY?: boolean }).isTTY;
  const rl = readline.createInterface({ input, crlfDelay: Infinity, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(prompt) {
      output.write(prompt);
      const next = await lines.next();
      if (echo || next.done) output.write(next.done ? '\n' : `${next.value}\n`);
      return next.done ? null : next.value;
    },
    close: () => rl.close(),
  };
}

/** `review [--since 7d]`: decide the gaps and 👎 answers one group at a time. */
export async function runReview(
  args: { since?: string | undefined; knowledgeDir: string; evalFile?: string | undefined },
  io: ReviewIo,
): Promise<CommandOutcome> {
  const out = (s: string) => io.stdout.write(`${s}\n`);
  const loaded = await loadGapsReport(args, io);
  if (!loaded.ok) return loaded.code;
  const { report, kb } = loaded;
  const dir = displayPath(args.knowledgeDir);
  if (!kb) {
    io.stderr.write(`review: the knowledge at ${dir} does not load, so nothing can be learned into it; run \`check\` and fix it first.\n`);
    return 1;
  }

  // What was decided before (a stored question, or out of scope) is not asked again.
  const decided = new Set<string>([...kb.facts.flatMap((f) => f.questions.map(questionKey)), ...(kb.knowledge.outOfScope ?? []).map(questionKey)]);
  const all = itemsOf(report);
  const items = all.filter((item) => !decided.has(questionKey(item.question)));
  const window = report.since ? `since ${formatTime(report.since)} UTC` : 'all recorded time';
  const leftOut = all.length - items.length;
  out(
    `Review, ${window}: ${items.length} group(s) to decide` +
      (leftOut > 0 ? ` (${leftOut} left out: their question is already a stored question or out of scope)` : '') +
      '. For each group, the most asked question is the one learned or marked out of scope.',
  );

  const tty = Boolean((io.stdin as { isTTY?: boolean }).isTTY && (io.stdout as { isTTY?: boolean }).isTTY);
  const prompter = tty ? terminalPrompter(io.stdin, io.stdout) : pipedPrompter(io.stdin, io.stdout);
  const factIds = kb.facts.map((f) => f.id).sort();
  const tally = { learned: 0, outOfScope: 0, skipped: 0 };
  let notReviewed = 0;

  /** Asks until the maintainer decides (a refused learn is said, and asked again). */
  const decide = async (question: string, candidates: RankedFact[], keys: string): Promise<keyof typeof tally | 'quit'> => {
    for (;;) {
      const line = await prompter.ask('> ');
      if (line === null) return 'quit';
      const [word = '', ...more] = line.trim().split(/\s+/);
      const choice = word.toLowerCase();
      let result: LearnResult;
      let done: 'learned' | 'outOfScope' = 'learned';
      if (choice === 'q') return 'quit';
      if (choice === 's') return 'skipped';
      if (choice === 'o') {
        result = await learnOutOfScope(args.knowledgeDir, question);
        done = 'outOfScope';
      } else if (/^[1-9]$/.test(choice) && candidates[Number(choice) - 1]) {
        result = await learnPhrasing(args.knowledgeDir, question, candidates[Number(choice) - 1]!.factId, { evalFile: args.evalFile });
      } else if (choice === 'f') {
        // `f ID` on one line, or `f` and the id at its own prompt (with completion on a terminal).
        const id = more.join('') || (await prompter.ask(tty ? 'Fact id (Tab completes; empty: back): ' : 'Fact id (empty: back): ', factIds))?.trim();
        if (id === undefined) return 'quit';
        if (id === '') {
          out(`  ${keys}`);
          continue;
        }
        result = await learnPhrasing(args.knowledgeDir, question, id, { evalFile: args.evalFile });
      } else {
        out(`  ${choice === '' ? 'Type one of' : `"${shown(line.trim(), 20)}" is not a choice; type one of`}: ${keys}`);
        continue;
      }
      if (result.ok) {
        out(`  ✓ ${result.message}`);
        return done;
      }
      out(`  ✗ ${result.error}`);
    }
  };
  try {
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const key = questionKey(item.question);
      // Decided earlier in this session (a 👎 question may be a gap question too).
      if (decided.has(key)) continue;
      const candidates = rank(item.question, kb, SHOWN.candidates).filter((c) => c.score > 0);
      out('');
      out(`[${i + 1}/${items.length}] ${item.heading}`);
      for (const p of item.phrasings.slice(0, SHOWN.phrasings)) {
        const note = followupNote(p, 30);
        out(`  ${String(p.count).padStart(4)}×  ${shown(p.question, 70)}${note ? `  (${shown(note, 100)})` : ''}`);
      }
      if (item.phrasings.length > SHOWN.phrasings) out(`         … and ${item.phrasings.length - SHOWN.phrasings} more`);
      out(`  The bot now ${describeNow(item.question, kb)}`);
      out(candidates.length > 0 ? '  Candidates (score, and a stored question of the fact):' : '  Candidates: none (no fact shares a word with it).');
      candidates.forEach((c, n) => out(`    ${n + 1}  ${c.factId.padEnd(Math.min(32, Math.max(...candidates.map((x) => x.factId.length))))}  ${c.score.toFixed(2)}  ${clip(storedQuestionOf(c, kb), 50)}`));
      const keys = `${candidates.length > 0 ? `${candidates.length === 1 ? '1' : `1-${candidates.length}`} learn it for that fact · ` : ''}f fact id · o out of scope · s skip · q quit`;
      out(`  "${shown(item.question, 70)}": ${keys}`);
      const decision = await decide(item.question, candidates, keys);
      if (decision === 'quit') {
        notReviewed = items.slice(i).filter((it) => !decided.has(questionKey(it.question))).length;
        break;
      }
      tally[decision]++;
      if (decision !== 'skipped') decided.add(key);
    }
  } finally {
    prompter.close();
  }
  out('');
  out(`Summary: learned ${tally.learned}, out of scope ${tally.outOfScope}, skipped ${tally.skipped}${notReviewed > 0 ? `; ${notReviewed} not reviewed (run review again for them)` : ''}.`);
  if (tally.learned + tally.outOfScope > 0)
    out(`The knowledge at ${dir} changed: a running bot picks it up within 2 seconds. Run \`check\` and \`eval\`, and commit the files.`);
  return 0;
}

/** What the bot does with the question now, in words. */
function describeNow(question: string, kb: KnowledgeBase): string {
  const reply = answer(question, kb);
  if (reply.kind === 'fact') return `answers it with fact "${reply.factId}" (confidence ${reply.confidence.toFixed(2)}).`;
  if (reply.kind === 'smalltalk') return `takes it for small talk ("${reply.intent}").`;
  return `declines it (threshold ${kb.calibration.threshold.toFixed(2)}).`;
}

/** A stored question of the candidate's fact: says what the fact answers in fewer words than its answer. */
function storedQuestionOf(c: RankedFact, kb: KnowledgeBase): string {
  const i = kb.byId.get(c.factId);
  return i === undefined ? '' : (kb.facts[i]!.questions[0] ?? '');
}
