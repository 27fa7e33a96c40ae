/**
 * Loads and validates the knowledge folder. Every problem is reported as
 * `file:line field: message`, pointing at the YAML node at fault, so a
 * maintainer can fix a file without reading code. Loading never throws for
 * bad content: it returns the errors as a value.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';
import type { z } from 'zod';
import {
  outOfScopeFileSchema,
  sourceFileSchema,
  synonymsFileSchema,
  smalltalkFileSchema,
  type Fact,
  type Source,
  type SmalltalkFile,
} from './schema.ts';
import { questionKey, stem, words } from '../text/normalize.ts';

/** Files larger than this are refused: a knowledge file is text written by people (or `synth`). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** YAML aliases allowed per file; bounds "billion laughs" expansion. */
export const MAX_YAML_ALIASES = 100;

/** One problem found in the knowledge, located in a file. */
export interface KnowledgeIssue {
  /** Path as shown to people (relative to the working directory when inside it). */
  file: string;
  /** 1-based line, or 0 when the problem concerns the file as a whole. */
  line: number;
  /** Field path such as `facts[3].questions`, or '' for the whole file. */
  field: string;
  message: string;
}

/** Formats an issue the way `check` prints it. */
export function formatIssue(issue: KnowledgeIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  return issue.field ? `${where} ${issue.field}: ${issue.message}` : `${where}: ${issue.message}`;
}

/** A fact as loaded: the validated fields plus where it was written. */
export interface LoadedFact extends Fact {
  file: string;
  line: number;
}

/** Validated knowledge, ready for the engine. */
export interface Knowledge {
  sources: Map<string, Source>;
  facts: LoadedFact[];
  /** Synonym groups, canonical form first. */
  synonyms: string[][];
  /** The bot's own words: name, topic, examples, fallbacks. */
  bot: SmalltalkFile['bot'];
  /** Small-talk intents. */
  intents: SmalltalkFile['intents'];
  /** Questions maintainers marked as ones the bot should decline (`out_of_scope:` files; calibration counts them as out of scope). */
  outOfScope?: string[];
  /** The files it came from and their sizes. */
  files: { file: string; bytes: number }[];
  /** A hash of every file's name and text: equal fingerprints mean identical knowledge. */
  fingerprint: string;
}

export type LoadResult = { ok: true; knowledge: Knowledge } | { ok: false; errors: KnowledgeIssue[] };

/** Lists the YAML files of a knowledge folder, skipping names starting with "." or "_". */
export function listKnowledgeFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) out.push(full);
    }
  };
  walk(dir);
  return out;
}

/** Shows a path relative to the working directory when it is inside it. */
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** Renders a zod issue path as `facts[3].questions`. */
function fieldPath(p: readonly PropertyKey[]): string {
  let out = '';
  for (const part of p) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/**
 * Finds the line of the deepest YAML node that exists along a path. When the
 * path ends at a key of a mapping, the key's line is used: for a block list
 * that is the line of `questions:`, not of its first entry.
 */
function lineOf(doc: Document, lines: LineCounter, p: readonly PropertyKey[]): number {
  for (let n = p.length; n >= 0; n--) {
    const last = p[n - 1];
    if (n > 0 && typeof last === 'string') {
      const parent = doc.getIn(p.slice(0, n - 1) as unknown[], true);
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
        if (pair && isNode(pair.key) && pair.key.range) return lines.linePos(pair.key.range[0]).line;
      }
    }
    const node = doc.getIn(p.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

type Parsed =
  | { kind: 'source'; data: z.infer<typeof sourceFileSchema> }
  | { kind: 'synonyms'; data: z.infer<typeof synonymsFileSchema> }
  | { kind: 'bot'; data: z.infer<typeof smalltalkFileSchema> }
  | { kind: 'outOfScope'; data: z.infer<typeof outOfScopeFileSchema> };

interface ParsedFile {
  file: string;
  parsed: Parsed;
  line: (p: readonly PropertyKey[]) => number;
}

/** Parses and validates one file's text. Exported for tests and for the reloader. */
export function parseKnowledgeFile(
  file: string,
  text: string,
): { ok: true; value: ParsedFile } | { ok: false; errors: KnowledgeIssue[] } {
  const shown = displayPath(file);
  const lines = new LineCounter();
  // Safe parsing: core schema only (no custom tags), duplicate keys are errors,
  // and alias expansion is bounded.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, schema: 'core', prettyErrors: false });
  const yamlProblems = [...doc.errors, ...doc.warnings];
  if (yamlProblems.length > 0) {
    return {
      ok: false,
      errors: yamlProblems.map((e) => ({
        file: shown,
        line: e.linePos?.[0]?.line ?? (e.pos[0] >= 0 ? lines.linePos(e.pos[0]).line : 0),
        field: '',
        message: `YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (err) {
    return { ok: false, errors: [{ file: shown, line: 0, field: '', message: `YAML: ${(err as Error).message}` }] };
  }
  const line = (p: readonly PropertyKey[]) => lineOf(doc, lines, p);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      errors: [{ file: shown, line: 1, field: '', message: 'expected a mapping with a top-level key "source", "synonyms", "bot" or "out_of_scope"' }],
    };
  }
  const keys = Object.keys(data);
  const pick = <S extends z.ZodType>(schema: S) => {
    const r = schema.safeParse(data);
    if (r.success) return { ok: true as const, data: r.data as z.infer<S> };
    return {
      ok: false as const,
      errors: r.error.issues.map((i) => ({
        file: shown,
        line: line(i.code === 'unrecognized_keys' && i.keys[0] !== undefined ? [...i.path, i.keys[0]] : i.path),
        field: fieldPath(i.path),
        message:
          i.code === 'unrecognized_keys'
            ? `unknown field(s) ${i.keys.map((k) => `"${k}"`).join(', ')}`
            : i.code === 'invalid_type' && i.message.endsWith('received undefined')
              ? `required field is missing (expected ${i.expected})`
              : i.message,
      })),
    };
  };
  if (keys.includes('source')) {
    const r = pick(sourceFileSchema);
    return r.ok ? { ok: true, value: { file: shown, parsed: { kind: 'source', data: r.data }, line } } : r;
  }
  if (keys.includes('synonyms')) {
    const r = pick(synonymsFileSchema);
    return r.ok ? { ok: true, value: { file: shown, parsed: { kind: 'synonyms', data: r.data }, line } } : r;
  }
  if (keys.includes('out_of_scope')) {
    const r = pick(outOfScopeFileSchema);
    return r.ok ? { ok: true, value: { file: shown, parsed: { kind: 'outOfScope', data: r.data }, line } } : r;
  }
  if (keys.includes('bot')) {
    const r = pick(smalltalkFileSchema);
    return r.ok ? { ok: true, value: { file: shown, parsed: { kind: 'bot', data: r.data }, line } } : r;
  }
  return {
    ok: false,
    errors: [{ file: shown, line: 1, field: '', message: 'expected a top-level key "source", "synonyms", "bot" or "out_of_scope"' }],
  };
}

/**
 * A store of knowledge already validated, by a key that {@link loadKnowledge}
 * makes from the fingerprint (the hash of every file's name and text:
 * identical files validate identically, so a hit may skip parsing) and the
 * working directory (the files' paths in the knowledge, shown in messages and
 * `export`, are relative to it). `check` never uses one.
 */
export interface KnowledgeCache {
  get(key: string): Knowledge | undefined;
  set(key: string, knowledge: Knowledge): void;
}

/** Reads, validates and cross-checks every knowledge file in a folder. */
export function loadKnowledge(dir: string, options: { cache?: KnowledgeCache } = {}): LoadResult {
  const shownDir = displayPath(dir);
  let files: string[];
  try {
    files = listKnowledgeFiles(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'folder not found' : code === 'ENOTDIR' ? 'not a folder' : (err as Error).message;
    return { ok: false, errors: [{ file: shownDir, line: 0, field: '', message: why }] };
  }
  if (files.length === 0) return { ok: false, errors: [{ file: shownDir, line: 0, field: '', message: 'no .yaml files found' }] };
  const texts: { file: string; text: string }[] = [];
  const errors: KnowledgeIssue[] = [];
  for (const file of files) {
    try {
      const size = fs.statSync(file).size;
      if (size > MAX_FILE_BYTES) {
        errors.push({ file: displayPath(file), line: 0, field: '', message: `file is ${size} bytes; the limit is ${MAX_FILE_BYTES}` });
        continue;
      }
      texts.push({ file, text: fs.readFileSync(file, 'utf8') });
    } catch (err) {
      errors.push({ file: displayPath(file), line: 0, field: '', message: `cannot read: ${(err as Error).message}` });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  if (!options.cache) return buildKnowledge(texts);
  // Facts carry their file's path as shown from the working directory: an entry is good for that directory only.
  const key = createHash('sha256').update(fingerprintOf(texts)).update('\0').update(process.cwd()).digest('hex');
  const cached = options.cache.get(key);
  if (cached) return { ok: true, knowledge: cached };
  const result = buildKnowledge(texts);
  if (result.ok) options.cache.set(key, result.knowledge);
  return result;
}

/** Validates parsed file texts as one body of knowledge (the cross-file checks live here). */
export function buildKnowledge(texts: { file: string; text: string }[]): LoadResult {
  const errors: KnowledgeIssue[] = [];
  const parsedFiles: ParsedFile[] = [];
  for (const { file, text } of texts) {
    const r = parseKnowledgeFile(file, text);
    if (r.ok) parsedFiles.push(r.value);
    else errors.push(...r.errors);
  }

  const sources = new Map<string, Source>();
  const sourceWhere = new Map<string, string>();
  const facts: LoadedFact[] = [];
  const synonyms: string[][] = [];
  const synonymPlaces: { file: string; line: number; field: string }[] = [];
  const bots: { file: string; data: SmalltalkFile }[] = [];
  const outOfScope: { question: string; file: ParsedFile; index: number }[] = [];
  const factPlaces: { fact: Fact; file: ParsedFile; index: number }[] = [];

  for (const pf of parsedFiles) {
    const { parsed } = pf;
    if (parsed.kind === 'source') {
      const s = parsed.data.source;
      const seen = sourceWhere.get(s.id);
      if (seen) errors.push({ file: pf.file, line: pf.line(['source', 'id']), field: 'source.id', message: `duplicate source id "${s.id}" (also in ${seen})` });
      else {
        sources.set(s.id, s);
        sourceWhere.set(s.id, `${pf.file}:${pf.line(['source', 'id'])}`);
      }
      parsed.data.facts.forEach((fact, index) => factPlaces.push({ fact, file: pf, index }));
    } else if (parsed.kind === 'synonyms') {
      parsed.data.synonyms.forEach((group, g) => {
        synonyms.push(group);
        synonymPlaces.push({ file: pf.file, line: pf.line(['synonyms', g]), field: `synonyms[${g}]` });
      });
    } else if (parsed.kind === 'outOfScope') {
      parsed.data.out_of_scope.forEach((question, index) => outOfScope.push({ question, file: pf, index }));
    } else {
      bots.push({ file: pf.file, data: parsed.data });
    }
  }

  // Cross-file checks: ids unique, references resolve, no phrasing shared by two facts.
  const factWhere = new Map<string, string>();
  const questionOwner = new Map<string, string>();
  for (const { fact, file, index } of factPlaces) {
    const at = (field: PropertyKey[]) => file.line(['facts', index, ...field]);
    const loc = `${file.file}:${at(['id'])}`;
    const prior = factWhere.get(fact.id);
    if (prior) {
      errors.push({ file: file.file, line: at(['id']), field: `facts[${index}].id`, message: `duplicate fact id "${fact.id}" (also at ${prior})` });
      continue;
    }
    factWhere.set(fact.id, loc);
    facts.push({ ...fact, file: file.file, line: at([]) });
  }
  for (const { fact, file, index } of factPlaces) {
    const at = (field: PropertyKey[]) => file.line(['facts', index, ...field]);
    fact.related.forEach((rel, j) => {
      if (!factWhere.has(rel)) errors.push({ file: file.file, line: at(['related', j]), field: `facts[${index}].related[${j}]`, message: `unknown fact id "${rel}"` });
      else if (rel === fact.id) errors.push({ file: file.file, line: at(['related', j]), field: `facts[${index}].related[${j}]`, message: 'a fact cannot be related to itself' });
    });
    const src = sources.get(fact.citation.source);
    if (!src) {
      errors.push({ file: file.file, line: at(['citation', 'source']), field: `facts[${index}].citation.source`, message: `unknown source id "${fact.citation.source}"` });
    } else if (src.paragraphs !== undefined) {
      fact.citation.paragraphs.forEach((p, j) => {
        if (p > (src.paragraphs ?? 0))
          errors.push({ file: file.file, line: at(['citation', 'paragraphs', j]), field: `facts[${index}].citation.paragraphs[${j}]`, message: `paragraph ${p} is past the end of source "${src.id}" (${src.paragraphs} paragraphs)` });
      });
    }
    fact.questions.forEach((q, j) => {
      const key = questionKey(q);
      const owner = questionOwner.get(key);
      if (owner && owner !== fact.id)
        errors.push({ file: file.file, line: at(['questions', j]), field: `facts[${index}].questions[${j}]`, message: `the same question is also a phrasing of fact "${owner}"` });
      else questionOwner.set(key, fact.id);
    });
  }

  // A question marked out of scope cannot also be a fact's phrasing: the bot cannot both answer and decline it.
  for (const { question, file, index } of outOfScope) {
    const owner = questionOwner.get(questionKey(question));
    if (owner) errors.push({ file: file.file, line: file.line(['out_of_scope', index]), field: `out_of_scope[${index}]`, message: `"${question}" is a phrasing of fact "${owner}"; a question is either answered or out of scope` });
  }

  // A word in two synonym groups would make matching depend on file order.
  // Compared as the engine sees them (stemmed): "mine" and "mining" are one word.
  const groupOf = new Map<string, number>();
  synonyms.forEach((group, g) => {
    for (const word of group) {
      const key = words(word).map(stem).join(' ');
      const other = groupOf.get(key);
      const place = synonymPlaces[g]!;
      if (other !== undefined && other !== g)
        errors.push({ ...place, message: `"${word}" is also in the group of "${synonyms[other]?.[0]}" (${synonymPlaces[other]?.file}:${synonymPlaces[other]?.line}), counting word forms as one ("mine" = "mining"); a word may belong to one group only` });
      groupOf.set(key, g);
    }
  });

  if (bots.length === 0 && parsedFiles.length > 0)
    errors.push({ file: texts[0] ? displayPath(path.dirname(texts[0].file)) : 'knowledge', line: 0, field: '', message: 'no file with a top-level "bot:" key (the bot\'s help and fallback texts)' });
  if (bots.length > 1)
    errors.push({ file: bots[1]!.file, line: 1, field: 'bot', message: `a second "bot:" file (the first is ${bots[0]!.file}); keep exactly one` });

  if (errors.length > 0) return { ok: false, errors };
  const bot = bots[0];
  if (!bot) return { ok: false, errors: [{ file: 'knowledge', line: 0, field: '', message: 'no knowledge files' }] };
  return {
    ok: true,
    knowledge: {
      sources,
      facts,
      synonyms,
      bot: bot.data.bot,
      intents: bot.data.intents,
      outOfScope: outOfScope.map((o) => o.question),
      files: texts.map((t) => ({ file: displayPath(t.file), bytes: Buffer.byteLength(t.text) })),
      fingerprint: fingerprintOf(texts),
    },
  };
}

/** Hash of file names and contents, in a stable order. */
function fingerprintOf(texts: { file: string; text: string }[]): string {
  const hash = createHash('sha256');
  for (const t of [...texts].sort((a, b) => a.file.localeCompare(b.file))) hash.update(t.file).update('\0').update(t.text).update('\0');
  return hash.digest('hex');
}
