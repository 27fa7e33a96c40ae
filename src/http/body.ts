/**
 * Reading request bodies within a cap, and answering a body over it without
 * leaving the connection hanging. Bodies are small (a question, a form), so
 * they are read into memory; the cap (HTTP_MAX_BODY_BYTES) bounds what one
 * request can cost.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A body, or why there is none to use. */
export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'too-large' | 'aborted' };

/**
 * Reads a body up to `limit` bytes. Never rejects and always settles:
 * too-large as soon as the body is known to exceed the cap (its declared
 * length, or while reading), aborted when the client goes away.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ ok: false, reason: 'too-large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAborted);
      req.off('close', onAborted);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish({ ok: false, reason: 'too-large' });
      else chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, body: Buffer.concat(chunks) });
    const onAborted = () => finish({ ok: false, reason: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAborted);
    req.on('close', onAborted);
  });
}

/**
 * After answering 413, how long the rest of the body is still read and
 * dropped before the connection is closed: closing while the client still
 * sends makes the system reset the connection, and a reset can wipe the 413
 * from the client's buffer before it is read (learnt on Slack's HTTP mode,
 * which uses this too).
 */
const LINGER_MS = 1000;

/**
 * Answers 413 at once with `body`, then reads and drops the rest of the
 * request (until it ends, for at most {@link LINGER_MS} or another `limit`
 * bytes) before closing the connection, which cannot carry another request.
 */
export function refuseTooLarge(req: IncomingMessage, res: ServerResponse, limit: number, headers: Record<string, string>, body: string): void {
  res.writeHead(413, { ...headers, 'content-length': String(Buffer.byteLength(body)), connection: 'close' });
  if (body === '') res.flushHeaders();
  else res.write(body);
  let dropped = 0;
  const done = () => {
    clearTimeout(timer);
    req.off('data', onData);
    req.off('end', done);
    req.off('close', done);
    res.end();
  };
  const onData = (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > limit) done();
  };
  const timer = setTimeout(done, LINGER_MS);
  // Shutdown cuts the connection anyway: this timer must not keep a stopping process alive.
  timer.unref();
  req.on('data', onData);
  req.on('end', done);
  req.on('close', done);
  req.resume();
}
