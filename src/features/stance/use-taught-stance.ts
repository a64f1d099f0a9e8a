import { useCallback, useEffect, useMemo } from 'react';
import { commentKey, splitCommentKey } from '../../core/article/comment-key.ts';
import type { OverrideOf } from '../../core/stance/effective-stance.ts';
import { contentKey, splitContentKey } from '../../core/article/comment-key.ts';
import type { StanceLabel } from '../../core/types.ts';
import type { CommentKey } from '../../core/article/comment-key.ts';
import { useArticles } from '../data/index.ts';
import { useLearnedStance, type LearnedStanceApi } from './use-learned-stance.ts';
import { useStanceOverrides, type StanceOverridesApi } from './use-stance-overrides.ts';

/** `overrideOf` and `setOverride` here take the page's CommentKey (`${slug}/${id}`). */
export type TaughtStanceApi = StanceOverridesApi & LearnedStanceApi;

/**
 * The reader's labels (`overrideOf`) and what the model learned from them (`learnedOf`), kept apart
 * for the core's effectiveStance (reader over learned over machine) and for exports.
 * Labels are stored by content (text hash); the page keys comments by slug, so this maps one to
 * the other through the dumps open now.
 */
export function useTaughtStance(): TaughtStanceApi {
  const stored = useStanceOverrides();
  const { loaded } = useArticles();
  const { overrides, setOverride: setStored, resolveLegacy } = stored;
  // Opening a dump gives it its slug: labels saved by that slug can now find their dump.
  useEffect(() => resolveLegacy(), [loaded, resolveLegacy]);
  const bySlugKey = useMemo(() => {
    const slugOf = new Map(loaded.map((l) => [l.hash, l.index.slug]));
    const map = new Map<CommentKey, StanceLabel>();
    for (const [key, label] of overrides) {
      const parts = splitContentKey(key);
      const slug = parts === null ? undefined : slugOf.get(parts.hash);
      if (parts !== null && slug !== undefined) map.set(commentKey(slug, parts.id), label);
    }
    return map;
  }, [loaded, overrides]);
  // Asked for every comment a view counts: with no labels, no lookup at all.
  const overrideOf = useCallback<OverrideOf>(
    (key) => (bySlugKey.size === 0 ? null : (bySlugKey.get(key) ?? null)),
    [bySlugKey],
  );
  const setOverride = useCallback(
    (key: CommentKey, label: StanceLabel | null) => {
      const parts = splitCommentKey(key);
      const hash = loaded.find((l) => l.index.slug === parts?.slug)?.hash;
      // Only a comment on screen can be relabelled, and its dump is open: it has a hash.
      if (parts !== null && hash !== undefined) setStored(contentKey(hash, parts.id), label);
    },
    [loaded, setStored],
  );
  const learned = useLearnedStance(loaded, overrides);
  return useMemo(
    () => ({ ...stored, overrideOf, setOverride, ...learned }),
    [stored, overrideOf, setOverride, learned],
  );
}
