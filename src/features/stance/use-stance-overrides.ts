import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { OverrideOf } from '../../core/stance/effective-stance.ts';
import type { StanceLabel } from '../../core/types.ts';
import type { CommentKey } from '../../core/article/comment-key.ts';
import type { StanceOverrides } from '../../core/stance/stance-overrides.ts';
import { defaultOverrideStore, type OverrideStore } from './override-store.ts';

export interface StanceOverridesApi {
  readonly overrides: StanceOverrides;
  /** The reader's label for a comment, or null: pass to filters, counts, stats and exports. */
  readonly overrideOf: OverrideOf;
  readonly setOverride: (key: CommentKey, label: StanceLabel | null) => void;
  readonly resetAll: () => void;
  readonly count: number;
  /** Saving failed (storage full or unavailable); the overrides still hold for this visit. */
  readonly error: string | null;
  /** Saved overrides were corrupt or from another version and were discarded. */
  readonly notice: string | null;
  readonly dismissNotice: () => void;
}

/**
 * The reader's stance overrides, keyed `${articleSlug}/${commentId}`, saved in localStorage and
 * shared by every caller on the page. Storage failures come back as `error`, never as a throw.
 * `store` must be stable across renders (tests pass their own; the app uses the page's default).
 */
export function useStanceOverrides(
  store: OverrideStore = defaultOverrideStore,
): StanceOverridesApi {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const { overrides, error, notice } = snapshot;
  const overrideOf = useCallback<OverrideOf>((key) => overrides.get(key) ?? null, [overrides]);
  const setOverride = useCallback(
    (key: CommentKey, label: StanceLabel | null) => store.set(key, label),
    [store],
  );
  const resetAll = useCallback(() => store.resetAll(), [store]);
  const dismissNotice = useCallback(() => store.dismissNotice(), [store]);
  return useMemo(
    () => ({
      overrides,
      overrideOf,
      setOverride,
      resetAll,
      count: overrides.size,
      error,
      notice,
      dismissNotice,
    }),
    [overrides, overrideOf, setOverride, resetAll, error, notice, dismissNotice],
  );
}
