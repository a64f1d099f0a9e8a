import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { BARGAIN_CUES } from '../../../src/core/stance/bargain-cues.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

describe('bargain cues (the deal faulted in words the older tables miss)', () => {
  it('should read a lopsided bargain and nothing given in exchange as oppose', () => {
    expect(labelOf('We get a handshake and a golf invite; Moscow gets the Donbas.')).toBe('oppose');
    expect(cuesOf('So what has the Kremlin actually offered? Anything?')).toContain(
      'what has Moscow given?',
    );
    expect(labelOf('Negotiate all you like, just stop giving away the farm.')).toBe('oppose');
  });

  it('should read what the readouts leave out and a signature asked to wait as oppose', () => {
    expect(cuesOf('No mention of Navalny in the joint statement, naturally.')).toContain(
      'not a word about Crimea',
    );
    expect(labelOf('Wait for the intelligence report before we sign anything with them.')).toBe(
      'oppose',
    );
    expect(cuesOf("Trust but never verify, that's the new motto.")).toContain(
      "trust, but don't verify",
    );
  });

  it("should read a word that is never kept and a Russia that hasn't changed as oppose", () => {
    expect(labelOf('The Kremlin has never honored a ceasefire it signed.')).toBe('oppose');
    expect(cuesOf('Agreements with Moscow are worthless.')).toContain('their word means nothing');
    expect(labelOf("Flew patrols near their border for years. They haven't changed at all.")).toBe(
      'oppose',
    );
  });

  it('should read Finlandization, the menu and the victims asked as oppose', () => {
    expect(cuesOf('This is Finlandization with better catering.')).toContain('Finlandization');
    expect(labelOf("Every time the big powers make up, we're always on the menu.")).toBe('oppose');
    expect(cuesOf('Ask any Georgian what a Russian promise is worth.')).toContain(
      'ask the victims how it went',
    );
  });

  it('should read the last reset asked back, chumminess and irony about the friendship as oppose', () => {
    expect(cuesOf('Reset 2.0? How did the last reset work out?')).toContain(
      'how did that go last time?',
    );
    expect(labelOf('Our president getting chummy with a KGB man.')).toBe('oppose');
    expect(labelOf('A funny kind of friendship where one side keeps hacking the other.')).toBe(
      'oppose',
    );
  });

  it('should leave plain questions and arguments for the talks alone', () => {
    expect(cuesOf('How did it go? Did anyone see the press conference?')).not.toContain(
      'how did that go last time?',
    );
    expect(cuesOf('It is wishful thinking that Syria can be settled without Russia.')).toEqual([]);
    expect(cuesOf('Nixon went to Beijing to split the communist bloc.')).not.toContain(
      'summits worked before',
    );
  });

  it('should let through, by its gate, every text its pattern matches', () => {
    const texts = [
      'we get a photo op; russia gets crimea',
      'ukraine gets a lecture, and the kremlin gets the map',
      'what has putin actually given up',
      'what did we really get out of the summit',
      'stop giving it away the store',
      'not one single word on human rights',
      'silence about the election hacking',
      'before the president lifts any sanctions',
      'trust and forget to verify',
      "gas as russia's leash",
      'the kremlin has never honoured its word',
      'promises from moscow mean nothing',
      'he signs treaties the way you sign postcards',
      'the russians still have not changed a thing',
      'finlandised',
      'poland is next on the menu',
      'ask anyone from mariupol how that went',
      'how did that work out',
      'how did part one go',
      'so chummy',
      'pure wishful thinking',
      'with friends like putin',
      'the ussr never once invading anyone then',
    ];
    expectGatesCover(BARGAIN_CUES, texts);
  });
});
