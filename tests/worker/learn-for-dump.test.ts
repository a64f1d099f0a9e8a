import { describe, expect, it } from 'vitest';
import type { ThreadComment } from '../../src/core/types.ts';
import { learnForDump } from '../../src/worker/learn-for-dump.ts';

const comment = (id: string, body: string): ThreadComment => ({
  id,
  parentId: null,
  depth: 0,
  author: null,
  location: null,
  body,
  stance: { label: 'neutral', score: 0, cues: [] },
  reply: null,
  line: 1,
});

const dump = [
  comment('a', 'The reset failed before and will fail again.'),
  comment('b', 'Another reset with the Kremlin, same as the last.'),
  comment('c', 'Détente kept the peace once, more détente please.'),
  comment('d', 'A little détente would do us all good.'),
  comment('e', 'Here we go, reset number three.'),
];

describe('learnForDump', () => {
  it('should answer with learned labels by comment id, never for the labelled ones', () => {
    const learned = new Map(
      learnForDump(dump, [
        ['a', 'oppose'],
        ['b', 'oppose'],
        ['c', 'support'],
      ]),
    );
    expect(learned.get('e')?.label).toBe('oppose');
    expect(learned.get('d')?.label).toBe('support');
    for (const id of ['a', 'b', 'c']) expect(learned.has(id)).toBe(false);
  });

  it('should ignore labels of ids the dump does not have', () => {
    expect(
      learnForDump(dump, [
        ['zz', 'oppose'],
        ['yy', 'support'],
      ]),
    ).toEqual([]);
  });

  it('should carry a label of a parent to a reply that only agrees with it', () => {
    const reply: ThreadComment = {
      ...comment('f', 'Exactly.'),
      parentId: 'c',
      stance: { label: 'neutral', score: 0, cues: ['agrees: "exactly"'] },
    };
    const learned = new Map(
      learnForDump(
        [...dump, reply],
        [
          ['a', 'oppose'],
          ['c', 'support'],
        ],
      ),
    );
    expect(learned.get('f')).toMatchObject({ label: 'support', words: ['exactly'] });
  });
});
