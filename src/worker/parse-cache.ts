import { del, get, set } from 'idb-keyval';
import type { CommentSlice } from './comment-slice.ts';
import { closingStore } from './dumps-db.ts';
import { decodedDoc, encodedComments } from './encoded-comments.ts';
import type { StoredTermIndex } from '../core/search/stored-term-index.ts';
import type { StanceRelevance } from '../core/stance/stance-relevance.ts';
import type { ThreadDocument } from '../core/types.ts';
import { PARSES_DB, PARSES_RECENT_KEY, PARSES_STORE } from './storage-names.ts';

/**
 * Parsed documents kept across reloads, so a big dump the reader opened is not parsed again each
 * visit (at 50,000 comments the parse is seconds; reading it back is a fraction of that).
 */
export interface ParseCache {
  /** The parse without its search index, which a revisit's first thread does not wait for. */
  get(hash: string): Promise<CachedParse | undefined>;
  /** The search index kept with the parse, read on its own after it (after-open.ts). */
  index(hash: string): Promise<StoredTermIndex | undefined>;
  set(hash: string, parse: CachedParse): Promise<void>;
  /** Keeps an index for a parse already kept (one read back without it, whose index was built). */
  setIndex(hash: string, index: StoredTermIndex): Promise<void>;
  delete(hash: string): Promise<void>;
}

/** What an open works out from a dump's text before the page can show it. */
export interface CachedParse {
  readonly doc: ThreadDocument;
  readonly relevance: StanceRelevance;
  /**
   * Its search index, once built: a revisit's first search then does not wait for a build. Given
   * to `set` only; `get` leaves it to `index`.
   */
  readonly index?: StoredTermIndex;
  /** The size of the file it was parsed from, if any (open-dump.ts finds it by hash and size). */
  readonly bytes?: number;
}

/** Parses kept at most; the least recently opened goes first. Each can be tens of MB. */
export const CACHE_ENTRIES = 3;

/**
 * A parse as stored: the comments in the slices the page receives (comment-slice.ts). A structured
 * clone of 50,000 comment objects took the worker about 0.9 s to read back (Node's v8.deserialize,
 * 47 MB); the slices, read back and decoded, about 0.35 s, and a revisit posts them as they are.
 */
interface Entry {
  /** The parser build that wrote it: a parse from other code is not trusted. */
  readonly build: string;
  readonly rest: Omit<ThreadDocument, 'comments'>;
  readonly slices: readonly CommentSlice[];
  readonly relevance: StanceRelevance;
  readonly bytes?: number;
}

/**
 * A parse's search index, under a key of its own: kept in the parse's entry (16.5 of 70 MB at 50,000
 * comments), it was read before a revisit's first thread could show. Apart: 2,690 → 2,220 ms from
 * navigation to the 50k dump's first thread (Chromium, medians of 9 revisits, 3 alternated rounds).
 */
interface IndexEntry {
  readonly build: string;
  readonly index: StoredTermIndex;
}

const docKey = (hash: string) => `doc:${hash}`;
const indexKey = (hash: string) => `index:${hash}`;

interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

/**
 * A ParseCache over a key-value store. `build` names the parser that writes (in the worker, its
 * content-hashed script URL), so an improved parser never serves a stale parse. Every failure
 * (quota, a blocked database) reads as a miss: the cache only ever saves time.
 */
export function createParseCache(kv: KeyValue, build: string): ParseCache {
  // Writes run one after another: a forget landing between setIndex's check that its parse is
  // still kept and its write would leave an index nothing ever deletes.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };
  const recent = async (): Promise<string[]> => {
    const value = await kv.get(PARSES_RECENT_KEY);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  };
  const touch = async (hash: string, keep: boolean): Promise<void> => {
    const order = [hash, ...(await recent()).filter((h) => h !== hash)];
    const kept = keep ? order.slice(0, CACHE_ENTRIES) : order.slice(1);
    for (const old of order.slice(keep ? CACHE_ENTRIES : 0)) {
      if (!kept.includes(old))
        await Promise.all([kv.delete(docKey(old)), kv.delete(indexKey(old))]);
    }
    await kv.set(PARSES_RECENT_KEY, kept);
  };
  return {
    async get(hash) {
      try {
        const entry = (await kv.get(docKey(hash))) as Partial<Entry> | undefined;
        if (
          entry?.build !== build ||
          typeof entry.rest !== 'object' ||
          entry.rest === null ||
          !Array.isArray(entry.slices) ||
          typeof entry.relevance !== 'object' ||
          entry.relevance === null
        ) {
          return undefined;
        }
        await inTurn(() => touch(hash, true));
        const { rest, slices, relevance, bytes } = entry;
        // A slice that does not decode (altered storage) throws: read as a miss below.
        const doc = decodedDoc(rest, slices);
        return { doc, relevance, ...(typeof bytes === 'number' ? { bytes } : {}) };
      } catch {
        return undefined;
      }
    },
    async index(hash) {
      try {
        const entry = (await kv.get(indexKey(hash))) as Partial<IndexEntry> | undefined;
        // Its fit to the comments is restoreTermIndex's to judge.
        return entry?.build === build && typeof entry.index === 'object' && entry.index !== null
          ? entry.index
          : undefined;
      } catch {
        return undefined;
      }
    },
    set(hash, parse) {
      return inTurn(async () => {
        try {
          const { doc, relevance, index, bytes } = parse;
          const rest = { format: doc.format, article: doc.article, warnings: doc.warnings };
          const slices = encodedComments(doc);
          const entry: Entry = {
            build,
            rest,
            slices,
            relevance,
            ...(bytes === undefined ? {} : { bytes }),
          };
          // No index of an older parse of the same text may stand beside this one.
          await kv.delete(indexKey(hash));
          await kv.set(docKey(hash), entry);
          if (index !== undefined)
            await kv.set(indexKey(hash), { build, index } satisfies IndexEntry);
          await touch(hash, true);
        } catch {
          await kv.delete(docKey(hash)).catch(() => undefined);
          await kv.delete(indexKey(hash)).catch(() => undefined);
        }
      });
    },
    setIndex(hash, index) {
      return inTurn(async () => {
        try {
          // Not for a parse pushed out or forgotten: nothing would ever delete its index.
          if (!(await recent()).includes(hash)) return;
          await kv.set(indexKey(hash), { build, index } satisfies IndexEntry);
        } catch {
          await kv.delete(indexKey(hash)).catch(() => undefined);
        }
      });
    },
    delete(hash) {
      // Nothing to undo on a failure: a cache entry that stays is overwritten or pushed out later.
      return inTurn(() => touch(hash, false).catch(() => undefined));
    },
  };
}

/**
 * The worker's cache in IndexedDB. Its connection closes on `versionchange`, so deleting the
 * database elsewhere is never blocked by the worker. Nothing is said: a lost cache only means the
 * next open of a big dump parses it again, and there is nothing for the reader to do.
 */
export function indexedDbParseCache(build: string): ParseCache {
  const store = closingStore(PARSES_DB, PARSES_STORE);
  return createParseCache(
    {
      get: (key) => get(key, store),
      set: (key, value) => set(key, value, store),
      delete: (key) => del(key, store),
    },
    build,
  );
}
