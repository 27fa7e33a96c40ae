/** Test helpers for the quality suite's knowledge bases (tests/eval/kb). */
import path from 'node:path';
import { KB_DIR } from '../../bench/quality/sets.ts';
import type { Knowledge } from '../../src/knowledge/load.ts';
import { loadOk } from './knowledge.ts';

/** The knowledge of one of the suite's own knowledge bases (library, tidesync, bakery). */
export function folderKnowledge(name: string): Knowledge {
  return loadOk(path.join(KB_DIR, name, 'knowledge'));
}
