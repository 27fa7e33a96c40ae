/**
 * Runs the real CLI as a subprocess (`node --import tsx src/cli.ts …`) from
 * the repository root, with an environment without KNOWLEDGE_DIR unless given.
 */
import { spawn } from 'node:child_process';
import { REPO_ROOT } from './knowledge.ts';

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time of the process, in milliseconds. */
  ms: number;
}

export function runCliProcess(args: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (!options.env || !('KNOWLEDGE_DIR' in options.env)) delete env.KNOWLEDGE_DIR;
  delete env.NODE_OPTIONS;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - started }));
    child.stdin.on('error', () => {}); // the CLI may exit before reading everything
    child.stdin.end(options.stdin ?? '');
  });
}
