/**
 * `npm start` loads src/early-signals.mjs before tsx: a signal that comes while tsx and the
 * product load is noted, and handled as a clean stop once src/shutdown.ts listens. Without it
 * the process is killed by the signal (exit 143).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from './helpers/knowledge.ts';

const CHILD = path.join(REPO_ROOT, 'tests', 'fixtures', 'early-signal-child.ts');

/** Starts the stand-in, sends SIGTERM while it is "loading", then lets it start listening. */
async function run(preload: boolean): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> {
  const args = [...(preload ? ['--import', './src/early-signals.mjs'] : []), '--import', 'tsx', CHILD];
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  let stdout = '';
  const closed = once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]>;
  await new Promise<void>((resolve) => {
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (stdout.startsWith('loading\n')) resolve();
    });
  });
  child.kill('SIGTERM');
  // Without the preload the signal has killed it: writing to its stdin may fail, which is fine.
  child.stdin.on('error', () => {});
  child.stdin.end('go\n');
  const [code, signal] = await closed;
  return { code, signal, stdout: stdout.slice('loading\n'.length) };
}

describe('a signal while the product loads', () => {
  test('with src/early-signals.mjs loaded first (as npm start does): noted, then a clean stop', async () => {
    const r = await run(true);
    expect(r).toEqual({ code: 0, signal: null, stdout: 'stopped cleanly on SIGTERM\n' });
  }, 20_000);

  test('without it the signal kills the process (what the preload is for)', async () => {
    const r = await run(false);
    expect(r.signal).toBe('SIGTERM');
    expect(r.stdout).toBe('');
  }, 20_000);

  test('npm start loads it before tsx', async () => {
    const pkg = (await import('../package.json', { with: { type: 'json' } })).default as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toMatch(/--import \.\/src\/early-signals\.mjs --import tsx src\/main\.ts$/);
  });
});
