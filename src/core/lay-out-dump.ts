import { makeIds } from './article/make-ids.ts';
import { normalizeLocation } from './location/normalize-location.ts';
import { parseLayout, type LayoutParse } from './parse/parse-layout.ts';
import type { NormalizedLocation, ParseError, Result } from './types.ts';

/** A dump read and its comments named and placed: everything but who answers whom, and stances. */
export interface LaidOutDump {
  readonly dump: LayoutParse;
  /** Each comment's id, in page order. */
  readonly ids: readonly string[];
  /** Each comment's place, in page order (null where the dump gives none). */
  readonly places: readonly (NormalizedLocation | null)[];
}

/** The layout, ids and places of a dump: none depends on its parents. Never throws on bad input. */
export function layOutDump(text: string): Result<LaidOutDump, ParseError> {
  const parsed = parseLayout(text);
  if (!parsed.ok) return parsed;
  const dump = parsed.value;
  const ids = makeIds(dump.comments);
  const places = dump.comments.map((c) =>
    c.rawLocation === null ? null : normalizeLocation(c.rawLocation),
  );
  return { ok: true, value: { dump, ids, places } };
}
