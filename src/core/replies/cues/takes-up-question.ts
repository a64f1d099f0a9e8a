import type { PreparedComment } from './prepare-comment.ts';

// A question asking for a fact ("Does the district…", "Which schools…"), not a challenge ("You
// think…?", "Why would…?").
const ASKS_FACT =
  /(?:^|[.!?:]\s+)((?:does|do|did|is|are|was|were|will|can|has|have|how|what|when|where|which|who)\b[^.!?]*)\?/giu;

/** Content words of `reply` found in a question asking for a fact in `candidate`. */
export function takesUpQuestion(reply: PreparedComment, candidate: PreparedComment): number {
  let asked = '';
  for (const m of candidate.body.matchAll(ASKS_FACT)) asked += ` ${m[1] ?? ''}`;
  // "What would make this okay for you? Fencing, gates, closing it during planting?": the questions
  // after one asking for a fact spell out what it asks.
  if (asked !== '') for (const m of candidate.body.matchAll(LISTED)) asked += ` ${m[1] ?? ''}`;
  return takesUp(reply, asked);
}
// A short question (sixty characters at most) right after another ("…? Fencing, gates? Dusk?").
const LISTED = /(?<=\?)\s+([^.!?]{1,60})\?/gu;

/** Content words of `reply` found in `asked`. */
export function takesUp(reply: PreparedComment, asked: string): number {
  if (asked === '') return 0;
  // A stem is a word's start ("school" for "schools"): a question word starting with it takes it up.
  const words = [...new Set(asked.toLowerCase().split(/[^\p{L}\p{N}'’]+/u))];
  let n = 0;
  for (const stem of reply.stems) if (words.some((w) => w.startsWith(stem))) n += 1;
  // "Hours stay 6 to 6…": an answer opening on the question's own noun, capitalised as the first
  // word (and so read as a possible name, not a content stem).
  const lead = reply.firstWord.slice(0, LEAD_STEM);
  if (n === 0 && lead.length === LEAD_STEM && words.some((w) => w.startsWith(lead))) n = 1;
  return n;
}
const LEAD_STEM = 4;
