import Fuse from 'fuse.js';
import { createSearchIndex, searchIndex, type SearchDoc } from '../src/core/search/search-index.ts';
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
  readonly miniBuildMs: number;
  readonly miniHeapMB: number;
  readonly fuseBuildMs: number;
  readonly mini: LatencySummary;
  readonly fuse: LatencySummary;
  /** fuse p95 / minisearch p95 and the same for p50. */
  readonly speedupP95: number;
  readonly speedupP50: number;
  /** Median ms per prefix of TYPED_QUERY ("s", "sa", …): the first keystrokes match the most. */
  readonly typing: ReadonlyArray<{ query: string; ms: number; hits: number }>;
  readonly miniHitsMedian: number;
  readonly fuseHitsMedian: number;
  /** Queries Fuse.js was timed on (all of them unless the time cap cut the run short). */
  readonly fuseQueries: number;
  readonly fuseOptions: string;
}

// Fuse.js set up for full-text search: ignoreLocation, otherwise it only matches near the start of
// a body; threshold 0.3 is its usual "fairly strict" setting; the author weighs as in MiniSearch.
const FUSE_OPTIONS = {
  keys: [
    { name: 'author', weight: 2 },
    { name: 'location', weight: 1.2 },
    { name: 'body', weight: 1 },
  ],
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 2,
};

function summary(samples: readonly number[]): LatencySummary {
  return {
    p50: round(percentile(samples, 50), 3),
    p95: round(percentile(samples, 95), 3),
    max: round(Math.max(...samples), 3),
  };
}

function heapMB(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/**
 * MiniSearch (through the app's searchIndex) beside Fuse.js on the same documents and queries.
 * Each run times every query once per engine; p50/p95 are over all queries, then the median over runs.
 */
export function benchSearch(
  docs: readonly SearchDoc[],
  runs: number,
  fuseRuns: number,
  fuseCapMs = 300_000,
): SearchBenchResult {
  const before = heapMB();
  const built = timed(() => createSearchIndex(docs));
  const index = built.value;
  const miniHeapMB = heapMB() - before;
  const fuseBuilt = timed(() => new Fuse(docs, FUSE_OPTIONS));
  const fuse = fuseBuilt.value;

  for (const q of QUERIES.slice(0, 5)) searchIndex(index, q); // warm-up
  const miniP50: number[] = [];
  const miniP95: number[] = [];
  const miniMax: number[] = [];
  const miniHits: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    const samples = QUERIES.map((q) => {
      const t = timed(() => searchIndex(index, q));
      if (r === 0) miniHits.push(t.value.length);
      return t.ms;
    });
    const s = summary(samples);
    miniP50.push(s.p50);
    miniP95.push(s.p95);
    miniMax.push(s.max);
  }
  const fuseSamples: number[][] = [];
  const fuseHits: number[] = [];
  let fuseQueries = 0;
  const fuseStart = performance.now();
  for (let r = 0; r < fuseRuns; r += 1) {
    const samples: number[] = [];
    for (const q of QUERIES) {
      // Fuse.js scans every document per query: on a slow machine 50 queries can take many
      // minutes, so stop at the cap and report how many were timed.
      if (performance.now() - fuseStart > fuseCapMs) break;
      const t = timed(() => fuse.search(q));
      if (r === 0) fuseHits.push(t.value.length);
      samples.push(t.ms);
    }
    if (samples.length > 0) fuseSamples.push(samples);
    fuseQueries = Math.max(fuseQueries, samples.length);
  }
  const fuseSummaries = fuseSamples.map(summary);
  const mini = { p50: median(miniP50), p95: median(miniP95), max: median(miniMax) };
  const fuseSummary = {
    p50: median(fuseSummaries.map((s) => s.p50)),
    p95: median(fuseSummaries.map((s) => s.p95)),
    max: median(fuseSummaries.map((s) => s.max)),
  };
  const typing = [...TYPED_QUERY].map((_, i) => {
    const query = TYPED_QUERY.slice(0, i + 1);
    const times: number[] = [];
    let hits = 0;
    for (let r = 0; r < Math.max(3, runs); r += 1) {
      const t = timed(() => searchIndex(index, query));
      times.push(t.ms);
      hits = t.value.length;
    }
    return { query, ms: round(median(times), 3), hits };
  });
  return {
    documents: docs.length,
    queries: QUERIES.length,
    runs,
    miniBuildMs: round(built.ms, 0),
    miniHeapMB: round(miniHeapMB, 0),
    fuseBuildMs: round(fuseBuilt.ms, 0),
    mini,
    fuse: fuseSummary,
    speedupP95: round(fuseSummary.p95 / mini.p95, 0),
    speedupP50: round(fuseSummary.p50 / mini.p50, 0),
    typing,
    miniHitsMedian: median(miniHits),
    fuseHitsMedian: median(fuseHits),
    fuseQueries,
    fuseOptions:
      'keys author×2, location×1.2, body; ignoreLocation; threshold 0.3; minMatchCharLength 2',
  };
}
