/**
 * Every relative link in every Markdown file of the repository leads somewhere:
 * the file (or folder) exists, and a `#anchor` names a heading of the target
 * (GitHub's slugs: lowercase, spaces to dashes, punctuation dropped, `-1`, `-2`
 * for repeated headings). Links to web addresses are not fetched. Links in
 * fenced code blocks and in `code spans` are not links, so they are skipped.
 *
 * A dead link fails with the file, the line and the link named, e.g.
 * `docs/operations.md:12 ../README.md#confguration: no heading "confguration" in README.md`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { REPO_ROOT } from './helpers/knowledge.ts';

/** GitHub's anchor for a heading's text. */
function slug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link in a heading counts by its text
    .replace(/<[^>]+>/g, '') // inline HTML
    .replace(/[`*~]/g, '') // code and emphasis markers
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** A Markdown file's lines with fenced code blocks blanked (kept as empty lines, so line numbers hold). */
function proseLines(text: string): string[] {
  let fence: string | null = null;
  return text.split(/\r?\n/).map((line) => {
    const open = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === null) {
      if (open) {
        fence = open[1]!;
        return '';
      }
      return line;
    }
    if (open && open[1]![0] === fence[0] && open[1]!.length >= fence.length && line.trim() === open[1]) fence = null;
    return '';
  });
}

/** The anchors a Markdown file offers: its headings' slugs (repeats numbered as GitHub does) and explicit `<a id/name>`. */
function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const add = (heading: string) => {
    const base = slug(heading);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  };
  const lines = proseLines(text);
  lines.forEach((line, i) => {
    const atx = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (atx) add(atx[1]!);
    // A setext heading: a paragraph line underlined with = or -.
    const prev = lines[i - 1];
    if (/^\s{0,3}(=+|-+)\s*$/.test(line) && prev !== undefined && prev.trim() !== '' && !/^\s{0,3}(#|[-*+] |\d+\. |>|\|)/.test(prev)) add(prev.trim());
    for (const m of line.matchAll(/<a\s+(?:[^>]*\s)?(?:id|name)=["']([^"']+)["']/gi)) anchors.add(m[1]!);
  });
  return anchors;
}

interface Link {
  line: number;
  target: string;
}

/** The links of a Markdown file: inline links and images, and reference definitions; not in code. */
function linksOf(text: string): Link[] {
  const links: Link[] = [];
  proseLines(text).forEach((raw, i) => {
    const line = raw.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length));
    for (const m of line.matchAll(/!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*(<[^>]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g)) {
      links.push({ line: i + 1, target: m[1]!.replace(/^<|>$/g, '') });
    }
    const def = /^\s{0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/.exec(line);
    if (def) links.push({ line: i + 1, target: def[1]!.replace(/^<|>$/g, '') });
  });
  return links;
}

/** Every problem with the relative links of `files` (paths from `root`), one line each. */
function deadLinks(root: string, files: readonly string[]): string[] {
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    let a = anchorCache.get(file);
    if (!a) anchorCache.set(file, (a = anchorsOf(fs.readFileSync(file, 'utf8'))));
    return a;
  };
  const problems: string[] = [];
  for (const rel of files) {
    const file = path.join(root, rel);
    for (const { line, target } of linksOf(fs.readFileSync(file, 'utf8'))) {
      const where = `${rel}:${line} ${target}`;
      if (target === '') {
        problems.push(`${where}: empty link`);
        continue;
      }
      // A web address, mail, or any other scheme: not this test's business.
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
      const hash = target.indexOf('#');
      const pathPart = hash < 0 ? target : target.slice(0, hash);
      const anchor = hash < 0 ? undefined : target.slice(hash + 1);
      let decoded: string;
      try {
        decoded = decodeURIComponent(pathPart.replace(/\?.*$/, ''));
      } catch {
        problems.push(`${where}: not a valid address`);
        continue;
      }
      const resolved = decoded === '' ? file : decoded.startsWith('/') ? path.join(root, decoded) : path.resolve(path.dirname(file), decoded);
      const fromRoot = path.relative(root, resolved);
      if (fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) {
        problems.push(`${where}: points outside the repository`);
        continue;
      }
      if (!fs.existsSync(resolved)) {
        problems.push(`${where}: no such file ${fromRoot.split(path.sep).join('/')}`);
        continue;
      }
      if (anchor === undefined) continue;
      const shown = fromRoot.split(path.sep).join('/') || rel;
      if (/\.md$/i.test(resolved) && fs.statSync(resolved).isFile()) {
        if (!anchors(resolved).has(decodeURIComponent(anchor))) problems.push(`${where}: no heading "${anchor}" in ${shown}`);
      } else if (!/^L\d+(-L\d+)?$/.test(anchor)) {
        // GitHub's only anchors into other files are line numbers.
        problems.push(`${where}: "#${anchor}" is not a line anchor and ${shown} is not Markdown`);
      }
    }
  }
  return problems;
}

/** The Markdown files under `root`, as paths from it with `/`: not in node_modules, hidden folders or what .gitignore names. */
function markdownFiles(root: string): string[] {
  const ignore = fs.existsSync(path.join(root, '.gitignore'))
    ? fs
        .readFileSync(path.join(root, '.gitignore'), 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#') && !l.includes('*'))
        .map((l) => l.replace(/^\/|\/$/g, ''))
    : [];
  const skipped = (rel: string, name: string) => name.startsWith('.') || name === 'node_modules' || ignore.some((p) => (p.includes('/') ? rel === p : name === p));
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = dir === '' ? e.name : `${dir}/${e.name}`;
      if (skipped(rel, e.name)) continue;
      if (e.isDirectory()) walk(rel);
      else if (/\.(md|markdown)$/i.test(e.name)) out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

describe('links in the documentation', () => {
  const files = markdownFiles(REPO_ROOT);

  test('every Markdown file is found (the check below looks at them all)', () => {
    for (const f of ['README.md', 'docs/architecture.md', 'docs/engine.md', 'docs/maintainers.md', 'docs/operations.md', 'docs/configuration.md', 'knowledge/README.md', 'adapters/slack/README.md', 'adapters/discord/README.md', 'bench/RESULTS.md', 'bench/QUALITY.md']) {
      expect(files).toContain(f);
    }
    expect(files.some((f) => f.startsWith('node_modules/'))).toBe(false);
    expect(linksOf(fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')).length).toBeGreaterThan(10);
  });

  test('every relative link leads to a file that exists, and every #anchor to a heading in it', () => {
    expect(deadLinks(REPO_ROOT, files)).toEqual([]);
  });
});

describe('the link checker', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factbot-docs-links-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('slugs follow GitHub: lowercase, spaces to dashes, punctuation and markup dropped', () => {
    expect(slug('The question log: what is stored, exactly')).toBe('the-question-log-what-is-stored-exactly');
    expect(slug('When to shard (Discord)')).toBe('when-to-shard-discord');
    expect(slug('Several instances: PostgreSQL')).toBe('several-instances-postgresql');
    expect(slug('Why a question was declined: `ask --explain`')).toBe('why-a-question-was-declined-ask---explain');
    expect(slug('Set it up in a few minutes (Socket Mode, no public URL needed)')).toBe('set-it-up-in-a-few-minutes-socket-mode-no-public-url-needed');
    expect(slug('The `ANSWER_MAX_WRONG` target')).toBe('the-answer_max_wrong-target');
    expect(slug('Türkiye & Eskişehir')).toBe('türkiye--eskişehir');
  });

  test('a dead link is reported: a missing file, a missing heading, a missing heading in the same file', () => {
    fs.mkdirSync(path.join(dir, 'docs'));
    fs.writeFileSync(
      path.join(dir, 'README.md'),
      [
        '# Title',
        '',
        '## Setting up: Slack',
        '',
        'See [setup](#setting-up-slack), [the guide](docs/guide.md#running-it), [a folder](docs/) and [the web](https://example.com/x.md).',
        'A [missing file](docs/missing.md) and [a wrong heading](docs/guide.md#runing-it).',
        'A [wrong anchor here](#setting-up) and `[not a link](nowhere.md)`.',
        '',
        '```',
        '[in code](nowhere.md)',
        '```',
      ].join('\n'),
    );
    fs.writeFileSync(path.join(dir, 'docs', 'guide.md'), '# Guide\n\n## Running it\n\nBack to [the start](../README.md#title).\n\n## Running it\n\n[The second one](#running-it-1), [outside](../../elsewhere.md).\n');
    expect(deadLinks(dir, markdownFiles(dir))).toEqual([
      'README.md:6 docs/missing.md: no such file docs/missing.md',
      'README.md:6 docs/guide.md#runing-it: no heading "runing-it" in docs/guide.md',
      'README.md:7 #setting-up: no heading "setting-up" in README.md',
      'docs/guide.md:9 ../../elsewhere.md: points outside the repository',
    ]);
  });
});
