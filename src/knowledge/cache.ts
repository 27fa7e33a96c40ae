/**
 * A file cache of validated knowledge, so the CLI answers its first question
 * without parsing YAML again (a cold YAML parse of the curated files is most
 * of the CLI's start-up). Entries are keyed by the knowledge's fingerprint and
 * by this code's own version (the loader and schema sources), so a change to
 * either misses the cache. Failures to read or write it are ignored: the
 * cache only ever saves time.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { KnowledgeCache } from './load.ts';
import { knowledgeSchema, sourceSchema } from './schema.ts';
import { writeCacheFile } from '../cache-file.ts';

/**
 * Sources as an entry stores them: JSON has no Map, so `[id, source]` pairs.
 * Decoding checks the pairs (each id once) and then the Map against the
 * knowledge schema; encoding is the reverse.
 */
export const sourcePairsCodec = z.codec(
  z
    .array(z.tuple([z.string(), sourceSchema]))
    // A Map would keep only the last of two pairs with one id: a damaged entry, not knowledge.
    .refine((pairs) => new Set(pairs.map(([key]) => key)).size === pairs.length, 'expected every source id once'),
  knowledgeSchema.shape.sources,
  {
    decode: (pairs) => new Map(pairs),
    encode: (sources) => [...sources],
  },
);

/**
 * A cache entry: the knowledge schema itself, sources as pairs. It is checked
 * on read like any file from outside (it may be from a crashed write, a hand
 * edit or another version): anything amiss, a field the schema requires
 * missing or one it does not know, is a miss.
 */
export const cacheEntrySchema = z.strictObject({
  key: z.string(),
  knowledge: knowledgeSchema.extend({ sources: sourcePairsCodec }),
});

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Hash of the code that decides what valid knowledge is: the loader, the
 * schema, this file and the text handling that validation runs through
 * (phrasings are compared by `questionKey`, synonyms by stem), so a change to
 * any of them misses the cache instead of serving a stale "valid".
 */
function codeVersion(): string {
  const hash = createHash('sha256');
  for (const file of ['load.ts', 'schema.ts', 'cache.ts', '../text/normalize.ts', '../text/turkish.ts']) {
    try {
      hash.update(fs.readFileSync(path.join(here, file)));
    } catch {
      hash.update(file);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** A cache in `dir` (created on first write); keeps only the newest few entries. */
export function fileKnowledgeCache(dir: string, keep = 4): KnowledgeCache {
  const version = codeVersion();
  const fileFor = (key: string) => path.join(dir, `knowledge-${version}-${key.slice(0, 32)}.json`);
  return {
    get(key) {
      let raw: unknown;
      try {
        raw = JSON.parse(fs.readFileSync(fileFor(key), 'utf8'));
      } catch {
        return undefined;
      }
      const entry = cacheEntrySchema.safeParse(raw);
      if (!entry.success || entry.data.key !== key) return undefined;
      return entry.data.knowledge;
    },
    set(key, knowledge) {
      try {
        // Encoding checks the knowledge against the schema too, so what is stored is what a read accepts.
        const entry = z.encode(cacheEntrySchema, { key, knowledge });
        writeCacheFile(dir, path.basename(fileFor(key)), JSON.stringify(entry), 'knowledge-', keep);
      } catch {
        // A read-only checkout, a full disk or knowledge the schema refuses: start-up is slower, nothing else.
      }
    },
  };
}
