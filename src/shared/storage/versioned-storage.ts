// localStorage that never throws: full, disabled (private mode, sandboxed iframes) or corrupt storage
// becomes a value the caller can show, because losing the reader's work silently is worse than a notice.

export type StorageErrorKind = 'quota' | 'unavailable';

export interface StorageError {
  readonly kind: StorageErrorKind;
  readonly message: string;
}

export type WriteResult =
  { readonly ok: true } | { readonly ok: false; readonly error: StorageError };

export interface ReadResult<T> {
  readonly value: T | null;
  /** Set when something was found but could not be used, so the reader learns why it is gone. */
  readonly notice: string | null;
}

interface Envelope {
  readonly version: number;
  readonly data: unknown;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Accessing localStorage itself throws a SecurityError when cookies are blocked.
    return null;
  }
}

/** True for the quota errors of every engine: the name differs (Firefox) and old code 22 survives. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException) && !(error instanceof Error)) return false;
  const code = error instanceof DOMException ? error.code : undefined;
  return (
    error.name === 'QuotaExceededError' ||
    error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { version?: unknown }).version === 'number' &&
    'data' in value
  );
}

export function readVersioned<T>(
  key: string,
  version: number,
  validate: (data: unknown) => T | null,
): ReadResult<T> {
  const store = storage();
  if (store === null) return { value: null, notice: null };
  let text: string | null;
  try {
    text = store.getItem(key);
  } catch {
    return { value: null, notice: null };
  }
  if (text === null) return { value: null, notice: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    safeRemove(store, key);
    return { value: null, notice: `Saved data (${key}) was unreadable and has been discarded.` };
  }
  if (!isEnvelope(parsed) || parsed.version !== version) {
    safeRemove(store, key);
    return {
      value: null,
      notice: `Saved data (${key}) came from another version of the app and has been discarded.`,
    };
  }
  const value = validate(parsed.data);
  if (value === null) {
    safeRemove(store, key);
    return { value: null, notice: `Saved data (${key}) was not valid and has been discarded.` };
  }
  return { value, notice: null };
}

export function writeVersioned(key: string, version: number, data: unknown): WriteResult {
  const store = storage();
  if (store === null) {
    return {
      ok: false,
      error: { kind: 'unavailable', message: 'This browser does not allow saving data here.' },
    };
  }
  try {
    store.setItem(key, JSON.stringify({ version, data } satisfies Envelope));
    return { ok: true };
  } catch (error) {
    return isQuotaError(error)
      ? {
          ok: false,
          error: {
            kind: 'quota',
            message:
              'Browser storage is full: free some space (or remove opened dumps) and try again.',
          },
        }
      : { ok: false, error: { kind: 'unavailable', message: 'Saving failed in this browser.' } };
  }
}

export function removeStored(key: string): void {
  const store = storage();
  if (store !== null) safeRemove(store, key);
}

function safeRemove(store: Storage, key: string): void {
  try {
    store.removeItem(key);
  } catch {
    // Nothing more to do: the value stays unusable and is ignored on the next read too.
  }
}
