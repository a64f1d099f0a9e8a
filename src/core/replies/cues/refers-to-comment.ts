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

// "Is that from the county's page?", "Is that confirmed?", "Where did you read that?": a first
// question asking where what was just said comes from, or whether it holds, asks about the comment
// above. "Source on the grant?" names what it doubts, which may be further up.
const ASKS_SOURCE =
  /^\s*(?:(?:is|was) (?:that|this) (?:from|true|confirmed|official|accurate|legit|for real)\b|where did you (?:hear|read|see|get|find) (?:that|this)\b)[^.!?]*\?/i;

// "This right here.", "Smartest thing anybody has said about the levy.": a verdict on what was just
// said, as the best (or truest) thing said, is passed on the comment above.
const JUST_SAID =
  /^\s*this,? right here\b|\b(?:most \p{L}+|best|smartest|wisest|truest|sanest) (?:thing|comment|point|words) (?:anyone|anybody|someone|somebody|i)(?: has| have|['’]s|['’]ve)?(?: ever)? (?:said|written|posted|read|heard)\b/iu;

/** Does the comment's opening point at a single earlier comment? */
export function refersToComment(reply: PreparedComment): boolean {
  const first = reply.firstSentence.length > 0 ? reply.firstSentence : reply.opening;
  return (
    ONE_COMMENT.test(first) ||
    /\bOP\b/.test(first) ||
    ASKS_SOURCE.test(first) ||
    JUST_SAID.test(first)
  );
}
