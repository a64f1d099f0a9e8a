import { describe, expect, it } from 'vitest';
import { learnStance } from '../../../src/core/stance/learn-stance.ts';
import type { LearnInput } from '../../../src/core/stance/stance-features.ts';
import type { StanceLabel } from '../../../src/core/types.ts';

const neutral = (body: string): LearnInput => ({
  body,
  machine: { label: 'neutral', score: 0, cues: [] },
});

// A dump where the rules read every comment as neutral; the reader knows better.
const dump: LearnInput[] = [
  neutral('Another reset with the Kremlin, same as the last one.'),
  neutral('The reset failed before and it will fail again.'),
  neutral('Glad they are talking, détente beats a new arms race.'),
  neutral('Détente kept the peace in the seventies, more of it please.'),
  neutral('Here we go, reset number three with Moscow.'),
  neutral('A little détente would do everyone good.'),
  neutral('What time is the press conference?'),
];

describe('learnStance', () => {
  it('should re-label unlabelled comments that share the words of the reader labels', () => {
    const reader = new Map<number, StanceLabel>([
      [0, 'oppose'],
      [1, 'oppose'],
      [2, 'support'],
      [3, 'support'],
    ]);
    const learned = learnStance(dump, reader);
    expect(learned.get(4)?.label).toBe('oppose');
    expect(learned.get(5)?.label).toBe('support');
    expect(learned.get(4)?.words).toContain('reset');
    expect(learned.get(5)?.words).toContain('détente');
  });

  it('should leave alone a comment that shares nothing with the labels', () => {
    const reader = new Map<number, StanceLabel>([
      [0, 'oppose'],
      [2, 'support'],
    ]);
    expect(learnStance(dump, reader).has(6)).toBe(false);
  });

  it('should never re-label a comment the reader labelled', () => {
    const reader = new Map<number, StanceLabel>([
      [0, 'neutral'],
      [1, 'oppose'],
      [4, 'oppose'],
    ]);
    const learned = learnStance(dump, reader);
    for (const i of reader.keys()) expect(learned.has(i)).toBe(false);
  });

  it('should learn nothing from a single label', () => {
    expect(learnStance(dump, new Map([[0, 'oppose' as const]])).size).toBe(0);
  });

  it('should give the same labels for the same reader labels', () => {
    const reader = new Map<number, StanceLabel>([
      [0, 'oppose'],
      [3, 'support'],
    ]);
    expect([...learnStance(dump, reader)]).toEqual([...learnStance(dump, reader)]);
  });
});
