/**
 * Imports run one way. Read off the source (static and dynamic imports, type
 * imports too: a type import still couples the modules), so a new upward
 * import fails here with the file and the import named:
 *
 * - the core (`src/`) never imports an adapter, except the two entry points
 *   that start them (`src/main.ts`, `src/cli.ts`);
 * - adapters never import each other;
 * - text handling (`src/text/`) imports no other part of the project but the settings;
 * - the knowledge loader (`src/knowledge/`) never imports the engine, the bot or the store;
 * - outside the engine, code reaches it only through src/engine/answer.ts (its one public entry);
 * - the engine (`src/engine/`) never imports the bot, the store, the reports or the CLI.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from './helpers/knowledge.ts';

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(rel));
    else if (e.name.endsWith('.ts')) out.push(rel);
  }
  return out;
}

/** Every relative import of a file, resolved to a path from the repository root. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
    out.push(path.normalize(path.join(path.dirname(file), m[1]!)));
  }
  return out;
}

const sources = [...files('src'), ...files('adapters')];
const graph = sources.map((file) => ({ file, imports: importsOf(file) }));

const under = (p: string, dir: string) => p === dir || p.startsWith(`${dir}${path.sep}`);

const rules: { name: string; applies: (file: string) => boolean; forbidden: (target: string, file: string) => boolean }[] = [
  {
    name: 'the core never imports an adapter (entry points aside)',
    applies: (f) => under(f, 'src') && f !== path.join('src', 'main.ts') && f !== path.join('src', 'cli.ts'),
    forbidden: (t) => under(t, 'adapters'),
  },
  {
    name: 'adapters never import each other',
    applies: (f) => under(f, 'adapters'),
    forbidden: (t, f) => under(t, 'adapters') && t.split(path.sep)[1] !== f.split(path.sep)[1],
  },
  {
    name: 'text handling imports only the settings',
    applies: (f) => under(f, path.join('src', 'text')),
    forbidden: (t) => !under(t, path.join('src', 'text')) && t !== path.join('src', 'config.ts'),
  },
  {
    name: 'the knowledge loader never imports the engine, the bot or the store',
    applies: (f) => under(f, path.join('src', 'knowledge')),
    forbidden: (t) => under(t, path.join('src', 'engine')) || under(t, path.join('src', 'store')) || t === path.join('src', 'bot.ts'),
  },
  {
    name: 'outside the engine, code imports it only through its public entry (src/engine/answer.ts)',
    applies: (f) => !under(f, path.join('src', 'engine')),
    forbidden: (t) => under(t, path.join('src', 'engine')) && t !== path.join('src', 'engine', 'answer.ts'),
  },
  {
    name: 'the engine never imports the bot, the store, the reports or the entry points',
    applies: (f) => under(f, path.join('src', 'engine')),
    forbidden: (t) =>
      under(t, path.join('src', 'store')) || under(t, path.join('src', 'reports')) || [path.join('src', 'bot.ts'), path.join('src', 'cli.ts'), path.join('src', 'main.ts')].includes(t),
  },
];

describe('imports run one way', () => {
  test('the import graph was read (the checks below look at something)', () => {
    expect(graph.length).toBeGreaterThan(40);
    expect(graph.find((g) => g.file === path.join('src', 'engine', 'answer.ts'))?.imports).toContain(path.join('src', 'engine', 'rank.ts'));
    expect(graph.find((g) => g.file === path.join('src', 'knowledge', 'load.ts'))?.imports).toContain(path.join('src', 'text', 'normalize.ts'));
  });

  test.each(rules.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    const violations = graph.flatMap((g) => (rule.applies(g.file) ? g.imports.filter((t) => rule.forbidden(t, g.file)).map((t) => `${g.file} imports ${t}`) : []));
    expect(violations).toEqual([]);
  });

  test('a rule catches an upward import (the checker itself can fail)', () => {
    const rule = rules[3]!;
    expect(rule.applies(path.join('src', 'knowledge', 'load.ts')) && rule.forbidden(path.join('src', 'engine', 'answer.ts'), path.join('src', 'knowledge', 'load.ts'))).toBe(true);
  });
});
