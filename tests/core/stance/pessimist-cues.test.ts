import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { PESSIMIST_CUES } from '../../../src/core/stance/pessimist-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'I would be happy to be proven wrong.',
  'Name a single time the Kremlin kept its side.',
  "I wouldn't trust him with my bike, let alone a border.",
  'That was a mistake, and this one is even worse.',
  "Can't wait for their photo op where they swap hats.",
  "Yeah, let's take the word of a regime that shoots down airliners.",
  'So now Washington wants to be best friends?',
  'None of them held more than a few days.',
];

describe('pessimist cues (distrust voiced as foreboding or a dare)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      PESSIMIST_CUES,
      SAMPLES.map((s) => s.toLowerCase()),
    );
  });

  it('should read hoping to be wrong as oppose, despite the praise word', () => {
    expect(labelOf("A grand new partnership, they say. I'd love to be wrong about it.")).toBe(
      'oppose',
    );
    expect(cuesOf('I sincerely hope I am wrong.')).toContain('hopes to be wrong');
  });

  it('should read a dare to name one kept promise, and trust withheld, as oppose', () => {
    expect(labelOf('Give me one example of Moscow respecting a truce line.')).toBe('oppose');
    expect(
      labelOf("I wouldn't trust that regime with a library book, let alone a nuclear pact."),
    ).toBe('oppose');
  });

  it('should read a past thaw regretted and mock eagerness as oppose', () => {
    expect(labelOf('I backed the last reset. I was wrong then and this one is far worse.')).toBe(
      'oppose',
    );
    expect(
      labelOf("Can't wait for the summit where they promise each other wonderful things."),
    ).toBe('oppose');
  });

  it('should read mock trust, disbelief at friendship and short-lived truces as oppose', () => {
    expect(
      labelOf('Sure, let’s trust the guy who said the convoy was humanitarian.'.replace('’', "'")),
    ).toBe('oppose');
    expect(labelOf('They annexed a province. And now we want to be partners?')).toBe('oppose');
    expect(labelOf('Another truce. All of which lasted about a week.')).toBe('oppose');
  });

  it('should leave the same words in other senses alone', () => {
    expect(labelOf('I was wrong about the weather, sorry.')).toBe('neutral');
    expect(labelOf("Can't wait for the concert where they play the old songs.")).toBe('neutral');
    expect(labelOf('Name one example of a good pizza in this town.')).toBe('neutral');
    expect(labelOf('The old exhibitions, all of which lasted two years, were popular.')).toBe(
      'neutral',
    );
    expect(labelOf('My cousins want to be friends again?')).toBe('neutral');
  });
});
