import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { REALIST_CUES } from '../../../src/core/stance/realist-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'Negotiating with adversaries is the whole point of diplomacy.',
  'You do not only make peace with people you like.',
  'Better to have them in the room where you can see them.',
  'I would rather the two presidents be shaking hands than trading insults.',
  'Let Russia back into the G8 and argue with them there.',
  'We spent a decade pushing Moscow straight into Beijing’s arms.',
  'Even a shaky truce that holds for a month saves lives.',
  'A hotline is cheap insurance. Keep the channels open.',
  'Any thaw that reopens the grain routes means cheaper bread.',
  'Two nuclear powers might as well be on speaking terms.',
  'Half of Washington is losing their minds over one phone call.',
  'Every handshake gets called treason these days.',
  'The arms lobby makes billions off this standoff.',
  'The only way forward is to sit down with Moscow.',
  'Strategically, this is shrewd.',
];

describe('realist cues (the talks defended as what rivals do)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      REALIST_CUES,
      SAMPLES.map((s) => s.toLowerCase().replace('’', "'")),
    );
  });

  it('should read diplomacy between rivals and the adversary kept in the room as support', () => {
    expect(labelOf('Deals get made between rivals. That is what diplomats are for.')).toBe(
      'support',
    );
    expect(labelOf('Bring Russia back into the fold and let them argue at the table.')).toBe(
      'support',
    );
    expect(labelOf('Better they sit and talk, no? Everyone else pays for their wars.')).toBe(
      'support',
    );
  });

  it('should read lives saved, cheaper goods and the critics mocked as support', () => {
    expect(labelOf('The Syrian ceasefire, shaky as it is, has already saved lives.')).toBe(
      'support',
    );
    expect(cuesOf('Normalize trade and the factory reopens.')).toContain(
      'a thaw means cheaper goods',
    );
    expect(labelOf("Some people just can't stand peace when it comes from the wrong party.")).toBe(
      'support',
    );
  });

  it('should leave the negated and unrelated forms alone', () => {
    expect(cuesOf('That deal will not save lives.')).not.toContain('a truce saves lives');
    expect(cuesOf("I don't see this as a good development.")).not.toContain(
      'the only way is to talk',
    );
    expect(cuesOf('My car insurance went up again.')).not.toContain('cheap insurance');
  });
});
