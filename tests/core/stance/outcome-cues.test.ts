import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

describe('outcome cues (what the rapprochement will bring, in words the older tables miss)', () => {
  it('should read anything preferred to a war as support', () => {
    expect(cuesOf('Messy, sure. Still beats a hot war.')).toContain('anything beats a war');
    expect(labelOf('Not pretty, but it beats the shelling.')).toBe('support');
    expect(labelOf('A shaky truce is still a truce.')).toBe('support');
  });

  it('should read a business hurt by sanctions as support, and a cost told as a fact as neither', () => {
    expect(labelOf('My brother-in-law lost his biggest buyer when the sanctions came in.')).toBe(
      'support',
    );
    expect(cuesOf('The deal was frozen by the sanctions in 2014.')).not.toContain(
      'sanctions cost us',
    );
  });

  it('should read a collapse foretold, the goodwill pocketed and orders taken as oppose', () => {
    expect(cuesOf('Mark the calendar for when this whole thing falls apart.')).toContain(
      'expects it to collapse',
    );
    expect(labelOf('Bet the pressure on Moscow will quietly evaporate by spring.')).toBe('oppose');
    expect(labelOf('Every president offers a hand and he pockets the concessions.')).toBe('oppose');
    expect(labelOf('He takes his orders from the Kremlin now.')).toBe('oppose');
    expect(labelOf('Better ties with whom? A regime that jails its critics?')).toBe('oppose');
    expect(labelOf('This is a meeting between two strongmen, nothing more.')).toBe('oppose');
  });

  it('should read the reward, the so-called deal and the one-sided summit as oppose', () => {
    expect(labelOf('They bombed hospitals and got rewarded with a summit.')).toBe('oppose');
    expect(cuesOf('The so-called truce lasted an afternoon.')).toContain('so-called');
    expect(labelOf('The sanctions forced Moscow to the table. Keep them.')).toBe('oppose');
    expect(labelOf('Big smiles and zero concessions from the Kremlin.')).toBe('oppose');
    expect(labelOf('Imagine the outrage if Obama had done this.')).toBe('oppose');
  });

  it('should read the one-sided bargain and the sudden friendship as oppose', () => {
    expect(labelOf('Sanctions eased, troops still in Crimea, and we get what in return?')).toBe(
      'oppose',
    );
    expect(cuesOf("Now we're supposed to trust the people who shot down a jetliner.")).toContain(
      'now we are told they are friends',
    );
  });

  it('should read answers to the hawks and grudging approval as support', () => {
    expect(
      labelOf('The same pundits who sold us the Iraq war want us to refuse a phone call.'),
    ).toBe('support');
    expect(cuesOf('A low bar, I know, but they cleared it.')).toContain('a low bar, but cleared');
    expect(cuesOf('Stop trying to sabotage any chance of peace.')).toContain(
      'wrecks a chance at peace',
    );
  });

  it('should not read the same words in their everyday senses', () => {
    expect(cuesOf('The old barn collapsed in the storm.')).toEqual([]);
    expect(cuesOf('Who is the meeting with? Asking for whom the bell tolls.')).toEqual([]);
    expect(cuesOf('Reward points expire next month.')).toEqual([]);
  });
});
