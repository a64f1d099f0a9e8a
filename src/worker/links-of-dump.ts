import type { WorkerDump } from './dump-opener.ts';
import type { ThreadLinksWire } from './protocol.ts';
import { encodeReplies } from './replies-wire.ts';

/**
 * Who answers whom in a dump, for a page that has its comments (tree-with-replies.ts), worked out
 * from the document whether its parents were guessed after the open or came with it: a page whose
 * engine restarted asks again for threads that the new engine's open (from the cache) came with.
 */
export function linksOfDump(dump: WorkerDump): ThreadLinksWire {
  const { comments, warnings } = dump.doc;
  const replies = encodeReplies(comments.map((c) => c.reply));
  return { replies, warnings, shape: dump.shape };
}
