/**
 * Files of the caches under node_modules/.cache/factbot (validated knowledge,
 * calibrations): written whole or not at all (a temporary file renamed over),
 * and only the newest few of a kind kept. Failures are the caller's to ignore:
 * a cache only ever saves time.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes `text` to `dir/name` atomically, then removes all but the newest
 * `keep` files of `dir` named `prefix…​.json`. Throws on a read-only or full disk.
 */
export function writeCacheFile(dir: string, name: string, text: string, prefix: string, keep: number): void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
  const entries = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.json'))
    .map((f) => ({ f, t: fs.statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of entries.slice(keep)) fs.rmSync(path.join(dir, f), { force: true });
}
