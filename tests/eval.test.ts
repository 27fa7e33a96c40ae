/**
 * The curated eval set: honest (no stored phrasing, known fact ids, every fact
 * asked about) and ranked well. Its right-answer and decline gates are in
 * quality.test.ts with the other knowledge bases'.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_EVAL_FILE, DEFAULT_KNOWLEDGE_DIR } from '../src/config.ts';
import { createKnowledgeBase } from '../src/engine/answer.ts';
import { checkEvalSet, loadEvalSet, runEval } from '../src/eval.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';

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

  it('ranks the right fact among the top 3 for nearly every question (the gates on right answers are in quality.test.ts)', () => {
    const report = runEval(set, kb);
    const misses = report.misses.map((m) => `${m.question} → ${m.got ?? m.kind} (want ${m.expected ?? 'none'})`).join('\n');
    expect(report.recall3, misses).toBeGreaterThanOrEqual(0.97);
    // Every question is a miss or a hit: the misses listed are exactly those not answered right.
    expect(report.misses.filter((m) => m.expected !== null)).toHaveLength(Math.round((1 - report.top1) * report.answerable));
  });
});
