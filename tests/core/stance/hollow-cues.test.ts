import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { HOLLOW_CUES } from '../../../src/core/stance/hollow-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'A photo session disguised as diplomacy.',
  'There are no real commitments in it.',
  'Nothing concrete to verify.',
  'They did not promise one single thing.',
  'The truce will hold until the next shelling.',
  'A handshake is not a treaty.',
  "He couldn't keep his word for a week.",
];

describe('hollow cues (the deal called empty)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      HOLLOW_CUES,
      SAMPLES.map((s) => s.toLowerCase()),
    );
  });

  it('should read a deal dressed up and no real terms as oppose', () => {
    expect(labelOf('A dinner and two speeches dressed up as a peace treaty.')).toBe('oppose');
    expect(labelOf('I read the communique twice. No concrete commitments anywhere.')).toBe(
      'oppose',
    );
  });

  it('should leave a costume and real terms alone', () => {
    expect(labelOf('The kids went to the party dressed up as astronauts.')).toBe('neutral');
    expect(cuesOf('The terms are concrete and public.')).not.toContain('an empty deal dressed up');
  });

  it('should read nothing to verify and nothing promised as oppose', () => {
    expect(labelOf('Inspectors? There is nothing to verify in the Helsinki text.')).toBe('oppose');
    expect(labelOf("Moscow hasn't committed to a single concrete step.")).toBe('oppose');
  });

  it('should leave verification work and a kept promise alone', () => {
    expect(labelOf('The inspectors have a lot to verify at the depot.')).toBe('neutral');
    expect(cuesOf('They promised a single joint statement and delivered it.')).not.toContain(
      'nothing was promised',
    );
  });

  it('should read a deal that lasts until the next outburst and a smile that is no promise as oppose', () => {
    expect(labelOf('This friendship lasts until the next election rally.')).toBe('oppose');
    expect(labelOf('A warm handshake in Vienna is not a guarantee of anything.')).toBe('oppose');
    expect(labelOf('That man could not keep a promise if his life depended on it.')).toBe('oppose');
  });

  it('should leave a timetable, a smile that is a smile and a kept promise alone', () => {
    expect(labelOf('The exhibit lasts until the next season opens.')).not.toBe('oppose');
    expect(cuesOf('A smile is a smile in any language.')).not.toContain('a smile is not a promise');
    expect(cuesOf('She will keep a promise she made in Vienna.')).not.toContain(
      'cannot keep a promise',
    );
  });
});
