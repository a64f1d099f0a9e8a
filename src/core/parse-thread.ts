import { parseStructure, PROGRESS_STEP } from './parse-structure.ts';
import { readStances } from './stance/read-stances.ts';
import { withStances } from './stance/with-stances.ts';
import type { ParseError, Result, Stance, ThreadDocument } from './types.ts';

export { PROGRESS_STEP } from './parse-structure.ts';

/**
 * How far a parse has got, in comments read: guessing parents (flat dumps) and reading stances each
 * count every comment once, so `total` is twice the comments of a flat dump, once an indented one's.
 */
export type ParseProgress = (done: number, total: number) => void;

/**
 * The one entry the CLI, the worker and the tests use: detect the layout, read it, then decide ids,
 * parents, depths, places (parseStructure) and stances (readStances). Never throws on bad input: a
 * typed error says what was wrong. `onProgress`, if given, hears how far it has got.
 */
export function parseThread(
  text: string,
  onProgress?: ParseProgress,
): Result<ThreadDocument, ParseError> {
  // Only a flat dump reports guessing its parents: the first of its two passes.
  const structure = parseStructure(
    text,
    onProgress === undefined ? undefined : (done, n) => onProgress(done, 2 * n),
  );
  if (!structure.ok) return structure;
  const { doc, parents } = structure.value;
  const n = doc.comments.length;
  const total = doc.format === 'indented' ? n : 2 * n;
  const from = total - n;
  const stances: Stance[] = [];
  for (let at = 0; at < n; at += PROGRESS_STEP) {
    onProgress?.(from + at, total);
    readStances(doc.comments, parents, stances, at, Math.min(n, at + PROGRESS_STEP));
  }
  onProgress?.(total, total);
  return { ok: true, value: withStances(doc, stances) };
}
