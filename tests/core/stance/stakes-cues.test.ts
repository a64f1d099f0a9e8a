import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { STAKES_CUES } from '../../../src/core/stance/stakes-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'Better to agree on quotas now than fight over them later.',
  'The hotline cuts the risk of a collision.',
  'Better to share the fishing grounds than shoot over them.',
  'Lower odds of an accidental war.',
  'The war will end through negotiation.',
  'Most wars end at the negotiating table.',
  "Some dialogue can't hurt.",
  'A hotline would not hurt.',
  'Any handshake beats no contact.',
  'A truce just gives them months to regroup.',
  'Paying the ransom tells every regime that kidnapping pays.',
  'Sanctions relief for an empty promise.',
  'Small countries always end up on the menu.',
  "It's not about peace, it's about money.",
  'This has nothing to do with security.',
  'They want to launder dirty money here.',
  'Keep the markets closed.',
];

describe('stakes cues (a side argued from costs and benefits)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      STAKES_CUES,
      SAMPLES.map((s) => s.toLowerCase()),
    );
  });

  it('should read cooperating now rather than fighting later as support', () => {
    expect(
      labelOf(
        'Better to agree on the shipping lanes with them today than to fight over them in ten years.',
      ),
    ).toBe('support');
  });

  it('should read less risk of war and wars ending by talks as support', () => {
    expect(labelOf('A smaller risk of nuclear escalation is all I need to hear.')).toBe('support');
    expect(labelOf('Wars always stop through negotiation in the end, not more tanks.')).toBe(
      'support',
    );
  });

  it('should read litotes and "beats not speaking" as support', () => {
    expect(labelOf('The arms talks worked once. A bit more of that would not hurt.')).toBe(
      'support',
    );
    expect(labelOf('A frosty meeting beats two capitals not speaking.')).toBe('support');
  });

  it('should read a truce that buys time to rearm as oppose, even with "give them time"', () => {
    expect(labelOf('Every truce with them is just time to rearm.')).toBe('oppose');
    expect(labelOf('Give them time to regroup, that is all this ceasefire does.')).toBe('oppose');
  });

  it('should read a bad incentive, a vague promise and the small countries traded as oppose', () => {
    expect(labelOf('Releasing their spy teaches the Kremlin that taking hostages pays.')).toBe(
      'oppose',
    );
    expect(labelOf('We gave them legitimacy for a vague pledge on Syria.')).toBe('oppose');
    expect(labelOf('Whenever the big powers make up, the Baltic states get carved up.')).toBe(
      'oppose',
    );
  });

  it('should read the deal as being about money as oppose', () => {
    expect(labelOf('Is not about peace, is about oil for their friends.')).toBe('oppose');
    expect(cuesOf('It has nothing to do with peace.')).toContain('about money, not peace');
    expect(
      labelOf('More trade just means more money laundering in London. Keep the doors shut.'),
    ).toBe('oppose');
  });
  it('should not read the hawks\' cost/benefit or a bare "it wouldn\'t hurt" as support', () => {
    expect(cuesOf('Better to arm them now than fight them later.')).not.toContain(
      'better now than a fight later',
    );
    expect(cuesOf("It wouldn't hurt to keep the sanctions a while.")).not.toContain(
      'would not hurt',
    );
  });

  it('should not read a country on the agenda or trade as jobs as oppose', () => {
    expect(cuesOf('Ukraine is on the table at the summit.')).not.toContain(
      'the small countries on the table',
    );
    expect(cuesOf("It's about business, and business means jobs.")).not.toContain(
      'about money, not peace',
    );
  });

  it('should read "better to agree now than quarrel later" and lower odds of an accident as support', () => {
    expect(labelOf('Better to settle fishing rules now than argue over them later.')).toBe(
      'support',
    );
    expect(
      labelOf('A shared radio channel lowers the odds of miscalculation over the Baltic.'),
    ).toBe('support');
    expect(cuesOf('they agreed to reduce the risk of their ships colliding.')).toContain(
      'less chance of war',
    );
  });

  it('should leave "now than later" about a train and lower odds of rain alone', () => {
    expect(labelOf('Better to book the train now than pay more later.')).toBe('neutral');
    expect(labelOf('The new forecast lowers the odds of rain on Sunday.')).toBe('neutral');
  });
});
