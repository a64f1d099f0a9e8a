import type { StanceLabel } from '../types.ts';
import type { CommentKey, ContentKey } from '../article/comment-key.ts';
import { isStanceLabel } from './stance-labels.ts';

/**
 * The reader's stance overrides: what they saved, serialised with a version so that a change of
 * shape discards old data with a notice instead of misreading it. Version 1 keyed them by slug,
 * which depends on load order; version 2 keys them by the dump's content (ContentKey).
 */
export const STANCE_OVERRIDES_VERSION = 2;
const SLUG_KEYED_VERSION = 1;

/** Keyed by ContentKey: a label stays with its dump across removal, reopening and slug changes. */
export type StanceOverrides = ReadonlyMap<ContentKey, StanceLabel>;

/**
 * Version-1 overrides (keyed `${slug}/${id}`) whose slug no dump known here was given yet: kept
 * until that slug is given to a dump (when it is opened again), then moved to its content key.
 */
export type SlugKeyedOverrides = ReadonlyMap<CommentKey, StanceLabel>;

export interface OverridesParseError {
  readonly code: 'corrupt' | 'old-version';
  readonly message: string;
}

export type OverridesParse =
  | {
      readonly ok: true;
      readonly value: Map<ContentKey, StanceLabel>;
      /** Version-1 entries still to be moved to content keys (see SlugKeyedOverrides). */
      readonly legacy: Map<CommentKey, StanceLabel>;
      readonly dropped: number;
    }
  | { readonly ok: false; readonly error: OverridesParseError };

/** A copy with one override set, or removed when `label` is null. */
export function withStanceOverride(
  overrides: StanceOverrides,
  key: ContentKey,
  label: StanceLabel | null,
): Map<ContentKey, StanceLabel> {
  const next = new Map(overrides);
  if (label === null) next.delete(key);
  else next.set(key, label);
  return next;
}

function sortedRecord(map: ReadonlyMap<string, StanceLabel>): Record<string, StanceLabel> {
  const entries: Record<string, StanceLabel> = {};
  for (const [key, label] of [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    entries[key] = label;
  }
  return entries;
}

export function serializeStanceOverrides(
  overrides: StanceOverrides,
  legacy: SlugKeyedOverrides = new Map(),
): string {
  return JSON.stringify({
    version: STANCE_OVERRIDES_VERSION,
    overrides: sortedRecord(overrides),
    ...(legacy.size === 0 ? {} : { legacy: sortedRecord(legacy) }),
  });
}

/**
 * Reads what serializeStanceOverrides wrote. Never throws: unreadable text or another version is a
 * typed error the caller shows and discards; single entries that are not a comment key with a
 * stance label are dropped and counted.
 */
export function parseStanceOverrides(text: string): OverridesParse {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return corrupt('Saved stance overrides were unreadable and have been discarded.');
  }
  if (typeof parsed !== 'object' || parsed === null) {
    return corrupt(
      'Saved stance overrides were not in the expected shape and have been discarded.',
    );
  }
  const { version, overrides, legacy } = parsed as {
    version?: unknown;
    overrides?: unknown;
    legacy?: unknown;
  };
  if (version !== STANCE_OVERRIDES_VERSION && version !== SLUG_KEYED_VERSION) {
    return {
      ok: false,
      error: {
        code: 'old-version',
        message: `Saved stance overrides came from another version of the app (${String(version)}) and have been discarded.`,
      },
    };
  }
  if (!isRecord(overrides) || (legacy !== undefined && !isRecord(legacy))) {
    return corrupt(
      'Saved stance overrides were not in the expected shape and have been discarded.',
    );
  }
  const current = readEntries(version === STANCE_OVERRIDES_VERSION ? overrides : {});
  // Version 1 keyed by slug: every entry waits to be moved to its content key.
  const old = readEntries(version === SLUG_KEYED_VERSION ? overrides : (legacy ?? {}));
  return {
    ok: true,
    value: current.value,
    legacy: old.value,
    dropped: current.dropped + old.dropped,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Entries that are a key with a "/" and a stance label; the others are counted as dropped. */
function readEntries(record: Record<string, unknown>) {
  const value = new Map<string, StanceLabel>();
  let dropped = 0;
  for (const [key, label] of Object.entries(record)) {
    if (key.includes('/') && isStanceLabel(label)) value.set(key, label);
    else dropped += 1;
  }
  return { value, dropped };
}

function corrupt(message: string): OverridesParse {
  return { ok: false, error: { code: 'corrupt', message } };
}
