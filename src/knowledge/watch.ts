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
 * - The folder's parent is watched too, for the folder's own name: a watch
 *   follows a folder's inode, so one deleted and copied back (`rm -rf kb;
 *   cp -r … kb`), renamed over (`mv kb.new kb`) or reached through a link that
 *   is swapped (Kubernetes volumes) would otherwise leave it watching nothing,
 *   for good. So every folder is watched anew before each reload reads the
 *   files (an inode number cannot tell: a deleted folder's is reused at once
 *   by its copy), and when the parent reports the folder's name. The folder
 *   going away, coming back or being replaced is logged. In a Kubernetes
 *   ConfigMap volume the files are links through `..data`, which is swapped
 *   by a rename inside the folder: that name is watched too.
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
  /**
   * Log each reload's outcome (default true). False where the outcomes are shown on the
   * same screen already (the console chat on the terminal the log goes to), so they are
   * not said twice; the folder going away and coming back is logged either way.
   */
  logOutcomes?: boolean;
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
/**
 * Hidden, but it matters: a Kubernetes ConfigMap volume's files are links through `..data`,
 * a link to the current version's folder that kubelet replaces by a rename on every update.
 */
const CONFIGMAP_DATA = '..data';

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

/** Whether `folder` is a folder now (following links). */
function isFolder(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** Starts watching `dir`; the caller must `close()` it. */
export function watchKnowledge<T extends Served>(options: WatchOptions<T>): KnowledgeWatcher<T> {
  const { dir, logger } = options;
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 1500;
  const now = options.now ?? (() => new Date());
  const load = options.load ?? ((d: string) => defaultLoad(d, options.build));
  const outcomeLogger = options.logOutcomes === false ? undefined : logger;
  let kb = options.initial;
  let fingerprint = kb.knowledge.fingerprint;
  const listeners = new Set<(o: ReloadOutcome) => void>();
  const watchers = new Map<string, fs.FSWatcher>();
  let parentWatcher: fs.FSWatcher | undefined;
  let present = isFolder(dir);
  /** The parent reported the folder's name while it was there before and after: another folder is there now. */
  let replaced = false;
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
    if (outcome.kind === 'reloaded') outcomeLogger?.info({ facts: outcome.facts, files: outcome.files, ms: outcome.ms }, 'knowledge reloaded');
    else if (outcome.kind === 'failed') {
      for (const issue of outcome.errors) outcomeLogger?.warn({ file: issue.file, line: issue.line, field: issue.field }, formatIssue(issue));
      outcomeLogger?.warn({ problems: outcome.errors.length }, 'knowledge change not loaded; still serving the last good knowledge');
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

  /** Logs the folder going away and coming back (once each), as these are seen; returns whether it is there. */
  const notePresence = (): boolean => {
    const now = isFolder(dir);
    if (present && !now) logger?.warn({ dir }, 'knowledge folder is gone; still serving the last good knowledge until it is back');
    else if (!present && now) logger?.info({ dir }, 'knowledge folder is back; loading it');
    present = now;
    return now;
  };

  /**
   * Watches every folder there is now, anew: a watch follows the folder it was
   * opened on, so one on a path whose folder was replaced would see nothing more.
   */
  const rearm = () => {
    for (const w of watchers.values()) w.close();
    watchers.clear();
    if (closed) return;
    for (const folder of foldersOf(dir)) {
      try {
        const w = fs.watch(folder, { persistent: false }, (_event, name) => changed(name));
        // A watched folder that is deleted reports an error on some platforms: forget it.
        w.on('error', () => {
          w.close();
          if (watchers.get(folder) === w) watchers.delete(folder);
          changed(null);
        });
        watchers.set(folder, w);
      } catch {
        // Gone between listing and watching: the next change lists again.
      }
    }
  };

  /** Watches the parent for entries named like the folder: its removal, creation or replacement. */
  const watchParent = () => {
    const base = path.basename(dir);
    try {
      parentWatcher = fs.watch(path.dirname(dir), { persistent: false }, (event, name) => {
        if (closed || (name !== null && name.toString() !== base)) return;
        const before = present;
        if (notePresence() && before && event === 'rename') replaced = true;
        // Watch a new folder at once, so the files still being copied into it extend the debounce.
        rearm();
        schedule();
      });
      parentWatcher.on('error', () => {
        parentWatcher?.close();
        parentWatcher = undefined;
      });
    } catch {
      // The parent cannot be watched (permissions): changes inside the folder are still seen.
    }
  };

  const fire = () => {
    timer = undefined;
    burstStarted = undefined;
    if (closed) return;
    notePresence();
    if (replaced) logger?.info({ dir }, 'knowledge folder replaced; watching the new one');
    replaced = false;
    // Before the files are read, so that no change made from now on goes unseen.
    rearm();
    reload();
  };

  const changed = (name: string | Buffer | null) => {
    if (closed) return;
    if (typeof name === 'string' && name !== CONFIGMAP_DATA && IGNORED.test(path.basename(name))) return;
    schedule();
  };

  /** Reloads once the changes have settled (debounced, bounded by maxWaitMs). */
  const schedule = () => {
    const t = Date.now();
    burstStarted ??= t;
    if (timer) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, burstStarted + maxWaitMs - t));
    timer = setTimeout(fire, wait);
  };

  rearm();
  watchParent();

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
      parentWatcher?.close();
      parentWatcher = undefined;
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
