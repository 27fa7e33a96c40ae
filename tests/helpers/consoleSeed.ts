/**
 * A plausible question log for the web console's browser test and its README
 * screenshot: weeks of questions, more on weekdays and growing a little, most
 * of them stored questions of the knowledge (some popular facts, a long
 * tail), some small talk, clicks on related questions, and questions the
 * knowledge does not answer, with votes. Each typed question's kind, fact and
 * confidence are what the engine answers for it now, so the log agrees with
 * the knowledge. Deterministic for a seed (the knowledge's own PRNG).
 */
import { answer, type KnowledgeBase } from '../../src/engine/answer.ts';
import type { AnswerEntry, QuestionLog } from '../../src/store/types.ts';
import { prng } from '../../src/synth.ts';

/** Questions the shipped knowledge declines, as people would ask them (paraphrases grouped by `gaps`). */
export const GAP_QUESTIONS: readonly (readonly string[])[] = [
  ['how many jobs will the refinery create', 'how many jobs will the refinery bring'],
  ['what is the price of neodymium', 'neodymium price?', 'price of neodymium'],
  ['is tesla building a factory in turkey', 'will tesla build a factory in turkey'],
  ['will the refinery pollute the area', 'is the refinery bad for the environment'],
  ['who is the CEO of BYD'],
  ['does turkey have lithium', 'lithium in turkey'],
  ['how deep is the deposit'],
];

const SMALL_TALK = ['hi', 'hello', 'thanks', 'thank you!', 'what can you do', 'good morning'];
const PLATFORMS: AnswerEntry['platform'][] = ['slack', 'slack', 'slack', 'discord', 'discord', 'console'];
const DAY = 86_400_000;

export interface SeedOptions {
  /** The last instant seeded (questions are never after it). */
  now: Date;
  /** Days back from `now`, today included. */
  days: number;
  /** Typed questions on an ordinary weekday at the start (default 40). */
  perDay?: number;
  seed?: number;
}

export interface Seeded {
  questions: number;
  votes: number;
}

/** Writes the questions and votes into `log` through its API. */
export async function seedQuestionLog(log: QuestionLog, kb: KnowledgeBase, o: SeedOptions): Promise<Seeded> {
  const rand = prng(o.seed ?? 2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  // Fact popularity: a few facts asked often, a long tail (Zipf over a shuffled order).
  const order = kb.facts.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const weights = order.map((_, r) => 1 / (r + 1));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const popularFact = () => {
    let x = rand() * totalWeight;
    for (let r = 0; r < order.length; r++) if ((x -= weights[r]!) <= 0) return kb.facts[order[r]!]!;
    return kb.facts[order[0]!]!;
  };
  // Latency in ms: log-normal around 3 ms (Box–Muller), as `stats` shows on a laptop.
  const latency = () => Math.round(Math.exp(Math.log(3) + 0.5 * Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand())) * 1000) / 1000;
  const casual = (q: string) => (rand() < 0.5 ? q.toLowerCase().replace(/\?$/, '') : q);

  const start = Date.UTC(o.now.getUTCFullYear(), o.now.getUTCMonth(), o.now.getUTCDate()) - (o.days - 1) * DAY;
  let questions = 0;
  let votes = 0;
  let seq = 0;
  for (let d = 0; d < o.days; d++) {
    const dayStart = start + d * DAY;
    const weekday = new Date(dayStart).getUTCDay();
    const busy = weekday === 0 || weekday === 6 ? 0.45 : 1;
    const growth = 1 + (0.35 * d) / Math.max(1, o.days - 1);
    const n = Math.round((o.perDay ?? 40) * busy * growth * (0.8 + 0.4 * rand()));
    for (let i = 0; i < n; i++) {
      // Mostly office hours, UTC.
      const at = new Date(dayStart + (7 + 11 * rand()) * 3_600_000);
      if (at > o.now) continue;
      const r = rand();
      const base = {
        id: `00000000-0000-4000-8000-${(++seq).toString(16).padStart(12, '0')}`,
        at,
        platform: pick(PLATFORMS),
        user: `seed-user-${Math.floor(rand() * 60)}`,
        channelKind: pick(['dm', 'channel', 'thread', 'slash'] as const),
        latencyMs: latency(),
      };
      let entry: AnswerEntry;
      if (r < 0.08) {
        // A click on a related question: always its fact.
        const fact = popularFact();
        entry = { ...base, via: 'fact', question: fact.questions[0]!, kind: 'fact', factId: fact.id, confidence: 1 };
      } else {
        const question = r < 0.74 ? casual(pick(popularFact().questions)) : r < 0.84 ? pick(SMALL_TALK) : pick(pick(GAP_QUESTIONS));
        const reply = answer(question, kb);
        entry = { ...base, via: 'ask', question: reply.question, kind: reply.kind, factId: reply.kind === 'fact' ? reply.factId : null, confidence: reply.confidence };
      }
      await log.recordAnswer(entry);
      questions++;
      if (entry.kind === 'fact' && rand() < 0.12) {
        // Mostly 👍; more 👎 on low-confidence answers.
        const vote = rand() < (entry.confidence < 0.75 ? 0.45 : 0.12) ? 'down' : 'up';
        await log.recordVote({ answerId: entry.id, user: entry.user ?? '', vote, at: new Date(at.getTime() + 30_000) });
        votes++;
      }
    }
  }
  return { questions, votes };
}
