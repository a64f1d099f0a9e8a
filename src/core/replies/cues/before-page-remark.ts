import type { PreparedDump } from './prepare-dump.ts';
import type { Scored } from './score-candidate.ts';

/**
 * Is `s`, the comment just before the new thread `root`, drawn on by a reply past a remark about the
 * page? Such a remark is no subject the talk moved on to ("Why does every story go behind the
 * paywall?"), so the comment before it, drawing the reply by its words alone ("…not walking four
 * blocks"), is as near as the one right above, when it draws the reply on its own (`draws`: the
 * score inferReplies asks of a guess). A name is weighed with the rest of its writer's comments, as
 * ever; a reply about the page itself is no such reply.
 */
export function beforePageRemark(
  dump: PreparedDump,
  root: number,
  s: Scored,
  replyAboutPage: boolean,
  draws: number,
): boolean {
  if (replyAboutPage || dump.comments[root]?.aboutPage !== true) return false;
  return s.score >= draws && s.hits[0]?.points === undefined;
}
