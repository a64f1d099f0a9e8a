import { addressesByName } from './addresses-by-name.ts';
import type { CueHit } from './cue-hit.ts';
import type { NameVariant } from './name-variants.ts';
import { namesByRole } from './names-by-role.ts';
import { namesSelfDescribed } from './names-self-described.ts';
import { picksUpSubject } from './picks-up-subject.ts';
import type { PreparedDump } from './prepare-dump.ts';
import { writesAuthorName } from './writes-author-name.ts';

const isHandle = (v: NameVariant): boolean => v.lowerCaseHandle;
/**
 * Talk about the page is often put to the site by its name ("Herald, fix the reply button"), and
 * handles are often built from the local paper's or town's name ("sam_herald"): there a word out of
 * a handle is as likely the site, so only the whole handle calls on its bearer.
 */
const wholeOrName = (v: NameVariant): boolean => !v.lowerCaseHandle || v.whole;

/** addressesByName's score for a name that calls on its bearer, not a mere mention. */
const ADDRESSED = 0.9;

/**
 * Adds to `hits` what comment `i` says of comment `j`'s author by their name: called on or named,
 * then the subject of theirs it picks up, and by the role of their title ("the doctor"). `meta`:
 * the reply is talk about the page.
 */
export function nameHits(
  dump: PreparedDump,
  i: number,
  j: number,
  meta: boolean,
  hits: CueHit[],
): void {
  const reply = dump.comments[i];
  const cand = dump.comments[j];
  const name = cand?.author ?? null;
  if (reply === undefined || cand === undefined || name === null) return;
  const variants = dump.variantsAt[j] ?? [];
  // A name is read only from a variant's first word written as a name, or from a lower-case
  // handle opening the reply: most candidates' names are nowhere in it, told by one look-up.
  const found =
    writesAuthorName(dump, i, j) || variants.some(isHandle)
      ? addressesByName(reply, name, meta ? variants.filter(wholeOrName) : variants)
      : null;
  // Talk about the page that names a commenter in passing ("my comment was held and Earl's went
  // straight through") is a complaint to the site, not a turn with them; one that calls on them
  // by name ("Earl, did yours get held too?") is.
  const named = meta && found !== null && found.score < ADDRESSED ? null : found;
  if (named !== null) {
    hits.push(named);
    const picked = picksUpSubject(reply, cand, name);
    if (picked !== null) hits.push(picked);
  }
  const role = namesByRole(reply, cand, name) ?? namesSelfDescribed(reply, cand, name);
  if (role !== null) hits.push(role);
}
