import type { LaidOutDump } from './lay-out-dump.ts';
import { UNREAD_STANCE } from './parse-structure.ts';
import type { ThreadDocument } from './types.ts';

/**
 * A flat dump as its page listed it, before anyone's parent is guessed: every comment at the top
 * level, in page order, with its id and place, and no stance read. Guessing the parents of 50,000
 * comments takes seconds; the reader reads this meanwhile, and linkStructure's document replaces it.
 */
export function unlinkedDoc(laid: LaidOutDump): ThreadDocument {
  const { dump, ids, places } = laid;
  const comments = dump.comments.map((raw, i) => ({
    id: ids[i] ?? '',
    parentId: null,
    depth: 0,
    author: raw.author,
    location: places[i] ?? null,
    body: raw.body,
    stance: UNREAD_STANCE,
    reply: null,
    line: raw.line,
  }));
  return { format: dump.format, article: dump.article, comments, warnings: [...dump.warnings] };
}
