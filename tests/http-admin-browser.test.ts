/**
 * /admin's login and CSRF checks in a real browser: Debian's chromium
 * (CHROMIUM_PATH, else /usr/bin/chromium) driven by puppeteer-core. The
 * headers a browser really sends matter here: under the console's
 * `Referrer-Policy: no-referrer`, Chromium sends `Origin: null` with a page's
 * own form POSTs, and only `Sec-Fetch-Site` says they are same-origin. The
 * console's pages are a one-form stand-in (tests/console-browser.test.ts
 * drives the real ones).
 */
import fs from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleRequest, ConsoleResponse } from '../src/http/console-types.ts';
import { startHttp, type Running } from './helpers/http.ts';
import { realKb } from './helpers/knowledge.ts';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ADMIN_TOKEN = 'admin-token-browser-0123456789';

let browser: Browser;
let r: Running;
const seen: ConsoleRequest[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.`);
  r = await startHttp({
    kb: realKb(),
    adminToken: ADMIN_TOKEN,
    console: async (req): Promise<ConsoleResponse> => {
      seen.push(req);
      if (req.method === 'POST') return { status: 303, headers: { location: '/admin/done' }, body: '' };
      const page = `<!doctype html><html lang="en"><head><title>stand-in</title><link rel="icon" href="data:,"></head><body><h1 id="path">${req.path}</h1>
<form method="post" action="/admin/learn"><input type="hidden" name="_csrf" value="${req.csrfToken}"><input name="q" value="where is it"><button id="go" type="submit">Go</button></form></body></html>`;
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page };
    },
  });
  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless=new'] });
});

afterAll(async () => {
  await browser?.close();
  await r?.close();
});

describe('/admin in chromium', () => {
  it('logs in through the form, keeps the session, and the page\'s own POST passes the CSRF checks', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${r.base}/admin/gaps`);
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    await page.type('#token', ADMIN_TOKEN);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    expect(new URL(page.url()).pathname).toBe('/admin/gaps');
    expect(await page.$eval('#path', (e) => e.textContent)).toBe('/gaps');
    const cookies = await browser.cookies();
    expect(cookies.find((c) => c.name === 'factbot_admin')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/admin' });

    await Promise.all([page.waitForNavigation(), page.click('#go')]);
    expect(new URL(page.url()).pathname).toBe('/admin/done');
    const post = seen.find((s) => s.method === 'POST');
    expect(post?.path).toBe('/learn');
    expect(post?.form.get('q')).toBe('where is it');
    expect(errors).toEqual([]);
  });
});
