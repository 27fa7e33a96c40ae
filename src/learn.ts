/**
 * Learning from what people asked: adds a question to a fact's stored
 * questions, or records it as one the bot should decline (an `out_of_scope:`
 * file), in the knowledge folder itself. Used by `learn`, `review` and the
 * web console.
 *
 * An edit must leave the file as a person wrote it: comments, order, folded
 * answers, blank lines. Re-printing a parsed YAML document would re-fold and
 * re-space the whole file, so the edit is one inserted line, placed with the
 * `yaml` Document API (the list's node and its last item's source range), and
 * then proved right by parsing the edited text again: the document must equal
 * the old one with exactly that question appended. The whole folder, as it
 * would be after the edit, is validated with the loader; only then is the file
 * replaced, atomically (a hidden temporary file in the same folder, which the
 * live-reload watcher ignores, fsync, rename), so a running bot sees either the
 * old file or the new one, never half of it. A refused edit writes nothing.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, stringify, type Document, type YAMLSeq } from 'yaml';
import { DEFAULT_EVAL_FILE, DEFAULT_KNOWLEDGE_DIR } from './config.ts';
import { needsQuestionBefore } from './conversation/followup.ts';
import { loadEvalSet } from './eval.ts';
import { buildKnowledge, displayPath, formatIssue, listKnowledgeFiles, loadKnowledge } from './knowledge/load.ts';
import { factSchema, outOfScopeFileSchema } from './knowledge/schema.ts';
import { Analyzer, editDistance, questionKey } from './text/normalize.ts';
import { knowledgeSynonyms } from './text/labels.ts';

export type LearnResult =
  | { ok: true; file: string; line: number; message: string } // message: one line for people
  | { ok: false; error: string }; // one clear line, names the file/fact

/** The file `learnOutOfScope` creates in the knowledge folder when it holds no `out_of_scope:` file yet. */
export const OUT_OF_SCOPE_FILE = 'out-of-scope.yaml';

/** What a new out-of-scope file starts with: why it is there, for the person who opens it next. */
const OUT_OF_SCOPE_HEADER = `# Questions the bot should decline: the knowledge does not answer them, though
# they sound as if it might. Calibration counts them among the questions to
# decline, so that questions like them are declined too (knowledge/README.md,
# "Questions the bot should decline"). Added by \`learn --out-of-scope\` and
# \`review\`; edit it by hand as you like.
out_of_scope:
`;

// The longest question each list accepts, from the schema, so the refusal comes before the loader's.
const MAX_STORED = factSchema.shape.questions.element.maxLength ?? 200;
const MAX_OUT_OF_SCOPE = outOfScopeFileSchema.shape.out_of_scope.element.maxLength ?? 500;

export interface LearnOptions {
  /**
   * An eval set whose questions must stay unseen: a stored question may not be one of them
   * (`check` refuses it). Default: tests/eval/eval.yaml when `dir` is the curated knowledge
   * folder, none otherwise, as `check` does.
   */
  evalFile?: string | undefined;
}

/** Adds `question` as a stored question of fact `factId` in the knowledge folder `dir`. */
export async function learnPhrasing(dir: string, question: string, factId: string, options: LearnOptions = {}): Promise<LearnResult> {
  return serially(() => learn(dir, question, { kind: 'phrasing', factId, evalFile: options.evalFile ?? curatedEvalFile(dir) }));
}

/** Records `question` as one the bot should decline (an `out_of_scope:` file in `dir`). */
export async function learnOutOfScope(dir: string, question: string): Promise<LearnResult> {
  return serially(() => learn(dir, question, { kind: 'outOfScope' }));
}

// One edit at a time in this process (the web console may get two clicks at once):
// each reads the files the one before it wrote.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => {});
  return run;
}

type Target = { kind: 'phrasing'; factId: string; evalFile: string | undefined } | { kind: 'outOfScope' };

/** A file of the folder as read, parsed with positions. */
interface ReadFile {
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** Where a question already is. */
interface Stored {
  question: string;
  file: string;
  line: number;
}

async function learn(dir: string, rawQuestion: string, target: Target): Promise<LearnResult> {
  const refuse = (error: string): LearnResult => ({ ok: false, error });
  const question = rawQuestion.replace(/\s+/g, ' ').trim();
  const max = target.kind === 'phrasing' ? MAX_STORED : MAX_OUT_OF_SCOPE;
  if (!/[\p{L}\p{N}]/u.test(question)) return refuse('The question is empty: give the words people asked.');
  if (/\p{Cc}/u.test(question)) return refuse('The question holds a control character; type it as plain text.');
  if (question.length > max)
    return refuse(`The question is ${question.length} characters long; ${target.kind === 'phrasing' ? 'a stored question' : 'an out-of-scope question'} may have at most ${max}.`);
  // "and when?" means something only after another question, and the bot reads it with that one: stored, it would
  // match every follow-up's question word; marked out of scope, it would decline them.
  if (needsQuestionBefore(question))
    return refuse(
      `"${question}" does not stand on its own: people ask it after another question, and the bot reads it with that one. ` +
        `${target.kind === 'phrasing' ? 'Store' : 'Mark'} the whole question instead, as someone asking it first would write it.`,
    );

  // The folder must be valid as it is: the edit is validated with everything else, and a broken file elsewhere would fail it.
  const current = loadKnowledge(dir);
  if (!current.ok) {
    const n = current.errors.length;
    return refuse(`The knowledge at ${displayPath(dir)} does not validate as it is (${n} problem${n === 1 ? '' : 's'}, first: ${formatIssue(current.errors[0]!)}); fix it first (run \`check\`).`);
  }
  let files: ReadFile[];
  try {
    files = listKnowledgeFiles(dir).files.map((file) => {
      const text = fs.readFileSync(file, 'utf8');
      const lines = new LineCounter();
      return { file, text, doc: parseDocument(text, { lineCounter: lines, schema: 'core' }), lines };
    });
  } catch (e) {
    return refuse(`Cannot read the knowledge at ${displayPath(dir)}: ${(e as Error).message}`);
  }

  const { stored, outOfScope, facts, outOfScopeFiles } = indexFolder(files);

  const key = questionKey(question);
  const asked = `"${question}"`;
  const as = (s: Stored) => (s.question === question ? '' : ` (as "${s.question}")`);
  const already = stored.get(key);
  const declined = outOfScope.get(key);

  if (target.kind === 'phrasing') {
    const fact = facts.get(target.factId);
    if (!fact) {
      const close = closeIds(target.factId, [...facts.keys()]);
      return refuse(`No fact "${target.factId}" in the knowledge at ${displayPath(dir)}${close.length > 0 ? `; did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : ' (`export --json` lists the facts).'}`);
    }
    if (already?.factId === target.factId)
      return refuse(`${asked} is already a stored question of fact "${target.factId}"${as(already)} at ${already.file}:${already.line}; nothing to learn.`);
    if (already)
      return refuse(`${asked} is already a stored question of fact "${already.factId}"${as(already)} at ${already.file}:${already.line}, and a question may belong to one fact only; move it there by hand if it belongs to "${target.factId}".`);
    if (declined)
      return refuse(`${asked} is marked out of scope${as(declined)} at ${declined.file}:${declined.line}; a question is either answered or out of scope: remove it there first to learn it for "${target.factId}".`);
    // A question that reads as the same words as another fact's stored question: the bot could not tell them apart (and `check` would fail).
    // (With the knowledge's labels, "Zone A", and the new question's, read as the index reads them: see labels.ts.)
    const analyzer = new Analyzer(knowledgeSynonyms(current.knowledge, [question]));
    const words = analyzer.sameWordsKey(question);
    const twin = words === '' ? undefined : current.knowledge.facts.find((f) => f.id !== target.factId && f.questions.some((q) => analyzer.sameWordsKey(q) === words));
    if (twin) {
      const other = twin.questions.find((q) => analyzer.sameWordsKey(q) === words)!;
      return refuse(`${asked} reads as the same words as "${other}", a stored question of fact "${twin.id}", once stop words, stems and synonyms are set aside: the bot could not tell them apart; learn a phrasing with a word of its own.`);
    }
    if (target.evalFile !== undefined) {
      const inEval = evalSetHolds(target.evalFile, key);
      if (!inEval.ok) return refuse(inEval.error);
      if (inEval.holds)
        return refuse(`${asked} is in the eval set ${displayPath(target.evalFile)}, whose questions must stay unseen (\`check\` refuses a stored question that is one); learn another phrasing, or take it out of the eval set first.`);
    }
    const edit = appendTo(fact.rf, fact.seq, question);
    if (!edit.ok) return refuse(edit.error);
    const written = await commit(files, fact.rf, edit.text);
    if (!written.ok) return refuse(written.error);
    const file = displayPath(fact.rf.file);
    return { ok: true, file, line: edit.line, message: `Learned ${asked} as a stored question of fact "${target.factId}" (${file}:${edit.line}).` };
  }

  if (declined) return refuse(`${asked} is already out of scope${as(declined)} at ${declined.file}:${declined.line}; nothing to record.`);
  if (already)
    return refuse(`${asked} is a stored question of fact "${already.factId}"${as(already)} at ${already.file}:${already.line}; a question is either answered or out of scope: remove it there first to mark it out of scope.`);
  const into = outOfScopeFiles[0];
  if (into) {
    const edit = appendTo(into.rf, into.seq, question);
    if (!edit.ok) return refuse(edit.error);
    const written = await commit(files, into.rf, edit.text);
    if (!written.ok) return refuse(written.error);
    const file = displayPath(into.rf.file);
    return { ok: true, file, line: edit.line, message: `Marked ${asked} as out of scope (${file}:${edit.line}).` };
  }
  // No out-of-scope file yet: a new one, with a header saying what it is.
  const newFile = path.join(dir, OUT_OF_SCOPE_FILE);
  if (fs.existsSync(newFile)) return refuse(`${displayPath(newFile)} exists but holds no top-level "out_of_scope:" list; rename it, or add the list to it by hand.`);
  const text = `${OUT_OF_SCOPE_HEADER}  - ${scalarText(question, false)}\n`;
  const line = text.split('\n').length - 1;
  const lines = new LineCounter();
  const created: ReadFile = { file: newFile, text: '', doc: parseDocument('', { lineCounter: lines }), lines };
  const written = await commit([...files, created], created, text, { create: true });
  if (!written.ok) return refuse(written.error);
  const file = displayPath(newFile);
  return { ok: true, file, line, message: `Marked ${asked} as out of scope (${file}:${line}, a new file).` };
}

/** Every fact's questions list, every stored and out-of-scope question (keyed as the loader compares them: questionKey ignores case, accents and punctuation), with where each is. */
function indexFolder(files: ReadFile[]) {
  const stored = new Map<string, Stored & { factId: string }>();
  const outOfScope = new Map<string, Stored>();
  const facts = new Map<string, { rf: ReadFile; seq: YAMLSeq }>();
  const outOfScopeFiles: { rf: ReadFile; seq: YAMLSeq }[] = [];
  const lineOf = (rf: ReadFile, node: { range?: [number, number, number] | null }) => (node.range ? rf.lines.linePos(node.range[0]).line : 0);
  for (const rf of files) {
    const factList = rf.doc.get('facts', true);
    if (isSeq(factList)) {
      for (const item of factList.items) {
        if (!isMap(item)) continue;
        const id = item.get('id');
        const qs = item.get('questions', true);
        if (typeof id !== 'string' || !isSeq(qs)) continue;
        facts.set(id, { rf, seq: qs });
        for (const q of qs.items) {
          if (isScalar(q) && typeof q.value === 'string') stored.set(questionKey(q.value), { question: q.value, factId: id, file: displayPath(rf.file), line: lineOf(rf, q) });
        }
      }
    }
    const oos = rf.doc.get('out_of_scope', true);
    if (isSeq(oos)) {
      outOfScopeFiles.push({ rf, seq: oos });
      for (const q of oos.items) {
        if (isScalar(q) && typeof q.value === 'string') outOfScope.set(questionKey(q.value), { question: q.value, file: displayPath(rf.file), line: lineOf(rf, q) });
      }
    }
  }
  return { stored, outOfScope, facts, outOfScopeFiles };
}

/** Up to three ids close to a mistyped one: within a few edits, or containing it. */
export function closeIds(wanted: string, ids: readonly string[]): string[] {
  const max = Math.max(2, Math.floor(wanted.length / 4));
  return ids
    .map((id) => ({ id, d: editDistance(wanted, id, max) }))
    .map((c) => (c.d > max && wanted.length >= 3 && (c.id.includes(wanted) || wanted.includes(c.id)) ? { ...c, d: max } : c))
    .filter((c) => c.d <= max)
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((c) => c.id);
}

/** The eval set `check` checks by default for `dir`: the curated one, for the curated folder only. */
function curatedEvalFile(dir: string): string | undefined {
  return path.resolve(dir) === DEFAULT_KNOWLEDGE_DIR && fs.existsSync(DEFAULT_EVAL_FILE) ? DEFAULT_EVAL_FILE : undefined;
}

/** Whether the eval set holds the question (by questionKey); an unreadable eval set is a refusal, as it fails `check`. */
function evalSetHolds(evalFile: string, key: string): { ok: true; holds: boolean } | { ok: false; error: string } {
  let set;
  try {
    set = loadEvalSet(evalFile);
  } catch (e) {
    return { ok: false, error: `Cannot read the eval set: ${(e as Error).message}` };
  }
  const all = [...set.answerable.map((a) => a.q), ...set.out_of_scope];
  return { ok: true, holds: all.some((q) => questionKey(q) === key) };
}

/** The question as a YAML scalar: plain when YAML reads it back as the same string, quoted otherwise. */
function scalarText(question: string, inFlow: boolean): string {
  const block = stringify(question, { lineWidth: 0 }).replace(/\n$/, '');
  // Inside [ … ] a comma or bracket would end the item: quote those too.
  if (inFlow && /[,[\]{}]/.test(block) && !/^["']/.test(block)) return JSON.stringify(question);
  return block;
}

/**
 * The file's text with `question` appended to the list `seq`, as one inserted
 * line indented like the list's last item (or, for a `[a, b]` list, one more
 * item before the `]`), and the line the question is on. Proved by parsing the
 * result: it must be the old document with exactly that item added.
 */
function appendTo(rf: ReadFile, seq: YAMLSeq, question: string): { ok: true; text: string; line: number } | { ok: false; error: string } {
  const { text } = rf;
  const file = displayPath(rf.file);
  const unusual = { ok: false as const, error: `Cannot add the question to ${file}: the list at line ${seq.range ? rf.lines.linePos(seq.range[0]).line : '?'} is laid out in a way this edit does not handle; add it by hand.` };
  const last = seq.items.at(-1);
  let edited: string;
  if (seq.flow) {
    const close = seq.range ? seq.range[1] - 1 : -1;
    if (close < 0 || text[close] !== ']') return unusual;
    const item = scalarText(question, true);
    const lastEnd = isScalar(last) && last.range ? last.range[1] : null;
    edited = lastEnd === null ? `${text.slice(0, close)}${item}${text.slice(close)}` : `${text.slice(0, lastEnd)}, ${item}${text.slice(lastEnd)}`;
  } else {
    if (!isScalar(last) || !last.range) return unusual;
    const lineStart = text.lastIndexOf('\n', last.range[0] - 1) + 1;
    const prefix = text.slice(lineStart, last.range[0]);
    // The last item must start its own line ("      - text"); anything else is laid out by hand.
    if (!/^ *- +$/.test(prefix)) return unusual;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    // After the line the item ends on (a trailing comment stays with it).
    const valueEnd = last.range[1];
    let at: number;
    let before = '';
    if (valueEnd > 0 && text[valueEnd - 1] === '\n') at = valueEnd;
    else {
      const nl = text.indexOf('\n', valueEnd);
      if (nl === -1) {
        at = text.length;
        before = eol;
      } else at = nl + 1;
    }
    edited = `${text.slice(0, at)}${before}${prefix}${scalarText(question, false)}${eol}${text.slice(at)}`;
  }
  // The proof: the same document, with one more item at the end of this list.
  const lines = new LineCounter();
  const after = parseDocument(edited, { lineCounter: lines, schema: 'core' });
  const path_ = listPath(rf.doc, seq);
  if (after.errors.length > 0 || path_ === null) return unusual;
  const expected = rf.doc.toJS() as unknown;
  const list = getIn(expected, path_);
  if (!Array.isArray(list)) return unusual;
  list.push(question);
  if (!isDeepStrictEqual(after.toJS(), expected)) return unusual;
  const added = after.getIn([...path_, list.length - 1], true);
  if (!isScalar(added) || !added.range) return unusual;
  return { ok: true, text: edited, line: lines.linePos(added.range[0]).line };
}

/** The path of a list node in its document: `['facts', 3, 'questions']` or `['out_of_scope']`. */
function listPath(doc: Document.Parsed, seq: YAMLSeq): (string | number)[] | null {
  if ((doc.get('out_of_scope', true) as unknown) === seq) return ['out_of_scope'];
  const factList = doc.get('facts', true);
  if (!isSeq(factList)) return null;
  const i = factList.items.findIndex((item) => isMap(item) && (item.get('questions', true) as unknown) === seq);
  return i === -1 ? null : ['facts', i, 'questions'];
}

/** The value at a path of plain data (from `toJS`). */
function getIn(data: unknown, p: (string | number)[]): unknown {
  let at = data;
  for (const k of p) at = at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[k] : undefined;
  return at;
}

/**
 * Validates the folder with `rf` replaced by `text` (the loader's own checks,
 * across files), then writes it atomically. Nothing is written on any problem.
 */
async function commit(files: ReadFile[], rf: ReadFile, text: string, options: { create?: boolean } = {}): Promise<{ ok: true } | { ok: false; error: string }> {
  const checked = buildKnowledge(files.map((f) => ({ file: f.file, text: f === rf ? text : f.text })));
  if (!checked.ok) {
    const n = checked.errors.length;
    return { ok: false, error: `The edit would not validate, so nothing was written (${n} problem${n === 1 ? '' : 's'}, first: ${formatIssue(checked.errors[0]!)}).` };
  }
  try {
    await writeAtomically(rf.file, text, options.create ? null : rf.text);
    return { ok: true };
  } catch (e) {
    return { ok: false, error: `Could not write ${displayPath(rf.file)}, so nothing changed: ${(e as Error).message}` };
  }
}

/**
 * Replaces `file` with `text` in one step: a hidden temporary file beside it
 * (a name starting with "." is skipped by the loader and the watcher), flushed
 * to disk, then renamed over it. `before`: the text the edit was made from; if
 * the file changed meanwhile (someone saved it), nothing is written. `null`:
 * the file is new, and one created meanwhile is never overwritten.
 */
async function writeAtomically(file: string, text: string, before: string | null): Promise<void> {
  // A link (a ConfigMap-style `x.yaml -> ..data/x.yaml`) is replaced at its target, and stays a link.
  const real = before === null ? file : fs.realpathSync(file);
  const folder = path.dirname(real);
  const temp = path.join(folder, `.${path.basename(real)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const mode = before === null ? 0o644 : fs.statSync(real).mode & 0o7777;
  const handle = await fs.promises.open(temp, 'wx', mode);
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (before === null) {
      // link() refuses an existing name: a file created since the check is kept, not replaced.
      await fs.promises.link(temp, real).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'EEXIST') throw new Error(`${displayPath(real)} was created meanwhile; run the command again`);
        return fs.promises.rename(temp, real);
      });
    } else {
      if (fs.readFileSync(real, 'utf8') !== before) throw new Error(`${displayPath(file)} changed while the edit was being made; run the command again`);
      await fs.promises.rename(temp, real);
    }
    await syncFolder(folder);
  } finally {
    await fs.promises.rm(temp, { force: true });
  }
}

/** Flushes a folder's entries (the rename) to disk; some file systems cannot, which only weakens durability. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const h = await fs.promises.open(folder, 'r');
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    // Not supported here (e.g. some network file systems): the rename itself is still atomic.
  }
}
