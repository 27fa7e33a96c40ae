/**
 * Writes docs/console-overview.png, the README's picture of the maintainers'
 * web console: the real HTTP server on 127.0.0.1 (an ephemeral port) with the
 * shipped knowledge and a temporary SQLite question log seeded with 30 days
 * of plausible questions (tests/helpers/consoleSeed.ts, fixed seed and date,
 * so the picture only changes when the console or the knowledge does),
 * photographed by Debian's chromium (CHROMIUM_PATH, else /usr/bin/chromium)
 * at 1200×800 (the 👍/👎 need an emoji font: Debian's fonts-noto-color-emoji).
 *
 *   node --import tsx bench/console-screenshot.ts [out.png]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { createBot } from '../src/bot.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/config.ts';
import { createKnowledgeBase } from '../src/engine/answer.ts';
import { createConsole } from '../src/http/console/index.ts';
import { createHttpServer } from '../src/http/server.ts';
import { formatIssue, loadKnowledge } from '../src/knowledge/load.ts';
import { NO_RATE_LIMIT } from '../src/ratelimit.ts';
import { openSqliteQuestionLog } from '../src/store/sqlite.ts';
import { seedQuestionLog } from '../tests/helpers/consoleSeed.ts';

const OUT = path.resolve(process.argv[2] ?? 'docs/console-overview.png');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** The picture's "today": fixed, so the seeded log and the chart are the same on every run. */
const NOW = new Date('2026-11-30T16:00:00Z');
/** Only this process and its browser ever see it. */
const TOKEN = `screenshot-${Math.random().toString(36).slice(2)}-token`;

const loaded = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
if (!loaded.ok) {
  console.error(loaded.errors.map(formatIssue).join('\n'));
  process.exit(1);
}
const kb = createKnowledgeBase(loaded.knowledge);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factbot-screenshot-'));
const log = openSqliteQuestionLog(path.join(tmp, 'log.sqlite'));
const quiet = { info() {}, warn() {}, error: (fields: Record<string, unknown>, message: string) => console.error(message, fields) };
const server = createHttpServer({ adminToken: TOKEN, apiToken: undefined, bodyLimitBytes: 32 * 1024, logger: quiet, health: () => ({ knowledge: true, adapters: [] }) });
let browser: Awaited<ReturnType<typeof puppeteer.launch>> | undefined;
try {
  const seeded = await seedQuestionLog(log, kb, { now: NOW, days: 30, perDay: 40 });
  const address = await server.listen(0, '127.0.0.1');
  server.serve({
    bot: createBot({ knowledge: () => kb }),
    rateLimit: NO_RATE_LIMIT,
    // Nothing is learned here: reload has nothing to do.
    console: createConsole({ knowledge: () => kb, knowledgeDir: DEFAULT_KNOWLEDGE_DIR, log, reload: () => ({ kind: 'unchanged', at: new Date(), ms: 0, recovered: false }), now: () => NOW }),
  });
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 20_000,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--hide-scrollbars'],
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 800, deviceScaleFactor: 1 });
  await page.setExtraHTTPHeaders({ authorization: `Bearer ${TOKEN}` });
  await page.goto(`http://127.0.0.1:${address.port}/admin/?days=30`, { waitUntil: 'load', timeout: 20_000 });
  await page.waitForSelector('svg.chart-wide rect.seg', { timeout: 20_000 });
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  await page.screenshot({ path: OUT as `${string}.png`, type: 'png' });
  console.log(`Wrote ${path.relative(process.cwd(), OUT)}: ${seeded.questions} seeded questions and ${seeded.votes} votes over 30 days.`);
} finally {
  await browser?.close();
  await server.close();
  await log.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
