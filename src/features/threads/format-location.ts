import type { NormalizedLocation } from '../../core/types.ts';

/** "Brooklyn, New York, United States" from the normalised parts, or the raw text when none resolved. */
export function formatLocation(location: NormalizedLocation | null): string | null {
  if (location === null) return null;
  const parts = [location.city, location.region, location.country].filter(
    (p): p is string => p !== null && p !== '',
  );
  const text = parts.length > 0 ? parts.join(', ') : location.raw.trim();
  return text === '' ? null : text;
}
