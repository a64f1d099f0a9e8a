import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { SUSPICION_CUES } from '../../../src/core/stance/suspicion-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'The only thing Europe should send to the Kremlin is a bill.',
  'A partnership with a kleptocracy.',
  'Ask whose interests are really served.',
  'Our partners found out about it from the news.',
  'Who will defend the little nations then?',
];

describe('suspicion cues (whom the deal serves, whom it leaves alone)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      SUSPICION_CUES,
      SAMPLES.map((s) => s.toLowerCase()),
    );
  });

  it('should read cooperation limited to a trifle and ties with a criminal as oppose', () => {
    expect(labelOf('The only thing we should be giving Moscow is a receipt.')).toBe('oppose');
    expect(labelOf('Friendly relations with a mafia state are still relations with thugs.')).toBe(
      'oppose',
    );
  });

  it('should leave an only thing at home and talks with kidnappers alone', () => {
    expect(labelOf('The only thing we should bring to the picnic is bread.')).toBe('neutral');
    expect(cuesOf('Negotiators hold talks with a criminal gang to free hostages.')).not.toContain(
      'ties with a criminal',
    );
  });

  it('should read "whose interests are served", allies told by the press and small countries left alone as oppose', () => {
    expect(labelOf('A summit with no notes. Guess whose interests are being served.')).toBe(
      'oppose',
    );
    expect(labelOf('Kyiv learned about the deal from the newspapers.')).toBe('oppose');
    expect(
      labelOf('If Washington and Moscow are friends, who will protect the small states?'),
    ).toBe('oppose');
  });

  it('should leave a press briefing and a question about who protects a park alone', () => {
    expect(labelOf('I learned about the summit from the news this morning.')).toBe('neutral');
    expect(labelOf('Who will protect the park from the new road?')).toBe('neutral');
  });
});
