import { shapeFromParents } from '../core/article/shape-from-parents.ts';
import type { LaidOutDump } from '../core/lay-out-dump.ts';
import type { ParsedStructure } from '../core/parse-structure.ts';
import type { SearchIndex } from '../core/search/search-index.ts';
import { searchDocs } from '../core/search/search-docs.ts';
import { storeTermIndex } from '../core/search/stored-term-index.ts';
import type { OpenError } from '../core/parse/open-error.ts';
import type { CachedParse, ParseCache } from './parse-cache.ts';
import { openIndex } from './open-index.ts';
import type { Progress } from './protocol.ts';
import type { Opened, Replied, WorkerDump } from './dump-opener.ts';
import { readRepliesLater } from './read-replies-later.ts';
import { readStancesLater } from './read-stances-later.ts';

export interface AfterOpen {
  readonly search: Promise<SearchIndex>;
  /** The dump once its parents are guessed: the dump itself unless they are guessed here. */
  readonly replied: Promise<Replied>;
  /** The dump once its stances are read: the dump itself unless they are read here. */
  readonly stanced: Promise<Opened>;
}

export interface AfterOpenInput {
  readonly dump: WorkerDump;
  /** Set when the stances are still to be read (the dump's are UNREAD_STANCE). */
  readonly structure: ParsedStructure | null;
  /** Set when a flat dump's parents are still to be guessed (then its stances after them). */
  readonly laid: LaidOutDump | null;
  readonly fromCache: CachedParse | undefined;
  readonly cache: ParseCache | undefined;
  /** False once the dump was removed: guessing its parents or reading its stances stops. */
  readonly going: () => boolean;
  /**
   * Resolves once someone needs the stances (the page asks once its main thread is idle): read as
   * soon as the threads were sent, they competed with the page's first render for two cores.
   */
  readonly asked: Promise<void>;
  /** How the guessing of parents (stage `replies`) and the reading of stances (`stance`) go. */
  readonly onProgress: (p: Progress) => void;
  /** How a reading stopped by a removal ends. */
  readonly stopped: OpenError;
}

/** A dump with its parents guessed, and what its stances are read from (null: read already). */
interface Linked {
  readonly dump: WorkerDump;
  readonly structure: ParsedStructure | null;
}

/**
 * What an open does after its reply goes out: a big flat dump's parents, then its stances once
 * asked for, then the search index (a search typed meanwhile waits for it), then the cache write of
 * both. A task runs after the pending microtasks that post the reply, so none of it delays the
 * page's first comments.
 */
export function afterOpen(input: AfterOpenInput): AfterOpen {
  const { dump, structure, laid, fromCache, cache, going, asked, onProgress } = input;
  const stopped: Opened = { ok: false, error: input.stopped };
  const linked: Promise<Linked | null> =
    laid === null
      ? Promise.resolve({ dump, structure })
      : readRepliesLater(laid, going, (done, total) =>
          onProgress({ done, total, stage: 'replies' }),
        ).then((s) => {
          if (s === null) return null;
          const shape = shapeFromParents(s.parents);
          return { dump: { ...dump, doc: s.doc, shape, repliesPending: false }, structure: s };
        });
  const replied = linked.then((l): Replied => (l === null ? stopped : { ok: true, value: l.dump }));
  // The stances first (its badges, stance filter and counts wait on them), then the search
  // index: read after the index, the 50k dump's stances came 1.9 s later than when they were read
  // before the threads were sent (bench, idle machine); first, 0.5 s later (A/B, 3 runs each).
  const stanced = linked.then(async (l): Promise<Opened> => {
    if (l === null) return stopped;
    if (l.structure === null) return { ok: true, value: l.dump };
    await asked;
    const doc = await readStancesLater(l.structure, going, (done, total) =>
      onProgress({ done, total, stage: 'stance' }),
    );
    return doc === null ? stopped : { ok: true, value: { ...l.dump, doc, stancesPending: false } };
  });
  // A cached parse's index is read once the parse is (parse-cache.ts), while its comments are
  // posted: read a task later, it met the page's first render and the gain was gone (median 2,716
  // against 2,220 ms, same rounds).
  const kept = stanced.then(
    () => (fromCache === undefined ? undefined : cache?.index(dump.hash)),
    () => undefined,
  );
  // A dump removed while its threads or stances were read gets no index: nobody can search it.
  // A stance reading that failed still leaves the dump searchable.
  const search = Promise.all([stanced.catch(() => null), kept]).then(([read, stored]) =>
    read?.ok === false
      ? Promise.reject(new Error('That dump was removed.'))
      : openIndex(searchDocs(dump.doc.comments, dump.hash), stored),
  );
  // Reported to whoever searches; not an unhandled rejection meanwhile.
  search.catch(() => undefined);
  // Written once the reader has the index and the stances; the write is waited for by no one.
  if (cache !== undefined) {
    const index = Promise.all([search, kept]).then(
      ([built, stored]) => (stored === undefined ? storeTermIndex(built.terms) : undefined),
      () => undefined,
    );
    void Promise.all([stanced, index])
      .then(([read, stored]) => {
        if (!read.ok) return undefined;
        const { doc, relevance } = read.value;
        if (fromCache === undefined) {
          return cache.set(
            dump.hash,
            stored === undefined ? { doc, relevance } : { doc, relevance, index: stored },
          );
        }
        return stored === undefined ? undefined : cache.setIndex(dump.hash, stored);
      })
      .catch(() => undefined);
  }
  return { search, replied, stanced };
}
