import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyStance, NEUTRAL_BAND } from '../../../src/core/stance/classify-stance.ts';
import type { Stance, StanceLabel } from '../../../src/core/types.ts';

function parent(label: StanceLabel, body = 'Some earlier comment.', author: string | null = null) {
  const stance: Stance = {
    label,
    score: label === 'support' ? 0.6 : label === 'oppose' ? -0.6 : 0,
    cues: [],
  };
  return { body, author, stance };
}

describe('classifyStance', () => {
  it('should label a comment that welcomes the talks as support and say why', () => {
    const s = classifyStance({
      body: 'I will never vote for him, but talking is always better than war. I applaud this move.',
    });
    expect(s.label).toBe('support');
    expect(s.cues).toContain('talking beats war');
    expect(s.score).toBeGreaterThan(0);
  });

  it('should not read praise of the article as a reaction to the event', () => {
    expect(classifyStance({ body: 'Good piece, well sourced.' }).label).toBe('neutral');
    expect(classifyStance({ body: 'Good. About time.' }).label).toBe('support');
  });

  it('should read the critics’ word shouted in order to dismiss it as support', () => {
    const s = classifyStance({ body: 'Everyone yelling treason over a handshake needs a nap.' });
    expect(s.label).toBe('support');
    expect(s.cues).toContain('answers the critics');
  });

  it('should let a strong general cue outweigh a weak domain cue of the same lean', () => {
    // "Dictators" alone is a mild domain cue; the reward for invasion is the stronger reason.
    const stance = classifyStance({
      body: 'A truce that hands Russia the land it stole is a reward for invasion. Dictators everywhere are watching.',
    });
    expect(stance.label).toBe('oppose');
    expect(stance.cues).toContain('rewards aggression');
  });

  it('should label puppet and collusion framing as oppose', () => {
    const s = classifyStance({
      body: 'He is a fully bought and paid for Putin puppet. Collusion in plain sight.',
    });
    expect(s.label).toBe('oppose');
    expect(s.cues).toEqual(expect.arrayContaining(['puppet', 'collusion']));
    expect(s.score).toBeLessThan(0);
  });

  it('should leave an off-topic question neutral with no cues', () => {
    expect(classifyStance({ body: 'Are they really on telephones?' })).toEqual({
      label: 'neutral',
      score: 0,
      cues: [],
    });
  });

  it('should ignore strong sentiment that does not bear on the rapprochement', () => {
    const s = classifyStance({
      body: 'My flight was delayed again and the food was awful. Terrible day.',
    });
    expect(s.label).toBe('neutral');
  });

  it('should read anti-leader but pro-deal as support (the target is the deal, not the man)', () => {
    const s = classifyStance({
      body: 'I despise Trump. Still, a cease-fire agreement with Russia is good news for the Syrian people.',
    });
    expect(s.label).toBe('support');
  });

  it('should not count the war a cease-fire ends as negativity about the cease-fire', () => {
    const s = classifyStance({
      body: 'A cease-fire of any kind would be good. This war and the killing need to end.',
    });
    expect(s.label).toBe('support');
  });

  it('should read a praise opener followed by a scathing list as sarcastic oppose', () => {
    const s = classifyStance({
      body: 'Great ideas! Put the arsonist in charge of the fire station to make peace. Makes total sense!',
    });
    expect(s.label).toBe('oppose');
    expect(s.cues.some((c) => c.startsWith('sarcasm'))).toBe(true);
  });

  it('should read a short verdict right after a sentence about the deal as a verdict on it', () => {
    const s = classifyStance({
      body: 'Shaking hands with the Castro brothers. Shameful and disgusting.',
    });
    expect(s.label).toBe('oppose');
    expect(s.cues.join(' ')).toContain('shaking hands');
  });

  it('should read a first-person endorsement or rejection of the deal', () => {
    expect(classifyStance({ body: 'The inspectors are back. I support it fully.' }).label).toBe(
      'support',
    );
    expect(classifyStance({ body: 'I reject this deal.' }).label).toBe('oppose');
  });

  it('should not read praise for the reporting as praise for the talks', () => {
    const stance = classifyStance({
      body: "There's a good explainer on the history of the arms treaties in the Post.",
    });
    expect(stance.label).toBe('neutral');
  });

  it('should read "I support these meetings" like "I support the talks"', () => {
    const stance = classifyStance({ body: 'I support these meetings even if I like neither man.' });
    expect(stance.label).toBe('support');
    expect(stance.cues).toContain('says they support it');
  });

  it('should let a bare agreement take its parent stance and a disagreement flip it', () => {
    expect(classifyStance({ body: 'Exactly.' }, parent('oppose')).label).toBe('oppose');
    expect(classifyStance({ body: 'Exactly.' }, parent('support')).label).toBe('support');
    expect(classifyStance({ body: "No they're not." }, parent('support')).label).toBe('oppose');
    expect(classifyStance({ body: 'Exactly.' }).label).toBe('neutral');
  });

  it('should recognise agreement that names the parent author', () => {
    const s = classifyStance(
      { body: 'Gordon is right. The sanctions will quietly go away.' },
      parent('oppose', 'Putin will have what he wants within the year.', 'Gordon P'),
    );
    expect(s.label).toBe('oppose');
    expect(s.cues).toContain('agrees with Gordon P');
  });

  it('should not take a long quotation of someone else as the writer’s own words', () => {
    const quoted =
      '"Anyone really think this was anything but a put-up job to make him look like he was not a Putin puppet?"\n\nBut if it got us a seat at the cease-fire table, good. Talking is better than war.';
    const s = classifyStance({ body: quoted });
    expect(s.cues).not.toContain('puppet');
    expect(s.label).toBe('support');
  });

  it('should read a comment that mocks the puppet charge as defending engagement', () => {
    const s = classifyStance({
      body: 'Putin talks to Trump: “OMG Trump is getting his orders from Russia! This proves he’s a Russian puppet!”',
    });
    expect(s.cues).toContain('answers the critics');
    expect(s.cues).not.toContain('puppet');
  });

  it('should hear an unquoted outcry in single-spaced text and in text over several lines', () => {
    for (const outcry of [
      'Oh my god, this is proof Trump is a puppet.',
      'OMG this proves he is a Russian puppet!',
    ]) {
      for (const body of [outcry, `${outcry} Seriously.`, `${outcry}\n\nSeriously,  people.`]) {
        expect(classifyStance({ body }).cues).toContain('answers the critics');
      }
    }
    // Split over two lines the phrase is no outcry, in the lowercase or in the join of its sentences.
    const split = classifyStance({ body: 'Oh my\ngod, this is proof Trump is a puppet.' });
    expect(split.cues).toContain('puppet');
  });

  it('should hear the acted-out outcry in any case, in a reply as in a top-level comment', () => {
    const body =
      'Putin talks to Trump: “Oh My GOD Trump is getting his orders from Russia! This proves he’s a Russian puppet!”';
    expect(classifyStance({ body }).cues).toContain('answers the critics');
    // The reply opens with a verbatim copy of its parent, so its own voice is not the whole body.
    const parentBody = 'Sanctions hurt ordinary people long before they hurt Russia.';
    const reply = classifyStance({ body: `${parentBody}\n${body}` }, parent('oppose', parentBody));
    expect(reply.cues).toContain('answers the critics');
  });

  it('should keep score and label consistent and never throw on any text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.constantFrom('support', 'oppose', 'neutral', null),
        (body, p) => {
          const s = classifyStance({ body }, p === null ? undefined : parent(p as StanceLabel));
          expect(s.score).toBeGreaterThanOrEqual(-1);
          expect(s.score).toBeLessThanOrEqual(1);
          const expected =
            s.score >= NEUTRAL_BAND ? 'support' : s.score <= -NEUTRAL_BAND ? 'oppose' : 'neutral';
          expect(s.label).toBe(expected);
          if (s.label !== 'neutral') expect(s.cues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('should not read praise of the debate’s points as praise of the talks', () => {
    expect(
      classifyStance({ body: 'Excellent points from both sides in this thread, honestly.' }).label,
    ).toBe('neutral');
    expect(classifyStance({ body: 'Good to see both sides talking again.' }).label).toBe('support');
  });
});
