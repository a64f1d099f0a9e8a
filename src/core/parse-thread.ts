import { classifyStance } from './stance/classify-stance.ts';
import { inferReplies } from './replies/infer-replies.ts';
import { makeIds } from './article/make-ids.ts';
import { normalizeLocation } from './location/normalize-location.ts';
import { parseLayout } from './parse/parse-layout.ts';
import type { ParsedDump } from './parse/parsed-dump.ts';
import type { ParseError, ReplyInfo, Result, ThreadComment, ThreadDocument } from './types.ts';

/**
 * How far a parse has got, in comments read: guessing parents (flat dumps) and reading stances each
 * count every comment once, so `total` is twice the comments of a flat dump, once an indented one's.
 */
export type ParseProgress = (done: number, total: number) => void;

/** Comments between two progress reports: 20–30 ms of work, a hundred per pass at 50,000. */
export const PROGRESS_STEP = 500;

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
  warnings: string[],
  onComment: ((index: number) => void) | undefined,
): Link[] {
  const guesses = inferReplies(dump.comments, dump.article, onComment);
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
 * The one entry the CLI, the worker and the tests use: detect the layout, read it, then decide ids,
 * parents, depths, places and stances. Never throws on bad input: a typed error says what was wrong.
 * `onProgress`, if given, hears how far it has got (the worker shows it while a big dump opens).
 */
export function parseThread(
  text: string,
  onProgress?: ParseProgress,
): Result<ThreadDocument, ParseError> {
  const parsed = parseLayout(text);
  if (!parsed.ok) return parsed;
  const dump = parsed.value;
  const n = dump.comments.length;
  const guessed = dump.format !== 'indented';
  const total = guessed ? 2 * n : n;
  /** A pass's listener: comment i of it is comment `from + i` of the whole parse's count. */
  const pass = (from: number) =>
    onProgress === undefined
      ? undefined
      : (i: number) => {
          if (i % PROGRESS_STEP === 0) onProgress(from + i, total);
        };
  const warnings = [...dump.warnings];
  const links = guessed ? guessedLinks(dump, warnings, pass(0)) : statedLinks(dump);
  // The stances are read after the parents are guessed, when they are.
  const stanceStep = pass(guessed ? n : 0);
  const ids = makeIds(dump.comments);

  const comments: ThreadComment[] = [];
  dump.comments.forEach((raw, i) => {
    stanceStep?.(i);
    const link = links[i] ?? { parent: null, reply: null };
    const parent = link.parent === null ? undefined : comments[link.parent];
    const stance = classifyStance(
      { body: raw.body, author: raw.author },
      parent === undefined
        ? undefined
        : { body: parent.body, author: parent.author, stance: parent.stance },
    );
    comments.push({
      id: ids[i] ?? '',
      parentId: parent?.id ?? null,
      depth: parent === undefined ? 0 : parent.depth + 1,
      author: raw.author,
      location: raw.rawLocation === null ? null : normalizeLocation(raw.rawLocation),
      body: raw.body,
      stance,
      reply: parent === undefined ? null : link.reply,
      line: raw.line,
    });
  });
  onProgress?.(total, total);
  return { ok: true, value: { format: dump.format, article: dump.article, comments, warnings } };
}
