import type { Place } from './gazetteer.ts';

// A US homonym wins unless the foreign one is over ten times bigger: the comments come from US
// papers, so "Cambridge" is Massachusetts (105k vs 128k) but "Paris" stays France (25k vs 2.1M).
const US_BIAS = 10;
// Two US homonyms within 20% of each other are a real tie (Pasadena: 154k Texas, 142k
// California); the one in the more populous state is then the likelier home of a reader.
const NEAR_TIE = 1.2;

function biggest(places: readonly Place[]): Place | undefined {
  let best: Place | undefined;
  for (const p of places) if (!best || p.population > best.population) best = p;
  return best;
}

/** The likeliest of several places that share a name. */
export function rankPlaces(
  places: readonly Place[],
  statePopulation: ReadonlyMap<string, number>,
): Place | null {
  const us = places.filter((p) => p.country === 'US');
  const abroad = biggest(places.filter((p) => p.country !== 'US'));
  const topUs = biggest(us);
  if (!topUs) return abroad ?? null;
  if (abroad && abroad.population > topUs.population * US_BIAS) return abroad;
  const tied = us.filter((p) => p.population * NEAR_TIE >= topUs.population);
  const weight = (p: Place): number => statePopulation.get(p.region ?? '') ?? 0;
  return tied.reduce((a, b) => (weight(b) > weight(a) ? b : a), topUs);
}
