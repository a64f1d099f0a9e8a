import type { CueHit } from './cue-hit.ts';
import type { PreparedComment } from './prepare-comment.ts';
import { containsQuote, quoteNeeds, stretchStep } from './quote-needs.ts';
import { mayHoldOne } from './stem-bit.ts';

/** Is `span` (normalized words) in `text`, whole, or at least by a four-word stretch of it? */
export function containsSpan(text: string, span: string): 'whole' | 'part' | null {
  if (text.includes(` ${span} `)) return 'whole';
  const words = span.split(' ');
  // Quoters trim and bracket ("let the locals handle [it]"), so one four-word stretch is enough.
  // Stretches side by side, at most eight of them: an edit spoils one, and long quotes stay cheap.
  const step = stretchStep(words.length);
  for (let i = 0; i + 4 <= words.length; i += step) {
    if (text.includes(` ${words.slice(i, i + 4).join(' ')} `)) return 'part';
  }
  return null;
}

/**
 * Does `reply` put words of `candidate` between quotation marks? `found` (one flag per quoted span)
 * is set for each span seen, so the caller knows afterwards which quotations no comment contains.
 */
export function quotesEarlier(
  reply: PreparedComment,
  candidate: PreparedComment,
  candidateName: string,
  found: boolean[],
): CueHit | null {
  let best = 0;
  const quotes = quoteNeeds(reply);
  const uses = (s: string): boolean => candidate.stemSet.has(s);
  quotes.forEach((quote, k) => {
    if (reply.citesArticle[k] === true) return;
    // The candidate's stem bits already tell most candidates lack a word of every place looked at.
    if (!mayHoldOne(quote.needBits, candidate.stemBits)) return;
    // No content word of the quotation in the candidate: it cannot hold a four-word stretch of it
    // (unless the stretch is all little words), so the costly text search is skipped.
    const keys = reply.quotedStems[k] ?? [];
    if (keys.length >= quote.wordCount / 4 && !keys.some(uses)) return;
    // Nor can it when each place the search looks holds a word the candidate never writes.
    if (!quote.needs.some((place) => place.every(uses))) return;
    // Both in quotation marks: the two quote a third text (the article), not each other.
    if (candidate.quotedSpans.some((c) => containsQuote(` ${c} `, quote) !== null)) return;
    const match = containsQuote(candidate.normText, quote);
    if (match !== null) found[k] = true;
    if (match === 'whole') best = Math.max(best, 0.9);
    else if (match === 'part') best = Math.max(best, 0.8);
  });
  return best === 0 ? null : { score: best, reason: `quotes ${candidateName}`, points: 'mention' };
}
