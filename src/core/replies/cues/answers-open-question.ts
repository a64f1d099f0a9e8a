import { asksFirstThenReason, CHALLENGE } from './answers-question.ts';
import { ANSWER_OPENER } from './first-sentence-of.ts';
import { takesUpQuestion } from './takes-up-question.ts';
import type { ReplyGuess } from '../../types.ts';
import { opensOwnVoice } from './opens-own-voice.ts';
import type { CueHit } from './cue-hit.ts';
import { givesBackDoer } from './gives-back-doer.ts';
import { givesReason } from './gives-reason.ts';
import type { PreparedComment } from './prepare-comment.ts';
import type { PreparedDump } from './prepare-dump.ts';
import { sharesRare } from './reach-back.ts';
import type { Scored } from './score-candidate.ts';

/**
 * How far down a page written in time order the answer to a question nobody has taken up yet may
 * come: other conversations go on in between ("Will anyone from the state be there?" — two replies
 * elsewhere, a new comment — "Yes, someone from the regional office confirmed.").
 */
export const OPEN_QUESTION_REACH = 8;

/**
 * Does `reply` answer `candidate`, a question a few comments up that started a subject of its own
 * and that no comment has answered yet? The caller checks that much. Only an answer-like opener
 * ("Yes, …", "No, …", "Because …") or a statement taking up two of the question's words counts this
 * far from it: a bare statement a few comments on is as often a comment of its own.
 */
export function answersOpenQuestion(
  reply: PreparedComment,
  candidate: PreparedComment,
  candidateName: string,
  /** The two share a word few comments of the dump use ("culvert"). */
  sharesRare = false,
): CueHit | null {
  // A comment that opens by asking for a fact ("Will anyone from the state be there? They have to
  // approve it.") wants an answer; a question further into a comment is as often rhetoric, unless
  // the reply names whoever does what it asked after ("Who decides?" — "The state office decides").
  const doer = givesBackDoer(reply, candidate);
  if ((!doer && !asksFirstThenReason(candidate)) || candidate.wordCount > MAX_QUESTION_WORDS) {
    return null;
  }
  if (
    reply.asks ||
    reply.wordCount > MAX_ANSWER_WORDS ||
    opensOwnVoice(reply.opening, candidate.body)
  ) {
    return null;
  }
  if (CHALLENGE.test(candidate.body) || candidate.aboutPage) return null;
  // One shared word is as often the subject both write about ("property" values, "property" tax),
  // unless few comments use it ("Has anybody asked what happens to the culvert?" … "The culvert is
  // in the consultant's report, page 41.").
  // "Has anyone asked where the old books go?" — "It all goes to the jail library.": under a question
  // put to every reader, an answer opening on "it" for what was asked about takes it up without
  // repeating its words.
  if (
    !doer &&
    !(ANSWER_OPENER.test(reply.opening) && givesReason(reply, candidate) !== false) &&
    !(OPENS_ON_IT.test(reply.opening) && ASKS_ANYONE.test(candidate.firstSentence)) &&
    takesUpQuestion(reply, candidate) < (sharesRare ? 1 : TAKEN_UP_WORDS)
  ) {
    return null;
  }
  // "Yes, and photograph it." answers "Has anyone noticed…?" more surely than it agrees with the
  // statement right above, even one it also speaks to ("you should…"); below any name still.
  const reason = `answers ${candidateName}'s question`;
  if (YES_NO.test(reply.opening) && YES_NO_QUESTION.test(candidate.firstSentence)) {
    return { score: 0.75, reason };
  }
  // Above an opener like "Yes," right under an unrelated comment (0.55), below any name.
  return { score: 0.6, reason };
}
const YES_NO = /^(?:yes|yeah|yep|no|nope)\b/iu;
const OPENS_ON_IT = /^it\b/iu;
const ASKS_ANYONE = /\b(?:anyone|anybody|someone|somebody)\b[^.!?]*\?/iu;
const YES_NO_QUESTION = /^\s*(?:does|do|did|is|are|was|were|will|would|has|have|can)\b/iu;
const MAX_QUESTION_WORDS = 40;
const MAX_ANSWER_WORDS = 60;
const TAKEN_UP_WORDS = 2;

/**
 * The best question a few comments above reply `i` that opened a subject (a top-level guess), is not
 * the reply author's own, and has no answer yet (`answered`), which the reply answers; or null.
 */
export function openQuestionAnswered(
  dump: PreparedDump,
  guesses: readonly ReplyGuess[],
  answered: Uint8Array,
  i: number,
): Scored | null {
  const reply = dump.comments[i];
  if (reply === undefined) return null;
  let best: Scored | null = null;
  // Nearest first: of two alike, the closer question is the one answered.
  for (let j = i - 2; j >= Math.max(0, i - OPEN_QUESTION_REACH); j--) {
    const cand = dump.comments[j];
    if (guesses[j] !== null || answered[j] === 1 || cand?.asks !== true) continue;
    if (cand.authorKey !== null && cand.authorKey === reply.authorKey) continue;
    const name = cand.author ?? 'an unnamed commenter';
    const hit = answersOpenQuestion(reply, cand, name, sharesRare(dump, i, j));
    if (hit !== null && (best === null || hit.score > best.score)) {
      best = { index: j, score: hit.score, hits: [hit] };
    }
  }
  return best;
}
