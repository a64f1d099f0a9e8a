// The reader's stance overrides in localStorage, shared by every component on the page (badges,
// filters, counts, exports) through one store, and by other tabs through the `storage` event.
import type { StanceLabel } from '../../core/types.ts';
import type { CommentKey } from '../../core/article/comment-key.ts';
import {
  parseStanceOverrides,
  serializeStanceOverrides,
  withStanceOverride,
  type StanceOverrides,
} from '../../core/stance/stance-overrides.ts';
import { isQuotaError } from '../../shared/storage/versioned-storage.ts';

export const OVERRIDES_STORAGE_KEY = 'thread-explorer:stance-overrides';

export interface OverrideSnapshot {
  readonly overrides: StanceOverrides;
  /** Saving failed (storage full or unavailable): the change holds for this visit only. */
  readonly error: string | null;
  /** Something saved earlier could not be used and was discarded. */
  readonly notice: string | null;
}

export interface OverrideStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): OverrideSnapshot;
  set(key: CommentKey, label: StanceLabel | null): void;
  resetAll(): void;
  dismissNotice(): void;
}

type StorageSource = () => Storage | null;

function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Reading localStorage itself throws a SecurityError when site data is blocked.
    return null;
  }
}

const UNAVAILABLE =
  'This browser does not allow saving here: your stance changes last until you close the page.';
const QUOTA = 'Browser storage is full: your stance changes last until you close the page.';

function load(storage: Storage | null): OverrideSnapshot {
  if (storage === null) return { overrides: new Map(), error: null, notice: null };
  let text: string | null;
  try {
    text = storage.getItem(OVERRIDES_STORAGE_KEY);
  } catch {
    return { overrides: new Map(), error: UNAVAILABLE, notice: null };
  }
  if (text === null) return { overrides: new Map(), error: null, notice: null };
  const parsed = parseStanceOverrides(text);
  if (!parsed.ok) {
    try {
      storage.removeItem(OVERRIDES_STORAGE_KEY);
    } catch {
      // Left in place it is discarded again on the next read; nothing else to do.
    }
    return { overrides: new Map(), error: null, notice: parsed.error.message };
  }
  const notice =
    parsed.dropped > 0
      ? `${parsed.dropped} saved stance override(s) were not valid and have been discarded.`
      : null;
  return { overrides: parsed.value, error: null, notice };
}

function save(storage: Storage | null, overrides: StanceOverrides): string | null {
  if (storage === null) return UNAVAILABLE;
  try {
    if (overrides.size === 0) storage.removeItem(OVERRIDES_STORAGE_KEY);
    else storage.setItem(OVERRIDES_STORAGE_KEY, serializeStanceOverrides(overrides));
    return null;
  } catch (error) {
    return isQuotaError(error) ? QUOTA : UNAVAILABLE;
  }
}

/** A store over the given storage; the app uses one per page (`defaultOverrideStore`). */
export function createOverrideStore(source: StorageSource = browserStorage): OverrideStore {
  let snapshot: OverrideSnapshot | null = null;
  const listeners = new Set<() => void>();
  const current = (): OverrideSnapshot => (snapshot ??= load(source()));
  const publish = (next: OverrideSnapshot) => {
    snapshot = next;
    for (const l of listeners) l();
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === OVERRIDES_STORAGE_KEY || event.key === null) publish(load(source()));
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) globalThis.addEventListener?.('storage', onStorage);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) globalThis.removeEventListener?.('storage', onStorage);
      };
    },
    getSnapshot: current,
    set(key, label) {
      const overrides = withStanceOverride(current().overrides, key, label);
      publish({ ...current(), overrides, error: save(source(), overrides) });
    },
    resetAll() {
      const overrides = new Map<CommentKey, StanceLabel>();
      publish({ ...current(), overrides, error: save(source(), overrides) });
    },
    dismissNotice() {
      publish({ ...current(), notice: null });
    },
  };
}

export const defaultOverrideStore: OverrideStore = createOverrideStore();
