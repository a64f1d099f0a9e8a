import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { MISGIVING_CUES } from '../../../src/core/stance/misgiving-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'They are selling our country for a handshake.',
  'This is not peace, just a breather for his army.',
  'Moscow keeps Crimea and we get a nice photo.',
  'Bounties on our soldiers, and we shake his hand.',
  'You should never make friends with men who do that.',
  'The joint appearance looked like a hostage video.',
  'Another gift to the Kremlin, wrapped in a bow.',
  'Putin has played every president since Clinton.',
  'A textbook case of how not to negotiate.',
  'The only winners here are the oligarchs.',
  'Treating Moscow better than our allies is how this ends.',
  'He took the Kremlin’s word over his own agencies.',
  'A goodwill gesture this naive would be funny if it were not dangerous.',
  'Treason! Plain and simple.',
];

describe('misgiving cues (the talks turned against)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      MISGIVING_CUES,
      SAMPLES.map((s) => s.toLowerCase().replace('’', "'")),
    );
  });

  it('should read land sold for a photo and the truce as a pause as oppose', () => {
    expect(labelOf('They are selling our land for a few pictures with the Tsar.')).toBe('oppose');
    expect(cuesOf('It is not peace, only a pause before the next war.')).toContain(
      'sold for a photo',
    );
  });

  it('should read the president played, the allies slighted and cronies enriched as oppose', () => {
    expect(labelOf('Mark it: this will end in tears. He plays every president the same way.')).toBe(
      'oppose',
    );
    expect(labelOf('This summit splits NATO down the middle.')).toBe('oppose');
    expect(labelOf('Crony deals for his buddies. Count me out.')).toBe('oppose');
  });

  it('should read the bare charge only when it is shouted, not asked', () => {
    expect(cuesOf('TREASON. Nothing else to say.')).toContain('the charge shouted');
    expect(cuesOf('Treason? Hardly.')).not.toContain('the charge shouted');
    expect(cuesOf('This is not a gift to Putin.')).not.toContain('a present for the Kremlin');
  });
});
