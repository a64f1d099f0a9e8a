import type { CueHit } from './cue-hit.ts';
import type { PreparedDump } from './prepare-dump.ts';

/**
 * "Swaying isn't proof of anything." — "Swaying in captive elephants is a stereotypic behavior…": a
 * reply opening on a word few comments use, which the comment right above used, takes that comment
 * up. In the labelled dumps (tests/fixtures/replies) 48 of 49 such openings answered the comment
 * above; the other agreed with someone by name, an address the caller leaves to the name cues.
 * Openings on a commenter's name (a call to someone else) and replies asking something of their own
 * ("Swim lessons were to open April 1. Are those cancelled too?") went either way: left out.
 */
const TAKES_UP_OPENING = 0.45;
/**
 * "That bill has been introduced three sessions in a row…" under "There's a bill in the state
 * senate…": a demonstrative points back at the word after it, which is then no name, even one a
 * commenter goes by.
 */
const POINTS_BACK = /^(?:that|this|these|those)\s+([\p{L}'’-]+)/iu;

/** Does reply `i` open on a rare word of comment `j`, the one right above it (the caller checks)? */
export function opensOnTheirWord(dump: PreparedDump, i: number, j: number): CueHit | null {
  const reply = dump.comments[i];
  const mine = dump.rare[i];
  const theirs = dump.rare[j];
  if (reply === undefined || mine === undefined || theirs === undefined || reply.asks) return null;
  const pointed = POINTS_BACK.exec(reply.opening)?.[1]?.toLowerCase();
  const first = pointed ?? reply.firstWord;
  if (pointed === undefined && dump.authorsStartingWith.has(first)) return null;
  for (const [stem, word] of mine) {
    if (word.toLowerCase() !== first || !theirs.has(stem)) continue;
    const name = dump.comments[j]?.author ?? 'an unnamed commenter';
    return { score: TAKES_UP_OPENING, reason: `echoes ${name}'s words, opening on “${word}”` };
  }
  return null;
}
