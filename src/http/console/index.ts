/**
 * The maintainers' web console: the pages under /admin (issue 13). The HTTP
 * server (src/http/) authenticates every request, checks the CSRF token of
 * every POST and adds the security headers; this module only turns a
 * {@link ConsoleRequest} into a page, a redirect or the stylesheet.
 *
 * | path                     | what                                                  |
 * |--------------------------|-------------------------------------------------------|
 * | GET  /                   | overview: questions per day, latency, top facts       |
 * | GET  /gaps               | gaps with their candidates and actions                |
 * | POST /gaps/learn         | learn `question` for fact `fact`                      |
 * | POST /gaps/out-of-scope  | learn `question` as out of scope                      |
 * | GET  /facts              | browse and search (`?q=`) the facts                   |
 * | GET  /try                | `?q=`: how the bot reads and ranks a question         |
 * | GET  /assets/console.css | the stylesheet                                        |
 *
 * Every page's header has a "Log out" form posting to the server's /admin/logout.
 */
import fs from 'node:fs';
import { learnOutOfScope, learnPhrasing } from '../../learn.ts';
import type { ConsoleHandler, ConsoleRequest, ConsoleResponse } from '../console-types.ts';
import { runAction, serial } from './actions.ts';
import type { ConsoleDeps } from './deps.ts';
import { factsPage } from './facts.ts';
import { gapsPage } from './gaps.ts';
import { html, type Html } from './html.ts';
import { flashFrom, NAV, page } from './layout.ts';
import { overviewPage } from './overview.ts';
import { tryPage } from './try.ts';

export type { ConsoleDeps, Learner } from './deps.ts';
export { escapeHtml } from './html.ts';

/** Where the stylesheet is, below the console's base path. */
export const CSS_PATH = '/assets/console.css';
/** The stylesheet's text (read once: it ships with the code). */
export const CONSOLE_CSS = fs.readFileSync(new URL('./console.css', import.meta.url), 'utf8');

const HTML_HEADERS = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };

type PageHandler = (req: ConsoleRequest, deps: ConsoleDeps, base: string) => Promise<{ title: string; body: Html }>;
const PAGES: Record<string, PageHandler> = { '/': overviewPage, '/gaps': gapsPage, '/facts': factsPage, '/try': tryPage };

/** Builds the console's request handler. */
export function createConsole(deps: ConsoleDeps): ConsoleHandler {
  const base = (deps.basePath ?? '/admin').replace(/\/+$/, '');
  const learner = deps.learner ?? { learnPhrasing, learnOutOfScope };
  const oneAtATime = serial();

  const message = (req: ConsoleRequest, status: number, title: string, text: string, headers: Record<string, string> = {}): ConsoleResponse => ({
    status,
    headers: { ...HTML_HEADERS, ...headers },
    body: page({ base, current: null, title, csrf: req.csrfToken, body: htmlText(text) }),
  });

  return async (req) => {
    const path = req.path === '' ? '/' : req.path;
    if (path === CSS_PATH) {
      if (req.method !== 'GET') return message(req, 405, 'Method not allowed', 'The stylesheet is read with GET.', { allow: 'GET' });
      return { status: 200, headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=300' }, body: CONSOLE_CSS };
    }
    if (path === '/gaps/learn' || path === '/gaps/out-of-scope') {
      if (req.method !== 'POST') return message(req, 405, 'Method not allowed', 'This action is a form sent with POST from the Gaps page.', { allow: 'POST' });
      return oneAtATime(() => runAction(path === '/gaps/learn' ? 'learn' : 'out-of-scope', req, deps, learner, base));
    }
    const handler = PAGES[path];
    if (!handler) return message(req, 404, 'Not found', `There is no console page at ${base}${path}.`);
    if (req.method !== 'GET') return message(req, 405, 'Method not allowed', 'Pages are read with GET.', { allow: 'GET' });
    try {
      const { title, body } = await handler(req, deps, base);
      const current = NAV.find((n) => n.path === path)?.path ?? null;
      return { status: 200, headers: HTML_HEADERS, body: page({ base, current, title, csrf: req.csrfToken, flash: flashFrom(req.query, req.csrfToken), body }) };
    } catch (e) {
      // The question log unreachable (PostgreSQL down, a locked file): a page that says so, not a dropped connection.
      return message(req, 503, 'Unavailable', `This page could not be built: ${(e as Error).message}`);
    }
  };
}

function htmlText(text: string): Html {
  return html`<p>${text}</p>`;
}
