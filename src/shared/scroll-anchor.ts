/** Where the reader is in a list: the row at the top of the screen and how far down it starts. */
export interface Anchor {
  readonly key: string;
  /** The row's top, in px from the top of the window. */
  readonly offset: number;
}

function isAnchor(value: unknown): value is Anchor {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.key === 'string' && typeof v.offset === 'number' && Number.isFinite(v.offset);
}

/** The place saved in the current history entry, if any (history.state survives a reload). */
export function readAnchor(): Anchor | null {
  const state: unknown = window.history.state;
  if (typeof state !== 'object' || state === null) return null;
  const anchor = (state as { anchor?: unknown }).anchor;
  return isAnchor(anchor) ? anchor : null;
}

/** Saves the place into the current history entry without adding one. */
export function saveAnchor(anchor: Anchor): void {
  const state: unknown = window.history.state;
  const base = typeof state === 'object' && state !== null ? state : {};
  window.history.replaceState({ ...base, anchor }, '', window.location.href);
}
