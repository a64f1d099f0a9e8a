import type { ArticleMeta, ReplyGuess } from '../types.ts';
import { askedRightAbove } from './cues/asked-right-above.ts';
import { prepareDump } from './cues/prepare-dump.ts';
import type { PreparedComment } from './cues/prepared-comment.ts';
import { quotesArticle } from './cues/quotes-article.ts';
import { quotesUnseen } from './cues/quotes-unseen.ts';
import { ADDRESS_LOOKBACK, repoint } from './cues/repoint.ts';
import { replyTraits } from './cues/reply-traits.ts';
import { speaksToCandidate } from './cues/speaks-to-candidate.ts';
import { bestCandidate, REPLY_THRESHOLD } from './best-candidate.ts';
import { PageThreads } from './page-threads.ts';

export interface FlatCommentInput {
  readonly author: string | null;
  readonly rawLocation: string | null;
  readonly body: string;
}

/** A long comment usually opens its own subject: it needs more than a "you" or an opener. */
const LONG_COMMENT_WORDS = 90;
const LONG_THRESHOLD = 0.6;
/** A comment citing the article starts a subject unless it names or quotes a commenter. */
const ARTICLE_QUOTE_THRESHOLD = 0.85;
/** The marks `quotesUnseen` reads a quotation from. */
const OPENS_A_QUOTE = /["“]/;
/**
 * A comment this far back is seldom a candidate any more (only a thread's root is), so what it built
 * on first use is dropped; if it is reached again, it is rebuilt. Keeping it all ran a 50,000-comment
 * dump to 830 MB.
 */
const SCRATCH_KEPT = 2 * ADDRESS_LOOKBACK;

/** A guess at least this sure closes the question it answers to later answers. */
const SURELY_ANSWERED = 0.6;

/** inferReplies a range at a time: the worker guesses a big dump's parents in slices, between tasks. */
export interface ReplyGuesser {
  /** A guess per comment guessed so far, in page order. */
  readonly guesses: readonly ReplyGuess[];
  /** Guesses comments [from, to); every comment before `from` first (each leans on the ones above). */
  guess(from: number, to: number, onComment?: (index: number) => void): void;
}

export function replyGuesser(
  comments: readonly FlatCommentInput[],
  article: ArticleMeta,
): ReplyGuesser {
  const dump = prepareDump(comments, article);
  const guesses: ReplyGuess[] = [];
  /** 1 for a comment some later comment was found to answer. */
  const answered = new Uint8Array(dump.comments.length);
  const threads = new PageThreads();

  const guessAt = (reply: PreparedComment, i: number): void => {
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
    const candidate = bestCandidate(dump, guesses, answered, threads, reply, i, traits);
    let best = candidate.best;
    let threshold = reply.wordCount >= LONG_COMMENT_WORDS ? LONG_THRESHOLD : REPLY_THRESHOLD;
    if (
      reply.quotedSpans.length > 0 &&
      !askedRightAbove(dump, guesses, i) &&
      !speaksToCandidate(best) &&
      quotesArticle(reply, traits.found, article)
    ) {
      threshold = ARTICLE_QUOTE_THRESHOLD;
    }
    // Tokens and the like serve only while this comment is the reply: dropped at once, they die
    // young instead of piling up as old garbage that no collection visits before the run ends.
    reply.releaseReplyScratch();
    dump.comments[i - SCRATCH_KEPT]?.releaseScratch();
    if (best !== null) best = repoint(dump, guesses, i, best, traits.address);
    if (best === null || best.score < threshold) {
      guesses.push(null);
      threads.startAt(i);
      return;
    }
    // The strongest cue, and the next when it is strong too.
    const [first, second] = best.hits;
    let reason = first?.reason ?? '';
    if (second !== undefined && second.score >= 0.5) reason += `; ${second.reason}`;
    // A guess this weak (a statement under a question, 0.5) leaves the question open for a surer
    // answer further down: one taking up its words still finds it.
    if (best.score >= SURELY_ANSWERED) answered[best.index] = 1;
    guesses.push({
      parentIndex: best.index,
      confidence: Math.min(0.97, Number(best.score.toFixed(2))),
      reason,
    });
    threads.answer(i, best.index, candidate.backOnly);
  };

  return {
    guesses,
    guess(from, to, onComment) {
      for (let i = from; i < to; i += 1) {
        onComment?.(i);
        const reply = dump.comments[i];
        if (reply !== undefined) guessAt(reply, i);
      }
    },
  };
}
