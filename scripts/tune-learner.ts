// Tuning the reader-taught stance model: its learning curves with other options (JSON, merged over
// LEARN_DEFAULTS) on the sets whose errors may be read. The blind sets (the first held-out, 3 and 6)
// are scored only by `npm run eval:stance`: tuning on their curves would make them dev sets.
// scripts/blind-prior.ts measures the learner from a prior as wrong as the rules on a blind set.
// Usage: tsx scripts/tune-learner.ts '{"pseudoWeight":0.3}'
import { learnStance } from '../src/core/stance/learn-stance.ts';
import { LEARN_DEFAULTS, type LearnOptions } from '../src/core/stance/learn-options.ts';
import { learningCurve } from '../src/core/stance/learning-curve.ts';
import { CURVE_ORDERS, CURVE_SIZES } from './stance-curve.ts';
import { HELD_OUT_2_SET, readableSets } from './stance-sets.ts';

const opts: LearnOptions = {
  ...LEARN_DEFAULTS,
  ...(JSON.parse(process.argv[2] ?? '{}') as object),
};
const verbose = process.argv.includes('-v');
const t0 = Date.now();
const sums = CURVE_SIZES.map(() => 0);
let count = 0;
const rows: string[] = [];
for (const set of readableSets()) {
  if (set.name.startsWith('seed ') && set.name !== 'seeds combined') continue;
  const items = set.items.map((i) => ({
    input: { body: i.text, machine: i.machine },
    gold: i.gold,
  }));
  const curve = learningCurve(items, CURVE_SIZES, CURVE_ORDERS, 13, (a, b) =>
    learnStance(a, b, opts),
  );
  const short = set.name === HELD_OUT_2_SET ? 'HO2' : set.name.slice(0, 12);
  rows.push(
    `${short}: ${curve.map((p) => p.othersMacroF1.toFixed(3)).join(' ')}${verbose ? ` | all ${curve.map((p) => p.seenMacroF1.toFixed(3)).join(' ')}` : ''}`,
  );
  curve.forEach((p, k) => (sums[k] = (sums[k] ?? 0) + p.othersMacroF1));
  count += 1;
}
console.log(
  `${JSON.stringify(process.argv[2] ?? '{}')}\n  ${rows.join('\n  ')}\n  mean: ${sums.map((s) => (s / count).toFixed(3)).join(' ')} (${Date.now() - t0} ms)`,
);
