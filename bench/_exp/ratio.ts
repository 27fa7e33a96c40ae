import fs from 'node:fs';
const rows = (JSON.parse(fs.readFileSync(process.env.IN ?? '/tmp/qwork/c2.json', 'utf8')) as any[]).filter((r) => !(r.kind === 'factout' && r.redundant));
const f = new Function('r', `return ${process.argv[2] ?? 'r.s1'};`) as (r: any) => number;
for (const kb of [...new Set(rows.map((r) => r.kb))]) {
  const k = rows.filter((r) => r.kb === kb);
  const rate = (xs: any[], t: number, pred: (r: any) => boolean) => xs.filter((r) => f(r) >= t && pred(r)).length / Math.max(1, xs.length);
  const loo = k.filter((r) => r.kind === 'loo'), fo = k.filter((r) => r.kind === 'factout'), off = k.filter((r) => r.kind === 'offtopic');
  const pa = k.filter((r) => r.kind === 'people'), po = k.filter((r) => r.kind === 'peopleoos');
  const cells: string[] = [];
  for (const t of [0.4, 0.5, 0.6, 0.7, 0.8]) {
    const lw = rate(loo, t, (r) => !r.right), pw = rate(pa, t, (r) => !r.right), lr = rate(loo, t, (r) => r.right), pr = rate(pa, t, (r) => r.right);
    const fa = 0.75 * rate(fo, t, () => true) + 0.25 * rate(off, t, () => true), pfa = rate(po, t, () => true);
    cells.push(`t${t}: R ${(lr * 100).toFixed(0)}/${(pr * 100).toFixed(0)} W ${(lw * 100).toFixed(0)}/${(pw * 100).toFixed(0)} F ${(fa * 100).toFixed(0)}/${(pfa * 100).toFixed(0)}`);
  }
  console.log(kb.padEnd(9), cells.join(' | '));
}
