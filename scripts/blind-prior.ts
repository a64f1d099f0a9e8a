// The learner's curve from a blind prior (blind-prior-sets.ts): how far a reader's labels carry when
// the rules are as wrong as on a set they never read. Tune the learner here, not on the blind sets.
// Usage: tsx scripts/blind-prior.ts ['{"knob":value}'] [-v]
import { evaluate } from '../src/core/stance/evaluate.ts';
import { learnStance } from '../src/core/stance/learn-stance.ts';
import { LEARN_DEFAULTS, type LearnOptions } from '../src/core/stance/learn-options.ts';
import { learningCurve } from '../src/core/stance/learning-curve.ts';
import { blindPriorSets } from './blind-prior-sets.ts';
import { CURVE_ORDERS, CURVE_SIZES } from './stance-curve.ts';

const knobs = process.argv.find((a) => a.startsWith('{')) ?? '{}';
const opts: LearnOptions = { ...LEARN_DEFAULTS, ...(JSON.parse(knobs) as object) };
const verbose = process.argv.includes('-v');
const t0 = Date.now();
const sums = CURVE_SIZES.map(() => 0);
const rows: string[] = [];
const sets = await blindPriorSets();
for (const set of sets) {
  const rules = evaluate(
    set.items.map((i) => i.gold),
    set.items.map((i) => i.input.machine.label),
  ).macroF1;
  const curve = learningCurve(set.items, CURVE_SIZES, CURVE_ORDERS, 13, (a, b) =>
    learnStance(a, b, opts),
  );
  const seen = verbose ? ` | all ${curve.map((p) => p.seenMacroF1.toFixed(3)).join(' ')}` : '';
  rows.push(
    `${set.name.padEnd(6)} (rules ${rules.toFixed(3)}): ${curve.map((p) => p.othersMacroF1.toFixed(3)).join(' ')}${seen}`,
  );
  curve.forEach((p, k) => (sums[k] = (sums[k] ?? 0) + p.othersMacroF1));
}
const mean = sums.map((s) => (s / sets.length).toFixed(3)).join(' ');
console.log(`${knobs}\n  ${rows.join('\n  ')}\n  mean: ${mean} (${Date.now() - t0} ms)`);
