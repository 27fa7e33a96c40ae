/** In-memory streams for runCli: what the CLI printed, without a process. */
import { PassThrough } from 'node:stream';
import type { CliIo } from '../../src/cli.ts';

export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
}

export function captureIo(env: NodeJS.ProcessEnv = {}): CapturedIo {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const stdin = new PassThrough();
  stdin.end();
  return { stdin, stdout, stderr, env, out: () => out, err: () => err };
}
