import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { SCOFF_CUES } from '../../../src/core/stance/scoff-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'Peace my foot.',
  'Fishing cooperation, really.',
  'Stability for whom?',
  "The Kremlin's idea of a truce is a quieter barrage.",
  'How kind of Moscow to let our diplomats back in.',
  'Please no.',
  "Don't fall for the hype.",
  'Treaties are worth nothing with a neighbour like that.',
  'Verification is pointless when the other side cheats.',
];

describe('scoff cues (the rapprochement scorned in a few words)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      SCOFF_CUES,
      SAMPLES.map((s) => s.toLowerCase()),
    );
  });

  it('should read the name repeated in scorn as oppose', () => {
    expect(labelOf('Arctic cooperation, really. They just opened three new bases up there.')).toBe(
      'oppose',
    );
    expect(labelOf('Détente my foot. The bombers flew the same routes this morning.')).toBe(
      'oppose',
    );
    expect(cuesOf('The border is quiet and trade is up. Progress for whom?')).toContain(
      'scoffs at the name',
    );
  });

  it('should read the other side’s version described, and mock thanks, as oppose', () => {
    expect(labelOf("Moscow's idea of cooperation is us doing what they say.")).toBe('oppose');
    expect(labelOf('So generous of the Kremlin to let our reporters keep their visas.')).toBe(
      'oppose',
    );
  });

  it('should read a plea, a warning and paper against a cheat as oppose', () => {
    expect(labelOf('Washington and Moscow carving up the Black Sea again. Please no.')).toBe(
      'oppose',
    );
    expect(labelOf('The embassy will spin this as friendship. Do not fall for it.')).toBe('oppose');
    expect(labelOf('A missile treaty is worth nothing when the other side cheats.')).toBe('oppose');
  });

  it('should leave the same words in their everyday senses alone', () => {
    expect(cuesOf('I broke my foot on the way to the summit.')).not.toContain('scoffs at the name');
    expect(cuesOf('Very kind of you to explain the treaty.')).not.toContain(
      'mock thanks to the Kremlin',
    );
    expect(cuesOf('Is it really over?')).not.toContain('scoffs at the name');
  });

  it('should read the name with a comma before "my foot" as scorn', () => {
    expect(labelOf('Truce, my foot. The shelling never stopped.')).toBe('oppose');
    expect(cuesOf('I dropped it on my foot.')).not.toContain('scoffs at the name');
  });
});
