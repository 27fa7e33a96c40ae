/**
 * Live reload on real folders: file changes are picked up, validated and
 * swapped in; a broken, deleted or half-written file never leaves the bot
 * without good knowledge. The tests wait for the watcher's reload events
 * (bounded), never for fixed times.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { createBot, type Bot } from '../src/bot.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../src/engine/answer.ts';
import { describeReload, watchKnowledge, type KnowledgeWatcher, type ReloadOutcome, type WatchOptions } from '../src/knowledge/watch.ts';
import type { Logger } from '../src/log.ts';
import { consoleSession } from './helpers/console.ts';
import { MINI_BOT, MINI_SOURCE, kbOf, lineOf, makeTempDir, miniFiles, removeTempDirs, writeKnowledge } from './helpers/knowledge.ts';

afterAll(removeTempDirs);

const MOON =
  '  - id: moon-distance\n    answer: The moon is about 384,000 km away.\n    questions:\n' +
  '      - How far away is the moon?\n      - What is the distance to the moon?\n      - How many kilometres to the moon?\n' +
  '    citation:\n      source: mini-report\n      paragraphs: [1]\n';
const withMoon = (answer = 'The moon is about 384,000 km away.') => `${MINI_SOURCE}\n${MOON.replace('The moon is about 384,000 km away.', answer)}`;
const MOON_Q = 'How far away is the moon?';

const open: KnowledgeWatcher<KnowledgeBase>[] = [];
afterEach(() => {
  for (const w of open.splice(0)) w.close();
});

interface Harness {
  dir: string;
  watcher: KnowledgeWatcher<KnowledgeBase>;
  bot: Bot;
  outcomes: ReloadOutcome[];
  infos: { fields: Record<string, unknown>; message: string }[];
  warnings: { fields: Record<string, unknown>; message: string }[];
  /** Resolves with the first outcome from now on that satisfies `test` (rejects after `ms`). */
  until(test: (o: ReloadOutcome) => boolean, what: string, ms?: number): Promise<ReloadOutcome>;
  file(name: string): string;
  factOf(question: string): string | null;
}

/** Writes `files` into `dir` (created, with sub-folders), as `cp -r` would. */
function copyInto(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
}

/** A knowledge folder `kb` in a temp folder of its own, so that it can be replaced as a whole. */
function nestedKnowledge(files: Record<string, string> = miniFiles()): string {
  const dir = path.join(makeTempDir(), 'kb');
  copyInto(dir, files);
  return dir;
}

function start(
  files: Record<string, string> = miniFiles(),
  options: Partial<WatchOptions<KnowledgeBase>> = { debounceMs: 40, maxWaitMs: 400 },
  at: string = writeKnowledge(files),
): Harness {
  const dir = at;
  const infos: Harness['infos'] = [];
  const warnings: Harness['warnings'] = [];
  const logger: Logger = { info: (fields, message) => infos.push({ fields, message }), warn: (fields, message) => warnings.push({ fields, message }), error: () => {} };
  const watcher = watchKnowledge({ dir, initial: kbOf(dir), build: (k) => createKnowledgeBase(k), logger, ...options });
  open.push(watcher);
  const outcomes: ReloadOutcome[] = [];
  const waiters = new Set<(o: ReloadOutcome) => void>();
  watcher.onReload((o) => {
    outcomes.push(o);
    for (const w of [...waiters]) w(o);
  });
  const bot = createBot({ knowledge: watcher.current });
  return {
    dir,
    watcher,
    bot,
    outcomes,
    infos,
    warnings,
    until(test, what, ms = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no reload outcome "${what}" within ${ms} ms; got ${JSON.stringify(outcomes.map((o) => o.kind))}`));
        }, ms);
        const check = (o: ReloadOutcome) => {
          if (!test(o)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(o);
        };
        waiters.add(check);
      });
    },
    file: (name) => path.join(dir, name),
    factOf(question) {
      const r = bot.ask(question, { platform: 'cli' }).reply;
      return r.kind === 'fact' ? r.factId : null;
    },
  };
}

const reloaded = (o: ReloadOutcome) => o.kind === 'reloaded';
const failed = (o: ReloadOutcome) => o.kind === 'failed';

describe('live reload', () => {
  test('a valid edit is answered from within 2 seconds (default debounce)', async () => {
    const h = start(miniFiles(), {});
    expect(h.factOf(MOON_Q)).toBeNull();
    expect(h.factOf('How big is the deposit?')).toBe('deposit-size');
    const before = h.watcher.current();
    const wait = h.until(reloaded, 'reloaded');
    const t = performance.now();
    fs.writeFileSync(h.file('mini-report.yaml'), withMoon());
    const o = await wait;
    const elapsed = performance.now() - t;
    expect(elapsed).toBeLessThan(2000);
    expect(o).toMatchObject({ kind: 'reloaded', facts: 7, files: 3 });
    expect(h.watcher.current()).not.toBe(before);
    expect(h.factOf(MOON_Q)).toBe('moon-distance');
    expect(h.factOf('How big is the deposit?')).toBe('deposit-size');
  });

  test('an invalid edit keeps the last good knowledge and reports every error with file, line and field', async () => {
    const h = start();
    const good = h.watcher.current();
    // Two problems: a fact with too few questions and an unknown related id.
    const broken = MINI_SOURCE.replace('      - How large is the deposit?\n      - How much ore does the deposit hold?\n', '').replace(
      'related: [deposit-size]',
      'related: [no-such-fact]',
    );
    const wait = h.until(failed, 'failed');
    fs.writeFileSync(h.file('mini-report.yaml'), broken);
    const o = await wait;
    if (o.kind !== 'failed') throw new Error('unreachable');
    const shown = o.errors.map((e) => ({ file: path.basename(e.file), line: e.line, field: e.field }));
    expect(shown).toEqual(
      expect.arrayContaining([
        { file: 'mini-report.yaml', line: lineOf(broken, 'questions:', 2), field: 'facts[1].questions' },
      ]),
    );
    expect(h.watcher.current()).toBe(good);
    expect(h.factOf('How big is the deposit?')).toBe('deposit-size');
    // Logged: one line per problem (with its place), then a summary.
    for (const e of o.errors) expect(h.warnings).toContainEqual({ fields: { file: e.file, line: e.line, field: e.field }, message: expect.stringContaining(e.message) });
    expect(h.warnings.at(-1)?.message).toMatch(/still serving the last good knowledge/);

    // Fixed again: back to the version served, and that is said.
    const back = h.until((x) => x.kind === 'unchanged', 'unchanged');
    fs.writeFileSync(h.file('mini-report.yaml'), MINI_SOURCE);
    expect(await back).toMatchObject({ kind: 'unchanged', recovered: true });
    expect(h.watcher.current()).toBe(good);
  });

  test('a YAML syntax error (a half-written file) keeps the last good knowledge', async () => {
    const h = start();
    const good = h.watcher.current();
    const wait = h.until(failed, 'failed');
    fs.writeFileSync(h.file('mini-report.yaml'), MINI_SOURCE.slice(0, MINI_SOURCE.indexOf('answer: BYD') + 14) + '\n  - [');
    const o = await wait;
    expect(o.kind === 'failed' && o.errors[0]?.file.endsWith('mini-report.yaml')).toBe(true);
    expect(h.watcher.current()).toBe(good);
    expect(h.factOf('What is BYD building?')).toBe('byd-factory');
  });

  test('deleting files: an extra source goes away; deleting the bot file or every fact is refused', async () => {
    const extra = MINI_SOURCE.replace('id: mini-report', 'id: extra-report').replace(/- id: ([a-z-]+)/g, '- id: x-$1').replace(/source: mini-report/g, 'source: extra-report')
      .replace(/related: \[[^\]]*\]/g, 'related: []');
    const extraFacts = extra.replace(/questions:\n(\s+- .*\n)+/g, (m) => m.replace(/\?/g, ' really?'));
    const h = start({ ...miniFiles(), 'sub/extra.yaml': extraFacts });
    expect(h.watcher.current().facts).toHaveLength(12);

    let wait = h.until(reloaded, 'reloaded without the extra source');
    fs.rmSync(h.file('sub/extra.yaml'));
    expect(await wait).toMatchObject({ kind: 'reloaded', facts: 6 });

    const six = h.watcher.current();
    wait = h.until(failed, 'failed: no bot file');
    fs.rmSync(h.file('bot.yaml'));
    const noBot = await wait;
    expect(noBot.kind === 'failed' && noBot.errors.map((e) => e.message).join('\n')).toMatch(/no file with a top-level "bot:" key/);
    expect(h.watcher.current()).toBe(six);
    expect(h.factOf('Where is the deposit?')).toBe('deposit-location');

    wait = h.until((o) => o.kind !== 'failed', 'back');
    fs.writeFileSync(h.file('bot.yaml'), MINI_BOT);
    await wait;
    wait = h.until(failed, 'failed: no facts');
    fs.rmSync(h.file('mini-report.yaml'));
    const noFacts = await wait;
    expect(noFacts.kind === 'failed' && noFacts.errors[0]?.message).toMatch(/no facts/);
    expect(h.watcher.current()).toBe(six);
    expect(h.factOf('What is BYD building?')).toBe('byd-factory');
  });

  test('editors that save by renaming a temporary file over the original, or by moving the original away first', async () => {
    const h = start();
    let wait = h.until(reloaded, 'reloaded after rename-over');
    const tmp = h.file('.mini-report.yaml.tmp');
    fs.writeFileSync(tmp, withMoon());
    fs.renameSync(tmp, h.file('mini-report.yaml'));
    await wait;
    expect(h.factOf(MOON_Q)).toBe('moon-distance');

    // vim with backupcopy=no: the original is renamed to a backup, then the new text written.
    wait = h.until(reloaded, 'reloaded after backup-and-write');
    fs.renameSync(h.file('mini-report.yaml'), h.file('mini-report.yaml~'));
    fs.writeFileSync(h.file('mini-report.yaml'), withMoon('The moon is roughly 384,400 km from Earth.'));
    await wait;
    const reply = h.bot.ask(MOON_Q, { platform: 'cli' }).reply;
    expect(reply.answer).toBe('The moon is roughly 384,400 km from Earth.');
  });

  test('many rapid edits: few reloads, and the last version wins', async () => {
    const h = start();
    const last = 29;
    const done = h.until(() => h.bot.ask(MOON_Q, { platform: 'cli' }).reply.answer === `Version ${last} of the moon.`, 'the last version served');
    for (let i = 0; i <= last; i++) {
      // Every other write is half a file, as an editor's save in progress looks.
      const text = withMoon(`Version ${i} of the moon.`);
      fs.writeFileSync(h.file('mini-report.yaml'), i % 2 === 1 && i !== last ? text.slice(0, text.length / 2) : text);
      await new Promise<void>((r) => setImmediate(r));
    }
    await done;
    const reloads = h.outcomes.filter(reloaded).length;
    expect(reloads).toBeGreaterThanOrEqual(1);
    expect(reloads).toBeLessThanOrEqual(3);
    expect(h.factOf('Where is the deposit?')).toBe('deposit-location');
  });

  test('rewriting a file with the same text keeps the same knowledge object (indexes reused)', async () => {
    const h = start();
    const before = h.watcher.current();
    const wait = h.until((o) => o.kind === 'unchanged', 'unchanged');
    fs.writeFileSync(h.file('synonyms.yaml'), fs.readFileSync(h.file('synonyms.yaml')));
    expect(await wait).toMatchObject({ kind: 'unchanged', recovered: false });
    expect(h.watcher.current()).toBe(before);
  });

  test('a new sub-folder is watched too', async () => {
    const h = start();
    let wait = h.until(reloaded, 'reloaded with a new folder');
    fs.mkdirSync(h.file('more'));
    const extra = `source:\n  id: moon-report\n  title: Moon\n  description: About the moon.\n\nfacts:\n${MOON.replace('source: mini-report', 'source: moon-report')}`;
    fs.writeFileSync(h.file('more/moon.yaml'), extra);
    await wait;
    expect(h.factOf(MOON_Q)).toBe('moon-distance');
    wait = h.until(reloaded, 'reloaded after an edit in the new folder');
    fs.writeFileSync(h.file('more/moon.yaml'), extra.replace('The moon is about 384,000 km away.', 'Far away, 384,000 km.'));
    await wait;
    expect(h.bot.ask(MOON_Q, { platform: 'cli' }).reply.answer).toBe('Far away, 384,000 km.');
  });

  test('the console chat says when a change was not loaded, with the problems, and when it was', async () => {
    const h = start();
    const session = consoleSession(h.bot);
    await session.start();
    h.watcher.onReload((o) => {
      const notice = describeReload(o);
      if (notice) session.adapter.notify(notice);
    });
    const from = session.output().length;
    const broken = MINI_SOURCE.replace('      - How large is the deposit?\n', '').replace('      - How much ore does the deposit hold?\n', '');
    fs.writeFileSync(h.file('mini-report.yaml'), broken);
    const shown = await session.waitFor((t) => t.includes('NOT loaded'), from);
    await session.waitFor((t) => /facts\[1\]\.questions/.test(t), from);
    expect(session.output().slice(from)).toContain(`mini-report.yaml:${lineOf(broken, 'questions:', 2)} facts[1].questions:`);
    expect(shown).toContain('still answering from the last good version');
    expect(await session.type('How big is the deposit?')).toContain('694 million tonnes');

    const from2 = session.output().length;
    fs.writeFileSync(h.file('mini-report.yaml'), withMoon());
    await session.waitFor((t) => t.includes('Knowledge reloaded: 7 facts from 3 file(s).'), from2);
    expect(await session.type(MOON_Q)).toContain('384,000 km');
    session.input.end();
    await session.adapter.done;
  });
});

describe('live reload when the knowledge folder itself is replaced', () => {
  const answerOf = (h: Harness) => h.bot.ask(MOON_Q, { platform: 'cli' }).reply.answer;

  test('deleted, then copied back (rm -rf kb; cp -r …): the gap is logged, the copy loaded, later edits seen', async () => {
    const dir = nestedKnowledge();
    const h = start(miniFiles(), undefined, dir);
    const good = h.watcher.current();
    let wait = h.until(failed, 'failed: the folder is gone');
    fs.rmSync(dir, { recursive: true });
    await wait;
    expect(h.warnings).toContainEqual({ fields: { dir }, message: expect.stringMatching(/^knowledge folder is gone/) });
    expect(h.watcher.current()).toBe(good);
    expect(h.factOf('Where is the deposit?')).toBe('deposit-location');

    wait = h.until(reloaded, 'reloaded from the copy');
    copyInto(dir, { ...miniFiles(), 'mini-report.yaml': withMoon() });
    await wait;
    expect(h.infos).toContainEqual({ fields: { dir }, message: expect.stringMatching(/^knowledge folder is back/) });
    expect(h.factOf(MOON_Q)).toBe('moon-distance');

    wait = h.until(reloaded, 'reloaded after an edit in the copy');
    fs.writeFileSync(path.join(dir, 'mini-report.yaml'), withMoon('Edited in the copy.'));
    await wait;
    expect(answerOf(h)).toBe('Edited in the copy.');
  });

  test('deleted and copied back at once: the new folder is watched, not the deleted one', async () => {
    const dir = nestedKnowledge();
    const h = start(miniFiles(), undefined, dir);
    let wait = h.until(reloaded, 'reloaded from the copy');
    fs.rmSync(dir, { recursive: true });
    copyInto(dir, { ...miniFiles(), 'mini-report.yaml': withMoon() });
    await wait;
    expect(h.factOf(MOON_Q)).toBe('moon-distance');

    wait = h.until(reloaded, 'reloaded after an edit in the copy');
    fs.writeFileSync(path.join(dir, 'mini-report.yaml'), withMoon('Edited in the copy.'));
    await wait;
    expect(answerOf(h)).toBe('Edited in the copy.');
  });

  test('swapped by renames (mv kb kb.old; mv kb.new kb): the new folder is loaded and its edits seen', async () => {
    const dir = nestedKnowledge();
    const h = start(miniFiles(), undefined, dir);
    const next = `${dir}.new`;
    copyInto(next, { ...miniFiles(), 'mini-report.yaml': withMoon() });
    let wait = h.until(reloaded, 'reloaded after the swap');
    fs.renameSync(dir, `${dir}.old`);
    fs.renameSync(next, dir);
    await wait;
    expect(h.factOf(MOON_Q)).toBe('moon-distance');

    wait = h.until(reloaded, 'reloaded after an edit in the swapped-in folder');
    fs.writeFileSync(path.join(dir, 'mini-report.yaml'), withMoon('Edited after the swap.'));
    await wait;
    expect(answerOf(h)).toBe('Edited after the swap.');
  });

  test('a symbolic link to the folder replaced atomically (ln -s v2 kb.tmp; mv -T kb.tmp kb), as Kubernetes volumes do', async () => {
    const parent = makeTempDir();
    copyInto(path.join(parent, 'v1'), miniFiles());
    copyInto(path.join(parent, 'v2'), { ...miniFiles(), 'mini-report.yaml': withMoon() });
    const dir = path.join(parent, 'kb');
    fs.symlinkSync('v1', dir);
    const h = start(miniFiles(), undefined, dir);
    let wait = h.until(reloaded, 'reloaded after the link swap');
    fs.symlinkSync('v2', `${dir}.tmp`);
    fs.renameSync(`${dir}.tmp`, dir);
    await wait;
    expect(h.factOf(MOON_Q)).toBe('moon-distance');
    expect(h.infos).toContainEqual({ fields: { dir }, message: expect.stringMatching(/^knowledge folder replaced/) });

    wait = h.until(reloaded, 'reloaded after an edit in v2');
    fs.writeFileSync(path.join(parent, 'v2', 'mini-report.yaml'), withMoon('Edited in v2.'));
    await wait;
    expect(answerOf(h)).toBe('Edited in v2.');
  });

  test('a Kubernetes ConfigMap volume: the `..data` link swapped to a new version folder is loaded', async () => {
    // The layout kubelet writes: x.yaml -> ..data/x.yaml, ..data -> ..<timestamp>/, swapped by renaming ..data_tmp over ..data.
    const dir = path.join(makeTempDir(), 'kb');
    copyInto(path.join(dir, '..v1'), miniFiles());
    fs.symlinkSync('..v1', path.join(dir, '..data'));
    for (const name of Object.keys(miniFiles())) fs.symlinkSync(path.join('..data', name), path.join(dir, name));
    const h = start(miniFiles(), undefined, dir);
    expect(h.factOf(MOON_Q)).toBeNull();
    const wait = h.until(reloaded, 'reloaded after the ..data swap');
    copyInto(path.join(dir, '..v2'), { ...miniFiles(), 'mini-report.yaml': withMoon() });
    fs.symlinkSync('..v2', path.join(dir, '..data_tmp'));
    fs.renameSync(path.join(dir, '..data_tmp'), path.join(dir, '..data'));
    fs.rmSync(path.join(dir, '..v1'), { recursive: true });
    await wait;
    expect(h.factOf(MOON_Q)).toBe('moon-distance');
  });
});
