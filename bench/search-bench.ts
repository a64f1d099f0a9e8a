import { matchQuery } from '../src/core/search/match-query.ts';
import { createSearchIndex, searchIndex, type SearchDoc } from '../src/core/search/search-index.ts';
import { miniSearchReference } from './minisearch-reference.ts';
import { median, percentile, round, timed } from './stats.ts';
import { QUERIES, TYPED_QUERY } from './queries.ts';

export interface LatencySummary {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export interface SearchBenchResult {
  readonly documents: number;
  readonly queries: number;
  readonly runs: number;
  readonly buildMs: number;
  readonly heapMB: number;
  /** The app's search as the worker answers the page: every match's position, unranked, and the terms reached. */
  readonly all: LatencySummary;
  /** The same, ranked top 10 only (counts still exact). */
  readonly top10: LatencySummary;
  /** MiniSearch as the app used it before, every hit. */
  readonly reference: LatencySummary;
  readonly referenceBuildMs: number;
  /** Queries whose top 10 holds the same comments as MiniSearch's, and in the same order. */
  readonly sameTop10: number;
  readonly sameTop10Order: number;
  /** Queries where the number of hits differs from MiniSearch's. */
  readonly countDiffers: readonly string[];
  /** Queries whose top 10 holds other comments than MiniSearch's. */
  readonly topDiffers: readonly string[];
  /** Median ms per prefix of TYPED_QUERY ("s", "sa", …), as the worker answers the page. */
  readonly typing: ReadonlyArray<{ query: string; ms: number; hits: number }>;
  readonly hitsMedian: number;
}

function summary(samples: readonly number[]): LatencySummary {
  return {
    p50: round(percentile(samples, 50), 3),
    p95: round(percentile(samples, 95), 3),
    max: round(Math.max(...samples), 3),
  };
}

/** The JS heap plus array buffers (where the index's typed arrays live). */
function heapMB(): number {
  globalThis.gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
}

/** Each run times every query once; p50/p95 are over the queries, then the median over runs. */
function latency(runs: number, search: (q: string) => unknown): LatencySummary {
  for (const q of QUERIES.slice(0, 5)) search(q); // warm-up
  const per: LatencySummary[] = [];
  for (let r = 0; r < runs; r += 1)
    per.push(summary(QUERIES.map((q) => timed(() => search(q)).ms)));
  return {
    p50: median(per.map((s) => s.p50)),
    p95: median(per.map((s) => s.p95)),
    max: median(per.map((s) => s.max)),
  };
}

/**
 * The app's typed-array search beside MiniSearch as the app used it before, on the same documents
 * and queries: latency, and whether the top 10 are the same comments.
 */
export function benchSearch(docs: readonly SearchDoc[], runs: number): SearchBenchResult {
  const before = heapMB();
  const built = timed(() => createSearchIndex(docs));
  const index = built.value;
  const heap = heapMB() - before;
  const referenceBuilt = timed(() => miniSearchReference(docs));
  const reference = referenceBuilt.value;

  let sameTop10 = 0;
  let sameTop10Order = 0;
  const countDiffers: string[] = [];
  const topDiffers: string[] = [];
  const hits: number[] = [];
  for (const q of QUERIES) {
    const ours = searchIndex(index, q);
    const theirs = reference(q);
    hits.push(ours.length);
    if (ours.length !== theirs.length) countDiffers.push(q);
    const a = ours.slice(0, 10).map((h) => h.key);
    const b = theirs.slice(0, 10);
    if (a.length === b.length && a.every((k) => b.includes(k))) sameTop10 += 1;
    else topDiffers.push(q);
    if (a.length === b.length && a.every((k, i) => k === b[i])) sameTop10Order += 1;
  }
  const typing = [...TYPED_QUERY].map((_, i) => {
    const query = TYPED_QUERY.slice(0, i + 1);
    const times: number[] = [];
    let found = 0;
    for (let r = 0; r < Math.max(3, runs); r += 1) {
      const t = timed(() => matchQuery(index.terms, query));
      times.push(t.ms);
      found = t.value.docs.length;
    }
    return { query, ms: round(median(times), 3), hits: found };
  });
  return {
    documents: docs.length,
    queries: QUERIES.length,
    runs,
    buildMs: round(built.ms, 0),
    heapMB: round(heap, 0),
    all: latency(runs, (q) => matchQuery(index.terms, q)),
    top10: latency(runs, (q) => searchIndex(index, q, { limit: 10 })),
    reference: latency(runs, reference),
    referenceBuildMs: round(referenceBuilt.ms, 0),
    sameTop10,
    sameTop10Order,
    countDiffers,
    topDiffers,
    typing,
    hitsMedian: median(hits),
  };
}
