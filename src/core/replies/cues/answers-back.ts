import type { ReplyGuess } from '../../types.ts';
import { backAndForth } from './back-and-forth.ts';
import { lastReplyCache } from './last-reply-cache.ts';
import { reportsOfficial } from './reports-official.ts';
import { speaksToAll } from './speaks-to-all.ts';
import { calledOn } from './called-on.ts';
import { concedes } from './concedes.ts';
import { firstSince } from './first-since.ts';
import type { CueHit } from './cue-hit.ts';
import { opensWithThanks } from './opens-with-thanks.ts';
import { picksUpAnswer } from './picks-up-answer.ts';
import { reactsToAnswer } from './reacts-to-answer.ts';
import type { PreparedDump } from './prepare-dump.ts';
import { welcomesThanks } from './welcomes-thanks.ts';

/** How far below a comment its author's partner in an exchange may still be answering it back. */
export const EXCHANGE_REACH = 6;
/**
 * Called on (by name, with a question, with a pointed "you"), a commenter answers with their next
 * comment even when a page written in time order put many other conversations in between.
 */
export const CALLED_REACH = 20;
/**
 * Called on by name, and taking up the caller's words ("Will, you always got plowed first because
 * of the school buses." — "That's the bus routes, not me."), their first comment since answers back
 * further down still: a name is surer than a question or a "you" that may be rhetoric.
 */
const NAME_CALLED_REACH = 30;

/** How comment `j` called on the author of `i` (`calledOn`), if its call reaches that far down. */
export function calledWithin(
  dump: PreparedDump,
  i: number,
  j: number,
): 'name' | 'question' | 'you' | null {
  if (i - j > NAME_CALLED_REACH) return null;
  const called = calledOn(dump, i, j);
  return called === 'name' || i - j <= CALLED_REACH ? called : null;
}
/**
 * Spoken to by name or asked, a commenter's next comment answers back: strong enough to reach
 * across the new subjects opened in between (past the reach-back damping and threshold). Inside
 * the thread the comments in between are the conversation, and the usual exchange weight stands.
 */
const CALLED_BACK = 0.9;

const OWN_VOICE =
  /^(?:[\p{L}-]+ (?:perspective|view|take)\s*:|speaking as\b|as an? [\p{L}-]+ (?:myself|here)\b)/iu;

const toAll = lastReplyCache(speaksToAll);

/** What the reply itself says, read once per reply by the caller. */
export interface BackTraits {
  /** Opens with thanks. */
  readonly thanks: boolean;
  /** Shares a rare word with the candidate. */
  readonly echoes: boolean;
  /** Shares rare words strongly enough to echo them (not one common-ish word like "fine"). */
  readonly takesUp: boolean;
  /** A short reaction ("Ha. Fair."). */
  readonly short?: boolean;
}

/**
 * The cues of an exchange: comment `i` is by the author whom comment `j` answered. Pushes onto
 * `out` the answer back while the exchange is near (stronger when `j`, before the thread
 * `threadRoot`, called on them, or the reply takes up its words or reacts to its answer), thanks to whoever answered, or the asker picking up the answer
 * they got far down the page.
 */
export function answersBack(
  dump: PreparedDump,
  guesses: readonly ReplyGuess[],
  i: number,
  j: number,
  threadRoot: number,
  t: BackTraits,
  out: CueHit[],
): void {
  const parent = guesses[j];
  if (parent == null) return;
  const name = dump.comments[j]?.author ?? 'an unnamed commenter';
  const asker = dump.comments[parent.parentIndex]?.authorKey ?? null;
  const reply = dump.comments[i];
  if (reply === undefined || !backAndForth(reply.authorKey, asker)) return;
  // "How many of you have actually looked?": a word to every reader is no turn in an exchange.
  // Read only here, once per reply, for the few replies whose writer was answered above.
  if (toAll(reply)) return;
  // An exchange this far up is over: a later word from one of the two starts something new, unless
  // it was left waiting on them (asked, told "you…") and this is their first word since, whether
  // new subjects or other conversations of the same thread came in between.
  const near = i - j <= EXCHANGE_REACH;
  // Inside the thread too, a short reaction by whoever was called on reacts to the call, past a
  // comment to someone else ("Bill, the count is the clerk's." — "K.L., does it need a
  // supermajority?" — "Ha. Fair."); a longer comment there is as often a turn of its own.
  // Right under a comment that spoke to them by name ("Summer, if you're ever back this way…" —
  // "I will!"), their comment answers that call as surely as one far down does, unless it opens
  // with a question of its own ("What happens to the old trucks?"), a subject of its own. Thanks
  // there say so themselves, below.
  const called =
    j < threadRoot || !near || (t.short === true && j < i - 1)
      ? calledWithin(dump, i, j)
      : j === i - 1 &&
          !t.thanks &&
          calledOn(dump, i, j) === 'name' &&
          waitsOn(dump, guesses, i, j, 'name', true)
        ? 'name'
        : null;
  // "Thank you, calling the county tomorrow." closes the exchange: a later comment of the one thanked
  // taking up its words is about the subject, no answer back, across new subjects or within the
  // thread (the thanked one goes on to other questions there); only right under it is it still a
  // turn of theirs ("Any time."). Thanks asking a follow-up ("Thank you. So the draft wouldn't fix
  // it?") keep it open.
  // "Chemo patients are not walking four blocks." — thirteen comments on, past new subjects — "It's
  // two blocks, not four.": answered without a call, a commenter's first word since that takes up
  // the answer's own words answers it back as surely as a called one, their own word to it since
  // aside.
  const rebutted =
    called === null &&
    j < threadRoot &&
    (t.takesUp || reactsToAnswer(dump, i, j, parent.parentIndex)) &&
    i - j <= CALLED_REACH &&
    firstSince(dump, i, j, guesses);
  const thanked = dump.comments[j];
  const closed = thanked?.asks !== true && opensWithThanks(thanked);
  if (closed) {
    if (j === i - 1) {
      // Right under it, one neither taking the thanks nor a word of it may be a turn elsewhere.
      const kept =
        t.echoes || t.short === true || (thanked !== undefined && welcomesThanks(reply, thanked));
      out.push({ score: kept ? 0.62 : 0.5, reason: `answers ${name} back in their exchange` });
    }
    // Thanked by name, their first word since takes the thanks ("Of course! …"), however far down.
    else if (called === 'name' && thanked !== undefined && welcomesThanks(reply, thanked)) {
      out.push({ score: CALLED_BACK, reason: `answers ${name} back, taking their thanks` });
    }
  } else if (
    near ||
    (called !== null && waitsOn(dump, guesses, i, j, called, t.echoes)) ||
    rebutted
  ) {
    const how =
      called === 'name' ? 'spoke to them by name' : called === 'you' ? 'told them' : 'asked them';
    if (called !== null) {
      out.push({ score: CALLED_BACK, reason: `answers ${name} back, who ${how}` });
    } else if (j < threadRoot && reactsToAnswer(dump, i, j, parent.parentIndex)) {
      // "Yikes. Okay, never mind.": the asker taking in the answer, past the new subjects between.
      out.push({ score: CALLED_BACK, reason: `answers ${name} back, reacting to their answer` });
    } else if (j < threadRoot && t.takesUp) {
      // Taking up the partner's own words, the answer back is as sure across new subjects.
      out.push({ score: CALLED_BACK, reason: `answers ${name} back, taking up their words` });
    } else if (j === i - 1 || !reportsOfficial(reply.opening)) {
      // A comment opening on what an official did brings its own news: only right under the partner
      // is it still their exchange.
      out.push({
        score: j === i - 1 ? 0.62 : 0.5,
        reason: `answers ${name} back in their exchange`,
      });
    }
  }
  // "Thank you, that worked." comes back to whoever answered, however many comments later; so does
  // the asker's next comment picking up the answer's words, past the new subjects between or, on a
  // page in time order, the other conversations of one long thread.
  if (t.thanks) out.push({ score: 0.9, reason: `thanks ${name}, who answered them` });
  else if (
    i - j > EXCHANGE_REACH &&
    t.echoes &&
    picksUpAnswer(dump, i, j, parent.parentIndex) &&
    // "Joy: nobody is punishing every kid." right above calls on them anew: their comment answers
    // that call, not an answer they got far up that it shares a word with.
    calledOn(dump, i, i - 1) !== 'name'
  ) {
    out.push({ score: CALLED_BACK, reason: `picks up the answer ${name} gave them` });
  }
}

/**
 * Past the exchange's usual reach, is comment `j`'s call still waiting on `i`'s author? A question or
 * a pointed "you" waits for their next comment; a name alone only when they take up its words
 * (`echoes`): otherwise their next comment is as often a subject of their own. A reply that opens
 * with a question of its own starts something new, and a later answer to them is the call they
 * take up, being the one they read last.
 */
export function waitsOn(
  dump: PreparedDump,
  guesses: readonly ReplyGuess[],
  i: number,
  j: number,
  called: 'name' | 'question' | 'you',
  echoes: boolean,
): boolean {
  const reply = dump.comments[i];
  if (reply === undefined || reply.firstSentence.trimEnd().endsWith('?')) return false;
  // "Student perspective: we pay…", "Speaking as a nurse…": a voice of its own, a new subject.
  if (called === 'name' && OWN_VOICE.test(reply.opening)) return false;
  // Called by name, they answer back by taking up the caller's words, or by giving ground to them.
  if (called === 'name' && !echoes && !concedes(reply.opening)) return false;
  for (let k = j + 1; k < i; k++) {
    const parent = guesses[k];
    if (parent == null) continue;
    const answered = dump.comments[parent.parentIndex]?.authorKey;
    if (answered === reply.authorKey && calledOn(dump, i, k) !== null) return false;
  }
  return true;
}
