import { addressesByName } from './addresses-by-name.ts';
import { addressesOpening } from './addresses-opening.ts';
import { firstSince } from './first-since.ts';
import { openingAddress } from './opening-address.ts';
import type { PreparedComment } from './prepare-comment.ts';
import type { PreparedDump } from './prepare-dump.ts';
import { speaksToYou } from './speaks-to-you.ts';

/** Words a question opening an answer needs to be one ("Really?" is not), and what may follow it. */
const OPENING_QUESTION_WORDS = 4;
const REMARK_WORDS = 16;

/** "You're wrong about…", "You do know…, right?": a "you" this sure is put to the one answered. */
const TOLD_YOU = 0.6;

/**
 * How comment `j`, an answer to the author of comment `i`, called on them, with no comment of
 * theirs in between: by name ("Will, name one.", "…, Bill.", "@splashdad") or with a question left
 * open at its end ("Source?"), or told something in their own second person ("You moved in next to
the rail yard, though."). Called on, people answer with their next comment, even when new
 * subjects were opened in the meantime. Null when it did neither.
 */
export function calledOn(
  dump: PreparedDump,
  i: number,
  j: number,
): 'name' | 'question' | 'you' | null {
  const reply = dump.comments[i];
  const cand = dump.comments[j];
  const author = reply?.author;
  if (reply === undefined || cand === undefined || author == null) return null;
  if (!firstSince(dump, i, j)) return null;
  const address = openingAddress(cand.opening);
  if (address !== null && addressesOpening(address, author)?.points === 'address') return 'name';
  if ((addressesByName(cand, author, dump.variantsOf(author))?.score ?? 0) >= 0.9) return 'name';
  if (cand.endsWithQuestion || opensAsking(cand)) return 'question';
  return speaksToYou(cand) >= TOLD_YOU ? 'you' : null;
}

/**
 * "And how much of that is from day-trippers? I'd bet you can't separate the two.": a question opening
 * a short answer to them calls for their answer as one closing it does ("Really? …" is no question,
 * and one opening a long argument is as often rhetoric).
 */
function opensAsking(cand: PreparedComment): boolean {
  const first = cand.firstSentence.trimEnd();
  if (!first.endsWith('?')) return false;
  const asked = first.split(/\s+/u).length;
  return asked >= OPENING_QUESTION_WORDS && cand.wordCount - asked <= REMARK_WORDS;
}
