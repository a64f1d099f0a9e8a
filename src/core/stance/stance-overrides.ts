import type { StanceLabel } from '../types.ts';
import type { CommentKey } from '../article/comment-key.ts';
import { isStanceLabel } from './stance-labels.ts';

/**
 * The reader's stance overrides: what they saved, serialised with a version so that a change of
 * shape discards old data with a notice instead of misreading it.
 */
export const STANCE_OVERRIDES_VERSION = 1;

/** Keyed by `${articleSlug}/${commentId}` (CommentKey). */
export type StanceOverrides = ReadonlyMap<CommentKey, StanceLabel>;

export interface OverridesParseError {
  readonly code: 'corrupt' | 'old-version';
  readonly message: string;
}

export type OverridesParse =
  | { readonly ok: true; readonly value: Map<CommentKey, StanceLabel>; readonly dropped: number }
  | { readonly ok: false; readonly error: OverridesParseError };

/** A copy with one override set, or removed when `label` is null. */
export function withStanceOverride(
  overrides: StanceOverrides,
  key: CommentKey,
  label: StanceLabel | null,
): Map<CommentKey, StanceLabel> {
  const next = new Map(overrides);
  if (label === null) next.delete(key);
  else next.set(key, label);
  return next;
}

export function serializeStanceOverrides(overrides: StanceOverrides): string {
  const entries: Record<string, StanceLabel> = {};
  for (const [key, label] of [...overrides].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    entries[key] = label;
  }
  return JSON.stringify({ version: STANCE_OVERRIDES_VERSION, overrides: entries });
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
  const { version, overrides } = parsed as { version?: unknown; overrides?: unknown };
  if (version !== STANCE_OVERRIDES_VERSION) {
    return {
      ok: false,
      error: {
        code: 'old-version',
        message: `Saved stance overrides came from another version of the app (${String(version)}) and have been discarded.`,
      },
    };
  }
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    return corrupt(
      'Saved stance overrides were not in the expected shape and have been discarded.',
    );
  }
  const value = new Map<CommentKey, StanceLabel>();
  let dropped = 0;
  for (const [key, label] of Object.entries(overrides)) {
    if (key.includes('/') && isStanceLabel(label)) value.set(key, label);
    else dropped += 1;
  }
  return { ok: true, value, dropped };
}

function corrupt(message: string): OverridesParse {
  return { ok: false, error: { code: 'corrupt', message } };
}
