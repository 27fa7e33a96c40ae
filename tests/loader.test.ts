/**
 * The knowledge loader: every kind of bad file is reported as
 * `file:line field: message` with the exact line, and loading never throws.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import {
  MAX_FILE_BYTES,
  buildKnowledge,
  formatIssue,
  loadKnowledge,
  parseKnowledgeFile,
  unanchoredTimes,
  type LoadResult,
} from '../src/knowledge/load.ts';
import {
  MINI_BOT,
  MINI_SYNONYMS,
  REAL_KNOWLEDGE_DIR,
  lineOf,
  loadOk,
  makeTempDir,
  miniFiles,
  removeTempDirs,
  writeKnowledge,
} from './helpers/knowledge.ts';

afterAll(removeTempDirs);

/** A source file with id `s1` (optionally with `paragraphs: N`) and the given fact blocks. */
function sourceText(facts: string[], opts: { id?: string; paragraphs?: number } = {}): string {
  return (
    `source:\n  id: ${opts.id ?? 's1'}\n  title: A test source\n  description: A source for loader tests.\n` +
    (opts.paragraphs ? `  paragraphs: ${opts.paragraphs}\n` : '') +
    `facts:\n${facts.join('')}`
  );
}

/** One fact block (block style), with optional extra lines inserted before `citation:`. */
function factText(id: string, opts: { questions?: string[]; extra?: string; source?: string; paragraphs?: string } = {}): string {
  const questions = opts.questions ?? [`What is ${id} one?`, `What is ${id} two?`, `What is ${id} three?`];
  return (
    `  - id: ${id}\n` +
    `    answer: The answer of ${id}.\n` +
    `    questions:\n${questions.map((q) => `      - ${q}\n`).join('')}` +
    (opts.extra ?? '') +
    `    citation:\n      source: ${opts.source ?? 's1'}\n      paragraphs: ${opts.paragraphs ?? '[1]'}\n`
  );
}

/** Loads a temp folder of the valid bot + synonyms files plus `files`; returns the folder and result. */
function load(files: Record<string, string>, base: Record<string, string> = { 'bot.yaml': MINI_BOT, 'synonyms.yaml': MINI_SYNONYMS }) {
  const dir = writeKnowledge({ ...base, ...files });
  const result = loadKnowledge(dir);
  return { dir, result, at: (file: string) => path.join(dir, file) };
}

/** The formatted errors of a result that must have failed. */
function messages(result: LoadResult): string[] {
  expect(result.ok, 'expected the knowledge to be rejected').toBe(false);
  return result.ok ? [] : result.errors.map(formatIssue);
}

describe('formatIssue', () => {
  test('file:line field: message, and the shorter forms without line or field', () => {
    expect(formatIssue({ file: 'k/a.yaml', line: 12, field: 'facts[3].questions', message: 'expected at least 3 entries' })).toBe(
      'k/a.yaml:12 facts[3].questions: expected at least 3 entries',
    );
    expect(formatIssue({ file: 'k/a.yaml', line: 0, field: '', message: 'folder not found' })).toBe('k/a.yaml: folder not found');
    expect(formatIssue({ file: 'k/a.yaml', line: 4, field: '', message: 'YAML: oops' })).toBe('k/a.yaml:4: YAML: oops');
  });
});

describe('YAML-level problems', () => {
  test('a syntax error is reported at its line', () => {
    const text = 'source:\n  id: s1\n  title: Broken: nested\n  description: D\n';
    const { at, result } = load({ 'x.yaml': text });
    expect(messages(result)).toEqual([`${at('x.yaml')}:3: YAML: Nested mappings are not allowed in compact mappings`]);
  });

  test('tabs used as indentation are reported at their line', () => {
    const { at, result } = load({ 'x.yaml': 'source:\n  id: s1\n\ttitle: T\n' });
    expect(messages(result)).toEqual([`${at('x.yaml')}:3: YAML: Tabs are not allowed as indentation`]);
  });

  test('a duplicate key in a mapping is reported at the second occurrence', () => {
    const text = sourceText([factText('a', { extra: '    answer: A second answer.\n' })]);
    const { at, result } = load({ 'x.yaml': text });
    expect(messages(result)).toEqual([`${at('x.yaml')}:${lineOf(text, 'answer: A second answer.')}: YAML: Map keys must be unique`]);
  });

  test.each([
    ['!!js/function', '!!js/function "function () { return 1 }"', 'Unresolved tag: tag:yaml.org,2002:js/function'],
    ['!custom', '!custom some text', 'Unresolved tag: !custom'],
    ['!!python/object', '!!python/object:os.system ls', 'Unresolved tag: tag:yaml.org,2002:python/object:os.system'],
  ])('a custom YAML tag (%s) is rejected', (_name, value, message) => {
    const text = `source:\n  id: s1\n  title: ${value}\n  description: D\n`;
    const { at, result } = load({ 'x.yaml': text });
    expect(messages(result)).toEqual([`${at('x.yaml')}:3: YAML: ${message}`]);
  });

  test('a "billion laughs" alias bomb fails fast without expanding', () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    // A source file whose last anchor would be 10^12 strings if expanded.
    const text = `source:\n  id: s1\n  title: T\n  description: D\n${levels.join('\n')}\nfacts: []\n`;
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const r = parseKnowledgeFile('/k/bomb.yaml', text);
    const ms = performance.now() - started;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map(formatIssue)).toEqual(['/k/bomb.yaml: YAML: Excessive alias count indicates a resource exhaustion attack']);
    expect(ms).toBeLessThan(1000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
  });

  test('a few aliases (ordinary reuse) are still allowed', () => {
    const text = sourceText([
      factText('a', { extra: '    keywords: &kw [Beylikova, Eskişehir]\n' }),
      factText('b', { extra: '    keywords: *kw\n' }),
    ]);
    const k = loadOk(writeKnowledge({ 'bot.yaml': MINI_BOT, 'x.yaml': text }));
    expect(k.facts.map((f) => f.keywords)).toEqual([
      ['Beylikova', 'Eskişehir'],
      ['Beylikova', 'Eskişehir'],
    ]);
  });

  test('a file that is not a mapping, or has no known top-level key', () => {
    const { at, result } = load({ 'a-list.yaml': '- one\n- two\n', 'b-empty.yaml': '', 'c-other.yaml': 'facts: []\n' });
    expect(messages(result)).toEqual([
      `${at('a-list.yaml')}:1: expected a mapping with a top-level key "source", "synonyms", "bot" or "out_of_scope"`,
      `${at('b-empty.yaml')}:1: expected a mapping with a top-level key "source", "synonyms", "bot" or "out_of_scope"`,
      `${at('c-other.yaml')}:1: expected a top-level key "source", "synonyms", "bot" or "out_of_scope"`,
    ]);
  });
});

describe('schema problems in a fact', () => {
  test('an unknown field is named, at the line of the first unknown key', () => {
    const text = sourceText([factText('a'), factText('b', { extra: '    colour: red\n    answr: typo\n' })]);
    const { at, result } = load({ 'x.yaml': text });
    expect(messages(result)).toEqual([`${at('x.yaml')}:${lineOf(text, 'colour: red')} facts[1]: unknown field(s) "colour", "answr"`]);
  });

  test('an unknown field in the source block', () => {
    const text = sourceText([factText('a')]).replace('  title:', '  author: someone\n  title:');
    const { at, result } = load({ 'x.yaml': text });
    expect(messages(result)).toEqual([`${at('x.yaml')}:${lineOf(text, 'author: someone')} source: unknown field(s) "author"`]);
  });

  test('a fact with 2 questions (flow style): at the line of `questions:`', () => {
    const text = sourceText([factText('a'), factText('b')]).replace(
      /questions:\n {6}- What is b one\?\n {6}- What is b two\?\n {6}- What is b three\?\n/,
      'questions: [What is b one?, What is b two?]\n',
    );
    const { at, result } = load({ 'x.yaml': text });
    expect(messages(result)).toEqual([`${at('x.yaml')}:${lineOf(text, 'questions: [What is b one?')} facts[1].questions: expected at least 3 entries`]);
  });

  test('a fact with 2 questions (block style): at the line of `questions:`', () => {
    // The brief and knowledge/README.md locate this error at the `questions:` key.
    const text = sourceText([factText('a'), factText('b', { questions: ['What is b one?', 'What is b two?'] })]);
    const { at, result } = load({ 'x.yaml': text });
    expect(messages(result)).toEqual([`${at('x.yaml')}:${lineOf(text, 'questions:', 2)} facts[1].questions: expected at least 3 entries`]);
  });

  test('wrong types, each at its own line', () => {
    const text = [
      'source:',
      '  id: s1',
      '  title: T',
      '  description: D',
      '  paragraphs: many', // 5
      'facts:',
      '  - id: a',
      '    answer: 42', // 8
      '    questions: Where is it?', // 9
      '    keywords: [ok, true]', // 10 (a bare number is read as its word; see knowledge-schema.test.ts)
      '    citation:',
      '      source: s1',
      '      paragraphs: ["one"]', // 13
      '',
    ].join('\n');
    const { at, result } = load({ 'x.yaml': text });
    const f = at('x.yaml');
    expect(messages(result)).toEqual([
      `${f}:5 source.paragraphs: Invalid input: expected number, received string`,
      `${f}:8 facts[0].answer: Invalid input: expected string, received number`,
      `${f}:9 facts[0].questions: Invalid input: expected array, received string`,
      `${f}:10 facts[0].keywords[1]: Invalid input: expected string, received boolean`,
      `${f}:13 facts[0].citation.paragraphs[0]: Invalid input: expected number, received string`,
    ]);
  });

  test('an answer over 2000 characters and an empty question', () => {
    const text = sourceText([factText('a', { questions: ['Fine?', '""', 'Also fine?'] }).replace('The answer of a.', 'x'.repeat(2001))]);
    const { at, result } = load({ 'x.yaml': text });
    expect(messages(result)).toEqual([
      `${at('x.yaml')}:${lineOf(text, 'xxxx')} facts[0].answer: expected at most 2000 characters`,
      `${at('x.yaml')}:${lineOf(text, '- ""')} facts[0].questions[1]: expected non-empty text`,
    ]);
  });

  test.each(['Bad_Id', 'UPPER', 'with space', 'trailing-', '-leading', 'double--dash'])('a bad id format: %j', (bad) => {
    const text = sourceText([factText('ok'), factText('placeholder')]).replace('id: placeholder', `id: "${bad}"`);
    const { at, result } = load({ 'x.yaml': text });
    expect(messages(result)).toEqual([
      `${at('x.yaml')}:${lineOf(text, `id: "${bad}"`)} facts[1].id: expected a lowercase id of letters, digits and dashes (e.g. "beylikova-location")`,
    ]);
  });

  test('a bad tag and a bad related id use the id format too', () => {
    const text = sourceText([factText('a', { extra: '    tags: [Geography]\n    related:\n      - Not An Id\n' })]);
    const { at, result } = load({ 'x.yaml': text });
    const msg = 'expected a lowercase id of letters, digits and dashes (e.g. "beylikova-location")';
    expect(messages(result)).toEqual([
      `${at('x.yaml')}:${lineOf(text, 'tags:')} facts[0].tags[0]: ${msg}`,
      `${at('x.yaml')}:${lineOf(text, '- Not An Id')} facts[0].related[0]: ${msg}`,
    ]);
  });

  test('missing required fields (answer, citation) are reported at the line of the fact', () => {
    const text = sourceText([factText('a'), '  - id: b\n    questions: [One b?, Two b?, Three b?]\n']);
    const { at, result } = load({ 'x.yaml': text });
    const line = lineOf(text, '- id: b');
    expect(messages(result)).toEqual([
      `${at('x.yaml')}:${line} facts[1].answer: required field is missing (expected string)`,
      `${at('x.yaml')}:${line} facts[1].citation: required field is missing (expected object)`,
    ]);
  });

  test('a citation without paragraphs', () => {
    const text = sourceText([factText('a')]).replace('      paragraphs: [1]\n', '');
    const { at, result } = load({ 'x.yaml': text });
    expect(messages(result)).toEqual([`${at('x.yaml')}:${lineOf(text, 'citation:')} facts[0].citation.paragraphs: required field is missing (expected array)`]);
  });
});

describe('cross-file checks', () => {
  test('a duplicate fact id across two files names both locations', () => {
    const x = sourceText([factText('first'), factText('shared')], { id: 's1' });
    const y = sourceText([factText('other', { source: 's2' }), factText('shared', { source: 's2', questions: ['Y one?', 'Y two?', 'Y three?'] })], { id: 's2' });
    const { at, result } = load({ 'x.yaml': x, 'y.yaml': y });
    expect(messages(result)).toEqual([
      `${at('y.yaml')}:${lineOf(y, '- id: shared')} facts[1].id: duplicate fact id "shared" (also at ${at('x.yaml')}:${lineOf(x, '- id: shared')})`,
    ]);
  });

  test('a duplicate source id across two files names both locations', () => {
    const x = sourceText([factText('a')], { id: 's1' });
    const y = sourceText([factText('b')], { id: 's1' });
    const { at, result } = load({ 'x.yaml': x, 'y.yaml': y });
    expect(messages(result)).toEqual([`${at('y.yaml')}:2 source.id: duplicate source id "s1" (also in ${at('x.yaml')}:2)`]);
  });

  test('an unknown `related` id, and a fact related to itself, at the lines of the entries', () => {
    const text = sourceText([factText('a'), factText('b', { extra: '    related:\n      - a\n      - no-such-fact\n      - b\n' })]);
    const { at, result } = load({ 'x.yaml': text });
    expect(messages(result)).toEqual([
      `${at('x.yaml')}:${lineOf(text, '- no-such-fact')} facts[1].related[1]: unknown fact id "no-such-fact"`,
      `${at('x.yaml')}:${lineOf(text, '      - b')} facts[1].related[2]: a fact cannot be related to itself`,
    ]);
  });

  test('`related` may point at a fact in another file', () => {
    const x = sourceText([factText('a', { extra: '    related: [b]\n' })], { id: 's1' });
    const y = sourceText([factText('b', { source: 's1', extra: '    related: [a]\n' })], { id: 's2' });
    const k = loadOk(writeKnowledge({ 'bot.yaml': MINI_BOT, 'x.yaml': x, 'y.yaml': y }));
    expect(k.facts.map((f) => [f.id, f.related])).toEqual([
      ['a', ['b']],
      ['b', ['a']],
    ]);
  });

  test('an unknown citation source', () => {
    const text = sourceText([factText('a'), factText('b', { source: 'nowhere' })]);
    const { at, result } = load({ 'x.yaml': text });
    expect(messages(result)).toEqual([`${at('x.yaml')}:${lineOf(text, 'source: nowhere')} facts[1].citation.source: unknown source id "nowhere"`]);
  });

  test('a paragraph beyond source.paragraphs (and paragraph 0)', () => {
    const text = sourceText([factText('a', { paragraphs: '[1, 5]' }), factText('b', { paragraphs: '[5, 6, 0]' })], { paragraphs: 5 });
    const { at, result } = load({ 'x.yaml': text });
    expect(messages(result)).toEqual([
      `${at('x.yaml')}:${lineOf(text, '[5, 6, 0]')} facts[1].citation.paragraphs[2]: expected a paragraph number from 1`,
    ]);
    const fixed = text.replace('[5, 6, 0]', '[5, 6]');
    const again = load({ 'x.yaml': fixed });
    expect(messages(again.result)).toEqual([
      `${again.at('x.yaml')}:${lineOf(fixed, '[5, 6]')} facts[1].citation.paragraphs[1]: paragraph 6 is past the end of source "s1" (5 paragraphs)`,
    ]);
  });

  test('the same question in two facts, differing only in case and punctuation', () => {
    const text = sourceText([
      factText('a', { questions: ['Where is the deposit?', 'A two?', 'A three?'] }),
      factText('b', { questions: ['B one?', 'WHERE is the  deposit!!', 'B three?'] }),
    ]);
    const { at, result } = load({ 'x.yaml': text });
    expect(messages(result)).toEqual([
      `${at('x.yaml')}:${lineOf(text, 'WHERE is the')} facts[1].questions[1]: the same question is also a phrasing of fact "a"`,
    ]);
  });

  test('the same question twice in one fact is tolerated', () => {
    const text = sourceText([factText('a', { questions: ['Where is it?', 'where is it', 'A three?'] })]);
    expect(load({ 'x.yaml': text }).result.ok).toBe(true);
  });

  test('no `bot:` file', () => {
    const { dir, result } = load({ 'x.yaml': sourceText([factText('a')]) }, { 'synonyms.yaml': MINI_SYNONYMS });
    expect(messages(result)).toEqual([`${dir}: no file with a top-level "bot:" key (the bot's help and fallback texts)`]);
  });

  test('two `bot:` files', () => {
    const { at, result } = load({ 'x.yaml': sourceText([factText('a')]), 'more/bot-copy.yaml': MINI_BOT });
    expect(messages(result)).toEqual([`${at('more/bot-copy.yaml')}:1 bot: a second "bot:" file (the first is ${at('bot.yaml')}); keep exactly one`]);
  });

  test('a word in two synonym groups (across files, accents folded)', () => {
    const { at, result } = load({ 'x.yaml': sourceText([factText('a')]), 'zz-more.yaml': 'synonyms:\n  - [car, automobile]\n  - [turkiye, turkish]\n' });
    expect(messages(result)).toEqual([
      `${at('zz-more.yaml')}:3 synonyms[1]: "turkiye" is also in the group of "turkey" (${at('synonyms.yaml')}:2), counting word forms as one ("mine" = "mining"); a word may belong to one group only`,
    ]);
  });

  test('a synonym written with dots that reads as a stop word ("u.s." is "us") names the file, line and what to write instead', () => {
    const { at, result } = load({ 'x.yaml': sourceText([factText('a')]), 'zz-more.yaml': 'synonyms:\n  - [united states, u.s., usa, information]\n' });
    // ("information" is a stop word written as itself: harmless, and allowed.)
    expect(messages(result)).toEqual([
      `${at('zz-more.yaml')}:2 synonyms[0]: "u.s." reads as "us", a word questions use in every sense (a stop word): as a synonym it would give every "us" the meaning of "united states"; write it as a phrase ("the us") or leave it out`,
    ]);
  });

  test('word forms count as one word: "mining" clashes with "mine"', () => {
    const { at, result } = load({ 'x.yaml': sourceText([factText('a')]), 'zz-more.yaml': 'synonyms:\n  - [mine, pit]\n  - [mining, extraction]\n' });
    expect(messages(result)).toEqual([
      `${at('zz-more.yaml')}:3 synonyms[1]: "mining" is also in the group of "mine" (${at('zz-more.yaml')}:2), counting word forms as one ("mine" = "mining"); a word may belong to one group only`,
    ]);
  });

  test('a synonym group with one entry', () => {
    const { at, result } = load({ 'x.yaml': sourceText([factText('a')]), 'zz-more.yaml': 'synonyms:\n  - [car, automobile]\n  - [lonely]\n' });
    expect(messages(result)).toEqual([`${at('zz-more.yaml')}:3 synonyms[1]: expected at least 2 entries`]);
  });

  test('errors from several files are all reported, not just the first', () => {
    const { at, result } = load({
      'a.yaml': 'source:\n  id: s1\n  title: x: y\n',
      'b.yaml': sourceText([factText('b', { source: 'zzz' })], { id: 's2' }),
    });
    expect(messages(result)).toEqual([
      `${at('a.yaml')}:3: YAML: Nested mappings are not allowed in compact mappings`,
      `${at('b.yaml')}:${lineOf(sourceText([factText('b', { source: 'zzz' })], { id: 's2' }), 'source: zzz')} facts[0].citation.source: unknown source id "zzz"`,
    ]);
  });
});

describe('the folder', () => {
  test('a missing folder', () => {
    const dir = path.join(makeTempDir(), 'does-not-exist');
    expect(messages(loadKnowledge(dir))).toEqual([`${dir}: folder not found`]);
  });

  test('a path that is a file, not a folder', () => {
    const dir = writeKnowledge({ 'bot.yaml': MINI_BOT });
    const file = path.join(dir, 'bot.yaml');
    expect(messages(loadKnowledge(file))).toEqual([`${file}: not a folder`]);
  });

  test('an empty folder, and one with no YAML files', () => {
    const empty = makeTempDir();
    expect(messages(loadKnowledge(empty))).toEqual([`${empty}: no .yaml files found`]);
    const other = writeKnowledge({ 'README.md': '# notes\n', 'data.json': '{}' });
    expect(messages(loadKnowledge(other))).toEqual([`${other}: no .yaml files found`]);
  });

  test('a file over MAX_FILE_BYTES is refused without being read', () => {
    const { dir } = load({ 'x.yaml': sourceText([factText('a')]) });
    const big = path.join(dir, 'huge.yaml');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_FILE_BYTES + 1); // sparse: no 8 MB written
    expect(messages(loadKnowledge(dir))).toEqual([`${big}: file is ${MAX_FILE_BYTES + 1} bytes; the limit is ${MAX_FILE_BYTES}`]);
  });

  test('files and folders starting with "_" or "." are skipped; .yml and sub-folders are read', () => {
    const broken = 'this: [is: not valid yaml\n';
    const dir = writeKnowledge({
      'bot.yaml': MINI_BOT,
      'synonyms.yml': MINI_SYNONYMS,
      'sources/mini-report.YAML': miniFiles()['mini-report.yaml']!,
      '_drafts/wip.yaml': broken,
      '_draft.yaml': broken,
      '.hidden.yaml': broken,
      '.git/config.yaml': broken,
      'sources/_old/old.yaml': broken,
      'notes.txt': broken,
    });
    const k = loadOk(dir);
    expect(k.files.map((f) => path.relative(dir, f.file)).sort()).toEqual(['bot.yaml', 'sources/mini-report.YAML', 'synonyms.yml']);
    expect(k.synonyms[0]).toEqual(['turkey', 'türkiye']);
    expect(k.facts.map((f) => f.id)).toContain('deposit-location');
  });

  test('loaded facts carry their file and line; the fingerprint follows the text', () => {
    const files = miniFiles();
    const dir = writeKnowledge(files);
    const k = loadOk(dir);
    const loc = k.facts.find((f) => f.id === 'byd-factory')!;
    expect(loc.file).toBe(path.join(dir, 'mini-report.yaml'));
    expect(loc.line).toBe(lineOf(files['mini-report.yaml']!, '- id: byd-factory'));
    expect(k.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(loadOk(dir).fingerprint).toBe(k.fingerprint);
    fs.appendFileSync(path.join(dir, 'bot.yaml'), '# a comment\n');
    expect(loadOk(dir).fingerprint).not.toBe(k.fingerprint);
  });

  test('the real knowledge/ folder loads', () => {
    const result = loadKnowledge(REAL_KNOWLEDGE_DIR);
    if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
    const k = result.knowledge;
    expect(k.facts.length).toBeGreaterThan(0);
    expect(k.sources.size).toBeGreaterThan(0);
    expect(k.intents.some((i) => i.id === 'help')).toBe(true);
    const ids = new Set(k.facts.map((f) => f.id));
    expect(ids.size).toBe(k.facts.length);
    for (const f of k.facts) {
      expect(f.questions.length).toBeGreaterThanOrEqual(3);
      for (const r of f.related) expect(ids.has(r)).toBe(true);
      expect(k.sources.has(f.citation.source)).toBe(true);
    }
  });
});

describe('the loader never throws', () => {
  const bot = { file: '/k/bot.yaml', text: MINI_BOT };
  const checkResult = (r: LoadResult) => {
    if (r.ok) return;
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) {
      expect(typeof e.file).toBe('string');
      expect(Number.isInteger(e.line) && e.line >= 0).toBe(true);
      expect(typeof formatIssue(e)).toBe('string');
    }
  };

  test('arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkResult(buildKnowledge([{ file: '/k/x.yaml', text }, bot]));
      }),
      { numRuns: 300 },
    );
  });

  test('arbitrary YAML values under the known top-level keys', () => {
    const value = fc.anything({ maxDepth: 3, withNullPrototype: false, withBigInt: false, withMap: false, withSet: false, withTypedArray: false, withSparseArray: false, withBoxedValues: false, withObjectString: false });
    const fact = fc.record(
      {
        id: fc.oneof(fc.constantFrom('a', 'b', 'Bad Id', 'a-b'), value),
        answer: fc.oneof(fc.string(), value),
        questions: fc.oneof(fc.array(fc.string(), { maxLength: 5 }), value),
        related: fc.oneof(fc.array(fc.constantFrom('a', 'b', 'c')), value),
        citation: fc.oneof(fc.record({ source: fc.constantFrom('s1', 's2'), paragraphs: fc.array(fc.integer({ min: -2, max: 12 })) }), value),
      },
      { requiredKeys: [] },
    );
    const doc = fc.oneof(
      fc.record({ source: fc.oneof(fc.constant({ id: 's1', title: 'T', description: 'D', paragraphs: 10 }), value), facts: fc.oneof(fc.array(fact, { maxLength: 4 }), value) }),
      fc.record({ synonyms: fc.oneof(fc.array(fc.array(fc.string(), { maxLength: 3 }), { maxLength: 3 }), value) }),
      fc.record({ bot: value, intents: value }),
      value,
    );
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 3 }), (docs) => {
        const texts = docs.map((d, i) => {
          let text: string;
          try {
            text = stringify(d) ?? '';
          } catch {
            text = String(d);
          }
          return { file: `/k/f${i}.yaml`, text };
        });
        checkResult(buildKnowledge([...texts, bot]));
      }),
      { numRuns: 300 },
    );
  });

  test('odd folder contents: a directory named like a YAML file, binary garbage, a BOM', () => {
    const dir = writeKnowledge({
      'bot.yaml': `\uFEFF${MINI_BOT}`,
      'garbage.yaml': '\u0000\u0001\uFFFD\u00ff binary',
      'dir.yaml/inner.yml': 'synonyms:\n  - [a1, a2]\n',
    });
    const r = loadKnowledge(dir);
    // Valid UTF-8, but NUL is no character of YAML: one line for the file, not a parse of the bytes.
    expect(messages(r)).toEqual([`${path.join(dir, 'garbage.yaml')}: not YAML text: it holds U+0000, a character YAML does not allow (a binary file?)`]);
  });
});

describe('out-of-scope questions', () => {
  test('an out_of_scope file lists questions the bot should decline; they reach the knowledge and calibration', () => {
    const dir = writeKnowledge(miniFiles({ 'out-of-scope.yaml': 'out_of_scope:\n  - How much will the refinery cost?\n  - Who is the CEO of BYD?\n' }));
    const r = loadKnowledge(dir);
    expect(r.ok ? r.knowledge.outOfScope : r.errors).toEqual(['How much will the refinery cost?', 'Who is the CEO of BYD?']);
  });

  test('a question both out of scope and a phrasing of a fact is refused, with file and line', () => {
    const dir = writeKnowledge(miniFiles({ 'out-of-scope.yaml': 'out_of_scope:\n  - How much will the refinery cost?\n  - where is the DEPOSIT\n' }));
    const r = loadKnowledge(dir);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map(formatIssue)).toEqual([`${path.join(dir, 'out-of-scope.yaml')}:3 out_of_scope[1]: "where is the DEPOSIT" is a phrasing of fact "deposit-location"; a question is either answered or out of scope`]);
  });

  test('a malformed out_of_scope file names file, line and field', () => {
    const dir = writeKnowledge(miniFiles({ 'out-of-scope.yaml': 'out_of_scope:\n  - ok question\n  - 42\n' }));
    const r = loadKnowledge(dir);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map(formatIssue)[0]).toMatch(/out-of-scope\.yaml:3 out_of_scope\[1\]: /);
  });
});

describe('symbolic links in the knowledge folder', () => {
  /** Makes `link` a symbolic link whose text is `target` (relative links resolve from the link's folder). */
  const link = (target: string, at: string) => {
    fs.mkdirSync(path.dirname(at), { recursive: true });
    fs.symlinkSync(target, at);
  };

  test('a Kubernetes ConfigMap layout loads: each file a link into ..data, itself a link to the version folder', () => {
    // What a ConfigMap volume looks like: the files live in a hidden, timestamped folder.
    const dir = makeTempDir();
    const files = miniFiles();
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.join(dir, '..2024_01_01_00_00_00.123'), { recursive: true });
      fs.writeFileSync(path.join(dir, '..2024_01_01_00_00_00.123', name), text);
      link(`..data/${name}`, path.join(dir, name));
    }
    link('..2024_01_01_00_00_00.123', path.join(dir, '..data'));
    const k = loadOk(dir);
    expect(k.files.map((f) => f.file)).toEqual(['bot.yaml', 'mini-report.yaml', 'synonyms.yaml'].map((f) => path.join(dir, f)));
    expect(k.facts.map((f) => f.id)).toContain('deposit-location');
    // An update swaps ..data to a new version folder: the same links now read the new files.
    fs.mkdirSync(path.join(dir, '..2024_01_02_00_00_00.456'));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, '..2024_01_02_00_00_00.456', name), text.replace('Eskişehir in central', 'Eskişehir, central'));
    fs.unlinkSync(path.join(dir, '..data'));
    link('..2024_01_02_00_00_00.456', path.join(dir, '..data'));
    const updated = loadOk(dir);
    expect(updated.facts.find((f) => f.id === 'deposit-location')!.answer).toContain('Eskişehir, central');
    expect(updated.fingerprint).not.toBe(k.fingerprint);
  });

  test('a link to a folder outside is read like a folder, a link to a file like the file', () => {
    const outside = writeKnowledge({ 'sources/mini-report.yaml': MINI_SOURCE_TEXT(), 'bot.yaml': MINI_BOT });
    const dir = writeKnowledge({ 'synonyms.yaml': MINI_SYNONYMS });
    link(path.join(outside, 'sources'), path.join(dir, 'shared'));
    link(path.join(outside, 'bot.yaml'), path.join(dir, 'bot.yaml'));
    const k = loadOk(dir);
    expect(k.files.map((f) => path.relative(dir, f.file)).sort()).toEqual(['bot.yaml', path.join('shared', 'mini-report.yaml'), 'synonyms.yaml']);
    expect(k.facts.find((f) => f.id === 'deposit-location')!.file).toBe(path.join(dir, 'shared', 'mini-report.yaml'));
  });

  test('a broken link is reported with where it points, not skipped', () => {
    const dir = writeKnowledge(miniFiles());
    link('drafts/gone.yaml', path.join(dir, 'gone.yaml'));
    expect(messages(loadKnowledge(dir))).toEqual([`${path.join(dir, 'gone.yaml')}: broken symbolic link: it points to "drafts/gone.yaml", which does not exist`]);
  });

  test('links that point at each other are a loop, named link by link', () => {
    const dir = writeKnowledge(miniFiles());
    link('b.yaml', path.join(dir, 'a.yaml'));
    link('a.yaml', path.join(dir, 'b.yaml'));
    const a = path.join(dir, 'a.yaml');
    const b = path.join(dir, 'b.yaml');
    expect(messages(loadKnowledge(dir))).toEqual([`${a}: symbolic link loop: ${a} -> ${b} -> ${a}`, `${b}: symbolic link loop: ${b} -> ${a} -> ${b}`]);
  });

  test('a link to a folder that contains it is a loop, named with the folder it leads back to', () => {
    const dir = writeKnowledge(miniFiles({ 'more/other.yaml': 'synonyms:\n  - [car, automobile]\n' }));
    const up = path.join(dir, 'more', 'up');
    link('..', up);
    // Without loop detection this would read dir/more/up/more/up/… until the path is too long.
    expect(messages(loadKnowledge(dir))).toEqual([`${up}: symbolic link loop: ${up} -> .. leads back to ${dir}, which contains it`]);
  });

  test('two links to one file: the second is reported, not read twice', () => {
    const dir = writeKnowledge(miniFiles());
    link('mini-report.yaml', path.join(dir, 'same-report.yaml'));
    expect(messages(loadKnowledge(dir))).toEqual([
      `${path.join(dir, 'same-report.yaml')}: the same file as ${path.join(dir, 'mini-report.yaml')} (through a symbolic link), so it would be read twice; keep one of them`,
    ]);
  });

  test('links whose names start with "." or "_" are skipped like files (ConfigMap\'s ..data is never read twice)', () => {
    const dir = writeKnowledge(miniFiles());
    link('mini-report.yaml', path.join(dir, '_copy.yaml'));
    link('nowhere', path.join(dir, '.hidden'));
    expect(loadOk(dir).files).toHaveLength(3);
  });
});

/** The mini source file, for tests that place it somewhere else. */
function MINI_SOURCE_TEXT(): string {
  return miniFiles()['mini-report.yaml']!;
}

describe('files that are not UTF-8 YAML text', () => {
  test('a binary file is one line naming the file: no line number, no bytes quoted', () => {
    const dir = writeKnowledge(miniFiles());
    // A PNG's signature and bytes that are no UTF-8 (0x80–0xFF alone), as an image saved as .yaml would be.
    const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256))]);
    fs.writeFileSync(path.join(dir, 'logo.yaml'), bytes);
    expect(messages(loadKnowledge(dir))).toEqual([
      `${path.join(dir, 'logo.yaml')}: not UTF-8 text, so not YAML: a binary file, or text saved in another encoding (save it as UTF-8)`,
    ]);
  });

  test('text saved in another encoding (Latin-1) is not UTF-8 either', () => {
    const dir = writeKnowledge(miniFiles());
    fs.writeFileSync(path.join(dir, 'latin1.yaml'), Buffer.from('synonyms:\n  - [turkey, türkiye]\n', 'latin1'));
    expect(messages(loadKnowledge(dir))).toEqual([
      `${path.join(dir, 'latin1.yaml')}: not UTF-8 text, so not YAML: a binary file, or text saved in another encoding (save it as UTF-8)`,
    ]);
  });

  test('valid UTF-8 full of control characters is one line too, whatever reaches the parser', () => {
    const text = `source:\n  id: s1\n${'\u0000\u0007\u001b[0m'.repeat(500)}\n`;
    const r = parseKnowledgeFile('/k/x.yaml', text);
    expect(r.ok ? [] : r.errors.map(formatIssue)).toEqual(['/k/x.yaml: not YAML text: it holds U+0000, a character YAML does not allow (a binary file?)']);
    // Tabs, line breaks, a BOM and any printable Unicode are text.
    expect(parseKnowledgeFile('/k/bot.yaml', `\uFEFF${MINI_BOT}\t\r\n# Eskişehir 🚗\n`).ok).toBe(true);
  });
});

describe('source.url', () => {
  const withUrl = (url: string) => sourceText([factText('a')]).replace('  title:', `  url: ${JSON.stringify(url)}\n  title:`);

  test.each([
    ['a path', '../shared/seeds/turkey-china-rare-earths.txt'],
    ['an absolute path', '/srv/reports/report.txt'],
    ['a file: URL', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['mailto:', 'mailto:news@example.com'],
    ['ftp:', 'ftp://example.com/report.txt'],
    ['no scheme', 'www.example.com/report'],
    ['no host', 'https://'],
    ['a scheme without slashes', 'http:example.com'],
    ['a space', 'https://example.com/the report'],
    ['a character that ends a Slack link', 'https://example.com/a|b'],
  ])('%s is refused at its line: %j', (_name, url) => {
    const text = withUrl(url);
    const { at, result } = load({ 'x.yaml': text });
    expect(messages(result)).toEqual([
      `${at('x.yaml')}:${lineOf(text, 'url:')} source.url: expected an absolute http:// or https:// link (e.g. "https://example.com/report"); leave \`url\` out when the source has no link`,
    ]);
  });

  test.each(['https://example.com/report?a=1&b=2#p5', 'http://example.org/x', 'HTTPS://Example.com/Report'])('an http(s) link is kept: %j', (url) => {
    const k = loadOk(writeKnowledge({ 'bot.yaml': MINI_BOT, 'x.yaml': withUrl(url) }));
    expect(k.sources.get('s1')!.url).toBe(url);
  });

  test('url is optional', () => {
    expect(loadOk(writeKnowledge({ 'bot.yaml': MINI_BOT, 'x.yaml': sourceText([factText('a')]) })).sources.get('s1')!.url).toBeUndefined();
  });
});

describe('times in the answers of a dated source', () => {
  /** A dated source file whose one fact has `answer` (written as a folded block, one line per array entry). */
  const datedText = (answer: string[], opts: { dated?: boolean } = {}) =>
    sourceText([factText('a').replace('    answer: The answer of a.\n', `    answer: >-\n${answer.map((l) => `      ${l}\n`).join('')}`)]).replace(
      '  description:',
      `${opts.dated === false ? '' : '  dated: true\n'}  description:`,
    );
  const relative = (phrase: string) =>
    `"${phrase}" is a time relative to when source "s1" was written (it is dated: true), so it reads as if the report were today; name the report in the same sentence ("…, according to the report", "the month before the report", "at the time of the report"), or give the date with its year`;

  test('each relative time of a sentence that does not name the report is reported, at the line it is on', () => {
    // "known" holds "now": the line must be that of the word itself.
    const text = datedText(['Turkey found the reserve two years ago.', 'In October, a delegation goes to China. The', 'minister spoke last month, according to the report. It is known', 'that it matters more now.']);
    const { at, result } = load({ 'x.yaml': text });
    const f = at('x.yaml');
    expect(messages(result)).toEqual([
      `${f}:${lineOf(text, 'two years ago')} facts[0].answer: ${relative('two years ago')}`,
      `${f}:${lineOf(text, 'In October')} facts[0].answer: ${relative('In October')}`,
      `${f}:${lineOf(text, 'matters more now')} facts[0].answer: ${relative('now')}`,
    ]);
  });

  test('an office in the present tense is reported; anchored to the report it is fine', () => {
    const text = datedText(['Fatih Kacır is Turkey\'s Minister of Industry. At the time of the report,', 'Alparslan Bayraktar was the Energy Minister.']);
    const { at, result } = load({ 'x.yaml': text });
    expect(messages(result)).toEqual([
      `${at('x.yaml')}:${lineOf(text, 'Fatih Kacır is')} facts[0].answer: "is Turkey's Minister" states an office in the present tense, true when source "s1" was written (it is dated: true) but perhaps not today; name the report in the same sentence ("…, according to the report", "the month before the report", "at the time of the report")`,
    ]);
  });

  test('anchored times, dates with a year and ordinary words load', () => {
    const text = datedText([
      'Two years before the report, Turkey found the reserve. The minister spoke in the',
      'month before the report. In October 2024 a delegation went; the presidents met in',
      'July, according to the report. Reply as soon as you can; it may rain. BYD Co. is big.',
    ]);
    expect(load({ 'x.yaml': text }).result.ok).toBe(true);
  });

  test('a source without `dated: true` is not held to the rule (a handbook\'s "currently" is timeless)', () => {
    expect(load({ 'x.yaml': datedText(['The library is currently open until 8 pm in December.'], { dated: false }) }).result.ok).toBe(true);
  });

  test('the rule follows the cited source, wherever the fact is written', () => {
    const dated = datedText(['Fine.']);
    const other = sourceText([factText('b', { source: 's1' }).replace('The answer of b.', 'Turkey recently found it.')], { id: 's2' });
    const { at, result } = load({ 'x.yaml': dated, 'y.yaml': other });
    expect(messages(result)).toEqual([`${at('y.yaml')}:${lineOf(other, 'recently')} facts[0].answer: ${relative('recently')}`]);
  });

  test.each([
    ['He spoke last month.', ['last month']],
    ['China has led for the past 30 years.', ['past 30 years']],
    ['Production starts next year, or this year; it is currently paused.', ['next year', 'this year', 'currently']],
    ['They met on Monday in July.', ['on Monday', 'in July']],
    ['The recent deal. The deal, according to the report, is recent.', ['recent']],
    ['BYD Co. is a big company. It signed recently.', ['recently']],
    ['The Energy Minister is Alparslan Bayraktar.', ['Minister is Alparslan']],
    ['Xi Jinping is the President of China.', ['is the President']],
    ['He is expected to head the delegation; the minister is expected to go.', []],
    ['Reply as soon as possible. It may rain. It was signed in October 2024.', []],
    ['For the three decades up to the report, China led.', []],
  ])('unanchoredTimes(%j)', (answer, phrases) => {
    expect(unanchoredTimes(answer).map((t) => t.phrase)).toEqual(phrases);
  });

  test('the curated source is dated, so its facts are checked (and pass)', () => {
    const k = loadOk(REAL_KNOWLEDGE_DIR);
    expect([...k.sources.values()].every((s) => s.dated === true)).toBe(true);
    expect(k.facts.flatMap((f) => unanchoredTimes(f.answer).map((t) => `${f.id}: ${t.phrase}`))).toEqual([]);
  });
});

describe('the documented example in knowledge/README.md', () => {
  const readme = fs.readFileSync(path.join(REAL_KNOWLEDGE_DIR, 'README.md'), 'utf8');
  /** The first ```yaml block after `heading`; throws when the README no longer has one, so a renamed heading fails the test. */
  const yamlBlockAfter = (heading: string): string => {
    const at = readme.indexOf(`\n${heading}\n`);
    if (at < 0) throw new Error(`knowledge/README.md has no heading ${JSON.stringify(heading)}`);
    const start = readme.indexOf('```yaml\n', at);
    const end = readme.indexOf('\n```', start + 8);
    if (start < 0 || end < 0) throw new Error(`no yaml block after ${JSON.stringify(heading)}`);
    return `${readme.slice(start + 8, end)}\n`;
  };

  test('the complete source-file example, copied with the bot-file example, passes the loader as it is', () => {
    const source = yamlBlockAfter('## A source file (complete example)');
    const dir = writeKnowledge({ 'example.yaml': source, 'bot.yaml': yamlBlockAfter("## The bot's own words") });
    const k = loadOk(dir);
    expect(k.facts.length).toBeGreaterThanOrEqual(2);
    // Every `related` id of the example is a fact of the example.
    const ids = new Set(k.facts.map((f) => f.id));
    expect(k.facts.flatMap((f) => f.related).filter((r) => !ids.has(r))).toEqual([]);
    // The example is of a dated source, so the time rule ran on it too.
    expect([...k.sources.values()][0]!.dated).toBe(true);
  });

  test('the synonym and out-of-scope examples load alongside it', () => {
    const dir = writeKnowledge({
      'example.yaml': yamlBlockAfter('## A source file (complete example)'),
      'bot.yaml': yamlBlockAfter("## The bot's own words"),
      'synonyms.yaml': yamlBlockAfter('## Synonyms'),
      'out-of-scope.yaml': yamlBlockAfter('## Questions the bot should decline'),
    });
    const k = loadOk(dir);
    expect(k.synonyms.length).toBeGreaterThan(0);
    expect(k.outOfScope!.length).toBeGreaterThan(0);
  });
});
