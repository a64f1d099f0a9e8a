import type { ArticleMeta, ReplyGuess } from '../types.ts';
import { prepareDump } from './cues/prepare-dump.ts';
import { quotesArticle } from './cues/quotes-article.ts';
import { quotesUnseen } from './cues/quotes-unseen.ts';
import { whichStatement } from './cues/which-statement.ts';
import { answerToMe } from './cues/answer-to-me.ts';
import { preferAddressed } from './cues/prefer-addressed.ts';
import { mayAnswerBack, mayReachBack, namesAuthor, restatesAt } from './cues/reach-back.ts';
import { openQuestionAnswered } from './cues/answers-open-question.ts';
import { youTakesUp } from './cues/you-takes-up.ts';
import { askedRightAbove } from './cues/asked-right-above.ts';
import {
  reachBackTraits,
  replyTraits,
  scoreCandidate,
  type Scored,
} from './cues/score-candidate.ts';

export interface FlatCommentInput {
  readonly author: string | null;
  readonly rawLocation: string | null;
  readonly body: string;
}

/** A guess needs this much combined evidence; below it the comment is top level. */
const REPLY_THRESHOLD = 0.5;
/** A long comment usually opens its own subject: it needs more than a "you" or an opener. */
const LONG_COMMENT_WORDS = 90;
const LONG_THRESHOLD = 0.6;
/** A comment citing the article starts a subject unless it names or quotes a commenter. */
const ARTICLE_QUOTE_THRESHOLD = 0.85;
/** Replies in a thread seen as candidates: the root plus the latest ones (keeps inference linear). */
const THREAD_WINDOW = 15;
/** Comments before the current thread that a strong cue (a name, a quote) may still reach. */
const LOOKBACK = 6;
const LOOKBACK_THRESHOLD = 0.8;
const LOOKBACK_DAMPING = 0.92;
/** An opening that names whom it answers ("What Gordon said.") may reach this much further back. */
const ADDRESS_LOOKBACK = 40;
/** An opening quotation is exact: it may reach twice as far. */
const QUOTE_LOOKBACK = 80;
/** A quotation within the first words ('People "blowing the stop sign" is…') opens the reply. */
const OPENS_QUOTING = /^\s*(?:[\p{L}'’]+\s+){0,2}["“«„]/u;
/** The marks `quotesUnseen` reads a quotation from. */
const OPENS_A_QUOTE = /["“]/;
/** "@Alma you said staff will bring data…": which of her comments is meant, the words tell. */
const POINTS_BACK =
  /\byou (?:said|say|wrote|write|mentioned|mention|claimed|claim|suggested|promised)\b/i;
/** Words that send the reader up the page: "way back up top", "your first comment", "earlier". */
const FAR_UP =
  /\b(?:up top|at the top|way back|way up|further up|higher up|up-?thread|your first comment|your (?:earlier|original) (?:comment|post|point))\b/i;
/**
 * A comment this far back is seldom a candidate any more (only a thread's root is), so what it built
 * on first use is dropped; if it is reached again, it is rebuilt. Keeping it all ran a 50,000-comment
 * dump to 830 MB.
 */
const SCRATCH_KEPT = 2 * ADDRESS_LOOKBACK;

const better = (a: Scored | null, b: Scored | null): Scored | null =>
  b !== null && (a === null || b.score > a.score) ? b : a;

/**
 * Guesses who answers whom in a flat dump, where the page showed each top-level comment followed by
 * its replies but the dump lost the nesting. Candidates are the current thread (since the last
 * top-level comment), scored by the cues people leave; the best above a threshold becomes the
 * parent, otherwise the comment starts a new thread.
 */
export function inferReplies(
  comments: readonly FlatCommentInput[],
  article: ArticleMeta,
): ReplyGuess[] {
  const dump = prepareDump(comments, article);
  const guesses: ReplyGuess[] = [];
  const rootOf: number[] = [];
  /** 1 for a comment some later comment was found to answer. */
  const answered = new Uint8Array(dump.comments.length);
  /** The current thread's latest comments (its root is `rootOf[i - 1]`). */
  let members: number[] = [];
  /** The top-level comment of the thread the page is showing at comment i. */
  let root = 0;

  dump.comments.forEach((reply, i) => {
    let traits = replyTraits(reply, dump.vocabulary.stemOf);
    if (
      traits.you > 0 &&
      // Most replies quote nothing: no list of forty earlier comments to cut for them.
      OPENS_A_QUOTE.test(reply.body) &&
      quotesUnseen(reply, dump.comments.slice(Math.max(0, i - ADDRESS_LOOKBACK), i))
    ) {
      // "You say the museum "agreed"…": words no commenter wrote are the article's, and so is "you".
      traits = { ...traits, you: 0 };
    }
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
      const recalls = traits.recalled.size > 0;
      const explicit = traits.address !== null || opensQuoting || recalls;
      const reach = (j: number): void => {
        // Only an address, a quotation, the author's name or the answer back to whoever answered
        // this author reach before the thread; far back, only an opening quotation among quotations.
        // Inside the thread, past its window, only an address or the author's name (checked cheaply
        // first: long threads would otherwise read forty more comments per reply).
        const back = mayAnswerBack(dump, guesses, i, j, traits.thanks, drawn);
        if (j > root && !explicit && !back && !namesAuthor(dump, i, j)) return;
        const far = j < root - LOOKBACK;
        if (far && !explicit && !back && !restatesAt(dump, i, j) && !namesAuthor(dump, i, j)) {
          return;
        }
        if (!back && !recalls && !mayReachBack(dump, i, j, traits.address)) return;
        const s = scoreCandidate(dump, guesses, i, j, root, quiet);
        if (s === null || s.score * LOOKBACK_DAMPING < LOOKBACK_THRESHOLD) return;
        consider({ ...s, score: s.score * LOOKBACK_DAMPING });
        if (back && !explicit && !traits.thanks) backOnly.push(j);
      };
      // An opening quotation names its comment however far up: quotations are exact. So is an
      // opening "@Name", which people write to no one else.
      const exact = opensQuoting || recalls || traits.address?.kind === 'at';
      const lookback = exact ? QUOTE_LOOKBACK : ADDRESS_LOOKBACK;
      // The thread's own comments that fell out of its window, as far back as the reply reaches.
      const oldest = members.find((m) => m !== root) ?? i;
      for (let j = oldest - 1; j > Math.max(root, i - lookback); j--) reach(j);
      for (let j = root - 1; j >= Math.max(0, root - lookback); j--) reach(j);
      // A new subject opened right above does not hide the comment before it: when nothing in the
      // new thread draws the reply, its own words ("Source on the grant?") may still answer that
      // one, as they would right under it. The new subject keeps its thread.
      if (root === i - 1 && i >= 2 && !drawn) {
        const s = scoreCandidate(dump, guesses, i, i - 2, root, quiet);
        if (s !== null) consider({ ...s, score: s.score * LOOKBACK_DAMPING });
        backOnly.push(i - 2);
      } else if (traits.you > 0 && root >= i - 2) {
        // "A permit lottery would have been fine with me too. You're not the problem.": its "you" is
        // the writer whose words it takes up, a few up past a new subject, when nothing since
        // shares any of them.
        const j = youTakesUp(dump, i, root);
        if (j !== null) {
          const s = scoreCandidate(dump, guesses, i, j, root, traits);
          if (s !== null) consider(s);
          backOnly.push(j);
        }
      }
      // A question that opened a subject and is still unanswered waits for its answer while other
      // conversations go on below it (pages written in time order interleave them).
      if (!traits.meta) consider(openQuestionAnswered(dump, guesses, answered, i));
    }
    best = preferAddressed(best, addressed);
    let threshold = reply.wordCount >= LONG_COMMENT_WORDS ? LONG_THRESHOLD : REPLY_THRESHOLD;
    if (
      reply.quotedSpans.length > 0 &&
      !askedRightAbove(dump, guesses, i) &&
      quotesArticle(reply, traits.found, article)
    ) {
      threshold = ARTICLE_QUOTE_THRESHOLD;
    }
    const pointsBack = POINTS_BACK.test(reply.opening.slice(0, 160));
    // Tokens and the like serve only while this comment is the reply: dropped at once, they die
    // young instead of piling up as old garbage that no collection visits before the run ends.
    reply.releaseReplyScratch();
    dump.comments[i - SCRATCH_KEPT]?.releaseScratch();
    const kind = traits.address?.kind;
    // "Grant, way back up top you said…": which of their comments is meant may sit further up.
    const from =
      i - (best !== null && FAR_UP.test(reply.opening) ? QUOTE_LOOKBACK : ADDRESS_LOOKBACK);
    if (best !== null && (kind === 'what-said' || kind === 'agree-with' || pointsBack)) {
      best = { ...best, index: whichStatement(dump, i, best.index, from) };
    } else if (best !== null && best.hits[0]?.points === 'address') {
      // Spoken to by name, a commenter is answered on whichever of their comments the words take
      // up, however far up the page ("ems_guy_44, the overnight falls are my mother", his first
      // comment on overnight falls): a name reaches as far as a quotation does.
      best = { ...best, index: answerToMe(dump, guesses, i, best.index, i - QUOTE_LOOKBACK) };
    }
    if (best === null || best.score < threshold) {
      guesses.push(null);
      rootOf.push(i);
      members = [i];
      root = i;
      return;
    }
    const reason = best.hits
      .slice(0, 2)
      .filter((h, k) => k === 0 || h.score >= 0.5)
      .map((h) => h.reason)
      .join('; ');
    answered[best.index] = 1;
    guesses.push({
      parentIndex: best.index,
      confidence: Math.min(0.97, Number(best.score.toFixed(2))),
      reason,
    });
    const parentRoot = rootOf[best.index] ?? best.index;
    rootOf.push(parentRoot);
    const resumes = best.index >= root - LOOKBACK || activeBefore(parentRoot);
    if (parentRoot !== root && resumes && !backOnly.includes(best.index)) {
      // Only the comments since the thread was last seen join it; older ones keep their threads.
      rethread(Math.max(best.index, root - LOOKBACK - 1), parentRoot, i);
      root = parentRoot;
    } else {
      // Past LOOKBACK only a name, an address or a quotation reaches: the comment answers an old one
      // out of place, and the threads between stay as they were. It stays a candidate where it
      // stands, for whoever answers it next.
      members.push(i);
      if (members.length > 2 * THREAD_WINDOW) members = members.slice(-THREAD_WINDOW);
    }
  });

  /**
   * Was thread `threadRoot` still going in the LOOKBACK comments before the current thread began?
   * A reply to its old root ("What Dr. Mensah said", Mensah's first comment) then rejoins a
   * conversation the page was just showing, however far back the comment it echoes sits.
   */
  function activeBefore(threadRoot: number): boolean {
    for (let k = root - 1; k >= Math.max(0, root - LOOKBACK); k--) {
      if (rootOf[k] === threadRoot) return true;
    }
    return false;
  }

  /**
   * A reply reaching back past top-level guesses reopens the older thread for the replies after it.
   * The comments in between stay top level: in a page that kept threads whole they would belong to
   * it, but in a dump written in time order they are new subjects, and nothing in them says which.
   */
  function rethread(after: number, threadRoot: number, i: number): void {
    for (let k = after + 1; k < i; k++) rootOf[k] = threadRoot;
    members = [threadRoot];
    for (let k = Math.max(threadRoot + 1, i - THREAD_WINDOW); k <= i; k++) members.push(k);
  }

  return guesses;
}
