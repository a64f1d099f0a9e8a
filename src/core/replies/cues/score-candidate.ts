import type { ReplyGuess } from '../../types.ts';
import { addressesOpeningAt } from './addresses-opening-at.ts';
import { answersBack } from './answers-back.ts';
import { answersNaming } from './answers-naming.ts';
import { answersQuestion } from './answers-question.ts';
import type { CueHit } from './cue-hit.ts';
import { deniesNamesake } from './denies-namesake.ts';
import { echoesRareWords } from './echoes-rare-words.ts';
import { givesReason } from './gives-reason.ts';
import { mirrorsPossessive } from './mirrors-possessive.ts';
import { nameHits } from './name-hits.ts';
import { opensOnTheirWord } from './opens-on-their-word.ts';
import { ownQuoted } from './own-quoted.ts';
import { goesOnFromNoClaim } from './opens-with-reply-word.ts';
import { opensWithThanks } from './opens-with-thanks.ts';
import type { PreparedComment } from './prepare-comment.ts';
import type { PreparedDump } from './prepare-dump.ts';
import type { ReplyTraits } from './reply-traits.ts';
import { putToAnother } from './put-to-another.ts';
import { questionsClaim } from './questions-claim.ts';
import { quotesEarlier } from './quotes-earlier.ts';
import { recallsStatement } from './recalls-statement.ts';
import { repeatsFigures } from './repeats-figures.ts';
import { restatesEarlier } from './restates-earlier.ts';
import { youPastReaction } from './you-past-reaction.ts';

export interface Scored {
  readonly index: number;
  readonly score: number;
  /** Strongest first. */
  readonly hits: readonly CueHit[];
}

/** An answer this sure reads as one whoever the question was put to. */
const SURE_ANSWER = 0.6;

/**
 * Past this many comments back, a reply that picks someone up names or quotes them: bare shared
 * words that far up are as likely a shared subject, so they count for less (with a name or a
 * quotation beside them they still confirm it).
 */
const ECHO_NEAR = 3;
const FAR_ECHO = 0.75;

/**
 * A question further up than this has had its answers, or its thread has moved on: "Lots of coffee
 * and a very patient husband." twenty comments under "Who comes now?" answers someone nearer.
 */
const QUESTION_REACH = 12;

/**
 * "Our church backs onto the greenway… Can the city remove a den on private property?": a long
 * comment closing on a question of its own asks something new; words it shares with one above are
 * the subject both write about, and count as they would further up.
 */
const ASKS_ANEW_WORDS = 40;
const asksAnew = (reply: PreparedComment): boolean =>
  reply.endsWithQuestion && reply.wordCount > ASKS_ANEW_WORDS;

/** "Oh thank goodness. Thank you.": thanks and little else. */
const THANKS_ONLY_WORDS = 8;
const thanksOnly = (c: PreparedComment): boolean =>
  c.wordCount <= THANKS_ONLY_WORDS && opensWithThanks(c);

/** Shared words this telling are the partner's own taken up, not a word of the subject. */
const TAKES_UP = 0.3;

/** Independent cues combine like independent chances: 1 − Π(1 − score). */
const byScore = (a: CueHit, b: CueHit): number => b.score - a.score;

const combine = (hits: readonly CueHit[]): number =>
  1 - hits.reduce((miss, h) => miss * (1 - h.score), 1);

// One buffer for every candidate: allocating per candidate dominated the cost on big dumps.
const buf: CueHit[] = [];
const add = (h: CueHit | null): void => {
  if (h !== null) buf.push(h);
};

/**
 * How strongly comment `i` answers comment `j`, from every cue. `threadRoot` is the top-level
 * comment of the thread `i` would join; `guesses` holds the decisions made so far (for exchanges).
 */
export function scoreCandidate(
  dump: PreparedDump,
  guesses: readonly ReplyGuess[],
  i: number,
  j: number,
  threadRoot: number,
  t: ReplyTraits,
  /** The comment the reply reads as right above it: past a remark on the page, the one before. */
  nearest = i - 1,
): Scored | null {
  const reply = dump.comments[i];
  const cand = dump.comments[j];
  if (reply === undefined || cand === undefined) return null;
  if (reply.authorKey !== null && reply.authorKey === cand.authorKey) return null;
  const name = cand.author ?? 'an unnamed commenter';
  const above = j === nearest;
  buf.length = 0;
  nameHits(dump, i, j, t.meta, buf);
  if (cand.author !== null && t.address !== null) add(addressesOpeningAt(dump, t.address, j));
  if (reply.quotedSpans.length > 0)
    add(quotesEarlier(reply, cand, name, t.found, ownQuoted(dump, i)));
  add(recallsStatement(t.recalled, cand, name));
  if (t.named) add(answersNaming(dump, i, j));
  add(mirrorsPossessive(reply, cand, name));
  add(deniesNamesake(dump, i, j));
  let echo: CueHit | null = null;
  const replyRare = dump.rare[i];
  const candRare = dump.rare[j];
  if (
    !t.meta &&
    replyRare !== undefined &&
    candRare !== undefined &&
    replyRare.size > 0 &&
    candRare.size > 0
  ) {
    const addressed = t.address?.name ?? null;
    echo = echoesRareWords(reply, replyRare, candRare, dump.vocabulary.df, name, addressed);
    add(echo);
  }
  // Talk about the page answers only a question about the page, and only it does ("Has anybody
  // shown values drop?" — "Whoever runs the comment section: the sort button does nothing.";
  // "Why do comments on this site show newest-first?" — "Nobody's calling you rude.").
  if (cand.asks && i - j <= QUESTION_REACH && t.meta === cand.aboutPage) {
    // "Lockers? Pouches?" — (a reply to an earlier comment) — "The policy says pouches…": a question
    // with only another conversation's comment under it is still the one right above. So it is with
    // a new subject under it ("Will there be gates?" — "Grace period for written comments ends July
    // 15…" — "There will be gates.").
    const between = guesses[i - 1];
    const hit = answersQuestion(
      reply,
      cand,
      name,
      above,
      j === i - 2 && (between == null || between.parentIndex < j),
    );
    // A question put to someone else by name is theirs; one put in a reply to them still takes a
    // bystander's answer-like opener ("Nobody. That is why…"), not a mere statement under it. A
    // "Because…" right under a why-question gives its reason, whoever was asked.
    const putTo = hit === null ? null : putToAnother(dump, guesses, i, j);
    if (
      putTo === null ||
      (putTo === 'reply' && (hit?.score ?? 0) >= SURE_ANSWER) ||
      (above && givesReason(reply, cand) === true)
    ) {
      add(hit);
    }
  }
  if (t.opensWithQuestion) {
    add(questionsClaim(reply, cand, name));
    add(restatesEarlier(reply, cand, name));
  }
  if (t.you > 0) {
    // "You" most often means the comment right above, then the thread's opener. Under a mere
    // "Exactly." it means the comment that reaction took up ("Mall security should do their jobs."
    // — "Exactly." — "You have no idea how many guards they laid off.").
    const reacted = youPastReaction(dump, guesses, nearest);
    const weight = j === reacted ? 1 : above && reacted === null ? 1 : j === threadRoot ? 0.8 : 0.6;
    buf.push({ score: t.you * weight, reason: `speaks to ${name} directly` });
  }
  // "Exactly." agrees with a claim: a bare "Thank you." above holds none to agree with.
  const claims = above && (t.short || t.opener) && !thanksOnly(cand);
  if (claims && t.short) {
    buf.push({ score: 0.62, reason: `short reaction to ${name}'s comment above` });
  }
  // "Then raise the pay." goes on with an argument: a remark on the page holds none to go on with.
  if (claims && t.opener && !cand.aboutPage && !goesOnFromNoClaim(reply, cand)) {
    buf.push({ score: 0.55, reason: `opens as a reply to ${name}'s comment above` });
  }
  if (above && t.refers) buf.push({ score: 0.72, reason: `refers to ${name}'s comment above` });
  if (above && echo !== null && t.address === null) add(opensOnTheirWord(dump, i, j));
  if (i - j <= ECHO_NEAR && !t.meta) add(repeatsFigures(reply, cand, name, dump.titleFigures));
  // Talk about the page is no turn in an exchange either, whoever wrote it.
  if (!t.meta) {
    // "Exactly." takes up no one's words, though "exactly" is rare: a short reaction is its own.
    const back = {
      thanks: t.thanks,
      echoes: echo !== null && !t.short,
      takesUp: (echo?.score ?? 0) >= TAKES_UP,
      short: t.short,
    };
    answersBack(dump, guesses, i, j, threadRoot, back, buf);
  }
  if (buf.length === 0) return null;
  if (echo !== null && buf.length === 1 && (i - j > ECHO_NEAR || asksAnew(reply))) {
    const far = { ...echo, score: echo.score * FAR_ECHO };
    return { index: j, score: far.score, hits: [far] };
  }
  // Most candidates scored have one hit: nothing to sort (a sort allocates its own scratch).
  const hits = buf.length === 1 ? buf.slice() : [...buf].sort(byScore);
  return { index: j, score: combine(buf), hits };
}
