// The reader's stance overrides in localStorage, shared by every component on the page (badges,
// filters, counts, exports) through one store, and by other tabs through the `storage` event.
import type { StanceLabel } from '../../core/types.ts';
import { contentKey, splitCommentKey, type ContentKey } from '../../core/article/comment-key.ts';
import {
  parseStanceOverrides,
  serializeStanceOverrides,
  withStanceOverride,
  type SlugKeyedOverrides,
  type StanceOverrides,
} from '../../core/stance/stance-overrides.ts';
import { isQuotaError } from '../../shared/storage/versioned-storage.ts';
import { slugAssignments } from '../library/index.ts';

export const OVERRIDES_STORAGE_KEY = 'thread-explorer:stance-overrides';

export interface OverrideSnapshot {
  /** Keyed by ContentKey (`${textHash}/${commentId}`), never by slug. */
  readonly overrides: StanceOverrides;
  /** Labels saved by the slug-keyed version whose slug no dump has been given yet: kept. */
  readonly legacy: SlugKeyedOverrides;
  /** Saving failed (storage full or unavailable): the change holds for this visit only. */
  readonly error: string | null;
  /** Something saved earlier could not be used and was discarded. */
  readonly notice: string | null;
}

export interface OverrideStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): OverrideSnapshot;
  set(key: ContentKey, label: StanceLabel | null): void;
  resetAll(): void;
  /** Moves kept slug-keyed labels whose slug a dump has now been given to their content keys. */
  resolveLegacy(): void;
  dismissNotice(): void;
}

type StorageSource = () => Storage | null;
/** The text hash of the dump a slug was given to (slug-assignments.ts), if any. */
type HashOf = (slug: string) => string | undefined;

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

const NONE = new Map<string, StanceLabel>();

function load(storage: Storage | null, hashOf: HashOf): OverrideSnapshot {
  const empty = { overrides: NONE, legacy: NONE, error: null, notice: null };
  if (storage === null) return empty;
  let text: string | null;
  try {
    text = storage.getItem(OVERRIDES_STORAGE_KEY);
  } catch {
    return { ...empty, error: UNAVAILABLE };
  }
  if (text === null) return empty;
  const parsed = parseStanceOverrides(text);
  if (!parsed.ok) {
    try {
      storage.removeItem(OVERRIDES_STORAGE_KEY);
    } catch {
      // Left in place it is discarded again on the next read; nothing else to do.
    }
    return { ...empty, notice: parsed.error.message };
  }
  const notice =
    parsed.dropped > 0
      ? `${parsed.dropped} saved stance override(s) were not valid and have been discarded.`
      : null;
  const loaded = { overrides: parsed.value, legacy: parsed.legacy, error: null, notice };
  const resolved = resolve(loaded, hashOf);
  // Saved at once in the new shape, so a slug given to another dump later cannot capture them.
  return resolved === loaded
    ? loaded
    : { ...resolved, error: save(storage, resolved.overrides, resolved.legacy) };
}

/**
 * Slug-keyed labels (saved before labels were keyed by content) moved to the content key of the
 * dump their slug was given to. A slug given to no dump yet stays as it is: a slug stays with its
 * dump once given (slug-assignments.ts), so it resolves when that dump is opened again.
 */
function resolve(snapshot: OverrideSnapshot, hashOf: HashOf): OverrideSnapshot {
  if (snapshot.legacy.size === 0) return snapshot;
  const overrides = new Map(snapshot.overrides);
  const legacy = new Map<string, StanceLabel>();
  for (const [key, label] of snapshot.legacy) {
    const parts = splitCommentKey(key);
    const hash = parts === null ? undefined : hashOf(parts.slug);
    if (parts === null || hash === undefined) legacy.set(key, label);
    // A label set since on the same comment by content is the newer one: it wins.
    else if (!overrides.has(contentKey(hash, parts.id)))
      overrides.set(contentKey(hash, parts.id), label);
  }
  return legacy.size === snapshot.legacy.size ? snapshot : { ...snapshot, overrides, legacy };
}

function save(
  storage: Storage | null,
  overrides: StanceOverrides,
  legacy: SlugKeyedOverrides,
): string | null {
  if (storage === null) return UNAVAILABLE;
  try {
    if (overrides.size === 0 && legacy.size === 0) storage.removeItem(OVERRIDES_STORAGE_KEY);
    else storage.setItem(OVERRIDES_STORAGE_KEY, serializeStanceOverrides(overrides, legacy));
    return null;
  } catch (error) {
    return isQuotaError(error) ? QUOTA : UNAVAILABLE;
  }
}

/** A store over the given storage; the app uses one per page (`defaultOverrideStore`). */
export function createOverrideStore(
  source: StorageSource = browserStorage,
  hashOf: HashOf = (slug) => slugAssignments.hashOf(slug),
): OverrideStore {
  let snapshot: OverrideSnapshot | null = null;
  const listeners = new Set<() => void>();
  const current = (): OverrideSnapshot => (snapshot ??= load(source(), hashOf));
  const publish = (next: OverrideSnapshot) => {
    snapshot = next;
    for (const l of listeners) l();
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === OVERRIDES_STORAGE_KEY || event.key === null) {
      publish(load(source(), hashOf));
    }
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
      const now = current();
      const overrides = withStanceOverride(now.overrides, key, label);
      publish({ ...now, overrides, error: save(source(), overrides, now.legacy) });
    },
    resetAll() {
      // "Reset all" means every label, those still waiting for their dump included.
      publish({ ...current(), overrides: NONE, legacy: NONE, error: save(source(), NONE, NONE) });
    },
    resolveLegacy() {
      const now = current();
      const next = resolve(now, hashOf);
      if (next !== now) publish({ ...next, error: save(source(), next.overrides, next.legacy) });
    },
    dismissNotice() {
      publish({ ...current(), notice: null });
    },
  };
}

export const defaultOverrideStore: OverrideStore = createOverrideStore();
