import { lastReplyCache } from './last-reply-cache.ts';
import type { PreparedComment } from './prepare-comment.ts';
import { plainStem } from './plain-stem.ts';
import { stemBits } from './stem-bit.ts';
import type { StemLookup } from './stem-pool.ts';
import type { WordRun } from './word-ids.ts';

/** The four-word stretches `containsSpan` tries start this many words apart (at most eight). */
export const stretchStep = (words: number): number => Math.max(4, Math.ceil((words - 3) / 8));

/** One quotation of a reply, cut up once for the tens of candidates it is looked for in. */
export interface QuoteSearch {
  readonly wordCount: number;
  /** The span padded with a space each side, as `containsSpan` looks for it whole. */
  readonly whole: string;
  /** The padded four-word stretches `containsSpan` tries, in its order. */
  readonly stretches: readonly string[];
  /** `whole` and `stretches` as words to look for in a comment's own (`heldQuoteIn`). */
  readonly wholeRun: WordRun;
  readonly stretchRuns: readonly WordRun[];
  /**
   * One list of stems per place `containsSpan` looks (the whole span under four words, else each
   * stretch): a comment lacking a stem of every list cannot hold the quotation.
   */
  readonly needs: readonly (readonly string[])[];
  /** Per place, the `stemBits` of its needs. */
  readonly needBits: readonly number[];
}

/**
 * Each quotation of `reply` ready to be looked for: a reply quoting the article is weighed against
 * tens of candidates sharing its subject words, and splitting the quotation again and reading each
 * one's whole text was most of the time on such dumps.
 */
export const quoteNeeds = lastReplyCache((reply: PreparedComment): readonly QuoteSearch[] => {
  return reply.quotedSpans.map((span): QuoteSearch => {
    const words = span.split(' ');
    const stems = words.map(plainStem);
    const of = (from: number, to: number): string[] =>
      stems.slice(from, to).filter((s) => s !== '');
    const stretches: string[] = [];
    const stretchRuns: WordRun[] = [];
    const needs: string[][] = words.length < 4 ? [of(0, words.length)] : [];
    const step = stretchStep(words.length);
    for (let i = 0; i + 4 <= words.length; i += step) {
      const stretch = words.slice(i, i + 4);
      stretches.push(` ${stretch.join(' ')} `);
      stretchRuns.push(reply.wordRun(stretch));
      needs.push(of(i, i + 4));
    }
    return {
      wordCount: words.length,
      whole: ` ${span} `,
      stretches,
      wholeRun: reply.wordRun(words),
      stretchRuns,
      needs,
      needBits: needs.map(stemBits),
    };
  });
});

/** `containsSpan` for a quotation already cut up. */
export function containsQuote(text: string, quote: QuoteSearch): 'whole' | 'part' | null {
  if (text.includes(quote.whole)) return 'whole';
  return quote.stretches.some((s) => text.includes(s)) ? 'part' : null;
}

/**
 * `containsQuote(text, quote)` for the text of a comment whose stems are `stems`: a place one of
 * whose needed stems the comment lacks cannot be in its text, and is not searched (the whole span
 * holds the first place). Quotations of the article share its subject words with tens of
 * candidates, and most places of them are told absent this way.
 */
export function containsHeldQuote(
  text: string,
  quote: QuoteSearch,
  stems: StemLookup,
): 'whole' | 'part' | null {
  return findHeld(quote.whole, quote.stretches, quote, stems, (s) => text.includes(s));
}

/**
 * `containsHeldQuote` for a comment's own words, told its `stems`: compared as word ids, without
 * building its normalized text.
 */
export function heldQuoteIn(
  comment: PreparedComment,
  quote: QuoteSearch,
  stems: StemLookup,
): 'whole' | 'part' | null {
  return findHeld(quote.wholeRun, quote.stretchRuns, quote, stems, (r) => comment.holdsRun(r));
}

/** The whole span, else a stretch, that `holds` finds where the stems allow it to be. */
function findHeld<T>(
  whole: T,
  stretches: readonly T[],
  quote: QuoteSearch,
  stems: StemLookup,
  holds: (place: T) => boolean,
): 'whole' | 'part' | null {
  if (holdsAll(stems, quote.needs[0]) && holds(whole)) return 'whole';
  // Under four words the span has no stretches; from four, place k is stretch k.
  for (let k = 0; k < stretches.length; k++) {
    const stretch = stretches[k];
    if (stretch !== undefined && holdsAll(stems, quote.needs[k]) && holds(stretch)) return 'part';
  }
  return null;
}

function holdsAll(stems: StemLookup, needs: readonly string[] | undefined): boolean {
  for (const stem of needs ?? []) if (!stems.has(stem)) return false;
  return true;
}
