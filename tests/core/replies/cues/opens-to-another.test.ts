import { describe, expect, it } from 'vitest';
import { opensToAnother } from '../../../../src/core/replies/cues/opens-to-another.ts';
import { prepareDump } from '../../../../src/core/replies/cues/prepare-dump.ts';
import { articleTitled } from '../../support/reply-inputs.ts';

const article = articleTitled('Garden Lot Sold');
const dump = prepareDump(
  [
    { author: 'Dr. Kofi Mensah', body: 'Gardens cut summer temperatures by two degrees.' },
    { author: 'Pat Delaney', body: 'Dr. Mensah, was that published?' },
    { author: 'Dr. Kofi Mensah', body: "Pat, it's in the university's heat report." },
    { author: 'Iris', body: 'Honestly, the lot was for sale from the start.' },
    { author: 'grower83', body: '@Iris it was for sale because the city never moved it.' },
    { author: 'Ruth', body: 'What Dr. Mensah said.' },
  ],
  article,
);

describe('opensToAnother', () => {
  it('should see a comment that opens by naming another commenter', () => {
    expect(opensToAnother(dump, 1, 0)).toBe(true);
    expect(opensToAnother(dump, 2, 0)).toBe(true);
    expect(opensToAnother(dump, 4, 0)).toBe(true);
  });

  it('should not take a point made to the page, or an opening word, for an address', () => {
    expect(opensToAnother(dump, 0, 0)).toBe(false);
    expect(opensToAnother(dump, 3, 0)).toBe(false);
    expect(opensToAnother(dump, 5, 0)).toBe(false);
  });

  it('should only count commenters who wrote from the given comment on', () => {
    expect(opensToAnother(dump, 2, 2)).toBe(false);
  });
});
