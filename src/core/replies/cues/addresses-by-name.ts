import type { CueHit } from './cue-hit.ts';
import type { NameVariant } from './name-variants.ts';
import { isCapitalized } from './is-capitalized.ts';
import { matchesAt } from './matches-at.ts';
import { opensWithHandleWord } from './opens-with-handle-word.ts';
import { wordsAfter } from './words-after.ts';
import { writesWholeHandle } from './writes-whole-handle.ts';
import { pairedVocative } from './paired-vocative.ts';
import { reactionBefore } from './reaction-before.ts';
import { remarkPastAside } from './remark-past-aside.ts';
import {
  TITLES,
  LEAD_INS,
  OPENERS,
  REMARK_AFTER,
  VERDICT_AFTER,
  VERDICT_ABOUT,
  SAID_AFTER,
  ARTICLES,
  SHORT_TITLES,
  REMARK_BEFORE,
  OWNS_COMMENT,
} from './name-context-words.ts';
import type { PreparedComment } from './prepare-comment.ts';

// The tests run at each place a name word stands, for each candidate of every reply: a regular
// expression literal is a new object each time it is reached, and those were most of what reading
// names allocated.
const SPACES = /^ +$/;
const PAUSE_ENDS = /[,;—]\s*$/;
const PAUSE_OR_DASH_ENDS = /[,;—-]\s*$/;
const INITIAL_PERIOD = /^\./u;
const PAUSE_STARTS = /^\s*[,:;!.?—]/;
const COMMA = /,/;
const COMMA_OR_COLON_STARTS = /^\s*[,:]/;
const SENTENCE_END_STARTS = /^\s*[.!?]/;
const COMMA_ENDS = /,\s*$/;
const POSSESSIVE = /['’]s$/i;
/** "Carol's original point": just under a call (0.9 and over), which it is not. */
const OWNED_COMMENT = 0.89;

// "Councilmember" in "Councilmember Alma Reyes": a first word before two capitalised ones.
const OWN_TITLE = /^\p{Lu}\p{Ll}+(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu})/u;

/**
 * Does `reply` name the commenter `displayName`? A vocative ("Vincent, sanctions…", "…a stretch,
 * Deb.") is the surest sign; a name glued to another capitalized word is somebody else's name
 * ("Kim Jong-un" is not the commenter Kim, "Paul Ryan" is not Ryan).
 */
export function addressesByName(
  reply: PreparedComment,
  displayName: string,
  variants: readonly NameVariant[],
): CueHit | null {
  let best = 0;
  // Read only when a capitalised word stands right before the name: most calls never need it.
  let ownTitle: string | null | undefined;
  const signsWith = (word: string): boolean => {
    ownTitle ??= OWN_TITLE.exec(displayName)?.[0].toLowerCase() ?? null;
    return word === ownTitle;
  };
  // Read only for a lower-case handle, and once: most calls have none.
  let whole: boolean | undefined;
  for (const v of variants) {
    const first = v.words[0];
    const anywhere =
      v.lowerCaseHandle && v.whole && (whole ??= writesWholeHandle(reply, displayName));
    if (
      first === undefined ||
      !(v.lowerCaseHandle
        ? anywhere || opensWithHandleWord(reply, first)
        : reply.hasNameWord(first))
    ) {
      continue;
    }
    const { tokens } = reply;
    let found = 0;
    // "Will Danforth is quoted… It's a working harbor, Will": a first name the reply gives someone
    // else in full is theirs wherever it stands alone, a one-word display name's too ("Howard Kline
    // said… Define most, Howard." is not to the commenter Howard).
    let borneByOther = false;
    for (const at of tokens.positions(first)) {
      if (!matchesAt(tokens, at, v)) continue;
      const start = tokens.at(at);
      const end = tokens.at(at + v.words.length - 1);
      if (start === undefined || end === undefined) continue;
      const prev = tokens.at(at - 1);
      const next = tokens.at(at + v.words.length);
      // The title the commenter signs with counts too ("Councilmember Reyes" for Councilmember
      // Alma Reyes).
      const titled =
        prev !== undefined &&
        (TITLES.has(prev.lower) || (isCapitalized(prev) && signsWith(prev.lower)));
      const sentenceStart = start.sentenceStart && !titled;
      if (
        next !== undefined &&
        SPACES.test(end.after) &&
        isCapitalized(next) &&
        !next.sentenceStart
      ) {
        if (v.words.length === 1) borneByOther = true;
        continue;
      }
      // A handle written whole is its bearer after any capitalised word ("Followed ferry_3_fan's tip").
      if (
        !(v.whole && anywhere) &&
        prev !== undefined &&
        SPACES.test(start.before) &&
        isCapitalized(prev) &&
        !LEAD_INS.has(prev.lower) &&
        !(prev.sentenceStart && OPENERS.has(prev.lower)) &&
        !signsWith(prev.lower)
      ) {
        continue;
      }
      // "the AQI numbers", "a Sierra trail": after an article and before a word of its own, a
      // handle's piece is a noun's modifier, not the commenter.
      if (
        prev !== undefined &&
        ARTICLES.has(prev.lower) &&
        next !== undefined &&
        SPACES.test(end.after) &&
        !isCapitalized(next)
      ) {
        continue;
      }
      // "Dr. Marsh, did they…": a title opening the sentence is part of the vocative.
      const titleOpens = titled && (at === 1 || prev.sentenceStart);
      // "Sorry Mark, …", "Thanks Gordon, …", "Missed that, thanks Rose.": a greeting opening the
      // sentence, or set off by a comma, is a pause too; so is a reaction ("Ha, same here Ray.").
      const greeted =
        prev !== undefined &&
        !titled &&
        ((LEAD_INS.has(prev.lower) &&
          (at === 1 || prev.sentenceStart || PAUSE_ENDS.test(prev.before))) ||
          reactionBefore(tokens, at));
      const pauseBefore =
        at === 0 || sentenceStart || titleOpens || greeted || PAUSE_OR_DASH_ENDS.test(start.before);
      // The period closing an initial ("J.P. is…") is part of the name, no pause after it; so is
      // that of a short title before a full name ("…, Dr. Raj Shah, said": someone else's title;
      // "Thanks, Dr. That helps." ends a sentence).
      const after2 = tokens.at(at + v.words.length + 1);
      const abbreviated =
        v.words.every((w) => w.length === 1) ||
        (SHORT_TITLES.has(end.lower) &&
          next !== undefined &&
          isCapitalized(next) &&
          after2 !== undefined &&
          isCapitalized(after2) &&
          SPACES.test(next.after));
      const after = abbreviated ? end.after.replace(INITIAL_PERIOD, '') : end.after;
      const pauseAfter = next === undefined || PAUSE_STARTS.test(after);
      let score: number;
      if (
        pairedVocative(tokens, at, v.words.length) ||
        (pauseBefore &&
          pauseAfter &&
          (at < 3 ||
            greeted ||
            COMMA.test(start.before) ||
            COMMA_OR_COLON_STARTS.test(end.after)) &&
          (v.vocativeOnly !== true ||
            COMMA_OR_COLON_STARTS.test(end.after) ||
            (greeted && SENTENCE_END_STARTS.test(end.after)) ||
            // "You're right to be angry, Joy.": set off by a comma at the sentence's end.
            (COMMA_ENDS.test(start.before) && SENTENCE_END_STARTS.test(end.after))))
      ) {
        score = 0.92;
      } else if (
        v.vocativeOnly === true &&
        sentenceStart &&
        VERDICT_AFTER.test(wordsAfter(tokens, at + v.words.length, end.after))
      ) {
        score = VERDICT_ABOUT.test(wordsAfter(tokens, at + v.words.length, end.after)) ? 0.86 : 0.6;
      } else if (
        v.vocativeOnly === true &&
        !sentenceStart &&
        isCapitalized(start) &&
        SAID_AFTER.test(wordsAfter(tokens, at + v.words.length, end.after))
      ) {
        // "the review Faith is talking about": capitalised mid-sentence and the one who said it.
        score = 0.86;
      } else if (
        POSSESSIVE.test(end.text) &&
        OWNS_COMMENT.test(wordsAfter(tokens, at + v.words.length, end.after))
      ) {
        // A point of theirs picked up by name is as sure as a call, though no turn spoken to them.
        score = OWNED_COMMENT;
      } else if ((v.lowerCaseHandle && !anywhere) || v.vocativeOnly === true) {
        continue;
      } else if (
        REMARK_AFTER.test(end.after + (next?.text ?? '')) ||
        remarkPastAside(tokens, at + v.words.length, end.after) ||
        POSSESSIVE.test(end.text) ||
        (prev !== undefined && REMARK_BEFORE.has(prev.lower)) ||
        titled
      ) {
        score = 0.86;
      } else if (v.lowerCaseHandle) {
        // "…turns into farmer_ted vs. the world": a handle written in passing is talked about.
        continue;
      } else {
        // A bare mention mid-text: sentence-initial given names ("Hope I'm wrong") are weaker still.
        score = sentenceStart ? 0.45 : 0.7;
      }
      found = Math.max(found, v.whole || v.words.length > 1 ? score : score - 0.02);
    }
    if (!borneByOther) best = Math.max(best, found);
  }
  if (best === 0) return null;
  return {
    score: best,
    reason: best >= 0.9 ? `addresses ${displayName} by name` : `names ${displayName}`,
    points: best >= 0.9 ? 'address' : 'mention',
  };
}
