import type { CueHit } from './cue-hit.ts';
import { lastReplyCache } from './last-reply-cache.ts';
import type { PreparedComment } from './prepare-comment.ts';

/**
 * The titles commenters sign with, each with the words a reader calls them by ("What the doctor
 * said about school transport" for Dr. Carvalho). One bit per role.
 */
const ROLES: readonly { readonly titles: readonly string[]; readonly called: readonly string[] }[] =
  [
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
  ];

const ROLE_OF_TITLE = new Map(ROLES.flatMap((r, k) => r.titles.map((t) => [t, 1 << k] as const)));

const LETTER = /\p{L}/u;

/** Whether `text` writes `phrase` as whole words ("the doc" is not "the docket"). */
function writesPhrase(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = at === 0 ? ' ' : (text[at - 1] ?? ' ');
    const after = text[at + phrase.length] ?? ' ';
    if (!LETTER.test(before) && !LETTER.test(after)) return true;
  }
  return false;
}

// Asked with each of a reply's candidates: its body is read once, and most replies call nobody by a
// role, so that no candidate's name is read at all.
const rolesCalled = lastReplyCache((reply): number => {
  const text = reply.body.toLowerCase();
  if (!text.includes('the ')) return 0;
  let roles = 0;
  ROLES.forEach((role, k) => {
    if (role.called.some((p) => writesPhrase(text, p))) roles |= 1 << k;
  });
  return roles;
});

/** The role bit of the title a display name opens with ("Dr. Ana Carvalho"), else 0. */
function roleOf(author: string): number {
  const first = author.trimStart().split(/[\s.]/u, 1)[0] ?? '';
  return ROLE_OF_TITLE.get(first.toLowerCase()) ?? 0;
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
  const roles = rolesCalled(reply);
  if (roles === 0 || cand.author === null || (roles & roleOf(cand.author)) === 0) return null;
  return { score: 0.86, reason: `names ${name} by their title's role`, points: 'mention' };
}
