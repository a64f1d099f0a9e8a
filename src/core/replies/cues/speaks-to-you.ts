import type { PreparedComment } from './prepare-comment.ts';

// "Respect your opinion", "You mean…", "You're right that…": aimed at one reader.
const TO_A_READER = [
  /\byour (?:opinion|comment|point|post|reasoning|logic|analogy|argument|premise|statement|position|assertion|claim|take|view|math|facts)\b/i,
  /(?:^|[.!?]\s+)you(?:'re|’re| are)? (?:right|wrong|correct|mistaken|confused)\b/i,
  /(?:^|[.!?]\s+)you (?:mean|say|said|think|stated|claim|assume|seem|forget|forgot|missed|have \w+(?: \w+){0,5} confused)\b/i,
];
// Second person that speaks to everyone ("if you believe this", "you guess which is which").
const GENERIC =
  /\b(?:if you|thank you|you know|you guess|you can|you could|you will|you'll|you get|you have to|you see|you name it|what did you expect|believe you me|mind you)\b/gi;
// Speaking to the paper, not to a reader ("You are sighting sources… so that the NYT can…").
const TO_THE_PAPER =
  / (?:nyt|ny times|the times|this article|the article|reporter|reporters|editor|editors|journalist|journalists|the paper) /;

/**
 * How strongly `reply` speaks to one reader in its opening (0 when it does not). Who that reader is
 * the combiner decides: usually the comment right above.
 */
export function speaksToYou(reply: PreparedComment): number {
  const opening = reply.opening.slice(0, 160);
  if (!/\byou/i.test(opening)) return 0;
  if (TO_A_READER[0]?.test(opening) === true) return 0.66;
  if (TO_THE_PAPER.test(reply.normText)) return 0;
  if (TO_A_READER.some((re) => re.test(opening))) return 0.66;
  // A bare "You quote…", "You make it sound…" is aimed at the writer of the piece as often as at
  // the comment above: alone it is no reply, only with another cue.
  const specific = reply.firstSentence.replace(GENERIC, '');
  if (/\b(?:you|your|you're|you’re)\b/i.test(specific)) return 0.35;
  return 0;
}
