import { describe, expect, it } from 'vitest';
import { CHANNEL_CUES } from '../../../src/core/stance/channel-cues.ts';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';
import { expectGatesCover } from './support/expect-gates-cover.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

const SAMPLES = [
  'Better they haggle around a table than in the trenches.',
  'Nobody ever lost anything by picking up the phone.',
  "Let 'em sit down.",
  'Let the diplomats handle the negotiating.',
  'Why is it suddenly unpatriotic to want peace?',
  'Peace through trade.',
  'That alone makes it worth it.',
  'The initiative deserves a fair shot.',
  'Just back the effort.',
  'I am cautiously hopeful.',
  'Relieved that both sides are finally willing to sit down.',
  'We are sick of hearing that Americans are the enemy.',
  'We can sanction them and still have a functioning channel.',
  'Nothing gets resolved in the region without the two sitting down.',
  'An open hotline is exactly what we need.',
  'Time to bury the hatchet.',
  'At least talking.',
  'Because the smart move is to never call them. Genius.',
  "Let's keep isolating them for another decade. What could go wrong?",
];

describe('channel cues (support for keeping a channel open, in everyday turns)', () => {
  it('should let every text a cue matches through its gate', () => {
    expectGatesCover(
      CHANNEL_CUES,
      SAMPLES.map((s) => s.toLowerCase()),
    );
  });

  it('should read a table rather than a front line, and nothing lost by talking, as support', () => {
    expect(labelOf('I would rather they bickered over a table than across a front line.')).toBe(
      'support',
    );
    expect(labelOf('Negotiation is not a game you lose simply by showing up. Go on.')).toBe(
      'support',
    );
  });

  it('should leave a dinner table and a match lost by a goal alone', () => {
    expect(cuesOf('we argued at the table about the rent.')).not.toContain(
      'a table, not a battlefield',
    );
    expect(labelOf('They lost the match by a single goal.')).toBe('neutral');
  });

  it('should read "let them shake hands" and "let the president do the diplomacy" as support', () => {
    expect(labelOf("Let 'em shake hands and we'll see.")).toBe('support');
    expect(labelOf('Congress should step back and let the president do the negotiating.')).toBe(
      'support',
    );
  });

  it('should not read a handshake that was refused as "let them shake hands"', () => {
    expect(cuesOf("the guards didn't let them shake hands.")).not.toContain('let them shake hands');
  });

  it('should read wanting peace called controversial and peace through dialogue as support', () => {
    expect(
      labelOf('Since when is it treason to seek better relations? Why is it wrong to want peace?'),
    ).toBe('support');
    expect(labelOf('Peace through negotiation, always.')).toBe('support');
  });

  it('should leave "peace through strength" and a plain question about a controversy alone', () => {
    expect(cuesOf('peace through strength was his slogan.')).not.toContain(
      'peace through dialogue',
    );
    expect(labelOf('Why is the vote controversial?')).toBe('neutral');
  });

  it('should read "that alone makes it worth it", "deserves support" and "support it." as support', () => {
    expect(
      labelOf('If they can run the grain corridor together, that alone makes it worth it.'),
    ).toBe('support');
    expect(cuesOf('on balance the outreach deserves a chance.')).toContain('deserves support');
    expect(labelOf('Grain moves only when both capitals agree. Support it.')).toBe('support');
  });

  it('should not read "nobody deserves support" or a question whether to support it as support', () => {
    expect(cuesOf('neither candidate deserves support.')).not.toContain('deserves support');
    expect(cuesOf('should we support it? hard to say.')).not.toContain('support it, told plainly');
  });

  it('should read cautious gladness, relief at a willingness to try and weariness of enmity as support', () => {
    expect(labelOf('I am cautiously pleased, for once.')).toBe('support');
    expect(labelOf('Relieved that both sides are willing to try.')).toBe('support');
    expect(labelOf('Folks here are weary of being told we are enemies.')).toBe('support');
  });

  it('should leave a cautious driver and a willing volunteer alone', () => {
    expect(labelOf('She drives cautiously in the snow.')).toBe('neutral');
    expect(cuesOf('the clerk is willing to help.')).not.toContain('glad someone is willing to try');
  });

  it('should read a channel kept alongside a grievance and nothing settled without talks as support', () => {
    expect(
      labelOf(
        'Punish the hackers, by all means. We can do that and still maintain a working relationship with them.',
      ),
    ).toBe('support');
    expect(labelOf('Nothing gets solved in that war unless the two capitals are talking.')).toBe(
      'support',
    );
    expect(labelOf('A direct line between the militaries is the best thing for everyone.')).toBe(
      'support',
    );
  });

  it('should leave a kitchen with nothing fixed and a phone line alone', () => {
    expect(labelOf('Nothing gets fixed in this kitchen without a plumber.')).toBe('neutral');
    expect(labelOf('The phone line was down all morning.')).toBe('neutral');
  });

  it('should read a quarrel patched up and two sides at least trying as support', () => {
    expect(cuesOf('if the two can patch things up, good.')).toContain('a quarrel patched up');
    expect(labelOf('Whatever comes of it, the two governments are at least talking.')).toBe(
      'support',
    );
    expect(cuesOf('they will never patch things up.')).not.toContain('a quarrel patched up');
  });

  it('should read shunning the other side advised in mock earnest as support despite the sarcasm', () => {
    expect(
      labelOf(
        'Sure, because the smart policy is to never talk to the only other nuclear power. Genius.',
      ),
    ).toBe('support');
    expect(
      labelOf("Let's definitely keep ignoring the other superpower. What could possibly go wrong?"),
    ).toBe('support');
  });

  it('should leave a sincere call to keep isolating them to the other cues', () => {
    expect(cuesOf("let's keep isolating them until they leave crimea.")).not.toContain(
      'mock advice to shun them',
    );
  });
});
