import type { PreparedComment } from './prepare-comment.ts';
import { speaksToAll } from './speaks-to-all.ts';

// "Respect your opinion", "You mean…", "You're right that…": aimed at one reader. So is "I'm on your
// side here": the reader's side in the argument.
const TO_A_READER = [
  /\byour (?:opinion|comment|point|post|reasoning|logic|analogy|argument|premise|statement|position|assertion|claim|take|view|math|facts)\b|\bon your side\b/i,
  /(?:^|[.!?]\s+)you(?:'re|’re| are)?(?: not| so| absolutely| totally| quite| partly| half| dead)? (?:right|wrong|correct|mistaken|confused)\b/i,
  // "You've changed my mind", "You have a point": what one reader tells another about their comment.
  /(?:^|[.!?]\s+)you(?:'ve|’ve| have) (?:changed|convinced|persuaded|made|got|raised|hit|nailed|put|missed|forgotten|a point|a good point)\b/i,
  // "You do know the wells are shared, right?", "You chose the corner lot, though.": a retort put to
  // one reader, ending on a tag that waits for their answer or turns their own words on them.
  /^\s*you\b[^.!?]*,\s*(?:right|no|huh|eh)\?|^\s*you\b[^.!?]*,\s*though[.!]/i,
  // "You keep assuming the worst about every number": what one reader keeps doing in the argument.
  /(?:^|[.!?]\s+)you (?:mean|say|said|think|stated|claim|assume|seem|forget|forgot|missed|have \w+(?: \w+){0,5} confused|keep (?:assuming|ignoring|missing|forgetting|comparing|blaming|pretending|insisting|twisting))\b/i,
  // "You're looking at the wrong number.", "You're not the problem.": a sentence telling one reader
  // what they are doing, or are, in their argument (not "you're going to" or "you're allowed to",
  // which tell everyone).
  /(?:^|[.!?]\s+)you(?:'re|’re| are) (?:not )?(?:looking|ignoring|missing|confusing|mixing|assuming|forgetting|comparing|misreading|twisting|blaming|reading|describing|arguing|talking about|the (?:problem|one))\b/i,
  // "You might want to check that.", "You may want to reread the notice.": one reader told to
  // check what they just claimed.
  /(?:^|[.!?]\s+)you (?:might|may) (?:want|wish) to (?:check|recheck|double-check|reread|re-read|rethink|look (?:that|it) up|look again)\b/i,
];
// "Okay, you know more about that than I do.": ground given to one reader, after a word of assent.
const KNOWS_MORE =
  /(?:^|[.!?]\s+)(?:(?:okay|ok|well|fine|alright|all right|fair enough),?\s+)?you (?:know|understand) (?:more|better|far more|a lot more|much more)\b/i;
// Where every pattern of TO_A_READER but the first reads "you": opening a sentence. Most replies
// write "you" only inside one, and then the five patterns, tried at each character, are not run.
const OPENS_WITH_YOU = /(?:^\s*|[.!?]\s+)you/i;
// Second person that speaks to everyone ("if you believe this", "you guess which is which"). "You
// see, …" is a turn of phrase; "You see them on the ramps because…" is what one reader sees.
const GENERIC =
  /\b(?:if you|thank you|you know|you guess|you can|you could|you will|you'll|you get|you have to|you see(?! (?:them|it|that|those|this)\b)|you name it|what did you expect|believe you me|mind you|can you (?:believe|imagine))\b/gi;
// Speaking to the paper, not to a reader ("You are sighting sources… so that the NYT can…"): folded
// words in a row, looked for as word ids (no normalized text of the reply is built).
const TO_THE_PAPER = [
  'nyt',
  'ny times',
  'the times',
  'this article',
  'the article',
  'reporter',
  'reporters',
  'editor',
  'editors',
  'journalist',
  'journalists',
  'the paper',
  // "Did you ask a single parent? This story quotes only the board.": the piece the reporter wrote
  // ("your story" is a reader's).
  'this story',
  'this piece',
].map((phrase) => phrase.split(' '));
// A word every phrase of TO_THE_PAPER holds, read off the body as written: most replies have none,
// and then their words need not be searched. The body's letters case-folded hold all a folded
// word's ASCII letters ("İ" folds to "i" and a combining dot, which no phrase has).
const PAPER_WORD = /nyt|times|article|reporter|editor|journalist|paper|story|piece/i;

// "For anyone wondering how to sign up: … you need your account number": written to every reader.
const TO_EVERYONE = /^(?:for (?:anyone|anybody|everyone|those|all of you|people)\b|psa\b|fyi\b)/i;

// "Please tell him the whole parish is praying for him.", "Give her a hug from us.": asked to pass
// words on to someone the reader wrote of (not "tell them", as often the officials).
const PASSES_ON = /^\s*(?:please\s+)?(?:tell|give|wish) (?:him|her)\b/iu;

// A question put to "you" ("Have you tried…?", "How much do you throw out?") asks one person, the
// writer being answered; "you" in a statement is as often everyone. The question word may stand right
// before the verb ("Where are you finding them?", "How do you turn that on?").
const ASKS_YOU =
  /^\s*(?:(?:how|what|why|where|when|which|who)(?: [\w'’]+){0,3} )?(?:have|did|do|does|are|were|would|could|can|will|had) you\b[^.!?]*\?/i;

// "Where exactly is the once-a-month town you're worried about?": a closing question about what
// the reader answered is worried about, or talking about, asks them to back their own claim.
const ASKS_OF_THEIR_CLAIM =
  /\byou(?:'re|’re| are) (?:worried|talking|thinking|describing|referring|afraid|so sure)\b[^.!?]*\?\W*$/i;

// "You have no idea how many guards they laid off.": a retort opening on one reader's ignorance,
// aimed at them, though it tells them more than it waits on their answer (below TOLD_YOU of
// `calledOn`, so their next comment is not taken to answer it).
const NO_IDEA = /^\s*you(?:'ve|’ve| have)? (?:no idea|clearly never|obviously never)\b/i;
const RETORT = 0.55;

/**
 * How strongly `reply` speaks to one reader in its opening (0 when it does not). Who that reader is
 * the combiner decides: usually the comment right above.
 */
export function speaksToYou(reply: PreparedComment): number {
  const opening = reply.opening.slice(0, 160);
  if (PASSES_ON.test(opening)) return 0.66;
  // "How do you even move a four-ton animal? Serious question.": put to every reader.
  if (!/\byou/i.test(opening) || TO_EVERYONE.test(opening) || speaksToAll(reply)) return 0;
  if (TO_A_READER[0]?.test(opening) === true || KNOWS_MORE.test(opening)) return 0.66;
  if (reply.endsWithQuestion && ASKS_OF_THEIR_CLAIM.test(reply.body.slice(-160))) return 0.6;
  if (NO_IDEA.test(opening)) return RETORT;
  const strength = youStrength(reply, opening);
  // Whether the paper is spoken to is read only when "you" counts otherwise: it searches the whole
  // body, and then its normalized text.
  return strength > 0 && PAPER_WORD.test(reply.body) && toThePaper(reply) ? 0 : strength;
}

function toThePaper(reply: PreparedComment): boolean {
  return TO_THE_PAPER.some((phrase) => reply.holdsRun(reply.wordRun(phrase)));
}

/** `speaksToYou` past its first tests, the paper aside. */
function youStrength(reply: PreparedComment, opening: string): number {
  // The first was asked already, before the paper aside.
  if (OPENS_WITH_YOU.test(opening) && TO_A_READER.some((re, k) => k > 0 && re.test(opening))) {
    return 0.66;
  }
  // A bare "You quote…", "You make it sound…" is aimed at the writer of the piece as often as at
  // the comment above: alone it is no reply, only with another cue.
  const specific = reply.firstSentence.replace(GENERIC, '');
  if (/\b(?:you|your|you're|you’re)\b/i.test(specific)) {
    return ASKS_YOU.test(specific) ? 0.6 : 0.35;
  }
  // "I'm so sorry. Have you looked into the insulation program?": a question put to the writer
  // right after a short first word to them.
  const second = opening.slice(reply.firstSentence.length, 160);
  return reply.firstSentence.length <= 40 && ASKS_YOU.test(second.replace(GENERIC, '')) ? 0.6 : 0;
}
