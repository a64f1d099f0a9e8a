import { describe, expect, it } from 'vitest';
import { ANALOGY_CUES } from '../../../src/core/stance/analogy-cues.ts';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'The last reset ended in Crimea.',
  'Like giving a burglar the alarm code.',
  'Crisis negotiators sit down with hijackers every week.',
  "That's how the captives come home.",
  'Next the arsonists can run the fire brigade.',
  'The 2009 reset was followed by the annexation.',
  'My great-uncle was at the Elbe.',
  'We fought side by side against Hitler.',
];

describe('analogy cues (a position taken through an analogy or a precedent)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      ANALOGY_CUES,
      SAMPLES.map((s) => s.toLowerCase()),
    );
  });

  it('should read the negotiator who talks to the culprit as support', () => {
    expect(
      labelOf('Police negotiators talk to kidnappers for hours. Nobody calls that weakness.'),
    ).toBe('support');
    expect(labelOf('The cops talk to hostage-takers all the time.')).toBe('support');
  });

  it('should read the thief asked to guard as oppose', () => {
    expect(
      labelOf('A joint border commission? Why not let the wolves mind the sheep as well.'),
    ).toBe('oppose');
    expect(cuesOf('We caught the thieves, then asked them to change the locks.')).toContain(
      'the thief asked to guard',
    );
  });

  it('should read a past thaw followed by aggression as oppose, not a balanced history', () => {
    expect(labelOf('The last détente was followed by an invasion. Same movie, new actors.')).toBe(
      'oppose',
    );
    expect(
      cuesOf('Détente gave us arms control treaties, and later the talks ended in silence.'),
    ).not.toContain('the last thaw was followed by aggression');
  });

  it('should read a wartime alliance recalled as support', () => {
    expect(
      labelOf(
        'We were allies in WW2 and my dad never forgot the Russian sailors he met. Today felt right.',
      ),
    ).toBe('support');
  });

  it('should read a past thaw that ended in aggression and the burglar handed the keys as oppose', () => {
    expect(labelOf('The last détente began with toasts and ended in Georgia.')).toBe('oppose');
    expect(labelOf('Sharing satellite data with them is like handing the thief the keys.')).toBe(
      'oppose',
    );
  });

  it('should leave a talk that ended in applause and keys handed to a neighbour alone', () => {
    expect(labelOf('The summit ended in Helsinki late on Monday.')).toBe('neutral');
    expect(cuesOf('we gave the neighbour a copy of our keys.')).not.toContain(
      'the thief asked to guard',
    );
  });
});
