/**
 * The gaps page's actions (POST, the server has checked the CSRF token):
 * learn a question as a stored question of a fact, or as out of scope. Each
 * calls src/learn.ts, then reloads the knowledge so the running bot answers
 * from the change at once, and redirects back to the gaps page (POST →
 * redirect → GET) with a one-line flash message in the query string saying
 * what happened or why it was refused (signed for the session: layout.ts).
 */
import { formatIssue } from '../../knowledge/load.ts';
import type { ReloadOutcome } from '../../knowledge/watch.ts';
import type { ConsoleRequest, ConsoleResponse } from '../console-types.ts';
import type { ConsoleDeps, LearnOutcome, Learner } from './deps.ts';
import { href } from './html.ts';
import { flashParams, type Flash } from './layout.ts';
import { windowFrom } from './window.ts';

/** Longest question accepted from the form: what the question log stores (the bot cleans questions to 500 characters). */
export const MAX_QUESTION = 500;

/** The redirect back to the gaps page with a signed flash. 303: the browser GETs it, so a reload does not post again. */
export function redirectWithFlash(base: string, path: string, params: Record<string, string | number>, flash: Flash, secret: string): ConsoleResponse {
  return { status: 303, headers: { location: href(base, path, { ...params, ...flashParams(flash, secret) }), 'cache-control': 'no-store' }, body: '' };
}

/** What a reload after a learned change means for the flash. */
function afterReload(learned: string, outcome: ReloadOutcome): Flash {
  if (outcome.kind === 'failed') {
    const first = outcome.errors[0];
    return { kind: 'error', text: `${learned} But the knowledge did not reload (${outcome.errors.length} problem(s)${first ? `, first: ${formatIssue(first)}` : ''}); the bot still answers from the last good version.` };
  }
  return { kind: 'ok', text: `${learned.replace(/\.?\s*$/, '.')} The bot answers from it now.` };
}

/**
 * Runs actions one after another: two maintainers clicking at once must not
 * read the same file, each add a line, and write over each other's.
 */
export function serial(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

export type Action = 'learn' | 'out-of-scope';

/** Handles POST /gaps/learn (`question`, `fact`) and POST /gaps/out-of-scope (`question`). */
export async function runAction(action: Action, req: ConsoleRequest, deps: ConsoleDeps, learner: Learner, base: string): Promise<ConsoleResponse> {
  const days = windowFrom(req.form);
  const back = (flash: Flash) => redirectWithFlash(base, '/gaps', { days }, flash, req.csrfToken);
  const question = (req.form.get('question') ?? '').replace(/\s+/g, ' ').trim();
  if (question === '') return back({ kind: 'error', text: 'Nothing learned: the form had no question.' });
  if (question.length > MAX_QUESTION) return back({ kind: 'error', text: `Nothing learned: the question is longer than ${MAX_QUESTION} characters.` });
  let result: LearnOutcome;
  if (action === 'learn') {
    const fact = (req.form.get('fact') ?? '').trim();
    if (fact === '') return back({ kind: 'error', text: 'Nothing learned: pick a fact id first.' });
    result = await learner.learnPhrasing(deps.knowledgeDir, question, fact);
  } else {
    result = await learner.learnOutOfScope(deps.knowledgeDir, question);
  }
  // learn.ts's own line says what it did and where (file and line), or why it refused.
  if (!result.ok) return back({ kind: 'error', text: `Nothing learned: ${result.error}` });
  return back(afterReload(result.message, await deps.reload()));
}
