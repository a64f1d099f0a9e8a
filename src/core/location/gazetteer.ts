import { US_PLACES, WORLD_PLACES } from './data/gazetteer-data.ts';
import { buildFuzzyIndex, type FuzzyIndex } from './fuzzy.ts';
import { normalizeKey } from './normalize-key.ts';

export interface Place {
  readonly name: string;
  /** ISO 3166 alpha-2. */
  readonly country: string;
  /** State or province code (US, Canada); null elsewhere. */
  readonly region: string | null;
  /** Thousands of people. */
  readonly population: number;
}

export interface Gazetteer {
  readonly byKey: ReadonlyMap<string, readonly Place[]>;
  /** Only places big enough that a misspelling of them is likelier than an exact small town. */
  readonly fuzzy: FuzzyIndex<Place>;
  /** People per state in the gazetteer, in thousands: a prior for near-tied homonyms. */
  readonly statePopulation: ReadonlyMap<string, number>;
}

// Typo search runs over big places only: below these a misspelt name is likelier to be a small
// town spelt right, or not a place at all.
const FUZZY_MIN_US = 50;
const FUZZY_MIN_WORLD = 500;

let cached: Gazetteer | undefined;

function parse(data: string, us: boolean): Place[] {
  const places: Place[] = [];
  for (const record of data.split(';')) {
    const [name, where, pop] = record.split('|');
    if (!name || !where || !pop) continue;
    const [country, region] = us
      ? ['US', where]
      : where.startsWith('CA-')
        ? ['CA', where.slice(3) || null]
        : [where, null];
    places.push({ name, country, region, population: Number(pop) });
  }
  return places;
}

/** The place index, built once on first use from the generated data. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const byKey = new Map<string, Place[]>();
  const fuzzy: { key: string; value: Place }[] = [];
  const statePopulation = new Map<string, number>();
  for (const [data, us] of [
    [US_PLACES, true],
    [WORLD_PLACES, false],
  ] as const) {
    for (const place of parse(data, us)) {
      const key = normalizeKey(place.name);
      const list = byKey.get(key) ?? [];
      list.push(place);
      byKey.set(key, list);
      if (place.population >= (us ? FUZZY_MIN_US : FUZZY_MIN_WORLD))
        fuzzy.push({ key, value: place });
      if (us && place.region) {
        statePopulation.set(
          place.region,
          (statePopulation.get(place.region) ?? 0) + place.population,
        );
      }
    }
  }
  cached = { byKey, fuzzy: buildFuzzyIndex(fuzzy), statePopulation };
  return cached;
}
