import { shapeFromParents } from '../core/article/shape-from-parents.ts';
import { TOP, type TreeShape } from '../core/article/tree-shape.ts';
import { treeShapeOf } from '../core/article/tree-shape-of.ts';
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
  /** The shape of `doc`'s tree (treeShapeOf), from the parents' positions where they are known. */
  readonly shape: TreeShape;
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
    const { doc } = cached;
    return { ok: true, value: { doc, structure: null, laid: null, shape: treeShapeOf(doc) } };
  }
  if (!later.stances && !later.replies) {
    const whole = parseThread(text, onParse);
    if (!whole.ok) return whole;
    const doc = whole.value;
    return { ok: true, value: { doc, structure: null, laid: null, shape: treeShapeOf(doc) } };
  }
  const laid = layOutDump(text);
  if (!laid.ok) return laid;
  if (later.replies && laid.value.dump.format !== 'indented') {
    const doc = unlinkedDoc(laid.value);
    // Every comment at the top level, and a parse's ids all distinct: no Map of ids to find that.
    const shape = shapeFromParents(new Int32Array(doc.comments.length).fill(TOP));
    return { ok: true, value: { doc, structure: null, laid: laid.value, shape } };
  }
  const structure = linkStructure(laid.value, onParse);
  const shape = shapeFromParents(structure.parents);
  return { ok: true, value: { doc: structure.doc, structure, laid: null, shape } };
}
