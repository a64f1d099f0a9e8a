import { readFileSync } from 'node:fs';
import { domainCues } from './src/core/stance/domain-cues.ts';
import { splitSentences, normalizeLower, wordsOf } from './src/core/stance/tokenize.ts';
import { targetTerms } from './src/core/stance/target-terms.ts';
import { wordValences } from './src/core/stance/lexicon.ts';
import { classifyStance } from './src/core/classify-stance.ts';
const bodies = ['seeds/000_ee58b0036ea7db85.txt', 'seeds/002_2cf2c4a3a6e85ec2.txt'].flatMap((f) => readFileSync(f, 'utf8').split('\n')).filter((l) => l.trim().length > 20);
const cs = Array.from({ length: 50000 }, (_, i) => `${bodies[i % bodies.length]} #${i}`);
const lows = cs.map(normalizeLower);
const sents = cs.map((c) => splitSentences(c));
function t(name: string, f: (i: number) => void) {
  for (let i = 0; i < 5000; i++) f(i);
  const s = process.cpuUsage(); for (let i = 0; i < cs.length; i++) f(i); const u = process.cpuUsage(s);
  console.log(name.padEnd(14), ((u.user + u.system) / 1000).toFixed(0), 'ms');
}
for (let r = 0; r < 2; r++) {
t('lower', (i) => normalizeLower(cs[i]!));
t('split', (i) => splitSentences(cs[i]!));
t('domainCues', (i) => domainCues(lows[i]!));
t('targetTerms', (i) => { for (const s of sents[i]!) targetTerms(s.lower); });
t('wordsOf', (i) => { for (const s of sents[i]!) wordsOf(s.text); });
t('valences', (i) => { for (const s of sents[i]!) wordValences(wordsOf(s.text), new Set()); });
t('classify', (i) => classifyStance({ body: cs[i]! }));
}
