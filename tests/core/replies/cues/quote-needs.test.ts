import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { newVocabulary } from '../../../../src/core/replies/cues/rare-words.ts';
import {
  containsHeldQuote,
  containsQuote,
  heldQuoteIn,
  quoteNeeds,
  stretchStep,
} from '../../../../src/core/replies/cues/quote-needs.ts';
import { normalizeWords } from '../../../../src/core/replies/cues/scan-words.ts';
import { containsSpan } from '../../../../src/core/replies/cues/quotes-earlier.ts';

const WORDS = [
  'the',
  'ferry',
  'lost',
  'money',
  'every',
  'year',
  'abİ',
  'tax',
  "town's",
  'of',
  '60',
];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 });

/** A comment's words normalized and padded: what the id comparisons must agree with. */
const padded = (c: { readonly body: string }): string => ` ${normalizeWords(c.body)} `;

describe('quoteNeeds', () => {
  it('should cut a quotation into the stretches containsSpan tries', () => {
    const reply = prepareComment(
      'X',
      'She said "the ferry has lost money every single year" again.',
    );
    const [quote] = quoteNeeds(reply);
    expect(quote?.wordCount).toBe(8);
    expect(quote?.whole).toBe(' the ferry has lost money every single year ');
    expect(quote?.stretches).toEqual([' the ferry has lost ', ' money every single year ']);
    expect(quote?.needs).toEqual([['ferry', 'lost'], ['singl']]);
    expect(stretchStep(8)).toBe(4);
    expect(stretchStep(60)).toBe(8);
  });

  it('should find a quotation wherever containsSpan does', () => {
    fc.assert(
      fc.property(text, text, (quoted, written) => {
        const reply = prepareComment('X', `"${quoted.join(' ')}"`);
        const cand = prepareComment('Y', written.join(' '));
        const [quote] = quoteNeeds(reply);
        const [span] = reply.quotedSpans;
        if (quote === undefined || span === undefined) return;
        const found = containsQuote(padded(cand), quote);
        expect(found).toBe(containsSpan(padded(cand), span));
        // A comment the quotation is found in has the stems of some place it was looked for.
        if (found !== null) {
          expect(quote.needs.some((p) => p.every((s) => cand.stemSet.has(s)))).toBe(true);
        }
      }),
    );
  });

  it('should find a quotation in a comment as containsQuote does, told the comment’s stems', () => {
    fc.assert(
      fc.property(text, text, text, (quoted, before, after) => {
        const reply = prepareComment('X', `"${quoted.join(' ')}"`);
        // Written around the quotation's words, or not: both must agree either way.
        const cand = prepareComment('Y', [...before, ...quoted.slice(1), ...after].join(' '));
        for (const quote of quoteNeeds(reply)) {
          expect(containsHeldQuote(padded(cand), quote, cand.stemSet)).toBe(
            containsQuote(padded(cand), quote),
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('should find a quotation in a comment’s word ids as in its text, one dump or two', () => {
    fc.assert(
      fc.property(text, text, text, fc.boolean(), (quoted, before, after, oneDump) => {
        const vocabulary = newVocabulary();
        const reply = prepareComment('X', `"${quoted.join(' ')}"`, vocabulary);
        const cand = prepareComment(
          'Y',
          [...before, ...quoted.slice(1), ...after].join(' '),
          oneDump ? vocabulary : newVocabulary(),
        );
        for (const quote of quoteNeeds(reply)) {
          expect(heldQuoteIn(cand, quote, cand.stemSet)).toBe(
            containsHeldQuote(padded(cand), quote, cand.stemSet),
          );
        }
      }),
      { numRuns: 500 },
    );
  });
});
