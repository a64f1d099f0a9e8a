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
  const text = candidate.normText;
  // Words the candidate itself puts in quotation marks are a third text's: both repeat it.
  const quoted = candidate.quotedSpans.map((q) => ` ${q} `);
  return questionRuns(reply).some(
    (run) => text.includes(run) && !quoted.some((q) => q.includes(run)),
  )
    ? { score: 0.9, reason: `questions ${candidateName}'s claim in its own words` }
    : null;
}
