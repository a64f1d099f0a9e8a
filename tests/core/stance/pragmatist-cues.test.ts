import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { PRAGMATIST_CUES } from '../../../src/core/stance/pragmatist-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'When the great powers stop talking, the small countries pay.',
  'Back channels are how we survived 1962.',
  'Good that the two presidents meet at all.',
  'Give the truce a fair chance before you bury it.',
  'The guns are quiet tonight. I will take it.',
  'They shared a space station for years. Proves it can be done.',
  'Better a lean settlement than a fat lawsuit, my father said.',
  'Thats more than the previous administration managed in four years.',
  'Not every phone call with the Kremlin is appeasement.',
  'So what’s your plan, then? More of the same?',
  'They were all for talks until it was Trump doing the talking.',
  'Talking with Moscow about the airspace is common sense.',
  'You make deals with rivals, not with friends.',
];

describe('pragmatist cues (the talks backed as the lesser risk)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      PRAGMATIST_CUES,
      SAMPLES.map((s) => s.toLowerCase().replace('’', "'")),
    );
  });

  it('should read silence between the powers as the danger, and channels as the way out', () => {
    expect(
      labelOf('I live near the border. When the big ones dont talk, it is us who suffer.'),
    ).toBe('support');
    expect(labelOf('Hotlines and summits are how you avoid a war nobody wants.')).toBe('support');
    // Without the article or the "it", as a non-native writer may put it.
    expect(labelOf('For small country is important that America and Russia speak together.')).toBe(
      'support',
    );
    expect(labelOf("When we don't talk, mistakes happen.")).toBe('support');
    expect(
      cuesOf('Regular contact between the militaries reduces the risk of an accident.'),
    ).toContain('talks are how crises end');
  });

  it('should read the win taken and the proverb as support', () => {
    expect(labelOf('Prices steadied and nobody was shot. I will call it a win.')).toBe('support');
    expect(labelOf('Big thumbs up from me on this one.')).toBe('support');
    expect(labelOf('An imperfect peace is better than a just war.')).toBe('support');
    expect(cuesOf('Our grandfathers met at the Elbe. It can be done again.')).toContain(
      'it can be done',
    );
    expect(cuesOf('Can it be done by Friday?')).not.toContain('it can be done');
  });

  it('should read the critics’ comparison rejected as support even though it names the charge', () => {
    expect(labelOf('I do not think this is a betrayal. It is a phone call.')).toBe('support');
    expect(labelOf('The whole puppet narrative is overblown. Presidents talk.')).toBe('support');
    expect(labelOf('Nobody ever called Nixon a traitor for going to Beijing.')).toBe('support');
    // "Believe" meaning "think" before the charge is no distrust; before a word of Putin's it is.
    expect(labelOf("I don't believe this is appeasement.")).toBe('support');
    expect(labelOf("I don't believe a word Putin says.")).toBe('oppose');
    expect(labelOf('People comparing this to Yalta have no idea what Yalta was.')).toBe('support');
  });

  it('should leave the near misses alone', () => {
    expect(cuesOf('When they stop talking about it, the story dies.')).not.toContain(
      'silence is the danger',
    );
    expect(cuesOf('I will take it with a grain of salt.')).not.toContain('takes the win');
    expect(cuesOf('Give it time and it will collapse like the rest.')).toContain('give it room');
    expect(cuesOf('Closing the pool is a bad deal for the kids.')).not.toContain('a bad trade');
  });

  it('should read the critics asked for their plan, their analogy rejected and their double standard', () => {
    expect(labelOf('What is your plan for ending the gas dispute, then? Shouting?')).toBe(
      'support',
    );
    expect(labelOf('At some point you admit the embargo failed and try something different.')).toBe(
      'support',
    );
    expect(
      labelOf('The Yalta analogy is tired. Nobody is dividing Europe over a phone call.'),
    ).toBe('support');
    expect(cuesOf("You're wrong that any meeting rewards him.")).toContain(
      'the critics’ comparison rejected',
    );
    expect(
      labelOf('If Obama had signed an arctic pact with Moscow there would be statues of him.'),
    ).toBe('support');
  });
  it('should not read "give them time" as patience when the time is to rearm', () => {
    expect(cuesOf('Give them time to resupply, that is what a pause does.')).not.toContain(
      'give it room',
    );
  });

  it('should read Munich comparisons dismissed as what people reach for as the comparison rejected', () => {
    expect(
      cuesOf('Munich comparisons are what pundits reach for when they run out of ideas.'),
    ).toContain('the critics’ comparison rejected');
    expect(cuesOf('Munich references are common in history class.')).not.toContain(
      'the critics’ comparison rejected',
    );
  });
});
