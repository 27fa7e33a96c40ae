/**
 * The console as `npm start` serves it (HTTP_PORT, ADMIN_TOKEN, a question
 * log): a question the knowledge declines is logged, shows on the gaps page,
 * is learned there with one POST, and the running process answers it at once.
 * Driven over 127.0.0.1 with the Bearer token (the browser's login form and
 * CSRF are in tests/console-browser.test.ts and tests/http-admin.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ask, send } from './helpers/http.ts';
import { makeTempDir, miniFiles, removeTempDirs, writeKnowledge } from './helpers/knowledge.ts';
import { startProduct, type RunningProduct } from './helpers/product.ts';

const ADMIN_TOKEN = 'admin-token-console-0123456789';
const QUESTION = 'which factory makes batteries';

const products: RunningProduct[] = [];
afterEach(async () => {
  for (const p of products.splice(0)) await p.cleanup();
  removeTempDirs();
});

describe('npm start serves the console', () => {
  it('logs a declined question, lists it on the gaps page, learns it with one POST and answers it at once', async () => {
    const dir = writeKnowledge(miniFiles());
    const p = startProduct({ HTTP_PORT: '0', ADMIN_TOKEN, KNOWLEDGE_DIR: dir, DATABASE_PATH: path.join(makeTempDir(), 'log.sqlite') }, { prefix: 'factbot-console-' });
    products.push(p);
    const listening = await p.waitForLog((l) => l.msg === 'HTTP server listening (API, health, metrics, console)', 'the HTTP server listening');
    const base = `http://127.0.0.1:${listening.port as number}`;
    await p.waitForLog((l) => typeof l.msg === 'string' && l.msg.startsWith('no chat platform configured'), 'serving HTTP only');
    const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

    expect((await ask(base, { question: QUESTION })).json()).toMatchObject({ kind: 'none' });
    // The recorder writes in the background: the gaps page shows the question once it is stored.
    let gaps = '';
    const deadline = Date.now() + 10_000;
    for (;;) {
      const page = await send(`${base}/admin/gaps`, { headers: admin });
      expect(page.status, page.body).toBe(200);
      gaps = page.body;
      if (gaps.includes(`“${QUESTION}”`) || Date.now() > deadline) break;
      // A poll interval, not a guess at how long the write takes: the deadline bounds the wait.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(gaps).toContain(`“${QUESTION}”`);
    const fact = /name="fact" value="([a-z0-9-]+)">\s*<button type="submit" class="learn">/.exec(gaps.slice(gaps.indexOf(`“${QUESTION}”`)))?.[1];
    expect(fact).toBeDefined();

    const learned = await send(`${base}/admin/gaps/learn`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ question: QUESTION, fact: fact! }).toString(),
    });
    expect(learned.status).toBe(303);
    expect(new URL(learned.headers.location as string, base).searchParams.get('flashKind')).toBe('ok');
    expect(fs.readFileSync(path.join(dir, 'mini-report.yaml'), 'utf8')).toContain(QUESTION);
    expect((await ask(base, { question: QUESTION })).json()).toMatchObject({ kind: 'fact', factId: fact });

    p.child.kill('SIGTERM');
    expect((await p.exited).code).toBe(0);
    await p.closed;
    expect(p.stderr() + p.stdout()).not.toContain(ADMIN_TOKEN);
  });
});
