import { PAGE_PARTS } from './page-parts.ts';
import type { PreparedComment } from './prepare-comment.ts';

const FAR_UP =
  'up top|at the top|up-?thread|further up|higher up|way up|earlier|this morning|yesterday';
// "The post office", "the post box": not a post on the page.
const NOT_A_POST = 'office|offices|box|boxes|code|card|master';

// "This comment is false.", "The comment may be extreme…": one comment, the one above.
// "The comment box", "the comment section" are the page, not a comment on it; "your comment up top"
// is one further up.
const ONE_COMMENT = new RegExp(
  `\\b(?:this|the|that|your|above|previous|last) (?:comment|post|commenter|poster|remark|reply)\\b(?!s| (?:${PAGE_PARTS})\\b| (?:${FAR_UP})\\b| (?:${NOT_A_POST})\\b)|\\bthe above\\b`,
  'i',
);

/** Does the comment's opening point at a single earlier comment? */
export function refersToComment(reply: PreparedComment): boolean {
  const first = reply.firstSentence.length > 0 ? reply.firstSentence : reply.opening;
  return ONE_COMMENT.test(first) || /\bOP\b/.test(first);
}
