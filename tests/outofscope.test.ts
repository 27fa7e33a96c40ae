/**
 * Questions the maintainers marked out of scope are declined, and so are new
 * wordings of them (src/engine/outofscope.ts); questions that only share
 * their topic, and the knowledge's own stored questions, are not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { answer, explain, type KnowledgeBase } from '../src/engine/answer.ts';
import { learnOutOfScope } from '../src/learn.ts';
import { REAL_KNOWLEDGE_DIR, kbOf, makeTempDir, realKb, removeTempDirs } from './helpers/knowledge.ts';

/** A copy of the curated knowledge with an out-of-scope file. */
function curatedWith(outOfScope: string[]): string {
  const dir = makeTempDir();
  for (const f of fs.readdirSync(REAL_KNOWLEDGE_DIR)) if (f.endsWith('.yaml')) fs.copyFileSync(path.join(REAL_KNOWLEDGE_DIR, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, 'out-of-scope.yaml'), `out_of_scope:\n${outOfScope.map((q) => `  - ${JSON.stringify(q)}\n`).join('')}`);
  return dir;
}

let kb: KnowledgeBase;
beforeAll(() => {
  // (Not "what is neodymium" any more: the engine declines it unmarked, since the fact mentioning neodymium does not say
  // what it is; nor "what newspaper is this from": it asks where the bot's knowledge comes from, small talk.)
  kb = kbOf(curatedWith(['when was the turkey eu customs union signed', 'Bu haber hangi gazeteden?']));
});
afterAll(removeTempDirs);

describe('questions marked out of scope', () => {
  test('the curated knowledge answers it without the mark (the check below is not vacuous)', () => {
    expect(answer('when was the turkey eu customs union signed', realKb()).kind).toBe('fact');
  });

  test('a marked question is declined, and so are new wordings of it', () => {
    for (const q of ['when was the turkey eu customs union signed', 'when was the eu turkey customs union signed?', 'when was the customs union between turkey and the eu signed', 'turkey eu customs union signed when?']) {
      expect(answer(q, kb).kind, q).toBe('none');
    }
  });

  test('a question sharing only its topic word, and the stored questions, are answered as before', () => {
    for (const q of ['Why does the customs union with the EU matter to Chinese carmakers?', 'What does the Global Times say?']) {
      const before = answer(q, realKb());
      const after = answer(q, kb);
      expect(after.kind, q).toBe(before.kind);
      if (before.kind === 'fact' && after.kind === 'fact') expect(after.factId).toBe(before.factId);
    }
    for (const q of kb.facts.flatMap((f) => f.questions)) {
      const [before, after] = [answer(q, realKb()), answer(q, kb)];
      expect(after.kind === 'fact' && after.factId, q).toBe(before.kind === 'fact' && before.factId);
    }
  });

  test('Turkish marks decline Turkish questions, read by the Turkish index', () => {
    expect(answer('bu haber hangi gazeteden', realKb()).kind).toBe('fact');
    expect(answer('bu haber hangi gazeteden', kb).kind).toBe('none');
    expect(answer('Global Times ne diyor?', kb).kind).toBe('fact');
    expect(answer('Beylikova nerede?', kb).kind).toBe('fact');
  });

  test('ask --explain says which marked question declined it', () => {
    const e = explain('when was the eu turkey customs union signed?', kb);
    expect(e.outcome).toBe('declined');
    expect(e.reason).toContain('“when was the turkey eu customs union signed”, marked out of scope');
  });

  test('learn --out-of-scope: the question learned is declined once the knowledge is reloaded', async () => {
    const dir = curatedWith(['when was the turkey eu customs union signed']);
    const q = 'is india in brics';
    expect(answer(q, kbOf(dir)).kind).toBe('fact');
    const learned = await learnOutOfScope(dir, q);
    expect(learned.ok).toBe(true);
    expect(answer(q, kbOf(dir)).kind).toBe('none');
  });
});
