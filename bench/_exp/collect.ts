// Collects ranking signals for calibration-style questions and people's questions, for offline analysis.
import fs from 'node:fs';
import { SEARCH, CALIBRATION } from '../../src/config.ts';
for (const kv of (process.env.EXP ?? '').split(',').filter(Boolean)) { const [k, v] = kv.split('='); const path = k!.replace(/^C\./, '').split('.'); let o: any = k!.startsWith('C.') ? CALIBRATION : SEARCH; for (const p of path.slice(0, -1)) o = o[p]; o[path.at(-1)!] = Number(v); }
const { buildIndex, TextKind } = await import('../../src/engine/index.ts');
const { rank } = await import('../../src/engine/rank.ts');
const { saysItToo } = await import('../../src/engine/calibrate.ts');
const { OFF_TOPIC_QUESTIONS } = await import('../../src/engine/offtopic.ts');
const { curatedSets, folderSet, covidfaqSet, DEFAULT_COVIDFAQ, synthSet } = await import('../quality/sets.ts');
const names = (process.argv[2] ?? 'curated3,covid,library,tidesync,curated').split(',');
const out: any[] = [];
const sig = (r: any[]) => ({ b1: r[0]?.bm25 ?? 0, s1: r[0]?.score ?? 0, s2: r[1]?.score ?? 0, c1: r[0]?.coverage ?? 0, c2: r[1]?.coverage ?? 0, q1: r[0]?.question ?? 0, q2: r[1]?.question ?? 0, f1: r[0]?.fuse ?? 0, t1: r[0]?.typeFit ?? 1 });
for (const name of names) {
  const s = name === 'curated' ? curatedSets()[0]! : name === 'curated3' ? curatedSets()[1]! : name === 'covid' ? covidfaqSet(DEFAULT_COVIDFAQ) : name === 'synth' ? synthSet(1000, 300, 100) : folderSet(name, '');
  const index = buildIndex(s.knowledge);
  for (let f = 0; f < index.facts.length; f++) {
    for (let k = index.texts.textStart[f]!; k < index.texts.textStart[f + 1]!; k++) {
      if (index.texts.kind[k] !== TextKind.question) continue;
      const qq = index.facts[f]!.questions[index.texts.question[k]!]!;
      const r = rank(qq, index, 2, { mask: { fact: f, text: k } });
      out.push({ kb: name, kind: 'loo', right: r[0]?.factId === index.facts[f]!.id, ...sig(r) });
      const h = rank(qq, index, 2, { mask: { fact: f, text: -1 } });
      const other = h[0] ? index.byId.get(h[0].factId)! : -1;
      out.push({ kb: name, kind: 'factout', right: false, redundant: other >= 0 && saysItToo(index, qq, f, other), ...sig(h) });
    }
  }
  for (const x of OFF_TOPIC_QUESTIONS) out.push({ kb: name, kind: 'offtopic', right: false, ...sig(rank(x, index, 2)) });
  const qs = s.questions[name.startsWith('curated') ? 1 : 0]!;
  for (const a of qs.answerable) { const r = rank(a.q, index, 2); out.push({ kb: name, kind: 'people', right: !!r[0] && a.expect.includes(r[0].factId), ...sig(r) }); }
  for (const x of qs.outOfScope) out.push({ kb: name, kind: 'peopleoos', right: false, ...sig(rank(x, index, 2)) });
}
fs.writeFileSync(process.argv[3] ?? '/tmp/qwork/collect.json', JSON.stringify(out));
console.log(out.length);
