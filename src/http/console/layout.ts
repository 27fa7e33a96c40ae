/**
 * The frame every console page shares: the document head (the stylesheet at
 * /assets/console.css, no inline style or script, so a strict CSP holds), a
 * skip link, the navigation, the one-line flash message after an action, and
 * the page's content in <main>.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { html, type Html } from './html.ts';

/** The pages in the navigation, in order. */
export const NAV = [
  { path: '/', label: 'Overview' },
  { path: '/gaps', label: 'Gaps' },
  { path: '/facts', label: 'Facts' },
  { path: '/try', label: 'Try' },
] as const;

/** A flash message: what an action did (`ok`) or why it was refused (`error`). */
export interface Flash {
  kind: 'ok' | 'error';
  text: string;
}

/** Longest flash shown: it is one line, and it comes from the query string, where anyone can put anything. */
export const MAX_FLASH = 300;

/**
 * The flash's signature: an HMAC keyed by the session's CSRF token. A flash
 * travels in the query string, where anyone can put text into a link; only
 * one this console wrote for this session is shown, so a crafted link cannot
 * make the console say something it did not ("session expired, log in at …").
 */
export function signFlash(flash: Flash, secret: string): string {
  return createHmac('sha256', secret).update(`${flash.kind}\n${flash.text}`).digest('base64url');
}

/** The query parameters that carry a flash through a redirect (`flash`, `flashKind`, `flashSig`). */
export function flashParams(flash: Flash, secret: string): Record<string, string> {
  const text = flash.text.replace(/\s+/g, ' ').trim();
  return { flash: text, flashKind: flash.kind, flashSig: signFlash({ kind: flash.kind, text }, secret) };
}

/** The flash carried by a redirect's query string, if any and signed for this session. */
export function flashFrom(query: URLSearchParams, secret: string): Flash | null {
  const text = query.get('flash');
  const kind = query.get('flashKind') === 'error' ? 'error' : 'ok';
  const given = Buffer.from(query.get('flashSig') ?? '');
  if (!text) return null;
  const expected = Buffer.from(signFlash({ kind, text }, secret));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const one = text.replace(/\s+/g, ' ').trim();
  return { kind, text: one.length > MAX_FLASH ? `${one.slice(0, MAX_FLASH - 1)}…` : one };
}

export interface PageOptions {
  base: string;
  /** The navigation entry to mark as current. */
  current: (typeof NAV)[number]['path'] | null;
  title: string;
  flash?: Flash | null;
  /** The CSRF token for the log-out form (the server's /admin/logout). */
  csrf: string;
  body: Html;
}

/** A whole HTML document. */
export function page(o: PageOptions): string {
  const nav = NAV.map(
    (n) => html`<li><a href="${o.base}${n.path === '/' ? '/' : n.path}"${n.path === o.current ? html` aria-current="page"` : ''}>${n.label}</a></li>`,
  );
  const flash = o.flash
    ? html`<p class="flash flash-${o.flash.kind}" role="${o.flash.kind === 'error' ? 'alert' : 'status'}">${o.flash.text}</p>`
    : '';
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} · factbot console</title>
<link rel="stylesheet" href="${o.base}/assets/console.css">
<link rel="icon" href="data:,">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="top">
<p class="brand"><a href="${o.base}/">factbot console</a></p>
<nav aria-label="Console pages"><ul>${nav}</ul></nav>
<form method="post" action="${o.base}/logout" class="logout"><input type="hidden" name="_csrf" value="${o.csrf}"><button type="submit" class="secondary">Log out</button></form>
</header>
<main id="main" tabindex="-1">
${flash}
<h1>${o.title}</h1>
${o.body}
</main>
</body>
</html>
`.value;
}
