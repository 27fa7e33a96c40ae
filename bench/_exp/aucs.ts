import fs from 'node:fs';
const rows = JSON.parse(fs.readFileSync(process.env.IN ?? '/tmp/qwork/collect.json', 'utf8')) as any[];
const exprs = process.argv.slice(2);
function auc(pos: number[], neg: number[]) { let s = 0; for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0; return s / Math.max(1, pos.length * neg.length); }
for (const e of exprs) {
  const f = new Function('r', `return ${e};`) as (r: any) => number;
  const parts: string[] = [];
  for (const kb of [...new Set(rows.map((r) => r.kb))]) {
    const k = rows.filter((r) => r.kb === kb);
    const looR = k.filter((r) => r.kind === 'loo' && r.right).map(f), looW = k.filter((r) => r.kind === 'loo' && !r.right).map(f), fo = k.filter((r) => r.kind === 'factout').map(f);
    const pR = k.filter((r) => r.kind === 'people' && r.right).map(f), pW = k.filter((r) => (r.kind === 'people' && !r.right)).map(f), pO = k.filter((r) => r.kind === 'peopleoos').map(f);
    parts.push(`${kb} L:${auc(looR, looW).toFixed(2)}/${auc(looR, fo).toFixed(2)} P:${auc(pR, pW).toFixed(2)}/${auc(pR, pO).toFixed(2)}`);
  }
  console.log(e.padEnd(28), parts.join(' '));
}
