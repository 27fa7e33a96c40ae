/**
 * HTML for the console pages, escaped by construction. Everything a page
 * shows that came from outside (questions people typed, knowledge text, the
 * query string) goes through the one escape function, {@link escapeHtml}: the
 * `html` template escapes every interpolated value unless it is already
 * {@link Html} made by this module, so forgetting to escape takes effort.
 */

/** A piece of markup that is already safe to put in a page. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The one escape helper: text to HTML that is safe in element content and in
 * quoted attribute values (both quote kinds are escaped). Characters that are
 * not valid in HTML (NUL, lone surrogates, other C0 controls but tab and line
 * breaks) become U+FFFD so the page never carries them.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** A value a template accepts: escaped text, numbers, safe markup, lists of those; null, undefined and false print nothing. */
export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.value;
  if (value === null || value === undefined || value === false || value === true) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: the literal parts are trusted markup, every interpolation is escaped (unless it is {@link Html}). */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Joins markup pieces. */
export function join(parts: readonly HtmlValue[], separator = ''): Html {
  return new Html(parts.map(render).join(separator));
}

/** A link target below the console's base path with a query string; the caller still puts it through `html` (escaped as an attribute). */
export function href(base: string, path: string, params: Record<string, string | number | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const query = q.toString();
  return `${base}${path}${query ? `?${query}` : ''}`;
}
