import type { CueHit } from './cue-hit.ts';
import type { PreparedComment } from './prepare-comment.ts';

/** Is `span` (normalized words) in `text`, whole, or at least by a four-word stretch of it? */
export function containsSpan(text: string, span: string): 'whole' | 'part' | null {
  if (text.includes(` ${span} `)) return 'whole';
  const words = span.split(' ');
  // Quoters trim and bracket ("let the locals handle [it]"), so a four-word stretch is enough.
  for (let i = 0; i + 4 <= words.length; i++) {
    if (text.includes(` ${words.slice(i, i + 4).join(' ')} `)) return 'part';
  }
  return null;
}

/** Does `reply` put words of `candidate` between quotation marks? */
export function quotesEarlier(
  reply: PreparedComment,
  candidate: PreparedComment,
  candidateName: string,
): CueHit | null {
  let best = 0;
  for (const span of reply.quotedSpans) {
    const found = containsSpan(candidate.normText, span);
    if (found === 'whole') best = Math.max(best, 0.9);
    else if (found === 'part') best = Math.max(best, 0.8);
  }
  return best === 0 ? null : { score: best, reason: `quotes ${candidateName}` };
}
