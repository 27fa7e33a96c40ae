import fs from 'node:fs';
import { oracle } from './oracle-lib.ts';
const rows = (JSON.parse(fs.readFileSync(process.env.IN ?? '/tmp/qwork/c2.json', 'utf8')) as any[]).filter((r) => !(r.kind === 'factout' && r.redundant));
const confSrc = process.argv[2] ?? 'r.s1';
const conf = new Function('r', `return ${confSrc};`) as (r: any) => number;
const pi = Number(process.env.PI ?? 1 / 3), near = Number(process.env.NEAR ?? 0.75), target = Number(process.env.TARGET ?? 0.05);
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
function rule(kbRows: any[]) {
  const pos = kbRows.filter((r) => r.kind === 'loo'), hard = kbRows.filter((r) => r.kind === 'factout'), easy = kbRows.filter((r) => r.kind === 'offtopic');
  const ts = [...new Set(kbRows.filter((r) => r.kind !== 'people' && r.kind !== 'peopleoos').map(conf))].sort((a, b) => b - a);
  let best = Infinity;
  for (const t of ts) {
    const w = pos.filter((o) => conf(o) >= t && !o.right).length / pos.length;
    const f = near * hard.filter((o) => conf(o) >= t).length / hard.length + (1 - near) * easy.filter((o) => conf(o) >= t).length / easy.length;
    if (w <= target && f <= target && t < best) best = t;
  }
  return best;
}
let sumRight = 0;
for (const kb of [...new Set(rows.map((r) => r.kb))]) {
  const kr = rows.filter((r) => r.kb === kb);
  const people = kr.filter((r) => r.kind === 'people' || r.kind === 'peopleoos');
  const o = oracle(people.map((r) => ({ score: conf(r), right: r.right, oos: r.kind === 'peopleoos' })));
  const t = rule(kr);
  const ans = people.filter((r) => r.kind === 'people'), oos = people.filter((r) => r.kind === 'peopleoos');
  const right = ans.filter((r) => conf(r) >= t && r.right).length / ans.length, wrong = ans.filter((r) => conf(r) >= t && !r.right).length / ans.length;
  const od = oos.filter((r) => conf(r) < t).length / oos.length;
  const loo = kr.filter((r) => r.kind === 'loo');
  sumRight += right;
  console.log(`${kb.padEnd(9)} oracle ${pct(o.right)} @${o.thr.toFixed(3)} | calibrated @${t.toFixed(3)} right ${pct(right)} wrong ${pct(wrong)} oosDecl ${pct(od)} | loo top1 ${pct(loo.filter((r) => r.right).length / loo.length)}`);
}
console.log('sum right', (sumRight * 100).toFixed(1));
