import { textHash } from '../core/article/text-hash.ts';
import { loadedText } from './loaded-text.ts';
import { CANCELLED } from './cancelled-open.ts';
import { Cancelled, openJob, STAGES } from './open-job.ts';
import { CACHE_MIN_CHARS } from './open-thresholds.ts';
import type { Progress, SourceRef } from './protocol.ts';
import type { DumpEntry, DumpOpener, OpenDeps, Opened } from './dump-opener.ts';

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
  /** Whoever waits for a dump's threads or stances, by hash (OpenJobContext.followers). */
  const followers = new Map<string, Set<(p: Progress) => void>>();

  const report = (job: Set<number>, p: Progress): void => {
    for (const id of job) listeners.get(id)?.(p);
  };

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
      // A seed is cached however small: it is the first parse of every visit, in a worker whose
      // code has not run yet, and cold it takes about a second (the cue matchers are built).
      const cached = source.kind === 'seed' || text.length >= CACHE_MIN_CHARS;
      const promise = openJob(text, hash, source.name, cached, {
        deps,
        done,
        followers,
        report: (p) => report(waiters, p),
        abandoned: () => [...waiters].every((w) => cancelled.has(w)),
      }).finally(() => jobs.delete(hash));
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
