import { resolveLocation } from './resolve-location.ts';
import type { NormalizedLocation } from '../types.ts';

// Comment sections repeat a few hundred locations thousands of times ("New York", "NYC"): a
// bounded memo makes the repeats free. Cleared whole when full, which is rare and cheap.
const MEMO_LIMIT = 20_000;
// Real locations are short; a hostile dump's megabyte "location" is not kept.
const MEMO_MAX_LENGTH = 200;
const memo = new Map<string, NormalizedLocation>();

/**
 * {raw, city, region, country} from the free text readers type as their location: "Vt.",
 * "Pasadena, Ca", "München, Germany", "Fort Lauderdale, FL 33315", "San Franciso". Whimsy
 * ("Hanging Dry", "None of Your Business") gives nulls. "New York" alone is the state; the city
 * needs "NYC", "New York City" or "New York, NY". Countries use their common English name
 * ("United States"), regions the full state or province name ("Vermont", "British Columbia").
 */
export function normalizeLocation(raw: string): NormalizedLocation {
  if (raw.length > MEMO_MAX_LENGTH) return resolveLocation(raw);
  const known = memo.get(raw);
  if (known) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const result = resolveLocation(raw);
  memo.set(raw, result);
  return result;
}
