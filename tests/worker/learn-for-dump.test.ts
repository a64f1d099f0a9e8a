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
        ['c', 'support'],
      ]),
    );
    expect(learned.get('e')?.label).toBe('oppose');
    expect(learned.get('d')?.label).toBe('support');
    expect(learned.has('a')).toBe(false);
    expect(learned.has('c')).toBe(false);
  });

  it('should ignore labels of ids the dump does not have', () => {
    expect(
      learnForDump(dump, [
        ['zz', 'oppose'],
        ['yy', 'support'],
      ]),
    ).toEqual([]);
  });
});
