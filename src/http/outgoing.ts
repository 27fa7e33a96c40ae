/**
 * What a route answers, as a value: the server (server.ts) writes it. Routes
 * stay free of node:http's response object, so they are tested as functions.
 */
export interface Outgoing {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

/** A JSON answer. */
export function json(status: number, value: unknown, headers: Record<string, string> = {}): Outgoing {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(value) };
}

/** A JSON error: `{"error": "…"}`, one line for people. */
export function jsonError(status: number, error: string, headers: Record<string, string> = {}): Outgoing {
  return json(status, { error }, headers);
}

/** The 405 of a path that takes other methods. */
export function methodNotAllowed(allow: readonly string[]): Outgoing {
  return jsonError(405, `method not allowed: use ${allow.join(' or ')}`, { allow: allow.join(', ') });
}
