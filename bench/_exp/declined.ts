import { SEARCH, CALIBRATION } from '../../src/config.ts';
for (const kv of (process.env.EXP ?? '').split(',').filter(Boolean)) { const [k, v] = kv.split('='); const path = k!.replace(/^C\./, '').split('.'); let o: any = k!.startsWith('C.') ? CALIBRATION : SEARCH; for (const p of path.slice(0, -1)) o = o[p]; o[path.at(-1)!] = Number(v); }
const { createKnowledgeBase, rank } = await import('../../src/engine/answer.ts');
const { decisionValue } = await import('../../src/engine/calibrate.ts');
const { curatedSets, folderSet } = await import('../quality/sets.ts');
const name = process.argv[2] ?? 'library';
const s = name === 'curated3' ? curatedSets()[1]! : name === 'curated' ? curatedSets()[0]! : folderSet(name, '');
const kb = createKnowledgeBase(s.knowledge);
const t = kb.calibration.threshold;
console.log('threshold', t.toFixed(3));
const qs = s.questions[Number(process.argv[3] ?? 0)]!;
for (const a of qs.answerable) {
  const r = rank(a.q, kb, 2);
  const v = decisionValue(r);
  if (r[0] && a.expect.includes(r[0].factId) && v < t) console.log(`${v.toFixed(2)} s${r[0].score.toFixed(2)} c${r[0].coverage.toFixed(2)} q${r[0].question.toFixed(2)} b${r[0].bm25.toFixed(2)} t${r[0].typeFit} 2nd ${r[1]?.score.toFixed(2)} ${r[1]?.factId} | ${a.q}`);
}
