import { readFileSync } from 'node:fs';
import { parseThread } from '../../../src/core/parse-thread.ts';
import type { ThreadComment, ThreadDocument } from '../../../src/core/types.ts';

/** The NYT seed as the CLI parses it: the tests pick their targets from it, not by hand. */
export function nytSeed(): ThreadDocument {
  const doc = parseThread(readFileSync('seeds/000_ee58b0036ea7db85.txt', 'utf8'));
  if (!doc.ok) throw new Error(doc.error.message);
  return doc.value;
}

/** Comments in page order (depth-first under their parents), as the thread list shows them. */
export function pageOrder(doc: ThreadDocument): ThreadComment[] {
  const kids = new Map<string | null, ThreadComment[]>();
  for (const c of doc.comments) kids.set(c.parentId, [...(kids.get(c.parentId) ?? []), c]);
  const out: ThreadComment[] = [];
  const walk = (parent: string | null) => {
    for (const c of kids.get(parent) ?? []) {
      out.push(c);
      walk(c.id);
    }
  };
  walk(null);
  return out;
}
