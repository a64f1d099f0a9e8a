import type { PreparedDump } from './prepare-dump.ts';
import { quotesEarlier } from './quotes-earlier.ts';

/** As far back as an own comment is looked for: a reply's quotations are sought no further. */
const OWN_REACH = 40;

let lastReply: unknown = null;
let lastFlags: readonly boolean[] = [];

/**
 * One flag per quoted span of reply `i`: set where an earlier comment of the reply's own author
 * holds the words. "So "revenue neutral" is real until it isn't." under a partner, from someone who
 * wrote "Revenue neutral, my foot." earlier: marks around their own phrase scare-quote it and quote
 * no one, though a third commenter wrote it too. Asked for with each candidate: kept for the latest
 * reply.
 */
export function ownQuoted(dump: PreparedDump, i: number): readonly boolean[] {
  const reply = dump.comments[i];
  if (reply === undefined) return [];
  if (reply === lastReply) return lastFlags;
  const flags = reply.quotedSpans.map(() => false);
  const key = reply.authorKey;
  if (key !== null) {
    for (let k = Math.max(0, i - OWN_REACH); k < i; k++) {
      const own = dump.comments[k];
      if (own?.authorKey === key) quotesEarlier(reply, own, '', flags);
    }
  }
  lastReply = reply;
  lastFlags = flags;
  return flags;
}
