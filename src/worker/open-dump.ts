import { textHash } from '../core/article/text-hash.ts';
import { loadedText } from './loaded-text.ts';
import { CANCELLED } from './cancelled-open.ts';
import { Cancelled, openJob, STAGES, type JobInput } from './open-job.ts';
import { CACHE_MIN_CHARS } from './open-thresholds.ts';
import { sizedCache } from './sized-cache.ts';
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

  /** The job that opens `input`, or the one already opening the same text. */
  async function run(id: number, input: JobInput): Promise<Opened> {
    const { hash } = input;
    const cached = done.get(hash);
    if (cached !== undefined) return cached.opened;
    let job = jobs.get(hash);
    if (job === undefined) {
      // The requester waits from the start, so it hears the first progress report.
      const waiters = new Set<number>([id]);
      const promise = openJob(input, {
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

  async function open(id: number, source: SourceRef): Promise<Opened> {
    if (source.kind === 'seed') {
      const known = seedHash.get(source.name);
      const cached = known === undefined ? undefined : done.get(known);
      if (cached !== undefined) return cached.opened;
    }
    // A saved file's parse, found by the hash the page filed it under (filedParse).
    const filed = source.kind === 'file' ? await filedParse(source) : undefined;
    if (filed?.trusted === true) return run(id, filed.input);
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
    // Not the seeds, though their cold parse is about a second of every visit: cached, they made
    // open-file.test.ts's "threads before stances" fail in 1 of 4 loaded runs (cause not found).
    const keep = text.length >= CACHE_MIN_CHARS;
    const bytes = source.kind === 'file' ? source.blob.size : undefined;
    const cache = keep && deps.cache !== undefined ? sizedCache(deps.cache, bytes) : undefined;
    // The parse looked up by the filed hash is this text's if the hash holds: not read twice.
    const known = filed?.input.hash === hash ? filed.input.known : undefined;
    return run(id, { text, hash, name: source.name, cache, ...(known ? { known } : {}) });
  }

  /**
   * A saved file's parse, looked up by the hash the page filed it under: decoding and hashing
   * 20 MB cost a revisit about 0.6 s (traced). It is taken without reading the file only when it
   * was made from a file of the same size (`bytes`): a record altered in storage is read as usual.
   */
  async function filedParse(
    source: Extract<SourceRef, { kind: 'file' }>,
  ): Promise<{ input: JobInput; trusted: boolean } | undefined> {
    const { hash, name, blob } = source;
    if (hash === undefined || deps.cache === undefined) return undefined;
    const cache = sizedCache(deps.cache, blob.size);
    // Open in this worker already, or opening: run() finds its entry or joins its job.
    if (done.has(hash) || jobs.has(hash)) {
      return { input: { text: '', hash, name, cache }, trusted: true };
    }
    const known = await deps.cache.get(hash);
    if (known === undefined) return undefined;
    return { input: { text: '', hash, name, cache, known }, trusted: known.bytes === blob.size };
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
    if (stage === 'stanced') entry.ask();
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
