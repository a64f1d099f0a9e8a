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

  it('should change nothing without reader labels', () => {
    expect(learnStance(dump, new Map()).size).toBe(0);
  });

  it('should re-label a comment by a distinctive word two "oppose" labels share, and name it', () => {
    const thread: LearnInput[] = [
      neutral('Pure appeasement, and the Kremlin knows it.'),
      neutral('This summit is appeasement dressed up as diplomacy.'),
      neutral('Calling it anything but appeasement is spin.'),
      neutral('The weather in Helsinki was lovely.'),
      neutral('Who paid for the hotel rooms?'),
      neutral('Lunch was served at noon.'),
    ];
    const reader = new Map<number, StanceLabel>([
      [0, 'oppose'],
      [1, 'oppose'],
    ]);
    const learned = learnStance(thread, reader);
    expect(learned.get(2)?.label).toBe('oppose');
    expect(learned.get(2)?.words).toContain('appeasement');
    // Comments that share none of the taught words keep the rules' label.
    for (const i of [3, 4, 5]) expect(learned.has(i)).toBe(false);
  });

  it('should name only words of the comment itself (or its tone) as the reason', () => {
    const reader = new Map<number, StanceLabel>([
      [0, 'oppose'],
      [1, 'oppose'],
      [2, 'support'],
      [3, 'support'],
    ]);
    for (const [i, l] of learnStance(dump, reader)) {
      expect(l.words.length).toBeGreaterThan(0);
      const body = dump[i]?.body.toLowerCase() ?? '';
      for (const w of l.words) expect(w.endsWith(' tone') || body.includes(w)).toBe(true);
    }
  });

  it('should not overturn a confident verdict of the rules on the strength of one shared word', () => {
    const thread: LearnInput[] = [
      neutral('The reset failed before.'),
      neutral('The reset will fail again.'),
      {
        body: 'Talking beats war, so I welcome the reset.',
        machine: { label: 'support', score: 0.8, cues: ['talking beats war'] },
      },
    ];
    const learned = learnStance(
      thread,
      new Map<number, StanceLabel>([
        [0, 'oppose'],
        [1, 'oppose'],
      ]),
    );
    expect(learned.has(2)).toBe(false);
  });

  it('should carry the reader’s label of a parent to a reply that only agrees with it', () => {
    const thread: LearnInput[] = [
      ...dump,
      {
        body: 'Exactly.',
        machine: { label: 'support', score: 0.5, cues: ['agrees: "exactly"'] },
        parent: 2,
      },
      {
        body: 'Hard disagree.',
        machine: { label: 'oppose', score: -0.5, cues: ['disagrees: "hard disagree"'] },
        parent: 2,
      },
    ];
    const reader = new Map<number, StanceLabel>([
      [2, 'oppose'],
      [0, 'oppose'],
    ]);
    const learned = learnStance(thread, reader);
    expect(learned.get(7)).toEqual({ label: 'oppose', confidence: 1, words: ['exactly'] });
    expect(learned.get(8)).toMatchObject({ label: 'support', words: ['hard disagree'] });
  });

  it('should not carry a parent’s label to a reply that says more than its agreement', () => {
    const thread: LearnInput[] = [
      ...dump,
      {
        body: 'Exactly, and talking beats war.',
        machine: { label: 'support', score: 0.9, cues: ['agrees: "exactly"', 'talking beats war'] },
        parent: 2,
      },
    ];
    const reader = new Map<number, StanceLabel>([
      [2, 'oppose'],
      [0, 'oppose'],
    ]);
    expect(learnStance(thread, reader).get(7)?.words ?? []).not.toContain('exactly');
  });
});
