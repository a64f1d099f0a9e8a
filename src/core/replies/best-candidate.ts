import type { ReplyGuess } from '../types.ts';
import { asksAboutRare } from './cues/asks-about-rare.ts';
import { openQuestionAnswered } from './cues/answers-open-question.ts';
import { beforePageRemark } from './cues/before-page-remark.ts';
import { pointsAtFirst } from './cues/points-at-first.ts';
import { preferAddressed } from './cues/prefer-addressed.ts';
import type { PreparedComment } from './cues/prepared-comment.ts';
import type { PreparedDump } from './cues/prepare-dump.ts';
import { mayAnswerBack, mayReachBack, namesAuthor, restatesAt } from './cues/reach-back.ts';
import { ADDRESS_LOOKBACK, QUOTE_LOOKBACK } from './cues/repoint.ts';
import { reachBackTraits, type ReplyTraits } from './cues/reply-traits.ts';
import { goesOnFromNoClaim } from './cues/opens-with-reply-word.ts';
import { mayRestate } from './cues/restates-earlier.ts';
import { scoreCandidate, type Scored } from './cues/score-candidate.ts';
import { youTakesUp } from './cues/you-takes-up.ts';
import { LOOKBACK, type PageThreads } from './page-threads.ts';

/** A guess needs this much combined evidence; below it the comment is top level. */
export const REPLY_THRESHOLD = 0.5;
// A first name in the third person ("Gloria's story is exactly why.", 0.84 before damping) still
// reaches back past new subjects; a bare echo of words does not.
const LOOKBACK_THRESHOLD = 0.77;
const LOOKBACK_DAMPING = 0.92;
/** A quotation within the first words ('People "blowing the stop sign" is…') opens the reply. */
const OPENS_QUOTING = /^\s*(?:[\p{L}'’]+\s+){0,2}["“«„]/u;

const better = (a: Scored | null, b: Scored | null): Scored | null =>
  b !== null && (a === null || b.score > a.score) ? b : a;

export interface BestCandidate {
  /** The best scored earlier comment, before any threshold: null when none scored. */
  readonly best: Scored | null;
  /** Candidates reached past new subjects, which keep their threads: an answer back, words alone. */
  readonly backOnly: number[];
}

/**
 * The comment `reply` (comment `i`) most likely answers, of the current thread (`threads`), the
 * comments it reaches back to past new subjects, and the open questions it may answer; `guesses`
 * and `answered` hold the decisions made so far.
 */
export function bestCandidate(
  dump: PreparedDump,
  guesses: readonly ReplyGuess[],
  answered: Uint8Array,
  threads: PageThreads,
  reply: PreparedComment,
  i: number,
  traits: ReplyTraits,
): BestCandidate {
  const { root, members } = threads;
  let best: Scored | null = null;
  /** The best candidate the reply speaks to by name ("…, Joy."): its "you" is theirs. */
  let addressed: Scored | null = null;
  const consider = (s: Scored | null): void => {
    best = better(best, s);
    const top = s?.hits[0];
    if (top?.points === 'address' && top.score >= 0.9) addressed = better(addressed, s);
  };
  /** Candidates reached past new subjects, which keep their threads: an answer back, words alone. */
  const backOnly: number[] = [];
  if (i > 0) {
    // Nearest first, so that a tie goes to the closer comment.
    for (let k = members.length - 1; k >= 0; k--) {
      const j = members[k] ?? root;
      if (j !== root) consider(scoreCandidate(dump, guesses, i, j, root, traits));
    }
    consider(scoreCandidate(dump, guesses, i, root, root, traits));
    const quiet = reachBackTraits(traits);
    const drawn = best !== null && (best as Scored).score >= REPLY_THRESHOLD;
    // A reply that opens by quoting a comment names it as surely as "What Rose said" does; a
    // quotation further in is as often the article's words, which other comments quote too.
    const opensQuoting = reply.quotedSpans.length > 0 && OPENS_QUOTING.test(reply.opening);
    // "Whoever said …" points at a statement as an opening quotation does, in other words.
    // "Since my name came up: …" points at the comment that named its writer, as far as a quotation.
    const recalls = traits.recalled.size > 0 || traits.named;
    const explicit = traits.address !== null || opensQuoting || recalls;
    const restating = mayRestate(reply);
    /**
     * Only an address, a quotation, the author's name, an opening question on words only the two
     * use, or the answer back to whoever answered this author reach before the thread; far back,
     * only an opening quotation among quotations. Inside the thread, past its window, only an
     * address or the author's name (checked cheaply first: long threads would otherwise read forty
     * more comments per reply).
     */
    const reachable = (j: number): boolean => {
      const asksRare = traits.opensWithQuestion && asksAboutRare(dump, i, j);
      if (!explicit) {
        // Once true, either answers for `mayReachBack` too, which would ask it again.
        if (j > root) return namesAuthor(dump, i, j);
        if (j < root - LOOKBACK) {
          return (restating && restatesAt(dump, i, j)) || namesAuthor(dump, i, j) || asksRare;
        }
      }
      return recalls || asksRare || mayReachBack(dump, i, j, traits.address);
    };
    // Asked of forty to eighty comments per reply: no closure is made per comment.
    const reach = (j: number): void => {
      const back = mayAnswerBack(dump, guesses, i, j, traits.thanks, drawn);
      if (!back && !reachable(j)) return;
      const s = scoreCandidate(dump, guesses, i, j, root, quiet);
      if (s === null || s.score * LOOKBACK_DAMPING < LOOKBACK_THRESHOLD) return;
      consider({ ...s, score: s.score * LOOKBACK_DAMPING });
      if (back && !explicit && !traits.thanks) backOnly.push(j);
    };
    // An opening quotation names its comment however far up: quotations are exact. So is an
    // opening "@Name", which people write to no one else, and "Carol's original point".
    const exact = opensQuoting || recalls || traits.address?.kind === 'at';
    const lookback = exact || pointsAtFirst(reply.opening) ? QUOTE_LOOKBACK : ADDRESS_LOOKBACK;
    // The thread's own comments that fell out of its window, as far back as the reply reaches.
    const oldest = members.find((m) => m !== root) ?? i;
    for (let j = oldest - 1; j > Math.max(root, i - lookback); j--) reach(j);
    for (let j = root - 1; j >= Math.max(0, root - lookback); j--) reach(j);
    // A new subject opened right above does not hide the comment before it: when nothing in the
    // new thread draws the reply, its own words ("Source on the grant?") may still answer that
    // one, as they would right under it. The new subject keeps its thread.
    if (root === i - 1 && i >= 2 && !drawn) {
      // Past a remark on the page the comment before it is the one right above ("Then raise the
      // pay." under a complaint about the site goes on with the comment before that).
      const opened = dump.comments[root];
      const pastPage = !traits.meta && opened?.aboutPage === true;
      // So it is past a question that an opener drawing on a claim cannot go on from ("Will the late
      // show still let teens in?" — "Then explain the kids running through the store in April.").
      const pastQuestion =
        traits.opener && opened !== undefined && goesOnFromNoClaim(reply, opened);
      const s =
        pastPage || pastQuestion
          ? scoreCandidate(dump, guesses, i, i - 2, root, traits, i - 2)
          : scoreCandidate(dump, guesses, i, i - 2, root, quiet);
      if (s !== null) {
        const near = beforePageRemark(dump, root, s, traits.meta, REPLY_THRESHOLD);
        consider({ ...s, score: s.score * (near ? 1 : LOOKBACK_DAMPING) });
      }
      backOnly.push(i - 2);
    } else if (traits.you > 0 && root >= i - 2) {
      // "A permit lottery would have been fine with me too. You're not the problem.": its "you" is
      // the writer whose words it takes up, a few up past a new subject, when nothing since
      // shares any of them. It is read as the comment the reply answers from right under it: the
      // reply above, sharing none of those words, holds no stronger claim on the "you".
      const j = youTakesUp(dump, i, root);
      if (j !== null) {
        const s = scoreCandidate(dump, guesses, i, j, root, traits, j);
        if (s !== null) consider(s);
        backOnly.push(j);
      }
    }
    // A question that opened a subject and is still unanswered waits for its answer while other
    // conversations go on below it (pages written in time order interleave them).
    if (!traits.meta) consider(openQuestionAnswered(dump, guesses, answered, i));
  }
  return { best: preferAddressed(best, addressed), backOnly };
}
