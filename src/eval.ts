/**
 * The evaluation set and its scoring: how often the engine picks the right
 * fact for questions written the way people type, and how often it declines
 * questions the knowledge does not answer.
 */
import fs from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { rank, type KnowledgeBase } from './engine/answer.ts';
import { detectLanguage } from './text/language.ts';
import { questionKey } from './text/normalize.ts';
import { turkishQuestionKey } from './text/turkish.ts';
import type { KnowledgeIssue } from './knowledge/load.ts';
import type { PreviousTurn } from './conversation/followup.ts';
import { answerMessage, answerMessageAlone } from './conversation/several.ts';
import { replyToJson } from './reply.ts';

export const evalSetSchema = z.strictObject({
  answerable: z.array(z.strictObject({ q: z.string().min(1), expect: z.string().min(1) })).min(1),
  out_of_scope: z.array(z.string().min(1)).min(1),
});
export type EvalSet = z.infer<typeof evalSetSchema>;

/** Reads and validates an eval file; throws with the file name on a bad one. */
export function loadEvalSet(file: string): EvalSet {
  return loadSet(file, evalSetSchema);
}

/** Reads a YAML set and validates it with `schema`; throws with the file name and each issue's path on a bad one. */
function loadSet<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(parse(fs.readFileSync(file, 'utf8'), { uniqueKeys: true }));
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/**
 * Checks an eval set against the knowledge: known ids, and no question copied
 * from the knowledge. A Turkish set (`language: 'tr'`) is compared with the
 * Turkish phrasings, as the Turkish index reads them.
 */
export function checkEvalSet(set: EvalSet, kb: KnowledgeBase, file: string, language: 'en' | 'tr' = 'en'): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  set.answerable.forEach((item, i) => {
    if (!kb.byId.has(item.expect)) issues.push({ file, line: 0, field: `answerable[${i}].expect`, message: `unknown fact id "${item.expect}"` });
  });
  for (const v of verbatimEvalQuestions(set, kb, language)) {
    issues.push(
      v.field.startsWith('answerable')
        ? { file, line: 0, field: v.field, message: `"${v.question}" is verbatim a stored question of fact "${v.factId}"; eval questions must be unseen` }
        : { file, line: 0, field: v.field, message: `"${v.question}" is a stored question of fact "${v.factId}"` },
    );
  }
  return issues.sort((a, b) => fieldOrder(a.field) - fieldOrder(b.field));
}

/** `answerable[3].q` → its place in file order, so issues read top to bottom. */
function fieldOrder(field: string): number {
  const n = Number(/\[(\d+)\]/.exec(field)?.[1] ?? 0);
  return (field.startsWith('out_of_scope') ? 1e6 : 0) + n;
}

/** The eval questions that are a stored phrasing of some fact (in the set's language), in file order. */
export function verbatimEvalQuestions(set: EvalSet, kb: KnowledgeBase, language: 'en' | 'tr' = 'en'): { field: string; question: string; factId: string }[] {
  const key = language === 'tr' ? turkishQuestionKey : questionKey;
  const stored = new Map<string, string>();
  for (const f of kb.facts) for (const q of (language === 'tr' ? f.tr?.questions : f.questions) ?? []) stored.set(key(q), f.id);
  const out: { field: string; question: string; factId: string }[] = [];
  set.answerable.forEach((item, i) => {
    const owner = stored.get(key(item.q));
    if (owner) out.push({ field: `answerable[${i}].q`, question: item.q, factId: owner });
  });
  set.out_of_scope.forEach((q, i) => {
    const owner = stored.get(key(q));
    if (owner) out.push({ field: `out_of_scope[${i}]`, question: q, factId: owner });
  });
  return out;
}

/** One eval question the engine got wrong. */
export interface EvalMiss {
  question: string;
  expected: string | null;
  got: string | null;
  kind: string;
  confidence: number;
}

export interface EvalReport {
  answerable: number;
  outOfScope: number;
  /** Share of answerable questions answered with the expected fact. */
  top1: number;
  /** Share of answerable questions whose expected fact is among the top 3 ranked. */
  recall3: number;
  /** Share of out-of-scope questions declined (kind none or smalltalk). */
  abstention: number;
  misses: EvalMiss[];
}

/** Runs the eval set through the real `answer` path. */
export function runEval(set: EvalSet, kb: KnowledgeBase): EvalReport {
  let top1 = 0;
  let recall3 = 0;
  let abstained = 0;
  const misses: EvalMiss[] = [];
  for (const item of set.answerable) {
    const reply = answerMessageAlone(item.q, kb);
    const got = reply.kind === 'fact' ? reply.factId : null;
    if (got === item.expect) top1++;
    else misses.push({ question: item.q, expected: item.expect, got, kind: reply.kind, confidence: reply.confidence });
    // Ranked by the index the question is answered from (the Turkish one for a Turkish question).
    const index = kb.turkish && detectLanguage(item.q) === 'tr' ? kb.turkish : kb;
    if (rank(item.q, index, 3).some((r) => r.factId === item.expect)) recall3++;
  }
  for (const q of set.out_of_scope) {
    const reply = answerMessageAlone(q, kb);
    if (reply.kind !== 'fact') abstained++;
    else misses.push({ question: q, expected: null, got: reply.factId, kind: reply.kind, confidence: reply.confidence });
  }
  const a = set.answerable.length;
  const o = set.out_of_scope.length;
  return { answerable: a, outOfScope: o, top1: top1 / a, recall3: recall3 / a, abstention: abstained / o, misses };
}

// ---- Conversations (issue 16) ------------------------------------------------------------------

/** Where `eval` finds the conversations set next to the eval set, when it is there. */
export const CONVERSATIONS_FILE_NAME = 'conversations.yaml';
/** Where `eval` finds the Turkish conversations set, next to the Turkish eval set. */
export const TURKISH_CONVERSATIONS_FILE_NAME = 'conversations-tr.yaml';

export const conversationSetSchema = z.strictObject({
  conversations: z
    .array(
      z.strictObject({
        turns: z
          .array(
            z.strictObject({
              q: z.string().min(1),
              /** The fact that should answer the turn; null: it should be declined. */
              expect: z.string().min(1).nullable(),
              /** true: the turn does not stand on its own; false: it must be answered as if asked alone. */
              followup: z.boolean().default(false),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});
export type ConversationSet = z.infer<typeof conversationSetSchema>;

/** Reads and validates a conversations file; throws with the file name on a bad one. */
export function loadConversationSet(file: string): ConversationSet {
  return loadSet(file, conversationSetSchema);
}

/** One conversation turn the bot got wrong (or, for a standalone turn, changed). */
export interface ConversationMiss {
  conversation: number;
  turn: number;
  question: string;
  followup: boolean;
  expected: string | null;
  got: string | null;
  readingAs: string | null;
  /** A standalone turn whose reply differs from the one it gets alone. */
  changed: boolean;
}

export interface ConversationReport {
  conversations: number;
  followups: number;
  /** Share of follow-up turns answered with the expected fact (or declined when `expect` is null). */
  followupsRight: number;
  standalone: number;
  /** Standalone turns whose reply differs from the reply to the question asked alone (target 0). */
  standaloneChanged: number;
  /** Share of standalone turns answered with the expected fact. */
  standaloneRight: number;
  misses: ConversationMiss[];
}

/** Runs each conversation through the same reading in context as the Bot (no expiry: the turns follow each other at once). */
export function runConversations(set: ConversationSet, kb: KnowledgeBase): ConversationReport {
  let followups = 0;
  let followupsRight = 0;
  let standalone = 0;
  let standaloneRight = 0;
  let changed = 0;
  const misses: ConversationMiss[] = [];
  set.conversations.forEach((c, ci) => {
    let previous: PreviousTurn | undefined;
    c.turns.forEach((t, ti) => {
      const result = answerMessage(t.q, previous, kb);
      if (result.remember) previous = result.remember;
      const reply = result.reply;
      const got = reply.kind === 'fact' ? reply.factId : null;
      const right = t.expect === null ? reply.kind !== 'fact' : got === t.expect;
      let isChanged = false;
      if (t.followup) {
        followups++;
        if (right) followupsRight++;
      } else {
        standalone++;
        if (right) standaloneRight++;
        isChanged = JSON.stringify(replyToJson(reply)) !== JSON.stringify(replyToJson(answerMessageAlone(t.q, kb)));
        if (isChanged) changed++;
      }
      if (!right || isChanged) {
        misses.push({ conversation: ci + 1, turn: ti + 1, question: t.q, followup: t.followup, expected: t.expect, got, readingAs: reply.readingAs ?? null, changed: isChanged });
      }
    });
  });
  return {
    conversations: set.conversations.length,
    followups,
    followupsRight: followups === 0 ? 1 : followupsRight / followups,
    standalone,
    standaloneChanged: changed,
    standaloneRight: standalone === 0 ? 1 : standaloneRight / standalone,
    misses,
  };
}

/** Checks a conversations set against the knowledge: known fact ids. */
export function checkConversationSet(set: ConversationSet, kb: KnowledgeBase, file: string): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  set.conversations.forEach((c, ci) =>
    c.turns.forEach((t, ti) => {
      if (t.expect !== null && !kb.byId.has(t.expect)) issues.push({ file, line: 0, field: `conversations[${ci}].turns[${ti}].expect`, message: `unknown fact id "${t.expect}"` });
    }),
  );
  return issues;
}

// ---- Several questions in one message ----------------------------------------------------------

/** Where `eval` finds the several-questions set next to the eval set, when it is there. */
export const SEVERAL_FILE_NAME = 'several.yaml';

export const severalSetSchema = z.strictObject({
  messages: z
    .array(
      z.strictObject({
        q: z.string().min(1),
        /** The fact each of the message's questions should get, in order; null for a question the knowledge cannot answer. */
        expect: z.array(z.string().min(1).nullable()).min(2),
      }),
    )
    .min(1),
});
export type SeveralSet = z.infer<typeof severalSetSchema>;

/** Reads and validates a several-questions file; throws with the file name on a bad one. */
export function loadSeveralSet(file: string): SeveralSet {
  return loadSet(file, severalSetSchema);
}

/** A message whose answers were not the expected ones. */
export interface SeveralMiss {
  message: number;
  question: string;
  /** The expected facts (the questions the knowledge can answer). */
  expected: string[];
  /** The facts the reply gave, leading answer first. */
  got: string[];
}

export interface SeveralReport {
  messages: number;
  /** Questions of the messages the knowledge can answer. */
  answerable: number;
  /** Share of them whose fact the reply gave (leading or `also`). */
  answersRight: number;
  /** Facts given that no question of the message expects, as a share of the facts given. */
  answersWrong: number;
  /** Share of messages whose reply gave exactly the expected facts. */
  messagesRight: number;
  misses: SeveralMiss[];
}

/** Asks each message on its own, as the Bot does, and compares the facts of the reply with those its questions expect. */
export function runSeveral(set: SeveralSet, kb: KnowledgeBase): SeveralReport {
  let answerable = 0;
  let right = 0;
  let given = 0;
  let wrong = 0;
  let whole = 0;
  const misses: SeveralMiss[] = [];
  set.messages.forEach((m, mi) => {
    const reply = answerMessageAlone(m.q, kb);
    const got = reply.kind === 'fact' ? [reply.factId, ...(reply.also ?? []).map((a) => a.factId)] : [];
    const expected = [...new Set(m.expect.filter((e): e is string => e !== null))];
    answerable += expected.length;
    right += expected.filter((e) => got.includes(e)).length;
    given += got.length;
    wrong += got.filter((g) => !expected.includes(g)).length;
    if (got.length === expected.length && expected.every((e) => got.includes(e))) whole++;
    else misses.push({ message: mi + 1, question: m.q, expected, got });
  });
  return {
    messages: set.messages.length,
    answerable,
    answersRight: answerable === 0 ? 1 : right / answerable,
    answersWrong: given === 0 ? 0 : wrong / given,
    messagesRight: whole / set.messages.length,
    misses,
  };
}

/** Checks a several-questions set against the knowledge: known fact ids. */
export function checkSeveralSet(set: SeveralSet, kb: KnowledgeBase, file: string): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  set.messages.forEach((m, mi) =>
    m.expect.forEach((e, ei) => {
      if (e !== null && !kb.byId.has(e)) issues.push({ file, line: 0, field: `messages[${mi}].expect[${ei}]`, message: `unknown fact id "${e}"` });
    }),
  );
  return issues;
}
