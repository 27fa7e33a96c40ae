import { buildIndex } from '../../src/engine/index.ts';
import { calibrate } from '../../src/engine/calibrate.ts';
import { knowledgeFromSynthetic, synthesize } from '../../src/synth.ts';
const syn = synthesize({ facts: Number(process.argv[2] ?? 100000), seed: 42, queries: 10, outOfScope: 10 });
const k = knowledgeFromSynthetic(syn);
for (let i = 0; i < 2; i++) {
  let t = performance.now(); const idx = buildIndex(k); const b = performance.now() - t;
  t = performance.now(); const c = calibrate(idx); const cm = performance.now() - t;
  console.log('build', b.toFixed(0), 'calibrate', cm.toFixed(0), c.threshold, c.samples);
}
