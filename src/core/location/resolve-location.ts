import { countryName, matchCountry } from './match-country.ts';
import { normalizeKey } from './normalize-key.ts';
import { regionByCode } from './match-region.ts';
import {
  resolvePart,
  resolvePartFuzzily,
  type PartContext,
  type Resolution,
} from './resolve-part.ts';
import { splitLocation, trailingSplits, typedCity } from './split-location.ts';
import { zipState } from './zip-state.ts';
import type { NormalizedLocation } from '../types.ts';

const NOTHING: Resolution = { city: null, region: null, country: null };
const MAX_LENGTH = 200;

function contextOf(r: Resolution, citySlot: boolean, strict: boolean): PartContext {
  return { country: r.country, region: r.region?.code ?? null, citySlot, strict };
}

/**
 * Reads parts right to left, as addresses are written: the last part settles the widest place
 * ("NY", "Germany", "NYC"), each part before it must fit inside and may name the city. A city the
 * gazetteer does not know is kept as typed, but only inside a region or country that it does.
 */
function resolveParts(parts: readonly string[], dropTail = true): Resolution | null {
  const last = parts[parts.length - 1];
  if (last === undefined) return null;
  const strict = parts.length === 1;
  let result = resolvePart(last, contextOf(NOTHING, false, strict), true);
  // "USA, Earth", "Boston, the universe": one whimsical tail does not hide a real place before it.
  if (!result) return dropTail && parts.length > 1 ? resolveParts(parts.slice(0, -1), false) : null;
  const head = parts[parts.length - 2];
  const asCountry = matchCountry(normalizeKey(last), true);
  // "Tbilisi, Georgia": the state reading came first, but only the country has the city.
  if (head !== undefined && asCountry && asCountry.code !== result.country) {
    const ctx = contextOf(NOTHING, true, false);
    const inState = resolvePart(
      head,
      { ...ctx, country: result.country, region: result.region?.code ?? null },
      false,
    );
    const inCountry = resolvePart(head, { ...ctx, country: asCountry.code }, false);
    if (!inState && inCountry) {
      result = {
        city: null,
        region: asCountry.region ? { name: asCountry.region, code: null } : null,
        country: asCountry.code,
      };
    }
  }
  for (let i = parts.length - 2; i >= 0; i--) {
    const part = parts[i] ?? '';
    const found = resolvePart(part, contextOf(result, true, false), true);
    if (found && (found.city || !result.city)) {
      result = {
        city: found.city ?? result.city,
        region: found.region ?? result.region,
        country: found.country ?? result.country,
      };
    } else if (!found && !result.city) {
      result = { ...result, city: typedCity(part) };
    }
    if (result.city) break;
  }
  return result;
}

function resolveAlternative(parts: readonly string[]): Resolution | null {
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only === undefined) return resolveParts(parts);
  const ctx = contextOf(NOTHING, false, true);
  // Whole text first, so "North Carolina" or "Kansas City" is never split; then "Logan UT"
  // read as "Logan, UT" when its tail is a region or country; typos last.
  const whole = resolvePart(only, ctx, false);
  if (whole) return whole;
  for (const [head, tail] of trailingSplits(only)) {
    const tailFound = resolvePart(tail, ctx, false);
    if (!tailFound || tailFound.city) continue;
    // A bare country tail needs a head the gazetteer knows: "Paris France" yes, "Middle America"
    // no. A state tail is specific enough to keep an unknown head as typed ("Spruce Pine NC").
    if (!tailFound.region && !resolvePart(head, contextOf(tailFound, true, false), false)) continue;
    return resolveParts([head, tail]);
  }
  return resolvePartFuzzily(only, ctx);
}

/** normalizeLocation without its memo: every call does the whole reading. */
export function resolveLocation(raw: string): NormalizedLocation {
  // No place is written in more than a few dozen characters; longer text is a sentence or an
  // attack, and reading it would only cost time.
  if (raw.length > MAX_LENGTH) return { raw, city: null, region: null, country: null };
  const { zip, alternatives } = splitLocation(raw);
  let result: Resolution | null = null;
  for (const parts of alternatives) {
    result = resolveAlternative(parts);
    if (result) break;
  }
  const zipCode = zip ? zipState(zip) : null;
  if (zipCode && (!result || (!result.region && (!result.country || result.country === 'US')))) {
    const def = regionByCode(zipCode, 'US');
    result = {
      city: result?.city ?? null,
      region: def ? { name: def.name, code: def.code } : null,
      country: 'US',
    };
  }
  const r = result ?? NOTHING;
  return {
    raw,
    city: r.city,
    region: r.region?.name ?? null,
    country: r.country ? countryName(r.country) : null,
  };
}
