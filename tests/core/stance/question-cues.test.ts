import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { QUESTION_CUES } from '../../../src/core/stance/question-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'Why is it treason to talk to Beijing now?',
  'Would you rather they talked, or not?',
  'What did years of isolation get us?',
  'How do we trust a deal with the regime that is arming them?',
  'Why would one more treaty change anything?',
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

  it('should read "why is it treason now", "would you rather they talked, or…" and the record of hostility asked about as support', () => {
    expect(
      labelOf('Why is it a crime to meet the Russians now, when every president did it?'),
    ).toBe('support');
    expect(
      labelOf('Would you rather they spoke, or would you rather a radar glitch decides for us?'),
    ).toBe('support');
    expect(labelOf('What did ten years of sanctions and threats actually get us?')).toBe('support');
  });

  it('should leave a plain "why is it", a plain either-or and years of talks asked about alone', () => {
    expect(labelOf('Why is it so cold in Helsinki now?')).toBe('neutral');
    expect(cuesOf('what did ten years of talks get us?')).not.toContain(
      'what did the cold shoulder get us?',
    );
    expect(cuesOf('would you rather they met in vienna or in geneva?')).not.toContain(
      'would they rather nobody talked',
    );
  });

  it('should read a deal with the side waging the war, and one more handshake, asked about as oppose', () => {
    expect(labelOf('How can you make peace with the man who is selling them the shells?')).toBe(
      'oppose',
    );
    expect(labelOf('Why would another summit make them keep their word?')).toBe('oppose');
  });

  it('should leave a plain "how do you" and a plain "why would" alone', () => {
    expect(labelOf('How do you negotiate a salary with a new employer?')).toBe('neutral');
    expect(cuesOf('why would another summit be held in finland?')).not.toContain(
      'how do you negotiate with the one doing it?',
    );
  });

  it('should read "since when did wanting peace become…" as support', () => {
    expect(labelOf('Since when is seeking détente a radical idea?')).toBe('support');
    expect(cuesOf('Since when did wanting a deal on trade become fringe?')).toContain(
      'since when is talking a crime',
    );
    expect(labelOf('Since when did you want pizza for breakfast?')).toBe('neutral');
  });
});
