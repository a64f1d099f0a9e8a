import { textHash } from '../core/article/text-hash.ts';
import { describeParseError } from '../core/parse/describe-parse-error.ts';
import { stanceRelevance } from '../core/stance/stance-relevance.ts';
import { loadedText } from './loaded-text.ts';
import { afterOpen } from './after-open.ts';
import { CANCELLED } from './cancelled-open.ts';
import { parseForOpen } from './parse-for-open.ts';
import type { Progress, SourceRef } from './protocol.ts';
import type { DumpEntry, DumpOpener, OpenDeps, Opened } from './dump-opener.ts';
import {
  CACHE_MIN_CHARS,
  DEFER_REPLIES_MIN_CHARS,
  DEFER_STANCES_MIN_CHARS,
} from './open-thresholds.ts';

class Cancelled extends Error {}

// Progress of an open, in hundredths: the parse (reported as it goes) takes nearly all of it,
// the tree index the rest (the search index comes after the reply).
const STAGES = 100;
const PARSED = 95;

interface Job {
  readonly waiters: Set<number>;
  readonly promise: Promise<Opened>;
}

/**
 * Texts are cached by hash: the same dump is parsed and indexed once however often it is opened,
 * and two opens of it at the same time share one job.
 */
export function createDumpOpener(deps: OpenDeps): DumpOpener {
  const seedHash = new Map<string, string>();
  const jobs = new Map<string, Job>();
  const done = new Map<string, DumpEntry>();
  const cancelled = new Set<number>();
  const listeners = new Map<number, (p: Progress) => void>();
  /**
   * Whoever waits for a dump's threads or stances, by hash, to hear how the work goes. The set is
   * also the open's token: once the dump is removed (or opened afresh) its later work stops.
   */
  const followers = new Map<string, Set<(p: Progress) => void>>();

  const report = (job: Set<number>, p: Progress): void => {
    for (const id of job) listeners.get(id)?.(p);
  };

  async function run(text: string, hash: string, name: string, waiters: Set<number>) {
    const checkpoint = async (stage: Progress['stage'], step: number): Promise<void> => {
      report(waiters, { done: step, total: STAGES, stage });
      // Let queued messages (a cancel) in between the long synchronous steps.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if ([...waiters].every((id) => cancelled.has(id))) throw new Cancelled();
    };
    await checkpoint('parse', 0);
    const cache = text.length >= CACHE_MIN_CHARS ? deps.cache : undefined;
    const fromCache = await cache?.get(hash);
    // Reported as whole hundredths only: a 50,000-comment parse would otherwise post 200 times.
    let shown = 0;
    const onParse = (done: number, total: number): void => {
      const at = Math.floor((PARSED * done) / Math.max(1, total));
      if (at > shown) report(waiters, { done: (shown = at), total: STAGES, stage: 'parse' });
    };
    const fresh = fromCache === undefined;
    const later = {
      stances: fresh && text.length >= (deps.deferStancesFrom ?? DEFER_STANCES_MIN_CHARS),
      replies: fresh && text.length >= (deps.deferRepliesFrom ?? DEFER_REPLIES_MIN_CHARS),
    };
    const parsed = parseForOpen(text, fromCache, later, onParse);
    if (!parsed.ok) {
      const opened: Opened = { ok: false, error: describeParseError(parsed.error, text, name) };
      const settled = Promise.resolve(opened);
      done.set(hash, { opened, search: null, replied: settled, stanced: settled });
      return opened;
    }
    await checkpoint('index', PARSED);
    const { doc, structure, laid, shape } = parsed.value;
    const relevance = fromCache?.relevance ?? stanceRelevance(doc.comments);
    report(waiters, { done: STAGES, total: STAGES, stage: 'index' });
    const stancesPending = structure !== null || laid !== null;
    const dump = {
      hash,
      name,
      doc,
      shape,
      relevance,
      stancesPending,
      repliesPending: laid !== null,
    };
    const opened: Opened = { ok: true, value: dump };
    const heard = new Set<(p: Progress) => void>();
    followers.set(hash, heard);
    const going = () => followers.get(hash) === heard;
    const { search, replied, stanced } = afterOpen({
      dump,
      structure,
      laid,
      fromCache,
      cache,
      going,
      onProgress: (p) => {
        for (const follower of heard) follower(p);
      },
      stopped: CANCELLED,
    });
    // Once read, the threads and then the stances are what a later open of the same text gets.
    const settle = (next: Promise<Opened>) =>
      next.then((read) => {
        const entry = done.get(hash);
        if (read.ok && going() && entry !== undefined) done.set(hash, { ...entry, opened: read });
        return read;
      });
    done.set(hash, { opened, search, replied: settle(replied), stanced: settle(stanced) });
    return opened;
  }

  async function open(id: number, source: SourceRef): Promise<Opened> {
    if (source.kind === 'seed') {
      const known = seedHash.get(source.name);
      const cached = known === undefined ? undefined : done.get(known);
      if (cached !== undefined) return cached.opened;
    }
    // Given text is taken at once: a search sent with it must find the open's job already there.
    const read =
      source.kind === 'text'
        ? { ok: true as const, value: source.text }
        : await loadedText(source, deps.loadSeed, () =>
            listeners.get(id)?.({ done: 0, total: STAGES, stage: 'load' }),
          );
    if (!read.ok) return read;
    const text = read.value;
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
      if (e instanceof Cancelled) return { ok: false, error: CANCELLED };
      throw e;
    }
  }

  /** The dump once its threads (`replied`) or stances are read, telling `onProgress` meanwhile. */
  async function follow<K extends 'replied' | 'stanced'>(
    hash: string,
    stage: K,
    onProgress: (p: Progress) => void,
  ): Promise<Awaited<DumpEntry[K]> | undefined> {
    await jobs.get(hash)?.promise.catch(() => undefined);
    const entry = done.get(hash);
    if (entry === undefined) return undefined;
    const heard = followers.get(hash);
    heard?.add(onProgress);
    try {
      return await entry[stage];
    } finally {
      heard?.delete(onProgress);
    }
  }

  return {
    async open(id, source, onProgress) {
      listeners.set(id, onProgress);
      try {
        const result = await open(id, source);
        return cancelled.has(id) ? { ok: false, error: CANCELLED } : result;
      } finally {
        listeners.delete(id);
        cancelled.delete(id);
      }
    },
    cancel(id) {
      // Only an open still running can be cancelled; a late cancel must not linger.
      if (!listeners.has(id)) return false;
      cancelled.add(id);
      return true;
    },
    async settled(hash) {
      // A search or learn may overtake the open of its dump: wait for that open to finish.
      await jobs.get(hash)?.promise.catch(() => undefined);
      return done.get(hash);
    },
    replied: (hash, onProgress) => follow(hash, 'replied', onProgress),
    stanced: (hash, onProgress) => follow(hash, 'stanced', onProgress),
    async forget(hash) {
      // The reader removed the dump: nothing of it stays behind, in memory or on disk.
      done.delete(hash);
      followers.delete(hash);
      await deps.cache?.delete(hash);
    },
  };
}
