/**
 * The console's credentials, all derived from ADMIN_TOKEN and pure (the clock
 * is a parameter), so nothing is stored on the server and a restart logs no
 * one out:
 *
 * - a **key** derived from the token (HMAC with a fixed label), never the
 *   token itself, signs everything else; changing ADMIN_TOKEN invalidates
 *   every session at once;
 * - the **session cookie** is `<expiry>.<HMAC(key, expiry)>`: it says when it
 *   ends and proves the server made it; it is not the token, so a cookie that
 *   leaks (a browser profile, a proxy's log) does not give the token away and
 *   stops working at its expiry;
 * - the **CSRF token** is an HMAC of the session cookie: a page of another
 *   site cannot read it, so it cannot forge the `_csrf` field of a form.
 *
 * Every comparison of a secret is constant-time over equal-length digests
 * (crypto.timingSafeEqual needs equal lengths; hashing first gives them and
 * hides the length of what is compared).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Name of the console's session cookie. */
export const SESSION_COOKIE = 'factbot_admin';

/** Constant-time equality of two secrets of any length (SHA-256 digests are compared). */
export function secretEquals(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** The token given as `Authorization: Bearer …`, or undefined when there is none. */
export function bearerToken(authorization: string | undefined): string | undefined {
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  return m?.[1];
}

/** The key everything is signed with: derived from the token, never the token. */
export function sessionKey(adminToken: string): Buffer {
  return createHmac('sha256', adminToken).update('factbot admin session key v1').digest();
}

const mac = (key: Buffer, label: string, value: string) => createHmac('sha256', key).update(`${label}\u0000${value}`).digest('base64url');

/** A session cookie's value, valid until `expiresAtMs`. */
export function makeSession(key: Buffer, expiresAtMs: number): string {
  const expiry = String(Math.floor(expiresAtMs / 1000));
  return `${expiry}.${mac(key, 'session', expiry)}`;
}

/** Whether a cookie value is a session this key made and that has not expired at `nowMs`. */
export function sessionValid(key: Buffer, value: string | undefined, nowMs: number): boolean {
  const m = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(value ?? '');
  if (!m) return false;
  const [, expiry, signature] = m as unknown as [string, string, string];
  const expected = Buffer.from(mac(key, 'session', expiry));
  const given = Buffer.from(signature);
  // Both are 43 characters (the regex and base64url of 32 bytes): timingSafeEqual's lengths match.
  if (!timingSafeEqual(given, expected)) return false;
  return Number(expiry) * 1000 > nowMs;
}

/**
 * The CSRF token of a session: the `_csrf` field of every form. Requests with
 * a Bearer token need none; they get one derived from a fixed label so the
 * console can still render its forms.
 */
export function csrfToken(key: Buffer, session: string | undefined): string {
  return mac(key, 'csrf', session ?? 'bearer');
}

/** Whether `given` is the session's CSRF token (constant-time). */
export function csrfValid(key: Buffer, session: string, given: string | null | undefined): boolean {
  return typeof given === 'string' && secretEquals(given, csrfToken(key, session));
}

/** The value of cookie `name` in a Cookie header, or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * The Set-Cookie header of a session: HttpOnly (no script reads it),
 * SameSite=Strict (no other site's page sends it), Path=/admin (sent to the
 * console only). `secure`: add Secure, for a server reached over https
 * (the server cannot know it behind a proxy: docs/operations.md).
 */
export function sessionCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${value}; Max-Age=${maxAgeSeconds}; Path=/admin; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/** The Set-Cookie header that removes the session (logout). */
export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Max-Age=0; Path=/admin; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/**
 * Whether a browser's state-changing request comes from the console's own
 * pages. `Sec-Fetch-Site`, when the browser sends it (every current one
 * does), decides: only `same-origin` passes. A page cannot set or change it,
 * and it is right where `Origin` is not: under `Referrer-Policy: no-referrer`
 * Chromium sends `Origin: null` with a page's own form POSTs. Without it, an
 * `Origin` whose host is the request's own Host. Neither header: refused (a
 * request a browser made without them is not one the console's forms made).
 */
export function sameOrigin(headers: { origin?: string | undefined; host?: string | undefined; 'sec-fetch-site'?: string | undefined }): boolean {
  const site = headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin';
  const origin = headers.origin;
  if (origin === undefined || origin === 'null' || headers.host === undefined) return false;
  try {
    return new URL(origin).host === headers.host.toLowerCase();
  } catch {
    return false;
  }
}
