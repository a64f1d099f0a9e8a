import type { highlightRanges } from '../../core/search/highlight-ranges.ts';

let ranges: typeof highlightRanges | null = null;

/**
 * Loads the marking of search terms, with the first search's answer: the terms to mark come only
 * with an answer, so it is there before anything is marked, and the first view (held to a byte
 * budget) does without it.
 */
export async function loadHighlighter(): Promise<void> {
  ranges ??= (await import('../../core/search/highlight-ranges.ts')).highlightRanges;
}

/** highlightRanges once loadHighlighter has loaded it, else null. */
export const highlighter = (): typeof highlightRanges | null => ranges;
