import { readFileSync } from 'node:fs';
import { parseThread } from './src/core/parse-thread.ts';
import { tokenize } from './src/core/stance/tokenize.ts';
import { domainCues } from './src/core/stance/domain-cues.ts';
import { sentenceSentiment } from './src/core/stance/lexicon.ts';
import { targetTerms } from './src/core/stance/target-terms.ts';
import { classifyStance } from './src/core/classify-stance.ts';
const doc = parseThread(readFileSync('./seeds/000_ee58b0036ea7db85.txt', 'utf8'));
if (!doc.ok) throw new Error('x');
const bodies = doc.value.comments.map((c) => c.body);
const N = 20000;
function time(name: string, f: (b: string) => void) {
  const t0 = process.cpuUsage();
  for (let i = 0; i < N; i++) f(bodies[i % bodies.length]!);
  const u = process.cpuUsage(t0);
  console.log(name, (((u.user + u.system) / 1000) * (50000 / N)).toFixed(0), 'ms cpu per 50k');
}
const toks = bodies.map((b) => tokenize(b));
time('tokenize', (b) => tokenize(b));
time('lower', (b) => b.toLowerCase());
time('domainCues', (b) => domainCues(b.toLowerCase()));
let k = 0;
time('targetTerms', () => { for (const s of toks[k++ % toks.length]!) targetTerms(s.lower); });
time('sentiment-all', () => { for (const s of toks[k++ % toks.length]!) sentenceSentiment(s, new Set()); });
time('classify', (b) => classifyStance({ body: b }));
