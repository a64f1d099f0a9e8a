import { saysNamed } from './answers-naming.ts';
import { openingAddress, type OpeningAddress } from './opening-address.ts';
import { opensWithReplyWord } from './opens-with-reply-word.ts';
import { opensWithThanks } from './opens-with-thanks.ts';
import type { PreparedComment } from './prepare-comment.ts';
import { recalledStems } from './recalls-statement.ts';
import { refersToComment } from './refers-to-comment.ts';
import { shortReaction } from './short-reaction.ts';
import { speaksToYou } from './speaks-to-you.ts';

/** The cues that only look at the reply itself, read once per reply. */
export interface ReplyTraits {
  /** About the comment section ("This thread has more engineers…"): its words echo no one. */
  readonly meta: boolean;
  readonly you: number;
  readonly short: boolean;
  readonly opener: boolean;
  readonly refers: boolean;
  /** Opens with thanks: aimed at whoever answered this author, even a while back. */
  readonly thanks: boolean;
  /** "Since my name came up: …": answers whichever comment named its writer. */
  readonly named: boolean;
  readonly opensWithQuestion: boolean;
  /** "@Lisa", "Tom:", "J. R.,", "What Gordon said": the opening names whom it answers. */
  readonly address: OpeningAddress | null;
  /** One flag per quoted span: set once some candidate is found to contain it. */
  readonly found: boolean[];
  /** "Whoever said the seats went to the high school": the stems of the statement recalled. */
  readonly recalled: ReadonlySet<string>;
}

export function replyTraits(reply: PreparedComment, stemOf: Map<string, string>): ReplyTraits {
  // Talk about the comment section is addressed to the page: only a name or a quote makes it a reply.
  // Thanks are addressed to whoever answered: "Thank you, that's reassuring. I'd rather not learn it
  // in a comment section." names the page in passing.
  const thanks = opensWithThanks(reply);
  const meta = reply.aboutPage && !thanks;
  return {
    meta,
    you: meta ? 0 : speaksToYou(reply),
    short: !meta && shortReaction(reply),
    opener: !meta && opensWithReplyWord(reply),
    refers: !meta && refersToComment(reply),
    thanks,
    named: saysNamed(reply),
    address: openingAddress(reply.opening),
    opensWithQuestion: reply.firstSentence.trimEnd().endsWith('?'),
    found: reply.quotedSpans.map(() => false),
    recalled: recalledStems(reply.opening, stemOf),
  };
}

/** Traits for a candidate outside the current thread: only what names or quotes a comment counts. */
export const reachBackTraits = (t: ReplyTraits): ReplyTraits => ({
  ...t,
  you: 0,
  short: false,
  opener: false,
  refers: false,
});
