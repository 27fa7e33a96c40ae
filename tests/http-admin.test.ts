/**
 * /admin over HTTP on 127.0.0.1: the token, the login form and its cookie,
 * cross-site requests, logout, and the security headers. The console's pages
 * are a small recording handler here (the real ones are src/http/console/).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ConsoleHandler, ConsoleRequest, ConsoleResponse } from '../src/http/console-types.ts';
import { realKb } from './helpers/knowledge.ts';
import { send, startHttp, type Response, type Running } from './helpers/http.ts';

const ADMIN_TOKEN = 'admin-token-0123456789abcdef';
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'";

/** A console that records what it was asked and shows it back. */
function recordingConsole(): { handler: ConsoleHandler; seen: ConsoleRequest[] } {
  const seen: ConsoleRequest[] = [];
  return {
    seen,
    handler: async (req): Promise<ConsoleResponse> => {
      seen.push(req);
      if (req.path === '/boom') throw new Error('page failed');
      if (req.method === 'POST') return { status: 303, headers: { Location: '/admin/gaps' }, body: '' };
      // A page that tries to loosen a security header: the server's must win.
      return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'max-age=600' }, body: `<p>console ${req.path}</p>` };
    },
  };
}

const running: Running[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) await r.close();
});

async function start(options: { adminToken?: string; now?: () => number } = { adminToken: ADMIN_TOKEN }) {
  const c = recordingConsole();
  const r = await startHttp({ kb: realKb(), console: c.handler, ...options });
  running.push(r);
  const host = `127.0.0.1:${r.port}`;
  return { ...r, ...c, host, origin: `http://${host}` };
}

function expectSecurityHeaders(res: Response): void {
  expect(res.headers['content-security-policy']).toBe(CSP);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('same-origin');
  expect(res.headers['cache-control']).toBe('no-store');
}

/** Logs in through the form as a browser does; returns the cookie pair and the whole Set-Cookie. */
async function logIn(r: { base: string; origin: string }, extra: Record<string, string> = {}): Promise<{ cookie: string; setCookie: string; res: Response }> {
  const res = await send(`${r.base}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: r.origin, 'sec-fetch-site': 'same-origin', ...extra },
    body: new URLSearchParams({ token: ADMIN_TOKEN, next: '/admin/gaps' }).toString(),
  });
  const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? [])[0] ?? '';
  return { cookie: setCookie.split(';')[0]!, setCookie, res };
}

describe('/admin without the token', () => {
  it('sends a browser asking for a page to the login form, and answers 401 to anything else', async () => {
    const r = await start();
    const page = await send(`${r.base}/admin/gaps?since=7d`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(page.status).toBe(303);
    expect(page.headers.location).toBe(`/admin/login?next=${encodeURIComponent('/admin/gaps?since=7d')}`);
    expectSecurityHeaders(page);
    const script = await send(`${r.base}/admin/gaps`);
    expect(script.status).toBe(401);
    expect(script.headers['www-authenticate']).toMatch(/^Bearer/);
    expectSecurityHeaders(script);
    const post = await send(`${r.base}/admin/learn`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'q=x' });
    expect(post.status).toBe(401);
    expect(r.seen).toEqual([]);
  });

  it('refuses a wrong Bearer token (even with a valid cookie) and serves the right one', async () => {
    const r = await start();
    const { cookie } = await logIn(r);
    for (const authorization of [`Bearer ${ADMIN_TOKEN}0`, 'Bearer short', `Basic ${ADMIN_TOKEN}`, 'Bearer']) {
      const res = await send(`${r.base}/admin/`, { headers: { authorization, cookie } });
      expect(res.status, authorization).toBe(401);
    }
    expect(r.seen).toEqual([]);
    const ok = await send(`${r.base}/admin/`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(ok.body).toBe('<p>console /</p>');
    expectSecurityHeaders(ok);
    expect(ok.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.seen.map((s) => [s.method, s.path])).toEqual([['GET', '/']]);
  });

  it('is off (503) without ADMIN_TOKEN, login included', async () => {
    const r = await start({});
    for (const path of ['/admin/', '/admin/login']) {
      const res = await send(`${r.base}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(503);
      expect(res.body).toMatch(/ADMIN_TOKEN/);
      expectSecurityHeaders(res);
    }
  });
});

describe('the login form', () => {
  it('shows a form, refuses a wrong token, and sets an HttpOnly SameSite=Strict Path=/admin cookie that is not the token', async () => {
    const r = await start();
    const form = await send(`${r.base}/admin/login?next=%2Fadmin%2Fgaps`);
    expect(form.status).toBe(200);
    expectSecurityHeaders(form);
    expect(form.body).toContain('<form method="post" action="/admin/login">');
    expect(form.body).toContain('name="next" value="/admin/gaps"');
    expect(form.body).not.toMatch(/<script|style=/);

    const wrong = await send(`${r.base}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: r.origin },
      body: `token=${ADMIN_TOKEN}x`,
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();

    const { cookie, setCookie, res } = await logIn(r);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/admin/gaps');
    const attributes = setCookie.split(';').map((a) => a.trim());
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/admin', 'Max-Age=43200']));
    expect(attributes).not.toContain('Secure');
    const value = cookie.split('=')[1]!;
    expect(value.length).toBeGreaterThan(20);
    expect(setCookie).not.toContain(ADMIN_TOKEN);

    // Behind an https proxy the cookie is Secure.
    const secure = await logIn(r, { 'x-forwarded-proto': 'https' });
    expect(secure.setCookie.split(';').map((a) => a.trim())).toContain('Secure');
    expect(r.logger.text()).not.toContain(ADMIN_TOKEN);
  });

  it('refuses a login posted from another site', async () => {
    const r = await start();
    const cases: Record<string, string>[] = [{ origin: 'http://evil.example' }, { 'sec-fetch-site': 'cross-site' }, {}];
    for (const headers of cases) {
      const res = await send(`${r.base}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: `token=${ADMIN_TOKEN}`,
      });
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('never redirects to another site after login', async () => {
    const r = await start();
    for (const next of ['//evil.example/admin/', 'http://evil.example/', '/admin\\@evil.example', '/other', '/admin/x\r\nSet-Cookie: a=b', '/admin/ü']) {
      const res = await send(`${r.base}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: r.origin },
        body: new URLSearchParams({ token: ADMIN_TOKEN, next }).toString(),
      });
      expect(res.status).toBe(303);
      expect(res.headers.location, next).toBe('/admin/');
    }
  });

  it('holds a guesser to 10 wrong tokens a minute per address', async () => {
    let clock = 1_000_000;
    const r = await start({ adminToken: ADMIN_TOKEN, now: () => clock });
    const attempt = (token: string) =>
      send(`${r.base}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: r.origin }, body: `token=${token}` });
    for (let i = 0; i < 10; i++) expect((await attempt(`guess-${i}`)).status).toBe(401);
    const refused = await attempt(ADMIN_TOKEN);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    clock += 6_000;
    expect((await attempt(ADMIN_TOKEN)).status).toBe(303);
  });
});

describe('a browser session', () => {
  it('opens the console with the cookie, until it expires; a forged cookie does nothing', async () => {
    let clock = 1_000_000;
    const r = await start({ adminToken: ADMIN_TOKEN, now: () => clock });
    const { cookie } = await logIn(r);
    const page = await send(`${r.base}/admin/gaps?since=30d`, { headers: { cookie, accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(r.seen.at(-1)).toMatchObject({ method: 'GET', path: '/gaps' });
    expect(r.seen.at(-1)!.query.get('since')).toBe('30d');
    expect(r.seen.at(-1)!.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Signed expiry: moving it later breaks the signature.
    const [expiry, signature] = cookie.split('=')[1]!.split('.') as [string, string];
    const forged = `factbot_admin=${Number(expiry) + 86_400}.${signature}`;
    expect((await send(`${r.base}/admin/gaps`, { headers: { cookie: forged } })).status).toBe(401);
    expect((await send(`${r.base}/admin/gaps`, { headers: { cookie: `factbot_admin=${ADMIN_TOKEN}` } })).status).toBe(401);
    clock += 12 * 3600 * 1000 + 1000;
    const late = await send(`${r.base}/admin/gaps`, { headers: { cookie, accept: 'text/html' } });
    expect(late.status).toBe(303);
    expect(late.headers.location).toMatch(/^\/admin\/login\?next=/);
  });

  it('refuses a cross-site POST (no or foreign Origin, missing or wrong _csrf) and takes the console\'s own', async () => {
    const r = await start();
    const { cookie } = await logIn(r);
    await send(`${r.base}/admin/gaps`, { headers: { cookie } });
    const csrf = r.seen.at(-1)!.csrfToken;
    const seenBefore = r.seen.length;
    const post = (headers: Record<string, string>, form: Record<string, string>) =>
      send(`${r.base}/admin/learn`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, ...headers },
        body: new URLSearchParams(form).toString(),
      });
    const refused: [string, Record<string, string>, Record<string, string>][] = [
      ['no Origin, no Sec-Fetch-Site', {}, { _csrf: csrf, q: 'x' }],
      ['foreign Origin', { origin: 'http://evil.example' }, { _csrf: csrf, q: 'x' }],
      ['cross-site fetch', { 'sec-fetch-site': 'cross-site', origin: r.origin }, { _csrf: csrf, q: 'x' }],
      ['same-site sibling', { 'sec-fetch-site': 'same-site' }, { _csrf: csrf, q: 'x' }],
      ['null Origin', { origin: 'null' }, { _csrf: csrf, q: 'x' }],
      ['missing _csrf', { origin: r.origin, 'sec-fetch-site': 'same-origin' }, { q: 'x' }],
      ['wrong _csrf', { origin: r.origin, 'sec-fetch-site': 'same-origin' }, { _csrf: `${csrf.slice(0, -1)}${csrf.endsWith('A') ? 'B' : 'A'}`, q: 'x' }],
    ];
    for (const [what, headers, form] of refused) {
      const res = await post(headers, form);
      expect(res.status, what).toBe(403);
      expectSecurityHeaders(res);
    }
    expect(r.seen.length).toBe(seenBefore);
    // What Chromium sends for the console's own form under Referrer-Policy: no-referrer.
    const nullOrigin = await post({ origin: 'null', 'sec-fetch-site': 'same-origin' }, { _csrf: csrf, q: 'x' });
    expect(nullOrigin.status).toBe(303);
    // An older browser without Sec-Fetch-Site: the Origin decides.
    const originOnly = await post({ origin: r.origin }, { _csrf: csrf, q: 'x' });
    expect(originOnly.status).toBe(303);
    const ok = await post({ origin: r.origin, 'sec-fetch-site': 'same-origin' }, { _csrf: csrf, q: 'where is it', fact: 'deposit-location' });
    expect(ok.status).toBe(303);
    expect(ok.headers.location).toBe('/admin/gaps');
    expectSecurityHeaders(ok);
    const last = r.seen.at(-1)!;
    expect(last.method).toBe('POST');
    expect(last.path).toBe('/learn');
    expect(last.form.get('q')).toBe('where is it');
    expect(last.form.get('fact')).toBe('deposit-location');
  });

  it('takes a POST with the Bearer token without CSRF or Origin', async () => {
    const r = await start();
    const res = await send(`${r.base}/admin/learn`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'q=where+is+it&fact=deposit-location',
    });
    expect(res.status).toBe(303);
    expect(r.seen.at(-1)!.form.get('fact')).toBe('deposit-location');
  });

  it('logs out with a POST that clears the cookie', async () => {
    const r = await start();
    const { cookie } = await logIn(r);
    await send(`${r.base}/admin/`, { headers: { cookie } });
    const csrf = r.seen.at(-1)!.csrfToken;
    expect((await send(`${r.base}/admin/logout`, { headers: { cookie } })).status).toBe(405);
    const out = await send(`${r.base}/admin/logout`, {
      method: 'POST',
      headers: { cookie, origin: r.origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: `_csrf=${encodeURIComponent(csrf)}`,
    });
    expect(out.status).toBe(303);
    expect(out.headers.location).toBe('/admin/login');
    const cleared = ([] as string[]).concat(out.headers['set-cookie'] ?? [])[0] ?? '';
    expect(cleared).toMatch(/^factbot_admin=;/);
    expect(cleared).toContain('Max-Age=0');
    expect(cleared).toContain('Path=/admin');
  });

  it('answers 413 to a form over the cap, and 500 (counted) when a page fails, with the security headers', async () => {
    const r = await start();
    const big = await send(`${r.base}/admin/learn`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: `q=${'x'.repeat(40 * 1024)}`,
    });
    expect(big.status).toBe(413);
    expectSecurityHeaders(big);
    const boom = await send(`${r.base}/admin/boom`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(boom.status).toBe(500);
    expectSecurityHeaders(boom);
    expect(await r.metrics.text()).toMatch(/^factbot_errors_total\{platform="admin"\} 1$/m);
    expect(r.logger.text()).not.toContain(ADMIN_TOKEN);
  });
});
