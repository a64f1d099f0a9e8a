import { describe, expect, it } from 'vitest';
import { prepareDump } from '../../../../src/core/replies/cues/prepare-dump.ts';
import { whichStatement } from '../../../../src/core/replies/cues/which-statement.ts';
import { articleTitled } from '../../support/reply-inputs.ts';

const article = articleTitled('Launch Scrubbed Again');
const dump = prepareDump(
  [
    {
      author: 'Demir',
      body: 'The range overtime is billed to the launch provider, not taxpayers.',
    },
    { author: 'Drew', body: 'Good to know.' },
    { author: 'Demir', body: 'Glad it helped. It was a flight director line, not mine.' },
    { author: 'Lan', body: 'What Demir said about range overtime should be in the article.' },
    { author: 'Kai', body: 'What Demir said.' },
  ],
  article,
);

describe('whichStatement', () => {
  it('should pick the comment of the named author that the reply echoes', () => {
    expect(whichStatement(dump, 3, 2, 0)).toBe(0);
  });

  it('should keep the chosen comment when no other shares more words', () => {
    expect(whichStatement(dump, 4, 2, 0)).toBe(2);
  });

  it('should prefer the point made to the page over an answer to someone else on a tie', () => {
    const garden = prepareDump(
      [
        { author: 'Mensah', body: 'Gardens cut summer temperatures on the block by two degrees.' },
        { author: 'Pat', body: 'Mensah, was that published?' },
        { author: 'Mensah', body: "Pat, it's in the university's heat report, page 31." },
        { author: 'Grant', body: 'What Mensah said about heat. Two degrees matters in July.' },
      ],
      article,
    );
    expect(whichStatement(garden, 3, 2, 0)).toBe(0);
  });

  it('should only look as far back as asked', () => {
    expect(whichStatement(dump, 3, 2, 1)).toBe(2);
  });

  it('should pick the one comment that writes the phrase the reply says it is about', () => {
    const mill = prepareDump(
      [
        { author: 'Tanisha', body: 'My kids go to Harlow, a quarter mile downwind.' },
        { author: 'Ray', body: 'Tanisha, the company holds an open house next month.' },
        { author: 'Tanisha', body: 'Ray, I want an air monitor on the school roof.' },
        {
          author: 'Mira',
          body: 'What Tanisha said about the air monitor. Quarterly reports are not enough.',
        },
      ],
      article,
    );
    expect(whichStatement(mill, 3, 0, 0)).toBe(2);
  });

  it('should break a tie between two answers by the subject the reply names', () => {
    const lunch = prepareDump(
      [
        { author: 'Sunny', body: 'Do the kids eat the new menu?' },
        { author: 'Deb', body: 'Sunny, the chili goes fine; the waste is the lentil dish.' },
        { author: 'M.R.', body: 'How much gets thrown out?' },
        { author: 'Deb', body: 'M.R., the trays pile up at lunch.' },
        { author: 'Pat', body: 'What Deb said about waste is right, and the trays too.' },
      ],
      article,
    );
    expect(whichStatement(lunch, 4, 3, 0)).toBe(1);
  });
});

describe('whichStatement, echoed clauses', () => {
  it('should pick the comment whose words follow "Agree with X:"', () => {
    const docks = prepareDump(
      [
        { author: 'Lise', body: 'Why take every slip on B and C dock for fourteen months?' },
        { author: 'Ron', body: 'Lise, the contractor needs the basin empty.' },
        { author: 'Lise', body: 'Then stagger it. B dock one season, C dock the next.' },
        {
          author: 'Will',
          body: 'Agree with Lise: B dock one season, C dock the next, fourteen months is long.',
        },
      ],
      article,
    );
    expect(whichStatement(docks, 3, 0, 0)).toBe(2);
  });

  it('should pick the comment a "you say" clause repeats', () => {
    const clams = prepareDump(
      [
        {
          author: 'K. M.',
          body: 'My kids dig clams there, and nobody told us about 2009 until today.',
        },
        { author: 'Gwen', body: 'K. M., scroll up.' },
        { author: 'K. M.', body: 'Gwen, clam digger here. I take your point.' },
        {
          author: 'Stelian',
          body: 'K. M., you say nobody told you about 2009. Nobody told my neighbour.',
        },
      ],
      article,
    );
    expect(whichStatement(clams, 3, 2, 0)).toBe(0);
  });

  it('should pick the comment whose words follow "Same as X," even when another shares more', () => {
    const palace = prepareDump(
      [
        {
          author: 'Dr. Lionel Baptiste',
          body: 'Which architect? The 2021 engineering report said the trusses were rotted through.',
        },
        { author: 'Maren', body: 'Her report goes public next week.' },
        {
          author: 'Dr. Lionel Baptiste',
          body: "The Orpheum was in far better shape. I'll read the report, but I'm skeptical.",
        },
        {
          author: 'Rich',
          body: "Same as Dr. Baptiste, I'm skeptical too. I'd want a structural engineering report, not an architect.",
        },
      ],
      article,
    );
    expect(whichStatement(palace, 3, 0, 0)).toBe(2);
  });

  it('should not read the sentence after "Agree with X." as the clause agreed with', () => {
    const ridge = prepareDump(
      [
        { author: 'Kevin', body: 'Where is the south nest relative to turbines 11 through 14?' },
        { author: 'Ines', body: 'In the hemlocks, southwest of the ridge.' },
        { author: 'Kevin', body: 'Somebody has to keep the access road out of the hemlock stand.' },
        {
          author: 'Shannon',
          body: 'Agree with Kevin. Move the road, move turbine 12 if they have to.',
        },
      ],
      article,
    );
    expect(whichStatement(ridge, 3, 2, 0)).toBe(2);
  });
});
