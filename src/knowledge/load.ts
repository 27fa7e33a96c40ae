/**
 * Loads and validates the knowledge folder. Every problem is reported as
 * `file:line field: message`, pointing at the YAML node at fault, so a
 * maintainer can fix a file without reading code. Loading never throws for
 * bad content: it returns the errors as a value.
 */
import { isUtf8 } from 'node:buffer';
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
  type Knowledge,
  type LoadedFact,
  type Source,
  type SmalltalkFile,
} from './schema.ts';
import { questionKey, STOP_WORDS, stem, words } from '../text/normalize.ts';
import { turkishQuestionKey, turkishStem, turkishWords } from '../text/turkish.ts';

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

// `Knowledge` and `LoadedFact` are inferred from `knowledgeSchema` (schema.ts),
// the schema the cache checks its entries with. Exported from here too, since
// the loader is where the rest of the code has always taken them from.
export type { Knowledge, LoadedFact } from './schema.ts';

export type LoadResult = { ok: true; knowledge: Knowledge } | { ok: false; errors: KnowledgeIssue[] };

/** The YAML files of a knowledge folder, and the entries that could not be followed. */
export interface KnowledgeFiles {
  files: string[];
  issues: KnowledgeIssue[];
}

/**
 * Lists the YAML files of a knowledge folder, skipping names starting with "."
 * or "_". Symbolic links are followed to files and folders: a Kubernetes
 * ConfigMap mounts each file as `x.yaml -> ..data/x.yaml`, with `..data` a link
 * to the current version's folder. A link that cannot be followed (broken, a
 * loop, the same file twice) is reported, never skipped silently. Throws only
 * when `dir` itself cannot be read.
 */
export function listKnowledgeFiles(dir: string): KnowledgeFiles {
  const files: string[] = [];
  const issues: KnowledgeIssue[] = [];
  const problem = (file: string, message: string) => issues.push({ file: displayPath(file), line: 0, field: '', message });
  // Real path of every file read so far → the path it was read under: two links to one file would load it twice.
  const read = new Map<string, string>();
  // `ancestors`: the real paths of the folders being read on the way down, so a link back up to one is a loop.
  const walk = (d: string, ancestors: Map<string, string>) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
      const full = path.join(d, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let target: fs.Stats;
        try {
          target = fs.statSync(full);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'ELOOP') problem(full, `symbolic link loop: ${linkChain(full)}`);
          else if (code === 'ENOENT') problem(full, `broken symbolic link: it points to "${readLink(full)}", which does not exist`);
          else problem(full, `cannot follow symbolic link to "${readLink(full)}": ${(err as Error).message}`);
          continue;
        }
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      }
      const isYaml = /\.ya?ml$/i.test(entry.name);
      if (isDirectory) {
        const real = fs.realpathSync(full);
        const outer = ancestors.get(real);
        if (outer !== undefined) {
          problem(full, `symbolic link loop: ${displayPath(full)} -> ${readLink(full)} leads back to ${displayPath(outer)}, which contains it`);
          continue;
        }
        walk(full, new Map([...ancestors, [real, full]]));
      } else if (isYaml && !isFile) {
        // A FIFO or device would block or never end when read.
        problem(full, 'not a regular file (a pipe, socket or device?); a knowledge file must be a YAML text file');
      } else if (isYaml) {
        const real = fs.realpathSync(full);
        const first = read.get(real);
        if (first !== undefined) {
          problem(full, `the same file as ${displayPath(first)} (through a symbolic link), so it would be read twice; keep one of them`);
          continue;
        }
        read.set(real, full);
        files.push(full);
      }
    }
  };
  walk(dir, new Map([[fs.realpathSync(dir), dir]]));
  return { files, issues };
}

/** Where a symbolic link points, as written in the link. */
function readLink(link: string): string {
  try {
    return fs.readlinkSync(link);
  } catch {
    return '?';
  }
}

/** Names a loop of links that point at each other: `a.yaml -> b.yaml -> a.yaml`. */
function linkChain(link: string): string {
  const chain = [displayPath(link)];
  const seen = new Set<string>();
  let at = link;
  // A chain of links ends at a repeat; 40 is the kernel's own limit on links followed.
  for (let hop = 0; hop < 40 && !seen.has(at); hop++) {
    seen.add(at);
    let next: string;
    try {
      next = path.resolve(path.dirname(at), fs.readlinkSync(at));
    } catch {
      break;
    }
    chain.push(displayPath(next));
    at = next;
  }
  return chain.join(' -> ');
}

/** Shows a path relative to the working directory when it is inside it. */
export function displayPath(file: string): string {
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
  /** The line of `phrase` inside the value at `p` (a folded answer spans lines), else the value's line. */
  phraseLine: (p: readonly PropertyKey[], phrase: string) => number;
}

/** The one problem reported for a file that is not UTF-8 (a binary file, or text saved in another encoding). */
const NOT_UTF8 = 'not UTF-8 text, so not YAML: a binary file, or text saved in another encoding (save it as UTF-8)';

/**
 * A character YAML does not allow in a document (YAML 1.2, 5.1: control
 * characters other than tab and line breaks, DEL, C1 controls other than NEL,
 * lone surrogates, U+FFFE and U+FFFF). Text holding one is binary, not YAML.
 */
const NOT_YAML_CHAR = /[^\t\n\r\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Parses and validates one file's text. Exported for tests and for the reloader. */
export function parseKnowledgeFile(
  file: string,
  text: string,
): { ok: true; value: ParsedFile } | { ok: false; errors: KnowledgeIssue[] } {
  const shown = displayPath(file);
  const bad = NOT_YAML_CHAR.exec(text);
  if (bad) {
    // The parser would report (and quote) each such character; one line for the file is what helps.
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return { ok: false, errors: [{ file: shown, line: 0, field: '', message: `not YAML text: it holds U+${code}, a character YAML does not allow (a binary file?)` }] };
  }
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
  const phraseLine = (p: readonly PropertyKey[], phrase: string) => {
    const node = doc.getIn(p as unknown[], true);
    if (isNode(node) && node.range) {
      // Folding joins lines with a space, so any run of white space in the file may stand for one;
      // whole words only, so "now" is not found inside "known".
      const parts = phrase.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
      const at = pattern.exec(text.slice(node.range[0], node.range[1]));
      if (at) return lines.linePos(node.range[0] + at.index).line;
    }
    return line(p);
  };
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
    return r.ok ? { ok: true, value: { file: shown, parsed: { kind: 'source', data: r.data }, line, phraseLine } } : r;
  }
  if (keys.includes('synonyms')) {
    const r = pick(synonymsFileSchema);
    return r.ok ? { ok: true, value: { file: shown, parsed: { kind: 'synonyms', data: r.data }, line, phraseLine } } : r;
  }
  if (keys.includes('out_of_scope')) {
    const r = pick(outOfScopeFileSchema);
    return r.ok ? { ok: true, value: { file: shown, parsed: { kind: 'outOfScope', data: r.data }, line, phraseLine } } : r;
  }
  if (keys.includes('bot')) {
    const r = pick(smalltalkFileSchema);
    return r.ok ? { ok: true, value: { file: shown, parsed: { kind: 'bot', data: r.data }, line, phraseLine } } : r;
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
  let listing: KnowledgeFiles;
  try {
    listing = listKnowledgeFiles(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'folder not found' : code === 'ENOTDIR' ? 'not a folder' : (err as Error).message;
    return { ok: false, errors: [{ file: shownDir, line: 0, field: '', message: why }] };
  }
  const { files } = listing;
  const errors: KnowledgeIssue[] = [...listing.issues];
  if (files.length === 0 && errors.length === 0) return { ok: false, errors: [{ file: shownDir, line: 0, field: '', message: 'no .yaml files found' }] };
  const texts: { file: string; text: string }[] = [];
  for (const file of files) {
    try {
      const size = fs.statSync(file).size;
      if (size > MAX_FILE_BYTES) {
        errors.push({ file: displayPath(file), line: 0, field: '', message: `file is ${size} bytes; the limit is ${MAX_FILE_BYTES}` });
        continue;
      }
      const bytes = fs.readFileSync(file);
      // Decoding would turn every invalid byte into U+FFFD, and the YAML parser
      // would then report dozens of problems quoting the garbage: one line says it all.
      if (!isUtf8(bytes)) {
        errors.push({ file: displayPath(file), line: 0, field: '', message: NOT_UTF8 });
        continue;
      }
      texts.push({ file, text: bytes.toString('utf8') });
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
  const synonymsTr: string[][] = [];
  const synonymTrPlaces: { file: string; line: number; field: string }[] = [];
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
      parsed.data.synonyms_tr?.forEach((group, g) => {
        synonymsTr.push(group);
        synonymTrPlaces.push({ file: pf.file, line: pf.line(['synonyms_tr', g]), field: `synonyms_tr[${g}]` });
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
  const turkishOwner = new Map<string, string>();
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
    if (src?.dated) {
      for (const t of unanchoredTimes(fact.answer))
        errors.push({ file: file.file, line: file.phraseLine(['facts', index, 'answer'], t.phrase), field: `facts[${index}].answer`, message: unanchoredMessage(t, src.id) });
    }
    fact.questions.forEach((q, j) => {
      const key = questionKey(q);
      const owner = questionOwner.get(key);
      if (owner && owner !== fact.id)
        errors.push({ file: file.file, line: at(['questions', j]), field: `facts[${index}].questions[${j}]`, message: `the same question is also a phrasing of fact "${owner}"` });
      else questionOwner.set(key, fact.id);
    });
    // Turkish phrasings, compared as the Turkish index reads them ("Çin'e" and "cin'e" are one question).
    fact.tr?.questions.forEach((q, j) => {
      const key = turkishQuestionKey(q);
      const owner = turkishOwner.get(key);
      if (owner && owner !== fact.id)
        errors.push({ file: file.file, line: at(['tr', 'questions', j]), field: `facts[${index}].tr.questions[${j}]`, message: `the same Turkish question is also a phrasing of fact "${owner}"` });
      else turkishOwner.set(key, fact.id);
    });
  }

  // A question marked out of scope cannot also be a fact's phrasing: the bot cannot both answer and decline it.
  for (const { question, file, index } of outOfScope) {
    const owner = questionOwner.get(questionKey(question)) ?? turkishOwner.get(turkishQuestionKey(question));
    if (owner) errors.push({ file: file.file, line: file.line(['out_of_scope', index]), field: `out_of_scope[${index}]`, message: `"${question}" is a phrasing of fact "${owner}"; a question is either answered or out of scope` });
  }

  // A word in two synonym groups would make matching depend on file order.
  // Compared as the engine sees them (stemmed): "mine" and "mining" are one word.
  const checkGroups = (groups: string[][], places: { file: string; line: number; field: string }[], keyOf: (word: string) => string, example: string) => {
    const groupOf = new Map<string, number>();
    groups.forEach((group, g) => {
      for (const word of group) {
        const key = keyOf(word);
        const other = groupOf.get(key);
        const place = places[g]!;
        if (other !== undefined && other !== g)
          errors.push({ ...place, message: `"${word}" is also in the group of "${groups[other]?.[0]}" (${places[other]?.file}:${places[other]?.line}), counting word forms as one (${example}); a word may belong to one group only` });
        groupOf.set(key, g);
      }
    });
  };
  checkGroups(synonyms, synonymPlaces, (word) => words(word).map(stem).join(' '), '"mine" = "mining"');
  // A synonym written with dots that reads as a stop word ("u.s." is "us", as typed without the dots) would give that
  // word, in every question that uses it otherwise ("tell us"), the group's meaning.
  synonyms.forEach((group, g) => {
    for (const word of group) {
      const ws = words(word);
      if (ws.length === 1 && ws[0] !== word.trim().toLowerCase() && STOP_WORDS.has(ws[0]!))
        errors.push({ ...synonymPlaces[g]!, message: `"${word}" reads as "${ws[0]}", a word questions use in every sense (a stop word): as a synonym it would give every "${ws[0]}" the meaning of "${group[0]}"; write it as a phrase ("the ${ws[0]}") or leave it out` });
    }
  });
  checkGroups(synonymsTr, synonymTrPlaces, (word) => turkishWords(word).map(turkishStem).join(' '), '"maden" = "madeni"');

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
      ...(synonymsTr.length > 0 ? { synonymsTr } : {}),
      bot: bot.data.bot,
      intents: bot.data.intents,
      outOfScope: outOfScope.map((o) => o.question),
      files: texts.map((t) => ({ file: displayPath(t.file), bytes: Buffer.byteLength(t.text) })),
      fingerprint: fingerprintOf(texts),
    },
  };
}

// ---------------------------------------------------------------------------
// Times relative to a dated source. A news report's "last month" or "in
// October" count from the day it was written; an answer that repeats them
// reads as if that day were today, and turns false as time passes. For a
// source marked `dated: true`, every sentence of an answer citing it that
// uses such a time must anchor it to the report by naming it ("…, according
// to the report", "the month before the report", "at the time of the
// report"). A machine cannot tell a tense; it can find these words.
// ---------------------------------------------------------------------------

/** Number words that may come before a unit of time ("two years ago", "the past 30 years"). */
const COUNT = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a few|few|several|many|some|couple of|\d+)`;
const UNIT = String.raw`(?:days?|weeks?|weekends?|months?|years?|decades?|centuries|quarters?|spring|summer|autumn|fall|winter)`;

/** Phrases that place something relative to when the text was written, ignoring case. */
const RELATIVE_TIME: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:${COUNT}\s+)?${UNIT}\s+ago\b`, 'gi'),
  new RegExp(String.raw`\b(?:last|next|this|coming|past)\s+(?:${COUNT}\s+)?${UNIT}\b`, 'gi'),
  /\b(?:right now|nowadays|now|currently|current|today|tonight|tomorrow|yesterday|recently|recent|lately|newly|presently|upcoming|so far|to date|at present|these days|at the moment|ago)\b/gi,
  // "as soon as" is not a time.
  /(?<!\bas\s)\bsoon\b/gi,
];

/**
 * Months and weekdays name a time relative to the text unless a year follows
 * ("in October" is relative, "in October 2024" is not). Capitalised only, so
 * the verbs "may" and "march" are not months.
 */
const CALENDAR_NAME =
  /\b(?:(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?)\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,?\s+(?:of\s+)?\d{4}\b)/g;

const OFFICE = String.raw`(?:[Pp]resident|[Pp]rime [Mm]inister|[Mm]inister|[Cc]hief [Ee]xecutive|CEO|[Cc]hair(?:man|woman|person)?|[Hh]ead|[Ll]eader|[Dd]irector|[Gg]overnor|[Mm]ayor|[Ss]ecretary|[Aa]mbassador|[Ss]pokes(?:man|woman|person))s?`;

/**
 * An office stated in the present tense ("is Turkey's Energy Minister", "the
 * Energy Minister is Alparslan Bayraktar"): true when the report was written,
 * maybe not when the answer is read. The words between the verb and the title
 * may be articles, capitalised names or possessives only, and a name must
 * follow "Minister is", so "is expected to head" and "the minister is
 * expected" are not offices.
 */
const PRESENT_OFFICE: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:[Ii]s|[Aa]re)\s+(?:(?:the|a|an|\p{Lu}[\p{L}\p{M}'’.-]*)\s+){0,4}?${OFFICE}\b`, 'gu'),
  new RegExp(String.raw`\b${OFFICE}\s+(?:is|are)\s+\p{Lu}[\p{L}\p{M}'’.-]*`, 'gu'),
];

/** A sentence that names the report (or article) anchors its relative times to it. */
const ANCHOR = /\b(?:report|article)\b/i;

/** Abbreviations whose full stop does not end a sentence ("BYD Co. is…"). */
const ABBREVIATION = /(?:\b(?:Co|Corp|Inc|Ltd|Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|etc|approx|e\.g|i\.e|U\.S|U\.K|E\.U)|\b\p{Lu})\.$/u;

/** Splits an answer into sentences (at . ! ? followed by a space and a capital, digit or quote). */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]+["”’)]?\s+(?=[\p{Lu}\d"“‘(])/gu)) {
    const end = m.index + m[0].length;
    if (ABBREVIATION.test(text.slice(start, m.index + 1))) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  out.push(text.slice(start).trim());
  return out.filter((x) => x !== '');
}

/** A time word or office in an answer that no mention of the report anchors. */
export interface UnanchoredTime {
  /** The words as written in the answer ("last month", "in October", "is Turkey's Energy Minister"). */
  phrase: string;
  kind: 'time' | 'office';
}

/** The relative times and present-tense offices in `answer`'s sentences that do not name the report. */
export function unanchoredTimes(answer: string): UnanchoredTime[] {
  const out: UnanchoredTime[] = [];
  for (const sentence of sentencesOf(answer)) {
    if (ANCHOR.test(sentence)) continue;
    // One report per place in the sentence ("two years ago" is not also "ago"), in reading order.
    const found: (UnanchoredTime & { from: number; to: number })[] = [];
    const add = (m: RegExpMatchArray, kind: UnanchoredTime['kind']) => {
      const from = m.index!;
      const to = from + m[0].length;
      if (!found.some((f) => from < f.to && to > f.from)) found.push({ phrase: m[0], kind, from, to });
    };
    for (const re of RELATIVE_TIME) for (const m of sentence.matchAll(re)) add(m, 'time');
    for (const m of sentence.matchAll(CALENDAR_NAME)) add(m, 'time');
    for (const re of PRESENT_OFFICE) for (const m of sentence.matchAll(re)) add(m, 'office');
    out.push(...found.sort((a, b) => a.from - b.from).map(({ phrase, kind }) => ({ phrase, kind })));
  }
  return out;
}

function unanchoredMessage(t: UnanchoredTime, sourceId: string): string {
  const fix = 'name the report in the same sentence ("…, according to the report", "the month before the report", "at the time of the report")';
  return t.kind === 'time'
    ? `"${t.phrase}" is a time relative to when source "${sourceId}" was written (it is dated: true), so it reads as if the report were today; ${fix}, or give the date with its year`
    : `"${t.phrase}" states an office in the present tense, true when source "${sourceId}" was written (it is dated: true) but perhaps not today; ${fix}`;
}

/** Hash of file names and contents, in a stable order. */
function fingerprintOf(texts: { file: string; text: string }[]): string {
  const hash = createHash('sha256');
  for (const t of [...texts].sort((a, b) => a.file.localeCompare(b.file))) hash.update(t.file).update('\0').update(t.text).update('\0');
  return hash.digest('hex');
}
