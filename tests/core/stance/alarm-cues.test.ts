import { describe, expect, it } from 'vitest';
import { ALARM_CUES } from '../../../src/core/stance/alarm-cues.ts';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'The Poles are alarmed, and rightly so.',
  'Half of Europe is watching this with dread.',
  'It teaches every would-be dictator that patience pays.',
  'A man like that should not be welcomed as a statesman.',
  'For the refugees this is a slap in the face.',
  'The joke is on the taxpayers.',
  'Nothing about this is normal.',
  "Tells you who's calling the shots.",
  "It's really about oil contracts, nothing more.",
];

describe('alarm cues (opposition argued from who is alarmed and what it signals)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      ALARM_CUES,
      SAMPLES.map((s) => s.toLowerCase()),
    );
  });

  it('should read the neighbours’ fear called justified as oppose', () => {
    expect(labelOf('Finland is nervous about the new thaw, and with good reason.')).toBe('oppose');
    expect(labelOf('Kyiv is watching all of this with alarm.')).toBe('oppose');
  });

  it('should read a message to strongmen and a leader denied partnership as oppose', () => {
    expect(labelOf('Lifting the embargo now shows other autocrats that invasions pay off.')).toBe(
      'oppose',
    );
    expect(labelOf('A ruler who poisons his critics must not be treated as an equal.')).toBe(
      'oppose',
    );
    expect(cuesOf("The handshake tells the world's despots that borders can be moved.")).toContain(
      'a message to every strongman',
    );
  });

  it('should read an insult, a joke on us and the irregular meeting as oppose', () => {
    expect(labelOf('For the families of the crew, the summit is a kick in the teeth.')).toBe(
      'oppose',
    );
    expect(labelOf('Two strongmen shook hands on a yacht. The punchline is America.')).toBe(
      'oppose',
    );
    expect(labelOf('No aides, no record, no agenda. Nothing normal about it.')).toBe('oppose');
  });

  it('should read a tell of who runs the talks and a narrow motive as oppose', () => {
    expect(
      labelOf('Their delegation set the agenda and ours took notes. Tells you who is running it.'),
    ).toBe('oppose');
    expect(
      labelOf('The whole thing is about pipeline money for his friends, and nothing else.'),
    ).toBe('oppose');
  });

  it('should leave the same words in other senses alone', () => {
    expect(labelOf('The dog is terrified of thunder, poor thing.')).toBe('neutral');
    expect(cuesOf('I was watching the storm with awe.')).not.toContain('the alarm is justified');
    expect(labelOf('The new coach shows every player that effort matters.')).toBe('neutral');
    expect(labelOf('The summit is a slap in the face to the critics.')).not.toBe('oppose');
    expect(labelOf('The joke is on the pundits this time.')).toBe('neutral');
    expect(labelOf('Tells you how good the pastry is here.')).toBe('neutral');
  });
});
