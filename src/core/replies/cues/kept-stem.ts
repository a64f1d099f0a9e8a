import { contentStem } from './rare-words.ts';

/**
 * The stems of the words cues read off replies (quotations, opening questions), kept across replies:
 * quotations of one article repeat its words reply after reply, and stemming them afresh for each
 * was most of what cutting them up cost. Bounded, so endless distinct words cannot grow it.
 */
const stemOf = new Map<string, string>();
const STEMS_KEPT = 1 << 16;

/** `contentStem(word)`, from a cache shared by the cues (a stem depends on the word alone). */
export function keptStem(word: string): string {
  if (stemOf.size >= STEMS_KEPT) stemOf.clear();
  return contentStem(word, stemOf);
}
