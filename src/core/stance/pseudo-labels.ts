import type { StanceLabel } from '../types.ts';
import type { LearnOptions } from './learn-options.ts';
import type { LearnInput } from './stance-features.ts';

/**
 * Comments of the dump whose rules' label can stand in as a weak training label (self-training):
 * confident support and oppose verdicts, so the model learns the dump's own vocabulary of positions
 * and can carry it to comments where no cue fired; and neutral ones where no cue fired at all, so
 * the words of off-topic and factual comments pull towards neutral rather than towards whichever
 * position the reader happened to label. At most `pseudoMax`, spread evenly; none the reader labelled.
 */
export function pseudoLabels(
  inputs: readonly LearnInput[],
  reader: ReadonlyMap<number, StanceLabel>,
  opts: Pick<LearnOptions, 'pseudoMinScore' | 'pseudoMax' | 'pseudoNeutralWeight'>,
): number[] {
  const candidates: number[] = [];
  inputs.forEach((input, i) => {
    if (reader.has(i)) return;
    const m = input.machine;
    const usable =
      m.label === 'neutral'
        ? opts.pseudoNeutralWeight > 0 && m.cues.length === 0
        : Math.abs(m.score) >= opts.pseudoMinScore;
    if (usable) candidates.push(i);
  });
  if (candidates.length <= opts.pseudoMax) return candidates;
  const step = candidates.length / opts.pseudoMax;
  return Array.from({ length: opts.pseudoMax }, (_, k) => candidates[Math.floor(k * step)] ?? 0);
}
