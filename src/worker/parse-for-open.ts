import { shapeFromParents } from '../core/article/shape-from-parents.ts';
import { TOP, type TreeShape } from '../core/article/tree-shape.ts';
import { treeShapeOf } from '../core/article/tree-shape-of.ts';
import { layOutDump, type LaidOutDump } from '../core/lay-out-dump.ts';
import { linkStructure, type ParsedStructure } from '../core/parse-structure.ts';
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

/** What is read after the reply besides the stances, always read later: a flat dump's parents. */
export interface ReadLater {
  readonly replies: boolean;
}

/**
 * The cached parse, else all but the stances, or for a big flat dump (`later.replies`) only its
 * layout, ids and places. Stances are left to readStancesLater, whose code the worker loads then.
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
