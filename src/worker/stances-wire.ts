import { STANCE_LABELS } from '../core/stance/stance-labels.ts';
import { internTable } from './intern-table.ts';
import { onWire } from './on-wire.ts';
import type { Stance, StanceLabel } from '../core/types.ts';

/**
 * Every comment's stance in page order, as the worker posts it: labels and scores in typed arrays,
 * each distinct cue once. As JSON (3.8 MB at 50,000 comments, most of it cues repeated) the page's
 * parse took 28–95 ms in one task; cloned and decoded, this form took 14–33 ms, a third to a half of
 * that (Node, 5 runs).
 */
export interface StancesWire {
  /**
   * Each label as its index in STANCE_LABELS. The page takes this array as it is for its stance
   * column (followStances → shareColumns), whose readers index STANCE_LABELS with it, as in the
   * column a tree builds itself (tree-columns-builder.ts): the two must code labels alike, which
   * the tests hold them to.
   */
  readonly labels: Uint8Array;
  /**
   * STANCE_LABELS as the worker has them: the decoder reads labels from here, since importing
   * STANCE_LABELS would make the code that follows a big dump load a first-view chunk first.
   */
  readonly labelTable: readonly StanceLabel[];
  readonly scores: Float64Array;
  /** Where each comment's cues end in `cues`: its cues run from the previous comment's end. */
  readonly cueEnds: Uint32Array;
  /** Each cue as its index in `cueTable`. */
  readonly cues: Uint32Array;
  readonly cueTable: readonly string[];
}

export function encodeStances(stances: readonly Stance[]): StancesWire {
  const cueTable = internTable<string>();
  const labels = new Uint8Array(stances.length);
  const scores = new Float64Array(stances.length);
  const cueEnds = new Uint32Array(stances.length);
  const cues: number[] = [];
  stances.forEach((s, i) => {
    const code = STANCE_LABELS.indexOf(s.label);
    // Unchecked, -1 would cross as 255 and the page would blame a stale build for it.
    if (code < 0) throw new Error(`Stance label “${s.label}” has no code: not in STANCE_LABELS.`);
    labels[i] = code;
    scores[i] = s.score;
    for (const cue of s.cues) cues.push(cueTable.id(cue));
    cueEnds[i] = cues.length;
  });
  return {
    labels,
    labelTable: STANCE_LABELS,
    scores,
    cueEnds,
    cues: Uint32Array.from(cues),
    cueTable: cueTable.values,
  };
}

export function decodeStances(wire: StancesWire): Stance[] {
  const { labels, labelTable, scores, cueEnds, cues, cueTable } = wire;
  const stances = new Array<Stance>(labels.length);
  let from = 0;
  for (let i = 0; i < labels.length; i += 1) {
    const end = onWire(cueEnds[i]);
    const said = new Array<string>(end - from);
    for (let k = from; k < end; k += 1) said[k - from] = onWire(cueTable[onWire(cues[k])]);
    from = end;
    // Keys in the order readStances writes them: exports print the page's comments as JSON.
    stances[i] = {
      // A code outside the table sent with it is a wire this decoder does not know: onWire says so.
      label: onWire(labelTable[onWire(labels[i])]),
      score: onWire(scores[i]),
      cues: said,
    };
  }
  return stances;
}
