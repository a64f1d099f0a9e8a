// The shapes of the worker's opening half (open-dump.ts), apart so its users need not import it.
import type { OpenError } from '../core/parse/open-error.ts';
import type { SearchIndex } from '../core/search/search-index.ts';
import type { Result } from '../core/types.ts';
import type { ParseCache } from './parse-cache.ts';
import type { OpenedWire, Progress, SourceRef } from './protocol.ts';

export interface OpenDeps {
  /** Reads a bundled seed's text by file name. */
  readonly loadSeed: (name: string) => Promise<string>;
  /** Parses of big dumps kept across reloads (the worker's IndexedDB); none in tests by default. */
  readonly cache?: ParseCache;
  /** Flat dumps of at least this many characters have their parents guessed later (tests lower it). */
  readonly deferRepliesFrom?: number;
}

/**
 * An opened dump as the worker keeps it: the fields it posts (OpenedWire), its `doc` whole where the
 * wire's has no comments, and its tree as the shape the page rebuilds the tree from
 * (tree-shape.ts). The worker never walks the tree itself.
 */
export type WorkerDump = OpenedWire;

export type Opened = Result<WorkerDump, OpenError>;

/** A dump once its parents are guessed (the dump itself if they came with it). */
export type Replied = Opened;

/**
 * An opened dump as the answering side needs it: its parse and its search index, built after the
 * parse in slices of INDEX_SLICE comments (open-index.ts), so messages that arrive meanwhile (a cancel, a newer
 * open) are not kept waiting for the whole index.
 */
export interface DumpEntry {
  readonly opened: Opened;
  readonly search: Promise<SearchIndex> | null;
  /** The dump once its parents are guessed: `opened` itself unless they were guessed later. */
  readonly replied: Promise<Replied>;
  /** The dump once its stances are read: `opened` itself unless they were read later. */
  readonly stanced: Promise<Opened>;
  /** Starts the reading of the stances (and the search index after them) if it waits to be asked. */
  readonly ask: () => void;
}

export interface DumpOpener {
  /** Opens `source` for request `id`; progress goes to `onProgress` while `id` waits. */
  open(id: number, source: SourceRef, onProgress: (p: Progress) => void): Promise<Opened>;
  /** Stops the job once every request waiting on it is cancelled (at its next checkpoint). */
  cancel(id: number): boolean;
  /** The dump with this hash once any open of it has finished, or undefined if none did. */
  settled(hash: string): Promise<DumpEntry | undefined>;
  /** The dump once its parents are guessed; `onProgress` hears the guessing while it waits. */
  replied(hash: string, onProgress: (p: Progress) => void): Promise<Replied | undefined>;
  /** The dump once its stances are read; `onProgress` hears the reading while it waits. */
  stanced(hash: string, onProgress: (p: Progress) => void): Promise<Opened | undefined>;
  /** Drops the dump's parse and indexes, in memory and in the cache. */
  forget(hash: string): Promise<void>;
}
