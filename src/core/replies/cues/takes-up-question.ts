import type { PreparedComment } from './prepare-comment.ts';
import { lastReplyCache } from './last-reply-cache.ts';
import { contentStem } from './rare-words.ts';

// A question asking for a fact ("Does the district…", "Which schools…"), not a challenge ("You
// think…?", "Why would…?").
// "If everybody mulches, what happens to the drains?": the case it puts is part of what it asks.
// "The article says it stays open, but will there be a barrier?" asks after the comma.
const ASKS_FACT =
  /(?:^|[.!?:]\s+|,\s*(?:but|and|or|so)\s+)((?:if\b[^.!?,]*,["”]?\s+)?(?:does|do|did|is|are|was|were|will|can|has|have|how|what|when|where|which|who)\b[^.!?]*)\?/giu;

const NO_STEMS: ReadonlySet<string> = new Set();

/** The distinct words of `text`, lower-cased. */
const wordsIn = (text: string): string[] => [
  ...new Set(text.toLowerCase().split(/[^\p{L}\p{N}'’]+/u)),
];

/** The words of a comment's questions asking for a fact, alone and with the short ones after them. */
interface Asked {
  readonly facts: readonly string[];
  readonly listed: readonly string[];
}
const NOTHING_ASKED: Asked = { facts: [], listed: [] };

/**
 * Read once per comment: it is asked with every reply below it that the cues weigh it for (a regex
 * pass over its body and a split per pair, before). Comments without a fact question share one
 * empty entry.
 */
const askedOf = new WeakMap<PreparedComment, Asked>();

function askedBy(candidate: PreparedComment): Asked {
  let asked = askedOf.get(candidate);
  if (asked === undefined) {
    let facts = '';
    if (candidate.body.includes('?')) {
      for (const m of candidate.body.matchAll(ASKS_FACT)) facts += ` ${m[1] ?? ''}`;
    }
    if (facts === '') asked = NOTHING_ASKED;
    else {
      // "What would make this okay for you? Fencing, gates, closing it during planting?": the
      // questions after one asking for a fact spell out what it asks.
      let listed = facts;
      for (const m of candidate.body.matchAll(LISTED)) listed += ` ${m[1] ?? ''}`;
      asked = { facts: wordsIn(facts), listed: wordsIn(listed) };
    }
    askedOf.set(candidate, asked);
  }
  return asked;
}

/**
 * Content words of `reply` found in a question asking for a fact in `candidate`, those in `skip`
 * aside (the article's title words, which every comment shares).
 */
export function takesUpQuestion(
  reply: PreparedComment,
  candidate: PreparedComment,
  skip: ReadonlySet<string> = NO_STEMS,
): number {
  return countTaken(reply, askedBy(candidate).listed, skip);
}
// A short question (sixty characters at most) right after another ("…? Fencing, gates? Dusk?").
const LISTED = /(?<=\?)\s+([^.!?]{1,60})\?/gu;

/** Content words of `reply` found in `asked`, those in `skip` aside. */
export function takesUp(
  reply: PreparedComment,
  asked: string,
  skip: ReadonlySet<string> = NO_STEMS,
): number {
  return asked === '' ? 0 : countTaken(reply, wordsIn(asked), skip);
}

function countTaken(
  reply: PreparedComment,
  words: readonly string[],
  skip: ReadonlySet<string>,
): number {
  if (words.length === 0) return 0;
  // A stem is a word's start ("school" for "schools"): a question word starting with it takes it up.
  let n = 0;
  for (const stem of reply.stems) {
    if (!skip.has(stem) && words.some((w) => w.startsWith(stem))) n += 1;
  }
  // "Hours stay 6 to 6…": an answer opening on the question's own noun, capitalised as the first
  // word (and so read as a possible name, not a content stem).
  const lead = reply.firstWord.slice(0, LEAD_STEM);
  if (n === 0 && lead.length === LEAD_STEM && words.some((w) => w.startsWith(lead))) n = 1;
  return n;
}
const LEAD_STEM = 4;

/** Stems of first sentences, kept across calls: the same few words recur. */
const FIRST_STEMS = new Map<string, string>();

/** The content stems of the reply's first sentence, read once per reply, not per candidate. */
const firstSentenceStems = lastReplyCache((reply: PreparedComment): readonly string[] => {
  const stems = new Set<string>();
  for (const w of wordsIn(reply.firstSentence)) {
    const stem = contentStem(w, FIRST_STEMS);
    if (stem !== '') stems.add(stem);
  }
  return [...stems];
});

/**
 * Content words of `reply`'s first sentence found in `candidate`'s question for a fact, those in
 * `skip` aside: "Town crews are covered." gives back "Does this apply to the town's own crews?",
 * its capitalised first word included.
 */
export function firstSentenceTakesUp(
  reply: PreparedComment,
  candidate: PreparedComment,
  skip: ReadonlySet<string> = NO_STEMS,
): number {
  const words = askedBy(candidate).facts;
  if (words.length === 0) return 0;
  let n = 0;
  for (const stem of firstSentenceStems(reply)) {
    if (!skip.has(stem) && words.some((w) => w.startsWith(stem))) n += 1;
  }
  return n;
}
