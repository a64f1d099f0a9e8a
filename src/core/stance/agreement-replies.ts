import type { StanceLabel } from '../types.ts';
import { isSpaceCode } from '../text/char-codes.ts';

export type ReplyMove = 'agree' | 'disagree';

export interface ReplyReading {
  readonly move: ReplyMove;
  readonly cue: string;
}

const AGREE =
  /^(exactly|agreed|agree|i agree|yes|yep|yeah|yea|true|so true|very true|sadly true|sad but true|right|precisely|absolutely|indeed|well said|well put|bingo|same here|same|spot on|amen|this|truth|nailed it|hear,? hear|100%|\+1|couldn't agree more|could not agree more|i couldn't agree more|(history|the record|the evidence|experience) (backs|bears) you (up|out)|couldn't have said it better|could not have said it better|you('re| are) (so |absolutely |quite |exactly |dead )?(right|correct)|(he|she|they|that)('s|'re| is| are) (so |absolutely |quite |exactly |dead )?right|exactly right|good point|excellent point|great point|(?!(?:nobody|no one|who|never)\b)(?:[a-z]+ )?called it)\b|^100%(?!\w)/u;
const DISAGREE =
  /^(no|nope|wrong|false|not true|not so|nonsense|rubbish|i disagree|this comment is false|that's false|that is false|(that's|that is) (just |simply |plainly )?(not true|wrong|false|nonsense|absurd|ridiculous)|simply not true|not at all|on the contrary|quite the opposite|i beg to differ|you can't be serious|you cannot be serious|are you (kidding|serious|joking)|ridiculous|absurd|baloney|hogwash|bs)\b|\b(don't|do not|can't|cannot) agree\b|\b(strongly|respectfully|completely|totally|hard) disagree\b/u;
/** Assent that cannot open anything else: "Couldn't agree more, and…", "History backs you up…". */
const STRONG_AGREE =
  /^(i )?(couldn't|could not) agree more\b|^(history|the record|the evidence|experience) (backs|bears) you (up|out)\b/u;
/** A negated disagreement is assent: "You're not wrong", "That's not false". */
const NEGATED_DISAGREE =
  /^(you're|you are|he's|she's|they're|that's|that is|it's|it is)? ?not (wrong|false|mistaken)\b/u;

/**
 * Replies that mostly agree or disagree with their parent: "Exactly.", "Gordon is right.",
 * "No they're not." Only the opening counts, after a quotation of the parent is skipped, since
 * a reply that quotes first states its verdict right after the quote.
 */
export function readReply(
  openingLower: string,
  parentAuthor: string | null | undefined,
): ReplyReading | null {
  const opening = openingLower.trim();
  const firstName = parentAuthor ? firstNameOf(parentAuthor) : undefined;
  // Each pattern below is tried only when its literal part occurs: most replies match none.
  if (firstName && firstName.length > 1 && opening.startsWith(firstName) && namesVerdict(opening)) {
    if (namedPattern(firstName).test(opening))
      return { move: 'agree', cue: `agrees with ${parentAuthor ?? ''}`.trim() };
  }
  if (
    (opening.startsWith('you') ||
      opening.includes('more sense') ||
      opening.includes(' it right')) &&
    /^(you're|you are) (right|correct|spot on)\b|^more sense\b|\bmore sense in\b|^(?!nobody|no one|neither|none)[\w']+ (has|have|'s got|got|gets) it (exactly |dead )?right\b/u.test(
      opening,
    )
  ) {
    return { move: 'agree', cue: 'agrees with the parent' };
  }
  const negated = opening.includes('not ') ? NEGATED_DISAGREE.exec(opening) : null;
  if (negated) return { move: 'agree', cue: `agrees: "${negated[0].trim()}"` };
  // A bare "No"/"Yes" only counts as a verdict when it stands alone or the opening is short:
  // "No matter your opinions…" is not a disagreement.
  // A set phrase of assent is a verdict however long the sentence it opens.
  const verdict =
    !piecesExceed(opening, 8) ||
    /^[\w']+(\s[\w']+)?[,.!:;]/u.test(opening) ||
    STRONG_AGREE.test(opening);
  if (!verdict) return null;
  const dis = DISAGREE.exec(opening);
  if (dis) return { move: 'disagree', cue: `disagrees: "${dis[0]}"` };
  const agr = AGREE.exec(opening);
  // "Yes, what could go wrong?" and "Yes, let Russia take over…" are ironic far more often than
  // assent; a bare yes counts only as a short sentence of its own ("Yes.", "Yes it's true").
  // A bare "This" or "Same" agrees only as a sentence of its own, never as "This deal is…".
  if ((agr?.[0] === 'this' || agr?.[0] === 'same') && !/^(this|same)[.!]*$/u.test(opening)) {
    return null;
  }
  const bareYes = agr !== null && /^(yes|yeah|yea|yep|right)$/u.test(agr[0]);
  if (agr && (!bareYes || opening.split(/\s+/u).length <= 4)) {
    return { move: 'agree', cue: `agrees: "${agr[0]}"` };
  }
  return null;
}

/**
 * Whether `opening.split(/\s+/u)` would give more than `max` pieces, counted without splitting.
 * `opening` is trimmed, and `trim` strips exactly the characters `\s` matches.
 */
function piecesExceed(opening: string, max: number): boolean {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < opening.length; i += 1) {
    const space = isSpaceCode(opening.charCodeAt(i));
    if (space && !inSpace) {
      pieces += 1;
      if (pieces > max) return true;
    }
    inSpace = space;
  }
  return false;
}

/** Authors reply to one another over and over: each name is split once. */
const FIRST_NAMES = new Map<string, string | undefined>();
const NAMES_LIMIT = 10_000;

function firstNameOf(author: string): string | undefined {
  if (FIRST_NAMES.has(author)) return FIRST_NAMES.get(author);
  const name = author.trim().split(/\s+/u)[0]?.toLowerCase();
  if (FIRST_NAMES.size >= NAMES_LIMIT) FIRST_NAMES.clear();
  FIRST_NAMES.set(author, name);
  return name;
}

/** A word every namedPattern match ends with: a name's expression is built only when one occurs. */
function namesVerdict(opening: string): boolean {
  return opening.includes('right') || opening.includes('correct') || opening.includes('spot on');
}

/** "Gordon is right": compiled once per first name, as names recur through a thread. */
const NAMED = new Map<string, RegExp>();

function namedPattern(firstName: string): RegExp {
  let named = NAMED.get(firstName);
  if (named === undefined) {
    named = new RegExp(
      `^${escape(firstName)}(\\b[^.!?]{0,20}\\b(is|are) |'s )(right|correct|spot on)\\b`,
      'u',
    );
    if (NAMED.size >= NAMES_LIMIT) NAMED.clear();
    NAMED.set(firstName, named);
  }
  return named;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The stance a reply takes from its parent: the same on agreement, the opposite on disagreement. */
export function inheritedSign(parent: StanceLabel, move: ReplyMove): number {
  const sign = parent === 'support' ? 1 : parent === 'oppose' ? -1 : 0;
  return move === 'agree' || sign === 0 ? sign : -sign;
}
