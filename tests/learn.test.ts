/**
 * `learn` as a real process (`node --import tsx src/cli.ts learn …`) on a
 * temporary copy of a small knowledge folder: one line added where it belongs,
 * every other byte kept, the change answered by `ask` and seen by a running
 * bot's live reload; every refusal exits 1 with one line and leaves every file
 * (and the folder's listing) exactly as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { createBot } from '../src/bot.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../src/engine/answer.ts';
import { watchKnowledge, type KnowledgeWatcher, type ReloadOutcome } from '../src/knowledge/watch.ts';
import { closeIds, learnOutOfScope, learnPhrasing, OUT_OF_SCOPE_FILE } from '../src/learn.ts';
import { runCliProcess } from './helpers/cli.ts';
import { MINI_SOURCE, REPO_ROOT, kbOf, makeTempDir, miniFiles, removeTempDirs, writeKnowledge } from './helpers/knowledge.ts';

afterAll(removeTempDirs);

/** The mini source with comments where an edit could lose them: before the list, after its last item, after the list. */
const COMMENTED_SOURCE = MINI_SOURCE.replace('facts:\n', '# Hand-curated facts; keep the answers short.\nfacts:\n  # --- the deposit itself ---\n').replace(
  '      - How much ore does the deposit hold?\n',
  '      - How much ore does the deposit hold?   # the tonnage question\n    # more phrasings welcome\n',
);

/** An out-of-scope file as a person wrote it. */
const OUT_OF_SCOPE = `# Asked, and not in the report.
out_of_scope:
  - What is the price of neodymium?   # asked weekly
# end of list
`;

/** A fresh copy of the small knowledge, with comments. */
function folder(extra: Record<string, string> = {}): string {
  return writeKnowledge(miniFiles({ 'mini-report.yaml': COMMENTED_SOURCE, ...extra }));
}

/** Every entry of a folder (hidden ones too: a temporary file left behind would show) with its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).sort().map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]));
}

const cli = (dir: string, ...args: string[]) => runCliProcess([...args, '--knowledge', dir]);
const askJson = async (dir: string, q: string) => JSON.parse((await cli(dir, 'ask', '--json', q)).stdout) as { kind: string; factId: string | null };

/** `after` is `before` with one line inserted; returns that line's 1-based number and text. */
function insertedLine(before: string, after: string): { line: number; text: string } {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length + 1);
  const i = a.findIndex((l, k) => l !== b[k]);
  const at = i === -1 ? a.length : i;
  expect([...b.slice(0, at), ...b.slice(at + 1)]).toEqual(a);
  return { line: at + 1, text: b[at]! };
}

const TONNAGE = 'What is the tonnage of Beylikova?';

describe('learn "question" --fact ID', () => {
  test('a label the knowledge writes ("Zone A", "Zone C") tells two questions apart, as the index reads them', async () => {
    const dir = makeTempDir();
    fs.cpSync(path.join(REPO_ROOT, 'tests', 'eval', 'kb', 'parking', 'knowledge'), dir, { recursive: true });
    // "What are the permit hours in Zone A?" is another fact's: without its letter, "permit hours zone" reads the same.
    const run = await cli(dir, 'learn', 'Permit hours for Zone C?', '--fact', 'zone-c-hours');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  test('adds one line to the fact’s questions, keeps every other byte, and the question is then answered with that fact', async () => {
    const dir = folder();
    const before = snapshot(dir);
    // The bot answers it with another fact today, so the answer below can only come from the learned question.
    expect((await askJson(dir, TONNAGE)).factId).not.toBe('deposit-size');

    const run = await cli(dir, 'learn', TONNAGE, '--fact', 'deposit-size');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const after = snapshot(dir);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of ['bot.yaml', 'synonyms.yaml']) expect(after[name]).toBe(before[name]);
    const added = insertedLine(before['mini-report.yaml']!, after['mini-report.yaml']!);
    expect(added.text).toBe(`      - ${TONNAGE}`);
    // Right after the last stored question (its trailing comment kept on its line), before the comment that follows the list.
    expect(after['mini-report.yaml']!.split('\n')[added.line - 2]).toBe('      - How much ore does the deposit hold?   # the tonnage question');
    expect(after['mini-report.yaml']!.split('\n')[added.line]).toBe('    # more phrasings welcome');
    expect(run.stdout.trim()).toBe(`Learned "${TONNAGE}" as a stored question of fact "deposit-size" (${path.join(dir, 'mini-report.yaml')}:${added.line}).`);

    expect(await askJson(dir, TONNAGE)).toMatchObject({ kind: 'fact', factId: 'deposit-size' });
  });

  test('a list written inline ([a, b, c]) gets one more item before its ]', async () => {
    const source = MINI_SOURCE.replace(
      '    questions:\n      - Will Turkey export rare earth elements?\n      - Does Turkey plan to sell rare earth elements abroad?\n      - Who will buy Turkey\'s rare earth elements?\n',
      "    questions: [Will Turkey export rare earth elements?, Does Turkey plan to sell rare earth elements abroad?, Who will buy Turkey's rare earth elements?]\n",
    );
    expect(source).not.toBe(MINI_SOURCE);
    const dir = writeKnowledge(miniFiles({ 'mini-report.yaml': source }));
    const run = await cli(dir, 'learn', 'Which countries, if any, buy them?', '--fact', 'turkey-exports');
    expect(run.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'mini-report.yaml'), 'utf8')).toBe(
      source.replace("Who will buy Turkey's rare earth elements?]", 'Who will buy Turkey\'s rare earth elements?, "Which countries, if any, buy them?"]'),
    );
  });
});

describe('learn "question" --out-of-scope', () => {
  test('creates knowledge/out-of-scope.yaml with a header when there is none, then appends to it; check loads them as out of scope', async () => {
    const dir = folder();
    const offTopicBefore = kbOf(dir).calibration.samples.offTopic;
    const first = await cli(dir, 'learn', 'Who is the chief executive of BYD?', '--out-of-scope');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const file = path.join(dir, OUT_OF_SCOPE_FILE);
    const created = fs.readFileSync(file, 'utf8');
    expect(created).toMatch(/^# Questions the bot should decline/);
    expect(created.endsWith('out_of_scope:\n  - Who is the chief executive of BYD?\n')).toBe(true);
    expect(first.stdout.trim()).toBe(`Marked "Who is the chief executive of BYD?" as out of scope (${file}:${created.split('\n').length - 1}, a new file).`);

    const second = await cli(dir, 'learn', 'How much does a tonne of neodymium cost?', '--out-of-scope');
    expect(second.code).toBe(0);
    expect(insertedLine(created, fs.readFileSync(file, 'utf8')).text).toBe('  - How much does a tonne of neodymium cost?');

    // `check` calibrates with every out-of-scope question among those to decline.
    const check = await cli(dir, 'check');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(`${offTopicBefore + 2} off-topic questions`);
  });

  test('appends to an existing out_of_scope: file, keeping its comments', async () => {
    const dir = folder({ 'extra/declined.yaml': OUT_OF_SCOPE });
    const run = await cli(dir, 'learn', 'Is lithium mined at Beylikova?', '--out-of-scope');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const after = fs.readFileSync(path.join(dir, 'extra/declined.yaml'), 'utf8');
    expect(after).toBe(OUT_OF_SCOPE.replace('# asked weekly\n', '# asked weekly\n  - Is lithium mined at Beylikova?\n'));
    expect(fs.existsSync(path.join(dir, OUT_OF_SCOPE_FILE))).toBe(false);
  });
});

describe('refusals: exit 1, one line naming the fact and file, every file unchanged', () => {
  const cases: [string, string[], RegExp[]][] = [
    ['an unknown fact id (close ids suggested)', ['learn', 'How heavy is it?', '--fact', 'deposit-sise'], [/No fact "deposit-sise"/, /did you mean "deposit-size"/]],
    ['a question another fact stores', ['learn', 'where is the DEPOSIT', '--fact', 'deposit-size'], [/already a stored question of fact "deposit-location" \(as "Where is the deposit\?"\) at .*mini-report\.yaml:\d+/, /one fact only/]],
    ['a question that reads as the same words as another fact\'s', ['learn', 'where is the deposit, please?', '--fact', 'deposit-size'], [/reads as the same words as "Where is the deposit\?", a stored question of fact "deposit-location"/, /could not tell them apart/]],
    ['a question the same fact has', ['learn', 'How big is the deposit', '--fact', 'deposit-size'], [/already a stored question of fact "deposit-size" .*mini-report\.yaml:\d+; nothing to learn/]],
    ['a question already out of scope', ['learn', 'what is the price of neodymium', '--fact', 'deposit-size'], [/is marked out of scope .* at .*declined\.yaml:3/]],
    ['out of scope twice', ['learn', 'What is the price of neodymium', '--out-of-scope'], [/already out of scope .* at .*declined\.yaml:3; nothing to record/]],
    ['out of scope, though a fact stores it', ['learn', 'Which city is the deposit near?', '--out-of-scope'], [/is a stored question of fact "deposit-location" at .*mini-report\.yaml:\d+; a question is either answered or out of scope/]],
    ['an empty question', ['learn', ' ?! ', '--fact', 'deposit-size'], [/The question is empty/]],
    ['a question too long to store', ['learn', `Why ${'really '.repeat(40)}?`, '--fact', 'deposit-size'], [/is 285 characters long; a stored question may have at most 200/]],
  ];
  test.each(cases)('%s', async (_name, args, expected) => {
    const dir = folder({ 'declined.yaml': OUT_OF_SCOPE });
    const before = snapshot(dir);
    const run = await cli(dir, ...args);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    for (const re of expected) expect(run.stderr).toMatch(re);
    expect(snapshot(dir)).toEqual(before);
  });

  test('a question of the eval set (--eval FILE; the curated folder’s own by default): eval questions stay unseen', async () => {
    const dir = folder();
    const evalFile = path.join(makeTempDir(), 'eval.yaml');
    fs.writeFileSync(evalFile, `answerable:\n  - { q: "${TONNAGE}", expect: deposit-size }\nout_of_scope:\n  - Who won the match?\n`);
    const before = snapshot(dir);
    const run = await cli(dir, 'learn', TONNAGE.toLowerCase(), '--fact', 'deposit-size', '--eval', evalFile);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^learn: "what is the tonnage of beylikova\?" is in the eval set .*eval\.yaml, whose questions must stay unseen/);
    expect(snapshot(dir)).toEqual(before);
  });

  test('a follow-up that does not stand on its own ("and when?", "peki neden?") is neither stored nor marked out of scope', async () => {
    const dir = folder();
    const before = snapshot(dir);
    for (const args of [['and when?', '--fact', 'deposit-size'], ['why?', '--out-of-scope'], ['peki neden?', '--fact', 'deposit-size']]) {
      const run = await cli(dir, 'learn', ...args);
      expect(run.code, args[0]).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^learn: "${args[0]!.replace('?', '\\?')}" does not stand on its own: people ask it after another question`));
    }
    expect(snapshot(dir)).toEqual(before);
    // The whole question is learned.
    const run = await cli(dir, 'learn', 'and how many tonnes is the deposit?', '--fact', 'deposit-size');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  test('a folder that does not validate as it is: nothing is added to it', async () => {
    const dir = folder({ 'broken.yaml': 'synonyms:\n  - [alone]\n' });
    const before = snapshot(dir);
    const run = await cli(dir, 'learn', TONNAGE, '--fact', 'deposit-size');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^learn: The knowledge at .* does not validate as it is \(1 problem, first: .*broken\.yaml:2 synonyms\[0\]: expected at least 2 entries\); fix it first/);
    expect(snapshot(dir)).toEqual(before);
  });

  test('neither --fact nor --out-of-scope, or both: a usage mistake (exit 2)', async () => {
    const dir = folder();
    for (const args of [['learn', 'a question'], ['learn', 'a question', '--fact', 'deposit-size', '--out-of-scope'], ['learn', '--out-of-scope']]) {
      const run = await cli(dir, ...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^Usage: learn "question" --fact ID, or learn "question" --out-of-scope\n/);
    }
  });
});

describe('files laid out otherwise (in-process)', () => {
  test('CRLF line endings, and a last line without a newline: the added line matches them', async () => {
    const crlf = COMMENTED_SOURCE.replace(/\n/g, '\r\n');
    const dir = folder({ 'mini-report.yaml': crlf, 'declined.yaml': 'out_of_scope:\n  - What is the price of neodymium?' });
    expect(await learnPhrasing(dir, TONNAGE, 'deposit-size')).toMatchObject({ ok: true });
    expect(fs.readFileSync(path.join(dir, 'mini-report.yaml'), 'utf8')).toBe(
      crlf.replace('# the tonnage question\r\n', `# the tonnage question\r\n      - ${TONNAGE}\r\n`),
    );
    expect(await learnOutOfScope(dir, 'Who owns BYD?')).toMatchObject({ ok: true, line: 3 });
    expect(fs.readFileSync(path.join(dir, 'declined.yaml'), 'utf8')).toBe('out_of_scope:\n  - What is the price of neodymium?\n  - Who owns BYD?\n');
  });

  test('a file reached through a symbolic link (a ConfigMap-style mount) is replaced at its target; the link stays', async () => {
    const dir = folder();
    const data = path.join(dir, '..data');
    fs.mkdirSync(data);
    fs.renameSync(path.join(dir, 'mini-report.yaml'), path.join(data, 'mini-report.yaml'));
    fs.symlinkSync(path.join('..data', 'mini-report.yaml'), path.join(dir, 'mini-report.yaml'));
    expect(await learnPhrasing(dir, TONNAGE, 'deposit-size')).toMatchObject({ ok: true });
    expect(fs.lstatSync(path.join(dir, 'mini-report.yaml')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(data, 'mini-report.yaml'), 'utf8')).toContain(`      - ${TONNAGE}\n`);
    expect(fs.readdirSync(data)).toEqual(['mini-report.yaml']);
  });

  test('an edit the loader would refuse (a character YAML does not allow) is not written', async () => {
    const dir = folder();
    const before = snapshot(dir);
    const r = await learnPhrasing(dir, 'Is the deposit \uFFFE large?', 'deposit-size');
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.error).toMatch(/^The edit would not validate, so nothing was written \(1 problem, first: .*mini-report\.yaml: not YAML text: it holds U\+FFFE/);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('a running bot', () => {
  const open: KnowledgeWatcher<KnowledgeBase>[] = [];
  afterEach(() => {
    for (const w of open.splice(0)) w.close();
  });

  test('answers a learned phrasing after its live reload, which never sees a half-written file', async () => {
    const dir = folder();
    const watcher = watchKnowledge({ dir, initial: kbOf(dir), build: (k) => createKnowledgeBase(k), debounceMs: 40, maxWaitMs: 400 });
    open.push(watcher);
    const outcomes: ReloadOutcome[] = [];
    const reloaded = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reload within 5 s; got ${JSON.stringify(outcomes.map((o) => o.kind))}`)), 5000);
      watcher.onReload((o) => {
        outcomes.push(o);
        if (o.kind === 'reloaded') {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const bot = createBot({ knowledge: watcher.current });
    const factOf = (q: string) => {
      const r = bot.ask(q, { platform: 'cli' }).reply;
      return r.kind === 'fact' ? r.factId : null;
    };
    expect(factOf(TONNAGE)).not.toBe('deposit-size');
    const r = await learnPhrasing(dir, TONNAGE, 'deposit-size');
    expect(r).toMatchObject({ ok: true, file: path.join(dir, 'mini-report.yaml') });
    await reloaded;
    expect(outcomes.filter((o) => o.kind === 'failed')).toEqual([]);
    expect(factOf(TONNAGE)).toBe('deposit-size');
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

describe('closeIds', () => {
  test('ids within a few edits, or containing what was typed; none for a stranger', () => {
    const ids = ['deposit-size', 'deposit-location', 'byd-factory', 'erdogan-xi'];
    expect(closeIds('deposit-sise', ids)).toEqual(['deposit-size']);
    expect(closeIds('byd', ids)).toEqual(['byd-factory']);
    expect(closeIds('lithium-price', ids)).toEqual([]);
  });
});
