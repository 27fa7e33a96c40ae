import { buildIndex } from '../../src/engine/index.ts';
import { knowledgeFromSynthetic, synthesize } from '../../src/synth.ts';
const syn = synthesize({ facts: Number(process.argv[2] ?? 100000), seed: 42, queries: 10, outOfScope: 10 });
const k = knowledgeFromSynthetic(syn);
for (let i = 0; i < 2; i++) { const t = performance.now(); buildIndex(k); console.log('build', (performance.now() - t).toFixed(0)); }
