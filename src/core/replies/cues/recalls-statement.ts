import type { CueHit } from './cue-hit.ts';
import type { PreparedComment } from './prepare-comment.ts';
import { contentStem } from './rare-words.ts';

// "Whoever said it takes meat and bones — that settles it", "Someone above mentioned the seats went
// to the high school", "Whoever suggested emailing the clerk, here's the address": the reply names no
// one, but the words after "said" are the point it answers.
const RECALLS =
  /^(?:whoever|someone|somebody|the (?:person|one|guy|lady|poster|commenter) who)(?: (?:above|earlier|upthread|up thread|here|else))? (?:said|says|mentioned|wrote|posted|pointed out|asked about|suggested|brought up|recommended)(?: that)?\b([^.!?;:—–]+?)(?=,\s*(?:here|there|this|that|it|i|you|we|they|he|she)\b|[.!?;:—–]|$)/iu;

// "Thank you for the tip about what the next town did", "Thanks for the fish passage number",
// "Thanks for explaining the difference between the two figures": thanks that say what for recall
// the comment that said it, whoever answered the thanker before.
const THANKS_FOR =
  /^(?:thanks|thank you|many thanks)(?:,? [\p{L}.]+)?,? for (?:(?:the|that|this|your)\b|(?:explaining|pointing out|mentioning|clarifying)(?: that)?\b)([^.!?;:—–]+)/iu;
/** Thanks name what they are for in few words: one word ("Thanks for explaining, Ann") names no one. */
const THANKED_STEMS = 2;
// What any answer is, as content stems ("Thanks for the quick reply"): no word of the statement
// thanked for.
const ACTS = new Set(
  (
    'tips info information answer reply repli respons explanation link updat note advic ' +
    'suggestion quick detail thorough helpful clear'
  ).split(' '),
);

const NONE: ReadonlySet<string> = new Set();

/** The content stems of the statement a reply recalls without naming its writer (none when it does not). */
export function recalledStems(opening: string, stemOf: Map<string, string>): ReadonlySet<string> {
  const recalled = RECALLS.exec(opening)?.[1];
  const thanked = recalled === undefined ? THANKS_FOR.exec(opening)?.[1] : undefined;
  const clause = recalled ?? thanked;
  if (clause === undefined) return NONE;
  const stems = new Set<string>();
  for (const word of clause.toLowerCase().split(/[^\p{L}\p{N}'’]+/u)) {
    const stem = contentStem(word, stemOf);
    if (stem !== '' && (thanked === undefined || !ACTS.has(stem))) stems.add(stem);
  }
  return thanked !== undefined && stems.size < THANKED_STEMS ? NONE : stems;
}

/**
 * Does `cand` make the recalled statement: two of its content words (all, when it has fewer)? The
 * more of them it holds, the surer: the comment holding most of them wins.
 */
export function recallsStatement(
  recalled: ReadonlySet<string>,
  cand: PreparedComment,
  name: string,
): CueHit | null {
  if (recalled.size === 0) return null;
  let shared = 0;
  for (const stem of recalled) if (cand.stemSet.has(stem)) shared += 1;
  if (shared < Math.min(2, recalled.size)) return null;
  return {
    score: 0.6 + 0.3 * (shared / recalled.size),
    reason: `recalls what ${name} said`,
    points: 'mention',
  };
}
