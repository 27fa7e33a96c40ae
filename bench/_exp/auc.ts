import fs from 'node:fs';
const rows = JSON.parse(fs.readFileSync(process.argv[2] ?? '/tmp/qwork/features.json', 'utf8')) as any[];
const feats = process.argv.slice(3).length ? process.argv.slice(3) : ['score', 'cov', 'sim', 'margin', 'unk'];
function auc(pos: number[], neg: number[]) { let s = 0; for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0; return s / (pos.length * neg.length); }
const sets = [...new Set(rows.map((r) => r.set))];
for (const set of sets) {
  const rs = rows.filter((r) => r.set === set);
  const pos = rs.filter((r) => r.right);
  const neg = rs.filter((r) => !r.right);
  const line = feats.map((f) => { const sign = f === 'unk' ? -1 : 1; return `${f} ${auc(pos.map((r) => sign * r[f]), neg.map((r) => sign * r[f])).toFixed(3)}`; });
  console.log(set.padEnd(45), line.join('  '));
}
