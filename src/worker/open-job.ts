import { describeParseError } from '../core/parse/describe-parse-error.ts';
import { stanceRelevance } from '../core/stance/stance-relevance.ts';
import { afterOpen } from './after-open.ts';
import { CANCELLED } from './cancelled-open.ts';
import { parseForOpen } from './parse-for-open.ts';
import type { Progress } from './protocol.ts';
import type { DumpEntry, OpenDeps, Opened } from './dump-opener.ts';
import type { CachedParse, ParseCache } from './parse-cache.ts';
import { DEFER_REPLIES_MIN_CHARS } from './open-thresholds.ts';

/** Thrown at a checkpoint of a job every waiter has cancelled. */
export class Cancelled extends Error {}

// Progress of an open, in hundredths: the parse (reported as it goes) takes nearly all of it,
// the tree index the rest (the search index comes after the reply).
export const STAGES = 100;
const PARSED = 95;

/** What a job shares with the opener that runs it (open-dump.ts). */
export interface OpenJobContext {
  readonly deps: OpenDeps;
  /** Tells whoever waits on the job how it goes. */
  readonly report: (p: Progress) => void;
  /** Whether every waiter has cancelled: the job then stops at its next checkpoint. */
  readonly abandoned: () => boolean;
  /** Finished dumps by hash: the job leaves its dump here, and updates it as later work lands. */
  readonly done: Map<string, DumpEntry>;
  /**
   * Whoever waits for a dump's threads or stances, by hash, to hear how the work goes. The set is
   * also the open's token: once the dump is removed (or opened afresh) its later work stops.
   */
  readonly followers: Map<string, Set<(p: Progress) => void>>;
}

/** What a job opens. */
export interface JobInput {
  /** The dump's text; empty when its parse (`known`) was found by the hash alone. */
  readonly text: string;
  readonly hash: string;
  readonly name: string;
  /** Where its parse is looked up first and kept; none for a dump too small to be worth it. */
  readonly cache: ParseCache | undefined;
  /** Its parse, read from the cache already. */
  readonly known?: CachedParse;
}

/**
 * Parses and indexes one text (the cached parse when there is one) and leaves its entry in
 * `ctx.done`, starting whatever comes later (threads, stances, the search index); throws Cancelled
 * once every waiter has cancelled.
 */
export async function openJob(input: JobInput, ctx: OpenJobContext): Promise<Opened> {
  const { text, hash, name, cache } = input;
  const checkpoint = async (stage: Progress['stage'], step: number): Promise<void> => {
    ctx.report({ done: step, total: STAGES, stage });
    // Let queued messages (a cancel) in between the long synchronous steps.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (ctx.abandoned()) throw new Cancelled();
  };
  await checkpoint('parse', 0);
  const fromCache = input.known ?? (await cache?.get(hash));
  // Reported as whole hundredths only: a 50,000-comment parse would otherwise post 200 times.
  let shown = 0;
  const onParse = (done: number, total: number): void => {
    const at = Math.floor((PARSED * done) / Math.max(1, total));
    if (at > shown) ctx.report({ done: (shown = at), total: STAGES, stage: 'parse' });
  };
  const fresh = fromCache === undefined;
  const later = {
    replies: fresh && text.length >= (ctx.deps.deferRepliesFrom ?? DEFER_REPLIES_MIN_CHARS),
  };
  const parsed = parseForOpen(text, fromCache, later, onParse);
  if (!parsed.ok) {
    const opened: Opened = { ok: false, error: describeParseError(parsed.error, text, name) };
    const settled = Promise.resolve(opened);
    ctx.done.set(hash, { opened, search: null, replied: settled, stanced: settled, ask: noop });
    return opened;
  }
  await checkpoint('index', PARSED);
  const { doc, structure, laid, shape } = parsed.value;
  const relevance = fromCache?.relevance ?? stanceRelevance(doc.comments);
  ctx.report({ done: STAGES, total: STAGES, stage: 'index' });
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
  ctx.followers.set(hash, heard);
  const going = () => ctx.followers.get(hash) === heard;
  let ask = noop;
  const asked = new Promise<void>((resolve) => (ask = resolve));
  const { search, replied, stanced } = afterOpen({
    dump,
    structure,
    laid,
    fromCache,
    cache,
    going,
    asked,
    onProgress: (p) => {
      for (const follower of heard) follower(p);
    },
    stopped: CANCELLED,
  });
  // Once read, the threads and then the stances are what a later open of the same text gets.
  const settle = (next: Promise<Opened>) =>
    next.then((read) => {
      const entry = ctx.done.get(hash);
      if (read.ok && going() && entry !== undefined) ctx.done.set(hash, { ...entry, opened: read });
      return read;
    });
  ctx.done.set(hash, { opened, search, replied: settle(replied), stanced: settle(stanced), ask });
  return opened;
}

function noop(): void {}
