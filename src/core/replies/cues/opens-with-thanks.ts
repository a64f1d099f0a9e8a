import type { PreparedComment } from './prepare-comment.ts';

// "Thanks, that answers it.", "Good to know, thanks.", "Oh good, thank you.": the asker comes back
// to whoever answered. A short interjection may come first. "Appreciate the straight answer." and
// "Found it." (the page an answer pointed to) acknowledge an answer as surely.
// "Thanks, everyone, for the questions.": thanks to every reader close someone's part in the page, to
// no one answerer.
const THANKS =
  /^(?:(?:oh|ah|ok|okay|great|good|oh good|ah ok|perfect|wonderful)[,!.]?\s+)?(?:thanks|thank you|many thanks|much appreciated|appreciate (?:it|that|the (?:[a-z]+ )?(?:answer|reply|info|information|explanation|response))|good to know|that helps|that answers|found it)\b(?![,!]?\s+(?:everyone|everybody|all\b|all of you|folks|y['’]?all)\b)/iu;
// "That's what I was afraid of. Thanks for explaining.": in a comment this short, thanks closing it
// are as much its point as thanks opening it.
const THANKS_LATER =
  /[.!?,]\s+(?:thanks|thank you|good to know|found it)\b(?![,!]?\s+(?:everyone|everybody|all\b|all of you|folks|y['’]?all)\b)/iu;
const SHORT_WORDS = 15;
// "Well, that's disappointing, but thank you for actually asking.": thanks turned to after taking in
// an answer, in the first sentence, whatever follows.
const BUT_THANKS = /^[^.!?]{0,60},\s+but\s+(?:thanks|thank you)\b/iu;

/** Does the comment thank someone, opening with it or closing a short comment with it? */
export function opensWithThanks(comment: PreparedComment | undefined): boolean {
  if (comment === undefined) return false;
  return (
    THANKS.test(comment.opening) ||
    (comment.wordCount <= SHORT_WORDS && THANKS_LATER.test(comment.opening)) ||
    BUT_THANKS.test(comment.opening)
  );
}
