import type { CueHit } from './cue-hit.ts';
import { openingQuestion } from './opening-question.ts';
import { lastReplyCache } from './last-reply-cache.ts';
import type { PreparedComment } from './prepare-comment.ts';
import { plainStem } from './plain-stem.ts';
import { mayHoldOne, stemBits } from './stem-bit.ts';
import type { StemLookup } from './stem-pool.ts';
import type { WordRun } from './word-ids.ts';

/** Words in a row a question must repeat: fewer are too often a common phrase ("on the other hand"). */
const RUN = 6;

interface QuestionRuns {
  /** Every run of RUN words of the opening question, padded with a space each side. */
  readonly runs: readonly string[];
  /** The same runs as words to look for in a comment's own (`holdsRun`). */
  readonly wordRuns: readonly WordRun[];
  /** Per run, the content stems a comment repeating it must have among its own stems. */
  readonly needs: readonly (readonly string[])[];
  /** Per run, the `stemBits` of its needs. */
  readonly needBits: readonly number[];
}

const NO_RUNS: QuestionRuns = { runs: [], wordRuns: [], needs: [], needBits: [] };

/**
 * Every run of RUN words of the reply's opening question, or none when it does not open with one;
 * the reply is weighed against up to eighty candidates: its question is split once.
 */
const questionRuns = lastReplyCache((reply): QuestionRuns => {
  const words = openingQuestion(reply);
  let result = NO_RUNS;
  if (words.length >= RUN) {
    const wordStems = words.map(plainStem);
    const runs: string[] = [];
    const wordRuns: WordRun[] = [];
    const needs: string[][] = [];
    for (let k = 0; k + RUN <= words.length; k++) {
      const run = words.slice(k, k + RUN);
      runs.push(` ${run.join(' ')} `);
      wordRuns.push(reply.wordRun(run));
      needs.push(wordStems.slice(k, k + RUN).filter((s) => s !== ''));
    }
    result = { runs, wordRuns, needs, needBits: needs.map(stemBits) };
  }
  return result;
});

/**
 * Whether `restatesEarlier` may find anything for `reply` at all (it opens with a question of six
 * words or more): asked once per reply, it spares most replies a call for each of eighty candidates.
 */
export const mayRestate = (reply: PreparedComment): boolean => questionRuns(reply).runs.length > 0;

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
  const { runs, wordRuns, needs, needBits } = questionRuns(reply);
  // Most replies ask nothing: then the candidate is not read at all (this runs for eighty).
  if (runs.length === 0) return null;
  // Nor are its stems, when their bits already say it lacks a stem of every run.
  if (!mayHoldOne(needBits, candidate.stemBits)) return null;
  // Nor is it for a run one of whose content words the candidate lacks: its stems, marked in the
  // pool, say so cheaply (a set of the stems the two share was built for each candidate).
  const held = candidate.markStems();
  let restated = false;
  for (let k = 0; k < runs.length && !restated; k++) {
    const run = wordRuns[k];
    restated =
      run !== undefined &&
      holdsAll(held, needs[k]) &&
      candidate.holdsRun(run) &&
      !quotesIt(candidate, runs[k] ?? '');
  }
  return restated
    ? {
        score: 0.9,
        reason: `questions ${candidateName}'s claim in its own words`,
        points: 'mention',
      }
    : null;
}

function holdsAll(held: StemLookup, needs: readonly string[] | undefined): boolean {
  for (const stem of needs ?? []) if (!held.has(stem)) return false;
  return true;
}

/** Words the candidate itself puts in quotation marks are a third text's: both repeat it. */
function quotesIt(candidate: PreparedComment, run: string): boolean {
  for (const q of candidate.quotedSpans) if (` ${q} `.includes(run)) return true;
  return false;
}
