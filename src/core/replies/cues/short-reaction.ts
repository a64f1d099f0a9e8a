import type { PreparedComment } from './prepare-comment.ts';

// Reactions that only make sense under somebody else's comment; "Source?" asks for the claim's.
// "Ouch.", "Oof." take in a figure, "Noted." a point; "Best comment on here." and "Love to see
// this." praise it.
// "See you there.", "Count me in." take up an invitation or a plan above; "Now you're talking." hails
// a proposal.
// ("Yikes."/"Whoa." are left to reactsToAnswer: an asker's, taking in the answer further up.)
const REACTION =
  /^(?:exactly|agreed|agree|ha+|ha!|haha\w*|lol|lmao|wow|bravo|amen|indeed|true|so true|too true|well said|this\b|\+1|yes|yep|yup|nope|no kidding|touch[eé]|right|nonsense|brilliant|perfect|spot on|bingo|precisely|correct|wrong|hear,? hear|thank you|thanks|good one|love it|ditto|same here|beat me to it|nailed it|sad|sadly|welcome|speak for yourself|source for that|citation needed|ouch|oof|ugh|noted|(?:best|great) (?:comment|post|reply) (?:here|in|on|i['’]ve)|love to see|love this|see you there|count me in|i['’]ll be there|now you['’]re talking)\b|^(?:source|sources|citation|link)\?/i;

// "Done, my name is on it. Happy?": a one-word question to close a few words is a retort.
const TAUNT = /[.!,]\s+(?:happy|satisfied|better|seriously|really|so|and|well)\?\s*$/i;

// "This. Give the shops a rebate too…": "This." as a sentence of its own endorses the comment above
// however long the reasons after it run.
const THIS_ALONE = /^\s*this\s*[.!]/i;
// "Worse how?", "How so?", "Like what?": a question asking the comment above to say more.
const SAY_MORE = /^\s*(?:[a-z]+ how|how so|like what|such as|meaning what|in what way)\s*\?/i;

/** A reply of a few words that starts with a reaction ("Exactly this.", "Ha! Beat me to it."). */
export function shortReaction(reply: PreparedComment): boolean {
  if (THIS_ALONE.test(reply.opening)) return true;
  if (reply.wordCount === 0 || reply.wordCount > 12) return false;
  return (
    REACTION.test(reply.opening) ||
    SAY_MORE.test(reply.opening) ||
    (reply.wordCount <= 8 && TAUNT.test(reply.body))
  );
}
