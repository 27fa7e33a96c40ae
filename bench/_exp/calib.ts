// Dev: calibrated outcome + oracle per set (no anchors).
import { SEARCH, CALIBRATION } from '../../src/config.ts';
for (const kv of (process.env.EXP ?? '').split(',').filter(Boolean)) { const [k, v] = kv.split('='); const path = k!.replace(/^C\./, '').split('.'); let o: any = k!.startsWith('C.') ? CALIBRATION : SEARCH; for (const p of path.slice(0, -1)) o = o[p]; o[path.at(-1)!] = v!.includes(':') ? v!.split(':').map(Number) : Number(v); }
const { createKnowledgeBase, rank } = await import('../../src/engine/answer.ts');
const { scoreFactbot } = await import('../quality/run.ts');
const { curatedSets, folderSet, synthSet, covidfaqSet, DEFAULT_COVIDFAQ } = await import('../quality/sets.ts');
const { oracle } = await import('./oracle-lib.ts');
const which = (process.argv[2] ?? 'dev').split(',');
const sets: any[] = [];
const has = (x: string) => which.includes(x) || which.includes('dev');
if (has('curated')) sets.push(...curatedSets());
if (has('covid')) sets.push(covidfaqSet(DEFAULT_COVIDFAQ));
if (has('library')) sets.push(folderSet('library', ''));
if (has('tidesync')) sets.push(folderSet('tidesync', ''));
for (const k of ['course', 'lanterns', 'recycling']) if (has(k) && (await import('node:fs')).existsSync(`tests/eval/kb/${k}/questions.yaml`)) sets.push(folderSet(k, ''));
if (which.includes('synth')) sets.push(synthSet(1000, 300, 100));
if (which.includes('synth10k')) sets.push(synthSet(10000, 300, 100));
if (which.includes('bakery')) sets.push(folderSet('bakery', ''));
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const summary: string[] = []; let sum = 0, cnt = 0;
for (const s of sets) {
  const t = performance.now();
  const kb = createKnowledgeBase(s.knowledge, process.env.TARGET ? { maxWrongShare: Number(process.env.TARGET) } : {});
  const ms = performance.now() - t;
  const c = kb.calibration;
  console.log(`${s.name}: thr ${c.threshold.toFixed(3)} exp right ${pct(c.expected.right)} wrong ${pct(c.expected.wrong)} oosDecl ${pct(c.expected.outOfScopeDeclined)} (${c.samples.phrasings}/${c.samples.factsLeftOut}) build ${ms.toFixed(0)}ms`);
  for (const qs of s.questions) {
    const o = scoreFactbot(kb, qs);
    const items: any[] = [];
    let top1 = 0;
    for (const a of qs.answerable) { const r = rank(a.q, kb, 1)[0]; const right = !!r && a.expect.includes(r.factId); if (right) top1++; items.push({ score: r?.score ?? 0, right, oos: false }); }
    for (const q of qs.outOfScope) items.push({ score: rank(q, kb, 1)[0]?.score ?? 0, right: false, oos: true });
    const or = oracle(items);
    summary.push(`${s.name.replace('curated, 3 phrasings', 'c3').replace('curated', 'c').replace("people's questions", '')}${qs.label.startsWith('eval') ? '/eval' : qs.label.startsWith('unseen') ? '/unseen' : ''} ${pct(o.right)}${o.wrong > 0.05 ? '!W' : ''}${o.oosDeclined < 0.9 ? '!O' : ''}`); sum += o.right; cnt++;
    console.log(`   ${qs.label.padEnd(18)} right ${pct(o.right)} wrong ${pct(o.wrong)} oosDecl ${pct(o.oosDeclined)} | top1 ${pct(top1 / qs.answerable.length)} oracle ${pct(or.right)} @${or.thr.toFixed(3)}`);
  }
}
console.log('SUMMARY', summary.join(' |'), '|| mean', pct(sum / cnt), 'violations', summary.filter((x) => x.includes('!')).length);
