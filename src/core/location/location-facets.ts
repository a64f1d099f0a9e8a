import { compareText } from '../text/compare-text.ts';
import type { NormalizedLocation } from '../types.ts';

/** The `loc` value of the bucket for comments with no resolvable place. */
export const UNKNOWN_LOC = 'unknown';

export type PlaceLevel = 'country' | 'region' | 'city';

export interface LocationFacet {
  /** Also the `loc` value that selects it. */
  readonly name: string;
  readonly level: PlaceLevel;
  readonly count: number;
  /** Countries hold regions (and cities with no region); regions hold cities. Largest first. */
  readonly children: readonly LocationFacet[];
}

export interface LocationFacets {
  readonly places: readonly LocationFacet[];
  /** Comments whose location is missing or resolved to no place at all. */
  readonly unknown: number;
}

export function hasPlace(location: NormalizedLocation | null): location is NormalizedLocation {
  return (
    location !== null &&
    (location.country !== null || location.region !== null || location.city !== null)
  );
}

/** A lower-cased, trimmed `loc` value, ready for `locationMatches`. */
export function normalizeLoc(loc: string): string {
  return loc.trim().toLowerCase();
}

/** `loc` (already normalised) names the country, the region or the city; `unknown` the placeless. */
export function locationMatches(location: NormalizedLocation | null, loc: string): boolean {
  if (!hasPlace(location)) return loc === UNKNOWN_LOC;
  return (
    location.country?.toLowerCase() === loc ||
    location.region?.toLowerCase() === loc ||
    location.city?.toLowerCase() === loc
  );
}

interface Node {
  name: string;
  level: PlaceLevel;
  count: number;
  children: Map<string, Node>;
}

/** Accumulates comments into the country → region → city tree; call `result()` when done. */
export function createLocationFacetCounter(): {
  /** Counts `count` comments (default one) from `location`. */
  add(location: NormalizedLocation | null, count?: number): void;
  result(): LocationFacets;
} {
  const roots = new Map<string, Node>();
  let unknown = 0;
  return {
    add(location, count = 1) {
      if (!hasPlace(location)) {
        unknown += count;
        return;
      }
      let level = roots;
      if (location.country !== null) level = bump(level, location.country, 'country', count);
      if (location.region !== null) level = bump(level, location.region, 'region', count);
      if (location.city !== null) bump(level, location.city, 'city', count);
    },
    result: () => ({ places: freeze(roots), unknown }),
  };
}

function bump(
  level: Map<string, Node>,
  name: string,
  kind: PlaceLevel,
  count: number,
): Map<string, Node> {
  let node = level.get(name);
  if (node === undefined) {
    node = { name, level: kind, count: 0, children: new Map() };
    level.set(name, node);
  }
  node.count += count;
  return node.children;
}

function freeze(nodes: ReadonlyMap<string, Node>): LocationFacet[] {
  return [...nodes.values()]
    .sort((a, b) => b.count - a.count || compareText(a.name, b.name))
    .map((n) => ({ name: n.name, level: n.level, count: n.count, children: freeze(n.children) }));
}
