import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

describe('distrust cues (ways of speaking against the rapprochement)', () => {
  it('should read doubt in Putin’s word as oppose, in any tense and wording', () => {
    expect(cuesOf('The Kremlin has never kept a single promise.')).toContain(
      'never keeps its word',
    );
    expect(labelOf("He'll tear it up the moment it suits him.")).toBe('oppose');
    expect(labelOf('Why would this agreement be any different?')).toBe('oppose');
    expect(labelOf("I'll believe it when I see the tanks go home.")).toBe('oppose');
  });

  it('should read a deal made over the heads of those it concerns as oppose', () => {
    expect(cuesOf('They decided it over our heads.')).toContain('made over their heads');
    expect(labelOf('Nobody in Kyiv was even in the room.')).toBe('oppose');
  });

  it('should read leverage given away and conquest accepted as oppose', () => {
    expect(cuesOf('Relief now throws away our leverage.')).toContain('gives away leverage');
    expect(labelOf('Trump gave away the store.')).toBe('oppose');
    expect(cuesOf('Borders are negotiable now, apparently.')).toContain('accepts conquest');
    expect(labelOf('A pause like this just gives Moscow time to rearm.')).toBe('oppose');
    expect(labelOf('This is a reward for nuclear blackmail.')).toBe('oppose');
  });

  it('should read an ally sold out, in its idioms, as oppose', () => {
    expect(cuesOf('They threw the Kurds under the bus.')).toContain('sells out an ally');
    expect(labelOf('History will remember who sold Kyiv down the river.')).toBe('oppose');
  });

  it('should read Putin coming out ahead and mere show as oppose', () => {
    const stance = classifyStance({ body: 'The only winner here is the Kremlin.' });
    expect(stance.label).toBe('oppose');
    expect(stance.cues).toContain('Putin comes out ahead');
    expect(labelOf('Handshakes are not a foreign policy.')).toBe('oppose');
  });

  it('should read the deal’s own words in scare quotes as oppose, but not inside a question', () => {
    expect(cuesOf("This 'partnership' will last a month.")).toContain('scare quotes on the deal');
    expect(cuesOf("What does 'normalisation' mean in practice?")).not.toContain(
      'scare quotes on the deal',
    );
  });

  it('should leave plain questions and asides neutral', () => {
    expect(labelOf('Minsk II is still on paper. Who monitors the line now?')).toBe('neutral');
    expect(labelOf('Does anyone know if the sanctions apply to fertiliser?')).toBe('neutral');
  });

  it('should not read a question someone else asks, or its answer, as the writer’s own', () => {
    expect(cuesOf('You keep asking what we get out of this.')).not.toContain('gives away leverage');
    expect(cuesOf('Calm borders is what we get out of it.')).not.toContain('gives away leverage');
    expect(cuesOf('And what do we get out of it? A photo.')).toContain('gives away leverage');
  });

  it('should read more of the engagement’s names in scare quotes, but not a word mentioned', () => {
    expect(cuesOf("So the answer to the hacking is a 'working group'.")).toContain(
      'scare quotes on the deal',
    );
    expect(cuesOf("Our new 'partners' in the Arctic.")).toContain('scare quotes on the deal');
    expect(cuesOf("The word 'détente' covers the 1970s only.")).not.toContain(
      'scare quotes on the deal',
    );
    expect(cuesOf("'Détente' properly refers to the 1970s.")).not.toContain(
      'scare quotes on the deal',
    );
  });

  it('should read the truce as a pause to rearm, and the next failure foretold, as oppose', () => {
    expect(cuesOf('Every truce with them is just pause for rearm.')).toContain('a pause to rearm');
    expect(labelOf('They used the last truce to rebuild their air defences.')).toBe('oppose');
    expect(cuesOf('This one will end like the others, in a tank column.')).toContain(
      'seen it fail before',
    );
  });
  it('should not read a "funny how" about the coverage as an insinuation', () => {
    expect(cuesOf('Funny how the same footage runs with two opposite headlines.')).not.toContain(
      'who gains from it',
    );
    expect(cuesOf('Funny how the sanctions always ease right after a summit.')).toContain(
      'who gains from it',
    );
  });

  it('should read a deal said to be worth nothing as distrust, not "worth nothing less than"', () => {
    expect(cuesOf('A pact between those two is worth exactly nothing.')).toContain(
      'never keeps its word',
    );
    expect(cuesOf('The pipeline deal is worth nothing less than a fortune to them.')).not.toContain(
      'never keeps its word',
    );
  });

  it('should not read words a document is reported to say as scare quotes', () => {
    expect(cuesOf("One communiqué says 'partnership', the other says 'talks'.")).not.toContain(
      'scare quotes on the deal',
    );
    expect(cuesOf("Their 'partnership' will last a week.")).toContain('scare quotes on the deal');
  });
});
