import type { ParseErrorCode } from '../types.ts';

/**
 * Why a dump the reader chose could not be opened. A superset of the parser's codes: the bytes can
 * fail before the parser ever sees text (too big, not UTF-8), and the reader can cancel.
 */
export type OpenErrorCode = ParseErrorCode | 'too-large' | 'encoding' | 'cancelled' | 'failed';

export interface OpenError {
  readonly code: OpenErrorCode;
  /** What went wrong and what to do, in words a reader understands. */
  readonly message: string;
  /** 1-based line the problem is on, null when it is about the whole input. */
  readonly line: number | null;
  /** For an unknown layout: the first lines that were read, so the reader sees what the app saw. */
  readonly firstLines?: readonly string[];
}
