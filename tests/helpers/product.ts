/**
 * The real product as a subprocess (`node --import tsx src/main.ts`, what
 * `npm start` runs) in an empty temp directory with a minimal environment, for
 * tests that need whole processes (sharding, signals, the console chat). Its
 * JSON log lines on stderr can be waited for; it is killed and its directory
 * removed by `cleanup()`. {@link startProductInTerminal} runs it on a
 * pseudo-terminal instead, as a person at a terminal does.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
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
  /** Resolves with stdout once it satisfies `test` (already, or within `timeoutMs`). */
  waitForStdout(test: (stdout: string) => boolean, what: string, timeoutMs?: number): Promise<string>;
  /** Resolves with the first JSON log line matching (already written or arriving within `timeoutMs`). */
  waitForLog(match: (line: Record<string, unknown>) => boolean, what: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** How it ended, and when (performance.now()). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** Resolves once its output is all read (after it ended): then `stdout()` and `stderr()` are complete. */
  closed: Promise<void>;
  /** Kills it (and waits) if it still runs; removes its directory. */
  cleanup(): Promise<void>;
}

/**
 * Starts `src/main.ts` with `env` (plus PATH, HOME and LOG_LEVEL=info). Its stdin is empty
 * (the console chat ends at once) unless `stdin: 'pipe'`: then `child.stdin` is the chat's input.
 */
export function startProduct(env: Record<string, string>, options: { prefix?: string; stdin?: 'ignore' | 'pipe' } = {}): RunningProduct {
  const dir = mkdtempSync(path.join(tmpdir(), options.prefix ?? 'factbot-product-'));
  const child = spawn(process.execPath, ['--import', TSX, path.join(REPO_ROOT, 'src', 'main.ts')], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: dir, LOG_LEVEL: 'info', ...env },
    stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'],
  });
  return watchProduct(child, dir);
}

/** Whether {@link startProductInTerminal} can run here (util-linux `script` makes the pseudo-terminal). */
export const canRunInTerminal = process.platform === 'linux' && spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * Starts `src/main.ts` on a pseudo-terminal of `columns` × 40 (util-linux `script`): stdout
 * and stderr are the same terminal, as for a person who types `npm start`. Everything the
 * terminal shows comes out on `stdout()`; `child.stdin` is the keyboard (Enter is "\r").
 */
export function startProductInTerminal(env: Record<string, string>, options: { prefix?: string; columns?: number } = {}): RunningProduct {
  const dir = mkdtempSync(path.join(tmpdir(), options.prefix ?? 'factbot-terminal-'));
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, '--import', TSX, path.join(REPO_ROOT, 'src', 'main.ts')].map(quote).join(' ');
  const child = spawn('script', ['-q', '-f', '-e', '-c', `stty cols ${options.columns ?? 100} rows 40; exec ${command}`, '/dev/null'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: dir, TERM: 'xterm', LOG_LEVEL: 'info', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return watchProduct(child, dir);
}

function watchProduct(child: ChildProcess, dir: string): RunningProduct {
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stderr!.setEncoding('utf8').on('data', (c: string) => {
    stderr += c;
    for (const l of [...listeners]) l();
  });
  let stdout = '';
  const stdoutListeners = new Set<() => void>();
  child.stdout!.setEncoding('utf8').on('data', (c: string) => {
    stdout += c;
    for (const l of [...stdoutListeners]) l();
  });
  const closed = once(child, 'close').then(() => undefined);
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
    closed,
    waitForStdout(test, what, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!test(stdout)) return;
          done();
          resolve(stdout);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`timed out waiting for stdout: ${what}\nstdout so far:\n${stdout.slice(-4000)}\nstderr:\n${stderr.slice(-4000)}`));
        }, timeoutMs);
        const gone = () => {
          done();
          reject(new Error(`the product exited before stdout showed: ${what}\nstdout:\n${stdout.slice(-4000)}\nstderr:\n${stderr.slice(-4000)}`));
        };
        const done = () => {
          clearTimeout(timer);
          stdoutListeners.delete(check);
          child.off('exit', gone);
        };
        stdoutListeners.add(check);
        child.once('exit', gone);
        check();
      });
    },
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
