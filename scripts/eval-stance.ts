// `npm run eval:stance`: confusion matrix, per-class F1 and macro-F1 of classifyStance on each
// labelled set, beside the majority-class baseline. `--errors` lists every disagreement with its cues.
import { formatEvaluation } from '../src/core/stance/evaluate.ts';
import { stanceSets } from './stance-sets.ts';

const showErrors = process.argv.includes('--errors');
for (const set of stanceSets()) {
  console.log(formatEvaluation(`${set.name}: classifyStance`, set.model));
  console.log(
    `  baseline (always "${set.baselineLabel}"): macro-F1=${set.baseline.macroF1.toFixed(3)} accuracy=${set.baseline.accuracy.toFixed(3)}`,
  );
  if (showErrors) {
    for (const item of set.items) {
      if (item.gold === item.machine.label) continue;
      const snippet = item.text.replace(/\s+/gu, ' ').slice(0, 90);
      console.log(
        `  ✗ ${item.key}: gold ${item.gold}, got ${item.machine.label} ${item.machine.score} [${item.machine.cues.join('; ')}] ${snippet}`,
      );
    }
  }
  console.log('');
}
