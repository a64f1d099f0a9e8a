import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { PRUDENCE_CUES } from '../../../src/core/stance/prudence-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'Keep ignoring each other until someone fires a missile by mistake.',
  'Any hotline that works is worth it.',
  'I need them on speaking terms.',
  'Bridges, not walls.',
  "Where's the harm?",
  'The deal has paid for itself.',
  "That's exactly what I voted for.",
];

describe('prudence cues (support argued from prudence)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      PRUDENCE_CUES,
      SAMPLES.map((s) => s.toLowerCase()),
    );
  });

  it('should read silence until an accident and any channel worth it as support', () => {
    expect(labelOf('Sure, freeze them out until a pilot shoots something down by mistake.')).toBe(
      'support',
    );
    expect(
      labelOf('Any line between the two capitals that keeps the jets apart is worth the grief.'),
    ).toBe('support');
  });

  it('should leave an accident report and a worthy museum alone', () => {
    expect(
      labelOf('The road was closed until a truck was moved, after it tipped by accident.'),
    ).toBe('neutral');
    expect(cuesOf('Any museum in Vienna is worth a visit.')).not.toContain(
      'any channel is worth it',
    );
  });

  it('should read the leaders wanted on speaking terms and bridges over walls as support', () => {
    expect(labelOf('Whatever I think of either man, I want them on speaking terms.')).toBe(
      'support',
    );
    expect(labelOf('Bridges are better than walls, even with a rough neighbour.')).toBe('support');
  });

  it('should leave a feud reported and bridges in town alone', () => {
    expect(labelOf('The two ministers are no longer on speaking terms, aides say.')).toBe(
      'neutral',
    );
    expect(labelOf('The city is repairing three bridges this summer.')).toBe('neutral');
  });

  it('should read no downside, talks that paid for themselves and a vote kept as support', () => {
    expect(labelOf('Cheaper grain and quieter skies. I fail to see the downside.')).toBe('support');
    expect(labelOf('If the summit gets one aid convoy through, it has paid for itself.')).toBe(
      'support',
    );
    expect(labelOf('He promised to talk to Moscow. This is exactly what I voted for.')).toBe(
      'support',
    );
  });

  it('should leave a downside named, a terminal that never paid, and a vote alone', () => {
    expect(cuesOf('The downside is obvious to me.')).not.toContain('sees no downside');
    expect(labelOf('The new airport terminal never paid for itself.')).toBe('neutral');
    expect(labelOf('I voted for the mayor in the spring.')).toBe('neutral');
  });

  it('should not read "worth the paper it is printed on" as any channel worth it', () => {
    expect(cuesOf("Any deal they sign will be worth the paper it's printed on.")).not.toContain(
      'any channel is worth it',
    );
    expect(cuesOf('Any channel is worth the trouble.')).toContain('any channel is worth it');
  });
});
