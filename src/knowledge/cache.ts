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
import { factSchema, smalltalkFileSchema, smalltalkIntentSchema, sourceSchema } from './schema.ts';

/**
 * A cache entry, checked on read like any file from outside (it may be from a
 * crashed write, a hand edit or another version): anything amiss is a miss.
 */
const entrySchema = z.strictObject({
  key: z.string(),
  knowledge: z.strictObject({
    sources: z.array(z.tuple([z.string(), sourceSchema])),
    facts: z.array(factSchema.extend({ file: z.string(), line: z.number().int() })),
    synonyms: z.array(z.array(z.string())),
    bot: smalltalkFileSchema.shape.bot,
    intents: z.array(smalltalkIntentSchema),
    outOfScope: z.array(z.string()).optional(),
    files: z.array(z.strictObject({ file: z.string(), bytes: z.number() })),
    fingerprint: z.string(),
  }),
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
  for (const file of ['load.ts', 'schema.ts', 'cache.ts', '../text/normalize.ts']) {
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
      const entry = entrySchema.safeParse(raw);
      if (!entry.success || entry.data.key !== key) return undefined;
      return { ...entry.data.knowledge, sources: new Map(entry.data.knowledge.sources) };
    },
    set(key, knowledge) {
      try {
        fs.mkdirSync(dir, { recursive: true });
        const tmp = `${fileFor(key)}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, JSON.stringify({ key, knowledge: { ...knowledge, sources: [...knowledge.sources] } }));
        fs.renameSync(tmp, fileFor(key));
        // Drop all but the newest entries.
        const entries = fs
          .readdirSync(dir)
          .filter((f) => f.startsWith('knowledge-') && f.endsWith('.json'))
          .map((f) => ({ f, t: fs.statSync(path.join(dir, f)).mtimeMs }))
          .sort((a, b) => b.t - a.t);
        for (const { f } of entries.slice(keep)) fs.rmSync(path.join(dir, f), { force: true });
      } catch {
        // A read-only checkout or a full disk: start-up is slower, nothing else.
      }
    },
  };
}
