/**
 * `/admin/*`: authentication for the maintainers' web console, then the
 * console's own handler (src/http/console/, written apart: it renders pages
 * and knows nothing of tokens or cookies).
 *
 * - Every request needs ADMIN_TOKEN: as `Authorization: Bearer …` (scripts),
 *   or a session cookie set by the login form at `/admin/login` (people).
 *   Without ADMIN_TOKEN the console is off (503): an open console on
 *   127.0.0.1 would still be reachable by every local user and, through DNS
 *   rebinding, by web pages the maintainer visits.
 * - A POST from a browser session must come from the console's own page (the
 *   `_csrf` field derived from the session, and `Sec-Fetch-Site: same-origin`
 *   or a same-host `Origin`); a Bearer request needs neither, since a browser
 *   never adds that header by itself.
 * - Every answer carries the security headers ({@link SECURITY_HEADERS}).
 */
import type { Logger } from '../log.ts';
import { HTTP } from '../config.ts';
import { BucketTable } from '../ratelimit.ts';
import {
  SESSION_COOKIE,
  bearerToken,
  clearedSessionCookie,
  cookieValue,
  csrfToken,
  csrfValid,
  makeSession,
  sameOrigin,
  secretEquals,
  sessionCookie,
  sessionKey,
  sessionValid,
} from './auth.ts';
import type { BodyResult } from './body.ts';
import type { ConsoleHandler, ConsoleRequest } from './console-types.ts';
import type { Outgoing } from './outgoing.ts';

/**
 * On every /admin answer: scripts, styles and images from this origin only
 * (no inline script, no CDN), never in a frame (clickjacking), no MIME
 * sniffing, no Referer to other sites (the console's URLs hold questions),
 * never cached (pages show the question log).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  // same-origin, not no-referrer: under no-referrer Chromium sends `Origin: null` with the
  // console's own form POSTs, which sameOrigin() must refuse, so no login or action would work.
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
};

/** One request below /admin, as the server hands it over. */
export interface AdminRequest {
  method: string;
  /** The path, starting with /admin. */
  path: string;
  query: URLSearchParams;
  headers: {
    authorization?: string | undefined;
    cookie?: string | undefined;
    origin?: string | undefined;
    host?: string | undefined;
    'sec-fetch-site'?: string | undefined;
    accept?: string | undefined;
    'content-type'?: string | undefined;
    'x-forwarded-proto'?: string | undefined;
  };
  clientAddress: string;
  body: () => Promise<BodyResult>;
}

/** Options for {@link createAdmin}. */
export interface AdminOptions {
  /** Undefined: the console is off. */
  adminToken: string | undefined;
  /** The console's pages; undefined: not installed (503). */
  console: ConsoleHandler | undefined;
  logger: Pick<Logger, 'warn' | 'error'>;
  /** Milliseconds clock (session expiry, login attempts); injectable for tests. */
  now?: () => number;
  /** How long a login lasts (default HTTP.sessionSeconds). */
  sessionSeconds?: number;
}

/** What the server calls for every /admin request. */
export type AdminHandler = (req: AdminRequest) => Promise<Outgoing | 'too-large' | 'aborted'>;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Where to go after logging in: a console path only (never another site:
 * `//evil`, `/\evil`), in printable ASCII (a Location header takes nothing
 * else; the console's own URLs are percent-encoded).
 */
export function safeNext(next: string | null | undefined): string {
  return typeof next === 'string' && /^\/admin\/[\x21-\x5b\x5d-\x7e]*$/.test(next) && next.length <= 2000 ? next : '/admin/';
}

/** The login page: plain HTML, no script, no inline style (the CSP allows neither). */
function loginPage(next: string, problem: string | undefined): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>factbot console: log in</title>
<link rel="icon" href="data:,">
</head>
<body>
<main>
<h1>factbot console</h1>
${problem ? `<p role="alert">${escapeHtml(problem)}</p>\n` : ''}<form method="post" action="/admin/login">
<input type="hidden" name="next" value="${escapeHtml(next)}">
<p><label for="token">Admin token (ADMIN_TOKEN)</label><br>
<input id="token" name="token" type="password" autocomplete="current-password" required autofocus></p>
<p><button type="submit">Log in</button></p>
</form>
</main>
</body>
</html>
`;
}

/** A small page of text (errors, the console being off). */
function textPage(status: number, text: string, headers: Record<string, string> = {}): Outgoing {
  return { status, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...headers }, body: `${text}\n` };
}

const html = (status: number, body: string, headers: Record<string, string> = {}): Outgoing => ({
  status,
  headers: { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', ...headers },
  body,
});

const redirect = (location: string, headers: Record<string, string> = {}): Outgoing => ({
  status: 303,
  headers: { ...SECURITY_HEADERS, location, 'content-type': 'text/plain; charset=utf-8', ...headers },
  body: `See ${location}\n`,
});

/** Whether a form body was sent: the console's forms post application/x-www-form-urlencoded. */
const isForm = (contentType: string | undefined) => (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded';

/** Reads a form body; the server answers a body over the cap. */
async function readForm(req: AdminRequest): Promise<URLSearchParams | 'too-large' | 'aborted'> {
  const read = await req.body();
  if (!read.ok) return read.reason;
  return new URLSearchParams(read.body.toString('utf8'));
}

/** Builds the /admin handler. */
export function createAdmin(options: AdminOptions): AdminHandler {
  const now = options.now ?? Date.now;
  const sessionSeconds = options.sessionSeconds ?? HTTP.sessionSeconds;
  const token = options.adminToken;
  const key = token !== undefined ? sessionKey(token) : undefined;
  const failures = new BucketTable(HTTP.loginFailures, 10_000);

  return async (req) => {
    if (token === undefined || key === undefined) {
      return textPage(503, 'The maintainers\' console is off: set ADMIN_TOKEN (at least 16 characters) to turn it on (docs/configuration.md).');
    }
    // The cookie gets Secure when a proxy says the browser used https (the server cannot otherwise know).
    const secure = (req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim().toLowerCase() === 'https';
    const path = req.path === '/admin' ? '/' : req.path.slice('/admin'.length);
    const method = req.method === 'HEAD' ? 'GET' : req.method;

    if (path === '/login') {
      if (method === 'GET') {
        if (sessionValid(key, cookieValue(req.headers.cookie, SESSION_COOKIE), now())) return redirect(safeNext(req.query.get('next')));
        return html(200, loginPage(safeNext(req.query.get('next')), undefined));
      }
      if (method !== 'POST') return textPage(405, 'Method not allowed.', { allow: 'GET, POST' });
      // A login posted from another site would log the browser into the attacker's choice of session.
      if (!sameOrigin(req.headers)) return textPage(403, 'Refused: the login form must be sent from this site.');
      const address = `login:${req.clientAddress}`;
      if (!failures.has(address, now())) {
        const { retryAfterMs } = failures.refuse(address, now());
        return textPage(429, 'Too many wrong tokens from this address: wait a minute, then try again.', { 'retry-after': String(Math.max(1, Math.ceil(retryAfterMs / 1000))) });
      }
      const form = isForm(req.headers['content-type']) ? await readForm(req) : new URLSearchParams();
      if (typeof form === 'string') return form;
      const next = safeNext(form.get('next'));
      const given = form.get('token') ?? '';
      if (!secretEquals(given.trim(), token)) {
        failures.take(address, now());
        options.logger.warn({}, 'console login refused: wrong token');
        return html(401, loginPage(next, 'That is not the admin token.'));
      }
      const session = makeSession(key, now() + sessionSeconds * 1000);
      return redirect(next, { 'set-cookie': sessionCookie(session, sessionSeconds, secure) });
    }

    // Everything else needs the token: a Bearer header, or a session from the login form.
    const authorization = req.headers.authorization;
    const bearer = authorization !== undefined ? bearerToken(authorization) : undefined;
    let via: 'bearer' | 'session';
    let session: string | undefined;
    if (authorization !== undefined) {
      // A header that is there but wrong is refused outright, never excused by a cookie.
      if (bearer === undefined || !secretEquals(bearer, token)) {
        return textPage(401, 'Refused: wrong admin token.', { 'www-authenticate': 'Bearer realm="factbot admin"' });
      }
      via = 'bearer';
    } else {
      session = cookieValue(req.headers.cookie, SESSION_COOKIE);
      if (!sessionValid(key, session, now())) {
        // A browser asking for a page is sent to the login form; anything else is told why.
        const wantsPage = method === 'GET' && (req.headers.accept ?? '').includes('text/html');
        if (wantsPage) {
          const here = `/admin${path}${req.query.size > 0 ? `?${req.query.toString()}` : ''}`;
          return redirect(`/admin/login?next=${encodeURIComponent(safeNext(here))}`);
        }
        return textPage(401, 'Log in at /admin/login, or send Authorization: Bearer <ADMIN_TOKEN>.', { 'www-authenticate': 'Bearer realm="factbot admin"' });
      }
      via = 'session';
    }

    if (method !== 'GET' && method !== 'POST') return textPage(405, 'Method not allowed.', { allow: 'GET, POST' });
    let form = new URLSearchParams();
    if (method === 'POST') {
      if (via === 'session' && !sameOrigin(req.headers)) return textPage(403, 'Refused: a change must be sent from the console\'s own page (cross-site request).');
      if (!isForm(req.headers['content-type'])) return textPage(415, 'Expected a form (application/x-www-form-urlencoded).');
      const read = await readForm(req);
      if (typeof read === 'string') return read;
      form = read;
      if (via === 'session' && !csrfValid(key, session as string, form.get('_csrf'))) {
        return textPage(403, 'Refused: the form is out of date or was not sent from the console (missing or wrong _csrf). Reload the page and try again.');
      }
    }

    if (path === '/logout') {
      if (method !== 'POST') return textPage(405, 'Log out with the console\'s "Log out" button (a POST).', { allow: 'POST' });
      return redirect('/admin/login', { 'set-cookie': clearedSessionCookie(secure) });
    }

    if (options.console === undefined) return textPage(503, 'The console pages are not installed in this build.');
    const consoleRequest: ConsoleRequest = { method, path, query: req.query, form, csrfToken: csrfToken(key, session) };
    const answer = await options.console(consoleRequest);
    // The console's headers first, then ours: a page cannot loosen the security headers.
    const headers = Object.fromEntries(Object.entries(answer.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
    return { status: answer.status, headers: { ...headers, ...SECURITY_HEADERS }, body: answer.body };
  };
}
