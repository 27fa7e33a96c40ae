/**
 * `npm start` with HTTP_PORT, as a process: the refusal of a non-loopback
 * HTTP_HOST without ADMIN_TOKEN, the server serving the API, health, metrics
 * and /admin with no chat platform, a clean stop on SIGTERM, and no token in
 * any line it wrote.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { httpEnvProblems, httpConfigFromEnv, isLoopbackHost } from '../src/config.ts';
import { ask, send } from './helpers/http.ts';
import { REPO_ROOT, miniFiles, removeTempDirs, writeKnowledge } from './helpers/knowledge.ts';
import { startProduct, type RunningProduct } from './helpers/product.ts';
import { eventCallback, sendEvent, startFakeSlack, userMessage } from './fakes/slack.ts';

const ADMIN_TOKEN = 'admin-token-main-0123456789';
const API_TOKEN = 'api-token-main-0123456789ab';

const products: RunningProduct[] = [];
afterEach(async () => {
  for (const p of products.splice(0)) await p.cleanup();
  removeTempDirs();
});
const start = (env: Record<string, string>) => {
  const p = startProduct({ LOG_QUESTIONS: 'false', ...env }, { prefix: 'factbot-http-' });
  products.push(p);
  return p;
};

describe('HTTP settings', () => {
  it('refuses a non-loopback HTTP_HOST without ADMIN_TOKEN, naming the variable', () => {
    expect(httpEnvProblems({ HTTP_PORT: '8080', HTTP_HOST: '0.0.0.0' })).toEqual([expect.stringMatching(/^HTTP_HOST: .*ADMIN_TOKEN/)]);
    expect(httpEnvProblems({ HTTP_PORT: '8080', HTTP_HOST: '10.1.2.3' })).toHaveLength(1);
    expect(httpEnvProblems({ HTTP_PORT: '8080', HTTP_HOST: '0.0.0.0', ADMIN_TOKEN })).toEqual([]);
    for (const host of ['127.0.0.1', '127.8.9.10', '::1', '[::1]', 'localhost']) {
      expect(isLoopbackHost(host), host).toBe(true);
      expect(httpEnvProblems({ HTTP_PORT: '8080', HTTP_HOST: host }), host).toEqual([]);
    }
    expect(httpConfigFromEnv({ HTTP_PORT: '8080' })).toMatchObject({ port: 8080, host: '127.0.0.1', bodyLimitBytes: 32768 });
    expect(httpConfigFromEnv({})).toMatchObject({ port: undefined });
  });

  it('names a malformed variable, never its value', () => {
    const short = 'tooshort';
    const problems = httpEnvProblems({ HTTP_PORT: '70000', ADMIN_TOKEN: short, API_TOKEN: 'has spaces in it, sixteen+', HTTP_MAX_BODY_BYTES: '12' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['ADMIN_TOKEN', 'API_TOKEN', 'HTTP_MAX_BODY_BYTES', 'HTTP_PORT']);
    expect(problems.join('\n')).not.toContain(short);
    expect(problems.join('\n')).not.toContain('has spaces');
  });

  it('every HTTP variable is in .env.example, docs/configuration.md and the README', () => {
    const read = (f: string) => readFileSync(path.join(REPO_ROOT, f), 'utf8');
    for (const name of ['HTTP_PORT', 'HTTP_HOST', 'ADMIN_TOKEN', 'API_TOKEN', 'HTTP_MAX_BODY_BYTES']) {
      expect(read('.env.example'), name).toMatch(new RegExp(`^# ${name}=`, 'm'));
      expect(read('docs/configuration.md'), name).toContain(`| \`${name}\` |`);
      expect(read('README.md'), name).toContain(`| \`${name}\` |`);
      // And each is one the server reads: a name in the docs that the code ignores would mislead.
      expect(read('src/config.ts'), name).toContain(`${name}: unsetWhenEmpty(`);
    }
  });

  it('npm start exits 1 with the message on a non-loopback HTTP_HOST without ADMIN_TOKEN', async () => {
    const p = start({ HTTP_PORT: '0', HTTP_HOST: '0.0.0.0' });
    const { code } = await p.exited;
    await p.closed;
    expect(code).toBe(1);
    expect(p.stderr()).toMatch(/Invalid configuration:\n\s+HTTP_HOST: .*ADMIN_TOKEN/);
  });
});

describe('npm start with HTTP_PORT and no chat platform', () => {
  it('serves the API, health, metrics and /admin, stops on SIGTERM, and logs no token', async () => {
    const p = start({ HTTP_PORT: '0', ADMIN_TOKEN, API_TOKEN, KNOWLEDGE_DIR: writeKnowledge(miniFiles()) });
    const listening = await p.waitForLog((l) => l.msg === 'HTTP server listening (API, health, metrics, console)', 'the HTTP server listening');
    expect(listening.host).toBe('127.0.0.1');
    const base = `http://127.0.0.1:${listening.port as number}`;
    await p.waitForLog((l) => typeof l.msg === 'string' && l.msg.startsWith('no chat platform configured'), 'serving HTTP only');

    const health = await send(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(health.json()).toEqual({ status: 'ok', knowledge: 'loaded', adapters: {} });

    expect((await ask(base, { question: 'where is the deposit' })).status).toBe(401);
    const answered = await ask(base, { question: 'where is the deposit' }, { authorization: `Bearer ${API_TOKEN}` });
    expect(answered.status).toBe(200);
    expect(answered.json()).toMatchObject({ kind: 'fact', factId: 'deposit-location' });

    const metrics = (await send(`${base}/metrics`)).body;
    expect(metrics).toMatch(/^factbot_questions_total\{platform="api",kind="answered"\} 1$/m);
    expect(metrics).toMatch(/^process_resident_memory_bytes /m);

    expect((await send(`${base}/admin/`)).status).toBe(401);
    const login = await send(`${base}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
      body: `token=${ADMIN_TOKEN}-wrong`,
    });
    expect(login.status).toBe(401);
    const bearer = await send(`${base}/admin/`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(bearer.status).not.toBe(401);

    p.child.kill('SIGTERM');
    const { code } = await p.exited;
    await p.closed;
    expect(code).toBe(0);
    expect(p.logs().some((l) => l.msg === 'stopped')).toBe(true);
    expect(p.logs().some((l) => l.msg === 'console login refused: wrong token')).toBe(true);
    const everything = p.stderr() + p.stdout();
    expect(everything).not.toContain(ADMIN_TOKEN);
    expect(everything).not.toContain(API_TOKEN);
  });
});

describe('npm start with Slack HTTP mode on HTTP_PORT', () => {
  const SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
  const BOT_TOKEN = 'xoxb-1111-2222-fakeBotToken';

  it('serves /slack/events on the HTTP server, healthy once Slack is up, and stops cleanly', async () => {
    const fake = await startFakeSlack();
    try {
      const p = start({ HTTP_PORT: '0', PORT: '0', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, KNOWLEDGE_DIR: writeKnowledge(miniFiles()) });
      const listening = await p.waitForLog((l) => l.msg === 'HTTP server listening (API, health, metrics, console)', 'the HTTP server listening');
      const base = `http://127.0.0.1:${listening.port as number}`;
      const slack = await p.waitForLog((l) => l.msg === 'listening for Slack requests', 'Slack listening');
      expect(slack.url).toBe(`${base}/slack/events`);
      await p.waitForLog((l) => l.msg === 'adapter started', 'adapter started');
      const health = await send(`${base}/healthz`);
      expect(health.json()).toEqual({ status: 'ok', knowledge: 'loaded', adapters: { slack: 'connected' } });

      const envelope = eventCallback(userMessage({ text: 'where is the deposit?', channel: 'D0ALICE001', channelType: 'im', ts: fake.nextTs() }));
      expect((await sendEvent(`${base}/slack/events`, envelope, { secret: SECRET })).status).toBe(200);
      const post = await fake.calls.waitFor((c) => c.method === 'chat.postMessage', { label: 'the answer' });
      expect(JSON.stringify(post.params)).toMatch(/Beylikova/);
      expect((await send(`${base}/metrics`)).body).toMatch(/^factbot_questions_total\{platform="slack",kind="answered"\} 1$/m);

      p.child.kill('SIGTERM');
      expect((await p.exited).code).toBe(0);
      await p.closed;
      expect(p.stderr()).not.toContain(BOT_TOKEN);
      expect(p.stderr()).not.toContain(SECRET);
    } finally {
      for (const p of products.splice(0)) await p.cleanup();
      await fake.close();
    }
  });

  it('refuses SLACK_HTTP_HOST other than HTTP_HOST on the same port, naming both', async () => {
    const p = start({ HTTP_PORT: '0', PORT: '0', SLACK_HTTP_HOST: '0.0.0.0', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: 'http://127.0.0.1:9/api/', KNOWLEDGE_DIR: writeKnowledge(miniFiles()) });
    const { code } = await p.exited;
    await p.closed;
    expect(code).toBe(1);
    expect(p.stderr()).toMatch(/SLACK_HTTP_HOST and HTTP_HOST differ/);
  });
});
