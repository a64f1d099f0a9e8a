import type { ArticleStats } from '../../core/stats/compute-stats.ts';
import type { ViewState } from '../../core/view/view-types.ts';
import { BarList } from '../../shared/charts/BarList.tsx';
import { pickBarWith, type StatsBars } from '../../shared/charts/stats-bars.ts';
import { PlaceMap } from '../../shared/charts/PlaceMap.tsx';

/** Ten rows a list, then "Show all": the two lists stay about as tall as each other. */
const LIST_ROWS = 10;

export interface StatsPlacesProps {
  readonly stats: ArticleStats;
  /** The view a click narrows (its article, search and filters). */
  readonly base: ViewState;
  readonly bars: StatsBars;
  /** The discussion's stance is hidden (off-topic): the map shows counts, not leans. */
  readonly stanceHidden?: boolean;
  hrefOf(view: ViewState): string;
  onPick(view: ViewState): void;
}

/**
 * Where commenters are from: the map on top, its text lists under it side by side, so no column
 * runs on below a finished one. A discussion without a US state gets a sentence, not an empty map.
 */
export function StatsPlaces({
  stats,
  bars,
  stanceHidden = false,
  base,
  hrefOf,
  onPick,
}: StatsPlacesProps) {
  const pick = pickBarWith(onPick);
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
          <PlaceMap
            states={stats.usStates}
            stanceHidden={stanceHidden}
            base={base}
            hrefOf={hrefOf}
            onPick={onPick}
          />
        </div>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        <BarList
          title="US states"
          items={bars.usStates}
          onPick={pick}
          limit={LIST_ROWS}
          empty="No commenter gave a US state."
        />
        <BarList
          title="Other countries"
          items={bars.countries}
          onPick={pick}
          limit={LIST_ROWS}
          empty="No commenter from another country."
        />
      </div>
    </section>
  );
}
