/**
 * The answer-quality gate: the engine over the curated knowledge must answer
 * the eval set's questions (written as people type them) and decline the
 * out-of-scope ones. Figures below the gate fail the suite.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_EVAL_FILE, DEFAULT_KNOWLEDGE_DIR } from '../src/config.ts';
import { createKnowledgeBase } from '../src/engine/answer.ts';
import { checkEvalSet, loadEvalSet, runEval } from '../src/eval.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';

/** The gate: below this top-1 accuracy or out-of-scope abstention the suite fails. */
export const GATE = { top1: 0.95, abstention: 0.95 };

const loaded = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
const kb = createKnowledgeBase(loaded.knowledge);
const set = loadEvalSet(DEFAULT_EVAL_FILE);

describe('eval set', () => {
  it('is large enough and honest (no stored phrasing, only known fact ids)', () => {
    expect(set.answerable.length).toBeGreaterThanOrEqual(120);
    expect(set.out_of_scope.length).toBeGreaterThanOrEqual(50);
    expect(checkEvalSet(set, kb, DEFAULT_EVAL_FILE)).toEqual([]);
    // Every fact is asked about at least once.
    const asked = new Set(set.answerable.map((a) => a.expect));
    expect(kb.facts.filter((f) => !asked.has(f.id)).map((f) => f.id)).toEqual([]);
  });

  it(`answers at least ${GATE.top1 * 100}% top-1 and declines at least ${GATE.abstention * 100}% out of scope`, () => {
    const report = runEval(set, kb);
    const misses = report.misses.map((m) => `${m.question} → ${m.got ?? m.kind} (want ${m.expected ?? 'none'})`).join('\n');
    expect(report.top1, misses).toBeGreaterThanOrEqual(GATE.top1);
    expect(report.abstention, misses).toBeGreaterThanOrEqual(GATE.abstention);
    // Ranking is almost never the problem: the right fact is in the top 3.
    expect(report.recall3).toBeGreaterThanOrEqual(0.97);
  });
});
