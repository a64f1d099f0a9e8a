import { parseStructure, type ParsedStructure } from '../core/parse-structure.ts';
import { parseThread } from '../core/parse-thread.ts';
import type { ParseError, Result, ThreadDocument } from '../core/types.ts';
import type { CachedParse } from './parse-cache.ts';

export interface ParsedForOpen {
  readonly doc: ThreadDocument;
  /** Set when the stances are read after the reply (every one UNREAD_STANCE until then). */
  readonly structure: ParsedStructure | null;
}

/** The cached parse, else the whole parse, or for a big dump (`later`) all but the stances. */
export function parseForOpen(
  text: string,
  cached: CachedParse | undefined,
  later: boolean,
  onParse: (done: number, total: number) => void,
): Result<ParsedForOpen, ParseError> {
  if (cached !== undefined) return { ok: true, value: { doc: cached.doc, structure: null } };
  if (!later) {
    const whole = parseThread(text, onParse);
    return whole.ok ? { ok: true, value: { doc: whole.value, structure: null } } : whole;
  }
  const structure = parseStructure(text, onParse);
  return structure.ok
    ? { ok: true, value: { doc: structure.value.doc, structure: structure.value } }
    : structure;
}
