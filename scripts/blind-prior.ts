// The learner's curve from a blind prior (blind-prior-sets.ts): how far a reader's labels carry when
// the rules are as wrong as on a set they never read. Tune the learner here, not on the blind sets.
// Usage: tsx scripts/blind-prior.ts ['{"knob":value}'] [-v] [--sizes=0,20,60,120]
// (other sizes show how far the learner gets with many labels: whether its features or its
// few labels are what hold it back).
import { evaluate } from '../src/core/stance/evaluate.ts';
import { learnStance } from '../src/core/stance/learn-stance.ts';
import { LEARN_DEFAULTS, type LearnOptions } from '../src/core/stance/learn-options.ts';
import { learningCurve } from '../src/core/stance/learning-curve.ts';
import { blindPriorSets } from './blind-prior-sets.ts';
import { CURVE_ORDERS, CURVE_SIZES } from './stance-curve.ts';

const knobs = process.argv.find((a) => a.startsWith('{')) ?? '{}';
const opts: LearnOptions = { ...LEARN_DEFAULTS, ...(JSON.parse(knobs) as object) };
const verbose = process.argv.includes('-v');
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const sizes = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : CURVE_SIZES;
const t0 = Date.now();
const sums = sizes.map(() => 0);
const counts = sizes.map(() => 0);
const rows: string[] = [];
const sets = await blindPriorSets();
for (const set of sets) {
  const rules = evaluate(
    set.items.map((i) => i.gold),
    set.items.map((i) => i.input.machine.label),
  ).macroF1;
  // A set smaller than a size leaves no comment to score there: the size is skipped for it.
  const fits = sizes.filter((n) => n < set.items.length);
  const curve = learningCurve(set.items, fits, CURVE_ORDERS, 13, (a, b) => learnStance(a, b, opts));
  const seen = verbose ? ` | all ${curve.map((p) => p.seenMacroF1.toFixed(3)).join(' ')}` : '';
  rows.push(
    `${set.name.padEnd(6)} (rules ${rules.toFixed(3)}): ${curve.map((p) => p.othersMacroF1.toFixed(3)).join(' ')}${seen}`,
  );
  curve.forEach((p, k) => {
    sums[k] = (sums[k] ?? 0) + p.othersMacroF1;
    counts[k] = (counts[k] ?? 0) + 1;
  });
}
const mean = sums.map((s, k) => (s / (counts[k] ?? 1)).toFixed(3)).join(' ');
console.log(`${knobs}\n  ${rows.join('\n  ')}\n  mean: ${mean} (${Date.now() - t0} ms)`);
