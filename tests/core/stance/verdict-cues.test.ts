import { describe, expect, it } from 'vitest';
import { generalCues } from '../../../src/core/stance/general-cues.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);

describe('verdict cues (a verdict on the move itself)', () => {
  it('should read a mistake or a good move only with the move as the subject', () => {
    expect(cuesOf('The meeting was a colossal mistake.')).toContain('calls the move a mistake');
    expect(cuesOf('Lifting the sanctions would be madness.')).toContain('calls the move a mistake');
    expect(cuesOf('The outreach is a smart move.')).toContain('calls the move a good one');
    expect(cuesOf('Easing the sanctions is long overdue.')).toContain('calls the move a good one');
    expect(cuesOf('The war in Syria is a disaster.')).toEqual([]);
  });

  it('should not read a verdict turned round by a bare "not" or "no" as the verdict', () => {
    // Written without the article, as a non-native writer may.
    expect(cuesOf('This deal is not good idea.')).not.toContain('calls the move a good one');
    expect(cuesOf('This deal is not good idea.')).toContain('not a good idea');
    expect(cuesOf('The summit was no disaster.')).not.toContain('calls the move a mistake');
    expect(cuesOf('The summit is a very good idea.')).toContain('calls the move a good one');
  });

  it('should read being for the move despite the man, and saying so, as for it', () => {
    expect(cuesOf('He is awful, but I support this.')).toContain('for the move despite the man');
    expect(cuesOf("If it cuts the risk, I'm all for it.")).toContain('says they are for it');
    expect(cuesOf('Our countries could be friends.')).toContain('could be partners');
  });

  it('should read talking set against fighting as for it', () => {
    expect(cuesOf('Talking rather than shooting, what a concept.')).toContain(
      'talking over fighting',
    );
    expect(cuesOf('Talking about the war over dinner.')).toEqual([]);
  });

  it('should read no trust and calls to stand up to him as against it', () => {
    expect(cuesOf('I have zero trust in the Kremlin.')).toContain('no trust');
    expect(cuesOf('He should stand up to Putin.')).toContain('should stand up to him');
    expect(cuesOf('Pathetic. So weak.')).toContain('should stand up to him');
  });

  it('should read hands shaken instead of fists as talking over fighting', () => {
    expect(cuesOf('Shaking hands instead of shaking fists, for once.')).toContain(
      'talking over fighting',
    );
    expect(cuesOf('Shaking hands with fans instead of signing autographs.')).not.toContain(
      'talking over fighting',
    );
  });

  it('should read the deal called sensible as a good move, not "a good deal of"', () => {
    expect(cuesOf('This is a sensible compromise.')).toContain('calls the move a good one');
    expect(cuesOf('That is a great deal of paperwork.')).not.toContain('calls the move a good one');
  });

  it('should read a trade or a concession called madness as oppose', () => {
    expect(cuesOf('Swapping the alliance for a photo op is insane.')).toContain(
      'the trade called madness',
    );
    expect(cuesOf('Handing them the satellite data would be reckless.')).toContain(
      'the trade called madness',
    );
    expect(cuesOf('Refusing to talk to them is madness.')).not.toContain(
      'the trade called madness',
    );
  });
});
