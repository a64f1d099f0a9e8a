import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { WARINESS_CUES } from '../../../src/core/stance/wariness-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'Georgia will be a bargaining chip in this.',
  "If the treaty was any good, they wouldn't be hiding it.",
  "Friends don't spy on each other's navies.",
  "Don't repeat Germany's mistake with the pipelines.",
  "That's not diplomacy, that's a photo album.",
  'A handshake over a pipeline isn’t foreign policy. It’s a sales pitch.',
  "Don't call it a truce.",
  'Peace through compliments, apparently.',
  'The Kremlin will read this as a green light.',
  "Moscow doesn't want peace, it wants a buffer.",
  'It gives them a free hand in the Caucasus.',
  'The last thaw ended with troops in Georgia.',
  'Every time Washington reached out, the Baltics got nervous.',
  'Great powers decide and the rest of us wait.',
  'Everyone knows who gets traded away first.',
  'Smaller nations always paid the price for these summits.',
  'A grain deal with a government that bombs ports.',
  'They trade our allies for a friendly photo.',
  'If this is so wonderful, why is the text secret?',
  'Gas flows in exchange for... what?',
  "We've heard those promises before.",
  "That's your trusted partner.",
  'When the wolf befriends the shepherd, count the sheep.',
  "Putin hasn't changed one bit.",
  'I would never have believed a US president would praise him like that.',
  'Now they know what a hostage is worth.',
  'While the press cheers the summit, the missiles move west.',
  'His smile tells you who won.',
  'I think this whole reset is a huge mistake.',
];

describe('wariness cues (the thaw opposed in plain words)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      WARINESS_CUES,
      SAMPLES.map((s) => s.toLowerCase().replaceAll('’', "'")),
    );
  });

  it('should read the thaw denied its name as oppose', () => {
    expect(labelOf("That's not a ceasefire, that's a pause to reload.")).toBe('oppose');
    expect(labelOf('Two men flattering each other is not statecraft. It is vanity.')).toBe(
      'oppose',
    );
    // Denying it the name only to call it a beginning is no scorn.
    expect(cuesOf("It isn't a treaty, it's a framework.")).not.toContain('not what it is called');
    // Denying the critics' name is the opposite move, and no cue of this table.
    expect(cuesOf("That's not appeasement, that's diplomacy.")).not.toContain(
      'not what it is called',
    );
  });

  it('should read the other side taking it as a licence, and past thaws, as oppose', () => {
    expect(labelOf('Moscow will treat the summit as a licence to push into the Black Sea.')).toBe(
      'oppose',
    );
    expect(labelOf('The Kremlin does not want detente. It wants its sphere back.')).toBe('oppose');
    expect(labelOf('Every time we cozied up to them, a neighbour lost territory.')).toBe('oppose');
  });

  it('should read the small countries paying and the regime described as oppose', () => {
    expect(labelOf('In the end the great powers carve it up and we pay.')).toBe('oppose');
    expect(labelOf('A space deal with a regime that poisons its critics. No thanks.')).toBe(
      'oppose',
    );
  });

  it('should read the rhetorical forms of suspicion as oppose', () => {
    expect(labelOf('If the accord is so great, why was it signed at midnight?')).toBe('oppose');
    expect(labelOf('Lifting the bank restrictions for what, exactly?')).toBe('oppose');
    expect(labelOf('They hacked our grid last spring. That’s our new reliable partner.')).toBe(
      'oppose',
    );
    expect(labelOf('The wolf and the sheep signed a treaty too.')).toBe('oppose');
    expect(labelOf('The Kremlin has never changed, only its hosts.')).toBe('oppose');
  });

  it('should read the line crossed, the applause as cover and the mistake as oppose', () => {
    expect(
      labelOf('I never imagined an American president would defend the Kremlin on stage.'),
    ).toBe('oppose');
    expect(labelOf('Swaps like this only encourage hostage-taking.')).toBe('oppose');
    expect(labelOf('While everyone cheers the summit, Moscow keeps moving missiles west.')).toBe(
      'oppose',
    );
    expect(labelOf('I like the president, but this summit was a big mistake.')).toBe('oppose');
  });

  it('should read the small ones as chips, the secret text, partners who hack and a mistake repeated as oppose', () => {
    expect(labelOf('When the big two make friends, we are the small change.')).toBe('oppose');
    expect(labelOf("If the treaty was any good, they wouldn't keep the annex secret.")).toBe(
      'oppose',
    );
    expect(labelOf("Friends don't spy on each other's navies.")).toBe('oppose');
    expect(cuesOf("Don't repeat Germany's mistake with the pipelines.")).toContain(
      'calls it a mistake',
    );
    expect(cuesOf('If the weather was any good we would go.')).not.toContain(
      'if it is so good, why',
    );
  });

  it('should read small countries as the price of a friendship between big powers as oppose', () => {
    expect(labelOf('When great powers make friends, small nations become the price.')).toBe(
      'oppose',
    );
    expect(labelOf('Whenever he signs something, someone in the region pays for it.')).toBe(
      'oppose',
    );
    expect(cuesOf('the shop charges extra and the customer pays for it.')).not.toContain(
      'the small countries pay',
    );
  });

  it('should read cooperation with the people who bombed, or a man whose planes bombed, as oppose', () => {
    expect(cuesOf('So now we share intelligence with the people who bombed the market.')).toContain(
      'a deal with a regime that kills',
    );
    expect(cuesOf('Our envoy dined with the man whose jets killed the convoy.')).toContain(
      'a deal with a regime that kills',
    );
    expect(cuesOf('we had lunch with the people who built the bridge.')).not.toContain(
      'a deal with a regime that kills',
    );
  });
});
