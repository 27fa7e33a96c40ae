/**
 * Facts new wordings may not reach (src/engine/reach.ts): a fact whose stored
 * questions, each asked with itself left out, do not find it is named by
 * `check`, so a maintainer knows where to add questions worded differently.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeWeakReach, runCli } from '../src/cli.ts';
import { weaklyReachedFacts, type FactReach, type KnowledgeBase } from '../src/engine/answer.ts';
import { CALIBRATION } from '../src/config.ts';
import { captureIo } from './helpers/io.ts';
import { REAL_KNOWLEDGE_DIR, kbOf, makeTempDir, realKb, removeTempDirs } from './helpers/knowledge.ts';

/** Two facts of three questions each: one whose questions share their words, one whose questions share none. */
const HARBOUR = `source:
  id: harbour
  title: A harbour town guide
  description: Made up for the tests.
  paragraphs: 2
facts:
  - id: museum-opening
    answer: The harbour museum opens at nine in the morning.
    questions:
      - When does the harbour museum open?
      - What time does the harbour museum open?
      - When does the harbour museum open in the morning?
    citation: { source: harbour, paragraphs: [1] }
  - id: lantern-festival
    answer: The lantern festival is held on the first Saturday of August.
    questions:
      - When is the lantern festival?
      - What date do the paper lights get launched?
      - Which evening do townsfolk float glowing boats?
    citation: { source: harbour, paragraphs: [2] }
`;

let dir: string;
let kb: KnowledgeBase;
beforeAll(() => {
  dir = makeTempDir();
  for (const f of fs.readdirSync(REAL_KNOWLEDGE_DIR)) if (f.endsWith('.yaml')) fs.copyFileSync(path.join(REAL_KNOWLEDGE_DIR, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, 'harbour.yaml'), HARBOUR);
  kb = kbOf(dir);
});
afterAll(removeTempDirs);

describe('facts new wordings may not reach', () => {
  test('a fact whose questions share no words is named; one whose questions find one another is not', () => {
    const weak = weaklyReachedFacts(kb);
    const festival = weak.find((r) => r.factId === 'lantern-festival' && r.language === 'en');
    expect(festival).toMatchObject({ asked: 3 });
    expect(festival!.right / festival!.asked).toBeLessThan(CALIBRATION.reachListedBelow);
    expect(weak.some((r) => r.factId === 'museum-opening')).toBe(false);
    // The weakest first.
    const shares = weak.map((r) => r.right / r.asked);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    // Every fact listed is measured in the language it was asked in, and only facts of the knowledge are named.
    for (const r of weak) {
      expect(kb.byId.has(r.factId)).toBe(true);
      for (const other of r.takenFor) expect(kb.byId.has(other)).toBe(true);
    }
  });

  test('the curated knowledge: English facts all reached (the Turkish ones have fewer questions)', () => {
    expect(weaklyReachedFacts(realKb()).filter((r) => r.language === 'en')).toEqual([]);
  });

  test('the note names the weakest first, at most reachListedMax of them, and counts the rest', () => {
    const many: FactReach[] = Array.from({ length: CALIBRATION.reachListedMax + 3 }, (_, i) => ({ factId: `f${i}`, language: i % 2 ? 'tr' : 'en', asked: 3, right: 0, takenFor: i === 0 ? ['a', 'b', 'c'] : [] }));
    const text = describeWeakReach(many);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^Note: ${many.length} fact\\(s\\) .* less than 50% of the time`));
    expect(lines).toHaveLength(1 + CALIBRATION.reachListedMax + 1);
    expect(lines[1]).toBe('  f0: 0 of 3, taken for a, b');
    expect(lines[2]).toBe('  f1 (Turkish): 0 of 3');
    expect(lines.at(-1)).toBe('  … and 3 more');
  });

  test('check prints the note and still passes (a note, not an error)', async () => {
    const io = captureIo();
    expect(await runCli(['check', '--knowledge', dir], io)).toBe(0);
    expect(io.out()).toMatch(/Note: \d+ fact\(s\) whose stored questions/);
    expect(io.out()).toMatch(/^ {2}lantern-festival: [01] of 3/m);
    expect(io.out()).not.toMatch(/museum-opening/);
  });
});
