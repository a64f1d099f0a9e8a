import { lazy, Suspense } from 'react';
import type { ArticleStats } from '../../core/stats/compute-stats.ts';
import { UNKNOWN_LOC } from '../../core/location/location-facets.ts';
import type { ViewState } from '../../core/view/view-types.ts';
import { BarList, type BarItem } from '../../shared/charts/BarList.tsx';
import { statsPicks } from '../../shared/charts/stats-picks.ts';

// d3-geo, topojson and the state outlines (~37 KB gzip) load only when a map is first drawn.
const UsMap = lazy(() =>
  import('../../shared/charts/UsMap.tsx').then((m) => ({ default: m.UsMap })),
);

/** Ten rows a list, then "Show all": the two lists stay about as tall as each other. */
const LIST_ROWS = 10;

type Item = BarItem & { readonly view: ViewState | null };

export interface StatsPlacesProps {
  readonly stats: ArticleStats;
  /** The view a click narrows (its article, search and filters). */
  readonly base: ViewState;
  readonly item: (
    key: string,
    label: string,
    value: number,
    mix: BarItem['mix'],
    view: ViewState | null,
  ) => Item;
  readonly pick: (item: BarItem) => void;
  hrefOf(view: ViewState): string;
  onPick(view: ViewState): void;
}

/**
 * Where commenters are from: the map on top, its text lists under it side by side, so no column
 * runs on below a finished one. A discussion without a US state gets a sentence, not an empty map.
 */
export function StatsPlaces({ stats, base, item, pick, hrefOf, onPick }: StatsPlacesProps) {
  return (
    <section aria-labelledby="stats-places" className="space-y-3">
      <h3 id="stats-places" className="font-semibold">
        Where commenters are from
      </h3>
      {stats.usStates.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          No commenter here gave a US state, so there is no map to draw.
        </p>
      ) : (
        <div className="max-w-3xl">
          <Suspense
            fallback={
              <div className="aspect-[975/610] w-full animate-pulse rounded bg-slate-100 dark:bg-slate-800" />
            }
          >
            <UsMap
              states={stats.usStates}
              hrefOf={(name) => hrefOf(statsPicks.place(base, name))}
              onPick={(name) => onPick(statsPicks.place(base, name))}
            />
          </Suspense>
        </div>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        <BarList
          title="US states"
          items={[
            ...stats.usStates.map((t) =>
              item(`s-${t.name}`, t.name, t.comments, t.mix, statsPicks.place(base, t.name)),
            ),
            ...(stats.usNoState > 0
              ? [item('s-none', 'US, state not given', stats.usNoState, null, null)]
              : []),
          ]}
          onPick={pick}
          limit={LIST_ROWS}
          empty="No commenter gave a US state."
        />
        <BarList
          title="Other countries"
          items={[
            ...stats.countries.map((t) =>
              item(`c-${t.name}`, t.name, t.comments, t.mix, statsPicks.place(base, t.name)),
            ),
            ...(stats.unknownPlace > 0
              ? [
                  item(
                    'c-unknown',
                    'Unknown place',
                    stats.unknownPlace,
                    null,
                    statsPicks.place(base, UNKNOWN_LOC),
                  ),
                ]
              : []),
          ]}
          onPick={pick}
          limit={LIST_ROWS}
          empty="No commenter from another country."
        />
      </div>
    </section>
  );
}
