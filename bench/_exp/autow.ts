import fs from 'node:fs';
import { oracle } from './oracle-lib.ts';
const rows = (JSON.parse(fs.readFileSync(process.env.IN ?? '/tmp/qwork/c2.json', 'utf8')) as any[]).filter((r) => !(r.kind === 'factout' && r.redundant));
const near = 0.75, target = 0.05;
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const ws = (process.env.WS ?? '0,0.25,0.5,0.75').split(',').map(Number);
function calib(kr: any[], conf: (r: any) => number) {
  const pos = kr.filter((r) => r.kind === 'loo'), hard = kr.filter((r) => r.kind === 'factout'), easy = kr.filter((r) => r.kind === 'offtopic');
  const ts = [...new Set([...pos, ...hard, ...easy].map(conf))];
  let best = 0.95;
  for (const t of ts) {
    const w = pos.filter((o) => conf(o) >= t && !o.right).length / pos.length;
    const f = near * hard.filter((o) => conf(o) >= t).length / hard.length + (1 - near) * easy.filter((o) => conf(o) >= t).length / easy.length;
    if (w <= target && f <= target && t < best && t >= 0.3) best = t;
  }
  const right = pos.filter((o) => conf(o) >= best && o.right).length / pos.length;
  return { t: best, right };
}
let sum = 0;
for (const kb of [...new Set(rows.map((r) => r.kb))]) {
  const kr = rows.filter((r) => r.kb === kb);
  const cands = ws.map((w) => { const conf = (r: any) => r.s1 - w * r.s2; return { w, conf, ...calib(kr, conf) }; });
  cands.sort((a, b) => b.right - a.right);
  const pick = cands[0]!;
  const ans = kr.filter((r) => r.kind === 'people'), oos = kr.filter((r) => r.kind === 'peopleoos');
  const res = (c: any) => `w${c.w}:${pct(ans.filter((r) => c.conf(r) >= c.t && r.right).length / ans.length)}`;
  console.log(`${kb.padEnd(9)} pick w=${pick.w} t=${pick.t.toFixed(2)} looRight ${pct(pick.right)} → people right ${pct(ans.filter((r) => pick.conf(r) >= pick.t && r.right).length / ans.length)} wrong ${pct(ans.filter((r) => pick.conf(r) >= pick.t && !r.right).length / ans.length)} oosDecl ${pct(oos.filter((r) => pick.conf(r) < pick.t).length / oos.length)} | all: ${cands.map(res).join(' ')}`);
  sum += ans.filter((r) => pick.conf(r) >= pick.t && r.right).length / ans.length;
}
console.log('sum', pct(sum));
