import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { OverrideOf } from '../../core/stance/effective-stance.ts';
import type { StanceLabel } from '../../core/types.ts';
import type { ContentKey } from '../../core/article/comment-key.ts';
import type { StanceOverrides } from '../../core/stance/stance-overrides.ts';
import { defaultOverrideStore, type OverrideStore } from './override-store.ts';

export interface StanceOverridesApi {
  /** Keyed by ContentKey (`${textHash}/${commentId}`). */
  readonly overrides: StanceOverrides;
  /** The reader's label for a comment by its ContentKey, or null. */
  readonly overrideOf: OverrideOf;
  readonly setOverride: (key: ContentKey, label: StanceLabel | null) => void;
  readonly resetAll: () => void;
  /** Labels keyed by content plus those saved by slug that still wait for their dump. */
  readonly count: number;
  /** Slug-keyed labels from an earlier version whose dump has not been opened since. */
  readonly waiting: number;
  /** Moves waiting labels whose slug a dump has now been given to their content keys. */
  readonly resolveLegacy: () => void;
  /** Saving failed (storage full or unavailable); the overrides still hold for this visit. */
  readonly error: string | null;
  /** Saved overrides were corrupt or from another version and were discarded. */
  readonly notice: string | null;
  readonly dismissNotice: () => void;
}

/**
 * The reader's stance overrides, keyed by content (`${textHash}/${commentId}`: useTaughtStance
 * turns them into the page's slug keys), saved in localStorage and
 * shared by every caller on the page. Storage failures come back as `error`, never as a throw.
 * `store` must be stable across renders (tests pass their own; the app uses the page's default).
 */
export function useStanceOverrides(
  store: OverrideStore = defaultOverrideStore,
): StanceOverridesApi {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const { overrides, legacy, error, notice } = snapshot;
  const overrideOf = useCallback<OverrideOf>((key) => overrides.get(key) ?? null, [overrides]);
  const setOverride = useCallback(
    (key: ContentKey, label: StanceLabel | null) => store.set(key, label),
    [store],
  );
  const resetAll = useCallback(() => store.resetAll(), [store]);
  const resolveLegacy = useCallback(() => store.resolveLegacy(), [store]);
  const dismissNotice = useCallback(() => store.dismissNotice(), [store]);
  return useMemo(
    () => ({
      overrides,
      overrideOf,
      setOverride,
      resetAll,
      count: overrides.size + legacy.size,
      waiting: legacy.size,
      resolveLegacy,
      error,
      notice,
      dismissNotice,
    }),
    [
      overrides,
      legacy,
      overrideOf,
      setOverride,
      resetAll,
      resolveLegacy,
      error,
      notice,
      dismissNotice,
    ],
  );
}
