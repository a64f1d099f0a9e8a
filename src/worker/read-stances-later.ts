import type { ParsedStructure } from '../core/parse-structure.ts';
import { withStances } from '../core/stance/with-stances.ts';
import type { Stance, ThreadDocument } from '../core/types.ts';
import { taskBreak } from './next-task.ts';

/**
 * Comments whose stances are read between two looks at the message queue: 30–45 ms in Chromium,
 * so a search typed meanwhile waits no longer than that.
 */
export const STANCE_SLICE = 1_000;

/**
 * A dump's stances, read after its threads went to the page (the reader starts reading while
 * the worker still reads a minute's worth of text per second), a slice per task. `going` is asked
 * before each slice: a dump removed meanwhile stops the reading (null).
 */
export async function readStancesLater(
  structure: ParsedStructure,
  going: () => boolean,
  onProgress: (done: number, total: number) => void,
): Promise<ThreadDocument | null> {
  // The stance reader (its cues, the lexicon: half the worker's code) loads only now, so the
  // worker's start-up that the first thread waits for compiles and runs none of it.
  const { readStances } = await import('../core/stance/read-stances.ts');
  const { doc, parents } = structure;
  const n = doc.comments.length;
  const stances: Stance[] = [];
  for (let at = 0; at < n; at += STANCE_SLICE) {
    await taskBreak();
    if (!going()) return null;
    onProgress(at, n);
    readStances(doc.comments, parents, stances, at, Math.min(n, at + STANCE_SLICE));
  }
  onProgress(n, n);
  return withStances(doc, stances);
}
