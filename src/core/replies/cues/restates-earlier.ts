import type { CueHit } from './cue-hit.ts';
import { openingQuestion } from './opening-question.ts';
import { lastReplyCache } from './last-reply-cache.ts';
import type { PreparedComment } from './prepare-comment.ts';
import { plainStem } from './plain-stem.ts';
import { mayHoldOne, stemBits } from './stem-bit.ts';

/** Words in a row a question must repeat: fewer are too often a common phrase ("on the other hand"). */
const RUN = 6;

interface QuestionRuns {
  /** Every run of RUN words of the opening question, padded with a space each side. */
  readonly runs: readonly string[];
  /** Per run, the content stems a comment repeating it must have among its own stems. */
  readonly needs: readonly (readonly string[])[];
  /** Per run, the `stemBits` of its needs. */
  readonly needBits: readonly number[];
  /** All those stems. */
  readonly stems: ReadonlySet<string>;
  /** Their ids in the reply's pool, when every one is among the reply's own stems; else null. */
  readonly ids: ReadonlySet<number> | null;
}

const NO_RUNS: QuestionRuns = { runs: [], needs: [], needBits: [], stems: new Set(), ids: null };

/**
 * The pool ids of `stems`, read off the reply's own stems (its question is its own words), or null
 * when one is not among them (a word cut where the first sentence is cut).
 */
function idsOf(reply: PreparedComment, stems: ReadonlySet<string>): Set<number> | null {
  const ids = new Set<number>();
  for (let k = 0; k < reply.distinctStems; k++) {
    if (stems.has(reply.stemAt(k))) ids.add(reply.stemIdAt(k));
  }
  return ids.size === stems.size ? ids : null;
}

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
    const needs: string[][] = [];
    for (let k = 0; k + RUN <= words.length; k++) {
      runs.push(` ${words.slice(k, k + RUN).join(' ')} `);
      needs.push(wordStems.slice(k, k + RUN).filter((s) => s !== ''));
    }
    const stems = new Set(wordStems.filter((s) => s !== ''));
    result = { runs, needs, needBits: needs.map(stemBits), stems, ids: idsOf(reply, stems) };
  }
  return result;
});

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
  const { runs, needs, needBits, stems, ids } = questionRuns(reply);
  // Most replies ask nothing: then the candidate's text is not read at all (it may have to be
  // rebuilt: scratch is released once a comment is done, and this runs for eighty candidates).
  if (runs.length === 0) return null;
  // Nor are its stems, when their bits already say it lacks a stem of every run.
  if (!mayHoldOne(needBits, candidate.stemBits)) return null;
  // Nor is it when the candidate lacks a content word of every run: its stems say so cheaply.
  let shared: Set<string> | null = null;
  // By index: the list of stems would be built again for each candidate whose scratch was released.
  // By id where the two share a pool: a number is looked up, not a string fetched and hashed, for
  // each stem of up to eighty candidates.
  if (ids !== null && candidate.stemPool === reply.stemPool) {
    for (let k = 0; k < candidate.distinctStems; k++) {
      if (ids.has(candidate.stemIdAt(k))) (shared ??= new Set()).add(candidate.stemAt(k));
    }
  } else {
    for (let k = 0; k < candidate.distinctStems; k++) {
      const s = candidate.stemAt(k);
      if (stems.has(s)) (shared ??= new Set()).add(s);
    }
  }
  const mayHold = (k: number): boolean => (needs[k] ?? []).every((s) => shared?.has(s) === true);
  // Words the candidate itself puts in quotation marks are a third text's: both repeat it.
  const quotesIt = (run: string) => candidate.quotedSpans.some((q) => ` ${q} `.includes(run));
  return runs.some((run, k) => mayHold(k) && candidate.normText.includes(run) && !quotesIt(run))
    ? {
        score: 0.9,
        reason: `questions ${candidateName}'s claim in its own words`,
        points: 'mention',
      }
    : null;
}
