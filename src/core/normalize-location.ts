import type { NormalizedLocation } from './types.ts';

// STUB: replaced by the location work (issue 2, item 5).
export function normalizeLocation(raw: string): NormalizedLocation {
  return { raw, city: null, region: null, country: null };
}
