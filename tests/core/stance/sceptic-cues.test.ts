import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { SCEPTIC_CUES } from '../../../src/core/stance/sceptic-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'My problem was never that the two presidents met.',
  'This deal is not good idea for us.',
  'That summit was pure political theatre.',
  'What did America gain out of it?',
  'He keeps putting Moscow first.',
  'Our president reading the Kremlin’s talking points aloud.',
  'Why is the president rewarding them?',
  'Moscow wants to weaken NATO, and Trump is helping him.',
  'This only legitimises the regime.',
  'Their aims are incompatible with our interests.',
  'Bad bargain.',
  'I’ll believe this ceasefire when the shelling stops.',
  'Congress should block the lifting of sanctions.',
  'Forgive me if I am not celebrating.',
  "Let's be honest about what 'cooperation' means here.",
];

describe('sceptic cues (these talks refused, talks in general granted)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      SCEPTIC_CUES,
      SAMPLES.map((s) => s.toLowerCase().replace('’', "'")),
    );
  });

  it('should read talks granted in principle and these refused as oppose', () => {
    expect(
      labelOf(
        'Talking is better than fighting in principle. But this is not diplomacy, it is a giveaway.',
      ),
    ).toBe('oppose');
    expect(labelOf("I'm all for dialogue. This isn't it.")).toBe('oppose');
  });

  it('should read the show, nothing in return and the cheer withheld as oppose', () => {
    expect(labelOf("It's just a TV show for his base.")).toBe('oppose');
    expect(labelOf('So what did America get out of it? Still waiting.')).toBe('oppose');
    expect(labelOf('Best buddies with the guy who annexed Crimea. Cool cool cool.')).toBe('oppose');
    expect(labelOf('Why are we even shaking hands with them?')).toBe('oppose');
  });

  it('should leave the near misses alone', () => {
    expect(cuesOf('I will believe it when I see it, said the mayor.')).not.toContain(
      'believes it when it happens',
    );
    expect(cuesOf('Better a bad deal than a good war.')).not.toContain('a bad trade');
    expect(cuesOf('Congress can block sanctions relief by law.')).not.toContain(
      'no sanctions relief',
    );
    expect(cuesOf('It does not legitimise Putin to pick up the phone.')).not.toContain(
      'legitimises them',
    );
  });

  it('should read real peace wished for and this deal denied the name as oppose', () => {
    expect(labelOf("I'd welcome genuine detente with Moscow. This isn't it.")).toBe('oppose');
    expect(cuesOf('I would love real dialogue, but this is not that.')).toContain(
      'for talks, but not these',
    );
  });

  it('should read belief in this one put off until it happens as oppose', () => {
    expect(cuesOf("I'll believe in this one when the inspectors report back.")).toContain(
      'believes it when it happens',
    );
  });
});
