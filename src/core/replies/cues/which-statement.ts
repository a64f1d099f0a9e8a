import { opensToAnother } from './opens-to-another.ts';
import type { PreparedDump } from './prepare-dump.ts';
import { aboutPhrase, aboutSubject } from './about-subject.ts';
import type { PreparedComment } from './prepare-comment.ts';
import { contentStem } from './rare-words.ts';
import { normalizeWords } from './scan-words.ts';

/**
 * "What Tanisha said about the air monitor": the one comment of hers, from `from` on, that writes
 * that phrase, or null when none or several do.
 */
function namesPhrase(dump: PreparedDump, i: number, author: string, from: number): number | null {
  const reply = dump.comments[i];
  const phrase = aboutPhrase(reply?.opening ?? '');
  if (reply === undefined || phrase === null) return null;
  const run = reply.wordRun(phrase.split(' '));
  let found: number | null = null;
  for (let j = i - 1; j >= Math.max(0, from); j--) {
    const cand = dump.comments[j];
    if (cand?.authorKey !== author || !cand.holdsRun(run)) continue;
    if (found !== null) return null;
    found = j;
  }
  return found;
}

// "Agree with Lise: B dock one season, C dock the next.", "Same as Dr. Baptiste, I'm skeptical
// too.", "K. M., you say nobody told you about 2009": the words after the colon, the agreement or
// the "you say" are those of the comment meant. The agreement's clause stays in its sentence ("Agree
// with Kevin. Move the road, …" echoes nothing), though the period of an initial or a title ("Dr.") is no sentence's end.
const ECHOED_CLAUSE =
  /^[^:.!?]{1,40}:\s*([^.!?;]+)|^(?:i\s+)?(?:agree|agreed|same as|same with)\b(?:[^,:!?.]|(?<=\b(?:[a-z]|dr|mr|mrs|ms|prof|rev|sgt|capt|jr|sr))\.){1,40},\s*([^.!?;]+)|\byou (?:said|say|wrote|claim|claimed|keep saying) (?:that )?([^.!?;]+)/iu;

/** The first ten words of the clause a reply echoes, or none. */
function echoedWords(opening: string): string[] {
  const m = ECHOED_CLAUSE.exec(opening);
  const clause = m?.[1] ?? m?.[2] ?? m?.[3];
  if (clause === undefined) return [];
  return normalizeWords(clause)
    .split(' ')
    .filter((w) => w !== '')
    .slice(0, 10);
}

/** Among the author's comments from `from` on, the only one counting most (above `least`), or null. */
function uniqueMost(
  dump: PreparedDump,
  i: number,
  author: string,
  from: number,
  least: number,
  count: (cand: PreparedComment) => number,
): number | null {
  let found: number | null = null;
  let most = least;
  let tied = false;
  for (let j = i - 1; j >= Math.max(0, from); j--) {
    const cand = dump.comments[j];
    if (cand?.authorKey !== author) continue;
    const n = count(cand);
    if (n > most) [found, most, tied] = [j, n, false];
    else if (n === most) tied = true;
  }
  return tied ? null : found;
}

/**
 * Among the author's comments from `from` on, the one holding the most of the echoed clause's word
 * pairs (two or more); failing that, of its content words ("I'm skeptical too" has one pair only).
 */
function echoedComment(dump: PreparedDump, i: number, author: string, from: number): number | null {
  const reply = dump.comments[i];
  const words = echoedWords(reply?.opening ?? '');
  if (reply === undefined || words.length < 3) return null;
  // Looked for as word ids: the author's comments need no normalized text built.
  const pairs = words.slice(1).map((w, k) => reply.wordRun([words[k] ?? '', w]));
  const byPairs = uniqueMost(dump, i, author, from, 1, (c) =>
    pairs.reduce((n, p) => n + (c.holdsRun(p) ? 1 : 0), 0),
  );
  if (byPairs !== null) return byPairs;
  const stems = words.map((w) => contentStem(w, dump.vocabulary.stemOf)).filter((s) => s !== '');
  return uniqueMost(dump, i, author, from, 0, (c) =>
    stems.reduce((n, s) => n + (c.stemSet.has(s) ? 1 : 0), 0),
  );
}

export interface Overlap {
  /** Content stems of the reply the comment also uses. */
  readonly words: number;
  /** Of those, the stems of the subject the reply names ("… said about the lentil patty"). */
  readonly about: number;
}

export function overlap(
  dump: PreparedDump,
  i: number,
  j: number,
  about: ReadonlySet<string>,
): Overlap {
  const reply = dump.comments[i];
  const cand = dump.comments[j];
  if (reply === undefined || cand === undefined) return { words: 0, about: 0 };
  let words = 0;
  let named = 0;
  // Marked in the pool: no set of the stems of each comment weighed is built.
  const held = cand.markStems();
  for (const stem of reply.stems) {
    if (!held.has(stem)) continue;
    words += 1;
    if (about.has(stem)) named += 1;
  }
  return { words, about: named };
}

/**
 * "What Dr. Demir said earlier about the range costs": the name says whose comment is echoed, the
 * words say which one. Among the comments of `chosen`'s author from `from` on, the one sharing the
 * most content words with reply `i`: `chosen` (the best-scored) unless another shares strictly more.
 * When two share as many words, a point the author made to the page beats one they addressed to
 * another commenter ("Pat, it's in the heat report"): a third reader who echoes the author is
 * echoing the claim, not the answer given to someone else. Between two alike, the one with more of
 * the subject the reply names ("about the lentil patty").
 */
export function whichStatement(
  dump: PreparedDump,
  i: number,
  chosen: number,
  from: number,
): number {
  const author = dump.comments[chosen]?.authorKey ?? null;
  if (author === null) return chosen;
  const named = namesPhrase(dump, i, author, from) ?? echoedComment(dump, i, author, from);
  if (named !== null) return named;
  const about = aboutSubject(dump.comments[i]?.opening ?? '', dump.vocabulary.stemOf);
  let best = chosen;
  let most = overlap(dump, i, chosen, about);
  let bestToAnother: boolean | null = null;
  const toAnother = (j: number): boolean => opensToAnother(dump, j, from);
  for (let j = i - 1; j >= Math.max(0, from); j--) {
    if (j === chosen || dump.comments[j]?.authorKey !== author) continue;
    const n = overlap(dump, i, j, about);
    if (n.words < most.words || n.words === 0) continue;
    if (n.words === most.words) {
      // Read lazily: only a tie on shared words asks whom the comments were written to.
      bestToAnother ??= toAnother(best);
      const jToAnother = toAnother(j);
      if (bestToAnother === jToAnother ? n.about <= most.about : !bestToAnother) continue;
    }
    best = j;
    most = n;
    bestToAnother = null;
  }
  return best;
}
