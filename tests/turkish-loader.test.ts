/**
 * The Turkish fields of the knowledge format (`tr:` on facts, `bot.tr`,
 * `reply_tr` on small talk) are validated like the English ones: every
 * problem is `file:line field: message`, and a Turkish question shared by two
 * facts is caught after Turkish normalisation.
 */
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatIssue, loadKnowledge, type LoadResult } from '../src/knowledge/load.ts';
import { knowledgeSchema } from '../src/knowledge/schema.ts';
import { MINI_BOT, MINI_SYNONYMS, lineOf, removeTempDirs, writeKnowledge } from './helpers/knowledge.ts';

afterAll(removeTempDirs);

const SOURCE_HEAD = 'source:\n  id: s1\n  title: A test source\n  description: A source for loader tests.\nfacts:\n';

function fact(id: string, tr = ''): string {
  return (
    `  - id: ${id}\n    answer: The answer of ${id}.\n    questions:\n      - What is ${id} one?\n      - What is ${id} two?\n      - What is ${id} three?\n` +
    tr +
    `    citation:\n      source: s1\n      paragraphs: [1]\n`
  );
}

function trBlock(questions: string[], answer = 'Türkçe yanıt.'): string {
  return `    tr:\n      answer: ${answer}\n      questions:\n${questions.map((q) => `        - ${JSON.stringify(q)}\n`).join('')}`;
}

function load(files: Record<string, string>) {
  const dir = writeKnowledge({ 'bot.yaml': MINI_BOT, 'synonyms.yaml': MINI_SYNONYMS, ...files });
  return { result: loadKnowledge(dir), at: (file: string) => path.join(dir, file) };
}

function messages(result: LoadResult): string[] {
  expect(result.ok, 'expected the knowledge to be rejected').toBe(false);
  return result.ok ? [] : result.errors.map(formatIssue);
}

describe('Turkish fields of facts', () => {
  test('a fact with tr loads, and the loaded knowledge passes the one schema', () => {
    const text = SOURCE_HEAD + fact('a', trBlock(['Yatak nerede?', "Türkiye'de yatak nerede bulunuyor?", 'Yatağın yeri neresi?'])) + fact('b');
    const { result } = load({ 'x.yaml': text });
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual([]);
    if (!result.ok) return;
    expect(result.knowledge.facts[0]!.tr?.questions).toHaveLength(3);
    expect(result.knowledge.facts[1]!.tr).toBeUndefined();
    expect(knowledgeSchema.safeParse(result.knowledge).success).toBe(true);
  });

  test('fewer than 3 Turkish questions, an empty answer and an unknown key are each named with file:line and field', () => {
    const text =
      SOURCE_HEAD +
      fact('a', trBlock(['Yatak nerede?', 'Yatağın yeri neresi?'])) +
      fact('b', `    tr:\n      answer: ""\n      questions: [Bir?, İki?, Üç?]\n      soru: fazla\n`);
    const { result, at } = load({ 'x.yaml': text });
    expect(messages(result).sort()).toEqual(
      [
        `${at('x.yaml')}:${lineOf(text, '      questions:')} facts[0].tr.questions: expected at least 3 entries`,
        `${at('x.yaml')}:${lineOf(text, 'answer: ""')} facts[1].tr.answer: expected non-empty text`,
        `${at('x.yaml')}:${lineOf(text, 'soru: fazla')} facts[1].tr: unknown field(s) "soru"`,
      ].sort(),
    );
  });

  test('a Turkish question shared by two facts, differing in case, Turkish letters and punctuation, is named at the second', () => {
    const text =
      SOURCE_HEAD +
      fact('a', trBlock(['Nadir toprak yatağı nerede?', 'A iki?', 'A üç?'])) +
      fact('b', trBlock(['B bir?', 'NADİR TOPRAK YATAGI NEREDE!!', 'B üç?']));
    const { result, at } = load({ 'x.yaml': text });
    expect(messages(result)).toEqual([`${at('x.yaml')}:${lineOf(text, 'NADİR TOPRAK')} facts[1].tr.questions[1]: the same Turkish question is also a phrasing of fact "a"`]);
  });

  test('the same Turkish question twice in one fact is tolerated, as in English', () => {
    const text = SOURCE_HEAD + fact('a', trBlock(['Yatak nerede?', 'yatak nerede', 'Yatağın yeri?'])) + fact('b');
    expect(load({ 'x.yaml': text }).result.ok).toBe(true);
  });

  test('a Turkish out-of-scope question that is a Turkish phrasing is refused', () => {
    const text = SOURCE_HEAD + fact('a', trBlock(['Yatak nerede?', 'Yatağın yeri?', 'Yatak hangi ilde?'])) + fact('b');
    const oos = 'out_of_scope:\n  - hava nasıl\n  - YATAK NEREDE?\n';
    const { result, at } = load({ 'x.yaml': text, 'oos.yaml': oos });
    expect(messages(result)).toEqual([`${at('oos.yaml')}:3 out_of_scope[1]: "YATAK NEREDE?" is a phrasing of fact "a"; a question is either answered or out of scope`]);
  });
});

describe('Turkish bot words and small talk', () => {
  const botWith = (tr: string, intentExtra = '') =>
    MINI_BOT.replace('intents:', `${tr}intents:`).replace(/(    reply: [^\n]*\n)/, `$1${intentExtra}`);

  test('bot.tr and reply_tr load', () => {
    const bot = botWith(
      '  tr:\n    topic: Beylikova yatağı\n    examples: [Yatak nerede?]\n    empty: Bir soru sorun.\n    noMatch: Bunu bilmiyorum.\n',
      '    reply_tr: Merhaba!\n',
    );
    const dir = writeKnowledge({ 'bot.yaml': bot, 'synonyms.yaml': MINI_SYNONYMS, 'x.yaml': SOURCE_HEAD + fact('a') });
    const result = loadKnowledge(dir);
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual([]);
    if (!result.ok) return;
    expect(result.knowledge.bot.tr?.noMatch).toBe('Bunu bilmiyorum.');
    expect(result.knowledge.intents.some((i) => i.reply_tr === 'Merhaba!')).toBe(true);
  });

  test('bot.tr without its noMatch and an empty reply_tr are named with file:line and field', () => {
    const bot = botWith('  tr:\n    topic: Beylikova yatağı\n    examples: [Yatak nerede?]\n    empty: Bir soru sorun.\n', '    reply_tr: ""\n');
    const dir = writeKnowledge({ 'bot.yaml': bot, 'synonyms.yaml': MINI_SYNONYMS, 'x.yaml': SOURCE_HEAD + fact('a') });
    const file = path.join(dir, 'bot.yaml');
    expect(messages(loadKnowledge(dir)).sort()).toEqual(
      [
        `${file}:${lineOf(bot, '  tr:')} bot.tr.noMatch: required field is missing (expected string)`,
        `${file}:${lineOf(bot, 'reply_tr: ""')} intents[0].reply_tr: expected non-empty text`,
        // As for any bot file that does not validate.
        `${dir}: no file with a top-level "bot:" key (the bot's help and fallback texts)`,
      ].sort(),
    );
  });
});

describe('Turkish synonyms', () => {
  test('synonyms_tr load into the knowledge; a Turkish word in two groups, counting word forms as one, is named with file:line', () => {
    const ok = load({ 'x.yaml': SOURCE_HEAD + fact('a'), 'synonyms.yaml': `${MINI_SYNONYMS}synonyms_tr:\n  - [araç, araba]\n  - [fabrika, tesis]\n` });
    expect(ok.result.ok ? ok.result.knowledge.synonymsTr : ok.result.errors.map(formatIssue)).toEqual([
      ['araç', 'araba'],
      ['fabrika', 'tesis'],
    ]);
    const syn = `${MINI_SYNONYMS}synonyms_tr:\n  - [maden, yatak]\n  - [madeni, saha]\n`;
    const bad = load({ 'x.yaml': SOURCE_HEAD + fact('a'), 'synonyms.yaml': syn });
    expect(messages(bad.result)).toEqual([
      `${bad.at('synonyms.yaml')}:${lineOf(syn, '[madeni, saha]')} synonyms_tr[1]: "madeni" is also in the group of "maden" (${bad.at('synonyms.yaml')}:${lineOf(syn, '[maden, yatak]')}), counting word forms as one ("maden" = "madeni"); a word may belong to one group only`,
    ]);
  });
});
