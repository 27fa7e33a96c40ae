/**
 * Live reload: owns "the knowledge currently served" and replaces it when the
 * files under the knowledge folder change, without ever leaving the bot with
 * broken or no knowledge.
 *
 * - Every folder under the knowledge folder is watched (fs.watch per folder:
 *   the events are the same on every platform, and new sub-folders are picked
 *   up on the next change). Editors that save by writing a temporary file and
 *   renaming it over the original produce a rename event in the folder, which
 *   is watched, so they work like in-place writes.
 * - Events are debounced (`debounceMs` after the last one, and at most
 *   `maxWaitMs` after the first of a burst), then the whole folder is loaded and
 *   validated again. The swap is one assignment: a question is answered from
 *   either the old or the new knowledge, never a mix.
 * - Same fingerprint as served: nothing changes (the indexes are kept).
 *   Errors, or no facts at all (a deleted or half-written file): the last good
 *   knowledge stays, and every problem is logged with file, line and field.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../log.ts';
import { formatIssue, loadKnowledge, type Knowledge, type KnowledgeIssue } from './load.ts';

/**
 * What is served: anything built from knowledge (the engine's KnowledgeBase in
 * the bot). The watcher never imports the engine; it is handed `build`.
 */
export interface Served {
  knowledge: Knowledge;
  facts: readonly unknown[];
}

/** What one reload did. */
export type ReloadOutcome =
  | { kind: 'reloaded'; at: Date; ms: number; facts: number; files: number; fingerprint: string }
  /** `recovered`: the previous reload had failed, and the files are back to what is served. */
  | { kind: 'unchanged'; at: Date; ms: number; recovered: boolean }
  | { kind: 'failed'; at: Date; ms: number; errors: KnowledgeIssue[] };

/** Options for {@link watchKnowledge}. */
export interface WatchOptions<T extends Served> {
  /** The knowledge folder. */
  dir: string;
  /** The knowledge already loaded from it (start-up loads it, and refuses to start when it is invalid). */
  initial: T;
  /** Builds what is served from validated knowledge (the bot: the engine's createKnowledgeBase). */
  build: (knowledge: Knowledge) => T;
  logger?: Logger;
  /** Quiet time after the last change before reloading (default 300 ms). */
  debounceMs?: number;
  /** Longest wait after the first change of a burst of changes (default 1500 ms, so changes show within 2 s). */
  maxWaitMs?: number;
  /** Clock, injectable for tests. */
  now?: () => Date;
  /** Loads and builds a folder (default: loadKnowledge + `build`); injectable for tests. */
  load?: (dir: string) => { ok: true; kb: () => T; fingerprint: string } | { ok: false; errors: KnowledgeIssue[] };
}

export interface KnowledgeWatcher<T extends Served> {
  /** The knowledge to answer from now (pass this to createBot). */
  current(): T;
  /** Reloads at once (a file change does this after the debounce). */
  reload(): ReloadOutcome;
  /** Calls `listener` after every reload; returns a function that unsubscribes. */
  onReload(listener: (outcome: ReloadOutcome) => void): () => void;
  /** Stops watching. */
  close(): void;
}

/** Names that never matter: hidden files, editor swap and backup files. */
const IGNORED = /(^\.|~$|\.sw[a-p]$|^4913$)/i;

function defaultLoad<T extends Served>(dir: string, build: (knowledge: Knowledge) => T): ReturnType<NonNullable<WatchOptions<T>['load']>> {
  const r = loadKnowledge(dir);
  if (!r.ok) return { ok: false, errors: r.errors };
  if (r.knowledge.facts.length === 0)
    return { ok: false, errors: [{ file: dir, line: 0, field: '', message: 'no facts left in the knowledge; keeping the last good version' }] };
  return { ok: true, kb: () => build(r.knowledge), fingerprint: r.knowledge.fingerprint };
}

/** Folders to watch: the folder and its sub-folders, skipping names starting with "." or "_" like the loader. */
function foldersOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    out.push(d);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) if (e.isDirectory() && !e.name.startsWith('.') && !e.name.startsWith('_')) walk(path.join(d, e.name));
  };
  try {
    if (fs.statSync(dir).isDirectory()) walk(dir);
  } catch {
    // The folder itself is gone: the next reload reports it and keeps the last good knowledge.
  }
  return out;
}

/** Starts watching `dir`; the caller must `close()` it. */
export function watchKnowledge<T extends Served>(options: WatchOptions<T>): KnowledgeWatcher<T> {
  const { dir, logger } = options;
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 1500;
  const now = options.now ?? (() => new Date());
  const load = options.load ?? ((d: string) => defaultLoad(d, options.build));
  let kb = options.initial;
  let fingerprint = kb.knowledge.fingerprint;
  const listeners = new Set<(o: ReloadOutcome) => void>();
  const watchers = new Map<string, fs.FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let burstStarted: number | undefined;
  let closed = false;
  let lastFailed = false;

  const reload = (): ReloadOutcome => {
    const started = performance.now();
    let outcome: ReloadOutcome;
    try {
      const r = load(dir);
      const ms = () => Math.round(performance.now() - started);
      if (!r.ok) outcome = { kind: 'failed', at: now(), ms: ms(), errors: r.errors };
      else if (r.fingerprint === fingerprint) outcome = { kind: 'unchanged', at: now(), ms: ms(), recovered: lastFailed };
      else {
        const next = r.kb();
        kb = next;
        fingerprint = r.fingerprint;
        outcome = { kind: 'reloaded', at: now(), ms: ms(), facts: next.facts.length, files: next.knowledge.files.length, fingerprint };
      }
    } catch (e) {
      outcome = { kind: 'failed', at: now(), ms: Math.round(performance.now() - started), errors: [{ file: dir, line: 0, field: '', message: `reload failed: ${(e as Error).message}` }] };
    }
    lastFailed = outcome.kind === 'failed';
    if (outcome.kind === 'reloaded') logger?.info({ facts: outcome.facts, files: outcome.files, ms: outcome.ms }, 'knowledge reloaded');
    else if (outcome.kind === 'failed') {
      for (const issue of outcome.errors) logger?.warn({ file: issue.file, line: issue.line, field: issue.field }, formatIssue(issue));
      logger?.warn({ problems: outcome.errors.length }, 'knowledge change not loaded; still serving the last good knowledge');
    }
    for (const l of [...listeners]) {
      try {
        l(outcome);
      } catch {
        // A listener's trouble is not the reload's.
      }
    }
    return outcome;
  };

  /** Watches every folder that exists now, and stops watching those that are gone. */
  const syncWatchers = () => {
    if (closed) return;
    const wanted = new Set(foldersOf(dir));
    for (const [folder, w] of watchers) {
      if (!wanted.has(folder)) {
        w.close();
        watchers.delete(folder);
      }
    }
    for (const folder of wanted) {
      if (watchers.has(folder)) continue;
      try {
        const w = fs.watch(folder, { persistent: false }, (_event, name) => changed(name));
        // A watched folder that is deleted reports an error on some platforms: forget it.
        w.on('error', () => {
          w.close();
          watchers.delete(folder);
          changed(null);
        });
        watchers.set(folder, w);
      } catch {
        // Gone between listing and watching: the next change lists again.
      }
    }
  };

  const fire = () => {
    timer = undefined;
    burstStarted = undefined;
    if (closed) return;
    syncWatchers();
    reload();
  };

  const changed = (name: string | Buffer | null) => {
    if (closed) return;
    if (typeof name === 'string' && IGNORED.test(path.basename(name))) return;
    const t = Date.now();
    burstStarted ??= t;
    if (timer) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, burstStarted + maxWaitMs - t));
    timer = setTimeout(fire, wait);
  };

  syncWatchers();

  return {
    current: () => kb,
    reload,
    onReload(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      for (const w of watchers.values()) w.close();
      watchers.clear();
      listeners.clear();
    },
  };
}

/** A short, human summary of a reload for the console chat. */
export function describeReload(outcome: ReloadOutcome, maxIssues = 10): string | null {
  if (outcome.kind === 'unchanged') return outcome.recovered ? 'Knowledge is valid again (the same as the version being served).' : null;
  if (outcome.kind === 'reloaded') return `Knowledge reloaded: ${outcome.facts} facts from ${outcome.files} file(s).`;
  const lines = outcome.errors.slice(0, maxIssues).map((i) => `  ${formatIssue(i)}`);
  if (outcome.errors.length > maxIssues) lines.push(`  … and ${outcome.errors.length - maxIssues} more (see the log)`);
  return `Knowledge change NOT loaded (${outcome.errors.length} problem(s)); still answering from the last good version:\n${lines.join('\n')}`;
}
