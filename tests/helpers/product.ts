/**
 * The real product as a subprocess (`node --import tsx src/main.ts`, what
 * `npm start` runs) in an empty temp directory with a minimal environment, for
 * tests that need whole processes (sharding). Its JSON log lines on stderr can
 * be waited for; it is killed and its directory removed by `cleanup()`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './knowledge.ts';

const TSX = pathToFileURL(path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

export interface RunningProduct {
  child: ChildProcess;
  /** The process's own temp directory (its cwd). */
  dir: string;
  /** Everything written to stderr so far. */
  stderr: () => string;
  /** Everything written to stdout so far. */
  stdout: () => string;
  /** Every JSON log line so far. */
  logs: () => Record<string, unknown>[];
  /** Resolves with the first JSON log line matching (already written or arriving within `timeoutMs`). */
  waitForLog(match: (line: Record<string, unknown>) => boolean, what: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** How it ended, and when (performance.now()). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** Kills it (and waits) if it still runs; removes its directory. */
  cleanup(): Promise<void>;
}

/** Starts `src/main.ts` with `env` (plus PATH, HOME and LOG_LEVEL=info). */
export function startProduct(env: Record<string, string>, options: { prefix?: string } = {}): RunningProduct {
  const dir = mkdtempSync(path.join(tmpdir(), options.prefix ?? 'factbot-product-'));
  const child = spawn(process.execPath, ['--import', TSX, path.join(REPO_ROOT, 'src', 'main.ts')], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: dir, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stderr!.setEncoding('utf8').on('data', (c: string) => {
    stderr += c;
    for (const l of [...listeners]) l();
  });
  let stdout = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  const exited = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null, at: performance.now() }));
  const logs = () =>
    stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .flatMap((l) => {
        try {
          return [JSON.parse(l) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
  return {
    child,
    dir,
    stderr: () => stderr,
    stdout: () => stdout,
    logs,
    exited,
    waitForLog(match, what, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = logs().find(match);
          if (!found) return;
          done();
          resolve(found);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`timed out waiting for the log line: ${what}\nstderr so far:\n${stderr.slice(-4000)}`));
        }, timeoutMs);
        const gone = () => {
          done();
          reject(new Error(`the product exited before logging: ${what}\nstderr:\n${stderr.slice(-4000)}`));
        };
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
          child.off('exit', gone);
        };
        listeners.add(check);
        child.once('exit', gone);
        check();
      });
    },
    async cleanup() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Whether a process id is still alive. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
