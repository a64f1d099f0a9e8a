import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { REBUFF_CUES } from '../../../src/core/stance/rebuff-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'Walk away from the table.',
  'Walk away.',
  'The accord is dead on arrival.',
  'Neither of them can enforce it.',
  'Real partners would not do this.',
  "Spare us the 'new era' speeches.",
  'He is not a leader you can reason with.',
  'Sharing data with the regime that poisoned our people.',
  'Dumb idea.',
  "I'm sure the Kremlin will play fair.",
  'And Putin is always so honest.',
  "He's such a man of his word.",
];

describe('rebuff cues (the rapprochement turned down in plain words)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      REBUFF_CUES,
      SAMPLES.map((s) => s.toLowerCase()),
    );
  });

  it('should read advice to walk away and a deal that cannot deliver as oppose', () => {
    expect(labelOf('The president means well, but he should walk away from this deal.')).toBe(
      'oppose',
    );
    expect(labelOf('Nobody can deliver on those terms. Dead on arrival.')).toBe('oppose');
  });

  it('should read "partners don\'t do that" and "spare me the cooperation talk" as oppose', () => {
    expect(labelOf('They cut the gas in January. Friends do not do that.')).toBe('oppose');
    expect(cuesOf('Spare me the friendship speeches.')).toContain('spare me the cooperation talk');
  });

  it('should read a leader no one can charm and a deal with attackers as oppose', () => {
    expect(labelOf('Putin is not someone you can flatter into a deal.')).toBe('oppose');
    expect(
      labelOf('A data-sharing pact with the country that hacked our hospitals. Reckless idea.'),
    ).toBe('oppose');
  });

  it("should read mock faith in the other side's word as oppose, even after praise", () => {
    expect(
      labelOf("They signed a pledge on the reactors. I'm sure Moscow will be very transparent."),
    ).toBe('oppose');
    expect(
      labelOf('Wonderful news, folks! The Kremlin promised. And they are always so honest.'),
    ).toBe('oppose');
  });
  it('should not read a plainly confident hope as mock faith', () => {
    expect(cuesOf("I'm confident they will honour it this time.")).not.toContain(
      'mock faith in their word',
    );
  });
});
