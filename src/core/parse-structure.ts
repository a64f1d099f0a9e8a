import { inferReplies } from './replies/infer-replies.ts';
import { layOutDump, type LaidOutDump } from './lay-out-dump.ts';
import type { ParsedDump } from './parse/parsed-dump.ts';
import { NO_PARENT } from './no-parent.ts';
import type {
  ParseError,
  ReplyGuess,
  ReplyInfo,
  Result,
  Stance,
  ThreadComment,
  ThreadDocument,
} from './types.ts';

/** How far a pass has got, in comments read (`total`: the pass's comments). */
export type PassProgress = (done: number, total: number) => void;

/** Comments between two progress reports: 20–30 ms of work, a hundred per pass at 50,000. */
export const PROGRESS_STEP = 500;

/**
 * The stance a comment carries until its stance is read (readStances): never shown, filtered on
 * or exported, since a document holding it says its stances are pending.
 */
export const UNREAD_STANCE: Stance = { label: 'neutral', score: 0, cues: [] };

/** A dump's threads before their stances are read, and each comment's parent by position. */
export interface ParsedStructure {
  /** Every comment's `stance` is UNREAD_STANCE. */
  readonly doc: ThreadDocument;
  /** Position of each comment's parent in `doc.comments`, NO_PARENT for a top-level one. */
  readonly parents: Int32Array;
}

interface Link {
  readonly parent: number | null;
  readonly reply: ReplyInfo | null;
}

const STATED: ReplyInfo = { inferred: false, confidence: 1, reason: 'indentation' };

/** Parents stated by indentation: the nearest earlier comment one level shallower. */
function statedLinks(dump: ParsedDump): Link[] {
  const stack: number[] = [];
  return dump.comments.map((c, i) => {
    const depth = c.depth ?? 0;
    stack.length = Math.min(stack.length, depth);
    const parent = depth > 0 ? (stack[depth - 1] ?? null) : null;
    stack.push(i);
    return { parent, reply: parent === null ? null : STATED };
  });
}

/** Parents guessed for a flat dump; a guess that does not point backwards is dropped with a warning. */
function guessedLinks(
  dump: ParsedDump,
  guesses: readonly ReplyGuess[],
  warnings: string[],
): Link[] {
  return dump.comments.map((c, i) => {
    const guess = guesses[i] ?? null;
    if (guess === null) return { parent: null, reply: null };
    if (!Number.isInteger(guess.parentIndex) || guess.parentIndex < 0 || guess.parentIndex >= i) {
      warnings.push(
        `line ${c.line}: ignored a reply guess that does not point to an earlier comment`,
      );
      return { parent: null, reply: null };
    }
    const confidence = Math.min(1, Math.max(0, guess.confidence));
    return {
      parent: guess.parentIndex,
      reply: { inferred: true, confidence, reason: guess.reason },
    };
  });
}

/**
 * A dump's layout, ids, parents, depths and places: everything but the stances, which take most of
 * a big dump's parse (and a worker's first reading is slow at any size) and are read after
 * (readStances). Never throws on bad input. `onProgress` hears how far the guessing of parents has
 * got (flat dumps only: indented ones state them).
 */
export function parseStructure(
  text: string,
  onProgress?: PassProgress,
): Result<ParsedStructure, ParseError> {
  const laid = layOutDump(text);
  return laid.ok ? { ok: true, value: linkStructure(laid.value, onProgress) } : laid;
}

/**
 * The parents of a dump laid out (stated by indentation, or guessed in a flat dump unless its
 * `guesses` are given), and the document with them: what parseStructure returns.
 */
export function linkStructure(
  laid: LaidOutDump,
  onProgress?: PassProgress,
  guesses?: readonly ReplyGuess[],
): ParsedStructure {
  const { dump, ids, places } = laid;
  const n = dump.comments.length;
  const warnings = [...dump.warnings];
  const onComment =
    onProgress === undefined
      ? undefined
      : (i: number) => {
          if (i % PROGRESS_STEP === 0) onProgress(i, n);
        };
  const links =
    dump.format === 'indented'
      ? statedLinks(dump)
      : guessedLinks(
          dump,
          guesses ?? inferReplies(dump.comments, dump.article, onComment),
          warnings,
        );
  const parents = new Int32Array(n).fill(NO_PARENT);
  const comments: ThreadComment[] = [];
  dump.comments.forEach((raw, i) => {
    const link = links[i] ?? { parent: null, reply: null };
    const parent = link.parent === null ? undefined : comments[link.parent];
    if (parent !== undefined && link.parent !== null) parents[i] = link.parent;
    comments.push({
      id: ids[i] ?? '',
      parentId: parent?.id ?? null,
      depth: parent === undefined ? 0 : parent.depth + 1,
      author: raw.author,
      location: places[i] ?? null,
      body: raw.body,
      stance: UNREAD_STANCE,
      reply: parent === undefined ? null : link.reply,
      line: raw.line,
    });
  });
  const doc = { format: dump.format, article: dump.article, comments, warnings };
  return { doc, parents };
}
