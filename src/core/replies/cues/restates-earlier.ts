import type { CueHit } from './cue-hit.ts';
import { openingQuestion } from './opening-question.ts';
import type { PreparedComment } from './prepare-comment.ts';

/** Words in a row a question must repeat: fewer are too often a common phrase ("on the other hand"). */
const RUN = 6;

// The reply is weighed against up to forty candidates: split its question once.
const runsCache = new WeakMap<PreparedComment, readonly string[]>();

/** Every run of RUN words of the reply's opening question, or none when it does not open with one. */
function questionRuns(reply: PreparedComment): readonly string[] {
  const cached = runsCache.get(reply);
  if (cached !== undefined) return cached;
  const words = openingQuestion(reply);
  const runs: string[] = [];
  for (let k = 0; k + RUN <= words.length; k++) runs.push(` ${words.slice(k, k + RUN).join(' ')} `);
  runsCache.set(reply, runs);
  return runs;
}

/**
 * "A missionary held the only medicine on the island? Source?": an opening question that repeats
 * six words of an earlier comment in a row quotes it without the quotation marks, and may reach as
 * far back as a quotation does.
 */
export function restatesEarlier(
  reply: PreparedComment,
  candidate: PreparedComment,
  candidateName: string,
): CueHit | null {
  const runs = questionRuns(reply);
  // Most replies ask nothing: then the candidate's text is not read at all (it may have to be
  // rebuilt: scratch is released once a comment is done, and this runs for forty candidates).
  if (runs.length === 0) return null;
  const text = candidate.normText;
  // Words the candidate itself puts in quotation marks are a third text's: both repeat it.
  const quotesIt = (run: string) => candidate.quotedSpans.some((q) => ` ${q} `.includes(run));
  return runs.some((run) => text.includes(run) && !quotesIt(run))
    ? {
        score: 0.9,
        reason: `questions ${candidateName}'s claim in its own words`,
        points: 'mention',
      }
    : null;
}
