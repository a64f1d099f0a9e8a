import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterClasses } from '../../../src/core/stance/character-classes.ts';
import { literalAutomaton } from '../../../src/core/stance/literal-automaton.ts';

/** The groups reported at each character of `text`, walking the automaton from its root. */
function walk(groups: readonly (readonly string[] | null)[], text: string): number[][] {
  const { classOf, classes } = characterClasses(groups);
  const { delta, outputs } = literalAutomaton(groups, classOf, classes);
  let s = 0;
  return [...text].map((ch) => {
    s = delta[s * classes + (classOf[ch.charCodeAt(0)] as number)] as number;
    return [...(outputs[s] ?? [])].sort((a, b) => a - b);
  });
}

describe('literalAutomaton', () => {
  it('should report at each character the groups a literal of which ends there', () => {
    const groups = [['she', 'hers'], ['he'], null, ['his']];
    expect(walk(groups, 'ushers')).toEqual([[], [], [], [0, 1], [], [0]]);
  });

  it('should agree with endsWith on random literals and texts', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { maxLength: 5 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'x'), maxLength: 20 }),
        (groups, text) => {
          const expected = [...text].map((_, i) =>
            groups.flatMap((g, k) => (g.some((l) => text.slice(0, i + 1).endsWith(l)) ? [k] : [])),
          );
          expect(walk(groups, text)).toEqual(expected);
        },
      ),
    );
  });

  it('should list every state once, breadth first: no state before a shallower one', () => {
    const groups = [['abc', 'abd'], ['b']];
    const { classOf, classes } = characterClasses(groups);
    const { delta, breadthFirst, states } = literalAutomaton(groups, classOf, classes);
    // Each state is the end of a literal's prefix; its depth is that prefix's length.
    const depth = new Map<number, number>([[0, 0]]);
    for (const literal of groups.flat()) {
      let s = 0;
      [...literal].forEach((ch, i) => {
        s = delta[s * classes + (classOf[ch.charCodeAt(0)] as number)] as number;
        depth.set(s, i + 1);
      });
    }
    const order = Array.from(breadthFirst.subarray(0, states));
    expect(states).toBe(depth.size);
    expect([...order].sort((a, b) => a - b)).toEqual([...depth.keys()].sort((a, b) => a - b));
    const depths = order.map((s) => depth.get(s) as number);
    expect(depths).toEqual([...depths].sort((a, b) => a - b));
  });
});
