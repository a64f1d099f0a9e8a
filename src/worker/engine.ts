import { buildArticleIndex } from '../core/article/build-article-index.ts';
import { articleSlug } from '../core/article/article-slug.ts';
import { describeParseError } from '../core/parse/describe-parse-error.ts';
import type { OpenError } from '../core/parse/open-error.ts';
import { parseThread } from '../core/parse-thread.ts';
import {
  createSearchIndex,
  searchIndex,
  type SearchDoc,
  type SearchHit,
  type SearchIndex,
} from '../core/search/search-index.ts';
import { textHash } from '../core/article/text-hash.ts';
import type { Result, ThreadComment } from '../core/types.ts';
import type { ArticleIndex } from '../core/article/article-index.ts';
import { learnForDump } from './learn-for-dump.ts';
import type { ParseCache } from './parse-cache.ts';
import type {
  LoadedArticle,
  Progress,
  SourceRef,
  WorkerRequest,
  WorkerResponse,
} from './protocol.ts';

export interface EngineDeps {
  /** Reads a bundled seed's text by file name. */
  readonly loadSeed: (name: string) => Promise<string>;
  /** Parses of big dumps kept across reloads (the worker's IndexedDB); none in tests by default. */
  readonly cache?: ParseCache;
}

/** Below this a parse takes less time than reading a cached one back, so it is not cached. */
export const CACHE_MIN_CHARS = 1_000_000;

type Opened = Result<LoadedArticle, OpenError>;

interface Job {
  readonly waiters: Set<number>;
  readonly promise: Promise<Opened>;
}

export interface Engine {
  handle(request: WorkerRequest, post: (response: WorkerResponse) => void): Promise<void>;
}

class Cancelled extends Error {}

// Progress steps of an open: parse, then the tree index (the search index comes after the reply).
const STAGES = 2;
const cancelledError: OpenError = {
  code: 'cancelled',
  message: 'Opening was cancelled.',
  line: null,
};

/**
 * The worker's logic without the worker, so tests and the in-page fallback run the same code.
 * Texts are cached by hash: the same dump is parsed and indexed once however often it is opened.
 */
export function createEngine(deps: EngineDeps): Engine {
  const seedHash = new Map<string, string>();
  const jobs = new Map<string, Job>();
  const done = new Map<string, { opened: Opened; search: Promise<SearchIndex> | null }>();
  const cancelled = new Set<number>();
  const listeners = new Map<number, (p: Progress) => void>();
  const searching = new Set<number>();

  const report = (job: Set<number>, p: Progress): void => {
    for (const id of job) listeners.get(id)?.(p);
  };

  async function run(
    text: string,
    hash: string,
    name: string,
    waiters: Set<number>,
  ): Promise<Opened> {
    const checkpoint = async (stage: Progress['stage'], step: number): Promise<void> => {
      report(waiters, { done: step, total: STAGES, stage });
      // Let queued messages (a cancel) in between the long synchronous steps.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if ([...waiters].every((id) => cancelled.has(id))) throw new Cancelled();
    };
    await checkpoint('parse', 0);
    const cache = text.length >= CACHE_MIN_CHARS ? deps.cache : undefined;
    const fromCache = await cache?.get(hash);
    const parsed: ReturnType<typeof parseThread> =
      fromCache === undefined ? parseThread(text) : { ok: true, value: fromCache };
    if (!parsed.ok) {
      const opened: Opened = { ok: false, error: describeParseError(parsed.error, text, name) };
      done.set(hash, { opened, search: null });
      return opened;
    }
    await checkpoint('index', 1);
    const index = buildArticleIndex(parsed.value, articleSlug(parsed.value.article.title));
    report(waiters, { done: STAGES, total: STAGES, stage: 'index' });
    const opened: Opened = { ok: true, value: { hash, name, index } };
    // The search index is built after the reply goes out (a timer runs after the pending
    // microtasks that post it): at 50k comments it costs seconds, and the reader can start
    // reading meanwhile; a search that arrives earlier waits for it.
    const search = new Promise<SearchIndex>((resolve, reject) => {
      setTimeout(() => {
        try {
          resolve(createSearchIndex(searchDocs(index)));
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      }, 0);
    });
    // Reported to whoever searches; not an unhandled rejection meanwhile.
    search.catch(() => undefined);
    // Written after the search index, which a reader is waiting for; the write is not.
    if (cache !== undefined && fromCache === undefined) {
      void search.finally(() => cache.set(hash, parsed.value)).catch(() => undefined);
    }
    done.set(hash, { opened, search });
    return opened;
  }

  async function open(id: number, source: SourceRef): Promise<Opened> {
    let text: string;
    if (source.kind === 'seed') {
      const known = seedHash.get(source.name);
      const cached = known === undefined ? undefined : done.get(known);
      if (cached !== undefined) return cached.opened;
      listeners.get(id)?.({ done: 0, total: STAGES, stage: 'load' });
      text = await deps.loadSeed(source.name);
    } else {
      text = source.text;
    }
    const hash = textHash(text);
    if (source.kind === 'seed') seedHash.set(source.name, hash);
    const cached = done.get(hash);
    if (cached !== undefined) return cached.opened;
    let job = jobs.get(hash);
    if (job === undefined) {
      // The requester waits from the start, so it hears the first progress report.
      const waiters = new Set<number>([id]);
      const promise = run(text, hash, source.name, waiters).finally(() => jobs.delete(hash));
      job = { waiters, promise };
      jobs.set(hash, job);
    }
    job.waiters.add(id);
    try {
      return await job.promise;
    } catch (e) {
      // The job stopped because everyone waiting on it cancelled; a later open starts afresh.
      if (e instanceof Cancelled) return { ok: false, error: cancelledError };
      throw e;
    }
  }

  let latestSearch = 0;
  /** True once a newer search has arrived or this one was cancelled: its answer is wanted by no one. */
  const stale = (id: number): boolean => id !== latestSearch || cancelled.has(id);

  /** Hits, or null when the search went stale before it finished (checked between articles). */
  async function search(
    id: number,
    query: string,
    scope: readonly { hash: string; slug: string }[],
    limit?: number,
  ): Promise<SearchHit[] | null> {
    const hits: SearchHit[] = [];
    for (const { hash, slug } of scope) {
      // A search may overtake the open of its article: wait for that open to finish.
      await jobs.get(hash)?.promise.catch(() => undefined);
      const pending = done.get(hash)?.search;
      if (pending == null) continue;
      const index = await pending;
      // A macrotask, not a microtask: messages queued meanwhile (a newer query typed while this
      // one waited) are received before a search that may take seconds at 50k comments starts.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (stale(id)) return null;
      const found = searchIndex(index, query, limit === undefined ? {} : { limit });
      for (const h of found) hits.push({ ...h, slug, key: `${slug}/${h.id}` });
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    return stale(id) ? null : hits;
  }

  return {
    async handle(request, post) {
      switch (request.type) {
        case 'forget':
          // The reader removed the dump: nothing of it stays behind, in memory or on disk.
          done.delete(request.hash);
          await deps.cache?.delete(request.hash);
          return;
        case 'cancel':
          // Only a request still running can be cancelled; a late cancel must not linger.
          if (listeners.has(request.id) || searching.has(request.id)) cancelled.add(request.id);
          return;
        case 'open':
          listeners.set(request.id, (p) => post({ type: 'progress', id: request.id, ...p }));
          try {
            const result = await open(request.id, request.source);
            post({
              type: 'opened',
              id: request.id,
              result: cancelled.has(request.id) ? { ok: false, error: cancelledError } : result,
            });
          } catch (e) {
            post({ type: 'error', id: request.id, message: describe(e) });
          } finally {
            listeners.delete(request.id);
            cancelled.delete(request.id);
          }
          return;
        case 'learn':
          try {
            // A learn may overtake the open of its dump: wait for that open to finish.
            await jobs.get(request.hash)?.promise.catch(() => undefined);
            const opened = done.get(request.hash)?.opened;
            const comments = opened?.ok === true ? opened.value.index.doc.comments : [];
            post({
              type: 'learned',
              id: request.id,
              learned: learnForDump(comments, request.labels),
            });
          } catch (e) {
            post({ type: 'error', id: request.id, message: describe(e) });
          }
          return;
        case 'search':
          latestSearch = Math.max(latestSearch, request.id);
          searching.add(request.id);
          try {
            const hits = await search(request.id, request.query, request.scope, request.limit);
            post(
              hits === null
                ? { type: 'superseded', id: request.id }
                : { type: 'hits', id: request.id, hits },
            );
          } catch (e) {
            post({ type: 'error', id: request.id, message: describe(e) });
          } finally {
            searching.delete(request.id);
            cancelled.delete(request.id);
          }
          return;
        default:
          return request satisfies never;
      }
    },
  };
}

function searchDocs(index: ArticleIndex): SearchDoc[] {
  return index.doc.comments.map((c) => ({
    key: `${index.slug}/${c.id}`,
    slug: index.slug,
    id: c.id,
    author: c.author,
    location: placeText(c.location),
    body: c.body,
  }));
}

/** The raw place plus its resolved names, so "California" finds a comment signed "Pasadena, Ca". */
function placeText(location: ThreadComment['location']): string | null {
  if (location === null) return null;
  const names = [location.raw, location.city, location.region, location.country];
  return [...new Set(names.filter((n): n is string => n !== null && n !== ''))].join(' ');
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}
