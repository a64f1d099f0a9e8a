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
  get(hash: string): Promise<CachedParse | undefined>;
  set(hash: string, parse: CachedParse): Promise<void>;
  delete(hash: string): Promise<void>;
}

/** What an open works out from a dump's text before the page can show it. */
export interface CachedParse {
  readonly doc: ThreadDocument;
  readonly relevance: StanceRelevance;
  /** Its search index, once built: a revisit's first search then does not wait for a build. */
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
  readonly index?: StoredTermIndex;
  readonly bytes?: number;
}

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
  const recent = async (): Promise<string[]> => {
    const value = await kv.get(PARSES_RECENT_KEY);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  };
  const touch = async (hash: string, keep: boolean): Promise<void> => {
    const order = [hash, ...(await recent()).filter((h) => h !== hash)];
    const kept = keep ? order.slice(0, CACHE_ENTRIES) : order.slice(1);
    for (const old of order.slice(keep ? CACHE_ENTRIES : 0)) {
      if (!kept.includes(old)) await kv.delete(`doc:${old}`);
    }
    await kv.set(PARSES_RECENT_KEY, kept);
  };
  return {
    async get(hash) {
      try {
        const entry = (await kv.get(`doc:${hash}`)) as Partial<Entry> | undefined;
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
        await touch(hash, true);
        const { rest, slices, relevance, index, bytes } = entry;
        // A slice that does not decode (altered storage) throws: read as a miss below.
        const doc = decodedDoc(rest, slices);
        return {
          doc,
          relevance,
          ...(typeof index === 'object' && index !== null ? { index } : {}),
          ...(typeof bytes === 'number' ? { bytes } : {}),
        };
      } catch {
        return undefined;
      }
    },
    async set(hash, parse) {
      try {
        const { doc, relevance, index, bytes } = parse;
        const rest = { format: doc.format, article: doc.article, warnings: doc.warnings };
        const slices = encodedComments(doc);
        const entry: Entry = {
          build,
          rest,
          slices,
          relevance,
          ...(index ? { index } : {}),
          ...(bytes === undefined ? {} : { bytes }),
        };
        await kv.set(`doc:${hash}`, entry);
        await touch(hash, true);
      } catch {
        await kv.delete(`doc:${hash}`).catch(() => undefined);
      }
    },
    async delete(hash) {
      try {
        await touch(hash, false);
      } catch {
        // Nothing to undo: a cache entry that stays is overwritten or pushed out later.
      }
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

/**
 * Starts reading the parses of `hashes` at once, before anyone asks: on a revisit the page is still
 * reading the dump's text from IndexedDB when the worker could already be reading its parse.
 */
export function prefetchingParseCache(
  cache: ParseCache,
  hashes: Promise<readonly string[]>,
): ParseCache {
  const early = hashes
    .then((list) => new Map(list.map((h) => [h, cache.get(h)] as const)))
    .catch(() => new Map<string, Promise<CachedParse | undefined>>());
  return {
    async get(hash) {
      const started = await early;
      const found = started.get(hash);
      started.delete(hash);
      return found ?? cache.get(hash);
    },
    set: (hash, parse) => cache.set(hash, parse),
    async delete(hash) {
      (await early).delete(hash);
      await cache.delete(hash);
    },
  };
}

/** `cache`, writing each parse with the size of the file it came from (none for a text or seed). */
export function sizedCache(cache: ParseCache, bytes: number | undefined): ParseCache {
  if (bytes === undefined) return cache;
  return { ...cache, set: (hash, parse) => cache.set(hash, { ...parse, bytes }) };
}
