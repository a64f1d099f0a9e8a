import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { THAW_CUES } from '../../../src/core/stance/thaw-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'More student exchanges, please.',
  'Good. Now do the fishing quotas.',
  "I'd take a truce over the pipeline any day.",
  'If they get the inspectors back I will say thank you.',
  'Any contact at all between the navies helps.',
  'We should be cooperating with Moscow on the Arctic.',
  'Get the two leaders back to the table before winter.',
  'Better they shout at each other across a conference table than across a minefield.',
  'Shake hands and sign the thing.',
  'You cannot run a shared river with a neighbour you refuse to talk to.',
  'Refusing to meet is not a strategy, it is a sulk.',
  'You want hotlines with the people you fear most.',
  'Give it a few months before writing the obituary.',
  'Detente in the seventies produced real arms control treaties.',
  'The joint lunar mission proves cooperation can work.',
  'The alternative to talks is more escalation on the border.',
  'Not sliding into a nuclear war is what we get.',
  "Fine, don't trust the Kremlin. Verify.",
  'You can condemn the hacking and still sign the grain deal.',
  'Some people here are positively nostalgic for the Cold War.',
  'If you want those days back, count me out.',
  'Our grandparents fought side by side; we could at least be civil.',
  'Slow, but the direction is right.',
  'A grain-for-fertiliser swap I would happily make any day.',
  "If the hotline stays open, I'll take it.",
  "I'll stick with the diplomats, thanks.",
  'More visits like this one, please.',
  'Sign the accord.',
  'Resuming the dialogue would be wise.',
  "I'm hoping the Arctic agreement holds through the winter.",
  'My uncle flew supply runs into Berlin; he would have loved to see this.',
  'Dislike the guy, back the truce.',
  'Relieved to see the two navies talking again.',
];

describe('thaw cues (the talks backed in plain words)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      THAW_CUES,
      SAMPLES.map((s) => s.toLowerCase()),
    );
  });

  it('should read a wish for more of it as support', () => {
    expect(labelOf('More scientific cooperation, please. The polar data alone is worth it.')).toBe(
      'support',
    );
    expect(labelOf('Good. Next do the nuclear test ban.')).toBe('support');
    expect(labelOf('If they open the consulates again I will say thanks.')).toBe('support');
    expect(labelOf('We should be working with Russia on the drug routes.')).toBe('support');
    expect(cuesOf('Nobody should be working with Russia on anything.')).not.toContain(
      'wants more of it',
    );
  });

  it('should read the table wished for, and refusing to talk called folly, as support', () => {
    expect(labelOf('Put them around a table and keep them there until they agree.')).toBe(
      'support',
    );
    expect(
      labelOf('You cannot share a border with a country you refuse to speak to. Call the embassy.'),
    ).toBe('support');
    expect(
      labelOf("I don't trust the Kremlin either, which is exactly why you want open channels."),
    ).toBe('support');
  });

  it('should read a precedent that worked and patience asked for as support', () => {
    expect(labelOf('The 1987 summit looked dead too. Give this one a couple of years.')).toBe(
      'support',
    );
    expect(cuesOf('The reset led to a new arms control treaty within a year.')).toContain(
      'thaws have worked before',
    );
    // "Give it a week" is the sceptic's prediction of collapse, not patience.
    expect(cuesOf('Give it a week.')).not.toContain('thaws have worked before');
  });

  it('should not read the wish echoed as a question, or war denied as the alternative', () => {
    expect(cuesOf('Bring them back to the table? They lie at every table.')).not.toContain(
      'get them to the table',
    );
    expect(cuesOf('You want open channels with a regime like that?')).not.toContain(
      'refusing to talk is the folly',
    );
    expect(cuesOf('The alternative is not war, it is pressure.')).not.toContain(
      'the alternative is war',
    );
  });

  it('should read the alternative named as war, and both at once, as support', () => {
    expect(labelOf('The alternative to a truce is not a better truce. It is more funerals.')).toBe(
      'support',
    );
    expect(
      labelOf(
        'The cyber attacks were real and should be answered. You can answer them and still negotiate on missiles.',
      ),
    ).toBe('support');
  });

  it('should read distrust turned into checks, and the critics mocked, as support', () => {
    expect(labelOf("Don't trust Putin. Verify. Inspectors on the ground, every month.")).toBe(
      'support',
    );
    expect(labelOf('Half the pundits are practically rooting for a new arms race.')).toBe(
      'support',
    );
    expect(labelOf('Our fathers traded at the fairs in Narva; we can at least be civil.')).toBe(
      'support',
    );
    // The slogan alone is quoted against deals as often as for them.
    expect(cuesOf('Trust but verify became trust and look away.')).not.toContain(
      'verify, not trust',
    );
  });

  it('should read the deal picked in the first person as support, but not its refusal', () => {
    expect(labelOf('A grain-for-fertiliser swap I would happily make any day.')).toBe('support');
    expect(labelOf('If the hotline stays open through the crisis, I will take it.')).toBe(
      'support',
    );
    expect(
      labelOf("Everyone is panicking about the visit. I'll go with the diplomats, thanks."),
    ).toBe('support');
    expect(labelOf('Two more student exchanges got signed. More deals like this.')).toBe('support');
    expect(cuesOf('Inspectors on both sides, a ten-year term. Sign the treaty.')).toContain(
      'picks the deal',
    );
    expect(cuesOf("Don't sign the treaty.")).not.toContain('picks the deal');
    expect(cuesOf("I'd never take a deal like that.")).not.toContain('picks the deal');
  });

  it('should read hope that it holds, and the approval of the old generation, as support', () => {
    expect(labelOf("I'm praying the fishing agreement holds past the spring.")).toBe('support');
    expect(
      labelOf(
        'Grandma queued for bread in Leningrad and cheered at Apollo-Soyuz. She would have liked to see this.',
      ),
    ).toBe('support');
    expect(cuesOf('I hope the summit fails.')).not.toContain('hopes it works');
  });

  it('should read the man disliked and the deal backed as support', () => {
    expect(labelOf('Loathe the president, support the truce.')).toBe('support');
  });

  it('should read relief at contact resumed as support', () => {
    expect(labelOf('Whatever comes of it, nice to hear the diplomats speaking again.')).toBe(
      'support',
    );
    expect(cuesOf('They are at it again.')).not.toContain('glad they are talking again');
  });
});
