import { CA_PROVINCES } from './ca-provinces.ts';
import { normalizeKey } from './normalize-key.ts';
import { US_STATES, type RegionDef } from './us-states.ts';

/** Every region, US states first. */
export const REGIONS: readonly RegionDef[] = [...US_STATES, ...CA_PROVINCES];

// Codes and abbreviations that are also everyday words ("in", "me", "ill"): alone they count only
// when written as an abbreviation ("IN", "Ill."), after a comma they count in any case.
const WORD_LIKE = new Set(['in', 'me', 'or', 'ok', 'hi', 'oh', 'on', 'ill', 'miss', 'del', 'cal']);

const BY_CODE: ReadonlyMap<string, RegionDef> = new Map(
  REGIONS.map((r) => [`${r.country}-${r.code}`, r]),
);

let byKey: ReadonlyMap<string, RegionDef> | undefined;

function regionsByKey(): ReadonlyMap<string, RegionDef> {
  if (byKey) return byKey;
  const map = new Map<string, RegionDef>();
  for (const r of REGIONS) {
    for (const spelling of [r.code, r.name, ...r.aliases]) map.set(normalizeKey(spelling), r);
  }
  byKey = map;
  return map;
}

/**
 * The US state or Canadian province named by a whole part ("Vt.", "ny", "N.Y.", "Calif.",
 * "Massachusetts", "bc"). `strict` is for text that stands alone, where "in" or "me" are words.
 */
export function matchRegion(typed: string, key: string, strict: boolean): RegionDef | null {
  const region = regionsByKey().get(key);
  if (!region) return null;
  if (strict && WORD_LIKE.has(key) && !/^[A-Z]{2}$|\.$/.test(typed.trim())) return null;
  return region;
}

/** The region with this postal code, e.g. from a ZIP prefix or a gazetteer record. */
export function regionByCode(code: string, country: string): RegionDef | null {
  return BY_CODE.get(`${country}-${code}`) ?? null;
}
