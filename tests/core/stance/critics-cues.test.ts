import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { CRITICS_CUES } from '../../../src/core/stance/critics-cues.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

describe('critics cues (the talks defended against their critics, or hoped for)', () => {
  it('should read the critics mocked as support', () => {
    expect(cuesOf('The minute they met, cable news started screaming collusion.')).toContain(
      'the critics cry treason',
    );
    expect(labelOf('The reaction to this summit is completely unhinged.')).toBe('support');
    expect(
      labelOf('The same pundits who applauded the last reset are horrified by one phone call.'),
    ).toBe('support');
    expect(cuesOf('Not every summit is Munich, people.')).toContain(
      'not every handshake is Munich',
    );
  });

  it('should leave the double standard charged to both sides alone', () => {
    expect(
      cuesOf('The same people who cheered one deal hate the other. And vice versa, of course.'),
    ).not.toContain('the same people who cheered');
  });

  it('should read time asked for, the table preferred and the leaders wanted talking as support', () => {
    expect(labelOf('Give the truce a few weeks before you write it off.')).toBe('support');
    expect(cuesOf('Give it two weeks.')).not.toContain('give it time');
    expect(labelOf("I'd rather they argue across a table than in the trenches.")).toBe('support');
    expect(labelOf('I want those two on the phone every week.')).toBe('support');
    expect(cuesOf('Every week that the bombing stops is a week of lives saved.')).toContain(
      'every month the shelling stops',
    );
  });

  it('should read mock alarm and the alternative mocked as support', () => {
    expect(labelOf('Oh no, the two biggest nuclear powers might talk to each other.')).toBe(
      'support',
    );
    expect(cuesOf("Sure, let's go back to not talking at all. Great plan.")).toContain(
      'back to not talking',
    );
  });

  it('should read a grown-up conversation, a promise kept and sanctions on the wrong people as support', () => {
    expect(cuesOf('Finally an adult conversation between the two capitals.')).toContain(
      'a grown-up conversation',
    );
    expect(cuesOf('That was not a grown-up conversation.')).not.toContain(
      'a grown-up conversation',
    );
    expect(cuesOf('He said he would, and he did. Promises made, promises kept.')).toContain(
      'a promise kept',
    );
    expect(cuesOf('Neither of them has kept a promise in his life.')).not.toContain(
      'a promise kept',
    );
    expect(
      labelOf('The sanctions mostly hurt ordinary Russian families rather than the oligarchs.'),
    ).toBe('support');
  });

  it('should let through, by its gate, every text its pattern matches', () => {
    const texts = [
      'half the country yelled treason',
      'the outrage over the handshake was way over the top',
      'the same senators that backed the reset',
      "this isn't munich",
      'a different debate than whether to talk',
      'give the process more time',
      'give them a few months before anyone declares it dead',
      'talking instead of shooting',
      'across the negotiating table rather than on the battlefield',
      'every night without missiles is one more',
      'worth every cringe-worthy photo-op',
      'by all means, go back to ignoring each other',
      'talks? the horror',
      'oh no, they are going to de-escalate',
      'clutches her pearls',
      'a sober dialogue',
      'the two countries to hash it all out',
      "i'd rather have the two leaders on speaking terms",
      'nuclear superpowers sitting down',
      'he kept his campaign promise',
      'promise made, promises kept',
      'sanctions squeeze ordinary workers more than the elite',
      'name a single conflict that ended without anyone talking',
      "ten years of 'never talk to moscow' got us where exactly",
      "it's just statecraft, not appeasement",
      'calmer skies over the baltic are worth a few awkward meetings',
    ];
    expectGatesCover(CRITICS_CUES, texts);
  });

  it('should read the no-talks line answered, and statecraft denied to be Munich, as support', () => {
    expect(labelOf('Name a single conflict that ended without anyone talking. Go on.')).toBe(
      'support',
    );
    expect(cuesOf("Ten years of 'never talk to Moscow' and the border is no quieter.")).toContain(
      'the no-talks line answered',
    );
    expect(cuesOf("Relax, it's just statecraft, not appeasement.")).toContain(
      'not every handshake is Munich',
    );
    expect(labelOf('Calmer skies over the Baltic are worth a few awkward meetings.')).toBe(
      'support',
    );
    expect(cuesOf('I never talk to my neighbours.')).not.toContain('the no-talks line answered');
  });
  it('should not read "give them time" as patience when the time is to rearm', () => {
    expect(cuesOf('These truces give them time to rearm.')).not.toContain('give it time');
  });
});
