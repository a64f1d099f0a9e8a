import { describe, expect, it } from 'vitest';
import { renumberStates } from '../../../src/core/stance/renumber-states.ts';

// The automaton of the literals "ab" (group 0) and "b" (group 1) over classes 0 (any other
// character), 1 ('a') and 2 ('b'), numbered as built: 0 root, 1 after "a", 2 after "ab", 3 after "b".
const CLASSES = 3;
const DELTA = Int32Array.from(
  [
    [0, 1, 3],
    [0, 1, 2],
    [0, 1, 3],
    [0, 1, 3],
  ].flat(),
);
const OUTPUTS = [undefined, undefined, [0, 1], [1]];
const BREADTH_FIRST = Int32Array.from([0, 1, 3, 2]);

/** The groups the renumbered table reports along `classes`, from the root. */
function walk(classes: readonly number[]): number[][] {
  const t = renumberStates(DELTA, OUTPUTS, BREADTH_FIRST, CLASSES, 2);
  let s = 0;
  return classes.map((c) => {
    s = t.next[(s << 2) + c] as number;
    return Array.from(t.out.subarray(t.outStart[s], t.outStart[s + 1]));
  });
}

describe('renumberStates', () => {
  it('should number the silent states first, the root still 0, and the reporting ones after', () => {
    const t = renumberStates(DELTA, OUTPUTS, BREADTH_FIRST, CLASSES, 2);
    expect(t.firstReporting).toBe(2);
    expect(t.next[0 + 1]).toBe(1);
    expect(t.next[0 + 2]).toBeGreaterThanOrEqual(t.firstReporting);
  });

  it('should keep what the automaton reports along any text', () => {
    // "a", "b", "x", "a", "b": after "ab" both literals end, after a lone "b" only the second.
    expect(walk([1, 2, 0, 2, 1, 2])).toEqual([[], [0, 1], [], [1], [], [0, 1]]);
  });
});
