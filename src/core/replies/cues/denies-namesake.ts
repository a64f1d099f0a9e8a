import { addressesByName } from './addresses-by-name.ts';
import type { CueHit } from './cue-hit.ts';
import { lastReplyCache } from './last-reply-cache.ts';
import type { PreparedDump } from './prepare-dump.ts';
import { writesAuthorName } from './writes-author-name.ts';

// "Ha, no relation to the sheriff.", "For the record, I'm not that Grant.": the writer disowns
// somebody a comment named who shares their name.
// "For the record, not that Drew.": the name alone, closed by a stop, after "not that".
const DENIES =
  /\bno relation\b|\b(?:i['’]m|i am) not (?:that|the same) \p{Lu}|\bnot (?:that|the same) \p{Lu}[\p{L}'’-]*\s*(?:[.!;]|$)|\bdifferent (?:person|guy|woman|man) entirely\b/iu;

// What every phrase of DENIES holds, with the same flags (so letters fold alike): DENIES tried at
// every word of every opening took a third of a second over 30,000 comments, a literal search not.
const DENIES_WORDS = /relation|not th|entirely/iu;

// Asked with each of a reply's tens of candidates: read once per reply.
const denies = lastReplyCache(
  (reply) => DENIES_WORDS.test(reply.opening) && DENIES.test(reply.opening),
);

/**
 * A disowning answers the one comment that named the namesake: sure enough to reach past the new
 * subjects opened since (after the reach-back damping, 0.72 fell short with one shared word beside
 * it). It decided six parents across the labelled dumps, all right.
 */
const DISOWNS = 0.8;

/**
 * Does reply `i` disown the namesake that comment `j` wrote of? Comment `j` must write a word of the
 * reply author's name as a name ("Sheriff Pat Nolan said…" under Ponderosa_Pat's "no relation").
 */
export function deniesNamesake(dump: PreparedDump, i: number, j: number): CueHit | null {
  const reply = dump.comments[i];
  const cand = dump.comments[j];
  if (reply === undefined || cand === undefined || !denies(reply)) return null;
  if (!writesAuthorName(dump, j, i)) return null;
  // "Hope, a documentary doesn't smell like an elephant." calls on the writer: no namesake there.
  const me = reply.author;
  if (me !== null && (addressesByName(cand, me, dump.variantsOf(me))?.score ?? 0) >= 0.9) {
    return null;
  }
  return {
    score: DISOWNS,
    reason: `disowns the namesake ${cand.author ?? 'a commenter'} wrote of`,
  };
}
