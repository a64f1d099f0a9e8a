import { buildFuzzyIndex, type FuzzyEntry, type FuzzyIndex } from './fuzzy.ts';
import { gazetteer, type Place } from './gazetteer.ts';
import { countryKeys, type CountryMatch } from './match-country.ts';
import { REGIONS } from './match-region.ts';
import { normalizeKey } from './normalize-key.ts';
import type { RegionDef } from './us-states.ts';

export type Candidate =
  | { readonly kind: 'region'; readonly region: RegionDef }
  | { readonly kind: 'country'; readonly country: CountryMatch }
  | { readonly kind: 'place'; readonly place: Place };

let cached: FuzzyIndex<Candidate> | undefined;

/**
 * Everything a typo may stand for: full region names (never codes: "Va" is one letter from
 * "Ca"), country names of six letters or more, and the gazetteer's big places.
 */
export function fuzzyCandidates(): FuzzyIndex<Candidate> {
  if (cached) return cached;
  const entries: FuzzyEntry<Candidate>[] = [];
  for (const region of REGIONS) {
    entries.push({ key: normalizeKey(region.name), value: { kind: 'region', region } });
  }
  for (const [key, country] of countryKeys()) {
    entries.push({ key, value: { kind: 'country', country } });
  }
  for (const bucket of gazetteer().fuzzy.values()) {
    for (const { key, value } of bucket)
      entries.push({ key, value: { kind: 'place', place: value } });
  }
  cached = buildFuzzyIndex(entries);
  return cached;
}
