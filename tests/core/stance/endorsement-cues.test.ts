import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { ENDORSEMENT_CUES } from '../../../src/core/stance/endorsement-cues.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'The administration earned real credit here.',
  'Give both leaders credit.',
  'Thanks to both governments.',
  'Thank you, both presidents.',
  'Thank god someone ignored the hawks.',
  'Good thing someone picked up the phone.',
  'This should have been signed decades ago.',
  "I'd rather see them talking.",
  "It's not appeasement, it's statecraft.",
  'Prime ministers speak with Moscow.',
  'Farmers want the deal and so do we.',
  'I really like the thaw.',
  'Such a positive step.',
];

describe('endorsement cues (a step backed with credit or thanks)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      ENDORSEMENT_CUES,
      SAMPLES.map((s) => s.toLowerCase()),
    );
  });

  it('should read credit and thanks to both leaders as support', () => {
    expect(
      labelOf('I vote against him every time, but the grain corridor deal deserves credit.'),
    ).toBe('support');
    expect(labelOf('Our harbour is open again. Thanks to both sides.')).toBe('support');
    expect(
      labelOf(
        'Clever idea from the columnists: cut every line and pray. Thank heavens the president ignored them.',
      ),
    ).toBe('support');
  });

  it('should read "good that he does" as support but not "good thing he didn\'t"', () => {
    expect(labelOf('Everyone is shrieking about a call. Good that he made it.')).toBe('support');
    expect(cuesOf("Good thing he didn't sign.")).not.toContain('good that one does');
  });

  it('should read "should have happened long ago" and "I\'d rather have the talks" as support', () => {
    expect(labelOf('A direct military line to Moscow should have happened years ago.')).toBe(
      'support',
    );
    expect(labelOf("Risky? Sure. I'd rather have the negotiations than nothing.")).toBe('support');
  });

  it('should read a charge rejected as plain diplomacy as support despite the charge word', () => {
    expect(labelOf("Shaking hands isn't a sellout, it's basic diplomacy.")).toBe('support');
  });

  it('should read joining the approval and "presidents call Moscow" as support', () => {
    expect(labelOf('Exporters welcome the thaw, and so do I.')).toBe('support');
    expect(cuesOf('Leaders speak to Moscow; that is the job.')).toContain(
      'presidents do call Moscow',
    );
  });

  it('should read a good step with an intensifier as support', () => {
    expect(labelOf('Really good step. Now the prisoners.')).toBe('support');
  });
});
