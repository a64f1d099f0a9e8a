import type { CueHit } from './cue-hit.ts';
import { answersInKind } from './answers-in-kind.ts';
import { CHALLENGE } from './challenge.ts';
import { opensFromArticle, opensOwnVoice, ownsAView } from './opens-own-voice.ts';
import type { PreparedComment } from './prepare-comment.ts';
import { firstSentenceOf, PICKED_WORDS } from './first-sentence-of.ts';
import { givesReason } from './gives-reason.ts';
import { repeatsAskedVerb } from './repeats-asked-verb.ts';
import { reportsOfficial } from './reports-official.ts';
import { takesUp, takesUpQuestion } from './takes-up-question.ts';
import { tellsOwnCase } from './tells-own-case.ts';

// A question put to every reader: "Does anyone know…", "Has anyone asked…", "Can someone explain…".
// "Question for anyone who knows: will the semis…?" too.
const ASKS_READERS =
  /(?:^|[.!?]\s+)(?:(?:does|do|did|has|have|can|could|will|would|is) |question for |asking )?(?:anyone|anybody|someone|somebody)\b[^.!?]*\?/iu;
// "I'd like to hear from someone who has them before I pay that.": a question followed by a call
// for readers who know asks the readers as surely as "Does anyone…?".
const HEARS_FROM_READERS =
  /\b(?:like|love|glad|want|hoping|interested|curious) to hear from (?:anyone|anybody|someone|somebody|people|others|folks)\b/iu;
/** A question put to every reader, as a question or as a call for whoever knows. */
const asksReaders = (candidate: PreparedComment): boolean =>
  (ASKS_READERS.test(candidate.body) && !CHALLENGE.test(candidate.body)) ||
  (candidate.asks && HEARS_FROM_READERS.test(candidate.body));
// Words that make a first sentence a clause of its own rather than the fragment of an answer.
const CLAUSE_WORD =
  /\b(?:i|you|we|they|he|she|it|this|that|these|those|there|is|are|was|were|be|do|does|did|have|has|had|will|would|can|could|should|must|may|might|not)\b/u;
/**
 * "Why did the two vote no? The article doesn't say.": a question asking why, what or who, followed
 * only by a short remark, is still left open ("Could we get an app? Nobody has quarters." proposes).
 */
function asksThenNotes(candidate: PreparedComment): boolean {
  if (!candidate.asks) return false;
  const end = candidate.body.lastIndexOf('?') + 1;
  const after = candidate.body.slice(end).trim();
  return after.split(/\s+/u).length <= NOTE_WORDS && WH_QUESTION.test(candidate.body.slice(0, end));
}

/**
 * "Would the expansion change truck hours? Right now they start at 6 a.m.": a question asking a fact,
 * put first and followed only by a sentence or two on why it is asked, is as open as one at the end;
 * but as often the start of a comment of its own, so only a reply taking up its words answers it.
 */
export function asksFirstThenReason(candidate: PreparedComment): boolean {
  if (!candidate.asks) return false;
  const first = candidate.firstSentence.trimEnd();
  if (!first.endsWith('?') || !FACT_FIRST.test(first.replace(NAME_FIRST, '').replace(HEADED, '')))
    return false;
  // Put to every reader ("Has anyone seen the survey? …"), it asks for what somebody knows: a longer
  // reason after it leaves it as open.
  // So does one whose asker says they want to know ("Which schools? … I would like to know.").
  const open = ASKS_READERS.test(first) || WANTS_TO_KNOW.test(candidate.body);
  const most = open ? READERS_REASON_WORDS : REASON_WORDS;
  return candidate.body.slice(first.length).trim().split(/\s+/u).length <= most;
}
// "Who is paying for the fencing? The article doesn't say where from." — "It comes out of the parks
// bond…": an answer opening on a pronoun for what was asked about takes the question up without
// repeating its words.
// A question put to one reader by name ("Will the taxi add runs, Fi?") waits for them, not for
// whoever opens on "it".
const OPENS_ON_ASKED = /^(?:it|they)\b/iu;
const PUT_TO_ONE = /,\s*\p{Lu}[\p{L}'’.-]*\s*\?\s*$/u;
const opensOnAsked = (reply: PreparedComment, candidate: PreparedComment): boolean =>
  OPENS_ON_ASKED.test(reply.opening) && !PUT_TO_ONE.test(candidate.firstSentence);
// "Grace period for written comments ends July 15, according to the last paragraph." under "Will
// there be gates?": news from the article that takes up no word of the question is a notice to
// every reader, not its answer.
const CITES_ARTICLE =
  /\baccording to the (?:(?:first|second|third|last|final) )?(?:article|story|piece|report|paragraph)\b/iu;
const NOTE_WORDS = 6;
// Under a short question, answers ran to 9–37 words across the labelled dumps; the statements of 41
// and 49 words taken for answers were comments of their own ("38 cents per thousand doesn't sound like
// much until…", "I supported the motion, and I'd like to explain why…").
const SHORT_ANSWER_WORDS = 40;
// "And the board can't take up reconsideration until June…", "Fine, opt-in. My mistake.": a reply that
// opens by adding to an argument or conceding a point joins a debate; it does not tell a reader who
// asked the page what they wanted to know. "Ha, same here…" laughs along with a remark; it tells
// no one what they asked. Nor does "Marco gets it.", a verdict on another commenter's point.
const JOINS_ARGUMENT = /^(?:and|fine|ha+|haha\p{L}*|lol|lmao)\b/iu;
const VERDICT_ON_OTHER =
  /^(?!(?:This|That|It|He|She|They|You|I|What|Which|Everyone|Everybody|Nobody)\b)\p{Lu}[\p{L}'’.-]* (?:gets it|nailed it|(?:is|was) (?:right|spot on)|has a point)\b/u;
const INTERLEAVED_ANSWER_WORDS = 40;
const REASON_WORDS = 20;
const WANTS_TO_KNOW = /\b(?:(?:would|['’]d) (?:really )?(?:like|love)|want|need) to know\b/iu;
const READERS_REASON_WORDS = 30;
const WH_QUESTION = /(?:^|[.!?]\s+)(?:why|what|who|when|where|which|how)\b[^.!?]*\?$/iu;
// "Serious question for anybody who has lived with this: how long does the count take?": the
// question follows the words that put it to the readers ("…for the board:" waits on the board).
// So it does after "Honest question:", and after the name it is put to ("Frank, is that…?").
const HEADED =
  /^(?:[^:?]{0,40}\bfor (?:anyone|anybody|everyone|everybody|someone|somebody|any|those|people)\b[^:?]{0,60}:|(?:(?:honest|serious|quick|genuine|real|simple|sincere|dumb|stupid) )?question:)\s*/iu;
const NAME_FIRST = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?,\s*/u;
const FACT_FIRST =
  /^\s*(?:does|do|did|is|are|was|were|will|would|has|have|can|what|when|where|which|who|how)\b[^?]*\?$/iu;

/** A question of its own, not a one-word "Honestly?" before the answer. */
const asksBack = (reply: PreparedComment): boolean =>
  reply.asks && !/^\s*[\p{L}'’]+\?\s+[^?]*$/u.test(reply.body);

/**
 * Does `reply` answer a question `candidate` asked? An answer-like opener after a question is the
 * strong form; a very short reply right under a question is the weak one ("Twitter of course.").
 * `interleaved`: the candidate is two up, with only a reply to an earlier comment between.
 */
export function answersQuestion(
  reply: PreparedComment,
  candidate: PreparedComment,
  candidateName: string,
  candidateIsAbove: boolean,
  interleaved = false,
): CueHit | null {
  // Only a question left open at the end (or a short comment that is mostly a question) invites
  // answers; one asked mid-way through a long comment is rhetoric, unless it is put to the readers
  // ("Does anyone know if the rink will be open next winter? My daughter just started…").
  if (
    !candidate.endsWithQuestion &&
    (!candidate.asks || (candidate.wordCount > 40 && !candidate.asksForNews))
  ) {
    return null;
  }
  // A reply that asks back with a question of its own is not the answer to this one.
  if (reply.asks && reply.wordCount <= 12) return null;
  const reason = `answers ${candidateName}'s question`;
  const { opensAsAnswer, picked, run, words: n } = firstSentenceOf(reply);
  if (opensAsAnswer && givesReason(reply, candidate) !== false) {
    // "I have." under "Have you…?" answers it as surely from further down as right under it.
    const sure = candidateIsAbove || answersInKind(reply, candidate);
    return { score: sure ? 0.72 : 0.62, reason };
  }
  // "October or the one after?" — "The one after.": a short first sentence taken from the question.
  if (n >= 2 && n <= PICKED_WORDS && candidate.holdsRun(run)) {
    return { score: candidateIsAbove ? 0.72 : 0.62, reason };
  }
  // "Mostly federal. The article says…": a first sentence of three words or fewer, with no pronoun or
  // verb of its own, under a question is its answer.
  if (
    candidateIsAbove &&
    candidate.endsWithQuestion &&
    n <= 3 &&
    !CLAUSE_WORD.test(picked) &&
    !reply.firstSentence.trimEnd().endsWith('?')
  ) {
    return { score: 0.62, reason };
  }
  // A reply of a few words under a question is its answer more often than not ("Twitter of course.").
  if (reply.wordCount <= 8) return { score: candidateIsAbove ? 0.56 : 0.45, reason };
  // "Does anyone know if the water taxi will add runs?" asks the page for an answer: a statement
  // right under it is that answer ("It's adding a 15-minute boat at rush hour.").
  // "Does anyone moderate these comments?" asks about the page: a statement under it is a new
  // comment more often than an answer.
  if (
    candidateIsAbove &&
    !reply.asks &&
    !candidate.aboutPage &&
    !JOINS_ARGUMENT.test(reply.opening) &&
    !opensFromArticle(reply.opening, candidate.body) &&
    !ownsAView(reply.opening) &&
    asksReaders(candidate)
  ) {
    return { score: 0.6, reason };
  }
  // "…or only the Title I schools?" — "Only the six Title I schools for now.": a statement right
  // under a question that takes up two of its words answers it, whoever it names on the way. So
  // does one saying the very thing it asked ("…or do they dim after midnight?" — "they dim to 70%"),
  // a verb too short or too common to count as a shared word.
  if (
    candidateIsAbove &&
    !reply.asks &&
    reply.wordCount <= 45 &&
    !opensOwnVoice(reply.opening, candidate.body) &&
    (takesUpQuestion(reply, candidate) >= 2 || repeatsAskedVerb(reply, candidate))
  ) {
    return { score: 0.5, reason };
  }
  // "Who decides if a tree is hazardous?" — "Under the draft, a certified arborist makes that call.":
  // a short statement right under a short question answers it, unless it opens a voice of its own
  // ("As a parks board member…", "I volunteer at…"). A reply to another conversation in between
  // does not move the question away ("Who is liable?" — a reply up-thread — "State law covers it.");
  // the openers above do not reach past it, as they begin new comments there as often. Past it, a
  // longer statement ("When the county closed the other bridge, it paid for signs…, and…") tells
  // of something of its own as often: only a short one is taken for the answer two up.
  if (
    (candidateIsAbove || (interleaved && reply.wordCount <= INTERLEAVED_ANSWER_WORDS)) &&
    (candidate.endsWithQuestion ||
      asksThenNotes(candidate) ||
      (asksFirstThenReason(candidate) &&
        (opensOnAsked(reply, candidate) || takesUp(reply, candidate.firstSentence) >= 1))) &&
    candidate.wordCount <= 40 &&
    !asksBack(reply) &&
    reply.wordCount <= SHORT_ANSWER_WORDS &&
    !JOINS_ARGUMENT.test(reply.opening) &&
    !VERDICT_ON_OTHER.test(reply.opening) &&
    !opensOwnVoice(reply.opening, candidate.body) &&
    !reportsOfficial(reply.opening) &&
    !CHALLENGE.test(candidate.body) &&
    !candidate.aboutPage &&
    !reply.aboutPage &&
    !(CITES_ARTICLE.test(reply.body) && takesUp(reply, candidate.body) === 0) &&
    !tellsOwnCase(reply, candidate)
  ) {
    return { score: 0.5, reason };
  }
  return null;
}
