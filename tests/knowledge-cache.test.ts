/** The CLI's cache of validated knowledge: a hit equals a fresh load, any edit misses, trouble is harmless. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileKnowledgeCache } from '../src/knowledge/cache.ts';
import { loadKnowledge, type Knowledge, type KnowledgeCache } from '../src/knowledge/load.ts';
import { knowledgeSchema, loadedFactSchema } from '../src/knowledge/schema.ts';
import { makeTempDir, miniFiles, removeTempDirs, writeKnowledge } from './helpers/knowledge.ts';

afterAll(removeTempDirs);

/** Wraps a cache to count what it was asked. */
function counting(inner: KnowledgeCache) {
  const calls = { hits: 0, misses: 0, sets: 0 };
  const cache: KnowledgeCache = {
    get(f) {
      const k = inner.get(f);
      if (k) calls.hits++;
      else calls.misses++;
      return k;
    },
    set(f, k) {
      calls.sets++;
      inner.set(f, k);
    },
  };
  return { cache, calls };
}

const plain = (k: Knowledge) => JSON.parse(JSON.stringify({ ...k, sources: [...k.sources] })) as unknown;

describe('knowledge cache', () => {
  it('returns exactly what a fresh load returns, and misses after an edit', () => {
    const dir = writeKnowledge(miniFiles());
    const { cache, calls } = counting(fileKnowledgeCache(makeTempDir()));
    const first = loadKnowledge(dir, { cache });
    const second = loadKnowledge(dir, { cache });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(calls).toEqual({ hits: 1, misses: 1, sets: 1 });
    expect(second.knowledge.sources).toBeInstanceOf(Map);
    expect(plain(second.knowledge)).toEqual(plain(first.knowledge));

    const file = fs.readdirSync(dir).find((f) => f !== 'synonyms.yaml' && f !== 'smalltalk.yaml' && f.endsWith('.yaml'))!;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    fs.writeFileSync(path.join(dir, file), `${text}\n# edited\n`);
    const third = loadKnowledge(dir, { cache });
    expect(third.ok).toBe(true);
    expect(calls.misses).toBe(2);
  });

  it('never stores invalid knowledge, and a broken or unwritable cache only costs time', () => {
    const bad = writeKnowledge(miniFiles({ 'broken.yaml': 'source: [' }));
    const { cache, calls } = counting(fileKnowledgeCache(makeTempDir()));
    expect(loadKnowledge(bad, { cache }).ok).toBe(false);
    expect(loadKnowledge(bad, { cache }).ok).toBe(false);
    expect(calls).toEqual({ hits: 0, misses: 2, sets: 0 });

    // A cache "directory" that is a file: writes fail silently, loads still work.
    const notADir = path.join(makeTempDir(), 'file');
    fs.writeFileSync(notADir, 'x');
    const good = writeKnowledge(miniFiles());
    const unwritable = fileKnowledgeCache(notADir);
    expect(loadKnowledge(good, { cache: unwritable }).ok).toBe(true);
    expect(loadKnowledge(good, { cache: unwritable }).ok).toBe(true);

    // A corrupt entry is a miss, not a crash.
    const cacheDir = makeTempDir();
    const fileCache = fileKnowledgeCache(cacheDir);
    expect(loadKnowledge(good, { cache: fileCache }).ok).toBe(true);
    for (const f of fs.readdirSync(cacheDir)) fs.writeFileSync(path.join(cacheDir, f), '{not json');
    const again = counting(fileCache);
    expect(loadKnowledge(good, { cache: again.cache }).ok).toBe(true);
    expect(again.calls).toEqual({ hits: 0, misses: 1, sets: 1 });
  });

  it('paths in the knowledge are relative to the working directory, so an entry serves only the directory it was made in', () => {
    const dir = writeKnowledge(miniFiles());
    const { cache, calls } = counting(fileKnowledgeCache(makeTempDir()));
    const here = process.cwd();
    try {
      // Loaded from the folder's parent: files shown as "<folder>/x.yaml".
      process.chdir(path.dirname(dir));
      const fromParent = loadKnowledge(dir, { cache });
      // Loaded from elsewhere: the same files shown by their full path, not as the parent saw them.
      process.chdir(makeTempDir());
      const fromElsewhere = loadKnowledge(dir, { cache });
      // And from the parent again: a hit, with the parent's paths.
      process.chdir(path.dirname(dir));
      const again = loadKnowledge(dir, { cache });
      expect(fromParent.ok && fromElsewhere.ok && again.ok).toBe(true);
      if (!fromParent.ok || !fromElsewhere.ok || !again.ok) return;
      const files = (r: Knowledge) => r.facts.map((f) => f.file);
      expect(files(fromParent.knowledge).every((f) => f.startsWith(`${path.basename(dir)}${path.sep}`))).toBe(true);
      expect(files(fromElsewhere.knowledge).every((f) => path.isAbsolute(f) && f.startsWith(dir))).toBe(true);
      expect(files(again.knowledge)).toEqual(files(fromParent.knowledge));
      expect(calls).toEqual({ hits: 1, misses: 2, sets: 2 });
    } finally {
      process.chdir(here);
    }
  });

  it('checks an entry like any outside file: valid JSON of the wrong shape is a miss, never knowledge', () => {
    const good = writeKnowledge(miniFiles());
    const cacheDir = makeTempDir();
    const fileCache = fileKnowledgeCache(cacheDir);
    expect(loadKnowledge(good, { cache: fileCache }).ok).toBe(true);
    const [entry] = fs.readdirSync(cacheDir);
    const stored = JSON.parse(fs.readFileSync(path.join(cacheDir, entry!), 'utf8')) as { knowledge: { facts: { questions: unknown }[] } };
    // Same key, but a fact whose questions are not a list of strings.
    stored.knowledge.facts[0]!.questions = 42;
    fs.writeFileSync(path.join(cacheDir, entry!), JSON.stringify(stored));
    const again = counting(fileCache);
    const reloaded = loadKnowledge(good, { cache: again.cache });
    expect(again.calls).toEqual({ hits: 0, misses: 1, sets: 1 });
    expect(reloaded.ok && reloaded.knowledge.facts.every((f) => Array.isArray(f.questions))).toBe(true);
  });
});

/** The fields `shape` requires: those a value cannot leave out (read from the schema, so a field added to it is tested too). */
function requiredFields(shape: Record<string, { safeParse(value: unknown): { success: boolean } }>): string[] {
  return Object.entries(shape)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([name]) => name);
}

describe('knowledge cache: entries are checked with the knowledge schema', () => {
  /** A folder, a cache holding its entry, and a way to rewrite that entry's JSON and load again. */
  function withEntry() {
    const dir = writeKnowledge(miniFiles());
    const cacheDir = makeTempDir();
    const fileCache = fileKnowledgeCache(cacheDir);
    expect(loadKnowledge(dir, { cache: fileCache }).ok).toBe(true);
    const [name] = fs.readdirSync(cacheDir);
    const file = path.join(cacheDir, name!);
    const original = fs.readFileSync(file, 'utf8');
    return {
      /** Loads with the entry changed by `edit` (the JSON object as stored); how the cache answered. */
      loadEdited(edit: (entry: { key: string; knowledge: Record<string, unknown> & { facts: Record<string, unknown>[] } }) => void) {
        const entry = JSON.parse(original) as { key: string; knowledge: Record<string, unknown> & { facts: Record<string, unknown>[] } };
        edit(entry);
        fs.writeFileSync(file, JSON.stringify(entry));
        const { cache, calls } = counting(fileCache);
        const result = loadKnowledge(dir, { cache });
        expect(result.ok).toBe(true);
        fs.writeFileSync(file, original);
        return calls;
      },
    };
  }

  it('an unchanged entry is a hit (the rewriting below is not what makes the misses)', () => {
    expect(withEntry().loadEdited(() => {})).toEqual({ hits: 1, misses: 0, sets: 0 });
  });

  it('an entry missing any field the schema requires of knowledge is a miss', () => {
    const fields = requiredFields(knowledgeSchema.shape);
    expect(fields).toEqual(expect.arrayContaining(['sources', 'facts', 'synonyms', 'bot', 'intents', 'files', 'fingerprint']));
    const entry = withEntry();
    for (const field of fields) {
      expect(entry.loadEdited((e) => delete e.knowledge[field]), field).toEqual({ hits: 0, misses: 1, sets: 1 });
    }
  });

  it('an entry whose fact misses any field the schema requires of a loaded fact is a miss', () => {
    const fields = requiredFields(loadedFactSchema.shape);
    // Lists the file format defaults are required once loaded; file and line are the loader's.
    expect(fields).toEqual(expect.arrayContaining(['id', 'answer', 'questions', 'keywords', 'tags', 'related', 'citation', 'file', 'line']));
    const entry = withEntry();
    for (const field of fields) {
      expect(entry.loadEdited((e) => delete e.knowledge.facts[0]![field]), field).toEqual({ hits: 0, misses: 1, sets: 1 });
    }
  });

  it('an entry with a field the schema does not know (written by another version) is a miss', () => {
    const entry = withEntry();
    expect(entry.loadEdited((e) => (e.knowledge.extra = true))).toEqual({ hits: 0, misses: 1, sets: 1 });
    expect(entry.loadEdited((e) => (e.knowledge.facts[0]!.extra = true))).toEqual({ hits: 0, misses: 1, sets: 1 });
  });

  it('an entry whose sources are a plain object, or list one id twice, is a miss', () => {
    const entry = withEntry();
    expect(entry.loadEdited((e) => (e.knowledge.sources = Object.fromEntries(e.knowledge.sources as [string, unknown][])))).toEqual({ hits: 0, misses: 1, sets: 1 });
    expect(entry.loadEdited((e) => (e.knowledge.sources = [...(e.knowledge.sources as unknown[]), ...(e.knowledge.sources as unknown[])]))).toEqual({ hits: 0, misses: 1, sets: 1 });
  });

  it('knowledge the schema refuses is never stored', () => {
    const knowledge = loadKnowledge(writeKnowledge(miniFiles()));
    expect(knowledge.ok).toBe(true);
    if (!knowledge.ok) return;
    const cacheDir = makeTempDir();
    const cache = fileKnowledgeCache(cacheDir);
    const bad: Knowledge = { ...knowledge.knowledge, facts: knowledge.knowledge.facts.map((f) => ({ ...f, line: 0 })) };
    expect(() => cache.set('k', bad)).not.toThrow();
    expect(fs.readdirSync(cacheDir)).toEqual([]);
    expect(cache.get('k')).toBeUndefined();
    cache.set('k', knowledge.knowledge);
    expect(plain(cache.get('k')!)).toEqual(plain(knowledge.knowledge));
  });
});
