import { answer, createKnowledgeBase } from '../../src/engine/answer.ts';
import { buildIndex } from '../../src/engine/index.ts';
import { knowledgeFromSynthetic, synthesize } from '../../src/synth.ts';
import { curatedSets } from '../quality/sets.ts';
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(p * (s.length - 1))]!; };
const cur = curatedSets()[0]!;
const kb = createKnowledgeBase(cur.knowledge);
const qs = [...cur.questions[0]!.answerable.map((a) => a.q), ...cur.questions[0]!.outOfScope];
for (let i = 0; i < 5; i++) for (const q of qs) answer(q, kb);
const times: number[] = [];
for (let i = 0; i < 10; i++) for (const q of qs) { const t = performance.now(); answer(q, kb); times.push(performance.now() - t); }
console.log('curated p50', pct(times, 0.5).toFixed(3), 'p99', pct(times, 0.99).toFixed(3));
for (const n of (process.argv[2] ?? '10000,100000').split(',').map(Number)) {
  const syn = synthesize({ facts: n, seed: 42, queries: 500, outOfScope: 100 });
  const k = knowledgeFromSynthetic(syn);
  let t = performance.now();
  const idx = buildIndex(k);
  const buildMs = performance.now() - t;
  t = performance.now();
  const kb2 = createKnowledgeBase(k);
  const totalMs = performance.now() - t;
  const ts: number[] = [];
  for (const a of syn.evalSet.answerable.slice(0, 300)) answer(a.q, kb2);
  for (const a of [...syn.evalSet.answerable, ...syn.unseen.answerable]) { const t0 = performance.now(); answer(a.q, kb2); ts.push(performance.now() - t0); }
  console.log(n, 'index', buildMs.toFixed(0), 'ms; index+calibration', totalMs.toFixed(0), 'ms; threshold', kb2.calibration.threshold.toFixed(3), 'p50', pct(ts, 0.5).toFixed(3), 'p99', pct(ts, 0.99).toFixed(3), idx.facts.length);
}
