/** `factbot synth`: deterministic synthetic knowledge that passes the loader's checks, with an eval set that fits it. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkEvalSet, loadEvalSet } from '../src/eval.ts';
import { createKnowledgeBase } from '../src/engine/answer.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { knowledgeFromSynthetic, synthesize, writeSynthetic } from '../src/synth.ts';
import { makeTempDir, removeTempDirs } from './helpers/knowledge.ts';

afterAll(removeTempDirs);

describe('synth', () => {
  it('writes knowledge that loads and validates, and an eval set whose ids exist', () => {
    const dir = path.join(makeTempDir(), 'synthetic');
    const { evalFile } = writeSynthetic(dir, synthesize({ facts: 2500, seed: 3, perFile: 1000, queries: 50, outOfScope: 20 }));
    const loaded = loadKnowledge(dir);
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
    if (!loaded.ok) return;
    expect(loaded.knowledge.facts).toHaveLength(2500);
    expect(loaded.knowledge.sources.size).toBe(3);
    const set = loadEvalSet(evalFile);
    expect(set.answerable).toHaveLength(50);
    expect(set.out_of_scope).toHaveLength(20);
    expect(checkEvalSet(set, createKnowledgeBase(loaded.knowledge), evalFile)).toEqual([]);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = synthesize({ facts: 200, seed: 9 });
    const b = synthesize({ facts: 200, seed: 9 });
    const c = synthesize({ facts: 200, seed: 10 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a.evalSet)).not.toBe(JSON.stringify(c.evalSet));
  });

  it('builds the same knowledge in memory as on disk', () => {
    const synthetic = synthesize({ facts: 300, seed: 5 });
    const dir = path.join(makeTempDir(), 'synthetic');
    writeSynthetic(dir, synthetic);
    const fromDisk = loadKnowledge(dir);
    expect(fromDisk.ok).toBe(true);
    if (!fromDisk.ok) return;
    const inMemory = knowledgeFromSynthetic(synthetic);
    const strip = (facts: { file: string; line: number }[]) => facts.map(({ file: _f, line: _l, ...rest }) => rest);
    expect(strip(inMemory.facts)).toEqual(strip(fromDisk.knowledge.facts));
    expect(fs.existsSync(path.join(dir, '_eval.yaml'))).toBe(true);
  });
});
