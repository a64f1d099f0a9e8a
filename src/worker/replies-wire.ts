import { internTable } from './intern-table.ts';
import { onWire } from './on-wire.ts';
import type { ReplyInfo } from '../core/types.ts';

/**
 * Every comment's reply info in page order, as the worker posts a big flat dump's threads: the
 * numbers in typed arrays, each distinct reason once. As JSON (2.4 MB at 50,000 flat comments,
 * 9,070 distinct reasons of 28,089) the page parsed it in one task, 42–90 ms in Node (5 runs).
 */
export interface RepliesWire {
  /** Per comment: 0 at the top level, 1 when the layout states its parent, 2 when it was guessed. */
  readonly kinds: Uint8Array;
  readonly confidences: Float64Array;
  /** Per comment, its reason's index in `reasonTable` (0 at the top level). */
  readonly reasons: Uint32Array;
  readonly reasonTable: readonly string[];
}

const TOP = 0;
const STATED = 1;
const GUESSED = 2;

export function encodeReplies(replies: readonly (ReplyInfo | null)[]): RepliesWire {
  const reasonTable = internTable<string>();
  const kinds = new Uint8Array(replies.length);
  const confidences = new Float64Array(replies.length);
  const reasons = new Uint32Array(replies.length);
  replies.forEach((reply, i) => {
    if (reply === null) return;
    kinds[i] = reply.inferred ? GUESSED : STATED;
    confidences[i] = reply.confidence;
    reasons[i] = reasonTable.id(reply.reason);
  });
  return { kinds, confidences, reasons, reasonTable: reasonTable.values };
}

export function decodeReplies(wire: RepliesWire): (ReplyInfo | null)[] {
  const { kinds, confidences, reasons, reasonTable } = wire;
  const replies = new Array<ReplyInfo | null>(kinds.length);
  for (let i = 0; i < kinds.length; i += 1) {
    const kind = onWire(kinds[i]);
    // Keys in the order the parsers write them: exports print the page's comments as JSON.
    replies[i] =
      kind === TOP
        ? null
        : {
            inferred: kind === GUESSED,
            confidence: onWire(confidences[i]),
            reason: onWire(reasonTable[onWire(reasons[i])]),
          };
  }
  return replies;
}
