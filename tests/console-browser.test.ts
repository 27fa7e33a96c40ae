/**
 * The web console in a real browser: Debian's chromium (CHROMIUM_PATH, else
 * /usr/bin/chromium; .ci/run installs it when missing) driven by
 * puppeteer-core, against the real HTTP server (src/http/server.ts) on
 * 127.0.0.1 with a seeded SQLite question log and a temporary copy of the
 * shipped knowledge. A maintainer logs in through the form, sees the chart
 * drawn, learns a gap from the gaps page by clicking its first candidate's
 * button, and the question then gets that fact through POST /api/ask. Any
 * console error or page error in the browser (a CSP violation, a missing
 * file) fails the test.
 */
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createBot } from '../src/bot.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../src/engine/answer.ts';
import { createConsole } from '../src/http/console/index.ts';
import { createHttpServer, type HttpServer } from '../src/http/server.ts';
import { watchKnowledge, type KnowledgeWatcher } from '../src/knowledge/watch.ts';
import { NO_RATE_LIMIT } from '../src/ratelimit.ts';
import { openSqliteQuestionLog, type SqliteQuestionLog } from '../src/store/sqlite.ts';
import { seedQuestionLog } from './helpers/consoleSeed.ts';
import { captureLogger } from './helpers/http.ts';
import { loadOk, makeTempDir, REAL_KNOWLEDGE_DIR, removeTempDirs } from './helpers/knowledge.ts';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TOKEN = 'browser-test-admin-token-0123456789';
/** The gap the test learns: asked most often in the seeded log, declined by the shipped knowledge. */
const GAP = 'when will mining start at beylikova';
/** Every wait in the browser is bounded by this. */
const WAIT_MS = 15_000;

let dir: string;
let watcher: KnowledgeWatcher<KnowledgeBase>;
let log: SqliteQuestionLog;
let server: HttpServer;
let base: string;
let browser: Browser | undefined;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.`);
  dir = makeTempDir('factbot-browser-');
  fs.cpSync(REAL_KNOWLEDGE_DIR, dir, { recursive: true });
  watcher = watchKnowledge({ dir, initial: createKnowledgeBase(loadOk(dir)), build: (k) => createKnowledgeBase(k), debounceMs: 60_000, maxWaitMs: 60_000 });
  log = openSqliteQuestionLog(path.join(makeTempDir(), 'log.sqlite'));
  const now = new Date();
  await seedQuestionLog(log, watcher.current(), { now, days: 30, perDay: 12 });
  for (let i = 0; i < 12; i++) {
    await log.recordAnswer({
      id: `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      at: new Date(now.getTime() - (i + 1) * 3_600_000),
      platform: 'slack',
      user: 'u',
      channelKind: 'channel',
      via: 'ask',
      question: GAP,
      kind: 'none',
      factId: null,
      confidence: 0.2,
      latencyMs: 3,
    });
  }

  const bot = createBot({ knowledge: watcher.current });
  server = createHttpServer({ adminToken: TOKEN, apiToken: undefined, bodyLimitBytes: 32 * 1024, logger: captureLogger(), health: () => ({ knowledge: true, adapters: [] }) });
  const address = await server.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${address.port}`;
  server.serve({ bot, rateLimit: NO_RATE_LIMIT, console: createConsole({ knowledge: watcher.current, knowledgeDir: dir, log, reload: watcher.reload }) });

  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: WAIT_MS,
    // As root (CI containers) chromium refuses to start with its sandbox; /dev/shm is small in containers.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run'],
  });
  page = await browser.newPage();
  page.setDefaultTimeout(WAIT_MS);
  page.setDefaultNavigationTimeout(WAIT_MS);
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()} (${m.location().url ?? ''})`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e instanceof Error ? e.message : String(e)}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  watcher?.close();
  await log?.close();
  removeTempDirs();
});

/** Clicks something that leads to another page and waits for that page. */
async function clickAndWait(selector: string) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
}

describe('the web console in chromium', () => {
  test('log in, see the chart, learn a gap from the gaps page, then /api/ask answers it with that fact; no browser errors', async () => {
    await page.setViewport({ width: 1200, height: 800 });
    // Not logged in: the console sends the browser to the login form.
    await page.goto(`${base}/admin/`, { waitUntil: 'load' });
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    await page.type('#token', TOKEN);
    await clickAndWait('button[type="submit"]');
    expect(new URL(page.url()).pathname).toBe('/admin/');

    // The chart is drawn: stacked bars with a real height on screen, and the stylesheet applied.
    await page.waitForSelector('svg.chart-wide rect.seg');
    const heights = await page.$$eval('svg.chart-wide rect.seg', (rects) => rects.map((r) => r.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(20);
    expect(heights.every((h) => h > 0)).toBe(true);
    expect(await page.$$eval('svg.chart-wide g.bar > title', (t) => t.length)).toBeGreaterThan(20);
    // On this screen the phone's drawing is not shown.
    expect(await page.$eval('svg.chart-narrow', (svg) => svg.getBoundingClientRect().height)).toBe(0);
    expect(await page.$eval('figure.chart div.visually-hidden', (t) => t.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    // The keyboard: the first Tab reaches the skip link, and it is visible once focused.
    await page.keyboard.press('Tab');
    expect(await page.$eval(':focus', (el) => el.className)).toBe('skip-link');
    expect(await page.$eval('.skip-link', (a) => a.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);

    // The gaps page: the group of the question, its candidates as buttons.
    await clickAndWait('nav a[href="/admin/gaps"]');
    const headings = await page.$$eval('article.gap h3[id^="gap-"]', (hs) => hs.map((h) => ({ id: h.id, text: h.textContent })));
    const group = headings.find((h) => h.text === `“${GAP}”`);
    expect(group, JSON.stringify(headings)).toBeDefined();
    const form = `article:has(#${group!.id}) li.candidate form`;
    const fact = await page.$eval(`${form} input[name="fact"]`, (i) => (i as unknown as { value: string }).value);
    expect(fact).toMatch(/^[a-z0-9-]+$/);
    await clickAndWait(`${form} button.learn`);
    expect(new URL(page.url()).pathname).toBe('/admin/gaps');
    const flash = await page.$eval('.flash', (p) => ({ cls: p.className, text: p.textContent ?? '' }));
    expect(flash.cls, flash.text).toBe('flash flash-ok');
    expect(flash.text).toContain(fact);
    // Decided: the group is no longer listed.
    expect(await page.$$eval('article.gap h3', (hs) => hs.map((h) => h.textContent))).not.toContain(`“${GAP}”`);

    // The running bot answers it with that fact at once.
    const res = await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: GAP }), signal: AbortSignal.timeout(WAIT_MS) });
    expect(res.status).toBe(200);
    const reply = (await res.json()) as { kind: string; factId: string | null };
    expect(reply).toMatchObject({ kind: 'fact', factId: fact });

    expect(problems).toEqual([]);
  }, 90_000);

  test('every page fits a 375-pixel phone screen without scrolling sideways', async () => {
    await page.setViewport({ width: 375, height: 740, isMobile: true, hasTouch: true });
    for (const p of ['/admin/', '/admin/gaps', '/admin/facts?q=refinery', '/admin/try?q=where+is+the+deposit']) {
      await page.goto(`${base}${p}`, { waitUntil: 'load' });
      const width = await page.$eval('html', (el) => el.scrollWidth);
      expect(width, p).toBeLessThanOrEqual(375);
      if (p === '/admin/') {
        // The phone's drawing of the chart is the one shown, its bars drawn.
        const heights = await page.$$eval('svg.chart-narrow rect.seg', (rects) => rects.map((r) => r.getBoundingClientRect().height));
        expect(heights.length).toBeGreaterThan(20);
        expect(heights.every((h) => h > 0)).toBe(true);
        expect(await page.$eval('svg.chart-wide', (svg) => svg.getBoundingClientRect().height)).toBe(0);
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
