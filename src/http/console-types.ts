export interface ConsoleRequest {
  method: 'GET' | 'POST';
  /** Path below /admin: '/', '/gaps', '/facts', '/try', '/assets/console.css', … */
  path: string;
  query: URLSearchParams;
  /** Parsed application/x-www-form-urlencoded body of a POST (size-capped and CSRF-checked by the server). */
  form: URLSearchParams;
  /** The server's CSRF token: put in every form as <input type="hidden" name="_csrf" value="…">. */
  csrfToken: string;
}
export interface ConsoleResponse {
  status: number;
  /** Content-Type, Location, … The server adds security headers (CSP without inline script, nosniff, frame-ancestors 'none'). */
  headers?: Record<string, string>;
  body: string | Buffer;
}
export type ConsoleHandler = (req: ConsoleRequest) => Promise<ConsoleResponse>;
