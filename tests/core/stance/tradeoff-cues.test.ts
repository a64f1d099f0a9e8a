import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { TRADEOFF_CUES } from '../../../src/core/stance/tradeoff-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'The arms race costs the taxpayers billions a year.',
  'We wasted trillions on the first cold war.',
  'A summit is far cheaper.',
  'Joint patrols beat a new arms race.',
  'Trading with them instead of threatening them.',
  'If a hotline keeps one pilot alive, fine by me.',
  "If the grain ships sail, it's worth it.",
  "If they cap the warheads I don't care who gets the credit.",
  'A negotiated settlement is the sensible course.',
  "Diplomacy was the right call then and it's the right call now.",
  "That's what grown-ups do.",
  'Joint missions build trust.',
  'Trade breeds confidence.',
  'The scariest time is when capitals stop talking.',
  'The same columnists who cheered the Iraq war are upset about a lunch.',
  "They're precisely the people you negotiate with.",
  'The only winner from this is the Kremlin.',
  'Whatever gets signed, someone else pays the price.',
  'Ransoms encourage them to take more hostages.',
  'Shaking hands while Russia bombs the grid.',
  'Because decades of isolation worked so well.',
];

describe('trade-off cues (a side argued by weighing costs and gains)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      TRADEOFF_CUES,
      SAMPLES.map((s) => s.toLowerCase()),
    );
  });

  it("should read the standoff's bill set against a cheap call as support", () => {
    expect(
      labelOf(
        'The confrontation costs us billions in carriers and drills every year. Diplomacy is much cheaper.',
      ),
    ).toBe('support');
  });

  it('should read an outcome accepted on a condition as support', () => {
    expect(
      labelOf('If the two of them get the inspectors back in, I do not care if they hug on stage.'),
    ).toBe('support');
    expect(cuesOf('It is not worth it.')).not.toContain('worth it if it works');
  });

  it('should read talking as the sane move, a builder of trust and its absence as the danger as support', () => {
    expect(labelOf('A gradual negotiated exit from the sanctions is the logical move.')).toBe(
      'support',
    );
    expect(labelOf('Scientists working together builds trust between the two countries.')).toBe(
      'support',
    );
    expect(
      labelOf('The real danger comes when the two nuclear powers are not talking at all.'),
    ).toBe('support');
  });

  it("should read yesterday's war hawks answered and the enemy as who you talk to as support", () => {
    expect(
      labelOf(
        'Odd that the very same senators who pushed for the Iraq war now faint at one dinner with Moscow.',
      ),
    ).toBe('support');
    expect(labelOf('Of course he is dangerous. Those are exactly who you negotiate with.')).toBe(
      'support',
    );
  });

  it('should read irony aimed at the hostility itself as support, not mockery of the deal', () => {
    expect(
      labelOf('Sure, because forty years of not talking to each other went really well.'),
    ).toBe('support');
  });

  it('should read a bill passed to others, a reward for hostage-taking and talks under fire as oppose', () => {
    expect(labelOf('Whatever the two of them shake on, somebody else will be paying for it.')).toBe(
      'oppose',
    );
    expect(labelOf('Every swap teaches them to arrest more tourists.')).toBe('oppose');
    expect(labelOf('Holding summits while Moscow keeps bombing apartment blocks.')).toBe('oppose');
    expect(labelOf('The only ones who profit from this reset are the oligarchs.')).toBe('oppose');
  });
});
