import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { LearnedStance } from '../../core/stance/learn-stance.ts';
import type { StanceOverrides } from '../../core/stance/stance-overrides.ts';
import type { StanceLabel } from '../../core/types.ts';
import { commentKey, type CommentKey } from '../../core/article/comment-key.ts';
import { useThreadClient, type LoadedArticle } from '../data/index.ts';

/** The model learns nothing from fewer labels (learnStance's own floor): no worker round trip. */
const MIN_LABELS = 2;

export interface LearnedStanceApi {
  /** The label learned from the reader's labels of that dump, or null where the machine's stands. */
  readonly learnedOf: (key: CommentKey) => LearnedStance | null;
}

type Learned = {
  readonly slug: string;
  readonly learned: readonly (readonly [string, LearnedStance])[];
};

/** Module-level, so TanStack keeps the combined map while the query results stay the same. */
function byCommentKey(
  results: readonly { readonly data: Learned | undefined }[],
): ReadonlyMap<CommentKey, LearnedStance> {
  const map = new Map<CommentKey, LearnedStance>();
  for (const { data } of results) {
    if (data === undefined) continue;
    for (const [id, learned] of data.learned) map.set(commentKey(data.slug, id), learned);
  }
  return map;
}

/** The reader's labels of one dump (by its text hash), by comment id, in a stable order. */
function labelsOf(hash: string, overrides: StanceOverrides): [string, StanceLabel][] {
  const prefix = `${hash}/`;
  const out: [string, StanceLabel][] = [];
  for (const [key, label] of overrides) {
    if (key.startsWith(prefix)) out.push([key.slice(prefix.length), label]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * Per opened dump, the worker trains the stance model on the reader's labels of that dump and
 * re-labels its other comments; a new label retrains it. The reader's own labels always win.
 */
export function useLearnedStance(
  loaded: readonly LoadedArticle[],
  /** The reader's labels, keyed by content (`${textHash}/${id}`). */
  overrides: StanceOverrides,
): LearnedStanceApi {
  const client = useThreadClient();
  const taught = loaded
    .map((a) => ({ hash: a.hash, slug: a.index.slug, labels: labelsOf(a.hash, overrides) }))
    .filter((a) => a.labels.length >= MIN_LABELS);
  const byKey = useQueries({
    queries: taught.map((a) => ({
      queryKey: ['learned-stance', a.hash, a.slug, JSON.stringify(a.labels)],
      queryFn: async ({ signal }: { signal: AbortSignal }) => ({
        slug: a.slug,
        learned: await client.learn(a.hash, a.labels, { signal }),
      }),
      staleTime: Infinity,
      retry: false,
      // While a new label retrains the model, the previous learned labels stay on screen.
      placeholderData: keepPreviousData,
    })),
    combine: byCommentKey,
  });
  // Asked for every comment a view counts: with nothing learned, no lookup at all (50,000 string
  // keys hashed cost the first view of a big dump about 50 ms).
  const learnedOf = useCallback(
    (key: CommentKey) => (byKey.size === 0 ? null : (byKey.get(key) ?? null)),
    [byKey],
  );
  return useMemo(() => ({ learnedOf }), [learnedOf]);
}
