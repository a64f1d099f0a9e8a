import type { ReplyGuess } from '../../types.ts';
import { opensWithHandleWord } from './opens-with-handle-word.ts';
import { namesSelfDescribed } from './names-self-described.ts';
import { addressesOpeningAt } from './addresses-opening-at.ts';
import { CALLED_REACH, calledWithin, EXCHANGE_REACH, waitsOn } from './answers-back.ts';
import { calledOn } from './called-on.ts';
import { deniesNamesake } from './denies-namesake.ts';
import { backAndForth } from './back-and-forth.ts';
import { mirrorsPossessive } from './mirrors-possessive.ts';
import { namesByRole } from './names-by-role.ts';
import { reactsToAnswer } from './reacts-to-answer.ts';
import type { OpeningAddress } from './opening-address.ts';
import type { PreparedDump } from './prepare-dump.ts';
import { restatesEarlier } from './restates-earlier.ts';
import { writesAuthorName } from './writes-author-name.ts';
import { writesWholeHandle } from './writes-whole-handle.ts';

// The cheap tests that decide whether a candidate before the current thread is scored at all.

/**
 * Only a name, a quotation or the namesake disowned ("Not that Drew.") reaches past the current
 * thread: skip candidates with none.
 */
export function mayReachBack(
  dump: PreparedDump,
  i: number,
  j: number,
  address: OpeningAddress | null = null,
): boolean {
  const reply = dump.comments[i];
  if (reply === undefined) return false;
  if (reply.quotedSpans.length > 0) return true;
  if (restatesAt(dump, i, j)) return true;
  if (address !== null && addressesOpeningAt(dump, address, j) !== null) return true;
  return namesAuthor(dump, i, j) || deniesNamesake(dump, i, j) !== null;
}

/** Did comment `j` answer a comment by the author of comment `i`? */
export function answeredAuthor(
  dump: PreparedDump,
  guesses: readonly ReplyGuess[],
  i: number,
  j: number,
): boolean {
  const parent = guesses[j];
  if (parent == null) return false;
  const key = dump.comments[i]?.authorKey ?? null;
  return backAndForth(key, dump.comments[parent.parentIndex]?.authorKey ?? null);
}

/**
 * Does comment `i` hold a word of the name of comment `j`'s author (a cheap first test), call them
 * by the role their title gives them ("the doctor" for Dr. Okafor), open on their lower-case handle
 * ("thanks sam_k, …", written as no name is), or speak of their "my X" as "your X"?
 */
export function namesAuthor(dump: PreparedDump, i: number, j: number): boolean {
  const reply = dump.comments[i];
  const cand = dump.comments[j];
  if (reply === undefined || cand === undefined) return false;
  if (writesAuthorName(dump, i, j) || namesByRole(reply, cand, '') !== null) return true;
  if (namesSelfDescribed(reply, cand, '') !== null) return true;
  const variants = dump.variantsAt[j];
  // Asked of every comment a long thread reaches back to: most authors have no lower-case handle.
  if (variants !== undefined && variants.some((v) => v.lowerCaseHandle)) {
    for (const v of variants) {
      const first = v.words[0];
      if (v.lowerCaseHandle && first !== undefined && opensWithHandleWord(reply, first))
        return true;
    }
    if (cand.author !== null && writesWholeHandle(reply, cand.author)) return true;
  }
  return mirrorsPossessive(reply, cand, '') !== null;
}

/** Does comment `i` open with a question repeating comment `j`'s words, an unmarked quotation? */
export function restatesAt(dump: PreparedDump, i: number, j: number): boolean {
  const reply = dump.comments[i];
  const cand = dump.comments[j];
  return reply !== undefined && cand !== undefined && restatesEarlier(reply, cand, '') !== null;
}

/** Do comments `i` and `j` share a word few comments use? */
export function sharesRare(dump: PreparedDump, i: number, j: number): boolean {
  const mine = dump.rare[i];
  const theirs = dump.rare[j];
  if (mine === undefined || theirs === undefined) return false;
  for (const stem of mine.keys()) if (theirs.has(stem)) return true;
  return false;
}

/**
 * May comment `i` reach back to comment `j` as the answer back to whoever answered its author? With
 * thanks, always; otherwise only when nothing in the current thread draws the reply (`drawn`), or
 * `j` told the author "you…" or asked them by name, or the reply takes up a rare word of `j` within
 * the exchange's reach; past that reach only when the two share a rare word (the asker picking up
 * the answer).
 */
export function mayAnswerBack(
  dump: PreparedDump,
  guesses: readonly ReplyGuess[],
  i: number,
  j: number,
  thanks: boolean,
  drawn: boolean,
): boolean {
  if (!answeredAuthor(dump, guesses, i, j)) return false;
  // Called on, they answer with their next comment, whatever a new subject above seems to ask.
  // So does an answer back that takes up their words ("Then make them move the dishes too.").
  const near = i - j <= EXCHANGE_REACH;
  if (!thanks && drawn && !calledHard(dump, i, j) && !(near && sharesRare(dump, i, j))) {
    return false;
  }
  if (thanks || near || sharesRare(dump, i, j) || reactsFar(dump, guesses, i, j)) return true;
  const called = calledWithin(dump, i, j);
  return called !== null && waitsOn(dump, guesses, i, j, called, false);
}

/**
 * "Fair enough. That sounds like a scheduling problem…": the asker taking in the answer they got,
 * with their first comment since, however many new subjects came in between.
 */
function reactsFar(
  dump: PreparedDump,
  guesses: readonly ReplyGuess[],
  i: number,
  j: number,
): boolean {
  const asked = guesses[j]?.parentIndex;
  return i - j <= CALLED_REACH && asked !== undefined && reactsToAnswer(dump, i, j, asked);
}

/**
 * Told "you…", asked by name, or called by name and taken up in their own words ("Look it up,
 * Rocky." — "Ok I looked it up."): the call their next comment answers, whatever is above it.
 */
function calledHard(dump: PreparedDump, i: number, j: number): boolean {
  const called = calledOn(dump, i, j);
  return (
    called === 'you' ||
    (called === 'name' && (dump.comments[j]?.asks === true || sharesRare(dump, i, j)))
  );
}
