import { COUNTRIES } from './data/gazetteer-data.ts';
import { normalizeKey } from './normalize-key.ts';

export interface CountryMatch {
  /** ISO 3166 alpha-2. */
  readonly code: string;
  /** A part of the country readers name as if it were one: "England" in the United Kingdom. */
  readonly region: string | null;
}

// Spellings readers write that the country data does not list.
const EXTRA: Readonly<Record<string, readonly [string, string | null]>> = {
  america: ['US', null],
  us: ['US', null],
  'u s': ['US', null],
  'u s a': ['US', null],
  'united states': ['US', null],
  states: ['US', null],
  'u k': ['GB', null],
  britain: ['GB', null],
  england: ['GB', 'England'],
  scotland: ['GB', 'Scotland'],
  wales: ['GB', 'Wales'],
  'northern ireland': ['GB', 'Northern Ireland'],
  korea: ['KR', null],
  holland: ['NL', null],
  deutschland: ['DE', null],
};

let byKey: ReadonlyMap<string, CountryMatch> | undefined;
let byCode: ReadonlyMap<string, CountryMatch> | undefined;
let names: ReadonlyMap<string, string> | undefined;

function load(): void {
  const keys = new Map<string, CountryMatch>();
  const codes = new Map<string, CountryMatch>();
  const common = new Map<string, string>();
  for (const record of COUNTRIES.split(';')) {
    const [code, name, ...others] = record.split('|');
    if (!code || !name) continue;
    common.set(code, name);
    codes.set(code.toLowerCase(), { code, region: null });
    for (const spelling of [name, ...others]) {
      const key = normalizeKey(spelling);
      if (key && !keys.has(key)) keys.set(key, { code, region: null });
    }
  }
  for (const [key, [code, region]] of Object.entries(EXTRA)) keys.set(key, { code, region });
  byKey = keys;
  byCode = codes;
  names = common;
}

/**
 * The country a whole part names: "USA", "U.S.", "switzerland", "Deutschland", "England". With
 * `codes`, also a two-letter ISO code ("NZ"): only after a city, since alone "no", "it" or "me"
 * are words, and a caller tries US states first ("CA", "DE").
 */
export function matchCountry(key: string, codes = false): CountryMatch | null {
  if (!byKey) load();
  return byKey?.get(key) ?? (codes && key.length === 2 ? (byCode?.get(key) ?? null) : null);
}

/** The common English name for an ISO code: "US" → "United States". */
export function countryName(code: string): string {
  if (!names) load();
  return names?.get(code) ?? code;
}

/** Every country key with its match, for the typo search. */
export function countryKeys(): ReadonlyMap<string, CountryMatch> {
  if (!byKey) load();
  return byKey ?? new Map();
}
