import { layOutDump, type LaidOutDump } from '../core/lay-out-dump.ts';
import { linkStructure, type ParsedStructure } from '../core/parse-structure.ts';
import { parseThread } from '../core/parse-thread.ts';
import { unlinkedDoc } from '../core/unlinked-doc.ts';
import type { ParseError, Result, ThreadDocument } from '../core/types.ts';
import type { CachedParse } from './parse-cache.ts';

export interface ParsedForOpen {
  readonly doc: ThreadDocument;
  /** Set when the stances are read after the reply (every one UNREAD_STANCE until then). */
  readonly structure: ParsedStructure | null;
  /**
   * Set when a flat dump's parents are guessed after the reply: `doc` lists every comment at the
   * top level until then (and `structure` is null: the stances wait for the parents).
   */
  readonly laid: LaidOutDump | null;
}

/**
 * What is read after the reply: the stances, and a flat dump's parents before them (which puts off
 * the stances too, whatever `stances` says: they are read in the light of the parents).
 */
export interface ReadLater {
  readonly stances: boolean;
  readonly replies: boolean;
}

/**
 * The cached parse, else the whole parse, or for a big dump all but the stances (`later.stances`),
 * or for a big flat one only its layout, ids and places (`later.replies`).
 */
export function parseForOpen(
  text: string,
  cached: CachedParse | undefined,
  later: ReadLater,
  onParse: (done: number, total: number) => void,
): Result<ParsedForOpen, ParseError> {
  if (cached !== undefined) {
    return { ok: true, value: { doc: cached.doc, structure: null, laid: null } };
  }
  if (!later.stances && !later.replies) {
    const whole = parseThread(text, onParse);
    return whole.ok
      ? { ok: true, value: { doc: whole.value, structure: null, laid: null } }
      : whole;
  }
  const laid = layOutDump(text);
  if (!laid.ok) return laid;
  if (later.replies && laid.value.dump.format !== 'indented') {
    return { ok: true, value: { doc: unlinkedDoc(laid.value), structure: null, laid: laid.value } };
  }
  const structure = linkStructure(laid.value, onParse);
  return { ok: true, value: { doc: structure.doc, structure, laid: null } };
}
