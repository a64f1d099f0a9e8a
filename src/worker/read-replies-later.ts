import type { LaidOutDump } from '../core/lay-out-dump.ts';
import { linkStructure, type ParsedStructure } from '../core/parse-structure.ts';
import { replyGuesser } from '../core/replies/reply-guesser.ts';
import { taskBreak } from './next-task.ts';

/**
 * Comments whose parents are guessed between two looks at the message queue: 60–100 ms at 50,000
 * comments in Chromium, so the page's request for the threads (and so its progress) is heard early.
 */
export const REPLY_SLICE = 2_000;

/**
 * A big flat dump's parents, guessed after its comments went to the page in page order (the reader
 * starts reading while the worker spends seconds on who answers whom), a slice per task. `going`
 * is asked before each slice: a dump removed meanwhile stops the guessing (null).
 */
export async function readRepliesLater(
  laid: LaidOutDump,
  going: () => boolean,
  onProgress: (done: number, total: number) => void,
): Promise<ParsedStructure | null> {
  const { comments, article } = laid.dump;
  const n = comments.length;
  // In a task of its own, after the pending ones that post the comments to the page.
  await taskBreak();
  if (!going()) return null;
  const guesser = replyGuesser(comments, article);
  for (let at = 0; at < n; at += REPLY_SLICE) {
    await taskBreak();
    if (!going()) return null;
    onProgress(at, n);
    guesser.guess(at, Math.min(n, at + REPLY_SLICE));
  }
  onProgress(n, n);
  return linkStructure(laid, undefined, guesser.guesses);
}
