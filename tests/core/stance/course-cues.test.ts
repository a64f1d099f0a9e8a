import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { COURSE_CUES } from '../../../src/core/stance/course-cues.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'Less sabre-rattling in the Arctic and more meetings.',
  'More dialogue, please.',
  'A truce first, recriminations later.',
  'Every month without a truce means more funerals in the valley.',
  "Sanctions alone won't bring them to the table.",
  'Sanctions have been in place for a decade and the border is still closed.',
  "You don't make peace with friends.",
  "You can't strike a deal with a government you won't talk to.",
  "I'm a tentative yes.",
  'Verify every shipment, but keep talking.',
  'Berlin needs to keep a dialogue with Moscow.',
];

describe('course cues (support argued by the course it asks for)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      COURSE_CUES,
      SAMPLES.map((s) => s.toLowerCase()),
    );
  });

  it('should read less posturing and more contact as support', () => {
    expect(labelOf('Fewer drills at the border, less posturing and more phone calls.')).toBe(
      'support',
    );
    expect(cuesOf('More talking, less shouting, from both capitals.')).toContain(
      'less posturing, more talking',
    );
  });

  it('should read the truce put before the blame, and the toll of waiting, as support', () => {
    expect(labelOf('Peace first, blame later. The lawyers can argue for years.')).toBe('support');
    expect(labelOf('Every week with no ceasefire is another hundred graves in the east.')).toBe(
      'support',
    );
  });

  it('should read sanctions judged not enough on their own as support', () => {
    expect(labelOf('Sanctions alone will not end a war. Someone has to pick up the phone.')).toBe(
      'support',
    );
    expect(cuesOf("Sanctions alone won't fix the border.")).toContain(
      'sanctions alone will not end it',
    );
  });

  it('should read peace made with the distrusted as support, despite the distrust it grants', () => {
    expect(
      labelOf("I don't trust the Kremlin. You make peace with people you don't trust, though."),
    ).toBe('support');
    expect(
      labelOf('You cannot negotiate a missile treaty with people you refuse to sit down with.'),
    ).toBe('support');
  });

  it('should read a hedged yes and dialogue as a must as support', () => {
    expect(labelOf('Put me down as a nervous yes on the summit.')).toBe('support');
    expect(labelOf('Verify everything, but talk.')).toBe('support');
    expect(labelOf('Any European government should maintain contact with the Kremlin.')).toBe(
      'support',
    );
  });

  it('should leave the same words in other senses alone', () => {
    expect(labelOf('Less sugar and more vegetables, please.')).toBe('neutral');
    expect(labelOf('Homework first, games later.')).toBe('neutral');
    expect(cuesOf('Every week without rain means more wildfires.')).not.toContain(
      'every week without a deal costs lives',
    );
    expect(labelOf('The vote was a cautious yes from the committee on the parking plan.')).toBe(
      'neutral',
    );
    expect(labelOf('Should I keep a dialogue with my landlord?')).toBe('neutral');
  });
});
