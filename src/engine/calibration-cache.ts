/**
 * A file cache of calibrations, so a CLI run (or a restart) answers at once
 * instead of asking the knowledge its own questions again. Entries are keyed
 * by the knowledge's fingerprint (the hash of its files), the target, and the
 * engine's own code (every file the scores come from, and the settings), so
 * a change to any of them misses. Failures to read or write are ignored: the
 * cache only ever saves time.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Knowledge } from '../knowledge/load.ts';
import type { CalibrationCache } from './answer.ts';
import type { Calibration } from './calibrate.ts';
import { writeCacheFile } from '../cache-file.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Hash of the code a calibration depends on: the engine, the text handling and the settings. */
function codeVersion(): string {
  const hash = createHash('sha256');
  const files = [
    ...fs.readdirSync(here).map((f) => path.join(here, f)),
    ...fs.readdirSync(path.join(here, '..', 'text')).map((f) => path.join(here, '..', 'text', f)),
    path.join(here, '..', 'config.ts'),
  ].sort();
  for (const file of files) {
    try {
      hash.update(file).update(fs.readFileSync(file));
    } catch {
      hash.update(file);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

const rate = z.number().min(0).max(1);
const calibrationSchema = z.strictObject({
  threshold: z.number(),
  runnerUpWeight: z.number().min(0).max(1),
  target: z.number(),
  expected: z.strictObject({ right: rate, wrong: rate, declined: rate, outOfScopeDeclined: rate }),
  samples: z.strictObject({ phrasings: z.number().int(), factsLeftOut: z.number().int(), offTopic: z.number().int() }),
  sampled: z.boolean(),
  fallback: z.string().optional(),
});
const entrySchema = z.strictObject({ key: z.string(), calibration: calibrationSchema });

/** A calibration cache in `dir` (created on first write); keeps only the newest few entries. */
export function fileCalibrationCache(dir: string, keep = 8): CalibrationCache {
  let version: string | undefined;
  const keyOf = (knowledge: Knowledge, target: number) => {
    version ??= codeVersion();
    return createHash('sha256').update(`${version}\0${knowledge.fingerprint}\0${target}`).digest('hex').slice(0, 32);
  };
  const fileFor = (key: string) => path.join(dir, `calibration-${key}.json`);
  return {
    get(knowledge, target) {
      const key = keyOf(knowledge, target);
      try {
        const entry = entrySchema.safeParse(JSON.parse(fs.readFileSync(fileFor(key), 'utf8')));
        if (!entry.success || entry.data.key !== key) return undefined;
        const c = entry.data.calibration;
        const out: Calibration = { threshold: c.threshold, runnerUpWeight: c.runnerUpWeight, target: c.target, expected: c.expected, samples: c.samples, sampled: c.sampled };
        if (c.fallback !== undefined) out.fallback = c.fallback;
        return out;
      } catch {
        return undefined;
      }
    },
    set(knowledge, target, calibration) {
      try {
        const key = keyOf(knowledge, target);
        writeCacheFile(dir, path.basename(fileFor(key)), JSON.stringify({ key, calibration }), 'calibration-', keep);
      } catch {
        // A read-only checkout or a full disk: start-up is slower, nothing else.
      }
    },
  };
}
