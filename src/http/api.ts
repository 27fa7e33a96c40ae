/**
 * `POST /api/ask`: `{"question": "…", "conversation"?: "<id>"}` in, exactly
 * the `ask --json` object out (src/reply.ts replyToJson, the same function the
 * CLI prints with). The same rules as a chat: a question is cut at the chat
 * adapters' cap (HTTP.maxQuestionChars), and each client address is a user
 * of the shared rate limit on the platform `api`.
 */
import { z } from 'zod';
import type { Bot } from '../bot.ts';
import { HTTP } from '../config.ts';
import { checkAsker, slowDownText, type RateGate } from '../ratelimit.ts';
import { replyToJson } from '../reply.ts';
import { bearerToken, secretEquals } from './auth.ts';
import type { BodyResult } from './body.ts';
import { json, jsonError, methodNotAllowed, type Outgoing } from './outgoing.ts';

/** What the route needs. */
export interface ApiDeps {
  bot: Bot;
  rateLimit: RateGate;
  /** When set, required as `Authorization: Bearer …`. */
  apiToken: string | undefined;
}

/** One request to the route, as the server hands it over. */
export interface ApiRequest {
  method: string;
  headers: { authorization?: string | undefined; 'content-type'?: string | undefined };
  /** The client's address: the rate limit's user. */
  clientAddress: string;
  /** Reads the body (capped); called only once the request is authorised. */
  body: () => Promise<BodyResult>;
}

const askSchema = z.object({
  question: z.string({ error: 'expected "question": a string' }),
  conversation: z
    .string({ error: `expected "conversation": a string of at most ${HTTP.maxConversationChars} characters` })
    .max(HTTP.maxConversationChars, `expected "conversation": a string of at most ${HTTP.maxConversationChars} characters`)
    .optional(),
});

/** Cuts a question to the chat adapters' cap without leaving half a surrogate pair. */
export function capQuestion(text: string): string {
  if (text.length <= HTTP.maxQuestionChars) return text;
  const cut = text.slice(0, HTTP.maxQuestionChars);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Answers one request to /api/ask; 'too-large' and 'aborted' are the server's to answer. */
export async function handleAsk(req: ApiRequest, deps: ApiDeps): Promise<Outgoing | 'too-large' | 'aborted'> {
  if (req.method !== 'POST') return methodNotAllowed(['POST']);
  if (deps.apiToken !== undefined) {
    const given = bearerToken(req.headers.authorization);
    if (given === undefined || !secretEquals(given, deps.apiToken)) {
      return jsonError(401, 'an API token is required: Authorization: Bearer <API_TOKEN>', { 'www-authenticate': 'Bearer realm="factbot api"' });
    }
  }
  // JSON only: a browser's cross-site form cannot send application/json without asking first (CORS).
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return jsonError(415, 'expected Content-Type: application/json');
  const read = await req.body();
  if (!read.ok) return read.reason;
  let value: unknown;
  try {
    value = JSON.parse(read.body.toString('utf8'));
  } catch {
    return jsonError(400, 'the body is not valid JSON; expected {"question": "…"}');
  }
  const parsed = askSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // Our own messages only, never the input.
    return jsonError(400, issue?.code === 'invalid_type' && issue.path.length === 0 ? 'expected a JSON object: {"question": "…"}' : (issue?.message ?? 'expected {"question": "…"}'));
  }
  const gate = await checkAsker(deps.rateLimit, 'api', req.clientAddress, undefined);
  if (gate.decision !== 'ok') {
    const seconds = Math.max(1, Math.ceil(gate.retryAfterMs / 1000));
    return jsonError(429, slowDownText(gate), { 'retry-after': String(seconds) });
  }
  const { question, conversation } = parsed.data;
  const ctx = { platform: 'api' as const, userId: req.clientAddress, ...(conversation !== undefined ? { conversationId: conversation } : {}) };
  // With a conversation, through converse(): its last turn may have been answered by another instance (PostgreSQL).
  const { reply } = conversation !== undefined ? await deps.bot.converse(capQuestion(question), ctx) : deps.bot.ask(capQuestion(question), ctx);
  return json(200, replyToJson(reply));
}
