import { asksFirstThenReason } from './answers-question.ts';
import { CHALLENGE } from './challenge.ts';
import { ANSWER_OPENER } from './first-sentence-of.ts';
import { firstSentenceTakesUp, takesUpQuestion } from './takes-up-question.ts';
import type { ReplyGuess } from '../../types.ts';
import { opensOwnVoice } from './opens-own-voice.ts';
import type { CueHit } from './cue-hit.ts';
import { givesBackDoer } from './gives-back-doer.ts';
import { givesReason } from './gives-reason.ts';
import { narrowsAsked } from './narrows-asked.ts';
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
/** A question put to anyone ("Has anybody…?") waits longer for whoever knows. */
const ANYONE_REACH = 12;

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
  /**
   * The article's title words: a statement a few comments down that shares only those with the
   * question ("Will the cameras slow anyone down?" — "Cameras are a band-aid.") writes on the
   * article's subject, as every comment does, and takes up nothing of the question. With a rare
   * word shared besides, one word of the question is enough, title word or not.
   */
  titleStems?: ReadonlySet<string>,
): CueHit | null {
  // A comment that opens by asking for a fact ("Will anyone from the state be there? They have to
  // approve it.") wants an answer; a question further into a comment is as often rhetoric, unless
  // the reply names whoever does what it asked after ("Who decides?" — "The state office decides").
  const doer = givesBackDoer(reply, candidate);
  // One closing on its question asks too, when the reply takes up two of its words and one few
  // comments use ("…what happens to the storm drains when it rains?" — "Mulching mowers chop them
  // small… The leaves that clog the drains are the ones crews blow into the street.").
  const closes =
    sharesRare &&
    closesOnQuestion(candidate) &&
    takesUpQuestion(reply, candidate, titleStems) >= TAKEN_UP_WORDS;
  if (
    (!doer && !closes && !asksFirstThenReason(candidate)) ||
    candidate.wordCount > MAX_QUESTION_WORDS
  ) {
    return null;
  }
  // A long reply is a comment of its own, unless its first sentence gives the question back ("Does
  // this apply to the town's crews?" — "Town crews are covered. Section 4…, and then…").
  if (
    reply.asks ||
    (reply.wordCount > MAX_ANSWER_WORDS &&
      firstSentenceTakesUp(reply, candidate, titleStems) < TAKEN_UP_WORDS) ||
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
    !narrowsAsked(reply, candidate) &&
    (sharesRare
      ? takesUpQuestion(reply, candidate) < 1
      : takesUpQuestion(reply, candidate, titleStems) < TAKEN_UP_WORDS)
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
/** "…will there be a barrier so cars can't sneak through? Because people will.": a note after it. */
const NOTE_WORDS = 6;
const closesOnQuestion = (c: PreparedComment): boolean =>
  c.endsWithQuestion ||
  (c.asks &&
    c.body
      .slice(c.body.lastIndexOf('?') + 1)
      .trim()
      .split(/\s+/u).length <= NOTE_WORDS);
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
  for (let j = i - 2; j >= Math.max(0, i - ANYONE_REACH); j--) {
    const cand = dump.comments[j];
    if (answered[j] === 1 || cand?.asks !== true) continue;
    // "Has anyone done the review Faith means?", under Faith, asks every reader, and any may answer
    // it a while later; a question to the one above is theirs to answer, and soon.
    // Past a later question, though, the reply answers that one or nobody.
    const toAnyone = ASKS_ANYONE.test(cand.firstSentence) && !askedSince(dump, j, i);
    if ((guesses[j] !== null || j < i - OPEN_QUESTION_REACH) && !toAnyone) continue;
    if (cand.authorKey !== null && cand.authorKey === reply.authorKey) continue;
    const name = cand.author ?? 'an unnamed commenter';
    const hit = answersOpenQuestion(reply, cand, name, sharesRare(dump, i, j), dump.titleStems);
    if (hit !== null && (best === null || hit.score > best.score)) {
      best = { index: j, score: hit.score, hits: [hit] };
    }
  }
  return best;
}

/** Does a comment between `j` and `i` ask something? */
function askedSince(dump: PreparedDump, j: number, i: number): boolean {
  for (let k = j + 1; k < i; k++) if (dump.comments[k]?.asks === true) return true;
  return false;
}
