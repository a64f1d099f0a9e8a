import type { CueHit } from './cue-hit.ts';
import { lastReplyCache } from './last-reply-cache.ts';
import type { PreparedComment } from './prepare-comment.ts';

// "I've been a crossing guard at Lincoln for six years.", "I'm a nurse.": a commenter telling the
// page what they do, in one word or two.
const SAYS_WHAT_I_DO =
  /(?:\bI['’]m|\bI am|\bI['’]ve been|\bI have been|\bI work as|(?:^|[.!?]\s+)As) an? (?:retired |former |licensed |certified |volunteer )?(\p{Ll}{3,})(?: (\p{Ll}{3,}))?(?=[\s.,;:!?)]|$)/gu;
// Words after the role that end it: "a nurse at the clinic", "a nurse for twenty years".
const ENDS_ROLE = new Set(
  'and at by for from here in myself now of on since there who with'.split(' '),
);
// "I'm a little worried", "as a kid": what follows "a" without being anybody's trade.
const NO_ROLE = new Set(
  'bit lot little few couple kid child teen teenager fan big huge long good great real new former person resident taxpayer homeowner parent mom dad mother father'.split(
    ' ',
  ),
);

/** The roles a comment's author gives themselves ("crossing guard", "nurse"), read once each. */
const rolesOf = new WeakMap<PreparedComment, readonly string[]>();

const NO_ROLES: readonly string[] = [];

function selfRoles(c: PreparedComment): readonly string[] {
  let roles = rolesOf.get(c);
  if (roles === undefined) {
    const found: string[] = [];
    // exec on the one expression, not matchAll, which copies it for every comment of the dump.
    SAYS_WHAT_I_DO.lastIndex = 0;
    for (let m = SAYS_WHAT_I_DO.exec(c.body); m !== null; m = SAYS_WHAT_I_DO.exec(c.body)) {
      const [first = '', second] = [m[1], m[2]];
      if (NO_ROLE.has(first)) continue;
      found.push(second === undefined || ENDS_ROLE.has(second) ? first : `${first} ${second}`);
    }
    // Most comments give themselves no role: they share one empty list.
    roles = found.length > 0 ? found : NO_ROLES;
    rolesOf.set(c, roles);
  }
  return roles;
}

// The reply is weighed against tens of candidates: its body is lower-cased once.
const lowerBody = lastReplyCache((reply): string => reply.body.toLowerCase());
/** A letter right before or after "the <role>" makes it part of another word. */
const LETTER = /\p{L}/u;

/**
 * "With respect to the crossing guard, the answer is a squad car.": a reply that speaks of "the
 * <role>" a commenter gave themselves points at them as their name would.
 */
export function namesSelfDescribed(
  reply: PreparedComment,
  cand: PreparedComment,
  name: string,
): CueHit | null {
  const roles = selfRoles(cand);
  if (roles.length === 0) return null;
  const body = lowerBody(reply);
  for (const role of roles) {
    const at = body.indexOf(`the ${role}`);
    if (
      at >= 0 &&
      !LETTER.test(body.charAt(at + 4 + role.length)) &&
      !LETTER.test(body.charAt(at - 1))
    ) {
      return {
        score: 0.86,
        reason: `names ${name} by the role they gave themselves`,
        points: 'mention',
      };
    }
  }
  return null;
}
