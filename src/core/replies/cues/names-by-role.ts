import type { CueHit } from './cue-hit.ts';
import { lastReplyCache } from './last-reply-cache.ts';
import type { PreparedComment } from './prepare-comment.ts';
import type { TitleSpelling } from './title-table.ts';

/**
 * The roles titles give (TITLE_TABLE), each with the words a reader calls them by ("What the doctor
 * said about school transport" for Dr. Carvalho). One bit per role.
 */
const ROLES: readonly {
  readonly titles: readonly TitleSpelling[];
  readonly called: readonly string[];
}[] = [
  { titles: ['dr', 'doctor'], called: ['the doctor', 'the doc', 'the physician'] },
  {
    titles: ['sgt', 'sergeant', 'officer', 'lt', 'capt', 'det', 'detective'],
    called: ['the officer', 'the sergeant', 'the cop', 'the detective'],
  },
  { titles: ['rev', 'reverend', 'pastor'], called: ['the reverend', 'the pastor', 'the priest'] },
  { titles: ['coach'], called: ['the coach'] },
  { titles: ['prof', 'professor'], called: ['the professor', 'the prof'] },
  { titles: ['nurse'], called: ['the nurse'] },
  {
    titles: ['councilmember', 'councilman', 'councilwoman', 'councillor', 'alderman'],
    called: ['the councilmember', 'the councilman', 'the councilwoman', 'the councillor'],
  },
  // "Chief Ana Ruiz" of the fire or police department: "the chief" to readers.
  { titles: ['chief'], called: ['the chief'] },
];

const ROLE_OF_TITLE = new Map<string, number>(
  ROLES.flatMap((r, k) => r.titles.map((t) => [t, 1 << k] as const)),
);

/** The word after "the" that calls each role ("doctor" in "the doctor"), with its role's bit. */
const CALLED = new Map(
  ROLES.flatMap((r, k) => r.called.map((phrase) => [phrase.slice('the '.length), 1 << k] as const)),
);

// Whole words ("the doc" is not "the docket"), every role in one pass: a search per phrase took 7 %
// of inferReplies on 30,000 generated flat comments (a CPU profile), as nearly every reply says "the".
const CALLED_RE = new RegExp(`(?<!\\p{L})the (${[...CALLED.keys()].join('|')})(?!\\p{L})`, 'gu');

// Asked with each of a reply's candidates: its body is read once, and most replies call nobody by a
// role, so that no candidate's name is read at all.
const rolesCalled = lastReplyCache((reply): number => {
  const text = reply.body.toLowerCase();
  if (!text.includes('the ')) return 0;
  let roles = 0;
  for (const m of text.matchAll(CALLED_RE)) roles |= CALLED.get(m[1] ?? '') ?? 0;
  return roles;
});

// Per candidate, read once: a reply calling someone by a role asks it of each of its candidates.
// Kept with the comment, which the dump drops when the run ends.
const roleByComment = new WeakMap<PreparedComment, number>();

/** The role bit of the title the comment's signature opens with ("Dr. Ana Carvalho"), else 0. */
function roleOf(comment: PreparedComment, author: string): number {
  let role = roleByComment.get(comment);
  if (role === undefined) {
    const first = author.trimStart().split(/[\s.]/u, 1)[0] ?? '';
    role = ROLE_OF_TITLE.get(first.toLowerCase()) ?? 0;
    roleByComment.set(comment, role);
  }
  return role;
}

/**
 * "The empty shelves the doctor warned about": a reply speaking of a commenter by the role their
 * signed title gives them points at them as surely as their name with its title would ("Dr. Shah
 * said"), and as far up the page.
 */
export function namesByRole(
  reply: PreparedComment,
  cand: PreparedComment,
  name: string,
): CueHit | null {
  const called = rolesCalled(reply);
  if (called === 0 || cand.author === null || (called & roleOf(cand, cand.author)) === 0)
    return null;
  return { score: 0.86, reason: `names ${name} by their title's role`, points: 'mention' };
}
