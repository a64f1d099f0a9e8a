import type { PreparedComment } from './prepare-comment.ts';

// "…or do they dim after midnight?": a yes-no question's subject pronoun and the verb it asks about.
const ASKED = /\b(?:do|does|did|will|would|can|could)\s+(they|it|he|she)\s+([\p{L}'’]{2,})/giu;
// Words that follow the pronoun without being the verb asked about ("do they not…", "will it ever…").
const NOT_A_VERB = /^(?:not|ever|still|just|really|even|also|actually|all|both|have|be)$/iu;

/**
 * Does `reply` say the very thing a yes-no question in `candidate` asked, pronoun and verb alike
 * ("…or do they dim after midnight?" — "Under the plan they dim to 70% between 1 and 5 a.m.")? The
 * verb may be too short, or too common, to count as a shared word, and still be what was asked.
 */
export function repeatsAskedVerb(reply: PreparedComment, candidate: PreparedComment): boolean {
  if (!candidate.asks) return false;
  const body = reply.body.toLowerCase();
  for (const m of candidate.body.matchAll(ASKED)) {
    const said = `${m[1] ?? ''} ${m[2] ?? ''}`.toLowerCase();
    if (NOT_A_VERB.test(m[2] ?? '')) continue;
    const at = body.indexOf(said);
    if (
      at >= 0 &&
      !/\p{L}/u.test(body.charAt(at - 1)) &&
      !/\p{L}/u.test(body.charAt(at + said.length))
    ) {
      return true;
    }
  }
  return false;
}
