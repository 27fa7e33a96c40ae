import { createKnowledgeBase, rank } from '../../src/engine/answer.ts';
import { decisionValue } from '../../src/engine/calibrate.ts';
import { curatedSets } from '../quality/sets.ts';
const s = curatedSets()[Number(process.argv[2] ?? 0)]!;
const kb = createKnowledgeBase(s.knowledge);
const t = kb.calibration.threshold;
console.log('thr', t.toFixed(3));
const qs = s.questions[Number(process.argv[3] ?? 0)]!;
for (const a of qs.answerable) {
  const r = rank(a.q, kb, 3);
  const v = decisionValue(r);
  if (r[0] && a.expect.includes(r[0].factId) && v >= t) continue;
  console.log(`${r[0] && a.expect.includes(r[0].factId) ? 'DECL ' : 'WRONG'} v${v.toFixed(2)} s${r[0]?.score.toFixed(2)} 2nd ${r[1]?.score.toFixed(2)} ${r[0]?.factId}${r[0] && a.expect.includes(r[0].factId) ? '' : ' want ' + a.expect[0]} | ${a.q}`);
}
for (const q of qs.outOfScope) { const r = rank(q, kb, 2); const v = decisionValue(r); if (v >= t) console.log(`FALSE v${v.toFixed(2)} ${r[0]?.factId} | ${q}`); }
