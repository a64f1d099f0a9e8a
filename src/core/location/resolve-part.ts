import { matchAlias } from './aliases.ts';
import { fuzzyCandidates, type Candidate } from './fuzzy-candidates.ts';
import { fuzzyFind } from './fuzzy.ts';
import { gazetteer, type Place } from './gazetteer.ts';
import { localName } from './local-name.ts';
import { matchCountry } from './match-country.ts';
import { matchRegion, regionByCode } from './match-region.ts';
import { normalizeKey } from './normalize-key.ts';
import { rankPlaces } from './rank-places.ts';
import { stripQualifiers } from './strip-qualifiers.ts';

export interface Resolution {
  readonly city: string | null;
  /** Display name ("Vermont", "England") and postal code when it has one. */
  readonly region: { readonly name: string; readonly code: string | null } | null;
  /** ISO 3166 alpha-2. */
  readonly country: string | null;
}

export interface PartContext {
  /** What the parts to the right already settled. */
  readonly country: string | null;
  readonly region: string | null;
  /** The part stands before a comma-ed region or country ("New York, NY"): it names a city. */
  readonly citySlot: boolean;
  /** The part is the whole text: codes that are also words ("in", "me") must look like codes. */
  readonly strict: boolean;
}

function fits(country: string, region: string | null, ctx: PartContext): boolean {
  return (!ctx.country || ctx.country === country) && (!ctx.region || ctx.region === region);
}

function fromRegionCode(code: string | null, country: string): Resolution['region'] {
  const def = code ? regionByCode(code, country) : null;
  return def ? { name: def.name, code: def.code } : null;
}

function fromPlace(place: Place): Resolution {
  return {
    // "Washington, D.C." is the gazetteer's name; readers' "DC" aliases say "Washington".
    city: place.name === 'Washington, D.C.' ? 'Washington' : place.name,
    region: fromRegionCode(place.region, place.country),
    country: place.country,
  };
}

function bestPlace(places: readonly Place[] | undefined, ctx: PartContext): Resolution | null {
  if (!places || places.length === 0) return null;
  const fitting: Place[] = [];
  for (const p of places) if (fits(p.country, p.region, ctx)) fitting.push(p);
  const best = rankPlaces(fitting, gazetteer().statePopulation);
  return best ? fromPlace(best) : null;
}

function exact(typed: string, key: string, ctx: PartContext): Resolution | null {
  const alias = matchAlias(key);
  if (alias && (!alias.cityOnly || ctx.citySlot) && fits(alias.country, alias.region, ctx)) {
    return {
      city: alias.city,
      region: fromRegionCode(alias.region, alias.country),
      country: alias.country,
    };
  }
  if (!ctx.region) {
    const region = matchRegion(typed, key, ctx.strict);
    if (region && fits(region.country, region.code, ctx)) {
      return {
        city: region.code === 'DC' ? 'Washington' : null,
        region: { name: region.name, code: region.code },
        country: region.country,
      };
    }
  }
  const country = matchCountry(key, !ctx.strict);
  if (country && !ctx.region && fits(country.code, null, ctx)) {
    return {
      city: null,
      region: country.region ? { name: country.region, code: null } : null,
      country: country.code,
    };
  }
  const places = gazetteer().byKey.get(key);
  // Alone, "North Shore" is the reader's part of town: only a place at home (the US, whose papers
  // these are) is read from it, never the city abroad of that name.
  if (places && !ctx.country && localName(key)) {
    return bestPlace(
      places.filter((p) => p.country === 'US'),
      ctx,
    );
  }
  return bestPlace(places, ctx);
}

function fitsCandidate(c: Candidate, ctx: PartContext): boolean {
  switch (c.kind) {
    case 'region':
      return !ctx.region && fits(c.region.country, c.region.code, ctx);
    case 'country':
      return !ctx.region && fits(c.country.code, null, ctx);
    case 'place':
      return fits(c.place.country, c.place.region, ctx);
    default:
      return c satisfies never;
  }
}

function fromCandidates(found: readonly Candidate[], ctx: PartContext): Resolution | null {
  for (const c of found) {
    if (c.kind === 'region' && !ctx.region && fits(c.region.country, c.region.code, ctx)) {
      return {
        city: null,
        region: { name: c.region.name, code: c.region.code },
        country: c.region.country,
      };
    }
  }
  for (const c of found) {
    if (c.kind === 'country' && !ctx.region && fits(c.country.code, null, ctx)) {
      const region = c.country.region ? { name: c.country.region, code: null } : null;
      return { city: null, region, country: c.country.code };
    }
  }
  const places: Place[] = [];
  for (const c of found) if (c.kind === 'place') places.push(c.place);
  return bestPlace(places, ctx);
}

/**
 * What one comma-separated part names, given what the parts to its right settled: an alias, a
 * state or province, a country, a gazetteer place; then the same without "north"/"upstate"…
 */
function resolvePartExactly(typed: string, ctx: PartContext): Resolution | null {
  const key = normalizeKey(typed);
  if (!key) return null;
  const found = exact(typed, key, ctx);
  if (found) return found;
  const stripped = stripQualifiers(key);
  if (!stripped) return null;
  // The typed words behind the key, so "near me" stays strict about "me".
  const tail = typed.trim().split(/\s+/).slice(-stripped.key.split(' ').length).join(' ');
  const inner = exact(tail, stripped.key, ctx);
  // "Northern California" is the state, not a city in it; "Greater Boston" is still Boston.
  return inner && stripped.directional ? { ...inner, city: null } : inner;
}

/** A misspelling of a region, country or big place that fits the context. */
export function resolvePartFuzzily(typed: string, ctx: PartContext): Resolution | null {
  const key = normalizeKey(typed);
  // Digits or a sentence of five words or more are never a misspelt place name; nor is a part of
  // town ("Springs" is not a misspelt Spring, Texas).
  if (/\d|(?: [^ ]*){4}/.test(key) || (!ctx.country && localName(key))) return null;
  const candidates = fuzzyCandidates();
  // Filtering before measuring: inside a known state only that state's places are compared.
  const stripped = stripQualifiers(key);
  return (
    fromCandidates(fuzzyFind(candidates, key, fitsCandidate, ctx), ctx) ??
    (stripped ? fromCandidates(fuzzyFind(candidates, stripped.key, fitsCandidate, ctx), ctx) : null)
  );
}

/** Exactly first, then by typo when `fuzzy`. */
export function resolvePart(typed: string, ctx: PartContext, fuzzy: boolean): Resolution | null {
  return resolvePartExactly(typed, ctx) ?? (fuzzy ? resolvePartFuzzily(typed, ctx) : null);
}
