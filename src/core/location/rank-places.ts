import type { Place } from './gazetteer.ts';

// A US homonym wins unless the foreign one is over three times bigger: the comments come from US
// papers, so "Cambridge" is Massachusetts (105k vs 128k), but "Paris" stays France (25k vs 2.1M)
// and "Vancouver" is British Columbia (161k Washington vs 600k), as readers mean it.
const US_BIAS = 3;
// Two US homonyms within 20% of each other are a real tie (Pasadena: 154k Texas, 142k
// California); the one in the more populous state is then the likelier home of a reader.
const NEAR_TIE = 1.2;

/** The likeliest of several places that share a name. Plain loops: this runs on every lookup. */
export function rankPlaces(
  places: readonly Place[],
  statePopulation: ReadonlyMap<string, number>,
): Place | null {
  let topUs: Place | undefined;
  let abroad: Place | undefined;
  for (const p of places) {
    if (p.country === 'US') {
      if (!topUs || p.population > topUs.population) topUs = p;
    } else if (!abroad || p.population > abroad.population) abroad = p;
  }
  if (!topUs) return abroad ?? null;
  if (abroad && abroad.population > topUs.population * US_BIAS) return abroad;
  let best = topUs;
  let bestWeight = statePopulation.get(topUs.region ?? '') ?? 0;
  for (const p of places) {
    if (p.country !== 'US' || p.population * NEAR_TIE < topUs.population) continue;
    const weight = statePopulation.get(p.region ?? '') ?? 0;
    if (weight > bestWeight) {
      best = p;
      bestWeight = weight;
    }
  }
  return best;
}
