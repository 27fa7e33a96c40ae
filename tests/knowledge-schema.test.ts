/**
 * One schema for loaded knowledge (`knowledgeSchema`, src/knowledge/schema.ts):
 * the loader's `Knowledge` and `LoadedFact` types are inferred from it, the
 * cache's entries are checked with it, and what the loader and the synthetic
 * builder make passes it. A change to the schema therefore reaches the loader's
 * type (tsc checks the type assertions below) and the cache's reads at once.
 */
import { afterAll, describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { cacheEntrySchema, sourcePairsCodec } from '../src/knowledge/cache.ts';
import type { Knowledge as LoadedKnowledge, KnowledgeCache, LoadedFact as LoadedFactOfLoader } from '../src/knowledge/load.ts';
import { knowledgeSchema, loadedFactSchema, type Source } from '../src/knowledge/schema.ts';
import { knowledgeFromSynthetic, synthesize } from '../src/synth.ts';
import { REAL_KNOWLEDGE_DIR, loadOk, miniFiles, removeTempDirs, writeKnowledge } from './helpers/knowledge.ts';

afterAll(removeTempDirs);

const source = (id: string): Source => ({ id, title: `Title of ${id}`, description: `About ${id}.` });

describe('the knowledge schema is the one description of Knowledge', () => {
  it("the loader's types and the cache's entries are the schema's types", () => {
    expectTypeOf<LoadedKnowledge>().toEqualTypeOf<z.infer<typeof knowledgeSchema>>();
    expectTypeOf<LoadedFactOfLoader>().toEqualTypeOf<z.infer<typeof loadedFactSchema>>();
    // What a cache read hands back is the same type, after the sources codec.
    expectTypeOf<z.output<typeof cacheEntrySchema>['knowledge']>().toEqualTypeOf<LoadedKnowledge>();
    expectTypeOf<ReturnType<KnowledgeCache['get']>>().toEqualTypeOf<LoadedKnowledge | undefined>();
  });

  it('what the loader returns passes the schema, for the shipped knowledge and a small folder', () => {
    for (const knowledge of [loadOk(REAL_KNOWLEDGE_DIR), loadOk(writeKnowledge(miniFiles()))]) {
      const checked = knowledgeSchema.safeParse(knowledge);
      expect(checked.success ? [] : checked.error.issues).toEqual([]);
      expect(checked.data).toEqual(knowledge);
    }
  });

  it('what the synthetic builder returns passes the schema', () => {
    const knowledge = knowledgeFromSynthetic(synthesize({ facts: 40, seed: 7 }));
    const checked = knowledgeSchema.safeParse(knowledge);
    expect(checked.success ? [] : checked.error.issues).toEqual([]);
    expect(knowledge.facts).toHaveLength(40);
  });

  it('a bare number among keywords ("keywords: [age, 17]", which YAML reads as 17) is the word, not an error', () => {
    const files = miniFiles();
    const source = files['mini-report.yaml']!.replace('keywords: [tonnes, size]', 'keywords: [tonnes, size, 694, 2.5]');
    expect(source).not.toBe(files['mini-report.yaml']);
    const fact = loadOk(writeKnowledge({ ...files, 'mini-report.yaml': source })).facts.find((f) => f.keywords.includes('tonnes'))!;
    expect(fact.keywords).toEqual(['tonnes', 'size', '694', '2.5']);
  });

  it('a loaded fact has every list: a default of the file format is not a default of loaded knowledge', () => {
    const fact = loadOk(writeKnowledge(miniFiles())).facts[0]!;
    for (const field of ['keywords', 'tags', 'related', 'file', 'line'] as const) {
      const { [field]: _dropped, ...rest } = fact;
      expect(loadedFactSchema.safeParse(rest).success, field).toBe(false);
    }
    expect(loadedFactSchema.safeParse({ ...fact, line: 0 }).success).toBe(false);
  });

  it('every source is kept under its own id', () => {
    const base = loadOk(writeKnowledge(miniFiles()));
    const [id, first] = [...base.sources][0]!;
    expect(knowledgeSchema.safeParse({ ...base, sources: new Map([[`${id}-other`, first]]) }).success).toBe(false);
  });
});

describe('sources: a Map in memory, [id, source] pairs in JSON', () => {
  it('decodes pairs to a Map and encodes it back to the same pairs', () => {
    const pairs: [string, Source][] = [
      ['report-a', source('report-a')],
      ['report-b', { ...source('report-b'), url: 'https://example.com/b', paragraphs: 4, dated: true }],
    ];
    const sources = z.decode(sourcePairsCodec, pairs);
    expect(sources).toBeInstanceOf(Map);
    expect([...sources.keys()]).toEqual(['report-a', 'report-b']);
    expect(sources.get('report-b')?.url).toBe('https://example.com/b');
    expect(z.encode(sourcePairsCodec, sources)).toEqual(pairs);
    // Through JSON text, as the cache stores it.
    expect(z.decode(sourcePairsCodec, JSON.parse(JSON.stringify(z.encode(sourcePairsCodec, sources))))).toEqual(sources);
  });

  it('refuses pairs a Map would silently lose or mislabel', () => {
    const twice = [['report-a', source('report-a')], ['report-a', source('report-a')]];
    expect(sourcePairsCodec.safeParse(twice).success).toBe(false);
    expect(sourcePairsCodec.safeParse([['report-b', source('report-a')]]).success).toBe(false);
    expect(sourcePairsCodec.safeParse([['report-a', { ...source('report-a'), url: 'docs/a.txt' }]]).success).toBe(false);
    expect(sourcePairsCodec.safeParse({ 'report-a': source('report-a') }).success).toBe(false);
  });

  it('a whole entry round-trips through JSON to knowledge equal to what was stored', () => {
    const knowledge = loadOk(writeKnowledge(miniFiles()));
    const text = JSON.stringify(z.encode(cacheEntrySchema, { key: 'k', knowledge }));
    const back = cacheEntrySchema.safeParse(JSON.parse(text));
    expect(back.success).toBe(true);
    expect(back.data?.knowledge).toEqual(knowledge);
    expect(back.data?.knowledge.sources).toBeInstanceOf(Map);
  });
});
