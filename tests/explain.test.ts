/**
 * `ask --explain`: why a question was answered or declined, consistent with
 * the answer itself; and the calibration cache that spares the CLI a
 * calibration per run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../src/cli.ts';
import { SEARCH } from '../src/config.ts';
import { answer, createKnowledgeBase } from '../src/engine/answer.ts';
import { fileCalibrationCache } from '../src/engine/calibration-cache.ts';
import { explain, formatExplanation } from '../src/engine/explain.ts';
import { loadOk, makeTempDir, miniFiles, realKb, removeTempDirs, writeKnowledge } from './helpers/knowledge.ts';
import { captureIo } from './helpers/io.ts';

afterAll(removeTempDirs);

describe('explain', () => {
  const kb = realKb();

  test('agrees with answer() on every eval-style question', () => {
    for (const q of ['where is the deposit', 'wher is teh deposit lol', 'how much will the refinery cost', 'who is the ceo of byd', 'hi', '', 'BYD?', '@everyone who leads the delegation']) {
      const e = explain(q, kb);
      const reply = answer(q, kb);
      expect(e.outcome === 'answered', q).toBe(reply.kind === 'fact');
      if (reply.kind === 'fact') expect(e.factId).toBe(reply.factId);
      if (e.outcome === 'answered' || e.outcome === 'declined') {
        expect(e.decisionValue >= kb.calibration.threshold, q).toBe(e.outcome === 'answered');
      }
      const weights = e.terms.reduce((s, t) => s + t.weight, 0);
      if (e.terms.length > 0) expect(weights).toBeCloseTo(1, 6);
    }
  });

  test('a number the knowledge never mentions weighs less than an unknown word (SEARCH.unknownNumberWeight)', () => {
    const weightOf = (q: string, w: string) => explain(q, kb).terms.find((t) => t.word === w)!;
    const word = weightOf('when will the refinery open zorbles', 'zorbles');
    const year = weightOf('when will the refinery open 2031', '2031');
    expect(year.how).toBe('unknown');
    expect(year.weight).toBeLessThan(word.weight);
    expect(year.weight / (1 - year.weight)).toBeCloseTo((SEARCH.unknownNumberWeight * word.weight) / (1 - word.weight), 6);
  });

  test('a declined question names the words the knowledge never uses', () => {
    const e = explain('which company will operate the refinery in zorbles', kb);
    expect(e.outcome).toBe('declined');
    expect(e.terms.find((t) => t.word === 'zorbles')).toMatchObject({ how: 'unknown', matched: null });
    expect(e.reason).toMatch(/^declined: .* < threshold \d\.\d\d; words the knowledge never uses \(.*"zorbles".*\) carry \d+% of the question's weight/);
    const text = formatExplanation(e);
    expect(text).toContain('zorbles');
    expect(text).toContain('— unknown to the knowledge');
    expect(text).toMatch(/Threshold \d\.\d\d, calibrated on this knowledge \(\d+ stored questions/);
  });

  test('typos and chat shorthand are shown as read', () => {
    const e = explain('whre is the depositt', kb);
    expect(e.terms.find((t) => t.word === 'whre')).toMatchObject({ how: 'typo', matched: 'where' });
    expect(e.terms.find((t) => t.word === 'depositt')).toMatchObject({ how: 'typo' });
    expect(e.outcome).toBe('answered');
    expect(e.factId).toBe('beylikova-location');
  });

  test('a question read without the words after it says so, and lists the words it was read by', () => {
    // (Not "…? asking for my geology class": whom a question is asked for is no word of it, read whole.)
    const e = explain("where is the deposit? it's for my geology class", kb);
    expect(e.read).toBe('where is the deposit?');
    expect(e.terms.map((t) => t.word)).not.toContain('geology');
    expect(formatExplanation(e)).toContain('Read as: where is the deposit?  (its question alone: the words after it matched less)');
    expect(explain('where is the deposit', kb).read).toBeNull();
    // So does one read without a remark before it.
    const memo = explain('fyi drafting a memo - where is the deposit?', kb);
    expect(memo.read).toBe('where is the deposit?');
    expect(formatExplanation(memo)).toContain('(its question alone: the remark before it matched less)');
    expect(memo.withContext).toBe(false);
  });

  test('a last question after sentences of context lists their words too, at the little weight they were ranked with', () => {
    const e = explain('I was reading about Chinese carmakers moving into Europe and Turkey came up. Which chinese carmakers is turkey talking to?', kb);
    expect(e.read).toBe('Which chinese carmakers is turkey talking to?');
    expect(e.withContext).toBe(true);
    const europe = e.terms.find((t) => t.word === 'europe')!;
    const talking = e.terms.find((t) => t.word === 'talking')!;
    expect(europe.weight).toBeGreaterThan(0);
    expect(europe.weight).toBeLessThan(talking.weight / 3);
    expect(formatExplanation(e)).toContain(`(its last question: the sentences before it count ${Math.round(SEARCH.contextWeight * 100)}% as much)`);
  });

  test('factbot ask --explain prints it, and --json gives the object', async () => {
    const io = captureIo();
    expect(await runCli(['ask', '--explain', 'where is the deposit'], io)).toBe(0);
    expect(io.out()).toMatch(/^Question: where is the deposit\n/);
    expect(io.out()).toMatch(/Decision value \d\.\d\d: answered: /);
    const json = captureIo();
    expect(await runCli(['ask', '--explain', '--json', 'who is the ceo of byd'], json)).toBe(0);
    const e = JSON.parse(json.out()) as { outcome: string; candidates: unknown[]; calibration: { threshold: number } };
    expect(e.outcome).toBe('declined');
    expect(e.candidates.length).toBeGreaterThan(0);
    expect(e.calibration.threshold).toBe(kb.calibration.threshold);
    const none = captureIo();
    expect(await runCli(['ask', '--explain'], none)).toBe(2);
    expect(none.err()).toMatch(/Usage: ask --explain "question"/);
  });
});

describe('calibration cache', () => {
  test('a second build of the same knowledge reuses the calibration; another target or other knowledge misses', () => {
    const dir = makeTempDir();
    const cache = fileCalibrationCache(dir);
    const knowledge = loadOk(writeKnowledge(miniFiles()));
    const first = createKnowledgeBase(knowledge, { cache });
    const files = fs.readdirSync(dir).filter((f) => f.startsWith('calibration-'));
    expect(files).toHaveLength(1);
    // Tamper with the stored threshold: a hit must return what is stored, proving no recalibration.
    const file = path.join(dir, files[0]!);
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { calibration: { threshold: number } };
    stored.calibration.threshold = 0.4242;
    fs.writeFileSync(file, JSON.stringify(stored));
    expect(createKnowledgeBase(knowledge, { cache }).calibration.threshold).toBe(0.4242);
    expect(createKnowledgeBase(knowledge, { cache, maxWrongShare: 0.1 }).calibration.threshold).not.toBe(0.4242);
    const other = { ...knowledge, fingerprint: `${knowledge.fingerprint}-changed` };
    expect(createKnowledgeBase(other, { cache }).calibration.threshold).toBe(first.calibration.threshold);
    // A damaged entry is a miss, not an error.
    fs.writeFileSync(file, '{ not json');
    expect(createKnowledgeBase(knowledge, { cache }).calibration.threshold).toBe(first.calibration.threshold);
  });
});
