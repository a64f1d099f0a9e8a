import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { QUESTION_CUES } from '../../../src/core/stance/question-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'Since when is it a crime to pick up the phone?',
  'Since when is a handshake treason?',
  'Would the hawks rather they never met at all?',
  'Would you prefer we go to war instead?',
  'How many conflicts were settled without anyone sitting down?',
  "Wasn't this exactly what everyone wanted?",
  'And now we are supposed to take their word for it?',
  'No thank you.',
  'Would Thatcher have trusted him? No.',
];

describe('question cues (a question that takes a side)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      QUESTION_CUES,
      SAMPLES.map((s) => s.toLowerCase()),
    );
  });

  it('should read "since when is talking a crime?" as support despite the charge word', () => {
    expect(labelOf('Since when has it been a scandal for two heads of state to talk?')).toBe(
      'support',
    );
  });

  it('should read asking the critics for their alternative as support', () => {
    expect(
      labelOf(
        'Would the pundits prefer they stopped talking and we waited for a collision at sea?',
      ),
    ).toBe('support');
  });

  it('should read "how many wars ended without talks?" and "isn\'t this what we wanted?" as support', () => {
    expect(labelOf('Name me how many wars ended without somebody negotiating. Go on.')).toBe(
      'support',
    );
    expect(labelOf("Isn't that what we all wanted, a calmer border?")).toBe('support');
  });

  it('should read an indignant "now we trust them?" and a refusal as oppose', () => {
    expect(
      labelOf(
        'They jammed our satellites in spring. So we are supposed to trust them on space now?',
      ),
    ).toBe('oppose');
    expect(cuesOf('A new pipeline deal? No, thanks.')).toContain('turns it down');
  });

  it('should read a hawk of old who would not have given it away as oppose', () => {
    expect(
      labelOf('Would Churchill have handed over half a country for a handshake? Of course not.'),
    ).toBe('oppose');
    // Asked whether he would have refused to talk, the answer backs the talks: not this cue.
    expect(cuesOf('Would Reagan have refused to meet Gorbachev? No.')).not.toContain(
      'the old hawks would not have',
    );
  });
});
