import { useState } from 'react';
import {
  UNKNOWN_LOC,
  type LocationFacet,
  type LocationFacets,
} from '../../core/location/location-facets.ts';

// Long facet lists start folded: the first few places cover most comments.
const SHOWN_AT_FIRST = 8;

function same(a: string | null, b: string): boolean {
  return a !== null && a.trim().toLowerCase() === b.toLowerCase();
}

/** Country → region → city buttons with counts; the chosen place is pressed, clicking it clears. */
export function LocationFilter({
  facets,
  selected,
  onChange,
}: {
  facets: LocationFacets;
  selected: string | null;
  onChange(loc: string | null): void;
}) {
  const [showAll, setShowAll] = useState(false);
  const places = showAll ? facets.places : facets.places.slice(0, SHOWN_AT_FIRST);
  const contains = (facet: LocationFacet): boolean =>
    same(selected, facet.name) || facet.children.some(contains);

  const renderFacet = (facet: LocationFacet) => {
    const pressed = same(selected, facet.name);
    return (
      <li key={`${facet.level}:${facet.name}`}>
        <button
          type="button"
          aria-pressed={pressed}
          onClick={() => onChange(pressed ? null : facet.name)}
          className="flex w-full items-center gap-2 rounded px-1 py-0.5 text-left text-sm hover:bg-slate-100 aria-pressed:bg-sky-100 aria-pressed:font-semibold dark:hover:bg-slate-800 dark:aria-pressed:bg-sky-900"
        >
          <bdi className="truncate">{facet.name}</bdi>{' '}
          <span className="ml-auto text-slate-600 tabular-nums dark:text-slate-400">
            {facet.count}
          </span>
        </button>
        {facet.children.length > 0 && contains(facet) && (
          <ul className="ml-3 border-l border-slate-200 pl-2 dark:border-slate-700">
            {facet.children.map(renderFacet)}
          </ul>
        )}
      </li>
    );
  };

  const unknownPressed = same(selected, UNKNOWN_LOC);
  return (
    <section aria-labelledby="loc-filter-title">
      <h2
        id="loc-filter-title"
        className="text-sm font-semibold text-slate-900 dark:text-slate-100"
      >
        Location
      </h2>
      <ul className="mt-1 space-y-0.5">
        {places.map(renderFacet)}
        {facets.unknown > 0 && (
          <li>
            <button
              type="button"
              aria-pressed={unknownPressed}
              onClick={() => onChange(unknownPressed ? null : UNKNOWN_LOC)}
              className="flex w-full items-center gap-2 rounded px-1 py-0.5 text-left text-sm italic hover:bg-slate-100 aria-pressed:bg-sky-100 aria-pressed:font-semibold dark:hover:bg-slate-800 dark:aria-pressed:bg-sky-900"
            >
              unknown{' '}
              <span className="ml-auto text-slate-600 not-italic tabular-nums dark:text-slate-400">
                {facets.unknown}
              </span>
            </button>
          </li>
        )}
      </ul>
      {facets.places.length > SHOWN_AT_FIRST && (
        <button
          type="button"
          onClick={() => setShowAll((v) => !v)}
          className="mt-1 text-sm text-sky-800 hover:underline dark:text-sky-300"
        >
          {showAll ? 'Fewer places' : `All ${facets.places.length} places`}
        </button>
      )}
    </section>
  );
}
