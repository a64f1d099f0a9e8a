// `npm run eval:replies`: parent accuracy of reply inference on every labelled flat dump, precision
// of each cue that decided a parent, and recall of each way of addressing a parent the dumps label.
//   --errors      list every miss on the seed, dev and held-out 4 to 29 dumps (never on the other
//                 held-out ones, nor on the blind sets)
//   --no-heldout  leave the held-out dumps unscored while tuning
//   --no-blind    leave the blind sets (BLIND_SETS) out entirely: what anyone tuning the rules runs
import {
  BLIND_SETS,
  HELD_OUT_2_SET,
  HELD_OUT_3_SET,
  HELD_OUT_SET,
  OLD_HELD_OUT_SET,
  accuracy,
  precisionByCue,
  recallByCue,
  replySets,
  type CueFigure,
} from './reply-sets.ts';

const showErrors = process.argv.includes('--errors');
const fmt = (f: CueFigure): string => `${f.cue} ${(f.right / f.n).toFixed(2)} (${f.right}/${f.n})`;

const options = {
  heldOut: !process.argv.includes('--no-heldout'),
  blind: !process.argv.includes('--no-blind'),
};
for (const set of replySets(options)) {
  const right = set.items.filter((i) => i.right).length;
  console.log(
    `${set.name}: parent right ${accuracy(set).toFixed(3)} (${right}/${set.items.length})`,
  );
  console.log(`  precision by deciding cue: ${precisionByCue(set).map(fmt).join('; ')}`);
  const recall = recallByCue(set);
  if (recall.length > 0) console.log(`  recall by labelled cue: ${recall.map(fmt).join('; ')}`);
  if (
    showErrors &&
    ![HELD_OUT_SET, HELD_OUT_2_SET, HELD_OUT_3_SET, OLD_HELD_OUT_SET, ...BLIND_SETS].includes(
      set.name,
    )
  ) {
    for (const i of set.items.filter((x) => !x.right)) {
      console.log(
        `  ✗ ${i.dump} #${i.label.index} ${i.label.author}: labelled ${i.label.parent}, got ${i.guess?.parentIndex ?? null} (${i.guess?.reason ?? 'top level'}) — ${i.label.note}`,
      );
    }
  }
  console.log('');
}
